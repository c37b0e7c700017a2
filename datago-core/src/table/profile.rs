//! Column profiles: count, missing, distinct (exact up to 4,096 values, then a HyperLogLog
//! estimate), min/max, mean for numbers and the most frequent values — streaming, in bounded
//! memory.

use std::collections::{HashMap, HashSet};
use std::io::Read;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::infer::infer_from_rows;
use super::keys::hash96;
use super::rows::{read_table, ReadOptions, RowEvent};
use super::types::{FieldSpec, Value};
use super::TableError;
use crate::resource::TableSchema;

/// A frequent value and how often it occurs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TopValue {
    /// The value as written.
    pub value: String,
    /// Occurrences.
    pub count: u64,
}

/// The profile of one column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ColumnProfile {
    /// Column name.
    pub name: String,
    /// Table Schema type used to read it.
    #[serde(rename = "type")]
    pub field_type: String,
    /// Cells holding a value (not missing).
    pub count: u64,
    /// Missing cells (empty, a missing-value marker, or absent).
    pub missing: u64,
    /// Cells that do not match the type.
    pub invalid: u64,
    /// Distinct values (exact when `distinctExact`, else a HyperLogLog estimate, ±2%).
    pub distinct: u64,
    /// Whether `distinct` is exact.
    pub distinct_exact: bool,
    /// Smallest value (numbers and dates compared as such, text lexically).
    pub min: Option<String>,
    /// Largest value.
    pub max: Option<String>,
    /// Mean, for numeric columns.
    pub mean: Option<f64>,
    /// The most frequent values (at most 5), most frequent first; counts are exact for values
    /// first seen among the first 10,000 distinct ones.
    pub top: Vec<TopValue>,
}

/// The profile of a table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct TableProfile {
    /// Data rows.
    pub rows: u64,
    /// One profile per column.
    pub columns: Vec<ColumnProfile>,
    /// The schema the columns were read with (given, or inferred from the first 1000 rows).
    pub schema: TableSchema,
}

const EXACT_LIMIT: usize = 4096;
const TOP_LIMIT: usize = 10_000;
const HLL_BITS: u32 = 12;

struct Column {
    spec: Option<FieldSpec>,
    count: u64,
    missing: u64,
    invalid: u64,
    exact: Option<HashSet<u64>>,
    hll: Vec<u8>,
    min: Option<(f64, String)>,
    max: Option<(f64, String)>,
    min_text: Option<String>,
    max_text: Option<String>,
    sum: f64,
    numeric: u64,
    top: HashMap<String, u64>,
}

impl Column {
    fn new(spec: Option<FieldSpec>) -> Column {
        Column {
            spec,
            count: 0,
            missing: 0,
            invalid: 0,
            exact: Some(HashSet::new()),
            hll: Vec::new(),
            min: None,
            max: None,
            min_text: None,
            max_text: None,
            sum: 0.0,
            numeric: 0,
            top: HashMap::new(),
        }
    }

    fn hll_add(&mut self, h: u64) {
        if self.hll.is_empty() {
            self.hll = vec![0; 1 << HLL_BITS];
        }
        let idx = (h >> (64 - HLL_BITS)) as usize;
        let rank = ((h << HLL_BITS) | (1 << (HLL_BITS - 1))).leading_zeros() as u8 + 1;
        if rank > self.hll[idx] {
            self.hll[idx] = rank;
        }
    }

    fn distinct(&self) -> (u64, bool) {
        if let Some(set) = &self.exact {
            return (set.len() as u64, true);
        }
        let m = self.hll.len() as f64;
        let sum: f64 = self.hll.iter().map(|r| 2f64.powi(-(*r as i32))).sum();
        let alpha = 0.7213 / (1.0 + 1.079 / m);
        let mut e = alpha * m * m / sum;
        let zeros = self.hll.iter().filter(|r| **r == 0).count() as f64;
        if e <= 2.5 * m && zeros > 0.0 {
            e = m * (m / zeros).ln();
        }
        (e.round() as u64, false)
    }

    fn add(&mut self, cell: Option<&str>) {
        let Some(cell) = cell else {
            self.missing += 1;
            return;
        };
        let value = match &self.spec {
            Some(spec) => {
                if spec.is_missing(cell) {
                    self.missing += 1;
                    return;
                }
                match spec.cast(cell) {
                    Some(v) => Some(v),
                    None => {
                        self.invalid += 1;
                        return;
                    }
                }
            }
            None => {
                if cell.is_empty() {
                    self.missing += 1;
                    return;
                }
                None
            }
        };
        self.count += 1;
        let mut key = Vec::new();
        match &value {
            Some(v) => {
                super::types::canonical(v, &mut key);
            }
            None => key.extend_from_slice(cell.as_bytes()),
        }
        let k = hash96(&key);
        let h = (k[0] as u64) | ((k[1] as u64) << 32);
        match &mut self.exact {
            Some(set) => {
                set.insert(h);
                if set.len() > EXACT_LIMIT {
                    let set = self.exact.take().unwrap_or_default();
                    for x in set {
                        self.hll_add(x);
                    }
                }
            }
            None => self.hll_add(h),
        }
        if let Some(c) = self.top.get_mut(cell) {
            *c += 1;
        } else if self.top.len() < TOP_LIMIT {
            self.top.insert(cell.to_string(), 1);
        }
        let num = match &value {
            Some(Value::Int(i)) => Some(*i as f64),
            Some(Value::Num(f, _)) if f.is_finite() => Some(*f),
            _ => None,
        };
        let ordinal = match &value {
            Some(Value::Date(d)) => Some(super::temporal::day_key(d) as f64),
            Some(Value::Datetime(s)) => Some(s.normalized().and_utc().timestamp() as f64),
            Some(Value::Yearmonth(y, m)) => Some((*y * 12 + *m as i64) as f64),
            _ => None,
        };
        if let Some(x) = num.or(ordinal) {
            if num.is_some() {
                self.sum += x;
                self.numeric += 1;
            }
            if self.min.as_ref().is_none_or(|(m, _)| x < *m) {
                self.min = Some((x, cell.to_string()));
            }
            if self.max.as_ref().is_none_or(|(m, _)| x > *m) {
                self.max = Some((x, cell.to_string()));
            }
        } else {
            if self.min_text.as_deref().is_none_or(|m| cell < m) {
                self.min_text = Some(cell.to_string());
            }
            if self.max_text.as_deref().is_none_or(|m| cell > m) {
                self.max_text = Some(cell.to_string());
            }
        }
    }

    fn finish(self, name: String, field_type: String) -> ColumnProfile {
        let (distinct, distinct_exact) = self.distinct();
        let mut top: Vec<TopValue> = self
            .top
            .into_iter()
            .map(|(value, count)| TopValue { value, count })
            .collect();
        top.sort_by(|a, b| b.count.cmp(&a.count).then(a.value.cmp(&b.value)));
        top.truncate(5);
        ColumnProfile {
            name,
            field_type,
            count: self.count,
            missing: self.missing,
            invalid: self.invalid,
            distinct,
            distinct_exact,
            min: self.min.map(|m| m.1).or(self.min_text),
            max: self.max.map(|m| m.1).or(self.max_text),
            mean: (self.numeric > 0).then(|| self.sum / self.numeric as f64),
            top,
        }
    }
}

/// Profiles a CSV file held in memory. Without a schema, one is inferred from the first 1000
/// rows.
///
/// ```
/// use datago_core::table::{profile_bytes, ReadOptions};
/// let p = profile_bytes(b"tahun,nilai\n2023,10\n2024,\n2024,20\n", None, &ReadOptions::default()).unwrap();
/// let nilai = &p.columns[1];
/// assert_eq!((nilai.count, nilai.missing, nilai.mean), (2, 1, Some(15.0)));
/// assert_eq!(p.columns[0].top[0].value, "2024");
/// assert_eq!(p.columns[0].distinct, 2);
/// ```
pub fn profile_bytes(
    bytes: &[u8],
    schema: Option<&TableSchema>,
    options: &ReadOptions,
) -> Result<TableProfile, TableError> {
    profile_reader(bytes, schema, options)
}

/// [`profile_bytes`] reading from `reader` (streaming).
pub fn profile_reader<R: Read>(
    reader: R,
    schema: Option<&TableSchema>,
    options: &ReadOptions,
) -> Result<TableProfile, TableError> {
    let mut labels: Vec<String> = Vec::new();
    let mut buffered: Vec<Vec<String>> = Vec::new();
    let mut columns: Vec<Column> = Vec::new();
    let mut used: Option<TableSchema> = schema.cloned();
    let mut rows = 0u64;
    let setup = |schema: &TableSchema, columns: &mut Vec<Column>| {
        let missing = schema
            .missing_values
            .clone()
            .unwrap_or_else(|| vec![String::new()]);
        *columns = schema
            .fields
            .iter()
            .map(|f| {
                let f = crate::resource::Field {
                    constraints: None,
                    ..f.clone()
                };
                Column::new(FieldSpec::compile(&f, &missing).ok())
            })
            .collect();
    };
    if let Some(s) = &used {
        setup(s, &mut columns);
    }
    let feed = |columns: &mut Vec<Column>, cells: &[&str]| {
        for (i, c) in columns.iter_mut().enumerate() {
            c.add(cells.get(i).copied());
        }
    };
    read_table(reader, options, &mut |ev| {
        let cells = match ev {
            RowEvent::Header(l) => {
                labels = l.to_vec();
                return true;
            }
            RowEvent::Row(_, cells) => cells,
        };
        rows += 1;
        if used.is_none() {
            buffered.push(cells.iter().map(|c| c.to_string()).collect());
            if buffered.len() >= 1000 {
                let s = infer_from_rows(&labels, &buffered);
                setup(&s, &mut columns);
                for r in std::mem::take(&mut buffered) {
                    let refs: Vec<&str> = r.iter().map(String::as_str).collect();
                    feed(&mut columns, &refs);
                }
                used = Some(s);
            }
        } else {
            feed(&mut columns, cells);
        }
        true
    })?;
    let schema = match used {
        Some(s) => s,
        None => {
            if labels.is_empty() && buffered.is_empty() {
                return Err(TableError::Empty);
            }
            let s = infer_from_rows(&labels, &buffered);
            setup(&s, &mut columns);
            for r in &buffered {
                let refs: Vec<&str> = r.iter().map(String::as_str).collect();
                feed(&mut columns, &refs);
            }
            s
        }
    };
    let columns = columns
        .into_iter()
        .zip(&schema.fields)
        .map(|(c, f)| {
            c.finish(
                f.name.clone(),
                super::types::type_name(f.field_type).to_string(),
            )
        })
        .collect();
    Ok(TableProfile {
        rows,
        columns,
        schema,
    })
}

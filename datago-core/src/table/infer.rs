//! Table Schema inference from a sample, with the conventions of Indonesian open data:
//! decimal comma with thousands dot (`1.234,56`), `dd/mm/yyyy` and `26 November 2026` dates with
//! Indonesian month names, `ya`/`tidak` booleans, missing-value markers (`-`, `–`, `n/a`,
//! `tidak ada data`) and the long layout of Satu Data tables (`kode_*`/`nama_*` region columns,
//! `satuan`, `tahun`, `id`).

use std::collections::BTreeSet;
use std::io::Read;

use serde_json::json;

use super::rows::{read_table, ReadOptions, RowEvent};
use super::temporal;
use super::TableError;
use crate::region::{RegionCode, RegionLevel, RegionScheme};
use crate::resource::{Field, FieldConstraints, FieldType, TableSchema};

/// Options of [`infer_schema`].
#[derive(Debug, Clone)]
pub struct InferOptions {
    /// How many data rows to look at (default 1000).
    pub sample_rows: usize,
    /// Dialect and encoding.
    pub read: ReadOptions,
}

impl Default for InferOptions {
    fn default() -> Self {
        InferOptions {
            sample_rows: 1000,
            read: ReadOptions::default(),
        }
    }
}

/// Missing-value markers recognised in Indonesian tables (besides the empty cell).
pub const MISSING_MARKERS: [&str; 12] = [
    "-",
    "–",
    "—",
    "n/a",
    "N/A",
    "NA",
    "tidak ada data",
    "Tidak ada data",
    "Tidak Ada Data",
    "TIDAK ADA DATA",
    "null",
    "NULL",
];

const TRUE_ID: [&str; 3] = ["ya", "Ya", "YA"];
const FALSE_ID: [&str; 3] = ["tidak", "Tidak", "TIDAK"];
const TRUE_EN: [&str; 3] = ["true", "True", "TRUE"];
const FALSE_EN: [&str; 3] = ["false", "False", "FALSE"];

/// Infers a Table Schema from the first rows of a CSV file.
///
/// ```
/// use datago_core::table::{infer_schema, InferOptions};
///
/// let csv = "id,kode_kabupaten_kota,nama_kabupaten_kota,nilai,satuan,tahun,tanggal,aktif\n\
///            1,3371,KOTA MAGELANG,\"1.234,5\",ORANG,2024,26 November 2026,ya\n\
///            2,3308,KABUPATEN MAGELANG,-,ORANG,2024,01/12/2026,tidak\n";
/// let schema = infer_schema(csv.as_bytes(), &InferOptions::default()).unwrap();
/// let t = |n: &str| schema.fields.iter().find(|f| f.name == n).unwrap();
/// assert_eq!(schema.primary_key, ["id"]);
/// assert_eq!(t("nilai").extra["decimalChar"], ",");
/// assert_eq!(t("tahun").field_type, datago_core::resource::FieldType::Year);
/// assert_eq!(t("tanggal").format.as_deref(), Some("any"));
/// assert_eq!(t("aktif").extra["trueValues"][0], "ya");
/// assert!(schema.missing_values.unwrap().contains(&"-".to_string()));
/// ```
pub fn infer_schema(sample: &[u8], options: &InferOptions) -> Result<TableSchema, TableError> {
    infer_schema_from_reader(sample, options)
}

/// [`infer_schema`] reading from `reader` (only the first [`InferOptions::sample_rows`] rows
/// are read).
pub fn infer_schema_from_reader<R: Read>(
    reader: R,
    options: &InferOptions,
) -> Result<TableSchema, TableError> {
    let mut labels: Vec<String> = Vec::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let limit = options.sample_rows.max(1);
    read_table(reader, &options.read, &mut |ev| match ev {
        RowEvent::Header(l) => {
            labels = l.to_vec();
            true
        }
        RowEvent::Row(_, cells) => {
            rows.push(cells.iter().map(|c| c.to_string()).collect());
            rows.len() < limit
        }
    })?;
    if labels.is_empty() && rows.is_empty() {
        return Err(TableError::Empty);
    }
    Ok(infer_from_rows(&labels, &rows))
}

/// Infers a schema from rows already read (labels may be empty: `field1`, `field2`, …).
pub(crate) fn infer_from_rows(labels: &[String], rows: &[Vec<String>]) -> TableSchema {
    let width = rows
        .iter()
        .map(Vec::len)
        .chain(std::iter::once(labels.len()))
        .max()
        .unwrap_or(0);
    let mut markers_seen: BTreeSet<usize> = BTreeSet::new();
    let mut fields = Vec::new();
    let mut primary_key = Vec::new();
    for i in 0..width {
        let name = labels
            .get(i)
            .filter(|l| !l.is_empty())
            .cloned()
            .unwrap_or_else(|| format!("field{}", i + 1));
        let mut values: Vec<&str> = Vec::new();
        for r in rows {
            let v = r.get(i).map(String::as_str).unwrap_or("");
            if v.is_empty() {
                continue;
            }
            if let Some(k) = MISSING_MARKERS.iter().position(|m| *m == v) {
                markers_seen.insert(k);
                continue;
            }
            values.push(v);
        }
        let field = infer_field(&name, &values);
        let lower = name.to_lowercase();
        let distinct: BTreeSet<&str> = values.iter().copied().collect();
        if (lower == "id" || lower == "_id" || lower == "no")
            && primary_key.is_empty()
            && !values.is_empty()
            && values.len() == rows.len()
            && distinct.len() == values.len()
        {
            primary_key.push(name.clone());
        }
        fields.push(field);
    }
    let missing_values = (!markers_seen.is_empty()).then(|| {
        std::iter::once(String::new())
            .chain(markers_seen.iter().map(|k| MISSING_MARKERS[*k].to_string()))
            .collect()
    });
    TableSchema {
        fields,
        primary_key,
        missing_values,
        ..Default::default()
    }
}

fn all<'a>(values: &[&'a str], f: impl Fn(&'a str) -> bool) -> bool {
    !values.is_empty() && values.iter().all(|v| f(v))
}

fn is_plain_int(v: &str) -> bool {
    let d = v.strip_prefix('-').unwrap_or(v);
    !d.is_empty()
        && d.bytes().all(|b| b.is_ascii_digit())
        && (d.len() == 1 || !d.starts_with('0'))
        && d.len() <= 18
}

fn is_dot_decimal(v: &str) -> bool {
    let d = v.strip_prefix('-').unwrap_or(v);
    let mut parts = d.splitn(2, '.');
    let int = parts.next().unwrap_or("");
    let frac = parts.next();
    !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

/// `1.234.567,89`, `1234,5`, `1.234` (grouped thousands).
fn is_id_decimal(v: &str) -> bool {
    let d = v.strip_prefix('-').unwrap_or(v);
    let (int, frac) = match d.split_once(',') {
        Some((i, f)) => (i, Some(f)),
        None => (d, None),
    };
    if frac.is_some_and(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    let groups: Vec<&str> = int.split('.').collect();
    !groups[0].is_empty()
        && groups[0].len() <= if groups.len() > 1 { 3 } else { 30 }
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()))
        && groups[1..].iter().all(|g| g.len() == 3)
}

fn region_level(name: &str) -> Option<(RegionLevel, &'static str)> {
    let n = name.to_lowercase();
    let n = n
        .strip_prefix("kode_")
        .or_else(|| n.strip_prefix("kd_"))?
        .to_string();
    Some(match n.as_str() {
        "provinsi" | "prov" => (RegionLevel::Provinsi, "provinsi"),
        "kabupaten_kota" | "kabupaten" | "kota" | "kab_kota" | "kabkota" => {
            (RegionLevel::KabupatenKota, "kabupaten/kota")
        }
        "kecamatan" | "kec" => (RegionLevel::Kecamatan, "kecamatan"),
        "desa_kelurahan" | "desa" | "kelurahan" | "kel" => {
            (RegionLevel::DesaKelurahan, "desa/kelurahan")
        }
        _ => return None,
    })
}

fn infer_field(name: &str, values: &[&str]) -> Field {
    let lower = name.to_lowercase();
    let mut f = Field {
        name: name.to_string(),
        ..Default::default()
    };
    let set = |f: &mut Field, k: &str, v: serde_json::Value| {
        f.extra.insert(k.to_string(), v);
    };
    // Region codes: keep the type numbers have, say which scheme and level.
    if let Some((level, label)) = region_level(&lower) {
        let scheme = values
            .iter()
            .filter_map(|v| RegionCode::detect(v))
            .filter(|c| c.level() == Some(level))
            .map(|c| c.scheme)
            .next();
        let all_digits = all(values, is_plain_int);
        f.field_type = if all_digits {
            FieldType::Integer
        } else {
            FieldType::String
        };
        let scheme_name = match scheme {
            Some(RegionScheme::Bps) => "BPS",
            Some(RegionScheme::Kemendagri) if level == RegionLevel::Provinsi => "BPS/Kemendagri",
            Some(RegionScheme::Kemendagri) => "Kemendagri",
            None => "BPS/Kemendagri",
        };
        f.description = Some(format!("Kode {label} ({scheme_name})"));
        return f;
    }
    if let Some(rest) = lower.strip_prefix("nama_") {
        if region_level(&format!("kode_{rest}")).is_some() {
            f.field_type = FieldType::String;
            f.description = Some(format!("Nama {}", rest.replace('_', " ")));
            return f;
        }
    }
    if values.is_empty() {
        f.field_type = FieldType::Any;
        return f;
    }
    if all(values, |v| TRUE_ID.contains(&v) || FALSE_ID.contains(&v)) {
        f.field_type = FieldType::Boolean;
        set(&mut f, "trueValues", json!(TRUE_ID));
        set(&mut f, "falseValues", json!(FALSE_ID));
        return f;
    }
    if all(values, |v| TRUE_EN.contains(&v) || FALSE_EN.contains(&v)) {
        f.field_type = FieldType::Boolean;
        return f;
    }
    if (lower == "tahun" || lower == "year" || lower.starts_with("tahun_"))
        && all(values, |v| v.len() == 4 && is_plain_int(v))
    {
        f.field_type = FieldType::Year;
        return f;
    }
    if all(values, is_plain_int) {
        f.field_type = FieldType::Integer;
        if lower == "id" || lower == "_id" {
            f.constraints = Some(FieldConstraints {
                required: Some(true),
                unique: Some(true),
                ..Default::default()
            });
        }
        return f;
    }
    let has_comma = values.iter().any(|v| v.contains(','));
    let multi_dot = values.iter().any(|v| v.matches('.').count() > 1);
    if (has_comma || multi_dot) && all(values, is_id_decimal) {
        f.field_type = FieldType::Number;
        set(&mut f, "decimalChar", json!(","));
        set(&mut f, "groupChar", json!("."));
        return f;
    }
    if all(values, is_dot_decimal) {
        f.field_type = FieldType::Number;
        return f;
    }
    if all(values, |v| {
        temporal::parse_iso_date(v).is_some() && v.len() == 10
    }) {
        f.field_type = FieldType::Date;
        return f;
    }
    for fmt in ["%d/%m/%Y", "%d-%m-%Y", "%d %B %Y"] {
        let Some(p) = temporal::Format::new(fmt) else {
            continue;
        };
        if all(values, |v| p.parse(v).is_some()) {
            f.field_type = FieldType::Date;
            f.format = Some(fmt.to_string());
            return f;
        }
    }
    if all(values, |v| temporal::parse_any(v).is_some()) {
        f.field_type = FieldType::Date;
        f.format = Some("any".to_string());
        return f;
    }
    if all(values, |v| temporal::parse_iso_datetime(v).is_some()) {
        f.field_type = FieldType::Datetime;
        return f;
    }
    if all(values, |v| temporal::parse_iso_time(v).is_some()) {
        f.field_type = FieldType::Time;
        return f;
    }
    f.field_type = FieldType::String;
    let distinct: BTreeSet<&str> = values.iter().copied().collect();
    if (lower == "satuan" || lower == "unit" || lower.starts_with("satuan_"))
        && distinct.len() <= 20
    {
        f.constraints = Some(FieldConstraints {
            enum_values: Some(distinct.iter().map(|v| json!(v)).collect()),
            ..Default::default()
        });
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_numbers() {
        assert!(is_id_decimal("1.234,56"));
        assert!(is_id_decimal("1234,5"));
        assert!(is_id_decimal("1.234.567"));
        assert!(!is_id_decimal("1,234.56"));
        assert!(!is_id_decimal("12.34"));
        assert!(is_dot_decimal("12.34"));
    }
}

//! Cell casting and constraints: each Table Schema field compiled once into a [`FieldSpec`]
//! that reads a cell the way frictionless-py's field readers do, checks its constraints and
//! writes the canonical bytes used for keys (`unique`, `primaryKey`, `foreignKeys`).

use std::borrow::Cow;
use std::collections::HashSet;

use serde_json::Value as Json;

use super::temporal::{self, Stamp};
use crate::resource::{Field, FieldType};

/// How a field's cells are read.
#[derive(Debug, Clone)]
pub(crate) enum Kind {
    String(StringFormat),
    Integer {
        bare: bool,
    },
    Number {
        bare: bool,
        processed: bool,
        decimal: String,
        group: String,
    },
    Boolean {
        truthy: Vec<String>,
        falsy: Vec<String>,
    },
    Date(TemporalFormat),
    Datetime(TemporalFormat),
    Time(TemporalFormat),
    Year,
    Yearmonth,
    Duration,
    Geopoint(GeoFormat),
    Geojson,
    Object,
    Array,
    List {
        delimiter: String,
        item: Box<Kind>,
    },
    Any,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StringFormat {
    Default,
    Email,
    Uri,
    Uuid,
    Binary,
}

#[derive(Debug, Clone)]
pub(crate) enum TemporalFormat {
    Default,
    Any,
    Pattern(Option<temporal::Format>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum GeoFormat {
    Default,
    Array,
    Object,
}

/// A cell's typed value (borrowing the cell's text where it can).
#[derive(Debug, Clone)]
pub(crate) enum Value<'a> {
    Str(&'a str),
    Int(i128),
    /// An integer beyond 38 digits: its canonical digits and sign.
    BigInt(String),
    Num(f64, Cow<'a, str>),
    Bool(bool),
    Date(chrono::NaiveDate),
    Datetime(Stamp),
    Time(Stamp),
    Yearmonth(i64, u32),
    Duration(f64, f64),
    Geo(String, String),
    Json(Json),
    List(Vec<Value<'a>>),
}

/// A value read by [`FieldSpec::cast_usual`] (its text is the cell).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Usual {
    Str,
    Int(i64),
    Num(f64),
}

impl Usual {
    /// The value of `cell` this is.
    #[inline]
    pub(crate) fn value(self, cell: &str) -> Value<'_> {
        match self {
            Usual::Str => Value::Str(cell),
            Usual::Int(v) => Value::Int(v as i128),
            Usual::Num(f) => Value::Num(f, Cow::Borrowed(cell)),
        }
    }
}

/// What constraints and keys read of a value.
pub(crate) trait Checked {
    /// Its place among `minimum`/`maximum` bounds.
    fn bound(&self) -> Option<Bound>;
    /// Its length for `minLength`/`maxLength`.
    fn length(&self) -> u64;
    /// The string, for a string value.
    fn as_str(&self) -> Option<&str>;
    /// The integer, for an integer value that fits in i64.
    fn as_int(&self) -> Option<i64>;
    /// Writes its canonical key bytes; false for a value that equals nothing (NaN).
    fn canonical(&self, out: &mut Vec<u8>) -> bool;
}

impl Checked for Value<'_> {
    fn bound(&self) -> Option<Bound> {
        bound_of(self)
    }
    fn length(&self) -> u64 {
        length(self)
    }
    fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
    fn as_int(&self) -> Option<i64> {
        match self {
            Value::Int(v) => i64::try_from(*v).ok(),
            _ => None,
        }
    }
    fn canonical(&self, out: &mut Vec<u8>) -> bool {
        canonical(self, out)
    }
}

/// A [`Usual`] value and its cell.
#[derive(Debug, Clone, Copy)]
pub(crate) struct UsualValue<'a>(pub Usual, pub &'a str);

impl Checked for UsualValue<'_> {
    #[inline]
    fn bound(&self) -> Option<Bound> {
        match self.0 {
            Usual::Str => None,
            Usual::Int(v) => Some(Bound::Ordinal(v as i128)),
            Usual::Num(f) => Some(Bound::Num(f)),
        }
    }
    fn length(&self) -> u64 {
        match self.0 {
            Usual::Str => self.1.chars().count() as u64,
            _ => 0,
        }
    }
    #[inline]
    fn as_str(&self) -> Option<&str> {
        matches!(self.0, Usual::Str).then_some(self.1)
    }
    #[inline]
    fn as_int(&self) -> Option<i64> {
        match self.0 {
            Usual::Int(v) => Some(v),
            _ => None,
        }
    }
    fn canonical(&self, out: &mut Vec<u8>) -> bool {
        canonical(&self.0.value(self.1), out)
    }
}

/// A constraint, in frictionless-py's checking order for the field's type.
#[derive(Debug, Clone)]
pub(crate) enum Constraint {
    Required,
    MinLength(u64),
    MaxLength(u64),
    Minimum(Bound),
    Maximum(Bound),
    ExclusiveMinimum(Bound),
    ExclusiveMaximum(Bound),
    Pattern(regex::Regex),
    Enum(EnumSet),
}

/// The canonical keys of an `enum` constraint's values.
#[derive(Debug, Clone, Default)]
pub(crate) struct EnumSet {
    /// Every key (few, usually): scanned in order.
    list: Vec<Vec<u8>>,
    /// [`ends_u64`] of each key of `list` after its type byte.
    ends: Vec<(u64, u64)>,
    /// The same keys, for long lists.
    set: Option<HashSet<Vec<u8>>>,
}

impl EnumSet {
    const SCAN: usize = 16;

    fn insert(&mut self, key: Vec<u8>) {
        match &mut self.set {
            Some(set) => {
                set.insert(key);
            }
            None if !self.list.contains(&key) => {
                self.ends.push(ends_u64(key.get(1..).unwrap_or_default()));
                self.list.push(key);
                if self.list.len() > Self::SCAN {
                    self.ends.clear();
                    self.set = Some(std::mem::take(&mut self.list).into_iter().collect());
                }
            }
            None => {}
        }
    }

    fn contains(&self, key: &[u8]) -> bool {
        match &self.set {
            Some(set) => set.contains(key),
            None => self.list.iter().any(|k| k.as_slice() == key),
        }
    }

    /// True when a string's key (`S` + its bytes) is in the set, without building the key.
    fn contains_str(&self, s: &str) -> bool {
        if self.set.is_some() {
            let mut key = Vec::with_capacity(s.len() + 1);
            key.push(b'S');
            key.extend_from_slice(s.as_bytes());
            return self.contains(&key);
        }
        // Length and first and last bytes first: most candidates differ there, and a string
        // of up to 16 bytes is then known.
        let b = s.as_bytes();
        let ends = ends_u64(b);
        self.list.iter().zip(&self.ends).any(|(k, e)| {
            *e == ends && k.len() == b.len() + 1 && k[0] == b'S' && (b.len() <= 16 || &k[1..] == b)
        })
    }
}

/// The first and the last 8 bytes of `b` (zero-padded when shorter) as numbers.
#[inline]
fn ends_u64(b: &[u8]) -> (u64, u64) {
    match (b.first_chunk::<8>(), b.last_chunk::<8>()) {
        (Some(head), Some(tail)) => (u64::from_le_bytes(*head), u64::from_le_bytes(*tail)),
        _ => {
            let word = b.iter().rev().fold(0, |word, &x| word << 8 | x as u64);
            (word, word)
        }
    }
}

/// A comparable bound of `minimum`/`maximum`.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub(crate) enum Bound {
    Num(f64),
    Ordinal(i128),
    Pair(f64, f64),
}

/// A compiled field.
#[derive(Debug, Clone)]
pub(crate) struct FieldSpec {
    pub name: String,
    pub type_name: &'static str,
    pub format_name: String,
    pub kind: Kind,
    /// Strings read as missing (compared with the raw cell).
    pub missing: Vec<String>,
    pub constraints: Vec<Constraint>,
    /// `(name, value as written)` of each constraint, for notes.
    pub constraint_text: Vec<String>,
    pub unique: bool,
}

/// Problems in a field definition: `(code, note)` with code `field-error`.
pub(crate) type FieldProblem = String;

fn extra_str<'a>(f: &'a Field, key: &str) -> Option<&'a str> {
    f.extra.get(key).and_then(Json::as_str)
}

fn extra_bool(f: &Field, key: &str) -> Option<bool> {
    f.extra.get(key).and_then(Json::as_bool)
}

fn extra_strings(f: &Field, key: &str) -> Option<Vec<String>> {
    f.extra.get(key).and_then(Json::as_array).map(|a| {
        a.iter()
            .filter_map(|v| match v {
                Json::String(s) => Some(s.clone()),
                Json::Object(o) => o.get("value").and_then(Json::as_str).map(str::to_string),
                _ => None,
            })
            .collect()
    })
}

pub(crate) fn type_name(t: FieldType) -> &'static str {
    match t {
        FieldType::String => "string",
        FieldType::Integer => "integer",
        FieldType::Number => "number",
        FieldType::Boolean => "boolean",
        FieldType::Date => "date",
        FieldType::Datetime => "datetime",
        FieldType::Time => "time",
        FieldType::Year => "year",
        FieldType::Yearmonth => "yearmonth",
        FieldType::Duration => "duration",
        FieldType::Geopoint => "geopoint",
        FieldType::Geojson => "geojson",
        FieldType::Object => "object",
        FieldType::Array => "array",
        FieldType::List => "list",
        FieldType::Any => "any",
    }
}

fn kind_of(field_type: FieldType, format: &str, f: Option<&Field>) -> Result<Kind, String> {
    let temporal = |format: &str| match format {
        "default" => TemporalFormat::Default,
        "any" => TemporalFormat::Any,
        p => TemporalFormat::Pattern(temporal::Format::new(p)),
    };
    Ok(match field_type {
        FieldType::String => Kind::String(match format {
            "default" | "" => StringFormat::Default,
            "email" => StringFormat::Email,
            "uri" => StringFormat::Uri,
            "uuid" => StringFormat::Uuid,
            "binary" => StringFormat::Binary,
            other => {
                return Err(format!(
                    "format \"{other}\" is not supported by type \"string\""
                ))
            }
        }),
        FieldType::Integer => Kind::Integer {
            bare: f.and_then(|f| extra_bool(f, "bareNumber")).unwrap_or(true),
        },
        FieldType::Number => {
            let processed = f.is_some_and(|f| {
                ["groupChar", "decimalChar", "bareNumber"]
                    .iter()
                    .any(|k| f.extra.contains_key(*k))
            });
            Kind::Number {
                bare: f.and_then(|f| extra_bool(f, "bareNumber")).unwrap_or(true),
                processed,
                decimal: f
                    .and_then(|f| extra_str(f, "decimalChar"))
                    .unwrap_or(".")
                    .to_string(),
                group: f
                    .and_then(|f| extra_str(f, "groupChar"))
                    .unwrap_or("")
                    .to_string(),
            }
        }
        FieldType::Boolean => Kind::Boolean {
            truthy: f
                .and_then(|f| extra_strings(f, "trueValues"))
                .unwrap_or_else(|| ["true", "True", "TRUE", "1"].map(String::from).to_vec()),
            falsy: f
                .and_then(|f| extra_strings(f, "falseValues"))
                .unwrap_or_else(|| ["false", "False", "FALSE", "0"].map(String::from).to_vec()),
        },
        FieldType::Date => Kind::Date(temporal(format)),
        FieldType::Datetime => Kind::Datetime(temporal(format)),
        FieldType::Time => Kind::Time(temporal(format)),
        FieldType::Year => Kind::Year,
        FieldType::Yearmonth => Kind::Yearmonth,
        FieldType::Duration => Kind::Duration,
        FieldType::Geopoint => Kind::Geopoint(match format {
            "array" => GeoFormat::Array,
            "object" => GeoFormat::Object,
            _ => GeoFormat::Default,
        }),
        FieldType::Geojson => Kind::Geojson,
        FieldType::Object => Kind::Object,
        FieldType::Array => Kind::Array,
        FieldType::List => {
            let item_type = f.and_then(|f| extra_str(f, "itemType")).unwrap_or("string");
            let item: FieldType = serde_json::from_value(Json::String(item_type.to_string()))
                .map_err(|_| format!("list item type \"{item_type}\" is not supported"))?;
            Kind::List {
                delimiter: f
                    .and_then(|f| extra_str(f, "delimiter"))
                    .unwrap_or(",")
                    .to_string(),
                item: Box::new(kind_of(item, "default", None)?),
            }
        }
        FieldType::Any => Kind::Any,
    })
}

/// The constraint names a type supports, in frictionless-py's order.
fn supported(t: FieldType) -> &'static [&'static str] {
    const ORDERED: &[&str] = &[
        "required",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "enum",
    ];
    match t {
        FieldType::Any
        | FieldType::Boolean
        | FieldType::Duration
        | FieldType::Geojson
        | FieldType::Geopoint => &["required", "enum"],
        FieldType::Array | FieldType::Object => &["required", "minLength", "maxLength", "enum"],
        FieldType::List => &["required", "minLength", "maxLength"],
        FieldType::String => &["required", "minLength", "maxLength", "pattern", "enum"],
        FieldType::Date
        | FieldType::Datetime
        | FieldType::Time
        | FieldType::Year
        | FieldType::Yearmonth
        | FieldType::Integer
        | FieldType::Number => ORDERED,
    }
}

/// Python's `str()` of a JSON constraint value, for notes (`True`, `5`, `['a', 'b']`).
fn py_str(v: &Json) -> String {
    match v {
        Json::Null => "None".into(),
        Json::Bool(true) => "True".into(),
        Json::Bool(false) => "False".into(),
        Json::Number(n) => n.to_string(),
        Json::String(s) => s.clone(),
        Json::Array(a) => format!(
            "[{}]",
            a.iter()
                .map(|x| match x {
                    Json::String(s) => format!("'{s}'"),
                    other => py_str(other),
                })
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Json::Object(_) => v.to_string(),
    }
}

impl FieldSpec {
    /// Compiles a schema field; `schema_missing` are the schema's `missingValues`.
    pub(crate) fn compile(f: &Field, schema_missing: &[String]) -> Result<FieldSpec, FieldProblem> {
        let format = f.format.clone().unwrap_or_else(|| "default".to_string());
        let kind = kind_of(f.field_type, &format, Some(f))?;
        let missing = extra_strings(f, "missingValues").unwrap_or_else(|| schema_missing.to_vec());
        let mut spec = FieldSpec {
            name: f.name.clone(),
            type_name: type_name(f.field_type),
            format_name: format,
            kind,
            missing,
            constraints: Vec::new(),
            constraint_text: Vec::new(),
            unique: false,
        };
        let Some(c) = &f.constraints else {
            return Ok(spec);
        };
        let given: Vec<(&str, Json)> = [
            ("required", c.required.map(Json::Bool)),
            ("minLength", c.min_length.map(Json::from)),
            ("maxLength", c.max_length.map(Json::from)),
            ("minimum", c.minimum.clone()),
            ("maximum", c.maximum.clone()),
            ("exclusiveMinimum", c.exclusive_minimum.clone()),
            ("exclusiveMaximum", c.exclusive_maximum.clone()),
            ("pattern", c.pattern.clone().map(Json::String)),
            ("enum", c.enum_values.clone().map(Json::Array)),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k, v)))
        .collect();
        spec.unique = c.unique == Some(true);
        let allowed = supported(f.field_type);
        for (name, _) in &given {
            if !allowed.contains(name) {
                return Err(format!(
                    "constraint \"{name}\" is not supported by type \"{}\"",
                    spec.type_name
                ));
            }
        }
        for name in allowed {
            let Some((_, v)) = given.iter().find(|(n, _)| n == name) else {
                continue;
            };
            let bad = || {
                format!(
                    "constraint \"{name}\" of field \"{}\" cannot be read as {}",
                    f.name, spec.type_name
                )
            };
            let constraint = match *name {
                "required" => {
                    if v != &Json::Bool(true) {
                        continue;
                    }
                    Constraint::Required
                }
                "minLength" => Constraint::MinLength(v.as_u64().ok_or_else(bad)?),
                "maxLength" => Constraint::MaxLength(v.as_u64().ok_or_else(bad)?),
                "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" => {
                    let b = spec.bound(v).ok_or_else(bad)?;
                    match *name {
                        "minimum" => Constraint::Minimum(b),
                        "maximum" => Constraint::Maximum(b),
                        "exclusiveMinimum" => Constraint::ExclusiveMinimum(b),
                        _ => Constraint::ExclusiveMaximum(b),
                    }
                }
                "pattern" => {
                    let p = v.as_str().ok_or_else(bad)?;
                    let re = regex::Regex::new(&format!("^(?:{p})$")).map_err(|e| {
                        format!("constraint \"pattern\" of field \"{}\" is not a usable regular expression: {e}", f.name)
                    })?;
                    Constraint::Pattern(re)
                }
                _ => {
                    let mut set = EnumSet::default();
                    for item in v.as_array().ok_or_else(bad)? {
                        let text = match item {
                            Json::String(s) => s.clone(),
                            other => other.to_string(),
                        };
                        let value = spec.cast_json(item, &text).ok_or_else(bad)?;
                        let mut key = Vec::new();
                        canonical(&value, &mut key);
                        set.insert(key);
                    }
                    Constraint::Enum(set)
                }
            };
            spec.constraint_text
                .push(format!("constraint \"{name}\" is \"{}\"", py_str(v)));
            spec.constraints.push(constraint);
        }
        Ok(spec)
    }

    /// A fabricated `any` field for a label the schema has no field for.
    pub(crate) fn any(name: &str, schema_missing: &[String]) -> FieldSpec {
        FieldSpec {
            name: name.to_string(),
            type_name: "any",
            format_name: "default".to_string(),
            kind: Kind::Any,
            missing: schema_missing.to_vec(),
            constraints: Vec::new(),
            constraint_text: Vec::new(),
            unique: false,
        }
    }

    /// Reads a constraint value the way the field reads cells (JSON numbers and strings).
    fn cast_json<'a>(&self, v: &Json, text: &'a str) -> Option<Value<'a>> {
        match (&self.kind, v) {
            (Kind::Integer { .. } | Kind::Year, Json::Number(n)) => {
                if let Some(i) = n.as_i64() {
                    return Some(Value::Int(i as i128));
                }
                let f = n.as_f64()?;
                (f.fract() == 0.0).then_some(Value::Int(f as i128))
            }
            (Kind::Number { .. }, Json::Number(n)) => {
                Some(Value::Num(n.as_f64()?, Cow::Owned(n.to_string())))
            }
            (Kind::Boolean { .. }, Json::Bool(b)) => Some(Value::Bool(*b)),
            (Kind::Object | Kind::Array | Kind::Geojson, j) if !j.is_string() => {
                Some(Value::Json(j.clone()))
            }
            _ => self.cast(text),
        }
    }

    fn bound(&self, v: &Json) -> Option<Bound> {
        let text = match v {
            Json::String(s) => s.clone(),
            other => other.to_string(),
        };
        let value = self.cast_json(v, &text)?;
        bound_of(&value)
    }

    /// True when `cell` is one of the field's missing values.
    #[inline]
    pub(crate) fn is_missing(&self, cell: &str) -> bool {
        if self.missing.len() == 1 && self.missing[0].is_empty() {
            return cell.is_empty();
        }
        self.missing.iter().any(|m| m == cell)
    }

    /// Reads a non-missing cell; `None` is a type error.
    #[inline]
    pub(crate) fn cast<'a>(&self, cell: &'a str) -> Option<Value<'a>> {
        match self.cast_usual(cell) {
            Some(v) => Some(v.value(cell)),
            None => self.cast_other(cell),
        }
    }

    /// [`FieldSpec::cast`] of the usual cells (plain strings, short integers and decimals),
    /// cheap enough to inline; `None` when the cell needs [`FieldSpec::cast_other`].
    #[inline(always)]
    pub(crate) fn cast_usual(&self, cell: &str) -> Option<Usual> {
        match &self.kind {
            Kind::Any | Kind::String(StringFormat::Default) => Some(Usual::Str),
            Kind::Integer { bare: true } => plain_int(cell.as_bytes()).map(Usual::Int),
            // Only signs, digits and a dot: nothing to strip.
            Kind::Number {
                processed: false, ..
            } => short_decimal(cell.as_bytes()).map(Usual::Num),
            _ => None,
        }
    }

    /// [`FieldSpec::cast`] of any cell, the general way.
    pub(crate) fn cast_other<'a>(&self, cell: &'a str) -> Option<Value<'a>> {
        cast_kind(&self.kind, cell)
    }

    /// True when every cell reads as the field's type (`any`, plain `string`).
    pub(crate) fn accepts_all(&self) -> bool {
        matches!(self.kind, Kind::Any | Kind::String(StringFormat::Default))
    }

    /// True when a non-missing cell reads as the field's type: [`FieldSpec::cast`] without
    /// building the value.
    #[inline]
    pub(crate) fn is_valid(&self, cell: &str) -> bool {
        match &self.kind {
            Kind::Any | Kind::String(StringFormat::Default) => true,
            Kind::Integer { bare: true } => {
                plain_int(cell.as_bytes()).is_some() || parse_py_int(cell).is_some()
            }
            Kind::Year => {
                (cell.len() == 4 && cell.bytes().all(|b| b.is_ascii_digit()))
                    || self.cast(cell).is_some()
            }
            Kind::Number {
                processed: false, ..
            } => parse_py_decimal(py_strip(cell)).is_some(),
            Kind::Date(TemporalFormat::Default) => temporal::is_iso_date(cell),
            _ => self.cast(cell).is_some(),
        }
    }

    /// Checks the constraints on a value (`None`: a missing cell); returns the failed ones'
    /// indices into `constraints`.
    /// `key` is scratch space for `enum` lookups (its contents are overwritten).
    #[inline]
    pub(crate) fn check<V: Checked>(
        &self,
        value: Option<&V>,
        failed: &mut Vec<usize>,
        key: &mut Vec<u8>,
    ) {
        let cmp = |v: &V, b: &Bound| v.bound().and_then(|x| cmp_bound(x, b));
        for (i, c) in self.constraints.iter().enumerate() {
            let ok = match (c, value) {
                (Constraint::Required, v) => v.is_some(),
                (_, None) => true,
                (Constraint::MinLength(n), Some(v)) => v.length() >= *n,
                (Constraint::MaxLength(n), Some(v)) => v.length() <= *n,
                (Constraint::Minimum(b), Some(v)) => cmp(v, b).is_some_and(|o| o.is_ge()),
                (Constraint::Maximum(b), Some(v)) => cmp(v, b).is_some_and(|o| o.is_le()),
                (Constraint::ExclusiveMinimum(b), Some(v)) => cmp(v, b).is_some_and(|o| o.is_gt()),
                (Constraint::ExclusiveMaximum(b), Some(v)) => cmp(v, b).is_some_and(|o| o.is_lt()),
                (Constraint::Pattern(re), Some(v)) => v.as_str().is_none_or(|s| re.is_match(s)),
                (Constraint::Enum(set), Some(v)) => match v.as_str() {
                    Some(s) => set.contains_str(s),
                    None => {
                        key.clear();
                        v.canonical(key);
                        set.contains(key.as_slice())
                    }
                },
            };
            if !ok {
                failed.push(i);
            }
        }
    }

    /// The frictionless-py type note: `type is "integer/default"`.
    pub(crate) fn type_note(&self) -> String {
        format!("type is \"{}/{}\"", self.type_name, self.format_name)
    }
}

fn length(v: &Value<'_>) -> u64 {
    match v {
        Value::Str(s) => s.chars().count() as u64,
        Value::Json(Json::Array(a)) => a.len() as u64,
        Value::Json(Json::Object(o)) => o.len() as u64,
        Value::List(l) => l.len() as u64,
        _ => 0,
    }
}

fn bound_of(v: &Value<'_>) -> Option<Bound> {
    Some(match v {
        Value::Int(i) => Bound::Ordinal(*i),
        Value::BigInt(s) => Bound::Num(s.parse().ok()?),
        Value::Num(f, _) => Bound::Num(*f),
        Value::Date(d) => Bound::Ordinal(temporal::day_key(d) as i128),
        Value::Datetime(st) => Bound::Ordinal(st.normalized().and_utc().timestamp_micros() as i128),
        Value::Time(st) => {
            let t = temporal::time_key(&st.time) as i128;
            Bound::Ordinal(t - st.offset.unwrap_or(0) as i128 * 1_000_000)
        }
        Value::Yearmonth(y, m) => Bound::Ordinal(*y as i128 * 12 + *m as i128),
        Value::Duration(mo, s) => Bound::Pair(*mo, *s),
        _ => return None,
    })
}

fn cmp_bound(x: Bound, b: &Bound) -> Option<std::cmp::Ordering> {
    match (x, b) {
        (Bound::Ordinal(a), Bound::Num(f)) => (a as f64).partial_cmp(f),
        (Bound::Num(a), Bound::Ordinal(i)) => a.partial_cmp(&(*i as f64)),
        (a, b) => a.partial_cmp(b),
    }
}

// --- casting ----------------------------------------------------------------------------------

/// Python's `str.strip()` (Unicode whitespace).
#[inline]
fn py_strip(s: &str) -> &str {
    let b = s.as_bytes();
    // Fast path: no whitespace or separator at either end (both ends printable ASCII).
    if let (Some(&f), Some(&l)) = (b.first(), b.last()) {
        if f > b' ' && f < 0x7F && l > b' ' && l < 0x7F {
            return s;
        }
    }
    s.trim_matches(|c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c))
}

/// Digits with single underscores between them (Python's `int()` and `Decimal()`).
fn digits_ok(s: &[u8]) -> bool {
    !s.is_empty()
        && s[0].is_ascii_digit()
        && s[s.len() - 1].is_ascii_digit()
        && s.iter().all(|b| b.is_ascii_digit() || *b == b'_')
        && !s.windows(2).any(|w| w == b"__")
}

/// The value of an optional sign and 1 to 18 ASCII digits (the usual integer cell); `None`
/// for anything else.
#[inline]
fn plain_int(b: &[u8]) -> Option<i64> {
    let (neg, digits) = match b.first()? {
        b'-' => (true, &b[1..]),
        b'+' => (false, &b[1..]),
        _ => (false, b),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut v: i64 = 0;
    for &c in digits {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + (c - b'0') as i64;
    }
    Some(if neg { -v } else { v })
}

/// Exact powers of ten as f64 (10^22 is the largest).
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// A decimal of at most 15 significant digits with at most one `.` (and an optional sign),
/// correctly rounded without the general parser: both the digits and the power of ten are
/// exact in f64, and one division rounds once. `None` for anything else.
#[inline]
fn short_decimal(b: &[u8]) -> Option<f64> {
    let (neg, body) = match b.first()? {
        b'-' => (true, &b[1..]),
        b'+' => (false, &b[1..]),
        _ => (false, b),
    };
    if body.is_empty() || body.len() > 16 {
        return None;
    }
    let mut m: u64 = 0;
    let mut digits = 0;
    let mut frac: Option<usize> = None;
    for (k, &c) in body.iter().enumerate() {
        match c {
            b'0'..=b'9' => {
                m = m * 10 + (c - b'0') as u64;
                digits += 1;
            }
            b'.' if frac.is_none() => frac = Some(body.len() - k - 1),
            _ => return None,
        }
    }
    if digits == 0 || digits > 15 {
        return None;
    }
    let v = m as f64 / POW10[frac.unwrap_or(0)];
    Some(if neg { -v } else { v })
}

/// Python's `int(text)` after `strip()`.
#[inline]
fn parse_py_int(s: &str) -> Option<Value<'static>> {
    let t = py_strip(s).as_bytes();
    let (neg, body) = match t.first()? {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    if body.is_empty() {
        return None;
    }
    // Fast path: plain ASCII digits.
    if body.len() <= 19 && body.iter().all(u8::is_ascii_digit) {
        let mut v: u64 = 0;
        for b in body {
            v = v * 10 + (b - b'0') as u64;
        }
        let v = v as i128;
        return Some(Value::Int(if neg { -v } else { v }));
    }
    if body.len() <= 38 && body.iter().all(u8::is_ascii_digit) {
        let mut v: i128 = 0;
        for b in body {
            v = v * 10 + (b - b'0') as i128;
        }
        return Some(Value::Int(if neg { -v } else { v }));
    }
    if !digits_ok(body) {
        return None;
    }
    let digits: String = body
        .iter()
        .filter(|b| **b != b'_')
        .map(|b| *b as char)
        .collect();
    let trimmed = digits.trim_start_matches('0');
    if trimmed.len() <= 38 {
        let v: i128 = if trimmed.is_empty() {
            0
        } else {
            trimmed.parse().ok()?
        };
        return Some(Value::Int(if neg { -v } else { v }));
    }
    Some(Value::BigInt(format!(
        "{}{trimmed}",
        if neg { "-" } else { "" }
    )))
}

/// Python's `Decimal(text)` grammar (after `strip()`), returning the value as f64.
fn parse_py_decimal(t: &str) -> Option<f64> {
    let b = t.as_bytes();
    let body = match b.first()? {
        b'-' | b'+' => &b[1..],
        _ => b,
    };
    if body.is_empty() {
        return None;
    }
    // Fast path: digits with at most one '.'.
    let mut dots = 0;
    let mut any_digit = false;
    let simple = body.iter().all(|c| match c {
        b'0'..=b'9' => {
            any_digit = true;
            true
        }
        b'.' => {
            dots += 1;
            true
        }
        _ => false,
    });
    if simple && dots <= 1 && any_digit {
        return short_decimal(b).or_else(|| t.parse::<f64>().ok());
    }
    let starts = |p: &[u8]| body.len() >= p.len() && body[..p.len()].eq_ignore_ascii_case(p);
    if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        return Some(if b[0] == b'-' {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if starts(b"nan") || starts(b"snan") {
        let rest = if starts(b"nan") {
            &body[3..]
        } else {
            &body[4..]
        };
        return (rest.is_empty() || digits_ok(rest)).then_some(f64::NAN);
    }
    let (mant, exp) = match body.iter().position(|c| *c == b'e' || *c == b'E') {
        Some(p) => (&body[..p], Some(&body[p + 1..])),
        None => (body, None),
    };
    if let Some(e) = exp {
        let e = match e.first() {
            Some(b'-') | Some(b'+') => &e[1..],
            _ => e,
        };
        if !digits_ok(e) {
            return None;
        }
    }
    let (int, frac) = match mant.iter().position(|c| *c == b'.') {
        Some(p) => (&mant[..p], Some(&mant[p + 1..])),
        None => (mant, None),
    };
    let int_ok = int.is_empty() || digits_ok(int);
    let frac_ok = match frac {
        None => !int.is_empty(),
        Some(f) => (f.is_empty() && !int.is_empty()) || digits_ok(f),
    };
    if !int_ok || !frac_ok {
        return None;
    }
    let cleaned: String = t.chars().filter(|c| *c != '_').collect();
    cleaned.parse::<f64>().ok().or(Some(0.0))
}

#[inline]
fn cast_kind<'a>(kind: &Kind, cell: &'a str) -> Option<Value<'a>> {
    match kind {
        Kind::Any => Some(Value::Str(cell)),
        Kind::String(f) => {
            let ok = match f {
                StringFormat::Default => true,
                StringFormat::Email => is_email(cell),
                StringFormat::Uri => is_uri(cell),
                StringFormat::Uuid => is_uuid(cell),
                StringFormat::Binary => is_base64(cell),
            };
            ok.then_some(Value::Str(cell))
        }
        Kind::Integer { bare } => {
            if *bare {
                parse_py_int(cell)
            } else {
                parse_py_int(&strip_non_bare(py_strip(cell)))
            }
        }
        Kind::Number {
            bare,
            processed,
            decimal,
            group,
        } => {
            let t = py_strip(cell);
            let text: Cow<'a, str> = if *processed {
                let mut s = if *bare {
                    t.to_string()
                } else {
                    strip_non_bare(t)
                };
                if !group.is_empty() {
                    s = s.replace(group.as_str(), "");
                }
                if decimal != "." {
                    if s.contains('.') {
                        return None;
                    }
                    s = s.replace(decimal.as_str(), ".");
                }
                Cow::Owned(s)
            } else {
                Cow::Borrowed(t)
            };
            let f = parse_py_decimal(&text)?;
            Some(Value::Num(f, text))
        }
        Kind::Boolean { truthy, falsy } => {
            if truthy.iter().any(|t| t == cell) {
                Some(Value::Bool(true))
            } else if falsy.iter().any(|t| t == cell) {
                Some(Value::Bool(false))
            } else {
                None
            }
        }
        Kind::Date(f) => match f {
            TemporalFormat::Default => temporal::parse_iso_date(cell).map(Value::Date),
            TemporalFormat::Any => temporal::parse_any(cell).map(|s| Value::Date(s.date)),
            TemporalFormat::Pattern(p) => p.as_ref()?.parse(cell).map(|s| Value::Date(s.date)),
        },
        Kind::Datetime(f) => match f {
            TemporalFormat::Default => temporal::parse_iso_datetime(cell).map(Value::Datetime),
            TemporalFormat::Any => temporal::parse_any(cell).map(Value::Datetime),
            TemporalFormat::Pattern(p) => p.as_ref()?.parse(cell).map(Value::Datetime),
        },
        Kind::Time(f) => match f {
            TemporalFormat::Default => temporal::parse_iso_time(cell).map(Value::Time),
            TemporalFormat::Any => temporal::parse_any(cell).map(Value::Time),
            TemporalFormat::Pattern(p) => p.as_ref()?.parse(cell).map(Value::Time),
        },
        Kind::Year => {
            if cell.chars().count() != 4 {
                return None;
            }
            match parse_py_int(cell)? {
                Value::Int(v) if (0..=9999).contains(&v) => Some(Value::Int(v)),
                _ => None,
            }
        }
        Kind::Yearmonth => {
            let mut parts = cell.split('-');
            let (y, m) = (parts.next()?, parts.next()?);
            if parts.next().is_some() {
                return None;
            }
            let (Value::Int(y), Value::Int(m)) = (parse_py_int(y)?, parse_py_int(m)?) else {
                return None;
            };
            if !(1..=12).contains(&m) || y.abs() > i64::MAX as i128 {
                return None;
            }
            Some(Value::Yearmonth(y as i64, m as u32))
        }
        Kind::Duration => temporal::parse_duration(cell).map(|(m, s)| Value::Duration(m, s)),
        Kind::Geopoint(f) => {
            let (lon, lat): (String, String) = match f {
                GeoFormat::Default => {
                    let mut parts = cell.split(',');
                    let (a, b) = (parts.next()?, parts.next()?);
                    if parts.next().is_some() {
                        return None;
                    }
                    (py_strip(a).to_string(), py_strip(b).to_string())
                }
                GeoFormat::Array => match serde_json::from_str::<Json>(cell).ok()? {
                    Json::Array(a) if a.len() == 2 => (json_num(&a[0])?, json_num(&a[1])?),
                    _ => return None,
                },
                GeoFormat::Object => match serde_json::from_str::<Json>(cell).ok()? {
                    Json::Object(o) if o.len() == 2 => {
                        (json_num(o.get("lon")?)?, json_num(o.get("lat")?)?)
                    }
                    _ => return None,
                },
            };
            let (x, y) = (parse_py_decimal(&lon)?, parse_py_decimal(&lat)?);
            if !(-180.0..=180.0).contains(&x) || !(-90.0..=90.0).contains(&y) {
                return None;
            }
            Some(Value::Geo(lon, lat))
        }
        Kind::Object => match serde_json::from_str::<Json>(cell).ok()? {
            j @ Json::Object(_) => Some(Value::Json(j)),
            _ => None,
        },
        Kind::Array => match serde_json::from_str::<Json>(cell).ok()? {
            j @ Json::Array(_) => Some(Value::Json(j)),
            _ => None,
        },
        Kind::Geojson => match serde_json::from_str::<Json>(cell).ok()? {
            Json::Object(o) if is_geojson(&o) => Some(Value::Json(Json::Object(o))),
            _ => None,
        },
        Kind::List { delimiter, item } => {
            let mut items = Vec::new();
            for part in cell.split(delimiter.as_str()) {
                items.push(cast_kind(item, part)?);
            }
            Some(Value::List(items))
        }
    }
}

fn json_num(v: &Json) -> Option<String> {
    match v {
        Json::Number(n) => Some(n.to_string()),
        Json::String(s) => Some(s.clone()),
        _ => None,
    }
}

/// frictionless-py's `bareNumber: false`: drops leading characters that are neither digits nor
/// `-`, and trailing non-digits (`Rp 1.500` → `1.500`, `12%` → `12`).
fn strip_non_bare(s: &str) -> String {
    let start = s
        .char_indices()
        .find(|(_, c)| c.is_ascii_digit() || *c == '-')
        .map(|(i, _)| i)
        .unwrap_or(s.len());
    let rest = &s[start..];
    let end = rest
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_ascii_digit())
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    rest[..end].to_string()
}

pub(crate) fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "!#$%&'*+/=?^_`{|}~-.".contains(c));
    local_ok && is_hostname(domain)
}

fn is_hostname(d: &str) -> bool {
    let labels: Vec<&str> = d.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|t| t.len() >= 2 && t.chars().all(char::is_alphabetic))
}

fn is_uri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    let mut sc = scheme.chars();
    sc.next().is_some_and(|c| c.is_ascii_alphabetic())
        && sc.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !rest
            .chars()
            .any(|c| c.is_whitespace() || "<>\"{}|\\^`".contains(c))
}

fn is_uuid(s: &str) -> bool {
    let hex = |t: &str| t.chars().all(|c| c.is_ascii_hexdigit());
    let parts: Vec<&str> = s.split('-').collect();
    (parts.len() == 5
        && parts.iter().map(|p| p.len()).eq([8, 4, 4, 4, 12])
        && parts.iter().all(|p| hex(p)))
        || (s.len() == 32 && hex(s))
}

fn is_base64(s: &str) -> bool {
    let data: Vec<u8> = s
        .bytes()
        .filter(|b| b.is_ascii_alphanumeric() || *b == b'+' || *b == b'/' || *b == b'=')
        .collect();
    let pad = data.iter().rev().take_while(|b| **b == b'=').count();
    data.len().is_multiple_of(4) && pad <= 2 && !data[..data.len() - pad].contains(&b'=')
}

fn is_geojson(o: &serde_json::Map<String, Json>) -> bool {
    const GEOMETRIES: [&str; 7] = [
        "Point",
        "MultiPoint",
        "LineString",
        "MultiLineString",
        "Polygon",
        "MultiPolygon",
        "GeometryCollection",
    ];
    match o.get("type").and_then(Json::as_str) {
        Some("Feature") => o.contains_key("geometry"),
        Some("FeatureCollection") => o.get("features").is_some_and(Json::is_array),
        Some("GeometryCollection") => o.get("geometries").is_some_and(Json::is_array),
        Some(t) if GEOMETRIES.contains(&t) => o.get("coordinates").is_some_and(Json::is_array),
        _ => false,
    }
}

// --- canonical key bytes ----------------------------------------------------------------------

/// Canonical decimal `[-]digits e exp` of a number's text (already validated), so that `1`,
/// `1.0` and `10e-1` are the same key, as Python's `Decimal` equality has it.
fn canonical_decimal(text: &str, out: &mut Vec<u8>) {
    let t = text.as_bytes();
    let (neg, body) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    if lower.starts_with(b"inf") {
        out.extend_from_slice(if neg { b"N-inf" } else { b"N+inf" });
        return;
    }
    let (mant, exp) = match body.iter().position(|c| *c == b'e' || *c == b'E') {
        Some(p) => (
            &body[..p],
            std::str::from_utf8(&body[p + 1..]).unwrap_or("0"),
        ),
        None => (body, "0"),
    };
    let exp: i64 = exp.replace('_', "").parse().unwrap_or(0);
    let mut digits: Vec<u8> = Vec::with_capacity(mant.len());
    let mut frac_len: i64 = 0;
    let mut seen_dot = false;
    for &c in mant {
        match c {
            b'.' => seen_dot = true,
            b'_' => {}
            d => {
                digits.push(d);
                if seen_dot {
                    frac_len += 1;
                }
            }
        }
    }
    let first = digits.iter().position(|d| *d != b'0');
    let Some(first) = first else {
        out.extend_from_slice(b"N0");
        return;
    };
    let mut digits = &digits[first..];
    let mut e = exp - frac_len;
    while let Some((&b'0', rest)) = digits.split_last() {
        digits = rest;
        e += 1;
    }
    out.push(b'N');
    if neg {
        out.push(b'-');
    }
    out.extend_from_slice(digits);
    out.push(b'e');
    out.extend_from_slice(e.to_string().as_bytes());
}

pub(crate) fn canonical_int(v: i128, out: &mut Vec<u8>) {
    if v == 0 {
        out.extend_from_slice(b"N0");
        return;
    }
    let mut buf = [0u8; 40];
    let mut n = v.unsigned_abs();
    let mut i = buf.len();
    // Divide in 64 bits while the value fits (128-bit division is a slow library call).
    while n > u64::MAX as u128 {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    let mut m = n as u64;
    while m > 0 {
        i -= 1;
        buf[i] = b'0' + (m % 10) as u8;
        m /= 10;
    }
    let mut digits = &buf[i..];
    let mut e = 0;
    while let Some((&b'0', rest)) = digits.split_last() {
        digits = rest;
        e += 1;
    }
    out.push(b'N');
    if v < 0 {
        out.push(b'-');
    }
    out.extend_from_slice(digits);
    out.push(b'e');
    if e == 0 {
        out.push(b'0');
    } else {
        out.extend_from_slice(e.to_string().as_bytes());
    }
}

/// Writes the canonical key bytes of a value. Returns false for values that never equal
/// anything (NaN), which keys skip.
pub(crate) fn canonical(v: &Value<'_>, out: &mut Vec<u8>) -> bool {
    match v {
        Value::Str(s) => {
            out.push(b'S');
            out.extend_from_slice(s.as_bytes());
        }
        Value::Int(i) => canonical_int(*i, out),
        Value::BigInt(s) => canonical_decimal(s, out),
        Value::Num(f, text) => {
            if f.is_nan() {
                return false;
            }
            canonical_decimal(text, out)
        }
        Value::Bool(b) => canonical_int(*b as i128, out),
        Value::Date(d) => {
            out.push(b'D');
            out.extend_from_slice(&temporal::day_key(d).to_le_bytes());
        }
        Value::Datetime(st) => {
            out.push(if st.offset.is_some() { b'U' } else { b'T' });
            out.extend_from_slice(&st.normalized().and_utc().timestamp_micros().to_le_bytes());
        }
        Value::Time(st) => {
            out.push(if st.offset.is_some() { b'u' } else { b't' });
            let t = temporal::time_key(&st.time) as i64 - st.offset.unwrap_or(0) as i64 * 1_000_000;
            out.extend_from_slice(&t.to_le_bytes());
        }
        Value::Yearmonth(y, m) => {
            out.push(b'Y');
            out.extend_from_slice(&y.to_le_bytes());
            out.push(*m as u8);
        }
        Value::Duration(m, s) => {
            out.push(b'P');
            out.extend_from_slice(&m.to_le_bytes());
            out.extend_from_slice(&s.to_le_bytes());
        }
        Value::Geo(lon, lat) => {
            out.push(b'G');
            canonical_decimal(lon, out);
            out.push(0);
            canonical_decimal(lat, out);
        }
        Value::Json(j) => {
            out.push(b'J');
            out.extend_from_slice(j.to_string().as_bytes());
        }
        Value::List(items) => {
            out.push(b'L');
            for it in items {
                let mut sub = Vec::new();
                if !canonical(it, &mut sub) {
                    return false;
                }
                out.extend_from_slice(&(sub.len() as u32).to_le_bytes());
                out.extend_from_slice(&sub);
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(kind: &Kind, s: &str) -> Vec<u8> {
        let mut out = Vec::new();
        canonical(&cast_kind(kind, s).unwrap(), &mut out);
        out
    }

    #[test]
    fn numbers_like_python() {
        let int = Kind::Integer { bare: true };
        let num = Kind::Number {
            bare: true,
            processed: false,
            decimal: ".".into(),
            group: "".into(),
        };
        for ok in [" 1 ", "+2", "1_000", "007", "-0"] {
            assert!(cast_kind(&int, ok).is_some(), "{ok}");
        }
        for bad in ["1.0", "1__0", "_1", "", "1e3", "٣x"] {
            assert!(cast_kind(&int, bad).is_none(), "{bad}");
        }
        for ok in [
            "1.5", ".5", "5.", "1e3", "-1.5E-3", "Infinity", "nan", "1_000.5",
        ] {
            assert!(cast_kind(&num, ok).is_some(), "{ok}");
        }
        for bad in [".", "1,5", "e3", "1e", "--1", "1.2.3"] {
            assert!(cast_kind(&num, bad).is_none(), "{bad}");
        }
        assert_eq!(key(&int, "120"), key(&num, "120.00"));
        assert_eq!(key(&num, "1.2e2"), key(&num, "120"));
        assert_ne!(key(&num, "12"), key(&num, "120"));
        assert_eq!(key(&int, "0"), key(&num, "-0.0"));
        let id = Kind::Number {
            bare: true,
            processed: true,
            decimal: ",".into(),
            group: ".".into(),
        };
        match cast_kind(&id, "1.234,56") {
            Some(Value::Num(f, _)) => assert!((f - 1234.56).abs() < 1e-9),
            other => panic!("{other:?}"),
        }
        // As in frictionless-py: the group character is dropped first.
        assert!(cast_kind(&id, "1,234.56").is_some());
        assert!(cast_kind(&id, "1.5").is_some());
        let rupiah = Kind::Integer { bare: false };
        assert!(matches!(
            cast_kind(&rupiah, "Rp 1500,-"),
            Some(Value::Int(1500))
        ));
    }

    #[test]
    fn other_types() {
        assert!(cast_kind(&Kind::Year, "2024").is_some());
        assert!(cast_kind(&Kind::Year, "224").is_none());
        assert!(cast_kind(&Kind::Yearmonth, "2024-13").is_none());
        assert!(cast_kind(&Kind::Yearmonth, "2024-1").is_some());
        assert!(cast_kind(&Kind::Geopoint(GeoFormat::Default), "110.2, -7.5").is_some());
        assert!(cast_kind(&Kind::Geopoint(GeoFormat::Default), "200, 0").is_none());
        assert!(is_email("walidata@magelangkota.go.id"));
        assert!(!is_email("walidata@localhost"));
        assert!(is_uri("https://data.magelangkota.go.id/"));
        assert!(!is_uri("data.magelangkota.go.id"));
        assert!(is_uuid("123e4567-e89b-12d3-a456-426614174000"));
        assert!(is_base64("YQ=="));
        assert!(!is_base64("YQ"));
    }
}

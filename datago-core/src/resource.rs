//! Resources (DCAT distributions): the files and links that carry a dataset's data, and the
//! Table Schema that describes a tabular one.

use std::collections::{BTreeMap, HashSet};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::finding::{Finding, Findings};
use crate::organization::is_http_url;
use crate::rules;
use crate::text::LocalizedText;

/// A checksum algorithm (`spdx:algorithm`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ChecksumAlgorithm {
    /// SHA-256 (recommended).
    Sha256,
    /// SHA-512.
    Sha512,
    /// SHA-1 (legacy).
    Sha1,
    /// MD5 (legacy).
    Md5,
}

impl ChecksumAlgorithm {
    /// Number of hex digits of a value.
    pub fn hex_len(self) -> usize {
        match self {
            ChecksumAlgorithm::Sha256 => 64,
            ChecksumAlgorithm::Sha512 => 128,
            ChecksumAlgorithm::Sha1 => 40,
            ChecksumAlgorithm::Md5 => 32,
        }
    }

    /// The stable lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            ChecksumAlgorithm::Sha256 => "sha256",
            ChecksumAlgorithm::Sha512 => "sha512",
            ChecksumAlgorithm::Sha1 => "sha1",
            ChecksumAlgorithm::Md5 => "md5",
        }
    }
}

/// A file checksum: `{"algorithm": "sha256", "value": "…"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Checksum {
    /// The algorithm.
    pub algorithm: ChecksumAlgorithm,
    /// Lowercase hexadecimal digest.
    pub value: String,
}

/// Computes the SHA-256 checksum of `bytes`.
///
/// ```
/// let c = datago_core::resource::sha256(b"abc");
/// assert_eq!(c.value, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
/// ```
pub fn sha256(bytes: &[u8]) -> Checksum {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(bytes);
    let mut value = String::with_capacity(64);
    for b in digest {
        value.push_str(&format!("{b:02x}"));
    }
    Checksum {
        algorithm: ChecksumAlgorithm::Sha256,
        value,
    }
}

/// Field types of Frictionless Table Schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum FieldType {
    /// Text.
    #[default]
    String,
    /// Whole number.
    Integer,
    /// Decimal number.
    Number,
    /// True/false.
    Boolean,
    /// Calendar date.
    Date,
    /// Date and time.
    Datetime,
    /// Time of day.
    Time,
    /// Calendar year.
    Year,
    /// Year and month.
    Yearmonth,
    /// ISO 8601 duration.
    Duration,
    /// Latitude/longitude point.
    Geopoint,
    /// GeoJSON geometry.
    Geojson,
    /// JSON object.
    Object,
    /// JSON array.
    Array,
    /// Categorical value (Table Schema v2).
    List,
    /// Any value.
    Any,
}

/// Constraints on a field's values.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct FieldConstraints {
    /// A value is required in every row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Values are unique.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique: Option<bool>,
    /// Smallest allowed value (a number, or a date/time string for temporal types).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum: Option<serde_json::Value>,
    /// Largest allowed value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum: Option<serde_json::Value>,
    /// Shortest allowed length.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_length: Option<u64>,
    /// Longest allowed length.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u64>,
    /// Smallest allowed value, excluded (Table Schema v2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclusive_minimum: Option<serde_json::Value>,
    /// Largest allowed value, excluded (Table Schema v2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclusive_maximum: Option<serde_json::Value>,
    /// Regular expression every value matches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// The allowed values.
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "enum")]
    pub enum_values: Option<Vec<serde_json::Value>>,
}

/// One column of a table.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Field {
    /// Column name as in the header.
    #[serde(default)]
    pub name: String,
    /// Value type.
    #[serde(default, rename = "type")]
    pub field_type: FieldType,
    /// Type-specific format (`default`, `email`, `%d/%m/%Y`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Human title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// What the column means.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Value constraints.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub constraints: Option<FieldConstraints>,
    /// Other Table Schema properties, kept as they are (e.g. `decimalChar`, `trueValues`).
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// A foreign key: fields of this table that refer to fields of another resource.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ForeignKey {
    /// Local field names.
    pub fields: Vec<String>,
    /// What they refer to.
    pub reference: ForeignKeyReference,
}

/// The target of a foreign key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ForeignKeyReference {
    /// Name of the other resource (`""` for the same one).
    #[serde(default)]
    pub resource: String,
    /// Field names there.
    pub fields: Vec<String>,
}

/// A Frictionless Table Schema (v1 and v2 share this shape).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct TableSchema {
    /// Columns, in order.
    #[serde(default)]
    pub fields: Vec<Field>,
    /// Field names forming the primary key.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub primary_key: Vec<String>,
    /// Foreign keys.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub foreign_keys: Vec<ForeignKey>,
    /// Strings read as missing values (Frictionless default: `[""]`). v2 `{"value", "label"}`
    /// entries are read as their value.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "missing_values"
    )]
    pub missing_values: Option<Vec<String>>,
    /// How header labels pair with fields (Table Schema v2; default `exact`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields_match: Option<FieldsMatch>,
}

/// How the header of a table pairs with the schema's fields (Table Schema v2 `fieldsMatch`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum FieldsMatch {
    /// Same fields in the same order (by position).
    #[default]
    Exact,
    /// Same fields, any order (by name).
    Equal,
    /// The data may have more fields than the schema.
    Subset,
    /// The data may lack optional fields of the schema.
    Superset,
    /// Both, as long as one field matches.
    Partial,
}

/// `missingValues`: strings, or v2 `{"value": …, "label": …}` objects read as their value.
fn missing_values<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Vec<String>>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Entry {
        Value(String),
        Labelled { value: String },
    }
    let entries: Option<Vec<Entry>> = Option::deserialize(d)?;
    Ok(entries.map(|v| {
        v.into_iter()
            .map(|e| match e {
                Entry::Value(s) | Entry::Labelled { value: s } => s,
            })
            .collect()
    }))
}

impl TableSchema {
    /// The field names, in order.
    pub fn field_names(&self) -> Vec<&str> {
        self.fields.iter().map(|f| f.name.as_str()).collect()
    }

    /// All findings about the schema itself (paths relative to it).
    pub fn validate(&self) -> Vec<Finding> {
        let mut f = Findings::default();
        let mut seen = HashSet::new();
        for (i, field) in self.fields.iter().enumerate() {
            if field.name.trim().is_empty() {
                f.push(
                    &rules::RESOURCE_SCHEMA_FIELD_NAME_MISSING,
                    format!("/fields/{i}/name"),
                    &[],
                );
            } else if !seen.insert(field.name.as_str()) {
                f.push(
                    &rules::RESOURCE_SCHEMA_FIELD_DUPLICATE,
                    format!("/fields/{i}/name"),
                    &[("value", &field.name)],
                );
            }
            if let Some(c) = &field.constraints {
                let num = |v: &Option<serde_json::Value>| v.as_ref().and_then(|v| v.as_f64());
                let numbers =
                    matches!(num(&c.minimum).zip(num(&c.maximum)), Some((lo, hi)) if lo > hi);
                let lengths = matches!(c.min_length.zip(c.max_length), Some((lo, hi)) if lo > hi);
                if numbers || lengths {
                    f.push(
                        &rules::RESOURCE_SCHEMA_CONSTRAINT_RANGE,
                        format!("/fields/{i}/constraints"),
                        &[("value", &field.name)],
                    );
                }
            }
        }
        for (i, key) in self.primary_key.iter().enumerate() {
            if !self.fields.iter().any(|fl| &fl.name == key) {
                f.push(
                    &rules::RESOURCE_SCHEMA_PRIMARY_KEY_UNKNOWN,
                    format!("/primaryKey/{i}"),
                    &[("value", key)],
                );
            }
        }
        f.into_vec()
    }
}

/// A resource (DCAT distribution): one file or link carrying the dataset's data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Resource {
    /// Stable id within the dataset (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Title.
    #[serde(default)]
    pub title: LocalizedText,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalizedText>,
    /// File format name (`CSV`, `XLSX`, `JSON`, `PDF`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// IANA media type (`text/csv`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    /// Where to download it (`dcat:downloadURL`/`accessURL`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Path of the file relative to the catalog directory (`data/penduduk.csv`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Size in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byte_size: Option<u64>,
    /// Checksum of the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checksum: Option<Checksum>,
    /// License, when it differs from the dataset's (license id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
    /// Table Schema of a tabular file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<TableSchema>,
    /// Table Dialect of a CSV file (delimiter, quoting, header rows).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dialect: Option<TableDialect>,
    /// Character encoding of a text file (`utf-8`, `windows-1252`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    /// Date the resource was first issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<chrono::NaiveDate>,
    /// Date the resource last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::NaiveDate>,
    /// Other properties (e.g. CKAN resource fields DataGO has no field for), kept as they are.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extras: BTreeMap<String, serde_json::Value>,
}

/// Frictionless Table Dialect: how a CSV file is written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct TableDialect {
    /// Field separator (default `,`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delimiter: Option<String>,
    /// Quote character (default `"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote_char: Option<String>,
    /// Whether a quote inside a quoted field is written twice (default true).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub double_quote: Option<bool>,
    /// Escape character, when quotes are escaped instead of doubled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escape_char: Option<String>,
    /// Whether the file has a header row (default true; v1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header: Option<bool>,
    /// 1-based row numbers of the header rows (v2; default `[1]`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header_rows: Option<Vec<u32>>,
    /// Character that starts a comment line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment_char: Option<String>,
    /// Whether spaces after a delimiter are ignored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_initial_space: Option<bool>,
    /// Line terminator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_terminator: Option<String>,
}

/// The usual IANA media type of a format name (case-insensitive).
///
/// ```
/// assert_eq!(datago_core::resource::media_type_for("csv"), Some("text/csv"));
/// ```
pub fn media_type_for(format: &str) -> Option<&'static str> {
    crate::vocab::formats()
        .iter()
        .find(|f| f.format.eq_ignore_ascii_case(format.trim()))
        .map(|f| f.media_type.as_str())
}

impl Resource {
    /// Reads a resource from JSON.
    ///
    /// ```
    /// use datago_core::Resource;
    /// let r = Resource::from_json(r#"{"title": {"id": "Data 2024"}, "format": "CSV", "mediaType": "text/csv", "path": "data/penduduk.csv"}"#).unwrap();
    /// let codes: Vec<String> = r.validate().into_iter().map(|f| f.code).collect();
    /// assert_eq!(codes, ["resource.schema.missing"]);
    /// ```
    pub fn from_json(json: &str) -> Result<Resource, crate::ParseError> {
        crate::document::from_json(json)
    }

    /// True when the resource is a CSV table (by format or media type).
    pub fn is_csv(&self) -> bool {
        self.format
            .as_deref()
            .is_some_and(|f| f.eq_ignore_ascii_case("csv"))
            || self.media_type.as_deref() == Some("text/csv")
    }

    /// All findings about this resource on its own (paths relative to it).
    pub fn validate(&self) -> Vec<Finding> {
        let mut f = Findings::default();
        if self.title.is_blank() {
            f.push(&rules::RESOURCE_TITLE_MISSING, "/title", &[]);
        }
        let url = self.url.as_deref().filter(|s| !s.trim().is_empty());
        let path = self.path.as_deref().filter(|s| !s.trim().is_empty());
        if url.is_none() && path.is_none() {
            f.push(&rules::RESOURCE_LOCATION_MISSING, "", &[]);
        }
        if let Some(u) = url {
            if !is_http_url(u) {
                f.push(&rules::RESOURCE_URL_INVALID, "/url", &[("value", u)]);
            }
        }
        if let Some(p) = path {
            if !is_safe_relative_path(p) {
                f.push(&rules::RESOURCE_PATH_INVALID, "/path", &[("value", p)]);
            }
        }
        let format = self.format.as_deref().filter(|s| !s.trim().is_empty());
        if format.is_none() {
            f.push(&rules::RESOURCE_FORMAT_MISSING, "/format", &[]);
        }
        if let Some(m) = self.media_type.as_deref() {
            if !is_media_type(m) {
                f.push(
                    &rules::RESOURCE_MEDIA_TYPE_INVALID,
                    "/mediaType",
                    &[("value", m)],
                );
            } else if let Some(expected) = format.and_then(media_type_for) {
                let base = m.split(';').next().unwrap_or(m).trim().to_ascii_lowercase();
                if base != expected {
                    f.push(
                        &rules::RESOURCE_MEDIA_TYPE_MISMATCH,
                        "/mediaType",
                        &[
                            ("value", m),
                            ("format", format.unwrap_or_default()),
                            ("expected", expected),
                        ],
                    );
                }
            }
        }
        if let Some(c) = &self.checksum {
            let n = c.algorithm.hex_len();
            let ok = c.value.len() == n
                && c.value
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
            if !ok {
                f.push(
                    &rules::RESOURCE_CHECKSUM_MALFORMED,
                    "/checksum/value",
                    &[
                        ("algorithm", c.algorithm.as_str()),
                        ("length", &n.to_string()),
                    ],
                );
            }
        }
        match &self.schema {
            Some(s) => f.extend_under("/schema", s.validate()),
            None if self.is_csv() => f.push(&rules::RESOURCE_SCHEMA_MISSING, "/schema", &[]),
            None => {}
        }
        f.into_vec()
    }
}

fn is_media_type(m: &str) -> bool {
    let base = m.split(';').next().unwrap_or("").trim();
    let token = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "!#$&-^_.+".contains(c))
    };
    matches!(base.split_once('/'), Some((t, s)) if token(t) && token(s))
}

/// A path relative to the catalog directory that cannot escape it.
pub(crate) fn is_safe_relative_path(p: &str) -> bool {
    !p.starts_with('/')
        && !p.starts_with('\\')
        && !p.contains(':')
        && p.split(['/', '\\'])
            .all(|seg| seg != ".." && !seg.is_empty())
}

//! Metadata standards DataGO reads and writes, with the canonical model in the middle:
//! DCAT-AP 3 ([`dcat_ap`]), CKAN API v3 ([`ckan`]), Frictionless Data Package v2
//! ([`datapackage`]), schema.org ([`schema_org`]) and Satu Data Indonesia / BPS metadata
//! ([`satu_data`]); plus profile validation ([`profile`]).
//!
//! [`convert`] takes one dataset's metadata from one of them to another, through the model.

pub mod ckan;
pub mod datapackage;
pub mod dcat_ap;
pub mod profile;
pub mod rdf;
pub mod satu_data;
pub mod schema_org;

use std::collections::BTreeMap;

use serde_json::Value;

use crate::dataset::Dataset;
use crate::organization::Organization;

/// Formats [`convert`] reads.
pub const SOURCE_FORMATS: [&str; 3] = ["ckan", "datapackage", "model"];
/// Formats [`convert`] writes.
pub const TARGET_FORMATS: [&str; 4] = ["ckan", "datapackage", "schema-org", "model"];

/// Converts one dataset's metadata from one standard to another, through the model.
///
/// - `from`: `ckan` (a package dict, or a `package_show` action response), `datapackage`
///   (`datapackage.json`, v2 or v1) or `model` (a DataGO dataset document);
/// - `to`: `ckan` (a package in `package_show`'s shape), `datapackage` (v2), `schema-org`
///   (JSON-LD) or `model`.
///
/// `input` is JSON text. CKAN → CKAN keeps the package's organization; the other conversions
/// work on the dataset alone (organizations and the catalog are not part of the input: use the
/// modules' own functions to pass them). Errors: [`crate::Error::InvalidArgument`] for an
/// unknown format, the reader's error (`parse.*`, `ckan.*`, `datapackage.*`) for bad input.
///
/// ```
/// use datago_core::standards::convert;
/// let dp = convert("ckan", "datapackage", r#"{"name": "jumlah-puskesmas", "title": "Jumlah Puskesmas",
///   "license_id": "cc-by", "resources": [{"id": "r1", "url": "https://example.go.id/p.csv", "format": "CSV"}]}"#)?;
/// assert_eq!(dp["licenses"][0]["name"], "CC-BY-4.0");
/// assert_eq!(dp["resources"][0]["path"], "https://example.go.id/p.csv");
/// assert_eq!(convert("ckan", "rdf", "{}").unwrap_err().code(), "invalid-argument");
/// # Ok::<(), datago_core::Error>(())
/// ```
pub fn convert(from: &str, to: &str, input: &str) -> Result<Value, crate::Error> {
    let bad = |what: &'static str, value: &str, expected: &[&str]| crate::Error::InvalidArgument {
        what,
        value: value.to_string(),
        expected: expected.join(", "),
    };
    if !SOURCE_FORMATS.contains(&from) {
        return Err(bad("source format", from, &SOURCE_FORMATS));
    }
    if !TARGET_FORMATS.contains(&to) {
        return Err(bad("target format", to, &TARGET_FORMATS));
    }
    let (dataset, organization): (Dataset, Option<Organization>) = match from {
        "ckan" => {
            let p = ckan::read_package(input)?;
            (p.dataset, p.organization)
        }
        "datapackage" => (datapackage::read(input)?, None),
        _ => (crate::document::from_json(input)?, None),
    };
    Ok(match to {
        "ckan" => ckan::package_to_value(&dataset, organization.as_ref()),
        "datapackage" => datapackage::to_value(&dataset, None),
        "schema-org" => schema_org::to_value(&dataset, None),
        // Our own types always serialize.
        _ => serde_json::to_value(&dataset).unwrap_or(Value::Null),
    })
}

/// Reads a value kept in a string-valued extras map (see [`encode_extra`]): JSON text is read
/// as JSON, anything else is the string itself.
pub(crate) fn decode_extra(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|_| Value::String(s.to_string()))
}

/// Writes a JSON value into a string-valued extras map (CKAN extras hold strings only): a string
/// stays as it is unless it would read back as other JSON (`"5"`, `"true"`), anything else is
/// written as JSON text. [`decode_extra`] gives the value back exactly.
pub(crate) fn encode_extra(v: &Value) -> String {
    match v {
        Value::String(s) if serde_json::from_str::<Value>(s).is_err() => s.clone(),
        other => other.to_string(),
    }
}

/// A value a crosswalk kept in `extras` under `{prefix}{key}`.
pub(crate) fn recall(extras: &BTreeMap<String, String>, prefix: &str, key: &str) -> Option<Value> {
    extras
        .get(&format!("{prefix}{key}"))
        .map(|s| decode_extra(s))
}

/// Keeps `value` in `extras` under `{prefix}{key}`.
pub(crate) fn remember(
    extras: &mut BTreeMap<String, String>,
    prefix: &str,
    key: &str,
    value: &Value,
) {
    extras.insert(format!("{prefix}{key}"), encode_extra(value));
}

/// A BCP 47-looking language tag other than `id` (Indonesian, which has the plain field):
/// `en`, `jv`, `zh-Hans`. Used to tell `title_en` from `title_translated`.
pub(crate) fn translation_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    s != "id"
        && (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

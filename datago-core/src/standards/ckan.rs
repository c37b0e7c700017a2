//! CKAN API v3 (CKAN 2.9–2.11): read what `package_show`, `package_search` and
//! `organization_show` return — the bare result or the whole action response
//! (`{"help", "success", "result"}`) — and write packages and organizations in the shape
//! `package_show` and `organization_show` return them.
//!
//! ```
//! use datago_core::standards::ckan;
//!
//! let pkg = ckan::read_package(r#"{"help": "https://data.example.go.id/api/3/action/help_show?name=package_show",
//!   "success": true, "result": {"name": "jumlah-puskesmas", "title": "Jumlah Puskesmas",
//!   "license_id": "cc-by", "state": "active", "private": false,
//!   "tags": [{"name": "kesehatan"}], "extras": [{"key": "frequency", "value": "tahunan"}]}}"#)?;
//! let ds = &pkg.dataset;
//! assert_eq!(ds.slug, "jumlah-puskesmas");
//! assert_eq!(ds.license.as_deref(), Some("CC-BY-4.0"));            // CKAN id → registry id
//! assert_eq!(ds.status, datago_core::PublicationStatus::Published); // active and public
//! assert_eq!(ds.frequency, Some(datago_core::Frequency::Tahunan));
//! let back = ckan::package_to_value(ds, None);
//! assert_eq!(back["license_id"], "cc-by");
//! assert_eq!(back["license_title"], "Creative Commons Attribution"); // CKAN's own register
//! # Ok::<(), datago_core::standards::ckan::CkanError>(())
//! ```
//!
//! ## Mapping
//!
//! | model ([`Dataset`]) | CKAN package |
//! |---|---|
//! | `id`, `slug` | `id`, `name` (CKAN's name rules: [`crate::slug`]) |
//! | `title` (`id` text; other languages) | `title`; extras `title_<lang>` (`title_en`) |
//! | `description` | `notes`; extras `notes_<lang>` |
//! | `keywords` | `tags[].name` (`num_tags`) |
//! | `groups` | `groups[].name` |
//! | `producer` | `owner_org` and `organization` (written from the [`Organization`] passed in) |
//! | `license` | `license_id` (registry: `cc-by` ↔ `CC-BY-4.0`; unknown ids kept as they are), `license_title`, `license_url`, `isopen` |
//! | `status` | `state`, `private`, extra `publication_status` (below) |
//! | `author`, `maintainer` | `author`/`author_email`, `maintainer`/`maintainer_email` |
//! | `landing_page`, `version` | `url`, `version` |
//! | `record` | `metadata_created`, `metadata_modified` (CKAN's UTC time without zone) |
//! | `themes` | extra `urusan` (JSON list: `["1.02"]`) |
//! | `walidata` | extra `walidata` |
//! | `frequency`, `access` | extras `frequency` (`tahunan`), `access` (`terbuka`) |
//! | `temporal` | extras `temporal_start`, `temporal_end` (`2019-01-01`) |
//! | `spatial` | extra `spatial_code` (`bps:3371`; not `spatial`, which ckanext-spatial reserves for GeoJSON) |
//! | `issued`, `modified` | extras `issued`, `modified` (`2025-03-05`, as ckanext-dcat) |
//! | `language` | extra `language` (JSON list, as ckanext-dcat) |
//! | `contact` | extras `contact_name`, `contact_email`, `contact_phone`, `contact_url` |
//! | `sources` | extra `sources` (JSON list of `{"title", "url"}`) |
//! | `satu_data` | extra `satu_data` (JSON object) |
//! | `history` | extra `publication_history` (JSON list of workflow steps) |
//! | `extras` | the other extras, as they are |
//! | `resources` | `resources` (`num_resources`) |
//!
//! | model ([`Resource`]) | CKAN resource |
//! |---|---|
//! | `id`, `url`, `format`, `media_type`, `byte_size` | `id`, `url`, `format`, `mimetype`, `size` |
//! | `title`, `description` | `name`, `description`; `name_<lang>`, `description_<lang>` |
//! | `checksum` | `hash` (hex digest; the algorithm follows from its length) |
//! | `issued`, `modified` | `created`, `last_modified` (the date part) |
//! | `path`, `license`, `encoding`, `schema`, `dialect` | resource keys of the same name (`schema` as ckanext-validation) |
//! | `extras` | every other key (`url_type`, `resource_type`, `datastore_active`, `cache_url`…) |
//!
//! A JSON-valued extra is read only when it is written exactly as DataGO writes it (compact
//! JSON, known values); anything else stays a plain extra, so nothing is lost.
//!
//! ## Workflow status
//!
//! | `status` | `state` | `private` | extra `publication_status` |
//! |---|---|---|---|
//! | `published` | `active` | `false` | — |
//! | `draft` | `draft` | `true` | — |
//! | `submitted`, `verified`, `returned` | `active` | `true` | the status |
//! | `archived` | `deleted` | `true` | — |
//!
//! Read back: the extra wins; else `active` and public is `published`, `deleted` is
//! `archived`, `pending` is `submitted`, anything else (`draft`, or `active` but private) is
//! `draft`.
//!
//! ## Round trips
//!
//! CKAN → model → CKAN gives back the same package, key for key, for what CKAN 2.9–2.11
//! returns: values DataGO has no field for (tag and group ids, `creator_user_id`, an `active`
//! but private dataset's state, a custom license register's titles, unknown top-level keys…)
//! are kept in [`Dataset::extras`] under keys starting with [`MEMO_PREFIX`] (`ckan:tags`) and
//! put back where they came from — as long as they still agree with the model (edit the
//! keywords and the tag ids are dropped). These keys are never written as CKAN extras. The
//! derived values (`num_resources`, `num_tags`, `isopen`, `license_title`, `license_url`, the
//! `organization` object, from the [`Organization`] that [`read_package`] returns) are written
//! again from the model. Extras are written sorted by key, as CKAN does. A hand-made package
//! that leaves out keys CKAN always returns (a tag without `id`, no `license_title`) gets them
//! on the way back; nothing is kept for them.
//!
//! Model → CKAN → model gives back the same dataset. Extras kept by other crosswalks
//! (`datapackage:…`) are written as they are.

use std::collections::BTreeMap;

use chrono::format::{Fixed, Item, Numeric, Pad, Parsed};
use chrono::{DateTime, NaiveDate, Timelike, Utc};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

use super::satu_data::SatuData;
use super::{decode_extra, encode_extra, recall, remember, translation_tag};
use crate::dataset::{Agent, Dataset, RecordDates, SourceRef, TemporalCoverage};
use crate::document::ParseError;
use crate::finding::{pointer_token, Lang};
use crate::license;
use crate::organization::{ContactPoint, Organization, OrganizationKind, SatuDataRole};
use crate::region::{RegionCode, RegionScheme};
use crate::resource::{Checksum, ChecksumAlgorithm, Resource, TableDialect, TableSchema};
use crate::slug::{self, SlugProblem};
use crate::text::LocalizedText;
use crate::vocab::{AccessLevel, Frequency};
use crate::workflow::{PublicationStatus, Transition};

type Map = serde_json::Map<String, Value>;

/// Prefix of the [`Dataset::extras`] and [`Organization::extras`] keys that keep CKAN-only
/// values for the way back (`ckan:tags`, `ckan:creator_user_id`). Reserved: a CKAN extra whose
/// key starts with it is not supported.
pub const MEMO_PREFIX: &str = "ckan:";

/// CKAN's default license register (`ckan/model/license.py`): id, title, URL, open.
/// CKAN writes these titles and URLs in `license_title`/`license_url`.
const CKAN_LICENSES: &[(&str, &str, Option<&str>, bool)] = &[
    ("notspecified", "License not specified", None, false),
    (
        "odc-pddl",
        "Open Data Commons Public Domain Dedication and License (PDDL)",
        Some("http://www.opendefinition.org/licenses/odc-pddl"),
        true,
    ),
    (
        "odc-odbl",
        "Open Data Commons Open Database License (ODbL)",
        Some("http://www.opendefinition.org/licenses/odc-odbl"),
        true,
    ),
    (
        "odc-by",
        "Open Data Commons Attribution License",
        Some("http://www.opendefinition.org/licenses/odc-by"),
        true,
    ),
    (
        "cc-zero",
        "Creative Commons CCZero",
        Some("http://www.opendefinition.org/licenses/cc-zero"),
        true,
    ),
    (
        "cc-by",
        "Creative Commons Attribution",
        Some("http://www.opendefinition.org/licenses/cc-by"),
        true,
    ),
    (
        "cc-by-sa",
        "Creative Commons Attribution Share-Alike",
        Some("http://www.opendefinition.org/licenses/cc-by-sa"),
        true,
    ),
    (
        "gfdl",
        "GNU Free Documentation License",
        Some("http://www.opendefinition.org/licenses/gfdl"),
        true,
    ),
    ("other-open", "Other (Open)", None, true),
    ("other-pd", "Other (Public Domain)", None, true),
    ("other-at", "Other (Attribution)", None, true),
    (
        "uk-ogl",
        "UK Open Government Licence (OGL)",
        Some("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"),
        true,
    ),
    (
        "cc-nc",
        "Creative Commons Non-Commercial (Any)",
        Some("http://creativecommons.org/licenses/by-nc/2.0/"),
        false,
    ),
    ("other-nc", "Other (Non-Commercial)", None, false),
    ("other-closed", "Other (Not Open)", None, false),
];

// ------------------------------------------------------------------------------------------------
// Errors

/// A CKAN document could not be read. Every variant has a stable [`CkanError::code`].
///
/// ```
/// use datago_core::standards::ckan;
/// let err = ckan::read_package(r#"{"success": false, "error": {"__type": "Not Found Error", "message": "Not found"}}"#).unwrap_err();
/// assert_eq!(err.code(), "ckan.envelope-error");
/// assert_eq!(ckan::read_package("[1]").unwrap_err().code(), "ckan.not-a-package");
/// assert_eq!(ckan::read_package("{").unwrap_err().code(), "parse.eof");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CkanError {
    /// The text is not JSON.
    #[error(transparent)]
    Parse(#[from] ParseError),
    /// The action response reports a failure (`"success": false`).
    #[error("the CKAN API call failed ({kind}): {message}; check the request (dataset id or name, access rights) and call it again")]
    EnvelopeError {
        /// CKAN's `error.__type` (`Not Found Error`, `Authorization Error`, `Validation Error`).
        kind: String,
        /// CKAN's message.
        message: String,
    },
    /// The action response has no `result`.
    #[error("the CKAN API response has no 'result'; pass the whole response of package_show, package_search or organization_show")]
    MissingResult,
    /// The JSON is not a package dict.
    #[error("{}: not a CKAN package (an object with at least a 'name'); pass the result of package_show or one of package_search's results", shown(path))]
    NotAPackage {
        /// JSON pointer to the value.
        path: String,
    },
    /// The JSON is not an organization dict.
    #[error("{}: not a CKAN organization (an object with at least a 'name'); pass the result of organization_show", shown(path))]
    NotAnOrganization {
        /// JSON pointer to the value.
        path: String,
    },
    /// The JSON is not a `package_search` result.
    #[error("{}: not a CKAN search result (an object with 'count' and 'results'); pass the result of package_search", shown(path))]
    NotASearchResult {
        /// JSON pointer to the value.
        path: String,
    },
    /// A field has a type CKAN never gives it.
    #[error("{}: expected {expected}", shown(path))]
    InvalidField {
        /// JSON pointer to the field.
        path: String,
        /// What was expected (`a string or null`, `a list`…).
        expected: &'static str,
    },
    /// A `name` breaks CKAN's name rules.
    #[error("{}: '{value}' is not a valid CKAN name: {}", shown(path), problem.reason_en())]
    InvalidName {
        /// JSON pointer to the field.
        path: String,
        /// The name.
        value: String,
        /// What is wrong with it.
        problem: SlugProblem,
    },
}

fn shown(path: &str) -> &str {
    if path.is_empty() {
        "(document)"
    } else {
        path
    }
}

const STRING: &str = "a string";
const STRING_OR_NULL: &str = "a string or null";
const BOOLEAN: &str = "true or false";
const LIST: &str = "a list";
const OBJECT: &str = "an object";
const OBJECT_OR_NULL: &str = "an object or null";
const COUNT: &str = "a whole number of at least 0";
const TIMESTAMP: &str = "an ISO 8601 timestamp or null";

fn expected_id(expected: &str) -> &str {
    match expected {
        STRING => "teks",
        STRING_OR_NULL => "teks atau null",
        BOOLEAN => "true atau false",
        LIST => "daftar (list)",
        OBJECT => "objek",
        OBJECT_OR_NULL => "objek atau null",
        COUNT => "bilangan bulat 0 atau lebih",
        TIMESTAMP => "waktu ISO 8601 atau null",
        other => other,
    }
}

impl CkanError {
    /// Stable machine code: `ckan.envelope-error`, `ckan.missing-result`,
    /// `ckan.not-a-package`, `ckan.not-an-organization`, `ckan.not-a-search-result`,
    /// `ckan.invalid-field`, `ckan.invalid-name`, or the `parse.*` code of bad JSON.
    pub fn code(&self) -> &'static str {
        match self {
            CkanError::Parse(e) => e.code(),
            CkanError::EnvelopeError { .. } => "ckan.envelope-error",
            CkanError::MissingResult => "ckan.missing-result",
            CkanError::NotAPackage { .. } => "ckan.not-a-package",
            CkanError::NotAnOrganization { .. } => "ckan.not-an-organization",
            CkanError::NotASearchResult { .. } => "ckan.not-a-search-result",
            CkanError::InvalidField { .. } => "ckan.invalid-field",
            CkanError::InvalidName { .. } => "ckan.invalid-name",
        }
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match (lang, self) {
            (_, CkanError::Parse(e)) => e.message(lang),
            (Lang::En, _) => self.to_string(),
            (Lang::Id, CkanError::EnvelopeError { kind, message }) => format!(
                "panggilan API CKAN gagal ({kind}): {message}; periksa permintaan (id atau nama dataset, hak akses) lalu panggil lagi"
            ),
            (Lang::Id, CkanError::MissingResult) => "respons API CKAN tidak memiliki 'result'; berikan seluruh respons package_show, package_search atau organization_show".to_string(),
            (Lang::Id, CkanError::NotAPackage { path }) => format!(
                "{}: bukan paket CKAN (objek dengan minimal 'name'); berikan hasil package_show atau salah satu hasil package_search",
                shown(path)
            ),
            (Lang::Id, CkanError::NotAnOrganization { path }) => format!(
                "{}: bukan organisasi CKAN (objek dengan minimal 'name'); berikan hasil organization_show",
                shown(path)
            ),
            (Lang::Id, CkanError::NotASearchResult { path }) => format!(
                "{}: bukan hasil pencarian CKAN (objek dengan 'count' dan 'results'); berikan hasil package_search",
                shown(path)
            ),
            (Lang::Id, CkanError::InvalidField { path, expected }) => format!(
                "{}: seharusnya {}",
                shown(path),
                expected_id(expected)
            ),
            (Lang::Id, CkanError::InvalidName { path, value, problem }) => format!(
                "{}: '{value}' bukan nama CKAN yang sah: {}",
                shown(path),
                problem.reason_id()
            ),
        }
    }
}

fn invalid(path: &str, key: &str, expected: &'static str) -> CkanError {
    CkanError::InvalidField {
        path: format!("{path}/{}", pointer_token(key)),
        expected,
    }
}

// ------------------------------------------------------------------------------------------------
// Public types and entry points

/// A package read from CKAN: the dataset, and the organization CKAN embeds in it (the
/// producer), which [`package_to_value`] needs to write the package back exactly.
#[derive(Debug, Clone, PartialEq)]
pub struct CkanPackage {
    /// The dataset.
    pub dataset: Dataset,
    /// The owner organization (`organization`), when the package has one.
    pub organization: Option<Organization>,
}

/// A `package_search` result.
#[derive(Debug, Clone, PartialEq)]
pub struct CkanSearch {
    /// How many packages match in all (`count`), not only on this page.
    pub count: u64,
    /// The packages of this page (`results`).
    pub packages: Vec<CkanPackage>,
}

/// An `organization_show` result.
#[derive(Debug, Clone, PartialEq)]
pub struct CkanOrganization {
    /// The organization.
    pub organization: Organization,
    /// Its datasets (`packages`), when it was asked for with `include_datasets`.
    pub datasets: Option<Vec<Dataset>>,
}

/// The `result` of an action response (`{"help", "success", "result"}`); any other value is
/// returned as it is.
///
/// ```
/// use datago_core::standards::ckan::unwrap_envelope;
/// let v = serde_json::json!({"help": "…", "success": true, "result": {"name": "x"}});
/// assert_eq!(unwrap_envelope(v).unwrap()["name"], "x");
/// let failed = serde_json::json!({"success": false, "error": {"__type": "Authorization Error", "message": "Access denied"}});
/// assert_eq!(unwrap_envelope(failed).unwrap_err().code(), "ckan.envelope-error");
/// ```
pub fn unwrap_envelope(value: Value) -> Result<Value, CkanError> {
    open_envelope(value).map(|(v, _)| v)
}

/// The result and the JSON pointer it was found at.
fn open_envelope(value: Value) -> Result<(Value, &'static str), CkanError> {
    let Value::Object(mut m) = value else {
        return Ok((value, ""));
    };
    match m.get("success") {
        None => Ok((Value::Object(m), "")),
        Some(Value::Bool(true)) => match m.remove("result") {
            None | Some(Value::Null) => Err(CkanError::MissingResult),
            Some(r) => Ok((r, "/result")),
        },
        Some(Value::Bool(false)) => {
            let error = m.remove("error").unwrap_or(Value::Null);
            let kind = error
                .get("__type")
                .and_then(Value::as_str)
                .unwrap_or("Error")
                .to_string();
            let message = match error.get("message").and_then(Value::as_str) {
                Some(msg) => msg.to_string(),
                None => match &error {
                    // Validation errors: {"__type": …, "name": ["That URL is already in use."]}
                    Value::Object(fields) => fields
                        .iter()
                        .filter(|(k, _)| k.as_str() != "__type")
                        .map(|(k, v)| match v {
                            Value::Array(items) => format!(
                                "{k}: {}",
                                items
                                    .iter()
                                    .map(|i| i
                                        .as_str()
                                        .map_or_else(|| i.to_string(), str::to_string))
                                    .collect::<Vec<_>>()
                                    .join(" ")
                            ),
                            Value::String(s) => format!("{k}: {s}"),
                            other => format!("{k}: {other}"),
                        })
                        .collect::<Vec<_>>()
                        .join("; "),
                    Value::String(s) => s.clone(),
                    _ => String::new(),
                },
            };
            Err(CkanError::EnvelopeError { kind, message })
        }
        Some(_) => Err(invalid("", "success", BOOLEAN)),
    }
}

/// Reads a package: a `package_show` result, or the whole action response.
///
/// ```
/// let pkg = datago_core::standards::ckan::read_package(r#"{"name": "data-sekolah", "notes": "Data sekolah."}"#).unwrap();
/// assert_eq!(pkg.dataset.description.get("id"), Some("Data sekolah."));
/// ```
pub fn read_package(json: &str) -> Result<CkanPackage, CkanError> {
    package_from_value(crate::document::from_json(json)?)
}

/// Reads a package from a JSON value (a package dict, or an action response with one).
///
/// ```
/// let v = serde_json::json!({"name": "data-sekolah", "tags": [{"name": "pendidikan"}]});
/// let pkg = datago_core::standards::ckan::package_from_value(v).unwrap();
/// assert_eq!(pkg.dataset.keywords, ["pendidikan"]);
/// ```
pub fn package_from_value(value: Value) -> Result<CkanPackage, CkanError> {
    package_value(value, Keep::RoundTrip)
}

/// Reads a package as [`package_from_value`] does, with the same errors, for a target other
/// than CKAN: the values only CKAN → CKAN needs ([`MEMO_PREFIX`] extras) are not kept.
pub(crate) fn package_for_export(value: Value) -> Result<CkanPackage, CkanError> {
    package_value(value, Keep::Model)
}

fn package_value(value: Value, keep: Keep) -> Result<CkanPackage, CkanError> {
    let (result, path) = open_envelope(value)?;
    match result {
        Value::Object(m) => package_from_map(m, path, keep),
        _ => Err(CkanError::NotAPackage {
            path: path.to_string(),
        }),
    }
}

/// Reads a `package_search` result (or the whole action response).
///
/// ```
/// let s = datago_core::standards::ckan::read_search(r#"{"success": true, "help": "",
///   "result": {"count": 42, "results": [{"name": "data-a"}, {"name": "data-b"}]}}"#).unwrap();
/// assert_eq!(s.count, 42);
/// assert_eq!(s.packages[1].dataset.slug, "data-b");
/// ```
pub fn read_search(json: &str) -> Result<CkanSearch, CkanError> {
    let (result, path) = open_envelope(crate::document::from_json(json)?)?;
    let not = || CkanError::NotASearchResult {
        path: path.to_string(),
    };
    let Value::Object(mut m) = result else {
        return Err(not());
    };
    let count = match m.get("count") {
        None => return Err(not()),
        Some(v) => v.as_u64().ok_or_else(|| invalid(path, "count", COUNT))?,
    };
    let results = match m.remove("results") {
        None => return Err(not()),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(invalid(path, "results", LIST)),
    };
    let packages = results
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            let at = format!("{path}/results/{i}");
            match v {
                Value::Object(p) => package_from_map(p, &at, Keep::RoundTrip),
                _ => Err(CkanError::NotAPackage { path: at }),
            }
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(CkanSearch { count, packages })
}

/// Reads an `organization_show` result (or the whole action response), with its datasets when
/// it has `packages`.
///
/// ```
/// let o = datago_core::standards::ckan::read_organization(r#"{"name": "dinkes",
///   "title": "Dinas Kesehatan Kota Magelang", "is_organization": true, "type": "organization"}"#).unwrap();
/// assert_eq!(o.organization.code, "dinkes");
/// assert_eq!(o.organization.name.get("id"), Some("Dinas Kesehatan Kota Magelang"));
/// assert!(o.datasets.is_none());
/// ```
pub fn read_organization(json: &str) -> Result<CkanOrganization, CkanError> {
    let (result, path) = open_envelope(crate::document::from_json(json)?)?;
    let Value::Object(m) = result else {
        return Err(CkanError::NotAnOrganization {
            path: path.to_string(),
        });
    };
    let (organization, packages) = organization_from_map(m, path, Keep::RoundTrip)?;
    let datasets = match packages {
        None => None,
        Some(items) => Some(
            items
                .into_iter()
                .enumerate()
                .map(|(i, v)| {
                    let at = format!("{path}/packages/{i}");
                    match v {
                        Value::Object(p) => {
                            package_from_map(p, &at, Keep::RoundTrip).map(|p| p.dataset)
                        }
                        _ => Err(CkanError::NotAPackage { path: at }),
                    }
                })
                .collect::<Result<Vec<_>, _>>()?,
        ),
    };
    Ok(CkanOrganization {
        organization,
        datasets,
    })
}

/// Wraps a result in an action response, as the CKAN API returns it.
///
/// ```
/// let v = datago_core::standards::ckan::envelope("https://data.example.go.id/api/3/action/help_show?name=package_show", serde_json::json!({"name": "x"}));
/// assert_eq!(v["success"], true);
/// ```
pub fn envelope(help: &str, result: Value) -> Value {
    json!({"help": help, "success": true, "result": result})
}

// ------------------------------------------------------------------------------------------------
// Reading helpers

/// What reading a package keeps.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Keep {
    /// The model and what writing the package back exactly needs ([`MEMO_PREFIX`] extras).
    RoundTrip,
    /// The model only.
    Model,
}

/// A JSON object being taken apart: fields are removed as they are read, so what is left is
/// what DataGO does not know.
struct Obj {
    m: Map,
    path: String,
    keep: Keep,
}

impl Obj {
    fn sub(&mut self, keys: &[&str]) -> Map {
        keys.iter()
            .filter_map(|k| self.m.remove(*k).map(|v| (k.to_string(), v)))
            .collect()
    }

    /// Reads the fields `keys` with `read`; when `write` would not give them back exactly,
    /// keeps the original under `memo` for the way back.
    fn group<T>(
        &mut self,
        memo: &mut BTreeMap<String, String>,
        keys: &[&str],
        read: impl Fn(&Map, &str) -> Result<T, CkanError>,
        write: impl Fn(&T) -> Map,
    ) -> Result<T, CkanError> {
        if self.keep == Keep::Model {
            // The readers look at their own keys only; what is left is not kept.
            return read(&self.m, &self.path);
        }
        let original = self.sub(keys);
        let value = read(&original, &self.path)?;
        let original = Value::Object(original);
        if !covered(&original, &Value::Object(write(&value))) {
            remember(memo, MEMO_PREFIX, keys[0], &original);
        }
        Ok(value)
    }
}

/// True when everything `original` says, `written` says too (objects may have more keys:
/// those CKAN always returns and a hand-made package may leave out).
fn covered(original: &Value, written: &Value) -> bool {
    match (original, written) {
        (Value::Object(o), Value::Object(w)) => o
            .iter()
            .all(|(k, v)| w.get(k).is_some_and(|wv| covered(v, wv))),
        (Value::Array(o), Value::Array(w)) => {
            o.len() == w.len() && o.iter().zip(w).all(|(a, b)| covered(a, b))
        }
        _ => original == written,
    }
}

/// Writes the fields of a group: the kept original when it still reads as `value`, else what
/// `write` makes of `value`.
fn put_group<T: PartialEq>(
    out: &mut Map,
    extras: &BTreeMap<String, String>,
    keys: &[&str],
    value: &T,
    read: impl Fn(&Map, &str) -> Result<T, CkanError>,
    write: impl Fn(&T) -> Map,
) {
    let kept = match recall(extras, MEMO_PREFIX, keys[0]) {
        Some(Value::Object(m)) if read(&m, "").ok().as_ref() == Some(value) => Some(m),
        _ => None,
    };
    out.extend(kept.unwrap_or_else(|| write(value)));
}

fn text(g: &Map, key: &str, path: &str) -> Result<Option<String>, CkanError> {
    match g.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(invalid(path, key, STRING_OR_NULL)),
    }
}

fn text_value(s: Option<&str>) -> Value {
    s.map_or(Value::Null, |s| Value::String(s.to_string()))
}

fn one(key: &str, v: Value) -> Map {
    let mut m = Map::new();
    m.insert(key.to_string(), v);
    m
}

/// A value serialized by serde, if it reads back as exactly `s` (so writing it gives `s`).
fn canonical_json<T: Serialize + DeserializeOwned>(s: &str) -> Option<T> {
    let v: T = serde_json::from_str(s).ok()?;
    (serde_json::to_string(&v).ok()? == s).then_some(v)
}

/// A value serialized by serde as a plain string (an enum name, a date), if it is exactly `s`.
fn canonical_str<T: Serialize + DeserializeOwned>(s: &str) -> Option<T> {
    let quoted = Value::String(s.to_string());
    let v: T = serde_json::from_value(quoted.clone()).ok()?;
    (serde_json::to_value(&v).ok()? == quoted).then_some(v)
}

fn json_text<T: Serialize>(v: &T) -> String {
    // Our model types always serialize.
    serde_json::to_string(v).unwrap_or_default()
}

fn str_of<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(Value::String(s)) => s,
        _ => String::new(),
    }
}

/// `bps:3371` ↔ a region code.
fn region_from(s: &str) -> Option<RegionCode> {
    let (scheme, code) = s.split_once(':')?;
    let rc = RegionCode::new(RegionScheme::parse(scheme).ok()?, code);
    (rc.to_string() == s).then_some(rc)
}

/// `%Y-%m-%dT%H:%M:%S%.f`, parsed once.
const CKAN_TIME: [Item<'static>; 12] = [
    Item::Numeric(Numeric::Year, Pad::Zero),
    Item::Literal("-"),
    Item::Numeric(Numeric::Month, Pad::Zero),
    Item::Literal("-"),
    Item::Numeric(Numeric::Day, Pad::Zero),
    Item::Literal("T"),
    Item::Numeric(Numeric::Hour, Pad::Zero),
    Item::Literal(":"),
    Item::Numeric(Numeric::Minute, Pad::Zero),
    Item::Literal(":"),
    Item::Numeric(Numeric::Second, Pad::Zero),
    Item::Fixed(Fixed::Nanosecond),
];

/// CKAN timestamps: UTC without a zone, as Python's `isoformat()` writes them
/// (`2024-05-02T03:04:05.123456`, no fraction when it is zero). Zoned RFC 3339 is read too.
fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    let mut parsed = Parsed::new();
    chrono::format::parse(&mut parsed, s, CKAN_TIME.iter())
        .and_then(|()| parsed.to_naive_datetime_with_offset(0))
        .map(|n| n.and_utc())
        .ok()
        .or_else(|| {
            DateTime::parse_from_rfc3339(s)
                .ok()
                .map(|d| d.with_timezone(&Utc))
        })
}

fn format_time(t: &DateTime<Utc>) -> String {
    let n = t.naive_utc();
    match n.nanosecond() {
        0 => n.format("%Y-%m-%dT%H:%M:%S").to_string(),
        ns if ns % 1000 == 0 => n.format("%Y-%m-%dT%H:%M:%S%.6f").to_string(),
        _ => n.format("%Y-%m-%dT%H:%M:%S%.9f").to_string(),
    }
}

fn midnight(d: NaiveDate) -> String {
    format!("{d}T00:00:00")
}

// ------------------------------------------------------------------------------------------------
// Packages: reading

fn package_from_map(m: Map, path: &str, keep: Keep) -> Result<CkanPackage, CkanError> {
    let mut o = Obj {
        m,
        path: path.to_string(),
        keep,
    };
    let mut memo: BTreeMap<String, String> = BTreeMap::new();
    let name = match o.m.remove("name") {
        Some(Value::String(s)) => s,
        None | Some(Value::Null) => {
            return Err(CkanError::NotAPackage {
                path: path.to_string(),
            })
        }
        Some(_) => return Err(invalid(path, "name", STRING)),
    };
    if let Err(problem) = slug::check(&name) {
        return Err(CkanError::InvalidName {
            path: format!("{path}/name"),
            value: name,
            problem,
        });
    }
    let id = o.group(&mut memo, &["id"], read_id, |id: &String| write_id(id))?;
    let mut ds = Dataset::new(id, name);

    let extras = match o.m.remove("extras") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(invalid(path, "extras", LIST)),
    };
    let x = read_extras(extras, &format!("{path}/extras"))?;

    let title = o.group(
        &mut memo,
        &["title"],
        |g, p| text(g, "title", p),
        |t| one("title", text_value(t.as_deref())),
    )?;
    let notes = o.group(
        &mut memo,
        &["notes"],
        |g, p| text(g, "notes", p),
        |t| one("notes", text_value(t.as_deref())),
    )?;
    ds.title = localized(title, x.title);
    ds.description = localized(notes, x.notes);
    ds.author = o.group(
        &mut memo,
        &AUTHOR,
        |g, p| read_agent(g, &AUTHOR, p),
        |a| write_agent(a, &AUTHOR),
    )?;
    ds.maintainer = o.group(
        &mut memo,
        &MAINTAINER,
        |g, p| read_agent(g, &MAINTAINER, p),
        |a| write_agent(a, &MAINTAINER),
    )?;
    ds.license = o.group(&mut memo, &LICENSE, read_license, write_license)?;
    ds.landing_page = o.group(
        &mut memo,
        &["url"],
        |g, p| text(g, "url", p),
        |t| one("url", text_value(t.as_deref())),
    )?;
    ds.version = o.group(
        &mut memo,
        &["version"],
        |g, p| text(g, "version", p),
        |t| one("version", text_value(t.as_deref())),
    )?;
    let extra_status = x.status;
    ds.status = o.group(
        &mut memo,
        &STATE,
        |g, p| read_state(g, extra_status, p),
        |s| write_state(*s),
    )?;
    o.group(
        &mut memo,
        &["type"],
        |_, _| Ok(()),
        |_| one("type", json!("dataset")),
    )?;

    let org_value = match keep {
        Keep::RoundTrip => o.m.get("organization").cloned(),
        Keep::Model => o.m.remove("organization"),
    };
    let organization = match org_value {
        Some(Value::Object(org)) => {
            Some(organization_from_map(org, &format!("{path}/organization"), keep)?.0)
        }
        None | Some(Value::Null) => None,
        Some(_) => return Err(invalid(path, "organization", OBJECT_OR_NULL)),
    };
    ds.producer = match (&organization, keep) {
        // What `read_owner` reads: the organization's name, its code.
        (Some(org), Keep::Model) => org.code.clone(),
        _ => o.group(&mut memo, &OWNER, read_owner, |p: &String| {
            write_owner(p, organization.as_ref())
        })?,
    };
    ds.record = o.group(&mut memo, &RECORD, read_record, write_record)?;
    ds.keywords = o.group(&mut memo, &TAGS, read_tags, |k: &Vec<String>| write_tags(k))?;
    ds.groups = o.group(&mut memo, &["groups"], read_groups, |g: &Vec<String>| {
        write_groups(g)
    })?;

    let resources = match o.m.remove("resources") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(invalid(path, "resources", LIST)),
    };
    for (i, r) in resources.into_iter().enumerate() {
        let at = format!("{path}/resources/{i}");
        match r {
            Value::Object(rm) => ds.resources.push(resource_from_map(rm, &at, &ds.id, i)?),
            _ => {
                return Err(CkanError::InvalidField {
                    path: at,
                    expected: OBJECT,
                })
            }
        }
    }
    // Derived from `resources`; written again.
    o.m.remove("num_resources");

    ds.themes = x.themes.unwrap_or_default();
    ds.walidata = x.walidata.unwrap_or_default();
    ds.frequency = x.frequency;
    ds.temporal = x.temporal;
    ds.spatial = x.spatial;
    ds.access = x.access;
    ds.issued = x.issued;
    ds.modified = x.modified;
    ds.language = x.language.unwrap_or_default();
    ds.sources = x.sources.unwrap_or_default();
    ds.satu_data = x.satu_data;
    ds.history = x.history.unwrap_or_default();
    ds.contact = x.contact;
    ds.extras = x.plain;

    // Whatever is left is CKAN's own (creator_user_id, relationships, plugin_data) or an
    // extension's: kept as it is, unless it is the value DataGO writes anyway.
    if keep == Keep::RoundTrip {
        for (k, v) in o.m {
            if package_default(&k).as_ref() != Some(&v) {
                remember(&mut memo, MEMO_PREFIX, &k, &v);
            }
        }
        ds.extras.extend(memo);
    }
    Ok(CkanPackage {
        dataset: ds,
        organization,
    })
}

/// Top-level keys DataGO always writes, with the value it writes when it knows nothing else.
fn package_default(key: &str) -> Option<Value> {
    match key {
        "creator_user_id" => Some(Value::Null),
        "relationships_as_object" | "relationships_as_subject" => Some(json!([])),
        _ => None,
    }
}

/// Memo keys of the field groups, which are not top-level keys of their own on the way back.
const GROUP_MEMOS: &[&str] = &[
    "id",
    "title",
    "notes",
    "author",
    "maintainer",
    "license_id",
    "url",
    "version",
    "state",
    "type",
    "owner_org",
    "metadata_created",
    "tags",
    "groups",
];

const AUTHOR: [&str; 2] = ["author", "author_email"];
const MAINTAINER: [&str; 2] = ["maintainer", "maintainer_email"];
const LICENSE: [&str; 4] = ["license_id", "license_title", "license_url", "isopen"];
const STATE: [&str; 2] = ["state", "private"];
const OWNER: [&str; 2] = ["owner_org", "organization"];
const RECORD: [&str; 2] = ["metadata_created", "metadata_modified"];
const TAGS: [&str; 2] = ["tags", "num_tags"];

fn read_id(g: &Map, path: &str) -> Result<String, CkanError> {
    Ok(text(g, "id", path)?.unwrap_or_default())
}

fn write_id(id: &str) -> Map {
    if id.is_empty() {
        Map::new()
    } else {
        one("id", json!(id))
    }
}

fn localized(plain: Option<String>, translations: BTreeMap<String, String>) -> LocalizedText {
    let mut t = LocalizedText(translations);
    if let Some(s) = plain {
        t.0.insert("id".to_string(), s);
    }
    t
}

fn read_agent(g: &Map, keys: &[&str; 2], path: &str) -> Result<Option<Agent>, CkanError> {
    let name = text(g, keys[0], path)?;
    let email = text(g, keys[1], path)?;
    Ok(match (name, email) {
        (None, None) => None,
        (name, email) => Some(Agent {
            name: name.unwrap_or_default(),
            email,
        }),
    })
}

fn write_agent(a: &Option<Agent>, keys: &[&str; 2]) -> Map {
    let mut m = Map::new();
    m.insert(
        keys[0].to_string(),
        text_value(a.as_ref().map(|a| a.name.as_str())),
    );
    m.insert(
        keys[1].to_string(),
        text_value(a.as_ref().and_then(|a| a.email.as_deref())),
    );
    m
}

fn read_license(g: &Map, path: &str) -> Result<Option<String>, CkanError> {
    Ok(text(g, "license_id", path)?.map(|id| license_get(&id).map_or(id, |l| l.id.clone())))
}

/// [`license::get`], remembered per thread: the lookup scans the (static) registry and
/// normalises URLs, while a document repeats a handful of licence ids. At most 256 are kept.
pub(crate) fn license_get(id: &str) -> Option<&'static license::License> {
    use std::cell::RefCell;
    use std::collections::HashMap;
    type Seen = HashMap<String, Option<&'static license::License>>;
    thread_local! {
        static SEEN: RefCell<Seen> = RefCell::new(HashMap::new());
    }
    SEEN.with(|seen| {
        if let Some(l) = seen.borrow().get(id) {
            return *l;
        }
        let l = license::get(id);
        let mut seen = seen.borrow_mut();
        if seen.len() >= 256 {
            seen.clear();
        }
        seen.insert(id.to_string(), l);
        l
    })
}

/// The id CKAN knows a license by: its CKAN id when it has one, else the DataGO id (a custom
/// CKAN register), else the unknown id as it is.
fn ckan_license_id(id: &str) -> String {
    license_get(id)
        .map(|l| l.ckan.clone().unwrap_or_else(|| l.id.clone()))
        .unwrap_or_else(|| id.to_string())
}

fn write_license(l: &Option<String>) -> Map {
    let mut m = Map::new();
    let Some(id) = l else {
        m.insert("license_id".into(), Value::Null);
        m.insert("license_title".into(), Value::Null);
        m.insert("isopen".into(), json!(false));
        return m;
    };
    let ckan_id = ckan_license_id(id);
    let (title, url, open) = match CKAN_LICENSES.iter().find(|c| c.0 == ckan_id) {
        Some((_, title, url, open)) => (title.to_string(), url.map(str::to_string), *open),
        None => match license_get(id) {
            Some(reg) => (reg.title.clone(), reg.url.clone(), reg.facets.open),
            // CKAN shows an unknown license by its id.
            None => (id.clone(), None, false),
        },
    };
    m.insert("license_id".into(), json!(ckan_id));
    m.insert("license_title".into(), json!(title));
    if let Some(u) = url {
        m.insert("license_url".into(), json!(u));
    }
    m.insert("isopen".into(), json!(open));
    m
}

fn read_state(
    g: &Map,
    extra: Option<PublicationStatus>,
    path: &str,
) -> Result<PublicationStatus, CkanError> {
    let state = text(g, "state", path)?;
    let private = match g.get("private") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(invalid(path, "private", BOOLEAN)),
    };
    if let Some(s) = extra {
        return Ok(s);
    }
    Ok(match (state.as_deref(), private) {
        (Some("active") | None, false) => PublicationStatus::Published,
        (Some("deleted"), _) => PublicationStatus::Archived,
        (Some("pending"), _) => PublicationStatus::Submitted,
        _ => PublicationStatus::Draft,
    })
}

/// `state`, `private` and the `publication_status` extra for a status.
fn state_of(s: PublicationStatus) -> (&'static str, bool, Option<PublicationStatus>) {
    use PublicationStatus as S;
    match s {
        S::Published => ("active", false, None),
        S::Draft => ("draft", true, None),
        S::Archived => ("deleted", true, None),
        S::Submitted | S::Verified | S::Returned => ("active", true, Some(s)),
    }
}

fn write_state(s: PublicationStatus) -> Map {
    let (state, private, _) = state_of(s);
    let mut m = Map::new();
    m.insert("state".into(), json!(state));
    m.insert("private".into(), json!(private));
    m
}

fn read_owner(g: &Map, path: &str) -> Result<String, CkanError> {
    if let Some(Value::Object(org)) = g.get("organization") {
        return match org.get("name") {
            Some(Value::String(n)) => Ok(n.clone()),
            _ => Err(CkanError::NotAnOrganization {
                path: format!("{path}/organization"),
            }),
        };
    }
    Ok(text(g, "owner_org", path)?.unwrap_or_default())
}

fn write_owner(producer: &str, org: Option<&Organization>) -> Map {
    let mut m = Map::new();
    match org.filter(|o| o.code == producer && !producer.is_empty()) {
        Some(o) => {
            m.insert("owner_org".into(), json!(org_id(o)));
            m.insert("organization".into(), organization_dict(o));
        }
        None => {
            let owner = if producer.is_empty() {
                Value::Null
            } else {
                json!(producer)
            };
            m.insert("owner_org".into(), owner);
            m.insert("organization".into(), Value::Null);
        }
    }
    m
}

fn read_record(g: &Map, path: &str) -> Result<Option<RecordDates>, CkanError> {
    let time = |key: &str| -> Result<Option<DateTime<Utc>>, CkanError> {
        match g.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => parse_time(s)
                .map(Some)
                .ok_or_else(|| invalid(path, key, TIMESTAMP)),
            Some(_) => Err(invalid(path, key, TIMESTAMP)),
        }
    };
    let created = time("metadata_created")?;
    let modified = time("metadata_modified")?;
    Ok((created.is_some() || modified.is_some()).then_some(RecordDates { created, modified }))
}

fn write_record(r: &Option<RecordDates>) -> Map {
    let t = |t: Option<DateTime<Utc>>| t.map_or(Value::Null, |t| json!(format_time(&t)));
    let mut m = Map::new();
    m.insert("metadata_created".into(), t(r.and_then(|r| r.created)));
    m.insert("metadata_modified".into(), t(r.and_then(|r| r.modified)));
    m
}

/// Names from a list of CKAN dicts (tags, groups); bare strings are accepted too.
fn names(g: &Map, key: &str, path: &str) -> Result<Vec<String>, CkanError> {
    let items = match g.get(key) {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(invalid(path, key, LIST)),
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| match item {
            Value::String(s) => Ok(s.clone()),
            Value::Object(o) => match o.get("name") {
                Some(Value::String(s)) => Ok(s.clone()),
                _ => Err(invalid(&format!("{path}/{key}/{i}"), "name", STRING)),
            },
            _ => Err(CkanError::InvalidField {
                path: format!("{path}/{key}/{i}"),
                expected: OBJECT,
            }),
        })
        .collect()
}

fn read_tags(g: &Map, path: &str) -> Result<Vec<String>, CkanError> {
    names(g, "tags", path)
}

fn write_tags(keywords: &[String]) -> Map {
    let tags: Vec<Value> = keywords
        .iter()
        .map(|k| json!({"display_name": k, "name": k, "state": "active", "vocabulary_id": null}))
        .collect();
    let mut m = Map::new();
    m.insert("num_tags".into(), json!(tags.len()));
    m.insert("tags".into(), Value::Array(tags));
    m
}

fn read_groups(g: &Map, path: &str) -> Result<Vec<String>, CkanError> {
    names(g, "groups", path)
}

fn write_groups(groups: &[String]) -> Map {
    one(
        "groups",
        Value::Array(groups.iter().map(|g| json!({"name": g})).collect()),
    )
}

/// What DataGO reads from a package's extras.
#[derive(Default)]
struct DatagoExtras {
    title: BTreeMap<String, String>,
    notes: BTreeMap<String, String>,
    themes: Option<Vec<String>>,
    walidata: Option<String>,
    frequency: Option<Frequency>,
    temporal: Option<TemporalCoverage>,
    spatial: Option<RegionCode>,
    access: Option<AccessLevel>,
    issued: Option<NaiveDate>,
    modified: Option<NaiveDate>,
    language: Option<Vec<String>>,
    sources: Option<Vec<SourceRef>>,
    satu_data: Option<SatuData>,
    history: Option<Vec<Transition>>,
    status: Option<PublicationStatus>,
    contact: Option<ContactPoint>,
    plain: BTreeMap<String, String>,
}

/// `[{"key", "value"}]` → a map; values that are not strings are kept as JSON text.
fn extras_list(items: Vec<Value>, path: &str) -> Result<Vec<(String, String, Map)>, CkanError> {
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let at = || format!("{path}/{i}");
            let Value::Object(mut o) = item else {
                return Err(CkanError::InvalidField {
                    path: at(),
                    expected: OBJECT,
                });
            };
            let key = match o.remove("key") {
                Some(Value::String(k)) => k,
                _ => return Err(invalid(&at(), "key", STRING)),
            };
            let value = match o.remove("value") {
                Some(Value::String(v)) => v,
                Some(Value::Null) | None => String::new(),
                Some(other) => encode_extra(&other),
            };
            Ok((key, value, o))
        })
        .collect()
}

fn read_extras(items: Vec<Value>, path: &str) -> Result<DatagoExtras, CkanError> {
    let mut all: BTreeMap<String, String> = extras_list(items, path)?
        .into_iter()
        .map(|(k, v, _)| (k, v))
        .collect();
    let mut x = DatagoExtras::default();
    fn take<T>(
        all: &mut BTreeMap<String, String>,
        key: &str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Option<T> {
        let v = parse(all.get(key)?)?;
        all.remove(key);
        Some(v)
    }
    x.themes = take(&mut all, "urusan", canonical_json);
    x.walidata = take(&mut all, "walidata", |s| {
        (!s.is_empty()).then(|| s.to_string())
    });
    x.frequency = take(&mut all, "frequency", canonical_str);
    x.access = take(&mut all, "access", canonical_str);
    x.spatial = take(&mut all, "spatial_code", region_from);
    x.issued = take(&mut all, "issued", canonical_str);
    x.modified = take(&mut all, "modified", canonical_str);
    x.language = take(&mut all, "language", canonical_json);
    x.sources = take(&mut all, "sources", canonical_json);
    x.satu_data = take(&mut all, "satu_data", canonical_json);
    x.history = take(&mut all, "publication_history", canonical_json);
    x.status = take(&mut all, "publication_status", |s| {
        canonical_str::<PublicationStatus>(s).filter(|st| state_of(*st).2.is_some())
    });
    let start = all
        .get("temporal_start")
        .and_then(|s| canonical_str::<NaiveDate>(s));
    let end = all
        .get("temporal_end")
        .and_then(|s| canonical_str::<NaiveDate>(s));
    if let (Some(start), Some(end)) = (start, end) {
        all.remove("temporal_start");
        all.remove("temporal_end");
        x.temporal = Some(TemporalCoverage { start, end });
    }
    let contact_keys = [
        "contact_name",
        "contact_email",
        "contact_phone",
        "contact_url",
    ];
    if contact_keys.iter().any(|k| all.contains_key(*k)) {
        let name = all.get("contact_name").cloned();
        let c = ContactPoint {
            name: name.clone().unwrap_or_default(),
            email: all.remove("contact_email"),
            phone: all.remove("contact_phone"),
            url: all.remove("contact_url"),
        };
        // An empty name is written only when it is the contact's only field.
        if name.is_some() == write_contact_name(&c) {
            all.remove("contact_name");
        }
        x.contact = Some(c);
    }
    let keys: Vec<String> = all.keys().cloned().collect();
    for k in keys {
        for (prefix, target) in [("title_", &mut x.title), ("notes_", &mut x.notes)] {
            if let Some(lang) = k.strip_prefix(prefix).filter(|l| translation_tag(l)) {
                if let Some(v) = all.remove(&k) {
                    target.insert(lang.to_string(), v);
                }
            }
        }
    }
    x.plain = all;
    Ok(x)
}

fn write_contact_name(c: &ContactPoint) -> bool {
    !c.name.is_empty() || (c.email.is_none() && c.phone.is_none() && c.url.is_none())
}

// ------------------------------------------------------------------------------------------------
// Resources

fn resource_from_map(
    m: Map,
    path: &str,
    dataset_id: &str,
    index: usize,
) -> Result<Resource, CkanError> {
    let mut o = Obj {
        m,
        path: path.to_string(),
        keep: Keep::RoundTrip,
    };
    let mut r = Resource::default();
    // Strings that map to typed fields; anything else stays under its key.
    let s = |o: &mut Obj, key: &str| -> Option<Option<String>> {
        if !matches!(o.m.get(key), Some(Value::String(_) | Value::Null)) {
            return None;
        }
        match o.m.remove(key) {
            Some(Value::String(s)) => Some(Some(s)),
            _ => Some(None),
        }
    };
    r.id = s(&mut o, "id").flatten();
    r.url = s(&mut o, "url").flatten();
    let title = s(&mut o, "name").flatten();
    let description = s(&mut o, "description");
    r.format = s(&mut o, "format").flatten();
    r.media_type = s(&mut o, "mimetype").flatten();
    r.path = s(&mut o, "path").flatten();
    r.license = s(&mut o, "license").flatten();
    r.encoding = s(&mut o, "encoding").flatten();
    match o.m.get("size") {
        Some(Value::Null) => {
            o.m.remove("size");
        }
        Some(v) if v.as_u64().is_some() => {
            r.byte_size = v.as_u64();
            o.m.remove("size");
        }
        _ => {}
    }
    match o.m.get("hash") {
        Some(Value::Null) => {
            o.m.remove("hash");
        }
        Some(Value::String(h)) => {
            if let Some(c) = checksum_from_hex(h) {
                r.checksum = Some(c);
                o.m.remove("hash");
            }
        }
        _ => {}
    }
    for (key, slot) in [
        ("created", &mut r.issued),
        ("last_modified", &mut r.modified),
    ] {
        match o.m.get(key) {
            Some(Value::Null) => {
                o.m.remove(key);
            }
            Some(Value::String(t)) => {
                if let Some(at) = parse_time(t) {
                    let date = at.date_naive();
                    *slot = Some(date);
                    // The time of day is kept unless it is midnight, which is what DataGO writes.
                    if *t == midnight(date) {
                        o.m.remove(key);
                    }
                }
            }
            _ => {}
        }
    }
    if let Some(Value::Object(_)) = o.m.get("schema") {
        if let Some(schema) = o.m.get("schema").and_then(canonical_value::<TableSchema>) {
            r.schema = Some(schema);
            o.m.remove("schema");
        }
    }
    if let Some(Value::Object(_)) = o.m.get("dialect") {
        if let Some(dialect) = o.m.get("dialect").and_then(canonical_value::<TableDialect>) {
            r.dialect = Some(dialect);
            o.m.remove("dialect");
        }
    }
    // Derived values are dropped when they are what DataGO would write.
    if o.m.get("package_id").and_then(Value::as_str) == Some(dataset_id) {
        o.m.remove("package_id");
    }
    if o.m.get("position").and_then(Value::as_u64) == u64::try_from(index).ok() {
        o.m.remove("position");
    }
    if o.m.get("state").and_then(Value::as_str) == Some("active") {
        o.m.remove("state");
    }
    let mut title_t = BTreeMap::new();
    let mut desc_t = BTreeMap::new();
    let keys: Vec<String> =
        o.m.keys()
            .filter(|k| k.starts_with("name_") || k.starts_with("description_"))
            .cloned()
            .collect();
    for k in keys {
        for (prefix, target) in [("name_", &mut title_t), ("description_", &mut desc_t)] {
            if let Some(lang) = k.strip_prefix(prefix).filter(|l| translation_tag(l)) {
                if let Some(Value::String(v)) = o.m.get(&k) {
                    target.insert(lang.to_string(), v.clone());
                    o.m.remove(&k);
                }
            }
        }
    }
    r.title = localized(title, title_t);
    r.description = match description {
        Some(Some(d)) => Some(localized(Some(d), desc_t)),
        _ if !desc_t.is_empty() => Some(LocalizedText(desc_t)),
        _ => None,
    };
    // Everything else (url_type, resource_type, datastore_active, an extension's keys) is kept.
    r.extras = o.m.into_iter().collect();
    Ok(r)
}

/// A model value read from JSON, if it writes back as exactly the same JSON.
fn canonical_value<T: Serialize + DeserializeOwned>(v: &Value) -> Option<T> {
    let t: T = serde_json::from_value(v.clone()).ok()?;
    (serde_json::to_value(&t).ok()? == *v).then_some(t)
}

/// A lowercase hex digest; the algorithm follows from its length.
fn checksum_from_hex(h: &str) -> Option<Checksum> {
    if !h
        .bytes()
        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        return None;
    }
    let algorithm = [
        ChecksumAlgorithm::Md5,
        ChecksumAlgorithm::Sha1,
        ChecksumAlgorithm::Sha256,
        ChecksumAlgorithm::Sha512,
    ]
    .into_iter()
    .find(|a| a.hex_len() == h.len())?;
    Some(Checksum {
        algorithm,
        value: h.to_string(),
    })
}

fn resource_to_map(r: &Resource, dataset_id: &str, index: usize) -> Map {
    let mut m = Map::new();
    let mut put = |k: &str, v: Value| {
        m.insert(k.to_string(), v);
    };
    put("id", text_value(r.id.as_deref()));
    put("package_id", json!(dataset_id));
    put("position", json!(index));
    put("state", json!("active"));
    put("url", text_value(r.url.as_deref()));
    put("name", text_value(r.title.get("id")));
    put(
        "description",
        text_value(r.description.as_ref().and_then(|d| d.get("id"))),
    );
    put("format", text_value(r.format.as_deref()));
    put("mimetype", text_value(r.media_type.as_deref()));
    put("size", r.byte_size.map_or(Value::Null, |n| json!(n)));
    put(
        "hash",
        text_value(r.checksum.as_ref().map(|c| c.value.as_str())),
    );
    put(
        "created",
        r.issued.map_or(Value::Null, |d| json!(midnight(d))),
    );
    put(
        "last_modified",
        r.modified.map_or(Value::Null, |d| json!(midnight(d))),
    );
    for (lang, t) in r.title.0.iter().filter(|(l, _)| l.as_str() != "id") {
        put(&format!("name_{lang}"), json!(t));
    }
    if let Some(d) = &r.description {
        for (lang, t) in d.0.iter().filter(|(l, _)| l.as_str() != "id") {
            put(&format!("description_{lang}"), json!(t));
        }
    }
    if let Some(p) = &r.path {
        put("path", json!(p));
    }
    if let Some(l) = &r.license {
        put("license", json!(l));
    }
    if let Some(e) = &r.encoding {
        put("encoding", json!(e));
    }
    if let Some(s) = &r.schema {
        put("schema", serde_json::to_value(s).unwrap_or(Value::Null));
    }
    if let Some(d) = &r.dialect {
        put("dialect", serde_json::to_value(d).unwrap_or(Value::Null));
    }
    for (k, v) in &r.extras {
        let replace = match k.as_str() {
            "package_id" | "position" | "state" => true,
            // The exact time of day, while it is still on the model's date.
            "created" | "last_modified" => {
                let date = if k == "created" { r.issued } else { r.modified };
                v.as_str()
                    .and_then(parse_time)
                    .is_some_and(|t| Some(t.date_naive()) == date)
                    || date.is_none()
            }
            _ => m.get(k).is_none_or(Value::is_null),
        };
        if replace {
            m.insert(k.clone(), v.clone());
        }
    }
    m
}

// ------------------------------------------------------------------------------------------------
// Packages: writing

/// Writes a dataset as a CKAN package, in the shape `package_show` returns. Pass the producer
/// organization to fill `organization` and `owner_org` with it (an organization whose code is
/// not the dataset's producer is ignored); without it `owner_org` is the producer's code and
/// `organization` is null.
///
/// ```
/// use datago_core::{Dataset, standards::ckan};
/// let mut ds = Dataset::new("7f1c2a1e", "jumlah-puskesmas");
/// ds.title = datago_core::LocalizedText::new("Jumlah Puskesmas").with("en", "Number of Community Health Centres");
/// ds.themes = vec!["1.02".into()];
/// let p = ckan::package_to_value(&ds, None);
/// assert_eq!(p["title"], "Jumlah Puskesmas");
/// assert_eq!(p["state"], "draft");
/// let extras = p["extras"].as_array().unwrap();
/// assert!(extras.contains(&serde_json::json!({"key": "title_en", "value": "Number of Community Health Centres"})));
/// assert!(extras.contains(&serde_json::json!({"key": "urusan", "value": "[\"1.02\"]"})));
/// assert_eq!(ckan::package_from_value(p).unwrap().dataset, ds);
/// ```
pub fn package_to_value(dataset: &Dataset, organization: Option<&Organization>) -> Value {
    let ds = dataset;
    let x = &ds.extras;
    let mut m = Map::new();
    put_group(&mut m, x, &["id"], &ds.id, read_id, |id: &String| {
        write_id(id)
    });
    m.insert("name".into(), json!(ds.slug));
    let title = ds.title.get("id").map(str::to_string);
    put_group(
        &mut m,
        x,
        &["title"],
        &title,
        |g, p| text(g, "title", p),
        |t| one("title", text_value(t.as_deref())),
    );
    let notes = ds.description.get("id").map(str::to_string);
    put_group(
        &mut m,
        x,
        &["notes"],
        &notes,
        |g, p| text(g, "notes", p),
        |t| one("notes", text_value(t.as_deref())),
    );
    put_group(
        &mut m,
        x,
        &AUTHOR,
        &ds.author,
        |g, p| read_agent(g, &AUTHOR, p),
        |a| write_agent(a, &AUTHOR),
    );
    put_group(
        &mut m,
        x,
        &MAINTAINER,
        &ds.maintainer,
        |g, p| read_agent(g, &MAINTAINER, p),
        |a| write_agent(a, &MAINTAINER),
    );
    put_group(
        &mut m,
        x,
        &LICENSE,
        &ds.license,
        read_license,
        write_license,
    );
    put_group(
        &mut m,
        x,
        &["url"],
        &ds.landing_page,
        |g, p| text(g, "url", p),
        |t| one("url", text_value(t.as_deref())),
    );
    put_group(
        &mut m,
        x,
        &["version"],
        &ds.version,
        |g, p| text(g, "version", p),
        |t| one("version", text_value(t.as_deref())),
    );
    let extra_status = state_of(ds.status).2;
    put_group(
        &mut m,
        x,
        &STATE,
        &ds.status,
        |g, p| read_state(g, extra_status, p),
        |s| write_state(*s),
    );
    put_group(
        &mut m,
        x,
        &["type"],
        &(),
        |_, _| Ok(()),
        |_| one("type", json!("dataset")),
    );
    put_group(&mut m, x, &OWNER, &ds.producer, read_owner, |p: &String| {
        write_owner(p, organization)
    });
    put_group(&mut m, x, &RECORD, &ds.record, read_record, write_record);
    put_group(
        &mut m,
        x,
        &TAGS,
        &ds.keywords,
        read_tags,
        |k: &Vec<String>| write_tags(k),
    );
    put_group(
        &mut m,
        x,
        &["groups"],
        &ds.groups,
        read_groups,
        |g: &Vec<String>| write_groups(g),
    );

    let extras: Vec<Value> = write_extras(ds)
        .into_iter()
        .map(|(key, value)| json!({"key": key, "value": value}))
        .collect();
    m.insert("extras".into(), Value::Array(extras));
    let resources: Vec<Value> = ds
        .resources
        .iter()
        .enumerate()
        .map(|(i, r)| Value::Object(resource_to_map(r, &ds.id, i)))
        .collect();
    m.insert("num_resources".into(), json!(resources.len()));
    m.insert("resources".into(), Value::Array(resources));
    for key in [
        "creator_user_id",
        "relationships_as_object",
        "relationships_as_subject",
    ] {
        if let Some(v) = package_default(key) {
            m.insert(key.into(), v);
        }
    }
    for (k, v) in x {
        let Some(key) = k.strip_prefix(MEMO_PREFIX) else {
            continue;
        };
        if GROUP_MEMOS.contains(&key) {
            continue;
        }
        if !m.contains_key(key) || package_default(key).is_some() {
            m.insert(key.to_string(), decode_extra(v));
        }
    }
    Value::Object(m)
}

/// [`package_to_value`] as JSON text.
///
/// ```
/// let ds = datago_core::Dataset::new("d1", "data-satu");
/// let text = datago_core::standards::ckan::package_to_json(&ds, None, false);
/// assert!(text.contains("\"name\":\"data-satu\""));
/// ```
pub fn package_to_json(
    dataset: &Dataset,
    organization: Option<&Organization>,
    pretty: bool,
) -> String {
    crate::document::to_json(&package_to_value(dataset, organization), pretty)
}

/// The CKAN extras of a dataset: DataGO's fields, then the dataset's own extras (without the
/// kept CKAN values), sorted by key.
fn write_extras(ds: &Dataset) -> BTreeMap<String, String> {
    let mut e = BTreeMap::new();
    for (lang, t) in ds.title.0.iter().filter(|(l, _)| l.as_str() != "id") {
        e.insert(format!("title_{lang}"), t.clone());
    }
    for (lang, t) in ds.description.0.iter().filter(|(l, _)| l.as_str() != "id") {
        e.insert(format!("notes_{lang}"), t.clone());
    }
    if !ds.themes.is_empty() {
        e.insert("urusan".into(), json_text(&ds.themes));
    }
    if !ds.walidata.is_empty() {
        e.insert("walidata".into(), ds.walidata.clone());
    }
    if let Some(f) = ds.frequency {
        e.insert("frequency".into(), str_of(&f));
    }
    if let Some(t) = ds.temporal {
        e.insert("temporal_start".into(), t.start.to_string());
        e.insert("temporal_end".into(), t.end.to_string());
    }
    if let Some(s) = &ds.spatial {
        e.insert("spatial_code".into(), s.to_string());
    }
    if let Some(a) = ds.access {
        e.insert("access".into(), str_of(&a));
    }
    if let Some(d) = ds.issued {
        e.insert("issued".into(), d.to_string());
    }
    if let Some(d) = ds.modified {
        e.insert("modified".into(), d.to_string());
    }
    if !ds.language.is_empty() {
        e.insert("language".into(), json_text(&ds.language));
    }
    if !ds.sources.is_empty() {
        e.insert("sources".into(), json_text(&ds.sources));
    }
    if let Some(s) = &ds.satu_data {
        e.insert("satu_data".into(), json_text(s));
    }
    if !ds.history.is_empty() {
        e.insert("publication_history".into(), json_text(&ds.history));
    }
    if let Some(s) = state_of(ds.status).2 {
        e.insert("publication_status".into(), str_of(&s));
    }
    if let Some(c) = &ds.contact {
        if write_contact_name(c) {
            e.insert("contact_name".into(), c.name.clone());
        }
        for (k, v) in [
            ("contact_email", &c.email),
            ("contact_phone", &c.phone),
            ("contact_url", &c.url),
        ] {
            if let Some(v) = v {
                e.insert(k.into(), v.clone());
            }
        }
    }
    for (k, v) in &ds.extras {
        if !k.starts_with(MEMO_PREFIX) && !e.contains_key(k) {
            e.insert(k.clone(), v.clone());
        }
    }
    e
}

// ------------------------------------------------------------------------------------------------
// Organizations

/// Organization keys DataGO has no field for (`id` aside, which defaults to the code).
const ORG_KEYS: [&str; 5] = [
    "created",
    "type",
    "is_organization",
    "approval_status",
    "state",
];

/// Keys only `organization_show` has.
const ORG_SHOW_KEYS: [&str; 3] = ["num_followers", "groups", "tags"];

/// What DataGO writes for an organization key when it knows nothing else.
fn org_default(key: &str) -> Value {
    match key {
        "type" => json!("organization"),
        "is_organization" => json!(true),
        "approval_status" => json!("approved"),
        "state" => json!("active"),
        "num_followers" => json!(0),
        "groups" | "tags" => json!([]),
        _ => Value::Null,
    }
}

fn org_id(o: &Organization) -> String {
    match recall(&o.extras, MEMO_PREFIX, "id") {
        Some(Value::String(id)) => id,
        _ => o.code.clone(),
    }
}

fn organization_from_map(
    m: Map,
    path: &str,
    keep: Keep,
) -> Result<(Organization, Option<Vec<Value>>), CkanError> {
    let mut o = Obj {
        m,
        path: path.to_string(),
        keep,
    };
    let code = match o.m.remove("name") {
        Some(Value::String(s)) => s,
        None | Some(Value::Null) => {
            return Err(CkanError::NotAnOrganization {
                path: path.to_string(),
            })
        }
        Some(_) => return Err(invalid(path, "name", STRING)),
    };
    if let Err(problem) = slug::check(&code) {
        return Err(CkanError::InvalidName {
            path: format!("{path}/name"),
            value: code,
            problem,
        });
    }
    let mut memo = BTreeMap::new();
    let title = o.group(
        &mut memo,
        &["title"],
        |g, p| text(g, "title", p),
        |t| one("title", text_value(t.as_deref())),
    )?;
    let description = o.group(
        &mut memo,
        &["description"],
        |g, p| text(g, "description", p),
        |t| one("description", text_value(t.as_deref())),
    )?;
    let image_url = o.group(
        &mut memo,
        &["image_url"],
        |g, p| text(g, "image_url", p),
        |t| one("image_url", text_value(t.as_deref())),
    )?;
    match o.m.remove("id") {
        Some(Value::String(id)) if id == code => {}
        None => {}
        Some(v) => remember(&mut memo, MEMO_PREFIX, "id", &v),
    }
    for key in ORG_KEYS.iter().chain(ORG_SHOW_KEYS.iter()) {
        if let Some(v) = o.m.remove(*key) {
            if v != org_default(key) {
                remember(&mut memo, MEMO_PREFIX, key, &v);
            }
        }
    }
    // Derived: written again.
    o.m.remove("display_name");
    if let Some(v) = o.m.remove("image_display_url") {
        if v != text_value(image_url.as_deref()) {
            remember(&mut memo, MEMO_PREFIX, "image_display_url", &v);
        }
    }
    let packages = match o.m.remove("packages") {
        None => None,
        Some(Value::Array(items)) => Some(items),
        Some(_) => return Err(invalid(path, "packages", LIST)),
    };
    if let Some(v) = o.m.remove("package_count") {
        if v != json!(packages.as_ref().map_or(0, Vec::len)) {
            remember(&mut memo, MEMO_PREFIX, "package_count", &v);
        }
    }
    let extras = match o.m.remove("extras") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(invalid(path, "extras", LIST)),
    };
    let mut all = BTreeMap::new();
    let mut item_fields = Map::new();
    for (k, v, rest) in extras_list(extras, &format!("{path}/extras"))? {
        if !rest.is_empty() {
            item_fields.insert(k.clone(), Value::Object(rest));
        }
        all.insert(k, v);
    }
    if !item_fields.is_empty() {
        remember(
            &mut memo,
            MEMO_PREFIX,
            "extras",
            &Value::Object(item_fields),
        );
    }
    let mut org = Organization {
        code,
        name: LocalizedText::default(),
        short_name: None,
        kind: OrganizationKind::Lainnya,
        role: SatuDataRole::ProdusenData,
        parent: None,
        urusan: Vec::new(),
        region: None,
        homepage: None,
        contact: None,
        description: None,
        image_url,
        extras: BTreeMap::new(),
    };
    let mut title_t = BTreeMap::new();
    let mut desc_t = BTreeMap::new();
    let keys: Vec<String> = all.keys().cloned().collect();
    for k in keys {
        for (prefix, target) in [("title_", &mut title_t), ("description_", &mut desc_t)] {
            if let Some(lang) = k.strip_prefix(prefix).filter(|l| translation_tag(l)) {
                if let Some(v) = all.remove(&k) {
                    target.insert(lang.to_string(), v);
                }
            }
        }
    }
    org.name = localized(title, title_t);
    org.description = match description {
        Some(d) => Some(localized(Some(d), desc_t)),
        None if !desc_t.is_empty() => Some(LocalizedText(desc_t)),
        None => None,
    };
    let mut take = |key: &str| -> Option<String> { all.remove(key) };
    org.short_name = take("short_name");
    org.parent = take("parent");
    org.homepage = take("homepage");
    if let Some(kind) = all.get("kind").and_then(|s| canonical_str(s)) {
        org.kind = kind;
        all.remove("kind");
    }
    if let Some(role) = all.get("satu_data_role").and_then(|s| canonical_str(s)) {
        org.role = role;
        all.remove("satu_data_role");
    }
    if let Some(u) = all.get("urusan").and_then(|s| canonical_json(s)) {
        org.urusan = u;
        all.remove("urusan");
    }
    if let Some(r) = all.get("region_code").and_then(|s| region_from(s)) {
        org.region = Some(r);
        all.remove("region_code");
    }
    let contact_keys = [
        "contact_name",
        "contact_email",
        "contact_phone",
        "contact_url",
    ];
    if contact_keys.iter().any(|k| all.contains_key(*k)) {
        let name = all.get("contact_name").cloned();
        let c = ContactPoint {
            name: name.clone().unwrap_or_default(),
            email: all.remove("contact_email"),
            phone: all.remove("contact_phone"),
            url: all.remove("contact_url"),
        };
        if name.is_some() == write_contact_name(&c) {
            all.remove("contact_name");
        }
        org.contact = Some(c);
    }
    org.extras = all;
    if keep == Keep::RoundTrip {
        // Users, and anything an extension adds.
        for (k, v) in o.m {
            remember(&mut memo, MEMO_PREFIX, &k, &v);
        }
        org.extras.extend(memo);
    }
    Ok((org, packages))
}

fn org_extras(o: &Organization) -> BTreeMap<String, String> {
    let mut e = BTreeMap::new();
    for (lang, t) in o.name.0.iter().filter(|(l, _)| l.as_str() != "id") {
        e.insert(format!("title_{lang}"), t.clone());
    }
    if let Some(d) = &o.description {
        for (lang, t) in d.0.iter().filter(|(l, _)| l.as_str() != "id") {
            e.insert(format!("description_{lang}"), t.clone());
        }
    }
    for (k, v) in [
        ("short_name", &o.short_name),
        ("parent", &o.parent),
        ("homepage", &o.homepage),
    ] {
        if let Some(v) = v {
            e.insert(k.into(), v.clone());
        }
    }
    if o.kind != OrganizationKind::Lainnya {
        e.insert("kind".into(), str_of(&o.kind));
    }
    if o.role != SatuDataRole::ProdusenData {
        e.insert("satu_data_role".into(), str_of(&o.role));
    }
    if !o.urusan.is_empty() {
        e.insert("urusan".into(), json_text(&o.urusan));
    }
    if let Some(r) = &o.region {
        e.insert("region_code".into(), r.to_string());
    }
    if let Some(c) = &o.contact {
        if write_contact_name(c) {
            e.insert("contact_name".into(), c.name.clone());
        }
        for (k, v) in [
            ("contact_email", &c.email),
            ("contact_phone", &c.phone),
            ("contact_url", &c.url),
        ] {
            if let Some(v) = v {
                e.insert(k.into(), v.clone());
            }
        }
    }
    for (k, v) in &o.extras {
        if !k.starts_with(MEMO_PREFIX) && !e.contains_key(k) {
            e.insert(k.clone(), v.clone());
        }
    }
    e
}

/// The organization as CKAN embeds it in a package (`organization`): the columns of CKAN's
/// `group` table.
///
/// ```
/// let org = datago_core::Organization::from_json(r#"{"code": "dinkes", "name": {"id": "Dinas Kesehatan"},
///   "kind": "dinas", "role": "produsen-data"}"#).unwrap();
/// let d = datago_core::standards::ckan::organization_dict(&org);
/// assert_eq!(d["name"], "dinkes");
/// assert_eq!(d["title"], "Dinas Kesehatan");
/// assert_eq!(d["is_organization"], true);
/// ```
pub fn organization_dict(org: &Organization) -> Value {
    Value::Object(org_map(org))
}

fn org_map(o: &Organization) -> Map {
    let x = &o.extras;
    let mut m = Map::new();
    m.insert("id".into(), json!(org_id(o)));
    m.insert("name".into(), json!(o.code));
    let title = o.name.get("id").map(str::to_string);
    put_group(
        &mut m,
        x,
        &["title"],
        &title,
        |g, p| text(g, "title", p),
        |t| one("title", text_value(t.as_deref())),
    );
    let description = o
        .description
        .as_ref()
        .and_then(|d| d.get("id"))
        .map(str::to_string);
    put_group(
        &mut m,
        x,
        &["description"],
        &description,
        |g, p| text(g, "description", p),
        |t| one("description", text_value(t.as_deref())),
    );
    put_group(
        &mut m,
        x,
        &["image_url"],
        &o.image_url,
        |g, p| text(g, "image_url", p),
        |t| one("image_url", text_value(t.as_deref())),
    );
    for key in ORG_KEYS {
        m.insert(
            key.into(),
            recall(x, MEMO_PREFIX, key).unwrap_or_else(|| org_default(key)),
        );
    }
    m
}

/// Writes an organization in the shape `organization_show` returns, with its datasets as
/// `packages` when given (as `include_datasets=true` does).
///
/// ```
/// let org = datago_core::Organization::from_json(r#"{"code": "diskominsta",
///   "name": {"id": "Dinas Komunikasi, Informatika dan Statistik", "en": "Communication, Informatics and Statistics Agency"},
///   "kind": "dinas", "role": "walidata"}"#).unwrap();
/// let v = datago_core::standards::ckan::organization_to_value(&org, None);
/// assert_eq!(v["display_name"], "Dinas Komunikasi, Informatika dan Statistik");
/// let back = datago_core::standards::ckan::read_organization(&v.to_string()).unwrap();
/// assert_eq!(back.organization, org);
/// ```
pub fn organization_to_value(org: &Organization, datasets: Option<&[Dataset]>) -> Value {
    let x = &org.extras;
    let mut m = org_map(org);
    let display = org
        .name
        .get("id")
        .filter(|t| !t.is_empty())
        .unwrap_or(&org.code)
        .to_string();
    m.insert("display_name".into(), json!(display));
    let image = match (recall(x, MEMO_PREFIX, "image_display_url"), &org.image_url) {
        (Some(Value::String(kept)), Some(img)) if kept.ends_with(img.as_str()) => json!(kept),
        _ => text_value(org.image_url.as_deref()),
    };
    m.insert("image_display_url".into(), image);
    for key in ORG_SHOW_KEYS {
        m.insert(
            key.into(),
            recall(x, MEMO_PREFIX, key).unwrap_or_else(|| org_default(key)),
        );
    }
    let item_fields = match recall(x, MEMO_PREFIX, "extras") {
        Some(Value::Object(f)) => f,
        _ => Map::new(),
    };
    let extras: Vec<Value> = org_extras(org)
        .into_iter()
        .map(|(key, value)| {
            let mut item = match item_fields.get(&key) {
                Some(Value::Object(f)) => f.clone(),
                _ => Map::new(),
            };
            item.insert("key".into(), json!(key));
            item.insert("value".into(), json!(value));
            Value::Object(item)
        })
        .collect();
    m.insert("extras".into(), Value::Array(extras));
    let count = recall(x, MEMO_PREFIX, "package_count")
        .unwrap_or_else(|| json!(datasets.map_or(0, <[Dataset]>::len)));
    m.insert("package_count".into(), count);
    if let Some(ds) = datasets {
        m.insert(
            "packages".into(),
            Value::Array(ds.iter().map(|d| package_to_value(d, Some(org))).collect()),
        );
    }
    const OWN: &[&str] = &[
        "id",
        "title",
        "description",
        "image_url",
        "image_display_url",
        "package_count",
        "extras",
    ];
    for (k, v) in x {
        let Some(key) = k.strip_prefix(MEMO_PREFIX) else {
            continue;
        };
        if !OWN.contains(&key) && !m.contains_key(key) {
            m.insert(key.to_string(), decode_extra(v));
        }
    }
    Value::Object(m)
}

#[cfg(test)]
mod tests {
    #[test]
    fn ckan_time_is_the_strftime_format() {
        let items: Vec<_> = chrono::format::StrftimeItems::new("%Y-%m-%dT%H:%M:%S%.f").collect();
        assert_eq!(items, super::CKAN_TIME);
    }
}

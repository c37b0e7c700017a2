//! Frictionless Data Package v2 (<https://datapackage.org>): a dataset as `datapackage.json`,
//! and back. Version 1 packages are read too (`profile`, a contributor's single `role`, a
//! resource's `profile`), and written as version 2.
//!
//! ```
//! use datago_core::standards::datapackage;
//!
//! let ds = datapackage::read(r#"{
//!   "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
//!   "name": "jumlah-penduduk", "title": "Jumlah Penduduk", "licenses": [{"name": "ODC-ODbL-1.0"}],
//!   "resources": [{"name": "penduduk", "path": "data/penduduk.csv", "format": "csv",
//!                  "hash": "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"}]
//! }"#)?;
//! assert_eq!(ds.license.as_deref(), Some("ODbL-1.0"));
//! assert_eq!(ds.resources[0].format.as_deref(), Some("CSV"));
//! assert_eq!(ds.resources[0].path.as_deref(), Some("data/penduduk.csv"));
//! let out = datapackage::to_value(&ds, None);
//! assert_eq!(out["$schema"], datapackage::PROFILE);
//! assert_eq!(out["resources"][0]["hash"], "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
//! # Ok::<(), datago_core::standards::datapackage::DataPackageError>(())
//! ```
//!
//! ## Mapping
//!
//! | model | Data Package |
//! |---|---|
//! | `id`, `slug`, `version`, `landing_page`, `keywords` | `id`, `name`, `version`, `homepage`, `keywords` |
//! | `title`, `description` (`id` text) | `title`, `description` |
//! | `license` | `licenses`: `[{"name", "path", "title"}]` from the license registry (Open Definition id) |
//! | `sources` | `sources`: `[{"title", "path"}]` |
//! | `record.created` | `created` (RFC 3339) |
//! | `author`, `maintainer`, `contact` | `contributors` with role `creator`, `dataCurator`, `contact` |
//! | `producer`, `walidata` (with a catalog) | `contributors` with role `publisher`, `distributor` (name, homepage, e-mail of the organization); `image`: the producer's logo |
//! | everything else (`themes`, `frequency`, `temporal`, `spatial`, `access`, `status`, `history`, a contact with a telephone, other languages…) | the `datago` object, in the model's own JSON |
//! | `extras` | top-level properties of the same name (strings; a property read as JSON is written as JSON) |
//!
//! | [`Resource`] | Data Resource |
//! |---|---|
//! | `id` | `name` (made from the title when the id is not a valid name) |
//! | `path`, else `url` | `path` |
//! | `title`, `description`, `media_type`, `encoding`, `byte_size` | `title`, `description`, `mediatype`, `encoding`, `bytes` |
//! | `format` | `format`, as the file extension (`CSV` ↔ `csv`) |
//! | `checksum` | `hash`: `sha256:…` (MD5 without prefix, the default of the standard) |
//! | `license` | `licenses` |
//! | `schema`, `dialect` | `schema` (Table Schema), `dialect` (Table Dialect) |
//! | `issued`, `modified`, other languages | the resource's `datago` object |
//! | `extras` | other properties (`type`, `sources`, `data`…) |
//!
//! ## Round trips
//!
//! Model → Data Package → model gives back the same dataset. Data Package → model → Data
//! Package gives back the same version 2 package: unknown properties become `extras` and are
//! written again; values the model cannot hold exactly (a second license, a contributor's
//! `organization`, `CSV` written in capitals) are kept in `extras` under keys starting with
//! [`MEMO_PREFIX`] and written back while they still agree with the model. A package DataGO
//! wrote (it has a `datago` object) is read from that object; what DataGO added from the
//! catalog (the `publisher` and `distributor` contributors, `image`, as the object records) is
//! not kept.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::satu_data::SatuData;
use super::{recall, remember};
use crate::catalog::Catalog;
use crate::dataset::{Agent, Dataset, RecordDates, SourceRef, TemporalCoverage};
use crate::document::ParseError;
use crate::finding::{pointer_token, Lang};
use crate::license;
use crate::organization::{ContactPoint, Organization};
use crate::region::RegionCode;
use crate::resource::{Checksum, ChecksumAlgorithm, Resource, TableDialect, TableSchema};
use crate::text::LocalizedText;
use crate::vocab::{self, AccessLevel, Frequency};
use crate::workflow::{PublicationStatus, Transition};

type Map = serde_json::Map<String, Value>;

/// The Data Package v2 profile, written as `$schema`.
pub const PROFILE: &str = "https://datapackage.org/profiles/2.0/datapackage.json";

/// Prefix of the `extras` keys that keep Data Package values for the way back
/// (`datapackage:licenses`).
pub const MEMO_PREFIX: &str = "datapackage:";

/// The property holding what the model has and the standard has no property for.
pub const BLOCK: &str = "datago";

const PACKAGE_PROPERTIES: &[&str] = &[
    "$schema",
    "profile",
    "name",
    "id",
    "title",
    "description",
    "homepage",
    "version",
    "created",
    "contributors",
    "keywords",
    "licenses",
    "resources",
    "sources",
    BLOCK,
];

// ------------------------------------------------------------------------------------------------
// Errors

/// A `datapackage.json` could not be read. Every variant has a stable
/// [`DataPackageError::code`].
///
/// ```
/// use datago_core::standards::datapackage;
/// assert_eq!(datapackage::read("[]").unwrap_err().code(), "datapackage.not-a-package");
/// assert_eq!(datapackage::read(r#"{"keywords": "a"}"#).unwrap_err().code(), "datapackage.invalid-field");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DataPackageError {
    /// The text is not JSON.
    #[error(transparent)]
    Parse(#[from] ParseError),
    /// The JSON is not an object.
    #[error("{}: not a Data Package (a JSON object with 'resources'); pass the content of datapackage.json", shown(path))]
    NotAPackage {
        /// JSON pointer to the value.
        path: String,
    },
    /// A property has a type the standard does not allow.
    #[error("{}: expected {expected}", shown(path))]
    InvalidField {
        /// JSON pointer to the property.
        path: String,
        /// What was expected.
        expected: &'static str,
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
const LIST: &str = "a list";
const OBJECT: &str = "an object";
const LIST_OF_STRINGS: &str = "a list of strings";

impl DataPackageError {
    /// Stable machine code: `datapackage.not-a-package`, `datapackage.invalid-field`, or the
    /// `parse.*` code of bad JSON.
    pub fn code(&self) -> &'static str {
        match self {
            DataPackageError::Parse(e) => e.code(),
            DataPackageError::NotAPackage { .. } => "datapackage.not-a-package",
            DataPackageError::InvalidField { .. } => "datapackage.invalid-field",
        }
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match (lang, self) {
            (_, DataPackageError::Parse(e)) => e.message(lang),
            (Lang::En, _) => self.to_string(),
            (Lang::Id, DataPackageError::NotAPackage { path }) => format!(
                "{}: bukan Data Package (objek JSON dengan 'resources'); berikan isi datapackage.json",
                shown(path)
            ),
            (Lang::Id, DataPackageError::InvalidField { path, expected }) => {
                let e = match *expected {
                    STRING => "teks",
                    LIST => "daftar (list)",
                    OBJECT => "objek",
                    LIST_OF_STRINGS => "daftar teks",
                    other => other,
                };
                format!("{}: seharusnya {e}", shown(path))
            }
        }
    }
}

fn invalid(path: &str, key: &str, expected: &'static str) -> DataPackageError {
    DataPackageError::InvalidField {
        path: format!("{path}/{}", pointer_token(key)),
        expected,
    }
}

// ------------------------------------------------------------------------------------------------
// The `datago` objects

/// What the model holds that Data Package has no property for (the `datago` object).
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Block {
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    title: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    description: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    themes: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    producer: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    walidata: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    frequency: Option<Frequency>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    temporal: Option<TemporalCoverage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    spatial: Option<RegionCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    access: Option<AccessLevel>,
    #[serde(default)]
    status: PublicationStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    issued: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    modified: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    contact: Option<ContactPoint>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    language: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    groups: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    satu_data: Option<SatuData>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    record_modified: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    history: Vec<Transition>,
    /// `image` is the producer's logo, not the dataset's own.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    derived_image: bool,
    /// Positions of the contributors made from the catalog's organizations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    derived_contributors: Vec<usize>,
    /// Extras that cannot be top-level properties (kept values of other crosswalks, names the
    /// standard uses, text that is not written as JSON would write it).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    extras: BTreeMap<String, String>,
}

/// What a resource holds that Data Resource has no property for.
#[derive(Debug, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
struct ResourceBlock {
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    title: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    description: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    issued: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    modified: Option<NaiveDate>,
    /// The id, when it is not a valid `name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    /// The resource has no id: its `name` was made up.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    no_id: bool,
    /// The URL, when `path` holds the local path, or the URL does not read back as one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    /// The local path, when it would read back as a URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    path: Option<String>,
    /// The format, when the extension does not give it back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    format: Option<String>,
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    extras: Map,
}

// ------------------------------------------------------------------------------------------------
// Reading

/// Reads a `datapackage.json` (version 2 or 1) into a dataset.
///
/// ```
/// let ds = datago_core::standards::datapackage::read(r#"{"profile": "tabular-data-package", "name": "apbd",
///   "contributors": [{"title": "Bidang Anggaran", "email": "bpkad@example.go.id", "role": "author"}],
///   "resources": [{"name": "apbd-2024", "path": "apbd.csv", "profile": "tabular-data-resource"}]}"#).unwrap();
/// assert_eq!(ds.author.unwrap().name, "Bidang Anggaran");
/// assert_eq!(ds.resources[0].extras["type"], "table");
/// ```
pub fn read(json: &str) -> Result<Dataset, DataPackageError> {
    from_value(crate::document::from_json(json)?)
}

/// Reads a Data Package from a JSON value.
///
/// ```
/// let v = serde_json::json!({"name": "x-y", "resources": [], "x-custom": {"a": 1}});
/// let ds = datago_core::standards::datapackage::from_value(v).unwrap();
/// assert_eq!(ds.extras["x-custom"], r#"{"a":1}"#);
/// ```
pub fn from_value(value: Value) -> Result<Dataset, DataPackageError> {
    let Value::Object(mut m) = value else {
        return Err(DataPackageError::NotAPackage {
            path: String::new(),
        });
    };
    let mut memo = BTreeMap::new();
    let block: Option<Block> = match m.remove(BLOCK) {
        None => None,
        Some(Value::Object(b)) => {
            Some(serde_json::from_value(Value::Object(b)).map_err(|_| invalid("", BLOCK, OBJECT))?)
        }
        Some(_) => return Err(invalid("", BLOCK, OBJECT)),
    };
    let b = block.unwrap_or_default();

    let profile = match (m.remove("$schema"), m.remove("profile")) {
        (Some(Value::String(s)), _) | (None, Some(Value::String(s))) => Some(s),
        (Some(_), _) => return Err(invalid("", "$schema", STRING)),
        (None, Some(_)) => return Err(invalid("", "profile", STRING)),
        (None, None) => None,
    };
    if let Some(p) = profile.filter(|p| !core_profile(p)) {
        remember(&mut memo, MEMO_PREFIX, "$schema", &json!(p));
    }

    let id = string(&mut m, "", "id")?.unwrap_or_default();
    let slug = string(&mut m, "", "name")?.unwrap_or_default();
    let mut ds = Dataset::new(id, slug);
    ds.title = localized(string(&mut m, "", "title")?, b.title.clone());
    ds.description = localized(string(&mut m, "", "description")?, b.description.clone());
    ds.landing_page = string(&mut m, "", "homepage")?;
    ds.version = string(&mut m, "", "version")?;
    ds.keywords = match m.remove("keywords") {
        None => Vec::new(),
        Some(v) => {
            serde_json::from_value(v).map_err(|_| invalid("", "keywords", LIST_OF_STRINGS))?
        }
    };

    let licenses = list(&mut m, "", "licenses")?;
    ds.license = read_licenses(&licenses);
    if !covered(&licenses, &write_licenses(ds.license.as_deref())) {
        remember(&mut memo, MEMO_PREFIX, "licenses", &Value::Array(licenses));
    }

    let sources = list(&mut m, "", "sources")?;
    ds.sources = read_sources(&sources);
    if !covered(&sources, &write_sources(&ds.sources)) {
        remember(&mut memo, MEMO_PREFIX, "sources", &Value::Array(sources));
    }

    let created = match m.remove("created") {
        None => None,
        Some(Value::String(s)) => match DateTime::parse_from_rfc3339(&s) {
            Ok(t) => {
                let t = t.with_timezone(&Utc);
                if rfc3339(&t) != s {
                    remember(&mut memo, MEMO_PREFIX, "created", &json!(s));
                }
                Some(t)
            }
            // Not a date-time: kept as it is.
            Err(_) => {
                remember(&mut memo, MEMO_PREFIX, "created", &json!(s));
                None
            }
        },
        Some(_) => return Err(invalid("", "created", STRING)),
    };
    if created.is_some() || b.record_modified.is_some() {
        ds.record = Some(RecordDates {
            created,
            modified: b.record_modified,
        });
    }

    // The organizations' contributors DataGO added from the catalog are not the package's own.
    let contributors: Vec<Value> = list(&mut m, "", "contributors")?
        .into_iter()
        .enumerate()
        .filter(|(i, _)| !b.derived_contributors.contains(i))
        .map(|(_, c)| v2_contributor(c))
        .collect();
    let people = read_contributors(&contributors);
    ds.author = people.author;
    ds.maintainer = people.maintainer;
    // The object's contact has the telephone the contributor cannot carry.
    ds.contact = b.contact.clone().or(people.contact);
    if !covered(
        &contributors,
        &write_people(&ds.author, &ds.maintainer, &ds.contact),
    ) {
        remember(
            &mut memo,
            MEMO_PREFIX,
            "contributors",
            &Value::Array(contributors),
        );
    }
    if b.derived_image {
        m.remove("image");
    }

    let resources = list(&mut m, "", "resources")?;
    for (i, r) in resources.into_iter().enumerate() {
        let at = format!("/resources/{i}");
        match r {
            Value::Object(rm) => ds.resources.push(resource_from_map(rm, &at)?),
            _ => {
                return Err(DataPackageError::InvalidField {
                    path: at,
                    expected: OBJECT,
                })
            }
        }
    }

    ds.themes = b.themes;
    ds.producer = b.producer;
    ds.walidata = b.walidata;
    ds.frequency = b.frequency;
    ds.temporal = b.temporal;
    ds.spatial = b.spatial;
    ds.access = b.access;
    ds.status = b.status;
    ds.issued = b.issued;
    ds.modified = b.modified;
    ds.language = b.language;
    ds.groups = b.groups;
    ds.satu_data = b.satu_data;
    ds.history = b.history;
    ds.extras = b.extras;
    // Unknown properties: strings as they are, anything else as JSON text (remembered as such,
    // so it is written back as JSON and a string that looks like a number stays a string).
    let mut json_keys = Vec::new();
    for (k, v) in m {
        match v {
            Value::String(s) => {
                ds.extras.insert(k, s);
            }
            other => {
                ds.extras.insert(k.clone(), other.to_string());
                json_keys.push(k);
            }
        }
    }
    if !json_keys.is_empty() {
        remember(&mut memo, MEMO_PREFIX, "json", &json!(json_keys));
    }
    ds.extras.extend(memo);
    Ok(ds)
}

/// The profiles of the standard itself (v1 and v2), which a written package replaces with
/// [`PROFILE`].
fn core_profile(p: &str) -> bool {
    matches!(p, "data-package" | "tabular-data-package")
        || [
            "datapackage.org/profiles/",
            "specs.frictionlessdata.io/schemas/",
        ]
        .iter()
        .any(|host| {
            p.trim_start_matches("https://")
                .trim_start_matches("http://")
                .strip_prefix(host)
                .is_some_and(|rest| {
                    rest.ends_with("/datapackage.json")
                        || rest == "data-package.json"
                        || rest == "tabular-data-package.json"
                })
        })
}

fn string(m: &mut Map, path: &str, key: &str) -> Result<Option<String>, DataPackageError> {
    match m.remove(key) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(invalid(path, key, STRING)),
    }
}

fn list(m: &mut Map, path: &str, key: &str) -> Result<Vec<Value>, DataPackageError> {
    match m.remove(key) {
        None => Ok(Vec::new()),
        Some(Value::Array(items)) => Ok(items),
        Some(_) => Err(invalid(path, key, LIST)),
    }
}

fn localized(plain: Option<String>, translations: BTreeMap<String, String>) -> LocalizedText {
    let mut t = LocalizedText(translations);
    if let Some(s) = plain {
        t.0.insert("id".to_string(), s);
    }
    t
}

fn rfc3339(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

fn read_licenses(items: &[Value]) -> Option<String> {
    let first = items.first()?;
    let name = first.get("name").and_then(Value::as_str);
    let path = first.get("path").and_then(Value::as_str);
    name.and_then(known_license)
        .or_else(|| path.and_then(known_license))
        .map(|l| l.id.clone())
        .or_else(|| name.map(str::to_string))
}

/// A registry license by id, URL or registered alias (`ODC-ODbL-1.0`, the Open Definition id
/// older packages use) — never by a guess.
fn known_license(key: &str) -> Option<&'static license::License> {
    license::get(key).or_else(|| {
        let n = license::normalize(key);
        let exact = matches!(
            n.matched_by,
            license::MatchKind::Id | license::MatchKind::Url | license::MatchKind::Alias
        );
        n.license.filter(|_| exact && !n.assumed_version)
    })
}

fn write_licenses(id: Option<&str>) -> Vec<Value> {
    let Some(id) = id else {
        return Vec::new();
    };
    let item = match license::get(id) {
        Some(l) => {
            let name =
                l.od.clone()
                    .or_else(|| l.spdx.clone())
                    .unwrap_or_else(|| l.id.clone());
            let mut o = Map::new();
            o.insert("name".into(), json!(name));
            if let Some(u) = &l.url {
                o.insert("path".into(), json!(u));
            }
            o.insert("title".into(), json!(l.title));
            Value::Object(o)
        }
        None => json!({"name": id}),
    };
    vec![item]
}

fn read_sources(items: &[Value]) -> Vec<SourceRef> {
    items
        .iter()
        .map(|s| SourceRef {
            title: s
                .get("title")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string(),
            url: s.get("path").and_then(Value::as_str).map(str::to_string),
        })
        .collect()
}

fn write_sources(sources: &[SourceRef]) -> Vec<Value> {
    sources
        .iter()
        .map(|s| {
            let mut o = Map::new();
            o.insert("title".into(), json!(s.title));
            if let Some(u) = &s.url {
                o.insert("path".into(), json!(u));
            }
            Value::Object(o)
        })
        .collect()
}

/// A version 1 contributor (`"role": "author"`) in version 2 form.
fn v2_contributor(c: Value) -> Value {
    let Value::Object(mut o) = c else {
        return c;
    };
    if !o.contains_key("roles") {
        if let Some(Value::String(role)) = o.remove("role") {
            let role = match role.as_str() {
                "author" => "creator",
                "maintainer" => "dataCurator",
                other => other,
            };
            o.insert("roles".into(), json!([role]));
        }
    }
    Value::Object(o)
}

#[derive(Default)]
struct People {
    author: Option<Agent>,
    maintainer: Option<Agent>,
    contact: Option<ContactPoint>,
    /// Contributors DataGO has no field for.
    others: Vec<Value>,
}

fn has_role(c: &Value, role: &str) -> bool {
    c.get("roles")
        .and_then(Value::as_array)
        .is_some_and(|r| r.iter().any(|x| x.as_str() == Some(role)))
}

fn text_of(c: &Value, key: &str) -> Option<String> {
    c.get(key).and_then(Value::as_str).map(str::to_string)
}

/// The people among the contributors: the first `creator`, `dataCurator` and `contact`.
fn read_contributors(items: &[Value]) -> People {
    let mut p = People::default();
    for c in items {
        let agent = || Agent {
            name: text_of(c, "title").unwrap_or_default(),
            email: text_of(c, "email"),
        };
        if has_role(c, "creator") && p.author.is_none() {
            p.author = Some(agent());
        } else if has_role(c, "dataCurator") && p.maintainer.is_none() {
            p.maintainer = Some(agent());
        } else if has_role(c, "contact") && p.contact.is_none() {
            p.contact = Some(ContactPoint {
                name: text_of(c, "title").unwrap_or_default(),
                email: text_of(c, "email"),
                phone: None,
                url: text_of(c, "path"),
            });
        } else {
            p.others.push(c.clone());
        }
    }
    p
}

fn person(title: &str, email: Option<&str>, path: Option<&str>, role: &str) -> Value {
    let mut o = Map::new();
    o.insert("title".into(), json!(title));
    if let Some(e) = email {
        o.insert("email".into(), json!(e));
    }
    if let Some(p) = path {
        o.insert("path".into(), json!(p));
    }
    o.insert("roles".into(), json!([role]));
    Value::Object(o)
}

fn write_people(
    author: &Option<Agent>,
    maintainer: &Option<Agent>,
    contact: &Option<ContactPoint>,
) -> Vec<Value> {
    let mut out = Vec::new();
    if let Some(a) = author {
        out.push(person(&a.name, a.email.as_deref(), None, "creator"));
    }
    if let Some(m) = maintainer {
        out.push(person(&m.name, m.email.as_deref(), None, "dataCurator"));
    }
    if let Some(c) = contact {
        out.push(person(
            &c.name,
            c.email.as_deref(),
            c.url.as_deref(),
            "contact",
        ));
    }
    out
}

fn organization_person(o: &Organization, role: &str) -> Value {
    person(
        o.name.best(Lang::Id),
        o.contact.as_ref().and_then(|c| c.email.as_deref()),
        o.homepage.as_deref(),
        role,
    )
}

fn resource_from_map(mut m: Map, path: &str) -> Result<Resource, DataPackageError> {
    let mut r = Resource::default();
    let b: ResourceBlock = match m.remove(BLOCK) {
        None => ResourceBlock::default(),
        Some(v @ Value::Object(_)) => {
            serde_json::from_value(v).map_err(|_| invalid(path, BLOCK, OBJECT))?
        }
        Some(_) => return Err(invalid(path, BLOCK, OBJECT)),
    };
    // Version 1 resource profiles.
    match m.get("profile").and_then(Value::as_str) {
        Some("tabular-data-resource") => {
            m.remove("profile");
            m.entry("type").or_insert_with(|| json!("table"));
        }
        Some("data-resource") => {
            m.remove("profile");
        }
        _ => {}
    }
    let name = string(&mut m, path, "name")?;
    r.id = if b.no_id { None } else { b.id.clone().or(name) };
    match m.get("path") {
        Some(Value::String(p)) => {
            if is_url(p) {
                r.url = Some(p.clone());
            } else {
                r.path = Some(p.clone());
            }
            m.remove("path");
        }
        // A list of files: kept as it is.
        Some(Value::Array(_)) => {}
        Some(_) => return Err(invalid(path, "path", STRING)),
        None => {}
    }
    if b.url.is_some() {
        r.url = b.url.clone();
    }
    if b.path.is_some() {
        r.path = b.path.clone();
    }
    r.title = localized(string(&mut m, path, "title")?, b.title);
    r.description = match string(&mut m, path, "description")? {
        Some(d) => Some(localized(Some(d), b.description)),
        None if !b.description.is_empty() => Some(LocalizedText(b.description)),
        None => None,
    };
    if let Some(f) = string(&mut m, path, "format")? {
        let format = read_format(&f);
        if write_format(&format) != f {
            r.extras.insert(format!("{MEMO_PREFIX}format"), json!(f));
        }
        r.format = Some(format);
    }
    if b.format.is_some() {
        r.format = b.format.clone();
    }
    r.media_type = string(&mut m, path, "mediatype")?;
    r.encoding = string(&mut m, path, "encoding")?;
    if let Some(n) = m.get("bytes").and_then(Value::as_u64) {
        r.byte_size = Some(n);
        m.remove("bytes");
    }
    if let Some(Value::String(h)) = m.get("hash") {
        if let Some(c) = read_hash(h) {
            if write_hash(&c) != *h {
                r.extras.insert(format!("{MEMO_PREFIX}hash"), json!(h));
            }
            r.checksum = Some(c);
            m.remove("hash");
        }
    }
    if let Some(Value::Array(licenses)) = m.get("licenses") {
        let licenses = licenses.clone();
        r.license = read_licenses(&licenses);
        if r.license.is_some() {
            if !covered(&licenses, &write_licenses(r.license.as_deref())) {
                r.extras
                    .insert(format!("{MEMO_PREFIX}licenses"), Value::Array(licenses));
            }
            m.remove("licenses");
        }
    }
    if let Some(schema) = m.get("schema").and_then(canonical_value::<TableSchema>) {
        r.schema = Some(schema);
        m.remove("schema");
    }
    if let Some(dialect) = m.get("dialect").and_then(canonical_value::<TableDialect>) {
        r.dialect = Some(dialect);
        m.remove("dialect");
    }
    r.issued = b.issued;
    r.modified = b.modified;
    for (k, v) in b.extras {
        r.extras.insert(k, v);
    }
    for (k, v) in m {
        r.extras.insert(k, v);
    }
    Ok(r)
}

/// True when everything `original` says, `written` says too (a license without a title, a
/// contributor without roles are filled in on the way back, not remembered).
fn covered(original: &[Value], written: &[Value]) -> bool {
    fn v(o: &Value, w: &Value) -> bool {
        match (o, w) {
            (Value::Object(o), Value::Object(w)) => {
                o.iter().all(|(k, x)| w.get(k).is_some_and(|y| v(x, y)))
            }
            _ => o == w,
        }
    }
    original.len() == written.len() && original.iter().zip(written).all(|(o, w)| v(o, w))
}

fn is_url(p: &str) -> bool {
    ["http://", "https://", "ftp://", "ftps://"]
        .iter()
        .any(|s| p.starts_with(s))
}

/// A model value read from JSON, if it writes back as exactly the same JSON.
fn canonical_value<T: Serialize + serde::de::DeserializeOwned>(v: &Value) -> Option<T> {
    let t: T = serde_json::from_value(v.clone()).ok()?;
    (serde_json::to_value(&t).ok()? == *v).then_some(t)
}

/// `csv` → `CSV` (the format table's name; an unknown format stays as it is).
fn read_format(f: &str) -> String {
    vocab::format(f).map_or_else(|| f.to_string(), |x| x.format.clone())
}

/// `CSV` → `csv` (the usual file extension).
fn write_format(f: &str) -> String {
    vocab::format(f)
        .filter(|x| x.format == f)
        .and_then(|x| x.extensions.first().cloned())
        .unwrap_or_else(|| f.to_lowercase())
}

fn read_hash(h: &str) -> Option<Checksum> {
    let (algorithm, value) = match h.split_once(':') {
        None => (ChecksumAlgorithm::Md5, h),
        Some((a, v)) => {
            let a = match a.to_ascii_lowercase().as_str() {
                "md5" => ChecksumAlgorithm::Md5,
                "sha1" => ChecksumAlgorithm::Sha1,
                "sha256" => ChecksumAlgorithm::Sha256,
                "sha512" => ChecksumAlgorithm::Sha512,
                _ => return None,
            };
            (a, v)
        }
    };
    let ok = value.len() == algorithm.hex_len() && value.bytes().all(|b| b.is_ascii_hexdigit());
    ok.then(|| Checksum {
        algorithm,
        value: value.to_ascii_lowercase(),
    })
}

fn write_hash(c: &Checksum) -> String {
    match c.algorithm {
        ChecksumAlgorithm::Md5 => c.value.clone(),
        a => format!("{}:{}", a.as_str(), c.value),
    }
}

// ------------------------------------------------------------------------------------------------
// Writing

/// Writes a dataset as a version 2 `datapackage.json`. With the catalog, the producer and the
/// walidata become contributors (`publisher`, `distributor`) and the producer's logo the
/// `image`.
///
/// ```
/// use datago_core::standards::datapackage;
/// let catalog = datago_core::sample::bundle().load().unwrap().catalog;
/// let ds = catalog.dataset("jumlah-puskesmas").unwrap();
/// let dp = datapackage::to_value(ds, Some(&catalog));
/// assert_eq!(dp["name"], "jumlah-puskesmas");
/// assert!(dp["contributors"].as_array().unwrap().iter().any(|c| c["roles"][0] == "publisher"));
/// assert_eq!(&datapackage::from_value(dp).unwrap(), ds);
/// ```
pub fn to_value(dataset: &Dataset, catalog: Option<&Catalog>) -> Value {
    let ds = dataset;
    let mut m = Map::new();
    let schema = match recall(&ds.extras, MEMO_PREFIX, "$schema") {
        Some(Value::String(s)) => s,
        _ => PROFILE.to_string(),
    };
    m.insert("$schema".into(), json!(schema));
    if !ds.slug.is_empty() {
        m.insert("name".into(), json!(ds.slug));
    }
    if !ds.id.is_empty() {
        m.insert("id".into(), json!(ds.id));
    }
    if let Some(t) = ds.title.get("id") {
        m.insert("title".into(), json!(t));
    }
    if let Some(d) = ds.description.get("id") {
        m.insert("description".into(), json!(d));
    }
    if let Some(v) = &ds.version {
        m.insert("version".into(), json!(v));
    }
    if let Some(h) = &ds.landing_page {
        m.insert("homepage".into(), json!(h));
    }
    if let Some(created) = ds.record.and_then(|r| r.created) {
        let kept = match recall(&ds.extras, MEMO_PREFIX, "created") {
            Some(Value::String(s))
                if DateTime::parse_from_rfc3339(&s)
                    .is_ok_and(|t| t.with_timezone(&Utc) == created) =>
            {
                Some(s)
            }
            _ => None,
        };
        m.insert(
            "created".into(),
            json!(kept.unwrap_or_else(|| rfc3339(&created))),
        );
    } else if let Some(Value::String(s)) = recall(&ds.extras, MEMO_PREFIX, "created") {
        if DateTime::parse_from_rfc3339(&s).is_err() {
            m.insert("created".into(), json!(s));
        }
    }
    if !ds.keywords.is_empty() {
        m.insert("keywords".into(), json!(ds.keywords));
    }

    let licenses = match recall(&ds.extras, MEMO_PREFIX, "licenses") {
        Some(Value::Array(l)) if read_licenses(&l) == ds.license => l,
        _ => write_licenses(ds.license.as_deref()),
    };
    if !licenses.is_empty() {
        m.insert("licenses".into(), Value::Array(licenses));
    }
    let sources = match recall(&ds.extras, MEMO_PREFIX, "sources") {
        Some(Value::Array(s)) if read_sources(&s) == ds.sources => s,
        _ => write_sources(&ds.sources),
    };
    if !sources.is_empty() {
        m.insert("sources".into(), Value::Array(sources));
    }

    let org = |code: &str| catalog.and_then(|c| c.organization(code));
    // The kept contributors while they still name the same people, else the people again
    // followed by the kept contributors DataGO has no field for.
    let without_phone = ds
        .contact
        .clone()
        .map(|c| ContactPoint { phone: None, ..c });
    let mut contributors = match recall(&ds.extras, MEMO_PREFIX, "contributors") {
        Some(Value::Array(kept))
            if {
                let p = read_contributors(&kept);
                p.author == ds.author && p.maintainer == ds.maintainer && p.contact == without_phone
            } =>
        {
            kept
        }
        kept => {
            let mut out = write_people(&ds.author, &ds.maintainer, &ds.contact);
            if let Some(Value::Array(k)) = kept {
                out.extend(read_contributors(&k).others);
            }
            out
        }
    };
    let mut derived_contributors = Vec::new();
    for (code, role) in [(&ds.producer, "publisher"), (&ds.walidata, "distributor")] {
        if let Some(o) = org(code) {
            derived_contributors.push(contributors.len());
            contributors.push(organization_person(o, role));
        }
    }
    if !contributors.is_empty() {
        m.insert("contributors".into(), Value::Array(contributors));
    }
    let logo = org(&ds.producer).and_then(|o| o.image_url.as_ref());
    if let Some(img) = logo {
        m.insert("image".into(), json!(img));
    }

    let mut names: Vec<String> = Vec::new();
    let resources: Vec<Value> = ds
        .resources
        .iter()
        .enumerate()
        .map(|(i, r)| Value::Object(resource_to_map(r, i, &mut names)))
        .collect();
    m.insert("resources".into(), Value::Array(resources));

    let mut b = Block {
        title: translations(&ds.title),
        description: translations(&ds.description),
        themes: ds.themes.clone(),
        producer: ds.producer.clone(),
        walidata: ds.walidata.clone(),
        frequency: ds.frequency,
        temporal: ds.temporal,
        spatial: ds.spatial.clone(),
        access: ds.access,
        status: ds.status,
        issued: ds.issued,
        modified: ds.modified,
        // The contact contributor has no telephone.
        contact: ds.contact.clone().filter(|c| c.phone.is_some()),
        language: ds.language.clone(),
        groups: ds.groups.clone(),
        satu_data: ds.satu_data.clone(),
        record_modified: ds.record.and_then(|r| r.modified),
        history: ds.history.clone(),
        derived_image: logo.is_some(),
        derived_contributors,
        extras: BTreeMap::new(),
    };
    let json_keys: Vec<String> = match recall(&ds.extras, MEMO_PREFIX, "json") {
        Some(Value::Array(keys)) => keys
            .iter()
            .filter_map(|k| k.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    };
    for (k, s) in &ds.extras {
        if k.starts_with(MEMO_PREFIX) {
            continue;
        }
        let top_level =
            !k.contains(':') && !PACKAGE_PROPERTIES.contains(&k.as_str()) && !m.contains_key(k);
        if top_level {
            let v = json_keys
                .contains(k)
                .then(|| serde_json::from_str(s).ok())
                .flatten()
                .unwrap_or_else(|| Value::String(s.clone()));
            m.insert(k.clone(), v);
        } else {
            b.extras.insert(k.clone(), s.clone());
        }
    }
    // Our own types always serialize.
    m.insert(
        BLOCK.into(),
        serde_json::to_value(&b).unwrap_or(Value::Null),
    );
    Value::Object(m)
}

/// [`to_value`] as JSON text, ready to save as `datapackage.json`.
///
/// ```
/// let ds = datago_core::Dataset::new("d1", "data-satu");
/// let text = datago_core::standards::datapackage::to_json(&ds, None, true);
/// assert!(text.contains("\"$schema\": \"https://datapackage.org/profiles/2.0/datapackage.json\""));
/// ```
pub fn to_json(dataset: &Dataset, catalog: Option<&Catalog>, pretty: bool) -> String {
    crate::document::to_json(&to_value(dataset, catalog), pretty)
}

fn translations(t: &LocalizedText) -> BTreeMap<String, String> {
    t.0.iter()
        .filter(|(k, _)| k.as_str() != "id")
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// A valid resource name (`^[a-z0-9._-]+$`): lowercase letters, digits, `.`, `_`, `-`.
///
/// ```
/// use datago_core::standards::datapackage::is_resource_name;
/// assert!(is_resource_name("penduduk-2024.csv"));
/// assert!(!is_resource_name("Penduduk 2024"));
/// ```
pub fn is_resource_name(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
}

fn resource_to_map(r: &Resource, index: usize, names: &mut Vec<String>) -> Map {
    let mut m = Map::new();
    let mut b = ResourceBlock {
        title: translations(&r.title),
        description: r.description.as_ref().map(translations).unwrap_or_default(),
        issued: r.issued,
        modified: r.modified,
        ..ResourceBlock::default()
    };
    // The name: the id when it is a valid name not taken yet, else one made from the title.
    let mut name = match &r.id {
        Some(id) if is_resource_name(id) && !names.contains(id) => id.clone(),
        _ => crate::slug::slugify(r.title.best(Lang::Id))
            .unwrap_or_else(|| format!("resource-{}", index + 1)),
    };
    let base = name.clone();
    let mut n = 2;
    while names.contains(&name) {
        name = format!("{base}-{n}");
        n += 1;
    }
    if r.id.as_deref() != Some(name.as_str()) {
        match &r.id {
            Some(id) => b.id = Some(id.clone()),
            None => b.no_id = true,
        }
    }
    names.push(name.clone());
    m.insert("name".into(), json!(name));

    let location = r.path.as_ref().or(r.url.as_ref());
    if let Some(p) = location {
        m.insert("path".into(), json!(p));
        let read_url = is_url(p).then(|| p.clone());
        let read_path = (!is_url(p)).then(|| p.clone());
        if read_url != r.url {
            b.url = r.url.clone();
        }
        if read_path != r.path {
            b.path = r.path.clone();
        }
    }
    if let Some(t) = r.title.get("id") {
        m.insert("title".into(), json!(t));
    }
    if let Some(d) = r.description.as_ref().and_then(|d| d.get("id")) {
        m.insert("description".into(), json!(d));
    }
    if let Some(f) = &r.format {
        let written = match r.extras.get(&format!("{MEMO_PREFIX}format")) {
            Some(Value::String(kept)) if read_format(kept) == *f => kept.clone(),
            _ => write_format(f),
        };
        if read_format(&written) != *f {
            b.format = Some(f.clone());
        }
        m.insert("format".into(), json!(written));
    }
    if let Some(t) = &r.media_type {
        m.insert("mediatype".into(), json!(t));
    }
    if let Some(e) = &r.encoding {
        m.insert("encoding".into(), json!(e));
    }
    if let Some(n) = r.byte_size {
        m.insert("bytes".into(), json!(n));
    }
    if let Some(c) = &r.checksum {
        let written = match r.extras.get(&format!("{MEMO_PREFIX}hash")) {
            Some(Value::String(kept)) if read_hash(kept).as_ref() == Some(c) => kept.clone(),
            _ => write_hash(c),
        };
        m.insert("hash".into(), json!(written));
    }
    if r.license.is_some() {
        let licenses = match r.extras.get(&format!("{MEMO_PREFIX}licenses")) {
            Some(Value::Array(kept)) if read_licenses(kept) == r.license => kept.clone(),
            _ => write_licenses(r.license.as_deref()),
        };
        m.insert("licenses".into(), Value::Array(licenses));
    }
    if let Some(s) = &r.schema {
        m.insert(
            "schema".into(),
            serde_json::to_value(s).unwrap_or(Value::Null),
        );
    }
    if let Some(d) = &r.dialect {
        m.insert(
            "dialect".into(),
            serde_json::to_value(d).unwrap_or(Value::Null),
        );
    }
    for (k, v) in &r.extras {
        if k.starts_with(MEMO_PREFIX) {
            continue;
        }
        if k.contains(':') || m.contains_key(k) || k == BLOCK {
            b.extras.insert(k.clone(), v.clone());
        } else {
            m.insert(k.clone(), v.clone());
        }
    }
    if b != ResourceBlock::default() {
        m.insert(
            BLOCK.into(),
            serde_json::to_value(&b).unwrap_or(Value::Null),
        );
    }
    m
}

/// Whether `resources` can all be written as valid Data Resources (each needs `path` or
/// `data`): a dataset whose resources have neither a URL nor a path cannot be.
///
/// ```
/// let mut ds = datago_core::Dataset::new("d", "dd");
/// ds.resources.push(datago_core::Resource::default());
/// assert!(!datago_core::standards::datapackage::resources_locatable(&ds));
/// ```
pub fn resources_locatable(dataset: &Dataset) -> bool {
    !dataset.resources.is_empty()
        && dataset.resources.iter().all(|r| {
            r.path.is_some()
                || r.url.is_some()
                || r.extras.contains_key("path")
                || r.extras.contains_key("data")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_registry_license_reads_back() {
        for l in license::registry() {
            let written = write_licenses(Some(&l.id));
            assert_eq!(
                read_licenses(&written).as_deref(),
                Some(l.id.as_str()),
                "{}",
                l.id
            );
        }
    }

    #[test]
    fn formats_read_back() {
        for f in vocab::formats() {
            assert_eq!(read_format(&write_format(&f.format)), f.format);
        }
    }
}

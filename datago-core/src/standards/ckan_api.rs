//! A read-only CKAN API v3 over a catalog: the logic behind `datago serve`, with no HTTP in it.
//!
//! [`CkanApi::new`] prepares a catalog once (the published datasets' `package_show` dicts, a
//! [`SearchIndex`], facet values, organizations, tags, groups, licences); [`CkanApi::call`]
//! answers one action with the HTTP status and the JSON body CKAN would send. The API is
//! immutable after construction, so a server shares one instance between all its threads.
//!
//! Actions: `status_show`, `site_read`, `package_list`, `package_show`, `package_search`,
//! `organization_list`, `organization_show`, `group_list`, `tag_list`, `license_list`. Only
//! published datasets are visible (what an anonymous CKAN user sees); the others are not found.
//!
//! Parameters come as a JSON object ([`params_from_json`], what `ckanapi` posts) or as
//! query-string / form pairs ([`params_from_pairs`]); both read the same, as in CKAN
//! (`rows=10` or `"rows": 10`, `facet.field=["organization"]` or a JSON list).
//!
//! `package_search` follows CKAN: `q` (DataGO's [query syntax](crate::search), `*:*` for
//! everything), `fq` (`organization:dinkes res_format:CSV`, `tags:"air bersih"`,
//! `res_format:(CSV OR XLSX)`; clauses must all match), `rows` (default 10, at most 1000),
//! `start`, `sort` (`score desc, metadata_modified desc`, `metadata_modified desc`,
//! `title_string asc`, `name asc`), `facet.field` (a JSON list), `facet.limit` (default 50,
//! `-1` for all), `facet.mincount`. Facet fields: CKAN's `organization`, `res_format`,
//! `license_id`, `tags`, `groups`, and DataGO's `theme` (`urusan`), `year`, `region`,
//! `classification`.
//!
//! Errors have CKAN's shape and status: `Not Found Error` (404), `Validation Error` (409, field
//! → messages), `Search Query Error` (409), `Bad Request` (400, unknown action or a body that is
//! not a JSON object), `Authorization Error` (403, write actions). Bad parameters are errors,
//! never a panic.
//!
//! ```
//! use datago_core::standards::ckan_api::{params_from_pairs, CkanApi};
//! let catalog = datago_core::sample::bundle().load().unwrap().catalog;
//! let api = CkanApi::new(&catalog);
//! let params = params_from_pairs([("fq", "organization:dinkes"), ("facet.field", r#"["res_format"]"#)]);
//! let reply = api.call("package_search", &params, "http://127.0.0.1:5000");
//! assert_eq!(reply.status, 200);
//! let body: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
//! assert_eq!(body["success"], true);
//! assert!(body["result"]["count"].as_u64().unwrap() > 0);
//! assert!(body["result"]["search_facets"]["res_format"]["items"].is_array());
//!
//! let missing = api.call("package_show", &params_from_pairs([("id", "tidak-ada")]), "");
//! assert_eq!(missing.status, 404);
//! let bad = api.call("package_search", &params_from_pairs([("rows", "banyak")]), "");
//! assert_eq!(bad.status, 409);
//! ```

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Datelike, NaiveDate};
use serde_json::{json, Value};

use crate::catalog::Catalog;
use crate::dataset::Dataset;
use crate::finding::Lang;
use crate::license;
use crate::organization::Organization;
use crate::search::{Query, SearchIndex, Sort};
use crate::standards::ckan;
use crate::vocab::AccessLevel;
use crate::workflow::PublicationStatus;

/// Action parameters: CKAN's `data_dict`.
pub type Params = serde_json::Map<String, Value>;

/// The CKAN version whose API v3 this module answers as (`status_show`'s `ckan_version`).
pub const CKAN_VERSION: &str = "2.10.0";

/// The actions [`CkanApi::call`] answers.
pub const ACTIONS: [&str; 10] = [
    "status_show",
    "site_read",
    "package_list",
    "package_show",
    "package_search",
    "organization_list",
    "organization_show",
    "group_list",
    "tag_list",
    "license_list",
];

/// CKAN actions that change data: answered with `Authorization Error` (403), as CKAN answers an
/// anonymous caller.
const WRITE_PREFIXES: [&str; 10] = [
    "package_",
    "resource_",
    "organization_",
    "group_",
    "dataset_",
    "member_",
    "user_",
    "tag_",
    "vocabulary_",
    "datastore_",
];
const WRITE_SUFFIXES: [&str; 7] = [
    "_create", "_update", "_patch", "_delete", "_purge", "_reorder", "_upsert",
];

/// Most rows `package_search` returns (CKAN's `ckan.search.rows_max` default).
pub const ROWS_MAX: usize = 1000;

// ------------------------------------------------------------------------------------------------
// Errors

/// Why an action could not be answered. Each variant is one of CKAN's error types, with the HTTP
/// status CKAN sends for it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ApiError {
    /// No published dataset or organization with that id or name (404 `Not Found Error`).
    #[error("{what} '{key}' not found; check the id or name (package_list and organization_list list them)")]
    NotFound {
        /// `Dataset` or `Organization`.
        what: &'static str,
        /// The id or name asked for.
        key: String,
    },
    /// Parameters that do not validate (409 `Validation Error`): parameter → CKAN's messages.
    #[error("invalid parameters: {}", validation_text(.0))]
    Validation(BTreeMap<String, Vec<String>>),
    /// A `q`, `fq` or `sort` that cannot be run (409 `Search Query Error`).
    #[error("Search Query is invalid: {0}")]
    SearchQuery(String),
    /// An action CKAN does not have (400 `Bad Request`).
    #[error("Action name not known: {0}")]
    UnknownAction(String),
    /// A write action: this API is read-only (403 `Authorization Error`).
    #[error("Access denied: {0} is not available, this DataGO API is read-only; change the catalog directory and restart the server")]
    ReadOnly(String),
    /// The request body is not a JSON object (400 `Bad Request`).
    #[error("Request data is not a JSON object ({0}); send the parameters as a JSON object, a form or a query string")]
    BadBody(String),
}

fn validation_text(errors: &BTreeMap<String, Vec<String>>) -> String {
    errors
        .iter()
        .map(|(k, v)| format!("{k}: {}", v.join(" ")))
        .collect::<Vec<_>>()
        .join("; ")
}

impl ApiError {
    fn invalid(field: &str, message: &str) -> ApiError {
        ApiError::Validation(BTreeMap::from([(
            field.to_string(),
            vec![message.to_string()],
        )]))
    }

    /// Stable machine code.
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::NotFound { .. } => "ckan-api.not-found",
            ApiError::Validation(_) => "ckan-api.validation",
            ApiError::SearchQuery(_) => "ckan-api.search-query",
            ApiError::UnknownAction(_) => "ckan-api.unknown-action",
            ApiError::ReadOnly(_) => "ckan-api.read-only",
            ApiError::BadBody(_) => "ckan-api.bad-body",
        }
    }

    /// The HTTP status CKAN answers with.
    pub fn status(&self) -> u16 {
        match self {
            ApiError::NotFound { .. } => 404,
            ApiError::Validation(_) | ApiError::SearchQuery(_) => 409,
            ApiError::UnknownAction(_) | ApiError::BadBody(_) => 400,
            ApiError::ReadOnly(_) => 403,
        }
    }

    /// CKAN's `error.__type`.
    pub fn ckan_type(&self) -> &'static str {
        match self {
            ApiError::NotFound { .. } => "Not Found Error",
            ApiError::Validation(_) => "Validation Error",
            ApiError::SearchQuery(_) => "Search Query Error",
            ApiError::UnknownAction(_) | ApiError::BadBody(_) => "Bad Request",
            ApiError::ReadOnly(_) => "Authorization Error",
        }
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::En, _) => self.to_string(),
            (Lang::Id, ApiError::NotFound { what, key }) => format!(
                "{} '{key}' tidak ditemukan; periksa id atau namanya (package_list dan organization_list mendaftarnya)",
                if *what == "Dataset" { "Dataset" } else { "Organisasi" }
            ),
            (Lang::Id, ApiError::Validation(e)) => {
                format!("parameter tidak sah: {}", validation_text(e))
            }
            (Lang::Id, ApiError::SearchQuery(m)) => format!("kueri pencarian tidak sah: {m}"),
            (Lang::Id, ApiError::UnknownAction(a)) => format!("nama aksi tidak dikenal: {a}"),
            (Lang::Id, ApiError::ReadOnly(a)) => format!(
                "akses ditolak: {a} tidak tersedia, API DataGO ini hanya-baca; ubah direktori katalog lalu jalankan ulang server"
            ),
            (Lang::Id, ApiError::BadBody(d)) => format!(
                "data permintaan bukan objek JSON ({d}); kirim parameter sebagai objek JSON, formulir atau query string"
            ),
        }
    }

    /// CKAN's `error` object.
    pub fn to_value(&self) -> Value {
        let mut m = serde_json::Map::new();
        m.insert("__type".into(), json!(self.ckan_type()));
        match self {
            ApiError::Validation(errors) => {
                for (k, v) in errors {
                    m.insert(k.clone(), json!(v));
                }
            }
            ApiError::NotFound { what, key } => {
                m.insert(
                    "message".into(),
                    json!(format!("Not found: {what} '{key}' not found")),
                );
            }
            ApiError::UnknownAction(_) | ApiError::BadBody(_) => {
                m.insert("message".into(), json!(format!("Bad request - {self}")));
            }
            _ => {
                m.insert("message".into(), json!(self.to_string()));
            }
        }
        Value::Object(m)
    }
}

/// An action's answer: the HTTP status and the JSON body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// HTTP status: 200, or the error's ([`ApiError::status`]).
    pub status: u16,
    /// The response document (`{"help", "success", "result"}` or `{"help", "success", "error"}`).
    pub body: String,
}

/// The `help` URL CKAN puts in every response.
fn help_url(base: &str, action: &str) -> String {
    format!(
        "{}/api/3/action/help_show?name={action}",
        base.trim_end_matches('/')
    )
}

fn json_string(s: &str) -> String {
    Value::String(s.to_string()).to_string()
}

/// A success response whose `result` is already JSON text.
fn ok_raw(base: &str, action: &str, result: &str) -> Reply {
    let help = json_string(&help_url(base, action));
    let mut body = String::with_capacity(result.len() + help.len() + 40);
    body.push_str("{\"help\":");
    body.push_str(&help);
    body.push_str(",\"success\":true,\"result\":");
    body.push_str(result);
    body.push('}');
    Reply { status: 200, body }
}

/// The error response for `err` (`help` points at `action`'s help).
pub fn error_reply(err: &ApiError, action: &str, base: &str) -> Reply {
    let body = json!({"help": help_url(base, action), "success": false, "error": err.to_value()});
    Reply {
        status: err.status(),
        body: body.to_string(),
    }
}

// ------------------------------------------------------------------------------------------------
// Parameters

/// Parameters from query-string or form pairs; a key given more than once becomes a list, as
/// CKAN reads it.
///
/// ```
/// let p = datago_core::standards::ckan_api::params_from_pairs([("id", "x"), ("tag", "a"), ("tag", "b")]);
/// assert_eq!(p["id"], "x");
/// assert_eq!(p["tag"], serde_json::json!(["a", "b"]));
/// ```
pub fn params_from_pairs<K: Into<String>, V: Into<String>>(
    pairs: impl IntoIterator<Item = (K, V)>,
) -> Params {
    let mut p = Params::new();
    for (k, v) in pairs {
        let (k, v) = (k.into(), Value::String(v.into()));
        match p.get_mut(&k) {
            Some(Value::Array(items)) => items.push(v),
            Some(first) => {
                let old = first.take();
                *first = Value::Array(vec![old, v]);
            }
            None => {
                p.insert(k, v);
            }
        }
    }
    p
}

/// Parameters from a JSON request body; an empty body is no parameters. Anything but a JSON
/// object is [`ApiError::BadBody`].
///
/// ```
/// use datago_core::standards::ckan_api::params_from_json;
/// assert_eq!(params_from_json(br#"{"rows": 5}"#).unwrap()["rows"], 5);
/// assert!(params_from_json(b"").unwrap().is_empty());
/// assert_eq!(params_from_json(b"[1]").unwrap_err().code(), "ckan-api.bad-body");
/// ```
pub fn params_from_json(body: &[u8]) -> Result<Params, ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Params::new());
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(other) => Err(ApiError::BadBody(format!(
            "a JSON {}",
            match other {
                Value::Array(_) => "list",
                Value::String(_) => "string",
                Value::Number(_) => "number",
                Value::Bool(_) => "boolean",
                _ => "null",
            }
        ))),
        Err(e) => Err(ApiError::BadBody(format!("JSON error: {e}"))),
    }
}

/// A parameter as text (numbers and booleans as JSON writes them); `None` when absent or null.
fn text_param(p: &Params, key: &str) -> Result<Option<String>, ApiError> {
    match p.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(v @ (Value::Number(_) | Value::Bool(_))) => Ok(Some(v.to_string())),
        Some(_) => Err(ApiError::invalid(key, "Not a string")),
    }
}

/// An integer parameter (`10` or `"10"`).
fn int_param(p: &Params, key: &str) -> Result<Option<i64>, ApiError> {
    let bad = || ApiError::invalid(key, "Invalid integer");
    match p.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => n.as_i64().map(Some).ok_or_else(bad),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => s.trim().parse::<i64>().map(Some).map_err(|_| bad()),
        Some(_) => Err(bad()),
    }
}

/// A natural-number parameter (0 or more).
fn natural_param(p: &Params, key: &str) -> Result<Option<usize>, ApiError> {
    match int_param(p, key)? {
        None => Ok(None),
        Some(n) if n < 0 => Err(ApiError::invalid(key, "Must be a natural number")),
        Some(n) => Ok(Some(usize::try_from(n).unwrap_or(usize::MAX))),
    }
}

/// A boolean parameter, read as CKAN's `asbool` does (`true`, `yes`, `1`, `on`…).
fn bool_param(p: &Params, key: &str, default: bool) -> Result<bool, ApiError> {
    match p.get(key) {
        None | Some(Value::Null) => Ok(default),
        Some(Value::Bool(b)) => Ok(*b),
        Some(Value::Number(n)) if n.as_i64() == Some(0) || n.as_i64() == Some(1) => {
            Ok(n.as_i64() == Some(1))
        }
        Some(Value::String(s)) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" | "on" | "y" | "t" | "1" => Ok(true),
            "false" | "no" | "off" | "n" | "f" | "0" | "" => Ok(false),
            _ => Err(ApiError::invalid(key, "Not a boolean (use true or false)")),
        },
        Some(_) => Err(ApiError::invalid(key, "Not a boolean (use true or false)")),
    }
}

/// A required id (`id`, as a name or an id).
fn id_param(p: &Params) -> Result<String, ApiError> {
    match text_param(p, "id")? {
        Some(s) if !s.trim().is_empty() => Ok(s.trim().to_string()),
        _ => Err(ApiError::invalid("id", "Missing value")),
    }
}

/// A list of strings: a JSON list, or JSON text of one (CKAN's `convert_to_json_if_string`).
fn string_list_param(p: &Params, key: &str) -> Result<Option<Vec<String>>, ApiError> {
    let value = match p.get(key) {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => return Ok(None),
        Some(Value::String(s)) => serde_json::from_str::<Value>(s)
            .map_err(|_| ApiError::invalid(key, "Could not parse as valid JSON"))?,
        Some(v) => v.clone(),
    };
    match value {
        Value::Array(items) => items
            .into_iter()
            .map(|i| match i {
                Value::String(s) => Ok(s),
                _ => Err(ApiError::invalid(key, "Not a string")),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some),
        _ => Err(ApiError::invalid(key, "Not a list")),
    }
}

// ------------------------------------------------------------------------------------------------
// Facets

/// A facet `package_search` can count and filter by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Facet {
    Organization,
    Theme,
    Format,
    License,
    Year,
    Region,
    Classification,
    Tags,
    Groups,
}

const NFACETS: usize = 9;

impl Facet {
    const ALL: [Facet; NFACETS] = [
        Facet::Organization,
        Facet::Theme,
        Facet::Format,
        Facet::License,
        Facet::Year,
        Facet::Region,
        Facet::Classification,
        Facet::Tags,
        Facet::Groups,
    ];

    /// The facet of the [`SearchIndex`], when it has it.
    fn index_name(self) -> Option<&'static str> {
        Some(match self {
            Facet::Organization => "organization",
            Facet::Theme => "theme",
            Facet::Format => "format",
            Facet::License => "license",
            Facet::Year => "year",
            Facet::Region => "region",
            Facet::Classification => "classification",
            Facet::Tags | Facet::Groups => return None,
        })
    }

    /// The title of the facet in `search_facets`.
    fn title(self) -> &'static str {
        match self {
            Facet::Organization => "Organizations",
            Facet::Theme => "Urusan",
            Facet::Format => "Formats",
            Facet::License => "Licenses",
            Facet::Year => "Years",
            Facet::Region => "Regions",
            Facet::Classification => "Classification",
            Facet::Tags => "Tags",
            Facet::Groups => "Groups",
        }
    }
}

/// CKAN field names (and DataGO's, English and Indonesian) → facet.
const FIELDS: [(&str, Facet); 18] = [
    ("organization", Facet::Organization),
    ("owner_org", Facet::Organization),
    ("organisasi", Facet::Organization),
    ("res_format", Facet::Format),
    ("format", Facet::Format),
    ("license_id", Facet::License),
    ("license", Facet::License),
    ("tags", Facet::Tags),
    ("groups", Facet::Groups),
    ("theme", Facet::Theme),
    ("urusan", Facet::Theme),
    ("tema", Facet::Theme),
    ("year", Facet::Year),
    ("tahun", Facet::Year),
    ("region", Facet::Region),
    ("wilayah", Facet::Region),
    ("classification", Facet::Classification),
    ("klasifikasi", Facet::Classification),
];

/// `fq` fields that hold the same value for every dataset this API shows: a clause with that
/// value matches everything, any other value nothing.
const CONSTANT_FIELDS: [(&str, &str); 5] = [
    ("dataset_type", "dataset"),
    ("type", "dataset"),
    ("state", "active"),
    ("capacity", "public"),
    ("private", "false"),
];

fn facet_of(field: &str) -> Option<Facet> {
    FIELDS.iter().find(|(f, _)| *f == field).map(|(_, x)| *x)
}

fn field_names() -> String {
    FIELDS
        .iter()
        .map(|(f, _)| *f)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The facet values of a dataset, as the [`SearchIndex`] derives them (plus tags and groups).
fn facet_values(d: &Dataset, facet: Facet) -> Vec<String> {
    match facet {
        Facet::Organization => [d.producer.clone()]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect(),
        Facet::Theme => d.themes.clone(),
        Facet::Format => {
            let mut v: Vec<String> = Vec::new();
            for f in d.resources.iter().filter_map(|r| r.format.as_deref()) {
                let f = f.to_ascii_uppercase();
                if !f.is_empty() && !v.contains(&f) {
                    v.push(f);
                }
            }
            v
        }
        Facet::License => d.license.iter().cloned().collect(),
        Facet::Year => match d.temporal {
            Some(t) if t.start.year() <= t.end.year() && t.end.year() - t.start.year() <= 200 => {
                (t.start.year()..=t.end.year())
                    .map(|y| y.to_string())
                    .collect()
            }
            _ => Vec::new(),
        },
        Facet::Region => d.spatial.iter().map(|r| r.code.clone()).collect(),
        Facet::Classification => d
            .access
            .map(|a| match a {
                AccessLevel::Terbuka => "terbuka",
                AccessLevel::Terbatas => "terbatas",
                AccessLevel::Tertutup => "tertutup",
            })
            .into_iter()
            .map(str::to_string)
            .collect(),
        Facet::Tags => {
            let mut v = d.keywords.clone();
            v.dedup();
            v
        }
        Facet::Groups => d.groups.clone(),
    }
}

// ------------------------------------------------------------------------------------------------
// Search requests

/// One `fq` clause: the dataset must have one of `values` for `facet` (any value at all for
/// `field:*`). Values are in the model's terms (organization code, DataGO licence id,
/// upper-case format).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Clause {
    facet: Facet,
    values: Vec<String>,
    any: bool,
}

/// A `package_search` request, validated.
#[derive(Debug, Clone, PartialEq)]
struct SearchRequest {
    /// The text part of `q` (words, phrases, exclusions), parsed.
    text: Query,
    clauses: Vec<Clause>,
    /// True when a clause can match nothing (`state:deleted`).
    nothing: bool,
    rows: usize,
    start: usize,
    sort: Sort,
    sort_text: String,
    facet_fields: Vec<(String, Facet)>,
    facet_limit: Option<usize>,
    facet_mincount: usize,
}

/// Splits a Solr-ish query into clauses at white space outside quotes and brackets.
fn split_clauses(s: &str) -> Result<Vec<String>, ApiError> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let (mut quoted, mut depth) = (false, 0usize);
    for c in s.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                cur.push(c);
            }
            '(' if !quoted => {
                depth += 1;
                cur.push(c);
            }
            ')' if !quoted => {
                depth = depth
                    .checked_sub(1)
                    .ok_or_else(|| ApiError::SearchQuery(format!("unbalanced ')' in '{s}'")))?;
                cur.push(c);
            }
            c if c.is_whitespace() && !quoted && depth == 0 => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if quoted || depth > 0 {
        return Err(ApiError::SearchQuery(format!(
            "unbalanced quote or bracket in '{s}'"
        )));
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

fn unquote(v: &str) -> &str {
    v.strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .unwrap_or(v)
}

/// The values of a clause: `a`, `"a b"`, `(a OR b OR "c d")`.
fn clause_values(value: &str) -> Result<Vec<String>, ApiError> {
    let Some(inner) = value.strip_prefix('(').and_then(|v| v.strip_suffix(')')) else {
        return Ok(vec![unquote(value).to_string()]);
    };
    let parts = split_clauses(inner)?;
    let mut values = Vec::new();
    for (i, p) in parts.iter().enumerate() {
        if i % 2 == 1 {
            if p != "OR" {
                return Err(ApiError::SearchQuery(format!(
                    "only OR may join the values in '{value}'"
                )));
            }
        } else {
            values.push(unquote(p).to_string());
        }
    }
    if values.is_empty() || parts.len() % 2 == 0 {
        return Err(ApiError::SearchQuery(format!("no value in '{value}'")));
    }
    Ok(values)
}

impl CkanApi {
    /// A value as the model names it: an organization's code (CKAN name or id), a DataGO
    /// licence id (CKAN id), an upper-case format.
    fn model_value(&self, facet: Facet, v: &str) -> String {
        match facet {
            Facet::Organization => self
                .org_by_key
                .get(v)
                .map_or_else(|| v.to_string(), |&i| self.orgs[i].org.code.clone()),
            Facet::License => license::get(v).map_or_else(|| v.to_string(), |l| l.id.clone()),
            Facet::Format => v.to_ascii_uppercase(),
            _ => v.to_string(),
        }
    }

    /// Reads one `field:value` clause of `fq` (or of `q`); `Ok(None)` for a constant field.
    fn clause(&self, raw: &str) -> Result<Option<Result<Clause, bool>>, ApiError> {
        let c = raw.strip_prefix('+').unwrap_or(raw);
        if c.starts_with('-') || c.starts_with('!') || c.starts_with("NOT ") {
            return Err(ApiError::SearchQuery(format!(
                "negated clauses are not supported ('{raw}'); use -word in q to exclude words"
            )));
        }
        let Some((field, value)) = c.split_once(':') else {
            return Ok(None);
        };
        if value.is_empty() {
            return Err(ApiError::SearchQuery(format!("no value in '{raw}'")));
        }
        if let Some((_, constant)) = CONSTANT_FIELDS.iter().find(|(f, _)| *f == field) {
            let values = clause_values(value)?;
            let matches = values.iter().any(|v| v == constant || v == "*");
            return Ok(Some(Err(matches)));
        }
        let Some(facet) = facet_of(field) else {
            return Err(ApiError::SearchQuery(format!(
                "unknown field '{field}' in '{raw}'; use one of {}",
                field_names()
            )));
        };
        if value == "*" || value == "[* TO *]" {
            return Ok(Some(Ok(Clause {
                facet,
                values: Vec::new(),
                any: true,
            })));
        }
        let values = clause_values(value)?
            .into_iter()
            .map(|v| self.model_value(facet, &v))
            .collect();
        Ok(Some(Ok(Clause {
            facet,
            values,
            any: false,
        })))
    }

    fn search_request(&self, p: &Params) -> Result<SearchRequest, ApiError> {
        let mut errors: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut note = |r: Result<(), ApiError>| {
            if let Err(ApiError::Validation(e)) = r {
                for (k, v) in e {
                    errors.entry(k).or_default().extend(v);
                }
            }
        };
        let mut rows = 10;
        note(natural_param(p, "rows").map(|r| rows = r.unwrap_or(10).min(ROWS_MAX)));
        let mut start = 0;
        note(natural_param(p, "start").map(|s| start = s.unwrap_or(0)));
        let mut facet_limit = Some(50);
        note(int_param(p, "facet.limit").map(|l| {
            facet_limit = match l {
                None => Some(50),
                Some(n) if n < 0 => None,
                Some(n) => Some(usize::try_from(n).unwrap_or(usize::MAX)),
            }
        }));
        let mut facet_mincount = 1;
        note(natural_param(p, "facet.mincount").map(|m| facet_mincount = m.unwrap_or(1).max(1)));
        let mut faceting = true;
        note(bool_param(p, "facet", true).map(|f| faceting = f));
        let mut facet_fields = Vec::new();
        note(string_list_param(p, "facet.field").and_then(|fields| {
            for f in fields.unwrap_or_default() {
                match facet_of(&f) {
                    Some(x) => facet_fields.push((f, x)),
                    None => {
                        return Err(ApiError::invalid(
                            "facet.field",
                            &format!("Unknown facet field: {f} (use one of {})", field_names()),
                        ))
                    }
                }
            }
            Ok(())
        }));
        let mut q = String::new();
        let mut fq = String::new();
        let mut sort_param = None;
        note(text_param(p, "q").map(|v| q = v.unwrap_or_default()));
        note(text_param(p, "fq").map(|v| fq = v.unwrap_or_default()));
        note(text_param(p, "sort").map(|v| sort_param = v));
        if !errors.is_empty() {
            return Err(ApiError::Validation(errors));
        }
        if !faceting {
            facet_fields.clear();
        }
        facet_fields.dedup();

        let mut clauses = Vec::new();
        let mut nothing = false;
        for raw in split_clauses(&fq)? {
            match self.clause(&raw)? {
                Some(Ok(c)) => clauses.push(c),
                Some(Err(matches)) => nothing |= !matches,
                None => {
                    return Err(ApiError::SearchQuery(format!(
                        "fq clause '{raw}' is not field:value"
                    )))
                }
            }
        }
        // q: CKAN field clauses become filters, the rest is DataGO's query syntax.
        let mut text = Vec::new();
        for raw in split_clauses(&q)? {
            if raw == "*:*" || raw == "*" {
                continue;
            }
            let field = raw.trim_start_matches('+').split(':').next().unwrap_or("");
            let is_filter = raw.contains(':')
                && !raw.starts_with('"')
                && (facet_of(field).is_some() || CONSTANT_FIELDS.iter().any(|(f, _)| *f == field));
            if is_filter {
                match self.clause(&raw)? {
                    Some(Ok(c)) => clauses.push(c),
                    Some(Err(matches)) => nothing |= !matches,
                    None => text.push(raw),
                }
            } else {
                text.push(raw);
            }
        }
        let text = Query::parse(&text.join(" "));
        let (sort, sort_text) = match sort_param.as_deref().map(str::trim) {
            None | Some("") => (Sort::Relevance, "score desc, metadata_modified desc"),
            Some(s) => {
                let norm = s.split_whitespace().collect::<Vec<_>>().join(" ");
                match norm.as_str() {
                    "score desc, metadata_modified desc" | "score desc" | "relevance" => {
                        (Sort::Relevance, "score desc, metadata_modified desc")
                    }
                    "metadata_modified desc" => (Sort::Modified, "metadata_modified desc"),
                    "title_string asc" | "title asc" => (Sort::Title, "title_string asc"),
                    // Name order: the precomputed order, or the hits sorted here.
                    "name asc" => (Sort::Title, "name asc"),
                    _ => {
                        return Err(ApiError::SearchQuery(format!(
                            "sort '{s}' is not supported; use 'score desc, metadata_modified desc', 'metadata_modified desc', 'title_string asc' or 'name asc'"
                        )))
                    }
                }
            }
        };
        Ok(SearchRequest {
            text,
            clauses,
            nothing,
            rows,
            start,
            sort,
            sort_text: sort_text.to_string(),
            facet_fields,
            facet_limit,
            facet_mincount,
        })
    }
}

// ------------------------------------------------------------------------------------------------
// The API

/// One published dataset, prepared.
#[derive(Debug, Clone)]
struct Entry {
    slug: String,
    /// The `package_show` dict as JSON text.
    package: String,
    /// Per facet ([`Facet::ALL`] order), the value ids.
    facets: [Vec<u32>; NFACETS],
}

#[derive(Debug, Clone)]
struct OrgEntry {
    org: Organization,
    /// Published datasets of the organization (entry indices, most recently modified first).
    datasets: Vec<usize>,
}

/// A catalog prepared for the CKAN API. Build it once, share it (it is `Send + Sync` and never
/// changes), call [`CkanApi::call`] from any thread.
#[derive(Debug, Clone)]
pub struct CkanApi {
    status: String,
    entries: Vec<Entry>,
    by_key: HashMap<String, usize>,
    /// Entry indices: by name (slug), by modified date (newest first, then slug), by title.
    by_name: Vec<usize>,
    by_modified: Vec<usize>,
    by_title: Vec<usize>,
    index: SearchIndex,
    /// Per facet, value id → value (model terms) and value → id.
    values: [Vec<String>; NFACETS],
    value_ids: [HashMap<String, u32>; NFACETS],
    labels: HashMap<(Facet, String), String>,
    orgs: Vec<OrgEntry>,
    org_by_key: HashMap<String, usize>,
    /// Group and tag names with their dataset counts.
    groups: BTreeMap<String, usize>,
    tags: BTreeMap<String, usize>,
    licenses: String,
}

impl CkanApi {
    /// Prepares `catalog`: only its published datasets are shown.
    pub fn new(catalog: &Catalog) -> CkanApi {
        let published: Vec<&Dataset> = catalog
            .datasets
            .iter()
            .filter(|d| d.status == PublicationStatus::Published)
            .collect();
        let mut api = CkanApi {
            status: String::new(),
            entries: Vec::with_capacity(published.len()),
            by_key: HashMap::new(),
            by_name: Vec::new(),
            by_modified: Vec::new(),
            by_title: Vec::new(),
            index: SearchIndex::build(catalog, true),
            values: Default::default(),
            value_ids: Default::default(),
            labels: HashMap::new(),
            orgs: Vec::new(),
            org_by_key: HashMap::new(),
            groups: BTreeMap::new(),
            tags: BTreeMap::new(),
            licenses: String::new(),
        };
        let mut orgs: Vec<&Organization> = catalog.organizations.iter().collect();
        orgs.sort_by(|a, b| a.code.cmp(&b.code));
        for o in orgs {
            let i = api.orgs.len();
            api.org_by_key.entry(o.code.clone()).or_insert(i);
            if let Some(id) = ckan::organization_dict(o)["id"].as_str() {
                api.org_by_key.entry(id.to_string()).or_insert(i);
            }
            api.labels.insert(
                (Facet::Organization, o.code.clone()),
                o.name.best(Lang::Id).to_string(),
            );
            api.orgs.push(OrgEntry {
                org: o.clone(),
                datasets: Vec::new(),
            });
        }
        for u in crate::vocab::urusan_list() {
            api.labels.insert(
                (Facet::Theme, u.code.clone()),
                u.name.best(Lang::Id).to_string(),
            );
        }
        for d in &published {
            let org = catalog.organization(&d.producer);
            let mut facets: [Vec<u32>; NFACETS] = Default::default();
            for (fi, facet) in Facet::ALL.iter().enumerate() {
                for v in facet_values(d, *facet) {
                    let next = api.values[fi].len() as u32;
                    let id = *api.value_ids[fi].entry(v.clone()).or_insert_with(|| {
                        api.values[fi].push(v);
                        next
                    });
                    if !facets[fi].contains(&id) {
                        facets[fi].push(id);
                    }
                }
            }
            for k in &d.keywords {
                *api.tags.entry(k.clone()).or_default() += 1;
            }
            for g in &d.groups {
                *api.groups.entry(g.clone()).or_default() += 1;
            }
            let i = api.entries.len();
            api.by_key.entry(d.id.clone()).or_insert(i);
            api.by_key.entry(d.slug.clone()).or_insert(i);
            api.entries.push(Entry {
                slug: d.slug.clone(),
                package: ckan::package_to_value(d, org).to_string(),
                facets,
            });
        }
        let n = published.len();
        let modified: Vec<Option<NaiveDate>> =
            published.iter().map(|d| d.modified.or(d.issued)).collect();
        let titles: Vec<String> = published
            .iter()
            .map(|d| d.title.best(Lang::Id).to_lowercase())
            .collect();
        api.by_name = (0..n).collect();
        api.by_name
            .sort_by(|a, b| published[*a].slug.cmp(&published[*b].slug));
        api.by_modified = (0..n).collect();
        api.by_modified.sort_by(|a, b| {
            modified[*b]
                .cmp(&modified[*a])
                .then_with(|| published[*a].slug.cmp(&published[*b].slug))
        });
        api.by_title = (0..n).collect();
        api.by_title.sort_by(|a, b| {
            titles[*a]
                .cmp(&titles[*b])
                .then_with(|| published[*a].slug.cmp(&published[*b].slug))
        });
        for &i in &api.by_modified {
            if let Some(&o) = api.org_by_key.get(&published[i].producer) {
                api.orgs[o].datasets.push(i);
            }
        }
        api.status = json!({
            "site_title": catalog.title.best(Lang::Id),
            "site_description": catalog.description.best(Lang::Id),
            "site_url": catalog.homepage.clone().unwrap_or_default(),
            "ckan_version": CKAN_VERSION,
            "error_emails_to": null,
            "locale_default": "id",
            "extensions": ["datago"],
            "datago_version": env!("CARGO_PKG_VERSION"),
        })
        .to_string();
        api.licenses = Value::Array(license_list()).to_string();
        debug_assert_eq!(api.index.len(), api.entries.len());
        api
    }

    /// Number of datasets the API shows (the published ones).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when no dataset is published.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Answers `action` with `params`; `base` is the server's address (`http://host:port`),
    /// used for the `help` links.
    pub fn call(&self, action: &str, params: &Params, base: &str) -> Reply {
        match self.answer(action, params) {
            Ok(result) => ok_raw(base, action, &result),
            Err(e) => error_reply(&e, action, base),
        }
    }

    /// The `result` of an action, as JSON text.
    fn answer(&self, action: &str, p: &Params) -> Result<String, ApiError> {
        match action {
            "status_show" => Ok(self.status.clone()),
            "site_read" => Ok("true".into()),
            "package_list" => self.package_list(p),
            "package_show" => {
                let key = id_param(p)?;
                self.by_key
                    .get(&key)
                    .map(|&i| self.entries[i].package.clone())
                    .ok_or(ApiError::NotFound {
                        what: "Dataset",
                        key,
                    })
            }
            "package_search" => self.package_search(p),
            "organization_list" => self.organization_list(p),
            "organization_show" => self.organization_show(p),
            "group_list" => self.group_list(p),
            "tag_list" => self.tag_list(p),
            "license_list" => Ok(self.licenses.clone()),
            a if WRITE_PREFIXES.iter().any(|w| a.starts_with(w))
                && WRITE_SUFFIXES.iter().any(|w| a.ends_with(w)) =>
            {
                Err(ApiError::ReadOnly(a.to_string()))
            }
            a => Err(ApiError::UnknownAction(a.to_string())),
        }
    }

    fn package_list(&self, p: &Params) -> Result<String, ApiError> {
        let (offset, limit) = paging(p)?;
        let names: Vec<&str> = self
            .by_name
            .iter()
            .skip(offset)
            .take(limit.unwrap_or(usize::MAX))
            .map(|&i| self.entries[i].slug.as_str())
            .collect();
        Ok(json!(names).to_string())
    }

    fn package_search(&self, p: &Params) -> Result<String, ApiError> {
        let r = self.search_request(p)?;
        let has_text =
            !(r.text.words.is_empty() && r.text.phrases.is_empty() && r.text.exclude.is_empty());
        let (count, page, counts) = if r.nothing {
            (0, Vec::new(), self.count_facets(&r, &[]))
        } else if !has_text {
            // No text: the precomputed orders and facet ids answer everything.
            let order = match (r.sort, r.sort_text.as_str()) {
                (_, "name asc") => &self.by_name,
                (Sort::Title, _) => &self.by_title,
                _ => &self.by_modified,
            };
            let clauses = self.resolve(&r.clauses);
            let matched: Vec<usize> = order
                .iter()
                .copied()
                .filter(|&i| self.matches(i, &clauses))
                .collect();
            let page = window(&matched, r.start, r.rows);
            (matched.len(), page, self.count_facets(&r, &matched))
        } else if self.index_can_filter(&r) && r.sort_text != "name asc" {
            self.search_with_index(&r)
        } else {
            // Text and filters the index cannot apply: every hit in order, filtered here.
            let clauses = self.resolve(&r.clauses);
            let mut matched: Vec<usize> = self
                .all_hits(&r)
                .into_iter()
                .filter(|&i| self.matches(i, &clauses))
                .collect();
            if r.sort_text == "name asc" {
                matched.sort_by(|a, b| self.entries[*a].slug.cmp(&self.entries[*b].slug));
            }
            let page = window(&matched, r.start, r.rows);
            (matched.len(), page, self.count_facets(&r, &matched))
        };
        Ok(self.search_result(&r, count, &page, counts))
    }

    /// The index applies a clause list when it knows every facet and each facet has one
    /// clause (several clauses on a facet must all match; the index takes any of the values).
    fn index_can_filter(&self, r: &SearchRequest) -> bool {
        let mut seen = BTreeSet::new();
        r.clauses
            .iter()
            .all(|c| c.facet.index_name().is_some() && !c.any && seen.insert(c.facet))
            && r.facet_fields.iter().all(|(_, f)| f.index_name().is_some())
    }

    fn text_query(&self, r: &SearchRequest, page: usize, per_page: usize) -> Query {
        let mut q = r.text.clone();
        for c in &r.clauses {
            if let Some(name) = c.facet.index_name() {
                q.filters
                    .entry(name.to_string())
                    .or_default()
                    .extend(c.values.iter().cloned());
            }
        }
        q.sort = r.sort;
        q.page = page;
        q.per_page = per_page;
        q
    }

    fn search_with_index(&self, r: &SearchRequest) -> (usize, Vec<usize>, FacetCounts) {
        // The smallest page size whose pages cover [start, start + rows) in at most two pages.
        let end = r.start.saturating_add(r.rows);
        let (per_page, first) = if end <= ROWS_MAX {
            (end.max(1), 1)
        } else {
            (ROWS_MAX, r.start / ROWS_MAX + 1)
        };
        // Only the facets asked for are counted.
        let names: Vec<&str> = r
            .facet_fields
            .iter()
            .filter_map(|(_, f)| f.index_name())
            .collect();
        let res = self
            .index
            .search_facets(&self.text_query(r, first, per_page), &names);
        let mut hits: Vec<usize> = res
            .hits
            .iter()
            .filter_map(|h| self.by_key.get(&h.id).copied())
            .collect();
        let offset = (first - 1) * per_page;
        if r.rows > 0 && end > offset + per_page && end > ROWS_MAX && res.total > offset + per_page
        {
            let more = self
                .index
                .search_facets(&self.text_query(r, first + 1, per_page), &[]);
            hits.extend(
                more.hits
                    .iter()
                    .filter_map(|h| self.by_key.get(&h.id).copied()),
            );
        }
        let page = hits
            .into_iter()
            .skip(r.start - offset)
            .take(r.rows)
            .collect();
        let mut counts = FacetCounts::new();
        for (field, facet) in &r.facet_fields {
            let Some(name) = facet.index_name() else {
                continue;
            };
            let list = res
                .facets
                .get(name)
                .map(|l| {
                    l.iter()
                        .map(|fc| (fc.value.clone(), fc.count))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default();
            counts.insert(field.clone(), (*facet, list));
        }
        (res.total, page, counts)
    }

    /// Every hit of the text query, best first, as entry indices (the index holds the
    /// published datasets in catalog order, as `entries` does).
    fn all_hits(&self, r: &SearchRequest) -> Vec<usize> {
        let mut text = r.text.clone();
        text.sort = r.sort;
        self.index.matches(&text)
    }

    /// The clauses with their values as value ids (`None`: any value), looked up once.
    fn resolve(&self, clauses: &[Clause]) -> Vec<(usize, Option<Vec<u32>>)> {
        clauses
            .iter()
            .map(|c| {
                let fi = c.facet as usize;
                let ids = (!c.any).then(|| {
                    c.values
                        .iter()
                        .filter_map(|v| self.value_ids[fi].get(v).copied())
                        .collect()
                });
                (fi, ids)
            })
            .collect()
    }

    fn matches(&self, i: usize, clauses: &[(usize, Option<Vec<u32>>)]) -> bool {
        let e = &self.entries[i];
        clauses.iter().all(|(fi, ids)| {
            let have = &e.facets[*fi];
            match ids {
                None => !have.is_empty(),
                Some(ids) => ids.iter().any(|id| have.contains(id)),
            }
        })
    }

    fn count_facets(&self, r: &SearchRequest, matched: &[usize]) -> FacetCounts {
        let mut out = FacetCounts::new();
        for (field, facet) in &r.facet_fields {
            let fi = *facet as usize;
            let mut counts = vec![0usize; self.values[fi].len()];
            for &i in matched {
                for &v in &self.entries[i].facets[fi] {
                    counts[v as usize] += 1;
                }
            }
            let list = counts
                .into_iter()
                .enumerate()
                .filter(|(_, c)| *c > 0)
                .map(|(v, c)| (self.values[fi][v].clone(), c))
                .collect();
            out.insert(field.clone(), (*facet, list));
        }
        out
    }

    /// A facet value as CKAN names it, and its display name.
    fn ckan_value(&self, facet: Facet, v: &str) -> (String, String) {
        match facet {
            Facet::License => {
                let (id, title) = license_names(v);
                (id, title)
            }
            _ => {
                let label = self
                    .labels
                    .get(&(facet, v.to_string()))
                    .cloned()
                    .unwrap_or_else(|| v.to_string());
                (v.to_string(), label)
            }
        }
    }

    fn search_result(
        &self,
        r: &SearchRequest,
        count: usize,
        page: &[usize],
        counts: FacetCounts,
    ) -> String {
        let mut facets = serde_json::Map::new();
        let mut search_facets = serde_json::Map::new();
        for (field, (facet, list)) in counts {
            let mut items: Vec<(String, String, usize)> = list
                .into_iter()
                .filter(|(_, c)| *c >= r.facet_mincount)
                .map(|(v, c)| {
                    let (name, display) = self.ckan_value(facet, &v);
                    (name, display, c)
                })
                .collect();
            items.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
            if let Some(limit) = r.facet_limit {
                items.truncate(limit);
            }
            let mut plain = serde_json::Map::new();
            for (name, _, c) in &items {
                plain.insert(name.clone(), json!(c));
            }
            facets.insert(field.clone(), Value::Object(plain));
            let items: Vec<Value> = items
                .into_iter()
                .map(
                    |(name, display, c)| json!({"name": name, "display_name": display, "count": c}),
                )
                .collect();
            search_facets.insert(
                field.clone(),
                json!({"title": facet.title(), "items": items}),
            );
        }
        let mut out = String::with_capacity(64 + page.len() * 2048);
        out.push_str("{\"count\":");
        out.push_str(&count.to_string());
        out.push_str(",\"facets\":");
        out.push_str(&Value::Object(facets).to_string());
        out.push_str(",\"results\":[");
        for (n, &i) in page.iter().enumerate() {
            if n > 0 {
                out.push(',');
            }
            out.push_str(&self.entries[i].package);
        }
        out.push_str("],\"sort\":");
        out.push_str(&json_string(&r.sort_text));
        out.push_str(",\"search_facets\":");
        out.push_str(&Value::Object(search_facets).to_string());
        out.push('}');
        out
    }

    fn find_org(&self, p: &Params) -> Result<&OrgEntry, ApiError> {
        let key = id_param(p)?;
        self.org_by_key
            .get(&key)
            .map(|&i| &self.orgs[i])
            .ok_or(ApiError::NotFound {
                what: "Organization",
                key,
            })
    }

    fn org_value(&self, o: &OrgEntry, with_datasets: bool) -> Value {
        let mut v = ckan::organization_to_value(&o.org, None);
        v["package_count"] = json!(o.datasets.len());
        if with_datasets {
            let packages: Vec<Value> = o
                .datasets
                .iter()
                .take(ROWS_MAX)
                .filter_map(|&i| serde_json::from_str(&self.entries[i].package).ok())
                .collect();
            v["packages"] = Value::Array(packages);
        }
        v
    }

    fn organization_list(&self, p: &Params) -> Result<String, ApiError> {
        let all_fields = bool_param(p, "all_fields", false)?;
        let (offset, limit) = paging(p)?;
        let sort = text_param(p, "sort")?.unwrap_or_else(|| "name asc".into());
        let norm = sort.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut orgs: Vec<&OrgEntry> = self.orgs.iter().collect();
        let title = |o: &OrgEntry| o.org.name.best(Lang::Id).to_lowercase();
        match norm.as_str() {
            "name asc" | "name" => {}
            "name desc" => orgs.reverse(),
            "title asc" | "title" => orgs.sort_by_key(|o| title(o)),
            "title desc" => orgs.sort_by_key(|o| std::cmp::Reverse(title(o))),
            "package_count desc" | "package_count" => {
                orgs.sort_by_key(|o| std::cmp::Reverse(o.datasets.len()))
            }
            "package_count asc" => orgs.sort_by_key(|o| o.datasets.len()),
            _ => {
                return Err(ApiError::invalid(
                    "sort",
                    &format!(
                    "Cannot sort by '{sort}' (use name, title or package_count, with asc or desc)"
                ),
                ))
            }
        }
        let page = orgs
            .into_iter()
            .skip(offset)
            .take(limit.unwrap_or(usize::MAX));
        let items: Vec<Value> = if all_fields {
            page.map(|o| self.org_value(o, false)).collect()
        } else {
            page.map(|o| json!(o.org.code)).collect()
        };
        Ok(Value::Array(items).to_string())
    }

    fn organization_show(&self, p: &Params) -> Result<String, ApiError> {
        let o = self.find_org(p)?;
        let with = bool_param(p, "include_datasets", false)?;
        Ok(self.org_value(o, with).to_string())
    }

    fn group_list(&self, p: &Params) -> Result<String, ApiError> {
        let all_fields = bool_param(p, "all_fields", false)?;
        let (offset, limit) = paging(p)?;
        let items: Vec<Value> = self
            .groups
            .iter()
            .skip(offset)
            .take(limit.unwrap_or(usize::MAX))
            .map(|(name, count)| {
                if all_fields {
                    json!({"id": name, "name": name, "title": name, "display_name": name,
                           "type": "group", "is_organization": false, "state": "active",
                           "approval_status": "approved", "package_count": count})
                } else {
                    json!(name)
                }
            })
            .collect();
        Ok(Value::Array(items).to_string())
    }

    fn tag_list(&self, p: &Params) -> Result<String, ApiError> {
        let all_fields = bool_param(p, "all_fields", false)?;
        let query = text_param(p, "query")?.map(|q| q.to_lowercase());
        let items: Vec<Value> = self
            .tags
            .keys()
            .filter(|t| {
                query
                    .as_deref()
                    .is_none_or(|q| t.to_lowercase().contains(q))
            })
            .map(|t| {
                if all_fields {
                    json!({"id": t, "name": t, "vocabulary_id": null})
                } else {
                    json!(t)
                }
            })
            .collect();
        Ok(Value::Array(items).to_string())
    }
}

/// Per requested facet field: the facet and (value in model terms, count).
type FacetCounts = BTreeMap<String, (Facet, Vec<(String, usize)>)>;

/// `offset` and `limit` (CKAN's `package_list`, `organization_list`).
fn paging(p: &Params) -> Result<(usize, Option<usize>), ApiError> {
    let offset = natural_param(p, "offset");
    let limit = natural_param(p, "limit");
    match (offset, limit) {
        (Ok(o), Ok(l)) => Ok((o.unwrap_or(0), l)),
        (Err(ApiError::Validation(mut a)), Err(ApiError::Validation(b))) => {
            a.extend(b);
            Err(ApiError::Validation(a))
        }
        (Err(e), _) | (_, Err(e)) => Err(e),
    }
}

fn window(matched: &[usize], start: usize, rows: usize) -> Vec<usize> {
    matched.iter().skip(start).take(rows).copied().collect()
}

/// A licence as a package shows it: the CKAN id and `license_title` that
/// [`ckan::package_to_value`] writes for the DataGO licence id `id`.
fn license_names(id: &str) -> (String, String) {
    let mut d = Dataset::new("", "");
    d.license = Some(id.to_string());
    let p = ckan::package_to_value(&d, None);
    let s = |k: &str| p[k].as_str().unwrap_or(id).to_string();
    (s("license_id"), s("license_title"))
}

/// CKAN's `license_list`: the data licences of the registry, with the ids and titles packages
/// use.
fn license_list() -> Vec<Value> {
    license::registry()
        .iter()
        .filter(|l| l.domain == "data")
        .map(|l| {
            let (id, title) = license_names(&l.id);
            let mut d = Dataset::new("", "");
            d.license = Some(l.id.clone());
            let url = ckan::package_to_value(&d, None)["license_url"].clone();
            json!({
                "id": id,
                "title": title,
                "url": if url.is_null() { json!("") } else { url },
                "status": "active",
                "maintainer": "",
                "family": l.family.clone().unwrap_or_default(),
                "domain_content": false,
                "domain_data": true,
                "domain_software": false,
                "is_generic": l.generic,
                "is_okd_compliant": l.facets.open,
                "is_osi_compliant": false,
                "od_conformance": if l.facets.open { "approved" } else { "not reviewed" },
                "osd_conformance": "not reviewed",
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clauses_split_at_spaces_outside_quotes_and_brackets() {
        assert_eq!(
            split_clauses(r#"organization:dinkes tags:"air bersih" res_format:(CSV OR "X Y")"#)
                .unwrap(),
            [
                "organization:dinkes",
                r#"tags:"air bersih""#,
                r#"res_format:(CSV OR "X Y")"#
            ]
        );
        assert!(split_clauses("tags:\"open").is_err());
        assert!(split_clauses("a)").is_err());
        assert_eq!(clause_values(r#"(CSV OR "X Y")"#).unwrap(), ["CSV", "X Y"]);
        assert!(clause_values("(CSV AND XLSX)").is_err());
        assert!(clause_values("(CSV OR)").is_err());
    }

    #[test]
    fn integers_accept_numbers_and_digit_strings_only() {
        let p: Params =
            serde_json::from_str(r#"{"a": 5, "b": " 7 ", "c": "x", "d": 1.5, "e": -1, "f": [1]}"#)
                .unwrap();
        assert_eq!(natural_param(&p, "a").unwrap(), Some(5));
        assert_eq!(natural_param(&p, "b").unwrap(), Some(7));
        assert_eq!(natural_param(&p, "zz").unwrap(), None);
        for k in ["c", "d", "f"] {
            assert_eq!(
                natural_param(&p, k).unwrap_err(),
                ApiError::invalid(k, "Invalid integer")
            );
        }
        assert_eq!(
            natural_param(&p, "e").unwrap_err(),
            ApiError::invalid("e", "Must be a natural number")
        );
    }

    #[test]
    fn booleans_read_as_ckan_asbool() {
        let p = params_from_pairs([("a", "True"), ("b", "0"), ("c", "maybe")]);
        assert!(bool_param(&p, "a", false).unwrap());
        assert!(!bool_param(&p, "b", true).unwrap());
        assert!(bool_param(&p, "missing", true).unwrap());
        assert_eq!(bool_param(&p, "c", false).unwrap_err().status(), 409);
    }

    #[test]
    fn string_lists_come_as_json_text_or_lists() {
        let p: Params = serde_json::from_str(
            r#"{"a": "[\"x\", \"y\"]", "b": ["z"], "c": "not json", "d": "{}", "e": [1]}"#,
        )
        .unwrap();
        assert_eq!(string_list_param(&p, "a").unwrap().unwrap(), ["x", "y"]);
        assert_eq!(string_list_param(&p, "b").unwrap().unwrap(), ["z"]);
        assert_eq!(
            string_list_param(&p, "c").unwrap_err(),
            ApiError::invalid("c", "Could not parse as valid JSON")
        );
        assert_eq!(
            string_list_param(&p, "d").unwrap_err(),
            ApiError::invalid("d", "Not a list")
        );
        assert_eq!(
            string_list_param(&p, "e").unwrap_err(),
            ApiError::invalid("e", "Not a string")
        );
    }

    #[test]
    fn license_names_follow_the_package_writer() {
        assert_eq!(
            license_names("CC-BY-4.0"),
            (
                "cc-by".to_string(),
                "Creative Commons Attribution".to_string()
            )
        );
    }
}

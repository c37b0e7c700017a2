//! Metadata standards DataGO reads and writes, with the canonical model in the middle:
//! DCAT-AP 3 ([`dcat_ap`]), CKAN API v3 ([`ckan`]), Frictionless Data Package v2
//! ([`datapackage`]), schema.org ([`schema_org`]) and Satu Data Indonesia / BPS metadata
//! ([`satu_data`]); plus profile validation ([`profile`]).
//!
//! [`convert`] takes one dataset's metadata from one of them to another, through the model;
//! [`convert_text`] does the same for text in and text out, DCAT-AP (Turtle or JSON-LD) included,
//! and for documents holding several datasets (a CKAN `package_search` result, a DCAT-AP
//! catalog). [`check_with_profile`] adds a profile's findings to a catalog directory's check.

pub mod ckan;
pub mod ckan_api;
pub mod datapackage;
pub mod dcat_ap;
/// Project Open Data v1.1 (DCAT-US) `data.json`.
pub mod pod;
pub mod profile;
pub mod rdf;
pub mod satu_data;
pub mod schema_org;

use std::collections::BTreeMap;

use serde_json::Value;

use crate::catalog::{Catalog, Report};
use crate::dataset::Dataset;
use crate::organization::Organization;
use crate::text::LocalizedText;
use profile::Profile;
use rdf::RdfFormat;

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
    Ok(dataset_value(to, &dataset, organization.as_ref(), None))
}

/// One dataset in a JSON target format (`to` is one of [`TARGET_FORMATS`]); `catalog` is the
/// source's own catalog, when it has one.
fn dataset_value(
    to: &str,
    dataset: &Dataset,
    organization: Option<&Organization>,
    catalog: Option<&Catalog>,
) -> Value {
    match to {
        "ckan" => ckan::package_to_value(dataset, organization),
        "datapackage" => datapackage::to_value(dataset, catalog),
        "schema-org" => schema_org::to_value(dataset, catalog),
        // Our own types always serialize.
        _ => serde_json::to_value(dataset).unwrap_or(Value::Null),
    }
}

/// Formats [`convert_text`] reads.
pub const TEXT_SOURCE_FORMATS: [&str; 4] = ["ckan", "dcat-ap", "datapackage", "model"];
/// Formats [`convert_text`] writes.
pub const TEXT_TARGET_FORMATS: [&str; 5] =
    ["dcat-ap", "ckan", "datapackage", "schema-org", "model"];

/// Settings of [`convert_text`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConvertOptions {
    /// The syntax of a `dcat-ap` input; `None`: JSON-LD when the text starts with `{` or `[`,
    /// else Turtle.
    pub input_rdf: Option<RdfFormat>,
    /// The syntax of a `dcat-ap` output; `None`: JSON-LD.
    pub output_rdf: Option<RdfFormat>,
    /// JSON-LD contexts a `dcat-ap` input refers to by URL (URL, JSON text); nothing is fetched.
    pub contexts: Vec<(String, String)>,
}

/// The RDF syntax a text is most likely in: JSON-LD when it starts with `{` or `[`, else Turtle.
///
/// ```
/// use datago_core::standards::{guess_rdf_format, rdf::RdfFormat};
/// assert_eq!(guess_rdf_format("  {\"@context\": {}}"), RdfFormat::JsonLd);
/// assert_eq!(guess_rdf_format("@prefix dcat: <http://www.w3.org/ns/dcat#> ."), RdfFormat::Turtle);
/// ```
pub fn guess_rdf_format(text: &str) -> RdfFormat {
    match text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .as_bytes()
        .first()
    {
        Some(b'{') | Some(b'[') => RdfFormat::JsonLd,
        _ => RdfFormat::Turtle,
    }
}

/// What a source document holds: datasets with their producer organizations, and the catalog
/// when the source has one (DCAT-AP).
struct Source {
    catalog: Option<Catalog>,
    datasets: Vec<(Dataset, Option<Organization>)>,
}

/// Converts metadata from one standard to another, text in and text out, through the model.
///
/// - `from` ([`TEXT_SOURCE_FORMATS`]): `ckan` — a package, a `package_show` or
///   `package_search` action response, a `package_search` result or a JSON list of packages;
///   `dcat-ap` — Turtle or JSON-LD ([`ConvertOptions::input_rdf`]), every `dcat:Dataset` of the
///   graph; `datapackage`; `model` (a DataGO dataset document).
/// - `to` ([`TEXT_TARGET_FORMATS`]): `dcat-ap` — Turtle or JSON-LD
///   ([`ConvertOptions::output_rdf`]): the dataset when the source holds exactly one, else the
///   whole catalog (a DCAT-AP source's own catalog, or one holding every package and its
///   organization); `ckan`, `datapackage`, `schema-org`, `model` — pretty-printed JSON: the
///   dataset when the source holds exactly one, else a JSON list with one item per dataset (a
///   DCAT-AP source's catalog supplies organization names and the catalog itself to Data
///   Package and schema.org).
///
/// Errors: [`crate::Error::InvalidArgument`] for an unknown format, the reader's error
/// (`parse.*`, `ckan.*`, `datapackage.*`) for bad input.
///
/// ```
/// use datago_core::standards::{convert_text, ConvertOptions, rdf::RdfFormat};
/// let search = r#"{"help": "", "success": true, "result": {"count": 2, "results": [
///   {"name": "jumlah-puskesmas", "title": "Jumlah Puskesmas"},
///   {"name": "jumlah-sekolah", "title": "Jumlah Sekolah"}]}}"#;
/// let opts = ConvertOptions { output_rdf: Some(RdfFormat::Turtle), ..Default::default() };
/// let ttl = convert_text("ckan", "dcat-ap", search, &opts)?;
/// assert!(ttl.contains("dcat:Catalog") && ttl.contains("\"Jumlah Sekolah\""));
/// let back = convert_text("dcat-ap", "ckan", &ttl, &Default::default())?;
/// let packages: serde_json::Value = serde_json::from_str(&back).unwrap();
/// assert_eq!(packages.as_array().map(Vec::len), Some(2));
/// # Ok::<(), datago_core::Error>(())
/// ```
pub fn convert_text(
    from: &str,
    to: &str,
    input: &str,
    options: &ConvertOptions,
) -> Result<String, crate::Error> {
    let bad = |what: &'static str, value: &str, expected: &[&str]| crate::Error::InvalidArgument {
        what,
        value: value.to_string(),
        expected: expected.join(", "),
    };
    if !TEXT_SOURCE_FORMATS.contains(&from) {
        return Err(bad("source format", from, &TEXT_SOURCE_FORMATS));
    }
    if !TEXT_TARGET_FORMATS.contains(&to) {
        return Err(bad("target format", to, &TEXT_TARGET_FORMATS));
    }
    if to == "dcat-ap" {
        let format = options.output_rdf.unwrap_or(RdfFormat::JsonLd);
        if from == "ckan" && format == RdfFormat::JsonLd {
            if let Some(text) = ckan_list_to_jsonld(input) {
                return text;
            }
        }
        let source = read_source(from, input, options)?;
        let catalog = match source.catalog {
            Some(c) => c,
            None => catalog_of(source.datasets),
        };
        let opts = dcat_ap::DcatOptions::default();
        return Ok(match catalog.datasets.as_slice() {
            [one] => dcat_ap::export_dataset(one, Some(&catalog), format, &opts),
            _ => dcat_ap::export_catalog(&catalog, format, &opts),
        });
    }
    let source = read_source(from, input, options)?;
    let mut values: Vec<Value> = source
        .datasets
        .iter()
        .map(|(d, o)| dataset_value(to, d, o.as_ref(), source.catalog.as_ref()))
        .collect();
    let value = if values.len() == 1 {
        values.pop().unwrap_or(Value::Null)
    } else {
        Value::Array(values)
    };
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    Ok(text)
}

fn read_source(from: &str, input: &str, options: &ConvertOptions) -> Result<Source, crate::Error> {
    let single = |d: Dataset| Source {
        catalog: None,
        datasets: vec![(d, None)],
    };
    Ok(match from {
        "ckan" => Source {
            catalog: None,
            datasets: read_ckan(input)?
                .into_iter()
                .map(|p| (p.dataset, p.organization))
                .collect(),
        },
        "dcat-ap" => {
            let format = options.input_rdf.unwrap_or_else(|| guess_rdf_format(input));
            let contexts: Vec<(&str, &str)> = options
                .contexts
                .iter()
                .map(|(u, c)| (u.as_str(), c.as_str()))
                .collect();
            let catalog = dcat_ap::import(input, format, &contexts)?;
            let datasets = catalog
                .datasets
                .iter()
                .map(|d| {
                    let org = catalog.organization(&d.producer).cloned();
                    (d.clone(), org)
                })
                .collect();
            Source {
                catalog: Some(catalog),
                datasets,
            }
        }
        "datapackage" => single(datapackage::read(input)?),
        _ => single(crate::document::from_json(input)?),
    })
}

/// The packages of a CKAN document: one package (or a `package_show` response), a
/// `package_search` result (or response), or a JSON list of packages.
fn read_ckan(input: &str) -> Result<Vec<ckan::CkanPackage>, crate::Error> {
    if input.trim_start().starts_with('[') {
        return read_ckan_list(input);
    }
    let value: Value = crate::document::from_json(input)?;
    let enveloped =
        matches!(&value, Value::Object(m) if m.get("success") == Some(&Value::Bool(true)));
    let inner = if enveloped {
        value.get("result")
    } else {
        Some(&value)
    };
    match inner {
        Some(Value::Array(_)) => {
            let prefix = if enveloped { "/result" } else { "" };
            let Value::Array(items) = ckan::unwrap_envelope(value)? else {
                return Ok(Vec::new());
            };
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| {
                    ckan::package_from_value(item).map_err(|e| at(e, &format!("{prefix}/{i}")))
                })
                .collect::<Result<Vec<_>, _>>()
                .map_err(crate::Error::from)
        }
        Some(Value::Object(m)) if m.contains_key("results") => {
            Ok(ckan::read_search(input)?.packages)
        }
        _ => Ok(vec![ckan::package_from_value(value)?]),
    }
}

/// A JSON list of packages, read one package at a time: each item's JSON tree is dropped once
/// the item is read. The errors are those of reading the whole list first: a syntax error
/// anywhere wins over the first package's error.
fn read_ckan_list(input: &str) -> Result<Vec<ckan::CkanPackage>, crate::Error> {
    let mut packages = Vec::new();
    each_ckan_package(input, ckan::package_from_value, |p| {
        packages.push(p);
        true
    })?;
    Ok(packages)
}

/// Reads a JSON list of packages with `read`, one at a time, and hands each to `each`, which
/// returns false to stop: the rest of the list is then only checked for syntax. The errors are
/// those of [`read_ckan_list`].
fn each_ckan_package(
    input: &str,
    read: fn(Value) -> Result<ckan::CkanPackage, ckan::CkanError>,
    each: impl FnMut(ckan::CkanPackage) -> bool,
) -> Result<(), crate::Error> {
    use serde::de::{Deserializer as _, IgnoredAny, SeqAccess, Visitor};
    struct Packages<'a, F> {
        read: fn(Value) -> Result<ckan::CkanPackage, ckan::CkanError>,
        each: F,
        failed: &'a mut Option<ckan::CkanError>,
    }
    impl<'de, F: FnMut(ckan::CkanPackage) -> bool> Visitor<'de> for Packages<'_, F> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a JSON list of CKAN packages")
        }
        fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
            let mut i = 0usize;
            let mut reading = true;
            loop {
                if !reading || self.failed.is_some() {
                    // Only the syntax of the rest matters now.
                    if seq.next_element::<IgnoredAny>()?.is_none() {
                        break;
                    }
                    continue;
                }
                let Some(item) = seq.next_element::<Value>()? else {
                    break;
                };
                match (self.read)(item) {
                    Ok(p) => reading = (self.each)(p),
                    Err(e) => *self.failed = Some(at(e, &format!("/{i}"))),
                }
                i += 1;
            }
            Ok(())
        }
    }
    let mut failed = None;
    let mut de = serde_json::Deserializer::from_str(input);
    let packages = Packages {
        read,
        each,
        failed: &mut failed,
    };
    de.deserialize_seq(packages)
        .and_then(|()| de.end())
        .map_err(crate::document::ParseError::from)?;
    match failed {
        Some(e) => Err(e.into()),
        None => Ok(()),
    }
}

/// A JSON list of CKAN packages as a DCAT-AP JSON-LD catalog, one package at a time: each is
/// read, written and dropped before the next, and what only CKAN → CKAN needs is not kept. The
/// text and the errors are those of reading every package first ([`read_ckan`], [`catalog_of`],
/// [`dcat_ap::export_catalog`]). `None` when that cannot be done in one pass: not a list, a
/// syntax error (whose report depends on the packages before it), fewer than two packages (one
/// is written without its catalog), or an organization coming after a dataset that names it.
fn ckan_list_to_jsonld(input: &str) -> Option<Result<String, crate::Error>> {
    if !input.trim_start().starts_with('[') {
        return None;
    }
    let count = serde_json::from_str::<Vec<serde::de::IgnoredAny>>(input)
        .ok()?
        .len();
    if count < 2 {
        return None;
    }
    let catalog = converted_catalog(count);
    let opts = dcat_ap::DcatOptions::default();
    let mut stream = dcat_ap::JsonLdStream::new(&catalog, &opts, count);
    let mut in_order = true;
    let read = each_ckan_package(input, ckan::package_for_export, |p| {
        if let Some(o) = p.organization {
            in_order = stream.organization(o);
        }
        if in_order {
            stream.dataset(&identified(p.dataset));
        }
        in_order
    });
    match read {
        Err(e) => Some(Err(e)),
        Ok(()) => in_order.then(|| Ok(stream.finish())),
    }
}

/// `e` with its JSON pointer under `prefix`.
fn at(mut e: ckan::CkanError, prefix: &str) -> ckan::CkanError {
    use ckan::CkanError as E;
    match &mut e {
        E::NotAPackage { path }
        | E::NotAnOrganization { path }
        | E::NotASearchResult { path }
        | E::InvalidField { path, .. }
        | E::InvalidName { path, .. } => *path = format!("{prefix}{path}"),
        E::Parse(_) | E::EnvelopeError { .. } | E::MissingResult => {}
    }
    e
}

/// A catalog holding `datasets` and, once each, the organizations that came with them.
/// Datasets without an id take their slug as id.
fn catalog_of(datasets: Vec<(Dataset, Option<Organization>)>) -> Catalog {
    let mut catalog = converted_catalog(datasets.len());
    let mut seen = std::collections::HashSet::new();
    for (d, o) in datasets {
        if let Some(o) = o {
            if seen.insert(o.code.clone()) {
                catalog.organizations.push(o);
            }
        }
        catalog.datasets.push(identified(d));
    }
    catalog
}

/// `d`, identified by its slug when it has no id: a package without an id is identified by its
/// name (CKAN accepts either), so that datasets do not share one IRI.
fn identified(mut d: Dataset) -> Dataset {
    if d.id.trim().is_empty() {
        d.id = d.slug.clone();
    }
    d
}

/// The catalog of `datasets` converted datasets, without its organizations and datasets.
fn converted_catalog(datasets: usize) -> Catalog {
    let text = |id: &str, en: &str| {
        LocalizedText(BTreeMap::from([
            ("en".to_string(), en.to_string()),
            ("id".to_string(), id.to_string()),
        ]))
    };
    Catalog {
        id: "catalog".to_string(),
        title: text("Katalog hasil konversi", "Converted catalog"),
        description: text(
            &format!("{datasets} dataset hasil konversi metadata."),
            &format!("{datasets} datasets converted from other metadata."),
        ),
        publisher: String::new(),
        homepage: None,
        language: Vec::new(),
        spatial: None,
        license: None,
        issued: None,
        modified: None,
        contact: None,
        organizations: Vec::new(),
        datasets: Vec::with_capacity(datasets),
    }
}

/// Checks a catalog directory as [`crate::Bundle::check_with_progress`] does and adds the
/// findings of `profile` ([`profile::validate_catalog_profile`]) to the report: attributed to
/// the dataset documents they are about, counted in the totals and in the worst datasets.
///
/// ```
/// use datago_core::standards::{check_with_profile, profile::Profile};
/// let bundle = datago_core::sample::bundle();
/// let plain = bundle.check().unwrap();
/// let report = check_with_profile(&bundle, Profile::SatuData, &mut |_, _| {}).unwrap();
/// assert!(report.findings.len() >= plain.findings.len());
/// assert!(report.findings.iter().any(|f| f.code.starts_with("profile.satu-data.")));
/// ```
pub fn check_with_profile(
    bundle: &crate::Bundle,
    profile: Profile,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Report, crate::Error> {
    let report = bundle.check_with_progress(progress)?;
    let loaded = bundle.load()?;
    // Back to catalog paths, so that the report is rebuilt over every finding at once.
    let mut findings: Vec<crate::Finding> = report
        .findings
        .into_iter()
        .map(|mut f| {
            let index = f.document.as_ref().and_then(|doc| {
                loaded
                    .sources
                    .iter()
                    .position(|s| s.as_deref() == Some(doc.as_str()))
            });
            if let Some(i) = index {
                f.path = format!("/datasets/{i}{}", f.path);
                f.document = None;
            }
            f
        })
        .collect();
    findings.extend(profile::validate_catalog_profile(&loaded.catalog, profile));
    Ok(Report::new(&loaded.catalog, findings, &loaded.sources))
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

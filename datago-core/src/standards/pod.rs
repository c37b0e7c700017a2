//! Project Open Data Metadata Schema v1.1 (DCAT-US): the `data.json` catalog that CKAN's
//! `ckanext-datajson` harvester, data.gov-style aggregators and many portal crawlers read.
//!
//! Mapping (export only):
//!
//! | POD v1.1 | DataGO |
//! |---|---|
//! | `title`, `description` | title and description (Bahasa Indonesia, else English) |
//! | `keyword` | keywords (the title's words when there are none: the field is required) |
//! | `modified`, `issued` | modified (else issued), issued |
//! | `publisher` | the producing organization's name, `subOrganizationOf` its parent |
//! | `contactPoint` | contact point (`fn`, `hasEmail` as `mailto:`) |
//! | `identifier` | the dataset's landing page or `{base}/dataset/{slug}` |
//! | `accessLevel` | `terbuka` → `public`, `terbatas` → `restricted public`, `tertutup` → `non-public` |
//! | `rights` | a sentence for restricted and non-public data (required by the schema there) |
//! | `license` | the licence's URL from the registry |
//! | `spatial` | the region's name from the reference (else its code) |
//! | `temporal` | `start/end` (ISO 8601 interval) |
//! | `accrualPeriodicity` | frequency as an ISO 8601 repeating duration (`R/P1Y`, …) |
//! | `language`, `landingPage`, `theme` | languages, landing page, EU data themes of the urusan |
//! | `distribution` | resources: `downloadURL` (absolute), `mediaType`, `format`, `title` |
//!
//! ```
//! use datago_core::standards::pod;
//! let catalog = datago_core::sample::bundle().load().unwrap().catalog;
//! let v = pod::catalog(&catalog, &pod::PodOptions { base: Some("https://data.example.go.id".into()), published_only: true, ..Default::default() });
//! assert_eq!(v["conformsTo"], "https://project-open-data.cio.gov/v1.1/schema");
//! let first = &v["dataset"][0];
//! assert_eq!(first["@type"], "dcat:Dataset");
//! assert!(first["identifier"].as_str().unwrap().starts_with("https://"));
//! ```

use serde_json::{json, Map, Value};

use crate::finding::Lang;
use crate::region::reference::lookup;
use crate::{AccessLevel, Catalog, Dataset, Frequency, Resource};

/// The schema a POD v1.1 catalog conforms to.
pub const CONFORMS_TO: &str = "https://project-open-data.cio.gov/v1.1/schema";
/// The JSON-LD context of a POD v1.1 catalog.
pub const CONTEXT: &str = "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld";
/// The JSON Schema describing a POD v1.1 catalog.
pub const DESCRIBED_BY: &str = "https://project-open-data.cio.gov/v1.1/schema/catalog.json";

/// Export settings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PodOptions {
    /// Absolute base URL of the portal (no trailing `/`): makes data-file paths and dataset
    /// identifiers absolute. Default: the catalog's homepage.
    pub base: Option<String>,
    /// Leave out datasets that are not `published`.
    pub published_only: bool,
    /// Data files sit at `dataset/{slug}/{path}` (the static site's layout, see
    /// [`crate::site`]) rather than at `{path}` (a catalog directory's layout).
    pub site_layout: bool,
}

/// The POD accrual periodicity (ISO 8601 repeating duration) of a frequency; `None` for
/// `lainnya`, which POD writes as `irregular`.
///
/// ```
/// use datago_core::{standards::pod, Frequency};
/// assert_eq!(pod::accrual_periodicity(Frequency::Triwulanan), "R/P3M");
/// assert_eq!(pod::accrual_periodicity(Frequency::Lainnya), "irregular");
/// ```
pub fn accrual_periodicity(f: Frequency) -> &'static str {
    match f {
        Frequency::Harian => "R/P1D",
        Frequency::Mingguan => "R/P1W",
        Frequency::Bulanan => "R/P1M",
        Frequency::Triwulanan => "R/P3M",
        Frequency::Semesteran => "R/P6M",
        Frequency::Tahunan => "R/P1Y",
        Frequency::Lainnya => "irregular",
    }
}

/// The POD `accessLevel` of an access classification.
///
/// ```
/// use datago_core::{standards::pod, AccessLevel};
/// assert_eq!(pod::access_level(AccessLevel::Terbatas), "restricted public");
/// ```
pub fn access_level(a: AccessLevel) -> &'static str {
    match a {
        AccessLevel::Terbuka => "public",
        AccessLevel::Terbatas => "restricted public",
        AccessLevel::Tertutup => "non-public",
    }
}

fn base_of(catalog: &Catalog, opts: &PodOptions) -> String {
    opts.base
        .clone()
        .or_else(|| catalog.homepage.clone())
        .unwrap_or_default()
        .trim_end_matches('/')
        .to_string()
}

fn absolute(base: &str, path: &str) -> String {
    if path.contains("://") || base.is_empty() {
        path.to_string()
    } else {
        format!("{base}/{}", path.trim_start_matches('/'))
    }
}

fn text(t: &crate::LocalizedText) -> String {
    t.best(Lang::Id).to_string()
}

fn put(m: &mut Map<String, Value>, key: &str, value: Option<String>) {
    if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
        m.insert(key.to_string(), Value::String(v));
    }
}

fn distribution(r: &Resource, base: &str) -> Value {
    distribution_at(r, base, r.path.clone())
}

fn distribution_at(r: &Resource, base: &str, path: Option<String>) -> Value {
    let mut m = Map::new();
    m.insert("@type".into(), "dcat:Distribution".into());
    put(&mut m, "title", Some(text(&r.title)));
    put(&mut m, "description", r.description.as_ref().map(text));
    if let Some(u) = r.url.clone().or(path) {
        m.insert("downloadURL".into(), absolute(base, &u).into());
    }
    let media = r.media_type.clone().or_else(|| {
        r.format
            .as_deref()
            .and_then(crate::resource::media_type_for)
            .map(String::from)
    });
    put(&mut m, "mediaType", media);
    put(&mut m, "format", r.format.clone());
    Value::Object(m)
}

/// One dataset as a POD v1.1 `dcat:Dataset` object.
pub fn dataset(d: &Dataset, catalog: &Catalog, opts: &PodOptions) -> Value {
    let base = base_of(catalog, opts);
    let mut m = Map::new();
    m.insert("@type".into(), "dcat:Dataset".into());
    m.insert("title".into(), text(&d.title).into());
    m.insert("description".into(), text(&d.description).into());
    let mut keywords: Vec<String> = d.keywords.clone();
    if keywords.is_empty() {
        keywords = text(&d.title)
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
    }
    m.insert("keyword".into(), json!(keywords));
    if let Some(date) = d.modified.or(d.issued) {
        m.insert("modified".into(), date.to_string().into());
    }
    put(&mut m, "issued", d.issued.map(|x| x.to_string()));
    let org = catalog.organizations.iter().find(|o| o.code == d.producer);
    let mut publisher = Map::new();
    publisher.insert("@type".into(), "org:Organization".into());
    publisher.insert(
        "name".into(),
        org.map(|o| text(&o.name))
            .unwrap_or_else(|| d.producer.clone())
            .into(),
    );
    if let Some(parent) = org
        .and_then(|o| o.parent.as_deref())
        .and_then(|p| catalog.organizations.iter().find(|o| o.code == p))
    {
        publisher.insert(
            "subOrganizationOf".into(),
            json!({"@type": "org:Organization", "name": text(&parent.name)}),
        );
    }
    m.insert("publisher".into(), Value::Object(publisher));
    let contact = d
        .contact
        .as_ref()
        .or(org.and_then(|o| o.contact.as_ref()))
        .or(catalog.contact.as_ref());
    if let Some(c) = contact {
        let mut cm = Map::new();
        cm.insert("@type".into(), "vcard:Contact".into());
        cm.insert("fn".into(), c.name.clone().into());
        put(
            &mut cm,
            "hasEmail",
            c.email.as_ref().map(|e| format!("mailto:{e}")),
        );
        m.insert("contactPoint".into(), Value::Object(cm));
    }
    let identifier = d
        .landing_page
        .clone()
        .unwrap_or_else(|| absolute(&base, &format!("dataset/{}", d.slug)));
    m.insert("identifier".into(), identifier.into());
    let access = d.access.unwrap_or(AccessLevel::Terbuka);
    m.insert("accessLevel".into(), access_level(access).into());
    if access != AccessLevel::Terbuka {
        m.insert(
            "rights".into(),
            match access {
                AccessLevel::Terbatas => "Data terbatas: hanya dibagikan kepada instansi atau pihak yang ditetapkan (restricted: shared with named agencies only).",
                _ => "Data tertutup: tidak dibagikan (non-public: not shared).",
            }
            .into(),
        );
    }
    put(
        &mut m,
        "license",
        d.license
            .as_deref()
            .and_then(crate::license::get)
            .and_then(|l| l.url.clone()),
    );
    if let Some(r) = &d.spatial {
        let name = lookup(r).map(|x| x.name.to_string());
        m.insert(
            "spatial".into(),
            name.unwrap_or_else(|| r.code.clone()).into(),
        );
    }
    if let Some(t) = &d.temporal {
        m.insert("temporal".into(), format!("{}/{}", t.start, t.end).into());
    }
    if let Some(f) = d.frequency {
        m.insert("accrualPeriodicity".into(), accrual_periodicity(f).into());
    }
    if !d.language.is_empty() {
        m.insert("language".into(), json!(d.language));
    }
    put(&mut m, "landingPage", d.landing_page.clone());
    let themes = d.eu_themes();
    if !themes.is_empty() {
        m.insert("theme".into(), json!(themes));
    }
    let dists: Vec<Value> = d
        .resources
        .iter()
        .map(|r| match (&r.path, opts.site_layout) {
            (Some(p), true) => distribution_at(r, &base, Some(format!("dataset/{}/{p}", d.slug))),
            _ => distribution(r, &base),
        })
        .collect();
    if !dists.is_empty() {
        m.insert("distribution".into(), Value::Array(dists));
    }
    Value::Object(m)
}

/// A catalog as a POD v1.1 `data.json` document.
pub fn catalog(catalog: &Catalog, opts: &PodOptions) -> Value {
    let datasets: Vec<Value> = catalog
        .datasets
        .iter()
        .filter(|d| !opts.published_only || d.status == crate::PublicationStatus::Published)
        .map(|d| dataset(d, catalog, opts))
        .collect();
    json!({
        "@context": CONTEXT,
        "@type": "dcat:Catalog",
        "conformsTo": CONFORMS_TO,
        "describedBy": DESCRIBED_BY,
        "dataset": datasets,
    })
}

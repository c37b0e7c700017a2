//! schema.org `Dataset` in JSON-LD, for embedding in a dataset's HTML page so search engines
//! (Google Dataset Search) find it. Export only.
//!
//! ```
//! use datago_core::standards::schema_org;
//! let catalog = datago_core::sample::bundle().load().unwrap().catalog;
//! let ds = catalog.dataset("jumlah-puskesmas").unwrap();
//! let v = schema_org::to_value(ds, Some(&catalog));
//! assert_eq!(v["@type"], "Dataset");
//! assert_eq!(v["name"], ds.title.get("id").unwrap());
//! let html = schema_org::script_tag(ds, Some(&catalog));
//! assert!(html.starts_with(r#"<script type="application/ld+json">"#));
//! ```
//!
//! | model | schema.org |
//! |---|---|
//! | `title` (Indonesian; English as `alternateName`), `description` | `name`, `description` |
//! | `landing_page`, else `{catalog homepage}/dataset/{slug}` | `url`, `@id` |
//! | `id`, `keywords`, `version` | `identifier`, `keywords`, `version` |
//! | `license` | `license`: the license's URL from the registry |
//! | `access` | `isAccessibleForFree` (`terbuka` is free) |
//! | `producer` (and `author`), `walidata` | `creator`, `publisher`: `Organization` with `name`, `url`, `contactPoint` (the dataset's `contact` for the producer) |
//! | `temporal` | `temporalCoverage`: `2019-01-01/2024-12-31` |
//! | `spatial` | `spatialCoverage`: `Place` with a `PropertyValue` identifier (`bps` / `kemendagri`) |
//! | `resources` | `distribution`: `DataDownload` with `encodingFormat`, `contentUrl` (a `path` is resolved against the catalog homepage), `contentSize` |
//! | `record.created`, `issued`, `modified` | `dateCreated`, `datePublished`, `dateModified` |
//! | `language` (default `id`) | `inLanguage` |
//! | Table Schema fields | `variableMeasured`: `PropertyValue` with `name`, `description` |
//! | catalog | `includedInDataCatalog`: `DataCatalog` |

use serde_json::{json, Map, Value};

use crate::catalog::Catalog;
use crate::dataset::Dataset;
use crate::finding::Lang;
use crate::license;
use crate::organization::{ContactPoint, Organization};
use crate::region::{RegionLevel, RegionScheme};
use crate::vocab::{self, AccessLevel};

/// The JSON-LD `@context`.
pub const CONTEXT: &str = "https://schema.org/";

/// The dataset's page: its landing page, else `{catalog homepage}/dataset/{slug}`.
fn page(ds: &Dataset, catalog: Option<&Catalog>) -> Option<String> {
    ds.landing_page.clone().or_else(|| {
        catalog
            .and_then(|c| c.homepage.as_deref())
            .map(|h| format!("{}/dataset/{}", h.trim_end_matches('/'), ds.slug))
    })
}

fn contact_point(c: &ContactPoint) -> Value {
    let mut m = Map::new();
    m.insert("@type".into(), json!("ContactPoint"));
    m.insert("contactType".into(), json!("customer support"));
    if !c.name.is_empty() {
        m.insert("name".into(), json!(c.name));
    }
    if let Some(e) = &c.email {
        m.insert("email".into(), json!(e));
    }
    if let Some(p) = &c.phone {
        m.insert("telephone".into(), json!(p));
    }
    if let Some(u) = &c.url {
        m.insert("url".into(), json!(u));
    }
    Value::Object(m)
}

/// An organization by code: from the catalog when it is there, else by its code alone.
fn organization(code: &str, catalog: Option<&Catalog>, contact: Option<&ContactPoint>) -> Value {
    let org: Option<&Organization> = catalog.and_then(|c| c.organization(code));
    let mut m = Map::new();
    m.insert("@type".into(), json!("Organization"));
    match org {
        Some(o) => {
            m.insert("name".into(), json!(o.name.best(Lang::Id)));
            if let Some(s) = &o.short_name {
                m.insert("alternateName".into(), json!(s));
            }
            if let Some(h) = &o.homepage {
                m.insert("url".into(), json!(h));
            }
            if let Some(i) = &o.image_url {
                m.insert("logo".into(), json!(i));
            }
        }
        None => {
            m.insert("name".into(), json!(code));
        }
    }
    if let Some(c) = contact.or_else(|| org.and_then(|o| o.contact.as_ref())) {
        m.insert("contactPoint".into(), contact_point(c));
    }
    Value::Object(m)
}

fn level_id(level: Option<RegionLevel>) -> &'static str {
    match level {
        Some(RegionLevel::Provinsi) => "Provinsi",
        Some(RegionLevel::KabupatenKota) => "Kabupaten/Kota",
        Some(RegionLevel::Kecamatan) => "Kecamatan",
        Some(RegionLevel::DesaKelurahan) => "Desa/Kelurahan",
        None => "Wilayah",
    }
}

/// The dataset as a schema.org `Dataset` (JSON-LD). Pass the catalog for the organizations'
/// names, websites and contacts, the catalog itself and the dataset's page address.
///
/// ```
/// use datago_core::standards::schema_org;
/// let ds = datago_core::Dataset::from_json(r#"{"id": "d1", "slug": "jumlah-puskesmas",
///   "title": {"id": "Jumlah Puskesmas"}, "description": {"id": "Jumlah puskesmas per kecamatan."},
///   "temporal": {"start": "2019-01-01", "end": "2024-12-31"}, "license": "CC-BY-4.0", "access": "terbuka"}"#).unwrap();
/// let v = schema_org::to_value(&ds, None);
/// assert_eq!(v["temporalCoverage"], "2019-01-01/2024-12-31");
/// assert_eq!(v["license"], "https://creativecommons.org/licenses/by/4.0/");
/// assert_eq!(v["isAccessibleForFree"], true);
/// ```
pub fn to_value(dataset: &Dataset, catalog: Option<&Catalog>) -> Value {
    let ds = dataset;
    let mut m = Map::new();
    m.insert("@context".into(), json!(CONTEXT));
    m.insert("@type".into(), json!("Dataset"));
    let url = page(ds, catalog);
    if let Some(u) = &url {
        m.insert("@id".into(), json!(u));
    }
    let name = ds.title.best(Lang::Id);
    m.insert("name".into(), json!(name));
    if let Some(en) = ds
        .title
        .get("en")
        .filter(|en| *en != name && !en.is_empty())
    {
        m.insert("alternateName".into(), json!(en));
    }
    m.insert("description".into(), json!(ds.description.best(Lang::Id)));
    if let Some(u) = &url {
        m.insert("url".into(), json!(u));
    }
    if !ds.id.is_empty() {
        m.insert("identifier".into(), json!(ds.id));
    }
    if !ds.keywords.is_empty() {
        m.insert("keywords".into(), json!(ds.keywords));
    }
    if let Some(v) = &ds.version {
        m.insert("version".into(), json!(v));
    }
    if let Some(l) = &ds.license {
        let uri = match license::get(l) {
            Some(reg) => reg.url.clone().or_else(|| reg.uri()),
            None => (l.starts_with("http://") || l.starts_with("https://")).then(|| l.clone()),
        };
        if let Some(u) = uri {
            m.insert("license".into(), json!(u));
        }
    }
    if let Some(a) = ds.access {
        m.insert(
            "isAccessibleForFree".into(),
            json!(a == AccessLevel::Terbuka),
        );
    }
    if !ds.producer.is_empty() {
        let producer = organization(&ds.producer, catalog, ds.contact.as_ref());
        let creator = match &ds.author {
            Some(a) => {
                let mut p = Map::new();
                p.insert("@type".into(), json!("Person"));
                p.insert("name".into(), json!(a.name));
                if let Some(e) = &a.email {
                    p.insert("email".into(), json!(e));
                }
                json!([producer, Value::Object(p)])
            }
            None => producer,
        };
        m.insert("creator".into(), creator);
    }
    let publisher = if ds.walidata.is_empty() {
        catalog
            .map(|c| c.publisher.clone())
            .filter(|p| !p.is_empty())
    } else {
        Some(ds.walidata.clone())
    };
    if let Some(p) = publisher {
        m.insert("publisher".into(), organization(&p, catalog, None));
    }
    if let Some(t) = ds.temporal {
        m.insert(
            "temporalCoverage".into(),
            json!(format!("{}/{}", t.start, t.end)),
        );
    }
    if let Some(r) = &ds.spatial {
        let scheme = match r.scheme {
            RegionScheme::Bps => "BPS",
            RegionScheme::Kemendagri => "Kemendagri",
        };
        m.insert(
            "spatialCoverage".into(),
            json!({
                "@type": "Place",
                "name": format!("{} {} ({scheme})", level_id(r.level()), r.code),
                "identifier": {"@type": "PropertyValue", "propertyID": r.scheme.as_str(), "value": r.code},
            }),
        );
    }
    let home = catalog
        .and_then(|c| c.homepage.as_deref())
        .map(|h| h.trim_end_matches('/').to_string());
    let distribution: Vec<Value> = ds
        .resources
        .iter()
        .filter_map(|r| {
            let content = r.url.clone().or_else(|| {
                let p = r.path.as_deref()?;
                home.as_ref()
                    .map(|h| format!("{h}/{}", p.trim_start_matches('/')))
            })?;
            let mut d = Map::new();
            d.insert("@type".into(), json!("DataDownload"));
            if !r.title.is_blank() {
                d.insert("name".into(), json!(r.title.best(Lang::Id)));
            }
            if let Some(desc) = r.description.as_ref().filter(|t| !t.is_blank()) {
                d.insert("description".into(), json!(desc.best(Lang::Id)));
            }
            let encoding = r.media_type.clone().or_else(|| {
                let f = r.format.as_deref()?;
                Some(vocab::format(f).map_or_else(|| f.to_string(), |x| x.media_type.clone()))
            });
            if let Some(e) = encoding {
                d.insert("encodingFormat".into(), json!(e));
            }
            d.insert("contentUrl".into(), json!(content));
            if let Some(n) = r.byte_size {
                d.insert("contentSize".into(), json!(format!("{n} B")));
            }
            Some(Value::Object(d))
        })
        .collect();
    if !distribution.is_empty() {
        m.insert("distribution".into(), Value::Array(distribution));
    }
    if let Some(c) = ds.record.and_then(|r| r.created) {
        m.insert("dateCreated".into(), json!(c.date_naive().to_string()));
    }
    if let Some(d) = ds.issued {
        m.insert("datePublished".into(), json!(d.to_string()));
    }
    if let Some(d) = ds.modified {
        m.insert("dateModified".into(), json!(d.to_string()));
    }
    let language = match ds.language.as_slice() {
        [] => json!("id"),
        [one] => json!(one),
        many => json!(many),
    };
    m.insert("inLanguage".into(), language);
    let mut variables: Vec<Value> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for f in ds
        .resources
        .iter()
        .filter_map(|r| r.schema.as_ref())
        .flat_map(|s| s.fields.iter())
    {
        if f.name.is_empty() || seen.contains(&f.name.as_str()) {
            continue;
        }
        seen.push(&f.name);
        let mut v = Map::new();
        v.insert("@type".into(), json!("PropertyValue"));
        v.insert("name".into(), json!(f.title.as_deref().unwrap_or(&f.name)));
        if f.title.is_some() {
            v.insert("propertyID".into(), json!(f.name));
        }
        if let Some(d) = &f.description {
            v.insert("description".into(), json!(d));
        }
        variables.push(Value::Object(v));
    }
    if !variables.is_empty() {
        m.insert("variableMeasured".into(), Value::Array(variables));
    }
    if let Some(c) = catalog {
        let mut dc = Map::new();
        dc.insert("@type".into(), json!("DataCatalog"));
        dc.insert("name".into(), json!(c.title.best(Lang::Id)));
        if let Some(h) = &c.homepage {
            dc.insert("url".into(), json!(h));
        }
        m.insert("includedInDataCatalog".into(), Value::Object(dc));
    }
    Value::Object(m)
}

/// JSON-LD as the text of a `<script>` element: `<`, `>` and `&` (which can only occur inside
/// JSON strings) are written as `\u003c`, `\u003e`, `\u0026`, so a title containing
/// `</script>` or `<!--` cannot end the element early. The JSON reads back unchanged.
///
/// ```
/// let v = serde_json::json!({"name": "</script><script>alert(1)</script>"});
/// let html = datago_core::standards::schema_org::html_script(&v);
/// assert_eq!(html.matches("</script>").count(), 1);
/// assert!(html.ends_with("</script>"));
/// ```
pub fn html_script(json_ld: &Value) -> String {
    let text = json_ld
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026");
    format!("<script type=\"application/ld+json\">{text}</script>")
}

/// The dataset's schema.org JSON-LD as a ready `<script type="application/ld+json">` element
/// (see [`html_script`]).
///
/// ```
/// let mut ds = datago_core::Dataset::new("d1", "data-uji");
/// ds.title = datago_core::LocalizedText::new("Uji </script><b>");
/// let html = datago_core::standards::schema_org::script_tag(&ds, None);
/// assert!(!html.contains("</script><b>"));
/// assert!(html.contains(r"Uji \u003c/script\u003e\u003cb\u003e"));
/// ```
pub fn script_tag(dataset: &Dataset, catalog: Option<&Catalog>) -> String {
    html_script(&to_value(dataset, catalog))
}

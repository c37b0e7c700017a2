//! DCAT-AP 3.0.1: export a catalog or a dataset as JSON-LD or Turtle, and import both.
//!
//! The export is self-contained so it validates against the official SHACL shapes on its own:
//! every node a property points to is typed in the same graph (publishers are `foaf:Agent`s with
//! a `foaf:name`, themes are `skos:Concept`s with a `skos:prefLabel` in a `skos:ConceptScheme`,
//! licences are `dct:LicenseDocument`s, and so on).
//!
//! | model | DCAT-AP |
//! |---|---|
//! | `Catalog` | `dcat:Catalog` at `{base}/catalog`: title, description, publisher, `foaf:homepage`, language (EU Languages), spatial, licence, issued, modified, `dcat:themeTaxonomy` |
//! | `Organization` | `foaf:Agent` + `foaf:Organization` at `{base}/organization/{code}`: `foaf:name`, `dct:type` (ADMS publisher type) |
//! | `Dataset` | `dcat:Dataset` at `{base}/dataset/{id}`: `dct:identifier`, title, description, `dcat:keyword`, `dcat:theme` (EU data theme **and** the urusan concept), `dct:publisher` (producer), `prov:qualifiedAttribution` with role custodian (walidata), `dct:accrualPeriodicity` (EU frequency), `dct:temporal`, `dct:spatial`, `dct:accessRights` (EU access right), `dcat:contactPoint` (vCard), issued, modified, `dcat:landingPage`, `dcat:version`, `dct:language`, `dct:creator` (author), `dct:source` |
//! | `Resource` | `dcat:Distribution`: title, description, `dcat:accessURL` and `dcat:downloadURL`, `dct:format` (EU File Type), `dcat:mediaType` (IANA), `dcat:byteSize`, `spdx:checksum`, `dct:license` (EU Licence NAL where it exists; the dataset's licence when the resource has none), issued, modified |
//! | region code | `dct:Location` at `{base}/wilayah/{scheme}/{code}` with `dct:identifier` |
//!
//! `{base}` is [`DcatOptions::base`], else the catalog's homepage, else `urn:datago:{catalog-id}`.
//!
//! ```
//! use datago_core::standards::{dcat_ap, rdf::RdfFormat};
//! let catalog = datago_core::sample::bundle().load().unwrap().catalog;
//! let ttl = dcat_ap::export_catalog(&catalog, RdfFormat::Turtle, &Default::default());
//! assert!(ttl.contains("dcat:Catalog"));
//! let back = dcat_ap::import(&ttl, RdfFormat::Turtle, &[]).unwrap();
//! assert_eq!(back.datasets.len(), catalog.datasets.len());
//! ```

use std::collections::{BTreeMap, HashSet};

use chrono::{Datelike, NaiveDate};
use oxrdf::{Graph, LiteralRef, NamedNode, NamedNodeRef, NamedOrBlankNode, TermRef};

use super::rdf::{iri, ns, Builder, JsonLdWriter, RdfFormat, Subject, TripleSink};
use crate::catalog::Catalog;
use crate::dataset::{Agent, Dataset, SourceRef, TemporalCoverage};
use crate::organization::{ContactPoint, Organization, OrganizationKind, SatuDataRole};
use crate::region::{RegionCode, RegionScheme};
use crate::resource::{Checksum, ChecksumAlgorithm, Resource};
use crate::text::LocalizedText;
use crate::vocab::{self, AccessLevel, Frequency};

/// ISO 19115 role DataGO uses for the walidata (data custodian) in `prov:qualifiedAttribution`.
pub const CUSTODIAN_ROLE: &str = "http://registry.it.csiro.au/def/isotc211/CI_RoleCode/custodian";
/// ADMS publisher type of a local authority.
pub const LOCAL_AUTHORITY: &str = "http://purl.org/adms/publishertype/LocalAuthority";
/// The EU data theme concept scheme.
pub const EU_THEME_SCHEME: &str = "http://publications.europa.eu/resource/authority/data-theme";
const AVAILABILITY: &str = "http://publications.europa.eu/resource/authority/planned-availability/";
const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
const EU_LANGUAGE: &str = "http://publications.europa.eu/resource/authority/language/";
const LANGUAGES: [(&str, &str, &str); 2] = [("id", "IND", "Indonesian"), ("en", "ENG", "English")];

/// Export settings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DcatOptions {
    /// Base IRI of the minted identifiers (no trailing `/`).
    pub base: Option<String>,
    /// Leave out datasets that are not `published`.
    pub published_only: bool,
}

fn base_of(catalog: Option<&Catalog>, opts: &DcatOptions) -> String {
    let b = opts
        .base
        .clone()
        .or_else(|| catalog.and_then(|c| c.homepage.clone()))
        .filter(|b| NamedNode::new(b.as_str()).is_ok())
        .unwrap_or_else(|| {
            let id = catalog.map(|c| c.id.as_str()).unwrap_or("catalog");
            let id: String = id
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '-' {
                        c
                    } else {
                        '-'
                    }
                })
                .collect();
            format!("urn:datago:{id}")
        });
    b.trim_end_matches('/').to_string()
}

/// `d` as `NaiveDate`'s `Display` writes it (`2024-05-02`), without the formatting machinery
/// for the years DataGO meets.
fn date_text(d: NaiveDate) -> String {
    let (y, m, day) = (d.year(), d.month(), d.day());
    if !(0..=9999).contains(&y) {
        return d.to_string();
    }
    let (y, m, day) = (y.unsigned_abs(), m, day);
    let digits = [
        y / 1000,
        y / 100 % 10,
        y / 10 % 10,
        y % 10,
        m / 10,
        m % 10,
        day / 10,
        day % 10,
    ];
    let mut text = String::with_capacity(10);
    for (i, n) in digits.into_iter().enumerate() {
        if i == 4 || i == 6 {
            text.push('-');
        }
        text.extend(char::from_digit(n, 10));
    }
    text
}

/// Percent-encodes what may not appear in an IRI path segment.
fn segment(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn node(s: &str) -> Option<Subject> {
    super::rdf::subject(s)
}

/// An IRI minted under the base: the base is a valid IRI without a trailing `/`, and what
/// follows it is `/` and [`segment`]s (unreserved characters and percent-escapes), which keeps
/// it valid wherever the base ends (path, query or fragment).
fn minted(iri: String) -> Subject {
    NamedOrBlankNode::NamedNode(NamedNode::new_unchecked(iri))
}

fn named(s: &str) -> Option<NamedNode> {
    NamedNode::new(s).ok()
}

/// A predicate or class of one of DataGO's namespaces, without allocating.
macro_rules! p {
    (DCAT, $l:literal) => {
        NamedNodeRef::new_unchecked(concat!("http://www.w3.org/ns/dcat#", $l))
    };
    (DCT, $l:literal) => {
        NamedNodeRef::new_unchecked(concat!("http://purl.org/dc/terms/", $l))
    };
    (FOAF, $l:literal) => {
        NamedNodeRef::new_unchecked(concat!("http://xmlns.com/foaf/0.1/", $l))
    };
    (VCARD, $l:literal) => {
        NamedNodeRef::new_unchecked(concat!("http://www.w3.org/2006/vcard/ns#", $l))
    };
    (SKOS, $l:literal) => {
        NamedNodeRef::new_unchecked(concat!("http://www.w3.org/2004/02/skos/core#", $l))
    };
    (SPDX, $l:literal) => {
        NamedNodeRef::new_unchecked(concat!("http://spdx.org/rdf/terms#", $l))
    };
    (PROV, $l:literal) => {
        NamedNodeRef::new_unchecked(concat!("http://www.w3.org/ns/prov#", $l))
    };
    (DCATAP, $l:literal) => {
        NamedNodeRef::new_unchecked(concat!("http://data.europa.eu/r5r/", $l))
    };
    (RDFS, $l:literal) => {
        NamedNodeRef::new_unchecked(concat!("http://www.w3.org/2000/01/rdf-schema#", $l))
    };
}

/// The DCAT-AP mapping, written once against a [`TripleSink`]: the graph builders and the
/// streaming JSON-LD writer receive the same triples.
struct Exporter<'a, S: TripleSink> {
    b: Builder<S>,
    base: String,
    catalog: Option<&'a Catalog>,
    /// Organizations added while datasets are written ([`JsonLdStream`]), after the catalog's.
    organizations: Vec<Organization>,
    /// Nodes (and facts about them) already described, by IRI or marker key.
    typed: HashSet<String>,
}

impl<S: TripleSink> Exporter<'_, S> {
    fn org_iri(&self, code: &str) -> String {
        format!("{}/organization/{}", self.base, segment(code))
    }

    /// Whether `key` is seen for the first time (and now remembered).
    fn first(&mut self, key: &str) -> bool {
        !self.typed.contains(key) && self.typed.insert(key.to_string())
    }

    /// `uri` as a named node when it is valid; a node already described was valid.
    fn checked(&self, uri: &str) -> Option<NamedNode> {
        if self.typed.contains(uri) {
            Some(NamedNode::new_unchecked(uri))
        } else {
            named(uri)
        }
    }

    /// The organization `code`: the catalog's, else one added while streaming.
    fn organization(&self, code: &str) -> Option<&Organization> {
        self.catalog
            .and_then(|c| c.organization(code))
            .or_else(|| self.organizations.iter().find(|o| o.code == code))
    }

    /// Adds an organization as a `foaf:Agent` (once) and returns its node.
    fn agent(&mut self, code: &str) -> Option<Subject> {
        let iri_s = self.org_iri(code);
        if self.typed.contains(&iri_s) {
            return Some(NamedOrBlankNode::NamedNode(NamedNode::new_unchecked(iri_s)));
        }
        self.typed.insert(iri_s.clone());
        let s = minted(iri_s);
        let (name, homepage) = match self.organization(code) {
            Some(o) => (
                Some(o.name.clone()).filter(|n| !n.is_blank()),
                o.homepage.clone(),
            ),
            None => (None, None),
        };
        self.b.typed(&s, p!(FOAF, "Agent"));
        self.b.typed(&s, p!(FOAF, "Organization"));
        match name {
            Some(name) => self.b.text(&s, p!(FOAF, "name"), &name),
            None => self.b.string(&s, p!(FOAF, "name"), code),
        }
        self.b.string(&s, p!(DCT, "identifier"), code);
        if let Some(t) = self.concept(LOCAL_AUTHORITY, "Local Authority", None) {
            self.b.add(&s, p!(DCT, "type"), &t);
        }
        if let Some(doc) = homepage.and_then(|h| self.document(&h)) {
            self.b.add(&s, p!(FOAF, "homepage"), &doc);
        }
        Some(s)
    }

    /// A `skos:Concept` with a label, optionally in a scheme.
    fn concept(
        &mut self,
        uri: &str,
        label: &str,
        scheme: Option<(&str, &str)>,
    ) -> Option<NamedNode> {
        let n = self.checked(uri)?;
        if self.first(uri) {
            let s = NamedOrBlankNode::NamedNode(n.clone());
            self.b.typed(&s, p!(SKOS, "Concept"));
            self.b.add(
                &s,
                p!(SKOS, "prefLabel"),
                LiteralRef::new_language_tagged_literal_unchecked(label, "en"),
            );
            if let Some((scheme_uri, title)) = scheme {
                if let Some(sch) = self.scheme(scheme_uri, title) {
                    self.b.add(&s, p!(SKOS, "inScheme"), &sch);
                }
            }
        }
        Some(n)
    }

    fn scheme(&mut self, uri: &str, title: &str) -> Option<NamedNode> {
        let n = self.checked(uri)?;
        if self.first(uri) {
            let s = NamedOrBlankNode::NamedNode(n.clone());
            self.b.typed(&s, p!(SKOS, "ConceptScheme"));
            self.b.add(
                &s,
                p!(DCT, "title"),
                LiteralRef::new_language_tagged_literal_unchecked(title, "en"),
            );
        }
        Some(n)
    }

    /// A node typed with `class` (once).
    fn typed_node(&mut self, uri: &str, class: NamedNodeRef<'_>) -> Option<NamedNode> {
        let n = self.checked(uri)?;
        if self.first(uri) {
            self.b.typed(&NamedOrBlankNode::NamedNode(n.clone()), class);
        }
        Some(n)
    }

    fn document(&mut self, uri: &str) -> Option<NamedNode> {
        self.typed_node(uri, p!(FOAF, "Document"))
    }

    fn language(&mut self, tag: &str) -> Option<NamedNode> {
        let primary = tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
        let (_, code, _) = LANGUAGES.iter().find(|(t, _, _)| *t == primary)?;
        self.typed_node(&format!("{EU_LANGUAGE}{code}"), p!(DCT, "LinguisticSystem"))
    }

    fn location(&mut self, r: &RegionCode) -> Option<NamedNode> {
        let uri = format!(
            "{}/wilayah/{}/{}",
            self.base,
            r.scheme.as_str(),
            segment(&r.code)
        );
        let n = self.typed_node(&uri, p!(DCT, "Location"))?;
        // Once per location and code (a marker key: no IRI holds a space).
        if self.first(&format!("identifier {} {uri}", r.code)) {
            let s = NamedOrBlankNode::NamedNode(n.clone());
            self.b.string(&s, p!(DCT, "identifier"), &r.code);
        }
        Some(n)
    }

    fn date(&mut self, s: &Subject, p: NamedNodeRef<'_>, d: Option<NaiveDate>) {
        if let Some(d) = d {
            self.b.typed_literal(s, p, &date_text(d), "date");
        }
    }

    fn contact(&mut self, c: &ContactPoint) -> Subject {
        let s = self.b.blank("contact");
        self.b.typed(&s, p!(VCARD, "Kind"));
        self.b.typed(&s, p!(VCARD, "Organization"));
        if !c.name.is_empty() {
            self.b.string(&s, p!(VCARD, "fn"), &c.name);
        }
        if let Some(e) = c
            .email
            .as_deref()
            .and_then(|e| named(&format!("mailto:{e}")))
        {
            self.b.add(&s, p!(VCARD, "hasEmail"), &e);
        }
        if let Some(p) = &c.phone {
            self.b.string(&s, p!(VCARD, "hasTelephone"), p);
        }
        if let Some(u) = c.url.as_deref().and_then(named) {
            self.b.add(&s, p!(VCARD, "hasURL"), &u);
        }
        s
    }

    fn license(&mut self, id: &str) -> Option<NamedNode> {
        let uri = super::ckan::license_get(id)
            .and_then(|l| l.uri())
            .or_else(|| named(id).map(|n| n.into_string()))?;
        self.typed_node(&uri, p!(DCT, "LicenseDocument"))
    }

    /// The catalog's own triples; its datasets follow with [`Exporter::catalog_dataset`].
    fn catalog(&mut self, c: &Catalog) -> Option<Subject> {
        let s = node(&format!("{}/catalog", self.base))?;
        self.b.typed(&s, p!(DCAT, "Catalog"));
        self.b.text(&s, p!(DCT, "title"), &c.title);
        self.b.text(&s, p!(DCT, "description"), &c.description);
        if !c.publisher.is_empty() {
            if let Some(p) = self.agent(&c.publisher) {
                self.b.add(&s, p!(DCT, "publisher"), &p);
            }
        }
        if let Some(h) = c.homepage.as_deref().and_then(|h| self.document(h)) {
            self.b.add(&s, p!(FOAF, "homepage"), &h);
        }
        for l in &c.language {
            if let Some(n) = self.language(l) {
                self.b.add(&s, p!(DCT, "language"), &n);
            }
        }
        if let Some(loc) = c.spatial.as_ref().and_then(|r| self.location(r)) {
            self.b.add(&s, p!(DCT, "spatial"), &loc);
        }
        if let Some(l) = c.license.as_deref().and_then(|l| self.license(l)) {
            self.b.add(&s, p!(DCT, "license"), &l);
        }
        self.date(&s, p!(DCT, "issued"), c.issued);
        self.date(&s, p!(DCT, "modified"), c.modified);
        if let Some(t) = self.scheme(EU_THEME_SCHEME, "Data theme") {
            self.b.add(&s, p!(DCAT, "themeTaxonomy"), &t);
        }
        let urusan = format!("{}/urusan", self.base);
        if let Some(t) = self.scheme(&urusan, "Urusan pemerintahan (Permendagri 90/2019)") {
            self.b.add(&s, p!(DCAT, "themeTaxonomy"), &t);
        }
        Some(s)
    }

    /// A dataset of the catalog `catalog` (when it has a node), then a flush: everything about
    /// the dataset is out.
    fn catalog_dataset(&mut self, catalog: Option<&Subject>, d: &Dataset) {
        if let Some(ds) = self.dataset(d) {
            if let Some(c) = catalog {
                self.b.add(c, p!(DCAT, "dataset"), &ds);
            }
        }
        self.b.flush();
    }

    fn dataset(&mut self, d: &Dataset) -> Option<Subject> {
        let s = minted(format!("{}/dataset/{}", self.base, segment(&d.id)));
        self.b.typed(&s, p!(DCAT, "Dataset"));
        self.b.string(&s, p!(DCT, "identifier"), &d.id);
        self.b.text(&s, p!(DCT, "title"), &d.title);
        self.b.text(&s, p!(DCT, "description"), &d.description);
        for k in &d.keywords {
            self.b.add(
                &s,
                p!(DCAT, "keyword"),
                LiteralRef::new_language_tagged_literal_unchecked(k.as_str(), "id"),
            );
        }
        for code in &d.themes {
            let Some(u) = vocab::urusan(code) else {
                continue;
            };
            for t in &u.eu_themes {
                let label = vocab::eu_theme_label(t).unwrap_or(t);
                if let Some(c) = self.concept(
                    &format!("{}{t}", vocab::EU_THEME_BASE),
                    label,
                    Some((EU_THEME_SCHEME, "Data theme")),
                ) {
                    self.b.add(&s, p!(DCAT, "theme"), &c);
                }
            }
            let urusan_scheme = format!("{}/urusan", self.base);
            let uri = format!("{urusan_scheme}/{}", code);
            let label = u.name.best(crate::Lang::En).to_string();
            if let Some(c) = self.concept(
                &uri,
                &label,
                Some((&urusan_scheme, "Urusan pemerintahan (Permendagri 90/2019)")),
            ) {
                // Once per concept and notation (a marker key: no IRI holds a space).
                if self.first(&format!("notation {code} {uri}")) {
                    let cs = NamedOrBlankNode::NamedNode(c.clone());
                    self.b.string(&cs, p!(SKOS, "notation"), code);
                    if let Some(id) = u.name.get("id") {
                        self.b.add(
                            &cs,
                            p!(SKOS, "prefLabel"),
                            LiteralRef::new_language_tagged_literal_unchecked(id, "id"),
                        );
                    }
                }
                self.b.add(&s, p!(DCAT, "theme"), &c);
            }
        }
        if !d.producer.is_empty() {
            if let Some(p) = self.agent(&d.producer) {
                self.b.add(&s, p!(DCT, "publisher"), &p);
            }
        }
        if !d.walidata.is_empty() {
            if let Some(w) = self.agent(&d.walidata) {
                let a = self.b.blank("attribution");
                self.b.typed(&a, p!(PROV, "Attribution"));
                self.b.add(&a, p!(PROV, "agent"), &w);
                if let Some(role) = self.typed_node(CUSTODIAN_ROLE, p!(DCAT, "Role")) {
                    self.b.add(&a, p!(DCAT, "hadRole"), &role);
                }
                self.b.add(&s, p!(PROV, "qualifiedAttribution"), &a);
            }
        }
        if let Some(f) = d.frequency {
            if let Some(n) = self.typed_node(&f.eu_uri(), p!(DCT, "Frequency")) {
                self.b.add(&s, p!(DCT, "accrualPeriodicity"), &n);
            }
        }
        if let Some(t) = d.temporal {
            let p = self.b.blank("period");
            self.b.typed(&p, p!(DCT, "PeriodOfTime"));
            self.date(&p, p!(DCAT, "startDate"), Some(t.start));
            self.date(&p, p!(DCAT, "endDate"), Some(t.end));
            self.b.add(&s, p!(DCT, "temporal"), &p);
        }
        if let Some(loc) = d.spatial.as_ref().and_then(|r| self.location(r)) {
            self.b.add(&s, p!(DCT, "spatial"), &loc);
        }
        if let Some(a) = d.access {
            if let Some(n) = self.typed_node(&a.eu_uri(), p!(DCT, "RightsStatement")) {
                self.b.add(&s, p!(DCT, "accessRights"), &n);
            }
        }
        if let Some(c) = &d.contact {
            let cn = self.contact(c);
            self.b.add(&s, p!(DCAT, "contactPoint"), &cn);
        }
        self.date(&s, p!(DCT, "issued"), d.issued);
        self.date(&s, p!(DCT, "modified"), d.modified);
        if let Some(lp) = d.landing_page.as_deref().and_then(|u| self.document(u)) {
            self.b.add(&s, p!(DCAT, "landingPage"), &lp);
        }
        if let Some(v) = &d.version {
            self.b.string(&s, p!(DCAT, "version"), v);
        }
        for l in &d.language {
            if let Some(n) = self.language(l) {
                self.b.add(&s, p!(DCT, "language"), &n);
            }
        }
        if let Some(a) = &d.author {
            let n = self.b.blank("author");
            self.b.typed(&n, p!(FOAF, "Agent"));
            self.b.string(
                &n,
                p!(FOAF, "name"),
                if a.name.is_empty() { "-" } else { &a.name },
            );
            if let Some(e) = a
                .email
                .as_deref()
                .and_then(|e| named(&format!("mailto:{e}")))
            {
                self.b.add(&n, p!(FOAF, "mbox"), &e);
            }
            self.b.add(&s, p!(DCT, "creator"), &n);
        }
        for (i, r) in d.resources.iter().enumerate() {
            if let Some(dist) = self.distribution(d, i, r) {
                self.b.add(&s, p!(DCAT, "distribution"), &dist);
            }
        }
        Some(s)
    }

    fn distribution(&mut self, d: &Dataset, i: usize, r: &Resource) -> Option<Subject> {
        let index;
        let local = match &r.id {
            Some(id) => id.as_str(),
            None => {
                index = i.to_string();
                index.as_str()
            }
        };
        let s = minted(format!(
            "{}/dataset/{}/resource/{}",
            self.base,
            segment(&d.id),
            segment(local)
        ));
        self.b.typed(&s, p!(DCAT, "Distribution"));
        if let Some(id) = &r.id {
            self.b.string(&s, p!(DCT, "identifier"), id);
        }
        self.b.text(&s, p!(DCT, "title"), &r.title);
        if let Some(desc) = &r.description {
            self.b.text(&s, p!(DCT, "description"), desc);
        }
        let path_url;
        let url = match (&r.url, &r.path) {
            (Some(u), _) => Some(u.as_str()),
            (None, Some(p)) => {
                path_url = format!(
                    "{}/{}",
                    self.base,
                    p.split('/').map(segment).collect::<Vec<_>>().join("/")
                );
                Some(path_url.as_str())
            }
            (None, None) => None,
        };
        if let Some(u) = url.and_then(named) {
            self.b.add(&s, p!(DCAT, "accessURL"), &u);
            self.b.add(&s, p!(DCAT, "downloadURL"), &u);
        }
        let fmt = r
            .format
            .as_deref()
            .and_then(vocab::format)
            .or_else(|| r.media_type.as_deref().and_then(vocab::format));
        if let Some(f) = fmt {
            if let Some(n) = self.typed_node(&f.eu_uri(), p!(DCT, "MediaTypeOrExtent")) {
                self.b.add(&s, p!(DCT, "format"), &n);
            }
        }
        let media = r
            .media_type
            .as_deref()
            .or_else(|| fmt.map(|f| f.media_type.as_str()));
        if let Some(m) = media {
            let uri = format!(
                "{}{}",
                vocab::IANA_MEDIA_TYPE_BASE,
                m.split(';').next().unwrap_or(m).trim()
            );
            if let Some(n) = self.typed_node(&uri, p!(DCT, "MediaType")) {
                self.b.add(&s, p!(DCAT, "mediaType"), &n);
            }
        }
        if let Some(size) = r.byte_size {
            self.b.typed_literal(
                &s,
                p!(DCAT, "byteSize"),
                &size.to_string(),
                "nonNegativeInteger",
            );
        }
        if let Some(c) = &r.checksum {
            let cs = self.b.blank("checksum");
            self.b.typed(&cs, p!(SPDX, "Checksum"));
            let algo = format!("{}checksumAlgorithm_{}", ns::SPDX, c.algorithm.as_str());
            if let Some(a) = self.typed_node(&algo, p!(SPDX, "ChecksumAlgorithm")) {
                self.b.add(&cs, p!(SPDX, "algorithm"), &a);
            }
            self.b
                .typed_literal(&cs, p!(SPDX, "checksumValue"), &c.value, "hexBinary");
            self.b.add(&s, p!(SPDX, "checksum"), &cs);
        }
        if let Some(l) = r
            .license
            .as_deref()
            .or(d.license.as_deref())
            .and_then(|l| self.license(l))
        {
            self.b.add(&s, p!(DCT, "license"), &l);
        }
        self.date(&s, p!(DCT, "issued"), r.issued);
        self.date(&s, p!(DCT, "modified"), r.modified);
        let text = |v: &serde_json::Value| v.as_str().map(str::to_string);
        if let Some(rights) = r
            .extras
            .get("rights")
            .and_then(text)
            .or_else(|| d.extras.get("rights").cloned())
        {
            let rs = self.b.blank("rights");
            self.b.typed(&rs, p!(DCT, "RightsStatement"));
            self.b.string(&rs, p!(RDFS, "label"), &rights);
            self.b.add(&s, p!(DCT, "rights"), &rs);
        }
        if let Some(a) = r.extras.get("availability").and_then(text) {
            let code = a.trim().to_ascii_uppercase();
            if ["AVAILABLE", "EXPERIMENTAL", "STABLE", "TEMPORARY"].contains(&code.as_str()) {
                let uri = format!("{AVAILABILITY}{code}");
                let label = code.to_ascii_lowercase();
                if let Some(c) = self.concept(&uri, &label, None) {
                    self.b.add(&s, p!(DCATAP, "availability"), &c);
                }
            }
        }
        Some(s)
    }
}

fn exporter<'a, S: TripleSink>(
    sink: S,
    catalog: Option<&'a Catalog>,
    opts: &DcatOptions,
) -> Exporter<'a, S> {
    Exporter {
        b: Builder::new(sink),
        base: base_of(catalog, opts),
        catalog,
        organizations: Vec::new(),
        typed: HashSet::new(),
    }
}

/// Sends the DCAT-AP triples of a whole catalog to `sink`, flushing after each dataset.
pub fn catalog_triples<S: TripleSink>(catalog: &Catalog, opts: &DcatOptions, sink: S) -> S {
    let mut e = exporter(sink, Some(catalog), opts);
    let Some(c) = e.catalog(catalog) else {
        return e.b.sink;
    };
    for d in catalog.datasets.iter().filter(|d| exported(d, opts)) {
        e.catalog_dataset(Some(&c), d);
    }
    e.b.flush();
    e.b.sink
}

/// Whether a catalog's export has `d`.
fn exported(d: &Dataset, opts: &DcatOptions) -> bool {
    !opts.published_only || d.status == crate::PublicationStatus::Published
}

/// Sends the DCAT-AP triples of one dataset to `sink`; `catalog`, when given, supplies
/// organization names and the base IRI.
pub fn dataset_triples<S: TripleSink>(
    dataset: &Dataset,
    catalog: Option<&Catalog>,
    opts: &DcatOptions,
    sink: S,
) -> S {
    let mut e = exporter(sink, catalog, opts);
    e.dataset(dataset);
    e.b.flush();
    e.b.sink
}

/// The DCAT-AP graph of a whole catalog.
pub fn catalog_graph(catalog: &Catalog, opts: &DcatOptions) -> Graph {
    catalog_triples(catalog, opts, Graph::new())
}

/// The DCAT-AP graph of one dataset; `catalog`, when given, supplies organization names and the
/// base IRI.
pub fn dataset_graph(dataset: &Dataset, catalog: Option<&Catalog>, opts: &DcatOptions) -> Graph {
    dataset_triples(dataset, catalog, opts, Graph::new())
}

/// Writes a catalog as DCAT-AP JSON-LD into `out`, dataset by dataset, without building a
/// graph: the memory used is one dataset's triples and the set of nodes already described.
/// The triples are those of [`catalog_graph`].
///
/// ```
/// use datago_core::standards::dcat_ap;
/// let catalog = datago_core::sample::bundle().load().unwrap().catalog;
/// let mut out = Vec::new();
/// dcat_ap::write_catalog_jsonld(&catalog, &Default::default(), &mut out).unwrap();
/// let doc: serde_json::Value = serde_json::from_slice(&out).unwrap();
/// assert!(doc["@graph"].as_array().is_some_and(|g| !g.is_empty()));
/// ```
pub fn write_catalog_jsonld<W: std::io::Write>(
    catalog: &Catalog,
    opts: &DcatOptions,
    out: W,
) -> std::io::Result<W> {
    catalog_triples(catalog, opts, JsonLdWriter::new(out)).finish()
}

/// Writes one dataset as DCAT-AP JSON-LD into `out` (see [`write_catalog_jsonld`]); the
/// triples are those of [`dataset_graph`].
///
/// ```
/// use datago_core::standards::dcat_ap;
/// let catalog = datago_core::sample::bundle().load().unwrap().catalog;
/// let out = dcat_ap::write_dataset_jsonld(&catalog.datasets[0], Some(&catalog), &Default::default(), Vec::new()).unwrap();
/// assert!(String::from_utf8(out).unwrap().contains("http://www.w3.org/ns/dcat#Dataset"));
/// ```
pub fn write_dataset_jsonld<W: std::io::Write>(
    dataset: &Dataset,
    catalog: Option<&Catalog>,
    opts: &DcatOptions,
    out: W,
) -> std::io::Result<W> {
    dataset_triples(dataset, catalog, opts, JsonLdWriter::new(out)).finish()
}

/// A catalog written as DCAT-AP JSON-LD while its datasets are read: each dataset is written
/// as it comes ([`JsonLdStream::dataset`]) and can be dropped then. The text is that of
/// [`export_catalog`] on the catalog holding the datasets and organizations added, as long as
/// every organization comes before the datasets that name it ([`JsonLdStream::organization`]
/// tells when one does not).
pub(crate) struct JsonLdStream<'a> {
    e: Exporter<'a, JsonLdWriter<Vec<u8>>>,
    node: Option<Subject>,
    opts: &'a DcatOptions,
}

impl<'a> JsonLdStream<'a> {
    /// Starts the catalog `catalog` (its datasets are not written: add them), with room for
    /// `datasets` datasets.
    pub(crate) fn new(catalog: &'a Catalog, opts: &'a DcatOptions, datasets: usize) -> Self {
        let sink = JsonLdWriter::new(Vec::with_capacity(jsonld_capacity(datasets)));
        let mut e = exporter(sink, Some(catalog), opts);
        let node = e.catalog(catalog);
        JsonLdStream { e, node, opts }
    }

    /// Adds an organization, unless the catalog or an earlier one has its code. False when an
    /// agent with its code is already written without it: the text would differ then.
    pub(crate) fn organization(&mut self, o: Organization) -> bool {
        if self.e.organization(&o.code).is_some() {
            return true;
        }
        let written = self.e.typed.contains(&self.e.org_iri(&o.code));
        self.e.organizations.push(o);
        !written
    }

    /// Writes a dataset of the catalog.
    pub(crate) fn dataset(&mut self, d: &Dataset) {
        if self.node.is_some() && exported(d, self.opts) {
            self.e.catalog_dataset(self.node.as_ref(), d);
        }
    }

    /// The JSON-LD text.
    pub(crate) fn finish(mut self) -> String {
        self.e.b.flush();
        jsonld_text(self.e.b.sink.finish())
    }
}

/// Room for the JSON-LD of a catalog of `datasets` datasets, about 6 kB each: the text grows
/// without being copied again and again.
fn jsonld_capacity(datasets: usize) -> usize {
    4096 + datasets.saturating_mul(6144)
}

fn jsonld_text(out: std::io::Result<Vec<u8>>) -> String {
    // Writing into a Vec cannot fail, and the writer writes UTF-8 only.
    out.ok()
        .and_then(|v| String::from_utf8(v).ok())
        .unwrap_or_default()
}

/// A catalog as DCAT-AP Turtle or JSON-LD (JSON-LD is streamed, see [`write_catalog_jsonld`]).
pub fn export_catalog(catalog: &Catalog, format: RdfFormat, opts: &DcatOptions) -> String {
    match format {
        RdfFormat::JsonLd => {
            let capacity = jsonld_capacity(catalog.datasets.len());
            jsonld_text(write_catalog_jsonld(
                catalog,
                opts,
                Vec::with_capacity(capacity),
            ))
        }
        RdfFormat::Turtle => super::rdf::serialize(&catalog_graph(catalog, opts), format),
    }
}

/// A dataset as DCAT-AP Turtle or JSON-LD.
pub fn export_dataset(
    dataset: &Dataset,
    catalog: Option<&Catalog>,
    format: RdfFormat,
    opts: &DcatOptions,
) -> String {
    match format {
        RdfFormat::JsonLd => jsonld_text(write_dataset_jsonld(dataset, catalog, opts, Vec::new())),
        RdfFormat::Turtle => super::rdf::serialize(&dataset_graph(dataset, catalog, opts), format),
    }
}

// ---------------------------------------------------------------------------------------------
// Import

struct Reader<'a> {
    g: &'a Graph,
}

impl<'a> Reader<'a> {
    fn objects(&self, s: &Subject, p: &str, local: &str) -> Vec<TermRef<'a>> {
        let pred = iri(p, local);
        self.g
            .objects_for_subject_predicate(s, pred.as_ref())
            .collect()
    }

    fn first_literal(&self, s: &Subject, p: &str, local: &str) -> Option<String> {
        self.objects(s, p, local).into_iter().find_map(|o| match o {
            TermRef::Literal(l) => Some(l.value().to_string()),
            _ => None,
        })
    }

    fn first_iri(&self, s: &Subject, p: &str, local: &str) -> Option<String> {
        self.objects(s, p, local).into_iter().find_map(|o| match o {
            TermRef::NamedNode(n) => Some(n.as_str().to_string()),
            _ => None,
        })
    }

    fn first_node(&self, s: &Subject, p: &str, local: &str) -> Option<Subject> {
        self.objects(s, p, local).into_iter().find_map(as_subject)
    }

    fn text(&self, s: &Subject, p: &str, local: &str) -> LocalizedText {
        let mut m = BTreeMap::new();
        for o in self.objects(s, p, local) {
            if let TermRef::Literal(l) = o {
                let lang = l.language().unwrap_or("und").to_string();
                m.entry(lang).or_insert_with(|| l.value().to_string());
            }
        }
        LocalizedText(m)
    }

    fn date(&self, s: &Subject, p: &str, local: &str) -> Option<NaiveDate> {
        self.first_literal(s, p, local).and_then(|v| parse_date(&v))
    }

    fn subjects_of_type(&self, ns_: &str, local: &str) -> Vec<Subject> {
        let t = iri(ns_, local);
        let mut v: Vec<Subject> = self
            .g
            .subjects_for_predicate_object(iri(ns::RDF, "type").as_ref(), t.as_ref())
            .map(|s| s.into_owned())
            .collect();
        v.sort_by_key(|s| s.to_string());
        v
    }
}

fn as_subject(t: TermRef<'_>) -> Option<Subject> {
    match t {
        TermRef::NamedNode(n) => Some(NamedOrBlankNode::NamedNode(n.into_owned())),
        TermRef::BlankNode(b) => Some(NamedOrBlankNode::BlankNode(b.into_owned())),
        _ => None,
    }
}

fn parse_date(v: &str) -> Option<NaiveDate> {
    let head = v.get(..10).unwrap_or(v);
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

fn last_segment(iri: &str) -> &str {
    iri.trim_end_matches('/')
        .rsplit(['/', '#', ':'])
        .next()
        .unwrap_or(iri)
}

fn code_for(iri: &str) -> String {
    let seg = last_segment(iri);
    crate::slug::slugify(seg).unwrap_or_else(|| {
        let h = crate::resource::sha256(iri.as_bytes()).value;
        format!("org-{}", &h[..12])
    })
}

/// Reads DCAT-AP (Turtle or JSON-LD) into a catalog: the first `dcat:Catalog`'s metadata, and
/// every `dcat:Dataset` of the graph with its distributions. Publishers become organizations
/// (role produsen-data; the agent of a custodian attribution becomes the walidata). JSON-LD
/// contexts referenced by URL are taken from `contexts` (URL → JSON text), never fetched.
///
/// What the model has no field for is kept in `extras` (`dcat:theme` IRIs outside the urusan
/// scheme, a `dct:spatial` that is not a DataGO region, an unknown licence IRI).
pub fn import(
    text: &str,
    format: RdfFormat,
    contexts: &[(&str, &str)],
) -> Result<Catalog, crate::Error> {
    let graph = super::rdf::parse(text, format, contexts)?;
    Ok(import_graph(&graph))
}

/// [`import`] from a parsed graph.
pub fn import_graph(g: &Graph) -> Catalog {
    let r = Reader { g };
    let mut orgs: BTreeMap<String, Organization> = BTreeMap::new();
    let mut org_for = |r: &Reader<'_>, s: &Subject, role: SatuDataRole| -> String {
        let key = match s {
            NamedOrBlankNode::NamedNode(n) => n.as_str().to_string(),
            NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
        };
        let code = r
            .first_literal(s, ns::DCT, "identifier")
            .filter(|c| crate::slug::is_valid(c))
            .unwrap_or_else(|| code_for(&key));
        let entry = orgs.entry(code.clone()).or_insert_with(|| Organization {
            code: code.clone(),
            name: r.text(s, ns::FOAF, "name"),
            short_name: None,
            kind: OrganizationKind::Lainnya,
            role,
            parent: None,
            urusan: Vec::new(),
            region: None,
            homepage: r.first_iri(s, ns::FOAF, "homepage"),
            contact: None,
            description: None,
            image_url: None,
            extras: BTreeMap::new(),
        });
        if role == SatuDataRole::Walidata {
            entry.role = SatuDataRole::Walidata;
        }
        code
    };

    let cat_node = r.subjects_of_type(ns::DCAT, "Catalog").into_iter().next();
    let mut catalog = Catalog {
        id: "imported".to_string(),
        title: LocalizedText::default(),
        description: LocalizedText::default(),
        publisher: String::new(),
        homepage: None,
        language: Vec::new(),
        spatial: None,
        license: None,
        issued: None,
        modified: None,
        contact: None,
        organizations: Vec::new(),
        datasets: Vec::new(),
    };
    if let Some(c) = &cat_node {
        if let NamedOrBlankNode::NamedNode(n) = c {
            catalog.id = code_for(n.as_str());
        }
        catalog.title = r.text(c, ns::DCT, "title");
        catalog.description = r.text(c, ns::DCT, "description");
        if let Some(p) = r.first_node(c, ns::DCT, "publisher") {
            catalog.publisher = org_for(&r, &p, SatuDataRole::Walidata);
        }
        catalog.homepage = r.first_iri(c, ns::FOAF, "homepage");
        catalog.language = language_tags(&r, c);
        catalog.spatial = r
            .first_iri(c, ns::DCT, "spatial")
            .and_then(|u| region_of(&r, &u));
        catalog.license = r.first_iri(c, ns::DCT, "license").map(|u| license_id(&u));
        catalog.issued = r.date(c, ns::DCT, "issued");
        catalog.modified = r.date(c, ns::DCT, "modified");
    }

    for (n, ds) in r
        .subjects_of_type(ns::DCAT, "Dataset")
        .into_iter()
        .enumerate()
    {
        let iri_s = match &ds {
            NamedOrBlankNode::NamedNode(x) => x.as_str().to_string(),
            NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
        };
        let id = r
            .first_literal(&ds, ns::DCT, "identifier")
            .unwrap_or_else(|| last_segment(&iri_s).to_string());
        let title = r.text(&ds, ns::DCT, "title");
        let slug = crate::slug::slugify(last_segment(&iri_s))
            .or_else(|| crate::slug::slugify(title.best(crate::Lang::Id)))
            .unwrap_or_else(|| format!("dataset-{}", n + 1));
        let mut d = Dataset::new(id, slug);
        d.title = title;
        d.description = r.text(&ds, ns::DCT, "description");
        for o in r.objects(&ds, ns::DCAT, "keyword") {
            if let TermRef::Literal(l) = o {
                if !d.keywords.iter().any(|k| k == l.value()) {
                    d.keywords.push(l.value().to_string());
                }
            }
        }
        let mut other_themes = Vec::new();
        for o in r.objects(&ds, ns::DCAT, "theme") {
            let Some(ts) = as_subject(o) else { continue };
            let notation = r.first_literal(&ts, ns::SKOS, "notation");
            let theme_iri = ts.to_string();
            match notation.filter(|c| vocab::urusan(c).is_some()) {
                Some(code) => {
                    if !d.themes.contains(&code) {
                        d.themes.push(code)
                    }
                }
                None if theme_iri.starts_with(&format!("<{}", vocab::EU_THEME_BASE)) => {}
                None => other_themes.push(theme_iri.trim_matches(['<', '>']).to_string()),
            }
        }
        if !other_themes.is_empty() {
            d.extras.insert("dcat:theme".into(), other_themes.join(" "));
        }
        if let Some(p) = r.first_node(&ds, ns::DCT, "publisher") {
            d.producer = org_for(&r, &p, SatuDataRole::ProdusenData);
        }
        for a in r
            .objects(&ds, ns::PROV, "qualifiedAttribution")
            .into_iter()
            .filter_map(as_subject)
        {
            let custodian = r.first_iri(&a, ns::DCAT, "hadRole").as_deref() == Some(CUSTODIAN_ROLE);
            if let (true, Some(agent)) = (custodian, r.first_node(&a, ns::PROV, "agent")) {
                d.walidata = org_for(&r, &agent, SatuDataRole::Walidata);
            }
        }
        d.frequency = r
            .first_iri(&ds, ns::DCT, "accrualPeriodicity")
            .and_then(|u| Frequency::ALL.into_iter().find(|f| f.eu_uri() == u));
        if let Some(p) = r.first_node(&ds, ns::DCT, "temporal") {
            let start = r.date(&p, ns::DCAT, "startDate");
            let end = r.date(&p, ns::DCAT, "endDate");
            if let (Some(start), Some(end)) = (start, end) {
                d.temporal = Some(TemporalCoverage { start, end });
            }
        }
        if let Some(u) = r.first_iri(&ds, ns::DCT, "spatial") {
            match region_of(&r, &u) {
                Some(rc) => d.spatial = Some(rc),
                None => {
                    d.extras.insert("dct:spatial".into(), u);
                }
            }
        }
        d.access = r.first_iri(&ds, ns::DCT, "accessRights").and_then(|u| {
            [
                AccessLevel::Terbuka,
                AccessLevel::Terbatas,
                AccessLevel::Tertutup,
            ]
            .into_iter()
            .find(|a| a.eu_uri() == u)
        });
        if let Some(c) = r.first_node(&ds, ns::DCAT, "contactPoint") {
            d.contact = Some(ContactPoint {
                name: r.first_literal(&c, ns::VCARD, "fn").unwrap_or_default(),
                email: r
                    .first_iri(&c, ns::VCARD, "hasEmail")
                    .or_else(|| r.first_literal(&c, ns::VCARD, "hasEmail"))
                    .map(|e| e.trim_start_matches("mailto:").to_string()),
                phone: r
                    .first_literal(&c, ns::VCARD, "hasTelephone")
                    .or_else(|| r.first_iri(&c, ns::VCARD, "hasTelephone"))
                    .map(|p| p.trim_start_matches("tel:").to_string()),
                url: r.first_iri(&c, ns::VCARD, "hasURL"),
            });
        }
        d.issued = r.date(&ds, ns::DCT, "issued");
        d.modified = r.date(&ds, ns::DCT, "modified");
        d.landing_page = r.first_iri(&ds, ns::DCAT, "landingPage");
        d.version = r.first_literal(&ds, ns::DCAT, "version");
        d.language = language_tags(&r, &ds);
        if let Some(a) = r.first_node(&ds, ns::DCT, "creator") {
            d.author = Some(Agent {
                name: r.first_literal(&a, ns::FOAF, "name").unwrap_or_default(),
                email: r
                    .first_iri(&a, ns::FOAF, "mbox")
                    .map(|e| e.trim_start_matches("mailto:").to_string()),
            });
        }
        for src in r.objects(&ds, ns::DCT, "source") {
            if let TermRef::NamedNode(n) = src {
                d.sources.push(SourceRef {
                    title: String::new(),
                    url: Some(n.as_str().to_string()),
                });
            }
        }
        let mut dists: Vec<Subject> = r
            .objects(&ds, ns::DCAT, "distribution")
            .into_iter()
            .filter_map(as_subject)
            .collect();
        dists.sort_by_key(|s| s.to_string());
        let mut licenses = Vec::new();
        for dist in dists {
            let (res, lic) = distribution(&r, &dist);
            if let Some(l) = lic {
                licenses.push(l);
            }
            d.resources.push(res);
        }
        // A licence every distribution shares is the dataset's; others stay on the resources.
        if let Some(first) = licenses.first().cloned() {
            if licenses.len() == d.resources.len() && licenses.iter().all(|l| *l == first) {
                d.license = Some(first.clone());
                for res in &mut d.resources {
                    if res.license.as_deref() == Some(first.as_str()) {
                        res.license = None;
                    }
                }
            }
        }
        catalog.datasets.push(d);
    }
    catalog.organizations = orgs.into_values().collect();
    catalog
}

fn language_tags(r: &Reader<'_>, s: &Subject) -> Vec<String> {
    r.objects(s, ns::DCT, "language")
        .into_iter()
        .filter_map(|o| match o {
            TermRef::NamedNode(n) => {
                let code = last_segment(n.as_str());
                LANGUAGES
                    .iter()
                    .find(|(_, c, _)| *c == code)
                    .map(|(t, _, _)| t.to_string())
                    .or_else(|| Some(code.to_ascii_lowercase()))
            }
            _ => None,
        })
        .collect()
}

fn region_of(r: &Reader<'_>, uri: &str) -> Option<RegionCode> {
    // DataGO's own locations: {base}/wilayah/{scheme}/{code}.
    let mut parts = uri.rsplit('/');
    let code = parts.next()?;
    let scheme = parts.next()?;
    let marker = parts.next()?;
    if marker != "wilayah" {
        return None;
    }
    let scheme = match scheme {
        "kemendagri" => RegionScheme::Kemendagri,
        "bps" => RegionScheme::Bps,
        _ => return None,
    };
    let node = super::rdf::subject(uri)?;
    let code = r
        .first_literal(&node, ns::DCT, "identifier")
        .unwrap_or_else(|| code.to_string());
    Some(RegionCode::new(scheme, code))
}

fn license_id(uri: &str) -> String {
    crate::license::get(uri)
        .map(|l| l.id.clone())
        .unwrap_or_else(|| uri.to_string())
}

fn distribution(r: &Reader<'_>, s: &Subject) -> (Resource, Option<String>) {
    let mut res = Resource {
        id: r.first_literal(s, ns::DCT, "identifier"),
        title: r.text(s, ns::DCT, "title"),
        ..Resource::default()
    };
    let desc = r.text(s, ns::DCT, "description");
    if !desc.is_blank() {
        res.description = Some(desc);
    }
    res.url = r
        .first_iri(s, ns::DCAT, "downloadURL")
        .or_else(|| r.first_iri(s, ns::DCAT, "accessURL"));
    let fmt = r
        .first_iri(s, ns::DCT, "format")
        .or_else(|| r.first_literal(s, ns::DCT, "format"));
    res.format = fmt.map(|f| {
        vocab::format(&f)
            .map(|x| x.format.clone())
            .unwrap_or_else(|| last_segment(&f).to_string())
    });
    res.media_type = r
        .first_iri(s, ns::DCAT, "mediaType")
        .or_else(|| r.first_literal(s, ns::DCAT, "mediaType"))
        .map(|m| {
            m.trim_start_matches(vocab::IANA_MEDIA_TYPE_BASE)
                .trim_start_matches("http://www.iana.org/assignments/media-types/")
                .to_string()
        });
    res.byte_size = r
        .first_literal(s, ns::DCAT, "byteSize")
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|v| *v >= 0.0)
        .map(|v| v as u64);
    if let Some(c) = r.first_node(s, ns::SPDX, "checksum") {
        let algo = r.first_iri(&c, ns::SPDX, "algorithm").unwrap_or_default();
        let algorithm = match algo.rsplit('_').next().unwrap_or_default() {
            "sha256" => Some(ChecksumAlgorithm::Sha256),
            "sha512" => Some(ChecksumAlgorithm::Sha512),
            "sha1" => Some(ChecksumAlgorithm::Sha1),
            "md5" => Some(ChecksumAlgorithm::Md5),
            _ => None,
        };
        if let (Some(algorithm), Some(value)) =
            (algorithm, r.first_literal(&c, ns::SPDX, "checksumValue"))
        {
            res.checksum = Some(Checksum {
                algorithm,
                value: value.to_ascii_lowercase(),
            });
        }
    }
    res.issued = r.date(s, ns::DCT, "issued");
    res.modified = r.date(s, ns::DCT, "modified");
    if let Some(rs) = r.first_node(s, ns::DCT, "rights") {
        if let Some(label) = r.first_literal(&rs, RDFS, "label") {
            res.extras.insert("rights".into(), label.into());
        }
    }
    if let Some(a) = r.first_iri(s, ns::DCATAP, "availability") {
        let code = a.trim_start_matches(AVAILABILITY).to_ascii_lowercase();
        res.extras.insert("availability".into(), code.into());
    }
    let lic = r.first_iri(s, ns::DCT, "license").map(|u| license_id(&u));
    res.license = lic.clone();
    (res, lic)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    #[test]
    fn date_text_is_the_display_text() {
        for (y, m, d) in [
            (2024, 5, 2),
            (1, 1, 1),
            (999, 12, 31),
            (9999, 12, 31),
            (10000, 1, 1),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(super::date_text(date), date.to_string());
        }
        let before = NaiveDate::from_ymd_opt(-1, 1, 1).unwrap();
        assert_eq!(super::date_text(before), before.to_string());
    }
}

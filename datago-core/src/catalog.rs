//! Catalogs: a portal's organizations and datasets, validated together.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::dataset::Dataset;
use crate::finding::{Finding, Findings};
use crate::organization::{is_http_url, ContactPoint, Organization};
use crate::region::RegionCode;
use crate::rules;
use crate::text::LocalizedText;
use crate::workflow::{self, Party};

/// A data catalog: the portal's own metadata, its organizations and its datasets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Catalog {
    /// Stable identifier of the catalog.
    pub id: String,
    /// Title (the replica's own name may go here: renaming is allowed).
    #[serde(default)]
    pub title: LocalizedText,
    /// Description.
    #[serde(default)]
    pub description: LocalizedText,
    /// Organization code of the publisher (normally the walidata).
    #[serde(default)]
    pub publisher: String,
    /// The portal's address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub homepage: Option<String>,
    /// Languages of the metadata (BCP 47 tags).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub language: Vec<String>,
    /// Region the catalog covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spatial: Option<RegionCode>,
    /// Default license id of the catalog's metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
    /// Date first issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<NaiveDate>,
    /// Date last modified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<NaiveDate>,
    /// Whom to ask about the portal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<ContactPoint>,
    /// Organizations.
    #[serde(default)]
    pub organizations: Vec<Organization>,
    /// Datasets.
    #[serde(default)]
    pub datasets: Vec<Dataset>,
}

impl Catalog {
    /// Reads a catalog from JSON.
    ///
    /// ```
    /// use datago_core::Catalog;
    /// let cat = Catalog::from_json(r#"{
    ///   "id": "contoh", "title": {"id": "Katalog Contoh"}, "description": {"id": "Data contoh."},
    ///   "publisher": "diskominsta",
    ///   "organizations": [{"code": "diskominsta", "name": {"id": "Diskominsta"}, "kind": "dinas",
    ///                      "role": "walidata", "contact": {"name": "Meja Data", "email": "data@example.go.id"}}]
    /// }"#).unwrap();
    /// let codes: Vec<String> = cat.validate().into_iter().map(|f| f.code).collect();
    /// assert_eq!(codes, ["catalog.datasets.empty"]);
    /// ```
    pub fn from_json(json: &str) -> Result<Catalog, crate::ParseError> {
        crate::document::from_json(json)
    }

    /// Writes the catalog as JSON.
    pub fn to_json(&self, pretty: bool) -> String {
        crate::document::to_json(self, pretty)
    }

    /// The organization with `code`.
    pub fn organization(&self, code: &str) -> Option<&Organization> {
        self.organizations.iter().find(|o| o.code == code)
    }

    /// The dataset with slug or id `key`.
    pub fn dataset(&self, key: &str) -> Option<&Dataset> {
        self.datasets.iter().find(|d| d.slug == key || d.id == key)
    }

    /// All findings about the catalog: its own fields, every organization and dataset
    /// (under `/organizations/N` and `/datasets/N`), and what only the whole can tell —
    /// uniqueness, references between documents, the walidata, the organization hierarchy,
    /// and who took each workflow step.
    pub fn validate(&self) -> Vec<Finding> {
        let mut f = Findings::default();
        self.validate_own(&mut f);
        for (i, o) in self.organizations.iter().enumerate() {
            f.extend_under(&format!("/organizations/{i}"), o.validate());
        }
        self.validate_organizations(&mut f);
        for (i, d) in self.datasets.iter().enumerate() {
            f.extend_under(&format!("/datasets/{i}"), d.validate());
        }
        self.validate_datasets(&mut f);
        f.into_vec()
    }

    fn validate_own(&self, f: &mut Findings) {
        if self.id.trim().is_empty() {
            f.push(&rules::CATALOG_ID_MISSING, "/id", &[]);
        }
        if self.title.is_blank() {
            f.push(&rules::CATALOG_TITLE_MISSING, "/title", &[]);
        }
        if self.description.is_blank() {
            f.push(&rules::CATALOG_DESCRIPTION_MISSING, "/description", &[]);
        }
        if self.publisher.trim().is_empty() {
            f.push(&rules::CATALOG_PUBLISHER_MISSING, "/publisher", &[]);
        } else if self.organization(&self.publisher).is_none() {
            f.push(
                &rules::CATALOG_PUBLISHER_UNKNOWN,
                "/publisher",
                &[("value", &self.publisher)],
            );
        }
        if let Some(h) = &self.homepage {
            if !is_http_url(h) {
                f.push(
                    &rules::CATALOG_HOMEPAGE_INVALID,
                    "/homepage",
                    &[("value", h)],
                );
            }
        }
        if let Some(r) = &self.spatial {
            if !r.is_well_formed() {
                f.push(
                    &rules::REGION_MALFORMED,
                    "/spatial/code",
                    &[("value", &r.code), ("scheme", r.scheme.as_str())],
                );
            }
        }
        if let Some(c) = &self.contact {
            f.extend_under("/contact", c.validate());
        }
        if self.datasets.is_empty() {
            f.push(&rules::CATALOG_DATASETS_EMPTY, "/datasets", &[]);
        }
    }

    fn validate_organizations(&self, f: &mut Findings) {
        let mut seen = HashSet::new();
        for (i, o) in self.organizations.iter().enumerate() {
            if !seen.insert(o.code.as_str()) {
                f.push(
                    &rules::CATALOG_ORGANIZATION_DUPLICATE,
                    format!("/organizations/{i}/code"),
                    &[("value", &o.code)],
                );
            }
        }
        let index: HashMap<&str, &Organization> = self
            .organizations
            .iter()
            .map(|o| (o.code.as_str(), o))
            .collect();
        for (i, o) in self.organizations.iter().enumerate() {
            let Some(parent) = o.parent.as_deref() else {
                continue;
            };
            if parent == o.code {
                continue; // reported by Organization::validate
            }
            if !index.contains_key(parent) {
                f.push(
                    &rules::CATALOG_ORGANIZATION_PARENT_UNKNOWN,
                    format!("/organizations/{i}/parent"),
                    &[("value", parent)],
                );
                continue;
            }
            // Walk up; a walk longer than the number of organizations has looped.
            let mut cur = parent;
            for _ in 0..=self.organizations.len() {
                match index.get(cur).and_then(|p| p.parent.as_deref()) {
                    Some(next) if next == o.code => {
                        f.push(
                            &rules::CATALOG_ORGANIZATION_PARENT_CYCLE,
                            format!("/organizations/{i}/parent"),
                            &[("value", &o.code)],
                        );
                        break;
                    }
                    Some(next) => cur = next,
                    None => break,
                }
            }
        }
        let walidata = self
            .organizations
            .iter()
            .filter(|o| o.role == crate::SatuDataRole::Walidata)
            .count();
        if walidata == 0 {
            f.push(&rules::CATALOG_WALIDATA_MISSING, "/organizations", &[]);
        } else if walidata > 1 {
            f.push(
                &rules::CATALOG_WALIDATA_MULTIPLE,
                "/organizations",
                &[("count", &walidata.to_string())],
            );
        }
    }

    fn validate_datasets(&self, f: &mut Findings) {
        let mut ids: HashMap<&str, usize> = HashMap::new();
        let mut slugs: HashMap<&str, usize> = HashMap::new();
        for (i, d) in self.datasets.iter().enumerate() {
            let base = format!("/datasets/{i}");
            if !d.id.is_empty() && ids.insert(d.id.as_str(), i).is_some() {
                f.push(
                    &rules::CATALOG_DATASET_ID_DUPLICATE,
                    format!("{base}/id"),
                    &[("value", &d.id)],
                );
            }
            if !d.slug.is_empty() && slugs.insert(d.slug.as_str(), i).is_some() {
                f.push(
                    &rules::CATALOG_DATASET_SLUG_DUPLICATE,
                    format!("{base}/slug"),
                    &[("value", &d.slug)],
                );
            }
            for (field, code) in [("producer", &d.producer), ("walidata", &d.walidata)] {
                if code.is_empty() {
                    continue; // reported by Dataset::validate
                }
                match self.organization(code) {
                    None => f.push(
                        &rules::CATALOG_DATASET_ORGANIZATION_UNKNOWN,
                        format!("{base}/{field}"),
                        &[("value", code)],
                    ),
                    Some(o) if field == "walidata" && !o.role.stewards() => f.push(
                        &rules::CATALOG_DATASET_WALIDATA_ROLE,
                        format!("{base}/walidata"),
                        &[("value", code), ("role", o.role.as_str())],
                    ),
                    Some(_) => {}
                }
            }
            for (j, t) in d.history.iter().enumerate() {
                let Some(step) = workflow::step(t.from, t.action) else {
                    continue; // reported by Dataset::validate
                };
                let (expected, party) = match step.by {
                    Party::Producer => (&d.producer, "produsen data / producer"),
                    Party::Walidata => (&d.walidata, "walidata"),
                };
                if &t.by.organization != expected {
                    let who = format!("{party} '{expected}'");
                    f.push(
                        &rules::CATALOG_DATASET_HISTORY_ACTOR,
                        format!("{base}/history/{j}/by/organization"),
                        &[
                            ("value", &t.by.organization),
                            ("action", t.action.as_str()),
                            ("expected", &who),
                        ],
                    );
                }
            }
        }
    }
}

/// Summary of one dataset's findings, for "worst datasets" listings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DatasetSummary {
    /// The dataset's slug.
    pub slug: String,
    /// The dataset's title in Bahasa Indonesia (or the best available).
    pub title: String,
    /// Where the dataset came from (`datasets/x.json`), when read from a directory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    /// Findings per severity.
    pub counts: crate::finding::SeverityCounts,
}

/// The result of checking a whole catalog.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Report {
    /// The catalog's id.
    pub catalog: String,
    /// The catalog's title in Bahasa Indonesia (or the best available).
    pub title: String,
    /// Number of organizations.
    pub organizations: usize,
    /// Number of datasets read.
    pub datasets: usize,
    /// Number of resources.
    pub resources: usize,
    /// Findings per severity.
    pub counts: crate::finding::SeverityCounts,
    /// True when there is no finding of severity error.
    pub valid: bool,
    /// Datasets with findings, worst first (most errors, then most warnings), at most ten.
    pub worst: Vec<DatasetSummary>,
    /// Every finding.
    pub findings: Vec<Finding>,
}

impl Report {
    /// Builds a report for `catalog` from `findings`. `sources[i]`, when given, names the
    /// document dataset `i` came from; findings under `/datasets/i` are then re-attributed to
    /// that document with paths relative to it.
    pub fn new(
        catalog: &Catalog,
        mut findings: Vec<Finding>,
        sources: &[Option<String>],
    ) -> Report {
        let mut per_dataset: HashMap<usize, crate::finding::SeverityCounts> = HashMap::new();
        for f in &mut findings {
            let Some(i) = dataset_index(&f.path) else {
                continue;
            };
            let c = per_dataset.entry(i).or_default();
            match f.severity {
                crate::Severity::Error => c.error += 1,
                crate::Severity::Warning => c.warning += 1,
                crate::Severity::Info => c.info += 1,
            }
            if let Some(Some(doc)) = sources.get(i) {
                let prefix = format!("/datasets/{i}");
                f.path = f.path[prefix.len()..].to_string();
                f.document = Some(doc.clone());
            }
        }
        let mut worst: Vec<DatasetSummary> = per_dataset
            .into_iter()
            .filter_map(|(i, counts)| {
                let d = catalog.datasets.get(i)?;
                Some(DatasetSummary {
                    slug: d.slug.clone(),
                    title: d.title.best(crate::Lang::Id).to_string(),
                    document: sources.get(i).cloned().flatten(),
                    counts,
                })
            })
            .filter(|s| s.counts.error + s.counts.warning > 0)
            .collect();
        worst.sort_by(|a, b| {
            (b.counts.error, b.counts.warning, &a.slug).cmp(&(
                a.counts.error,
                a.counts.warning,
                &b.slug,
            ))
        });
        worst.truncate(10);
        let counts = crate::finding::SeverityCounts::of(&findings);
        Report {
            catalog: catalog.id.clone(),
            title: catalog.title.best(crate::Lang::Id).to_string(),
            organizations: catalog.organizations.len(),
            datasets: catalog.datasets.len(),
            resources: catalog.datasets.iter().map(|d| d.resources.len()).sum(),
            valid: counts.error == 0,
            counts,
            worst,
            findings,
        }
    }

    /// A report of a catalog given as one JSON document.
    ///
    /// ```
    /// let cat = datago_core::Catalog::from_json(r#"{"id": "c"}"#).unwrap();
    /// let report = datago_core::Report::of(&cat);
    /// assert!(!report.valid);
    /// assert!(report.findings.iter().any(|f| f.code == "catalog.title.missing"));
    /// ```
    pub fn of(catalog: &Catalog) -> Report {
        Report::new(catalog, catalog.validate(), &[])
    }
}

fn dataset_index(path: &str) -> Option<usize> {
    let rest = path.strip_prefix("/datasets/")?;
    rest.split('/').next()?.parse().ok()
}

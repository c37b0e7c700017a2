//! Datasets: the unit a producer publishes and a user finds.

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::finding::{Finding, Findings};
use crate::organization::ContactPoint;
use crate::region::RegionCode;
use crate::resource::Resource;
use crate::rules;
use crate::slug;
use crate::text::LocalizedText;
use crate::vocab::{self, AccessLevel, Frequency};
use crate::workflow::{self, Action, Actor, PublicationStatus, Transition, WorkflowError};

/// The period a dataset covers (inclusive dates).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TemporalCoverage {
    /// First day covered.
    pub start: NaiveDate,
    /// Last day covered.
    pub end: NaiveDate,
}

/// A dataset: metadata plus its resources and its publication history.
///
/// JSON field names are stable (camelCase). Only `id` and `slug` are needed to read a dataset;
/// everything else is checked by [`Dataset::validate`], which reports all findings at once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Dataset {
    /// Stable identifier that never changes (a UUID is recommended).
    pub id: String,
    /// URL name with CKAN's rules (2–100 of `a-z0-9_-`); may change, the id does not.
    pub slug: String,
    /// Title (judul).
    #[serde(default)]
    pub title: LocalizedText,
    /// Description (deskripsi).
    #[serde(default)]
    pub description: LocalizedText,
    /// Keywords (kata kunci, CKAN tags).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    /// Urusan pemerintahan codes (Permendagri 90/2019, `1.02`); mapped to EU data themes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<String>,
    /// Organization code of the produsen data.
    #[serde(default)]
    pub producer: String,
    /// Organization code of the walidata that checks and publishes it.
    #[serde(default)]
    pub walidata: String,
    /// Update frequency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<Frequency>,
    /// Period covered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temporal: Option<TemporalCoverage>,
    /// Region covered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spatial: Option<RegionCode>,
    /// License id (SPDX where one exists: `CC-BY-4.0`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
    /// Access classification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<AccessLevel>,
    /// Where the dataset is in the publication workflow.
    #[serde(default)]
    pub status: PublicationStatus,
    /// Date first issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<NaiveDate>,
    /// Date last modified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<NaiveDate>,
    /// Whom to ask about the data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<ContactPoint>,
    /// Files and links with the data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<Resource>,
    /// Every workflow step taken, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Transition>,
    /// Web page about the dataset (`dcat:landingPage`, CKAN `url`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub landing_page: Option<String>,
    /// Version label (`dcat:version`, CKAN `version`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Languages of the data (BCP 47 tags, `id`, `en`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub language: Vec<String>,
    /// The person or unit that made the data (CKAN `author`, `dct:creator`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<Agent>,
    /// The person or unit that maintains the metadata (CKAN `maintainer`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maintainer: Option<Agent>,
    /// Groups or collections the dataset belongs to (CKAN group names).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<String>,
    /// Where the data comes from (`dct:source`, Data Package `sources`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceRef>,
    /// When the metadata record was created and last changed (CKAN `metadata_created`,
    /// `metadata_modified`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<RecordDates>,
    /// Satu Data standard and statistical metadata (Perpres 39/2019; MS-Keg, MS-Var, MS-Ind of
    /// Peraturan BPS 5/2020).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub satu_data: Option<crate::standards::satu_data::SatuData>,
    /// Other key/value metadata (CKAN extras), kept as they are.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extras: BTreeMap<String, String>,
}

/// A person or unit named as author or maintainer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Agent {
    /// Name.
    #[serde(default)]
    pub name: String,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// A source the data was derived from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SourceRef {
    /// What it is.
    #[serde(default)]
    pub title: String,
    /// Where it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Timestamps of the metadata record (not of the data).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct RecordDates {
    /// When the record was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<DateTime<Utc>>,
    /// When the record last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<DateTime<Utc>>,
}

impl Dataset {
    /// A new draft dataset with only an id and a slug.
    pub fn new(id: impl Into<String>, slug: impl Into<String>) -> Dataset {
        Dataset {
            id: id.into(),
            slug: slug.into(),
            title: LocalizedText::default(),
            description: LocalizedText::default(),
            keywords: Vec::new(),
            themes: Vec::new(),
            producer: String::new(),
            walidata: String::new(),
            frequency: None,
            temporal: None,
            spatial: None,
            license: None,
            access: None,
            status: PublicationStatus::Draft,
            issued: None,
            modified: None,
            contact: None,
            resources: Vec::new(),
            history: Vec::new(),
            landing_page: None,
            version: None,
            language: Vec::new(),
            author: None,
            maintainer: None,
            groups: Vec::new(),
            sources: Vec::new(),
            record: None,
            satu_data: None,
            extras: BTreeMap::new(),
        }
    }

    /// Reads a dataset from JSON.
    ///
    /// ```
    /// use datago_core::Dataset;
    ///
    /// let ds = Dataset::from_json(r#"{
    ///   "id": "7f1c2a1e-0d6b-4b8e-9a51-3f2f4c1d2e01",
    ///   "slug": "jumlah-penduduk-kota-magelang",
    ///   "title": {"id": "Jumlah Penduduk Kota Magelang", "en": "Population of Kota Magelang"},
    ///   "description": {"id": "Jumlah penduduk menurut data kependudukan."},
    ///   "keywords": ["penduduk", "kependudukan"],
    ///   "themes": ["2.12"],
    ///   "producer": "disdukcapil", "walidata": "diskominsta",
    ///   "frequency": "tahunan",
    ///   "temporal": {"start": "2020-01-01", "end": "2024-12-31"},
    ///   "spatial": {"scheme": "bps", "code": "3371"},
    ///   "license": "CC-BY-4.0", "access": "terbuka",
    ///   "resources": [{"title": {"id": "CSV"}, "format": "CSV", "url": "https://example.go.id/p.csv",
    ///                  "schema": {"fields": [{"name": "tahun", "type": "year"}]}}]
    /// }"#).unwrap();
    /// assert!(ds.validate().is_empty());
    /// assert_eq!(ds.frequency.unwrap().eu_code(), "ANNUAL");
    /// let back = Dataset::from_json(&ds.to_json(false)).unwrap();
    /// assert_eq!(back, ds);
    /// ```
    pub fn from_json(json: &str) -> Result<Dataset, crate::ParseError> {
        crate::document::from_json(json)
    }

    /// Writes the dataset as JSON.
    pub fn to_json(&self, pretty: bool) -> String {
        crate::document::to_json(self, pretty)
    }

    /// The EU data theme URIs of the dataset's urusan, without duplicates, in order.
    ///
    /// ```
    /// let mut ds = datago_core::Dataset::new("x", "xx");
    /// ds.themes = vec!["1.02".into(), "2.14".into()];
    /// assert_eq!(ds.eu_themes(), [
    ///     "http://publications.europa.eu/resource/authority/data-theme/HEAL",
    ///     "http://publications.europa.eu/resource/authority/data-theme/SOCI",
    /// ]);
    /// ```
    pub fn eu_themes(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for uri in self
            .themes
            .iter()
            .filter_map(|c| vocab::urusan(c))
            .flat_map(|u| u.eu_theme_uris())
        {
            if !out.contains(&uri) {
                out.push(uri);
            }
        }
        out
    }

    /// Takes a workflow step: checks it is allowed from the current status, that `by` acts for
    /// the right organization (the producer submits; the walidata verifies, returns, publishes
    /// and archives), that a return has a note and that time does not run backwards; then
    /// records it in `history` and moves `status`.
    pub fn apply(
        &mut self,
        action: Action,
        by: Actor,
        at: DateTime<Utc>,
        note: Option<String>,
    ) -> Result<&Transition, WorkflowError> {
        let step = workflow::step(self.status, action).ok_or(WorkflowError::IllegalTransition {
            from: self.status,
            action,
        })?;
        let expected = match step.by {
            workflow::Party::Producer => &self.producer,
            workflow::Party::Walidata => &self.walidata,
        };
        if &by.organization != expected {
            return Err(WorkflowError::WrongActor {
                action,
                party: step.by,
                expected: expected.clone(),
                actual: by.organization,
            });
        }
        let note = note.filter(|n| !n.trim().is_empty());
        if action == Action::Return && note.is_none() {
            return Err(WorkflowError::NoteRequired);
        }
        if let Some(last) = self.history.last() {
            if at < last.at {
                return Err(WorkflowError::OutOfOrder {
                    at,
                    previous: last.at,
                });
            }
        }
        self.history.push(Transition {
            from: self.status,
            to: step.to,
            action,
            by,
            at,
            note,
        });
        self.status = step.to;
        // Just pushed, so `last` is present.
        Ok(&self.history[self.history.len() - 1])
    }

    /// All findings about this dataset on its own (paths are JSON pointers into it). References
    /// to organizations and uniqueness are checked by [`crate::Catalog::validate`].
    pub fn validate(&self) -> Vec<Finding> {
        let mut f = Findings::default();
        self.validate_identity(&mut f);
        self.validate_text(&mut f);
        self.validate_classification(&mut f);
        self.validate_coverage(&mut f);
        self.validate_history(&mut f);
        if self.resources.is_empty() {
            f.push(&rules::DATASET_RESOURCES_MISSING, "/resources", &[]);
        }
        for (i, r) in self.resources.iter().enumerate() {
            f.extend_under(&format!("/resources/{i}"), r.validate());
        }
        if let Some(c) = &self.contact {
            f.extend_under("/contact", c.validate());
        }
        // Licences: unknown ids, non-canonical ids, resources conflicting with the dataset.
        f.0.extend(crate::license::check_dataset(self));
        f.into_vec()
    }

    fn validate_identity(&self, f: &mut Findings) {
        let id_ok = |s: &str| {
            (1..=100).contains(&s.len())
                && s.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"._:-".contains(&b))
        };
        if self.id.trim().is_empty() {
            f.push(&rules::DATASET_ID_MISSING, "/id", &[]);
        } else if !id_ok(&self.id) {
            f.push(&rules::DATASET_ID_INVALID, "/id", &[("value", &self.id)]);
        }
        if let Err(p) = slug::check(&self.slug) {
            f.push(
                &rules::DATASET_SLUG_INVALID,
                "/slug",
                &[
                    ("value", &self.slug),
                    ("reason_id", p.reason_id()),
                    ("reason_en", p.reason_en()),
                ],
            );
        }
    }

    fn validate_text(&self, f: &mut Findings) {
        if self.title.is_blank() {
            f.push(&rules::DATASET_TITLE_MISSING, "/title", &[]);
        } else {
            let has = |t: &str| self.title.get(t).is_some_and(|s| !s.trim().is_empty());
            if !has("id") {
                f.push(&rules::DATASET_TITLE_NO_INDONESIAN, "/title/id", &[]);
            }
            if !has("en") {
                f.push(&rules::DATASET_TITLE_NO_ENGLISH, "/title/en", &[]);
            }
        }
        if self.description.is_blank() {
            f.push(&rules::DATASET_DESCRIPTION_MISSING, "/description", &[]);
        }
        if self.keywords.is_empty() {
            f.push(&rules::DATASET_KEYWORDS_MISSING, "/keywords", &[]);
        }
        let mut seen = HashSet::new();
        for (i, k) in self.keywords.iter().enumerate() {
            let chars = k.chars().count();
            let ok = (2..=100).contains(&chars)
                && k.chars()
                    .all(|c| c.is_alphanumeric() || c == '_' || c == ' ' || c == '-' || c == '.');
            if !ok {
                f.push(
                    &rules::DATASET_KEYWORD_INVALID,
                    format!("/keywords/{i}"),
                    &[("value", k)],
                );
            } else if !seen.insert(k.to_lowercase()) {
                f.push(
                    &rules::DATASET_KEYWORD_DUPLICATE,
                    format!("/keywords/{i}"),
                    &[("value", k)],
                );
            }
        }
    }

    fn validate_classification(&self, f: &mut Findings) {
        if self.themes.is_empty() {
            f.push(&rules::DATASET_THEMES_MISSING, "/themes", &[]);
        }
        for (i, t) in self.themes.iter().enumerate() {
            if vocab::urusan(t).is_none() {
                f.push(
                    &rules::DATASET_THEME_UNKNOWN,
                    format!("/themes/{i}"),
                    &[("value", t)],
                );
            }
        }
        if self.producer.trim().is_empty() {
            f.push(&rules::DATASET_PRODUCER_MISSING, "/producer", &[]);
        }
        if self.walidata.trim().is_empty() {
            f.push(&rules::DATASET_WALIDATA_MISSING, "/walidata", &[]);
        }
        let license = self.license.as_deref().filter(|l| !l.trim().is_empty());
        match (license, self.access) {
            (None, Some(AccessLevel::Terbuka) | None) => {
                f.push(&rules::DATASET_LICENSE_MISSING_OPEN, "/license", &[])
            }
            (None, Some(_)) => f.push(&rules::DATASET_LICENSE_MISSING_CLOSED, "/license", &[]),
            _ => {}
        }
        let published = matches!(self.status, PublicationStatus::Published);
        if published && self.access != Some(AccessLevel::Terbuka) {
            let value = match self.access {
                Some(AccessLevel::Terbatas) => "terbatas",
                Some(AccessLevel::Tertutup) => "tertutup",
                _ => "-",
            };
            f.push(
                &rules::DATASET_PUBLISHED_NOT_OPEN,
                "/access",
                &[("value", value)],
            );
        }
    }

    fn validate_coverage(&self, f: &mut Findings) {
        if let Some(t) = &self.temporal {
            if t.start > t.end {
                f.push(
                    &rules::DATASET_TEMPORAL_REVERSED,
                    "/temporal",
                    &[("start", &t.start.to_string()), ("end", &t.end.to_string())],
                );
            }
        }
        match &self.spatial {
            None => f.push(&rules::DATASET_SPATIAL_MISSING, "/spatial", &[]),
            Some(r) if !r.is_well_formed() => f.push(
                &rules::REGION_MALFORMED,
                "/spatial/code",
                &[("value", &r.code), ("scheme", r.scheme.as_str())],
            ),
            Some(_) => {}
        }
        if let (Some(i), Some(m)) = (self.issued, self.modified) {
            if m < i {
                f.push(&rules::DATASET_MODIFIED_BEFORE_ISSUED, "/modified", &[]);
            }
        }
    }

    fn validate_history(&self, f: &mut Findings) {
        let mut previous = PublicationStatus::Draft;
        let mut previous_at: Option<DateTime<Utc>> = None;
        for (i, t) in self.history.iter().enumerate() {
            let path = format!("/history/{i}");
            if t.from != previous {
                f.push(
                    &rules::DATASET_HISTORY_BROKEN,
                    format!("{path}/from"),
                    &[("from", t.from.as_str()), ("previous", previous.as_str())],
                );
            }
            let legal = workflow::step(t.from, t.action).is_some_and(|s| s.to == t.to);
            if !legal {
                f.push(
                    &rules::DATASET_HISTORY_ILLEGAL,
                    path.clone(),
                    &[
                        ("action", t.action.as_str()),
                        ("from", t.from.as_str()),
                        ("to", t.to.as_str()),
                    ],
                );
            }
            if previous_at.is_some_and(|p| t.at < p) {
                f.push(&rules::DATASET_HISTORY_UNORDERED, format!("{path}/at"), &[]);
            }
            previous = t.to;
            previous_at = Some(t.at);
        }
        match self.history.last() {
            None if self.status != PublicationStatus::Draft => f.push(
                &rules::DATASET_HISTORY_MISSING,
                "/history",
                &[("value", self.status.as_str())],
            ),
            Some(last) if last.to != self.status => f.push(
                &rules::DATASET_HISTORY_STATUS_MISMATCH,
                "/status",
                &[("status", self.status.as_str()), ("last", last.to.as_str())],
            ),
            _ => {}
        }
    }
}

//! Metadata quality: the **MQA** score of data.europa.eu (Metadata Quality Assessment), computed
//! on DataGO's model, with fix-first hints in Bahasa Indonesia and English.
//!
//! 405 points in five dimensions derived from FAIR; 23 indicators:
//!
//! | dimension (max) | indicator (`id`) | points | met when (model) | counted per |
//! |---|---|---|---|---|
//! | findability (100) | `keyword` | 30 | a non-blank keyword | dataset |
//! | | `theme` | 30 | a known urusan code (exported as an EU data theme) | dataset |
//! | | `spatial` | 20 | `spatial` present | dataset |
//! | | `temporal` | 20 | `temporal` present | dataset |
//! | accessibility (100) | `access-url-reachable` | 50 | the distribution's `url` (else `path`) resolves, **as told by the caller** | distribution |
//! | | `download-url` | 20 | `url` or `path` present (DataGO exports it as `dcat:downloadURL` too) | distribution |
//! | | `download-url-reachable` | 30 | the same location resolves, as told by the caller | distribution |
//! | interoperability (110) | `format` | 20 | `format` present | best distribution |
//! | | `media-type` | 10 | `mediaType` present | best distribution |
//! | | `format-vocabulary` | 10 | half for a format in the EU File Type table, half for a known IANA media type ([`crate::vocab::format`]) | best distribution |
//! | | `non-proprietary` | 20 | the format (else the media type) is non-proprietary | best distribution |
//! | | `machine-readable` | 20 | the format (else the media type) is machine-readable | best distribution |
//! | | `dcat-ap-compliance` | 30 | as told by the caller; when not told, the `dcat-ap-3` profile has no error | dataset |
//! | reusability (75) | `license` | 20 | the resource's licence, else the dataset's (as exported) | distribution |
//! | | `license-vocabulary` | 10 | that licence has an EU Licence NAL URI ([`crate::license::get`]) | distribution |
//! | | `access-rights` | 10 | `access` present | dataset |
//! | | `access-rights-vocabulary` | 5 | `access` present (it always maps to the EU Access Right NAL) | dataset |
//! | | `contact-point` | 20 | `contact` present and not blank | dataset |
//! | | `publisher` | 10 | `producer` present (exported as `dct:publisher`) | dataset |
//! | contextuality (20) | `rights` | 5 | a `rights` entry in the resource's or the dataset's `extras` (the model has no rights field) | distribution |
//! | | `byte-size` | 5 | `byteSize` present | distribution |
//! | | `issued` | 5 | `issued` present | dataset |
//! | | `modified` | 5 | `modified` present | dataset |
//!
//! Readings chosen where the methodology leaves room (after mjanez/ckan-mqa):
//! - **Interoperability** takes the **best** distribution of a dataset (the one with the most
//!   interoperability points; the first on a tie), per the MQA assumption "identical content in
//!   several distributions". A catalog's share is then the share of datasets whose best
//!   distribution meets the indicator.
//! - **Per-distribution indicators** (accessibility, licence, rights, file size) score
//!   `points × share of distributions meeting them`, for a dataset over its distributions and for
//!   a catalog over all distributions of all datasets. A dataset without distributions scores 0
//!   on them.
//! - **Dataset indicators** score `points × share of datasets` in a catalog (all or nothing for
//!   one dataset).
//! - **Reachability is never fetched.** The caller passes what it knows, keyed by the URL (or, for
//!   a file in a catalog directory, by its `path`; see [`bundle_paths`]); an unknown location
//!   counts as **not met** and its hint says it was not checked.
//! - Points per indicator are rounded to 2 decimals, as ckan-mqa does; the score is their sum.
//!
//! Ratings: excellent 351–405, good 221–350, sufficient 121–220, bad 0–120.
//!
//! ```
//! use datago_core::Dataset;
//! use datago_core::quality::{dataset_quality, QualityOptions, Rating};
//!
//! let ds = Dataset::from_json(r#"{"id": "d", "slug": "dd", "title": "Jumlah Puskesmas",
//!   "description": "Jumlah puskesmas per kecamatan.", "keywords": ["puskesmas"], "themes": ["1.02"],
//!   "resources": [{"title": "CSV", "format": "CSV", "mediaType": "text/csv",
//!                  "url": "https://example.go.id/puskesmas.csv"}]}"#).unwrap();
//! let mut options = QualityOptions::default();
//! options.reachable.insert("https://example.go.id/puskesmas.csv".into(), true);
//! let q = dataset_quality(&ds, &options);
//! // findability 60 + accessibility 100 + interoperability 110 (compliant: no dcat-ap-3 error)
//! assert_eq!(q.score, 270.0);
//! assert_eq!(q.rating, Rating::Good);
//! // the biggest gain first (20 points each: spatial, temporal, licence, contact point)
//! assert_eq!(q.hints[0].indicator.as_str(), "spatial");
//! assert_eq!(q.hints[0].gain, 20.0);
//! assert_eq!(q.hints[0].message.en, "Give the spatial coverage as a region code (dct:spatial): +20 MQA points.");
//! ```

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::dataset::Dataset;
use crate::finding::{Finding, Message, Severity};
use crate::resource::Resource;
use crate::rules::{self, Rule};
use crate::standards::profile::{validate_profile, Profile};
use crate::vocab;

/// The maximum MQA score.
pub const MAX_SCORE: u32 = 405;

/// An MQA dimension.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    /// Findability (100 points): can people and machines find the dataset?
    Findability,
    /// Accessibility (100 points): can the data be reached?
    Accessibility,
    /// Interoperability (110 points): can the data be used by other systems?
    Interoperability,
    /// Reusability (75 points): may and can the data be reused?
    Reusability,
    /// Contextuality (20 points): light context for the user.
    Contextuality,
}

impl Dimension {
    /// The five, in MQA order.
    pub const ALL: [Dimension; 5] = [
        Dimension::Findability,
        Dimension::Accessibility,
        Dimension::Interoperability,
        Dimension::Reusability,
        Dimension::Contextuality,
    ];

    /// The lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Findability => "findability",
            Dimension::Accessibility => "accessibility",
            Dimension::Interoperability => "interoperability",
            Dimension::Reusability => "reusability",
            Dimension::Contextuality => "contextuality",
        }
    }

    /// Its maximum points.
    ///
    /// ```
    /// use datago_core::quality::Dimension;
    /// assert_eq!(Dimension::ALL.iter().map(|d| d.max_points()).sum::<u32>(), 405);
    /// ```
    pub fn max_points(self) -> u32 {
        Indicator::ALL
            .iter()
            .filter(|i| i.dimension() == self)
            .map(|i| i.max_points())
            .sum()
    }
}

/// An MQA indicator (table in the module docs).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Indicator {
    /// `dcat:keyword` (30).
    Keyword,
    /// `dcat:theme` (30).
    Theme,
    /// `dct:spatial` (20).
    Spatial,
    /// `dct:temporal` (20).
    Temporal,
    /// `dcat:accessURL` resolves (50).
    AccessUrlReachable,
    /// `dcat:downloadURL` present (20).
    DownloadUrl,
    /// `dcat:downloadURL` resolves (30).
    DownloadUrlReachable,
    /// `dct:format` (20).
    Format,
    /// `dcat:mediaType` (10).
    MediaType,
    /// Format / media type from a vocabulary (10).
    FormatVocabulary,
    /// Non-proprietary format (20).
    NonProprietary,
    /// Machine-readable format (20).
    MachineReadable,
    /// DCAT-AP compliance (30).
    DcatApCompliance,
    /// `dct:license` (20).
    License,
    /// Licence from the EU Licence vocabulary (10).
    LicenseVocabulary,
    /// `dct:accessRights` (10).
    AccessRights,
    /// Access rights from the EU Access Right vocabulary (5).
    AccessRightsVocabulary,
    /// `dcat:contactPoint` (20).
    ContactPoint,
    /// `dct:publisher` (10).
    Publisher,
    /// `dct:rights` (5).
    Rights,
    /// `dcat:byteSize` (5).
    ByteSize,
    /// `dct:issued` (5).
    Issued,
    /// `dct:modified` (5).
    Modified,
}

/// What an indicator is counted over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Dataset,
    Distribution,
    BestDistribution,
}

impl Indicator {
    /// Every indicator, in MQA order.
    pub const ALL: [Indicator; 23] = [
        Indicator::Keyword,
        Indicator::Theme,
        Indicator::Spatial,
        Indicator::Temporal,
        Indicator::AccessUrlReachable,
        Indicator::DownloadUrl,
        Indicator::DownloadUrlReachable,
        Indicator::Format,
        Indicator::MediaType,
        Indicator::FormatVocabulary,
        Indicator::NonProprietary,
        Indicator::MachineReadable,
        Indicator::DcatApCompliance,
        Indicator::License,
        Indicator::LicenseVocabulary,
        Indicator::AccessRights,
        Indicator::AccessRightsVocabulary,
        Indicator::ContactPoint,
        Indicator::Publisher,
        Indicator::Rights,
        Indicator::ByteSize,
        Indicator::Issued,
        Indicator::Modified,
    ];

    /// The kebab-case id (`access-url-reachable`).
    pub fn as_str(self) -> &'static str {
        match self {
            Indicator::Keyword => "keyword",
            Indicator::Theme => "theme",
            Indicator::Spatial => "spatial",
            Indicator::Temporal => "temporal",
            Indicator::AccessUrlReachable => "access-url-reachable",
            Indicator::DownloadUrl => "download-url",
            Indicator::DownloadUrlReachable => "download-url-reachable",
            Indicator::Format => "format",
            Indicator::MediaType => "media-type",
            Indicator::FormatVocabulary => "format-vocabulary",
            Indicator::NonProprietary => "non-proprietary",
            Indicator::MachineReadable => "machine-readable",
            Indicator::DcatApCompliance => "dcat-ap-compliance",
            Indicator::License => "license",
            Indicator::LicenseVocabulary => "license-vocabulary",
            Indicator::AccessRights => "access-rights",
            Indicator::AccessRightsVocabulary => "access-rights-vocabulary",
            Indicator::ContactPoint => "contact-point",
            Indicator::Publisher => "publisher",
            Indicator::Rights => "rights",
            Indicator::ByteSize => "byte-size",
            Indicator::Issued => "issued",
            Indicator::Modified => "modified",
        }
    }

    /// Its dimension.
    ///
    /// ```
    /// use datago_core::quality::{Dimension, Indicator};
    /// assert_eq!(Indicator::ByteSize.dimension(), Dimension::Contextuality);
    /// assert_eq!(Indicator::DcatApCompliance.as_str(), "dcat-ap-compliance");
    /// ```
    pub fn dimension(self) -> Dimension {
        use Indicator as I;
        match self {
            I::Keyword | I::Theme | I::Spatial | I::Temporal => Dimension::Findability,
            I::AccessUrlReachable | I::DownloadUrl | I::DownloadUrlReachable => {
                Dimension::Accessibility
            }
            I::Format
            | I::MediaType
            | I::FormatVocabulary
            | I::NonProprietary
            | I::MachineReadable
            | I::DcatApCompliance => Dimension::Interoperability,
            I::License
            | I::LicenseVocabulary
            | I::AccessRights
            | I::AccessRightsVocabulary
            | I::ContactPoint
            | I::Publisher => Dimension::Reusability,
            I::Rights | I::ByteSize | I::Issued | I::Modified => Dimension::Contextuality,
        }
    }

    /// Its maximum points.
    ///
    /// ```
    /// use datago_core::quality::Indicator;
    /// assert_eq!(Indicator::AccessUrlReachable.max_points(), 50);
    /// assert_eq!(Indicator::ALL.iter().map(|i| i.max_points()).sum::<u32>(), 405);
    /// ```
    pub fn max_points(self) -> u32 {
        use Indicator as I;
        match self {
            I::Keyword | I::Theme | I::DownloadUrlReachable | I::DcatApCompliance => 30,
            I::AccessUrlReachable => 50,
            I::Spatial
            | I::Temporal
            | I::DownloadUrl
            | I::Format
            | I::NonProprietary
            | I::MachineReadable
            | I::License
            | I::ContactPoint => 20,
            I::MediaType | I::FormatVocabulary | I::LicenseVocabulary | I::AccessRights => 10,
            I::Publisher => 10,
            I::AccessRightsVocabulary | I::Rights | I::ByteSize | I::Issued | I::Modified => 5,
        }
    }

    fn unit(self) -> Unit {
        use Indicator as I;
        match self {
            I::AccessUrlReachable
            | I::DownloadUrl
            | I::DownloadUrlReachable
            | I::License
            | I::LicenseVocabulary
            | I::Rights
            | I::ByteSize => Unit::Distribution,
            I::Format
            | I::MediaType
            | I::FormatVocabulary
            | I::NonProprietary
            | I::MachineReadable => Unit::BestDistribution,
            _ => Unit::Dataset,
        }
    }

    fn rule(self, fail: Fail) -> &'static Rule {
        use Indicator as I;
        match (self, fail) {
            (I::AccessUrlReachable, Fail::Missing) => &rules::QUALITY_ACCESS_URL_MISSING,
            (I::AccessUrlReachable, Fail::Unreachable) => &rules::QUALITY_ACCESS_URL_UNREACHABLE,
            (I::AccessUrlReachable, _) => &rules::QUALITY_ACCESS_URL_UNCHECKED,
            (I::DownloadUrlReachable, Fail::Missing) => &rules::QUALITY_DOWNLOAD_URL_MISSING,
            (I::DownloadUrlReachable, Fail::Unreachable) => {
                &rules::QUALITY_DOWNLOAD_URL_UNREACHABLE
            }
            (I::DownloadUrlReachable, _) => &rules::QUALITY_DOWNLOAD_URL_UNCHECKED,
            (I::Keyword, _) => &rules::QUALITY_KEYWORD,
            (I::Theme, _) => &rules::QUALITY_THEME,
            (I::Spatial, _) => &rules::QUALITY_SPATIAL,
            (I::Temporal, _) => &rules::QUALITY_TEMPORAL,
            (I::DownloadUrl, _) => &rules::QUALITY_DOWNLOAD_URL_MISSING,
            (I::Format, _) => &rules::QUALITY_FORMAT,
            (I::MediaType, _) => &rules::QUALITY_MEDIA_TYPE,
            (I::FormatVocabulary, _) => &rules::QUALITY_FORMAT_VOCABULARY,
            (I::NonProprietary, _) => &rules::QUALITY_NON_PROPRIETARY,
            (I::MachineReadable, _) => &rules::QUALITY_MACHINE_READABLE,
            (I::DcatApCompliance, _) => &rules::QUALITY_DCAT_AP,
            (I::License, _) => &rules::QUALITY_LICENSE,
            (I::LicenseVocabulary, _) => &rules::QUALITY_LICENSE_VOCABULARY,
            (I::AccessRights, _) => &rules::QUALITY_ACCESS_RIGHTS,
            (I::AccessRightsVocabulary, _) => &rules::QUALITY_ACCESS_RIGHTS_VOCABULARY,
            (I::ContactPoint, _) => &rules::QUALITY_CONTACT_POINT,
            (I::Publisher, _) => &rules::QUALITY_PUBLISHER,
            (I::Rights, _) => &rules::QUALITY_RIGHTS,
            (I::ByteSize, _) => &rules::QUALITY_BYTE_SIZE,
            (I::Issued, _) => &rules::QUALITY_ISSUED,
            (I::Modified, _) => &rules::QUALITY_MODIFIED,
        }
    }

    fn index(self) -> usize {
        Indicator::ALL
            .iter()
            .position(|i| *i == self)
            .unwrap_or_default()
    }
}

/// The MQA rating of a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Rating {
    /// 351–405 points.
    Excellent,
    /// 221–350 points.
    Good,
    /// 121–220 points.
    Sufficient,
    /// 0–120 points.
    Bad,
}

impl Rating {
    /// The rating of `score` (a fractional score between two bands takes the lower one:
    /// 350.5 is good).
    ///
    /// ```
    /// use datago_core::quality::Rating;
    /// assert_eq!(Rating::of(351.0), Rating::Excellent);
    /// assert_eq!(Rating::of(350.99), Rating::Good);
    /// assert_eq!(Rating::of(221.0), Rating::Good);
    /// assert_eq!(Rating::of(121.0), Rating::Sufficient);
    /// assert_eq!(Rating::of(120.0), Rating::Bad);
    /// ```
    pub fn of(score: f64) -> Rating {
        if score >= 351.0 {
            Rating::Excellent
        } else if score >= 221.0 {
            Rating::Good
        } else if score >= 121.0 {
            Rating::Sufficient
        } else {
            Rating::Bad
        }
    }

    /// The lowercase name (`excellent`, `good`, `sufficient`, `bad`).
    pub fn as_str(self) -> &'static str {
        match self {
            Rating::Excellent => "excellent",
            Rating::Good => "good",
            Rating::Sufficient => "sufficient",
            Rating::Bad => "bad",
        }
    }
}

/// What the caller knows that DataGO does not compute itself.
///
/// ```
/// let options: datago_core::quality::QualityOptions = serde_json::from_str(
///     r#"{"reachable": {"https://example.go.id/a.csv": true}, "dcatApCompliant": true}"#).unwrap();
/// assert_eq!(options.reachable.get("https://example.go.id/a.csv"), Some(&true));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct QualityOptions {
    /// Whether each location resolves (HTTP 200), keyed by URL, or by `path` for files of a
    /// catalog directory. A location not in the map counts as not met.
    #[serde(default)]
    pub reachable: BTreeMap<String, bool>,
    /// Whether the metadata passes DCAT-AP validation (e.g. the official SHACL shapes). When
    /// absent, a dataset is compliant when the `dcat-ap-3` profile reports no error for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dcat_ap_compliant: Option<bool>,
}

/// The score of one indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct IndicatorScore {
    /// Which indicator.
    pub indicator: Indicator,
    /// Its dimension.
    pub dimension: Dimension,
    /// Points scored (`max × share`, 2 decimals).
    pub points: f64,
    /// Maximum points.
    pub max: u32,
    /// True when fully met (share 1).
    pub met: bool,
    /// Share of the population meeting it, 0–1.
    pub share: f64,
    /// How many units (datasets or distributions) fully meet it.
    pub count: usize,
    /// How many units it was counted over.
    pub population: usize,
    /// For the two reachability indicators: locations whose reachability was not supplied
    /// (counted as not met).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub unknown: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The score of one dimension.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DimensionScore {
    /// Which dimension.
    pub dimension: Dimension,
    /// Points scored.
    pub points: f64,
    /// Maximum points.
    pub max: u32,
}

/// What to fix to gain the points of one indicator not (fully) met.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Hint {
    /// Which indicator.
    pub indicator: Indicator,
    /// Its dimension.
    pub dimension: Dimension,
    /// Points gained by fixing it everywhere.
    pub gain: f64,
    /// Stable code (`quality.keyword.missing`, `quality.access-url.unchecked`…).
    pub code: String,
    /// JSON pointer to the first place to fix (in a catalog report, under `/datasets/N`).
    pub path: String,
    /// What to do, in both languages.
    pub message: Message,
}

/// An MQA assessment of a dataset or a catalog.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct QualityReport {
    /// Points scored, 0–405.
    pub score: f64,
    /// 405.
    pub max: u32,
    /// The rating of the score.
    pub rating: Rating,
    /// Points per dimension, in MQA order.
    pub dimensions: Vec<DimensionScore>,
    /// Points per indicator, in MQA order.
    pub indicators: Vec<IndicatorScore>,
    /// One hint per indicator not fully met, the biggest gain first.
    pub hints: Vec<Hint>,
    /// Datasets assessed.
    pub datasets: usize,
    /// Distributions (resources) assessed.
    pub distributions: usize,
    /// For a dataset: the index of the distribution interoperability was taken from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub best_distribution: Option<usize>,
}

impl QualityReport {
    /// The score of `indicator`.
    pub fn indicator(&self, indicator: Indicator) -> Option<&IndicatorScore> {
        self.indicators.iter().find(|i| i.indicator == indicator)
    }

    /// The points of `dimension`.
    pub fn dimension(&self, dimension: Dimension) -> f64 {
        self.dimensions
            .iter()
            .find(|d| d.dimension == dimension)
            .map_or(0.0, |d| d.points)
    }
}

/// Scores a dataset, with reachability and DCAT-AP compliance from `options`.
/// See the module docs for an example.
pub fn dataset_quality(dataset: &Dataset, options: &QualityOptions) -> QualityReport {
    dataset_quality_with(
        dataset,
        &|u| options.reachable.get(u).copied(),
        options.dcat_ap_compliant,
    )
}

/// Scores a dataset, asking `reachable(location)` whether a URL (or path) resolves: `Some(true)`
/// met, `Some(false)` not met, `None` unknown (not met, and the hint says it was not checked).
///
/// ```
/// use datago_core::Dataset;
/// use datago_core::quality::{dataset_quality_with, Indicator};
/// let ds = Dataset::from_json(r#"{"id": "d", "slug": "dd",
///   "resources": [{"title": "a", "url": "https://example.go.id/a.csv"}]}"#).unwrap();
/// let q = dataset_quality_with(&ds, &|url| Some(url.starts_with("https://")), Some(false));
/// assert_eq!(q.indicator(Indicator::AccessUrlReachable).unwrap().points, 50.0);
/// let q = dataset_quality_with(&ds, &|_| None, Some(false));
/// assert_eq!(q.indicator(Indicator::AccessUrlReachable).unwrap().unknown, 1);
/// assert!(q.hints.iter().any(|h| h.code == "quality.access-url.unchecked"));
/// ```
pub fn dataset_quality_with(
    dataset: &Dataset,
    reachable: &dyn Fn(&str) -> Option<bool>,
    dcat_ap_compliant: Option<bool>,
) -> QualityReport {
    let eval = evaluate(dataset, reachable, dcat_ap_compliant);
    let best = eval.best;
    let mut report = aggregate(
        &[(String::new(), eval)],
        "/resources",
        dataset.resources.len(),
    );
    report.best_distribution = best;
    report
}

/// Scores a catalog: every indicator scores `points × share` of the catalog's datasets (or
/// distributions) meeting it. A catalog of one dataset scores what that dataset scores.
///
/// ```
/// let catalog = datago_core::sample::bundle().load().unwrap().catalog;
/// let q = datago_core::quality::catalog_quality(&catalog, &Default::default());
/// assert_eq!(q.datasets, catalog.datasets.len());
/// assert!(q.score > 0.0 && q.score < 405.0);
/// ```
pub fn catalog_quality(catalog: &Catalog, options: &QualityOptions) -> QualityReport {
    catalog_quality_with(
        catalog,
        &|u| options.reachable.get(u).copied(),
        options.dcat_ap_compliant,
    )
}

/// [`catalog_quality`] with a reachability function (see [`dataset_quality_with`]);
/// `dcat_ap_compliant`, when given, applies to every dataset.
pub fn catalog_quality_with(
    catalog: &Catalog,
    reachable: &dyn Fn(&str) -> Option<bool>,
    dcat_ap_compliant: Option<bool>,
) -> QualityReport {
    let evals: Vec<(String, Evaluation)> = catalog
        .datasets
        .iter()
        .enumerate()
        .map(|(i, d)| {
            (
                format!("/datasets/{i}"),
                evaluate(d, reachable, dcat_ap_compliant),
            )
        })
        .collect();
    let empty = if catalog.datasets.is_empty() {
        "/datasets"
    } else {
        "/datasets/0/resources"
    };
    let distributions = catalog.datasets.iter().map(|d| d.resources.len()).sum();
    let mut report = aggregate(&evals, empty, distributions);
    report.datasets = catalog.datasets.len();
    report
}

/// For every resource `path` of the catalog, whether the file is in the catalog directory:
/// a reachability map for files that will be served from the portal. URLs are left out (their
/// reachability is for the caller to check).
///
/// ```
/// let bundle = datago_core::sample::bundle();
/// let catalog = bundle.load().unwrap().catalog;
/// let mut options = datago_core::quality::QualityOptions::default();
/// options.reachable = datago_core::quality::bundle_paths(&bundle, &catalog);
/// assert!(options.reachable.values().all(|found| *found));
/// let q = datago_core::quality::catalog_quality(&catalog, &options);
/// assert!(q.indicators[4].points > 0.0); // access-url-reachable
/// ```
pub fn bundle_paths(bundle: &crate::Bundle, catalog: &Catalog) -> BTreeMap<String, bool> {
    catalog
        .datasets
        .iter()
        .flat_map(|d| d.resources.iter())
        .filter(|r| r.url.as_deref().is_none_or(|u| u.trim().is_empty()))
        .filter_map(|r| r.path.as_deref().filter(|p| !p.trim().is_empty()))
        .map(|p| (p.to_string(), bundle.get(p).is_some()))
        .collect()
}

// --- evaluation ----------------------------------------------------------------------------------

/// Why a unit does not (fully) meet an indicator, most actionable first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Fail {
    Missing,
    Unreachable,
    Unknown,
}

/// One unit (dataset or distribution) of an indicator's population.
#[derive(Debug, Clone)]
struct Item {
    value: f64,
    fail: Option<(Fail, String)>,
}

impl Item {
    fn met() -> Item {
        Item {
            value: 1.0,
            fail: None,
        }
    }

    fn check(ok: bool, path: impl Into<String>) -> Item {
        if ok {
            Item::met()
        } else {
            Item {
                value: 0.0,
                fail: Some((Fail::Missing, path.into())),
            }
        }
    }
}

struct Evaluation {
    /// Items per indicator, in the order of [`Indicator::ALL`].
    items: Vec<Vec<Item>>,
    best: Option<usize>,
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

fn present(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|s| !blank(s))
}

/// The location of a resource: its URL, else its path; with the JSON key it came from.
fn location(r: &Resource) -> Option<(&'static str, &str)> {
    present(&r.url)
        .map(|u| ("url", u.trim()))
        .or_else(|| present(&r.path).map(|p| ("path", p.trim())))
}

/// Interoperability of one distribution: format, media type, vocabulary (0, ½, 1),
/// non-proprietary, machine-readable.
fn interop(r: &Resource) -> [f64; 5] {
    let format = present(&r.format);
    let media = present(&r.media_type);
    let format_entry = format.and_then(vocab::format);
    let media_known = media.is_some_and(|m| {
        let m = m.split(';').next().unwrap_or(m).trim();
        vocab::formats()
            .iter()
            .any(|f| f.media_type.eq_ignore_ascii_case(m))
    });
    let entry = format_entry.or_else(|| media.and_then(vocab::format));
    let b = |x: bool| if x { 1.0 } else { 0.0 };
    [
        b(format.is_some()),
        b(media.is_some()),
        0.5 * b(format_entry.is_some()) + 0.5 * b(media_known),
        b(entry.is_some_and(|f| f.non_proprietary)),
        b(entry.is_some_and(|f| f.machine_readable)),
    ]
}

const INTEROP: [Indicator; 5] = [
    Indicator::Format,
    Indicator::MediaType,
    Indicator::FormatVocabulary,
    Indicator::NonProprietary,
    Indicator::MachineReadable,
];

fn evaluate(
    d: &Dataset,
    reachable: &dyn Fn(&str) -> Option<bool>,
    dcat_ap_compliant: Option<bool>,
) -> Evaluation {
    use Indicator as I;
    let mut items: Vec<Vec<Item>> = vec![Vec::new(); Indicator::ALL.len()];
    let mut put = |i: Indicator, item: Item| items[i.index()].push(item);

    // Dataset indicators.
    put(
        I::Keyword,
        Item::check(d.keywords.iter().any(|k| !blank(k)), "/keywords"),
    );
    put(
        I::Theme,
        Item::check(
            d.themes.iter().any(|t| vocab::urusan(t).is_some()),
            "/themes",
        ),
    );
    put(I::Spatial, Item::check(d.spatial.is_some(), "/spatial"));
    put(I::Temporal, Item::check(d.temporal.is_some(), "/temporal"));
    let compliant = dcat_ap_compliant.unwrap_or_else(|| {
        !validate_profile(d, Profile::DcatAp3)
            .iter()
            .any(|f| f.severity == Severity::Error)
    });
    put(I::DcatApCompliance, Item::check(compliant, ""));
    put(I::AccessRights, Item::check(d.access.is_some(), "/access"));
    put(
        I::AccessRightsVocabulary,
        Item::check(d.access.is_some(), "/access"),
    );
    let contact = d.contact.as_ref().is_some_and(|c| {
        !blank(&c.name)
            || [&c.email, &c.phone, &c.url]
                .iter()
                .any(|o| present(o).is_some())
    });
    put(I::ContactPoint, Item::check(contact, "/contact"));
    put(I::Publisher, Item::check(!blank(&d.producer), "/producer"));
    put(I::Issued, Item::check(d.issued.is_some(), "/issued"));
    put(I::Modified, Item::check(d.modified.is_some(), "/modified"));

    // Distribution indicators.
    let dataset_rights = d.extras.get("rights").is_some_and(|r| !blank(r));
    for (i, r) in d.resources.iter().enumerate() {
        let base = format!("/resources/{i}");
        let loc = location(r);
        let resolves = match loc {
            None => Item {
                value: 0.0,
                fail: Some((Fail::Missing, format!("{base}/url"))),
            },
            Some((key, l)) => match reachable(l) {
                Some(true) => Item::met(),
                Some(false) => Item {
                    value: 0.0,
                    fail: Some((Fail::Unreachable, format!("{base}/{key}"))),
                },
                None => Item {
                    value: 0.0,
                    fail: Some((Fail::Unknown, format!("{base}/{key}"))),
                },
            },
        };
        put(I::AccessUrlReachable, resolves.clone());
        put(
            I::DownloadUrl,
            Item::check(loc.is_some(), format!("{base}/url")),
        );
        put(I::DownloadUrlReachable, resolves);
        let (license_path, license) = match present(&r.license) {
            Some(l) => (format!("{base}/license"), Some(l)),
            None => ("/license".to_string(), present(&d.license)),
        };
        put(I::License, Item::check(license.is_some(), &license_path));
        let in_nal = license
            .and_then(crate::license::get)
            .is_some_and(|l| l.eu.is_some());
        put(I::LicenseVocabulary, Item::check(in_nal, &license_path));
        let rights = dataset_rights
            || r.extras.get("rights").is_some_and(|v| match v {
                serde_json::Value::String(s) => !blank(s),
                serde_json::Value::Null => false,
                _ => true,
            });
        put(
            I::Rights,
            Item::check(rights, format!("{base}/extras/rights")),
        );
        put(
            I::ByteSize,
            Item::check(r.byte_size.is_some(), format!("{base}/byteSize")),
        );
    }

    // Interoperability: the best distribution.
    let scored: Vec<(usize, [f64; 5])> = d
        .resources
        .iter()
        .enumerate()
        .map(|(i, r)| (i, interop(r)))
        .collect();
    let points = |v: &[f64; 5]| -> f64 {
        v.iter()
            .zip(INTEROP)
            .map(|(x, ind)| x * f64::from(ind.max_points()))
            .sum()
    };
    let mut best: Option<(usize, [f64; 5])> = None;
    for (i, v) in scored {
        if best.as_ref().is_none_or(|(_, b)| points(&v) > points(b)) {
            best = Some((i, v));
        }
    }
    match best {
        None => {
            for ind in INTEROP {
                put(ind, Item::check(false, "/resources"));
            }
        }
        Some((i, v)) => {
            let r = &d.resources[i];
            let format_known = present(&r.format).and_then(vocab::format).is_some();
            let paths = [
                "format",
                "mediaType",
                if format_known { "mediaType" } else { "format" },
                "format",
                "format",
            ];
            for ((ind, value), key) in INTEROP.into_iter().zip(v).zip(paths) {
                put(
                    ind,
                    Item {
                        value,
                        fail: (value < 1.0)
                            .then(|| (Fail::Missing, format!("/resources/{i}/{key}"))),
                    },
                );
            }
        }
    }
    Evaluation {
        items,
        best: best.map(|(i, _)| i),
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// `30`, `13.33`, `2.5`.
fn show(x: f64) -> String {
    let s = format!("{:.2}", round2(x));
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn aggregate(evals: &[(String, Evaluation)], empty: &str, distributions: usize) -> QualityReport {
    let mut indicators = Vec::new();
    let mut hints = Vec::new();
    for ind in Indicator::ALL {
        let k = ind.index();
        let population: usize = evals.iter().map(|(_, e)| e.items[k].len()).sum();
        let sum: f64 = evals
            .iter()
            .flat_map(|(_, e)| e.items[k].iter())
            .map(|i| i.value)
            .sum();
        let share = if population == 0 {
            0.0
        } else {
            sum / population as f64
        };
        let all = || {
            evals
                .iter()
                .flat_map(|(p, e)| e.items[k].iter().map(move |i| (p, i)))
        };
        let count = all().filter(|(_, i)| i.fail.is_none()).count();
        let failing = population - count;
        let unknown = all()
            .filter(|(_, i)| matches!(i.fail, Some((Fail::Unknown, _))))
            .count();
        let max = ind.max_points();
        let points = round2(f64::from(max) * share);
        indicators.push(IndicatorScore {
            indicator: ind,
            dimension: ind.dimension(),
            points,
            max,
            met: population > 0 && failing == 0,
            share: round2(share * 100.0) / 100.0,
            count,
            population,
            unknown,
        });
        let gain = round2(f64::from(max) - points);
        if gain <= 0.0 {
            continue;
        }
        // The most actionable failing unit, the first of its kind.
        let first = all()
            .filter_map(|(p, i)| i.fail.as_ref().map(|(f, path)| (*f, format!("{p}{path}"))))
            .min_by_key(|(f, _)| *f);
        let (fail, path) = first.unwrap_or_else(|| {
            let path = match ind.unit() {
                Unit::Dataset if evals.is_empty() => "/datasets".to_string(),
                Unit::Dataset => String::new(),
                _ => empty.to_string(),
            };
            (Fail::Missing, path)
        });
        let (unit_id, unit_en) = match ind.unit() {
            Unit::Distribution => ("distribusi", "distributions"),
            Unit::Dataset | Unit::BestDistribution => ("dataset", "datasets"),
        };
        let (scope_id, scope_en) = if population <= 1 {
            (String::new(), String::new())
        } else {
            (
                format!(" ({failing} dari {population} {unit_id})"),
                format!(" ({failing} of {population} {unit_en})"),
            )
        };
        let f = Finding::new(
            ind.rule(fail),
            path,
            &[
                ("gain", &show(gain)),
                ("scope_id", &scope_id),
                ("scope_en", &scope_en),
            ],
        );
        hints.push(Hint {
            indicator: ind,
            dimension: ind.dimension(),
            gain,
            code: f.code,
            path: f.path,
            message: f.message,
        });
    }
    // Biggest gain first; MQA order among equals (the sort is stable).
    hints.sort_by(|a, b| b.gain.total_cmp(&a.gain));
    let dimensions: Vec<DimensionScore> = Dimension::ALL
        .into_iter()
        .map(|dim| DimensionScore {
            dimension: dim,
            points: round2(
                indicators
                    .iter()
                    .filter(|i| i.dimension == dim)
                    .map(|i| i.points)
                    .sum(),
            ),
            max: dim.max_points(),
        })
        .collect();
    let score = round2(dimensions.iter().map(|d| d.points).sum());
    QualityReport {
        score,
        max: MAX_SCORE,
        rating: Rating::of(score),
        dimensions,
        indicators,
        hints,
        datasets: evals.len(),
        distributions,
        best_distribution: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_adds_up() {
        let dims: Vec<u32> = Dimension::ALL.iter().map(|d| d.max_points()).collect();
        assert_eq!(dims, [100, 100, 110, 75, 20]);
        assert_eq!(show(30.0), "30");
        assert_eq!(show(13.333), "13.33");
        assert_eq!(show(2.5), "2.5");
    }

    #[test]
    fn empty_catalog_scores_zero() {
        let c = Catalog::from_json(r#"{"id": "c"}"#).unwrap();
        let q = catalog_quality(&c, &QualityOptions::default());
        assert_eq!(q.score, 0.0);
        assert_eq!(q.rating, Rating::Bad);
        assert_eq!(q.hints.len(), 23);
        assert!(q.hints.iter().all(|h| h.path == "/datasets"));
    }
}

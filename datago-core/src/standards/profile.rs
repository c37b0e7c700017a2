//! Profile validation: checks a dataset or a catalog against what a target standard or platform
//! expects, beyond DataGO's own rules ([`crate::Dataset::validate`]).
//!
//! | profile | what it checks |
//! |---|---|
//! | `dcat-ap-3` | the mandatory (error) and recommended (warning) properties of DCAT-AP 3.0.1, mapped onto the model as the DCAT-AP exporter writes them (table below) |
//! | `ckan` | what CKAN's default schema and validators reject: name slug (2–100 of `a-z0-9_-`, not `new`/`edit`/`search`), tags (2–100 of letters, digits, space, `-_.`), `owner_org`, version ≤ 100, e-mails, extras named like core fields, resource URL; a licence outside CKAN's default register is a warning; an empty title a warning (CKAN falls back to the name) |
//! | `satu-data` | the four Satu Data principles of Perpres 39/2019 ([`super::satu_data::check`]) |
//!
//! DCAT-AP 3.0.1 onto the model:
//!
//! | class | mandatory (error) | recommended (warning) |
//! |---|---|---|
//! | Dataset | title (`/title`), description (`/description`) | contactPoint (`/contact`), distribution (`/resources`), keyword (`/keywords`), publisher (`/producer`), spatial (`/spatial`), temporal (`/temporal`), theme (`/themes` with a known urusan, mapped to an EU data theme) |
//! | Distribution | accessURL (`url` or `path`) | availability (`extras.availability`: DataGO has no field for it yet), description, format, license (the resource's or else the dataset's, as exported) |
//! | Catalogue | title, description, publisher | dataset, spatial, homepage, language, license, modified, issued |
//!
//! `dcat:themeTaxonomy` (recommended for a catalogue) is always written by the exporter (the EU
//! data theme scheme), so it is never reported; `dcat:service` is not modelled (DataGO
//! publishes no data services).
//!
//! ```
//! use datago_core::Dataset;
//! use datago_core::standards::profile::{validate_profile, Profile};
//!
//! let ds = Dataset::from_json(r#"{"id": "d", "slug": "dd", "title": "Jumlah Puskesmas"}"#).unwrap();
//! let findings = validate_profile(&ds, Profile::parse("dcat-ap-3").unwrap());
//! assert!(findings.iter().any(|f| f.code == "profile.dcat-ap.dataset.description.missing" && f.severity.as_str() == "error"));
//! assert!(findings.iter().any(|f| f.code == "profile.dcat-ap.dataset.contact-point.missing" && f.path == "/contact"));
//! assert_eq!(Profile::parse("iso-19115").unwrap_err().code(), "invalid-argument");
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::dataset::Dataset;
use crate::finding::{pointer_token, Finding, Findings};
use crate::rules;
use crate::slug;
use crate::vocab;

/// A named validation profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum Profile {
    /// DCAT-AP 3.0.1 mandatory and recommended properties (`dcat-ap-3`).
    #[serde(rename = "dcat-ap-3")]
    DcatAp3,
    /// What CKAN's default validators require (`ckan`).
    #[serde(rename = "ckan")]
    Ckan,
    /// The Satu Data principles of Perpres 39/2019 (`satu-data`).
    #[serde(rename = "satu-data")]
    SatuData,
}

impl Profile {
    /// Every profile.
    pub const ALL: [Profile; 3] = [Profile::DcatAp3, Profile::Ckan, Profile::SatuData];

    /// The profile's name (`dcat-ap-3`, `ckan`, `satu-data`).
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::DcatAp3 => "dcat-ap-3",
            Profile::Ckan => "ckan",
            Profile::SatuData => "satu-data",
        }
    }

    /// Parses a profile name (case-insensitive, `_` for `-`; `dcat-ap` and `dcat-ap-3.0.1` are
    /// read as `dcat-ap-3`). Unknown names are an `invalid-argument` error listing the
    /// accepted ones.
    ///
    /// ```
    /// use datago_core::standards::profile::Profile;
    /// assert_eq!(Profile::parse("DCAT_AP_3").unwrap(), Profile::DcatAp3);
    /// assert_eq!(Profile::parse("satu-data").unwrap().as_str(), "satu-data");
    /// let err = Profile::parse("dcat-us").unwrap_err();
    /// assert_eq!(err.code(), "invalid-argument");
    /// assert!(err.to_string().contains("dcat-ap-3, ckan, satu-data"));
    /// ```
    pub fn parse(name: &str) -> Result<Profile, crate::Error> {
        let n = name.trim().to_ascii_lowercase().replace('_', "-");
        match n.as_str() {
            "dcat-ap-3" | "dcat-ap" | "dcat-ap-3.0.1" | "dcat-ap-3.0" => Ok(Profile::DcatAp3),
            "ckan" => Ok(Profile::Ckan),
            "satu-data" | "satudata" => Ok(Profile::SatuData),
            _ => Err(crate::Error::InvalidArgument {
                what: "profile",
                value: name.to_string(),
                expected: Profile::ALL.map(Profile::as_str).join(", "),
            }),
        }
    }
}

/// All findings of `profile` about a dataset (paths are JSON pointers into it). Only the
/// profile's own rules run: combine with [`Dataset::validate`] for the full picture.
///
/// ```
/// use datago_core::Dataset;
/// use datago_core::standards::profile::{validate_profile, Profile};
/// let ds = Dataset::from_json(r#"{"id": "d", "slug": "Jumlah Puskesmas", "keywords": ["x"]}"#).unwrap();
/// let codes: Vec<String> = validate_profile(&ds, Profile::Ckan).into_iter().map(|f| f.code).collect();
/// assert_eq!(codes, ["profile.ckan.dataset.name.invalid", "profile.ckan.dataset.title.missing",
///                    "profile.ckan.dataset.tag.invalid", "profile.ckan.dataset.owner-org.missing"]);
/// ```
pub fn validate_profile(dataset: &Dataset, profile: Profile) -> Vec<Finding> {
    match profile {
        Profile::DcatAp3 => dcat_dataset(dataset),
        Profile::Ckan => ckan_dataset(dataset),
        Profile::SatuData => super::satu_data::check(dataset).findings(),
    }
}

/// All findings of `profile` about a catalog: its own properties (DCAT-AP: the catalogue;
/// CKAN: organization names) and every dataset's findings under `/datasets/N`.
///
/// ```
/// let catalog = datago_core::sample::bundle().load().unwrap().catalog;
/// use datago_core::standards::profile::{validate_catalog_profile, Profile};
/// let findings = validate_catalog_profile(&catalog, Profile::DcatAp3);
/// assert!(!findings.iter().any(|f| f.severity == datago_core::Severity::Error));
/// ```
pub fn validate_catalog_profile(catalog: &Catalog, profile: Profile) -> Vec<Finding> {
    let mut f = Findings::default();
    match profile {
        Profile::DcatAp3 => dcat_catalog(catalog, &mut f),
        Profile::Ckan => {
            for (i, o) in catalog.organizations.iter().enumerate() {
                if let Err(p) = slug::check(&o.code) {
                    f.push(
                        &rules::PROFILE_CKAN_ORGANIZATION_NAME_INVALID,
                        format!("/organizations/{i}/code"),
                        &[
                            ("value", &o.code),
                            ("reason_id", p.reason_id()),
                            ("reason_en", p.reason_en()),
                        ],
                    );
                }
            }
        }
        Profile::SatuData => {}
    }
    for (i, d) in catalog.datasets.iter().enumerate() {
        f.extend_under(&format!("/datasets/{i}"), validate_profile(d, profile));
    }
    f.into_vec()
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

fn blank_opt(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(blank)
}

// --- DCAT-AP 3.0.1 -------------------------------------------------------------------------------

fn dcat_dataset(d: &Dataset) -> Vec<Finding> {
    let mut f = Findings::default();
    if d.title.is_blank() {
        f.push(&rules::PROFILE_DCAT_DATASET_TITLE, "/title", &[]);
    }
    if d.description.is_blank() {
        f.push(
            &rules::PROFILE_DCAT_DATASET_DESCRIPTION,
            "/description",
            &[],
        );
    }
    if d.contact.is_none() {
        f.push(&rules::PROFILE_DCAT_DATASET_CONTACT_POINT, "/contact", &[]);
    }
    if d.resources.is_empty() {
        f.push(&rules::PROFILE_DCAT_DATASET_DISTRIBUTION, "/resources", &[]);
    }
    if d.keywords.iter().all(|k| blank(k)) {
        f.push(&rules::PROFILE_DCAT_DATASET_KEYWORD, "/keywords", &[]);
    }
    if blank(&d.producer) {
        f.push(&rules::PROFILE_DCAT_DATASET_PUBLISHER, "/producer", &[]);
    }
    if d.spatial.is_none() {
        f.push(&rules::PROFILE_DCAT_DATASET_SPATIAL, "/spatial", &[]);
    }
    if d.temporal.is_none() {
        f.push(&rules::PROFILE_DCAT_DATASET_TEMPORAL, "/temporal", &[]);
    }
    if !d.themes.iter().any(|t| vocab::urusan(t).is_some()) {
        f.push(&rules::PROFILE_DCAT_DATASET_THEME, "/themes", &[]);
    }
    for (i, r) in d.resources.iter().enumerate() {
        let base = format!("/resources/{i}");
        if blank_opt(&r.url) && blank_opt(&r.path) {
            f.push(
                &rules::PROFILE_DCAT_DISTRIBUTION_ACCESS_URL,
                format!("{base}/url"),
                &[],
            );
        }
        let availability = r
            .extras
            .get("availability")
            .and_then(|v| v.as_str())
            .is_some_and(|s| !blank(s));
        if !availability {
            f.push(
                &rules::PROFILE_DCAT_DISTRIBUTION_AVAILABILITY,
                format!("{base}/extras/availability"),
                &[],
            );
        }
        if r.description.as_ref().is_none_or(|t| t.is_blank()) {
            f.push(
                &rules::PROFILE_DCAT_DISTRIBUTION_DESCRIPTION,
                format!("{base}/description"),
                &[],
            );
        }
        if blank_opt(&r.format) {
            f.push(
                &rules::PROFILE_DCAT_DISTRIBUTION_FORMAT,
                format!("{base}/format"),
                &[],
            );
        }
        if blank_opt(&r.license) && blank_opt(&d.license) {
            f.push(
                &rules::PROFILE_DCAT_DISTRIBUTION_LICENSE,
                format!("{base}/license"),
                &[],
            );
        }
    }
    f.into_vec()
}

fn dcat_catalog(c: &Catalog, f: &mut Findings) {
    if c.title.is_blank() {
        f.push(&rules::PROFILE_DCAT_CATALOG_TITLE, "/title", &[]);
    }
    if c.description.is_blank() {
        f.push(
            &rules::PROFILE_DCAT_CATALOG_DESCRIPTION,
            "/description",
            &[],
        );
    }
    if blank(&c.publisher) {
        f.push(&rules::PROFILE_DCAT_CATALOG_PUBLISHER, "/publisher", &[]);
    }
    if c.datasets.is_empty() {
        f.push(&rules::PROFILE_DCAT_CATALOG_DATASET, "/datasets", &[]);
    }
    if c.spatial.is_none() {
        f.push(&rules::PROFILE_DCAT_CATALOG_SPATIAL, "/spatial", &[]);
    }
    if blank_opt(&c.homepage) {
        f.push(&rules::PROFILE_DCAT_CATALOG_HOMEPAGE, "/homepage", &[]);
    }
    if c.language.iter().all(|l| blank(l)) {
        f.push(&rules::PROFILE_DCAT_CATALOG_LANGUAGE, "/language", &[]);
    }
    if blank_opt(&c.license) {
        f.push(&rules::PROFILE_DCAT_CATALOG_LICENSE, "/license", &[]);
    }
    if c.modified.is_none() {
        f.push(&rules::PROFILE_DCAT_CATALOG_MODIFIED, "/modified", &[]);
    }
    if c.issued.is_none() {
        f.push(&rules::PROFILE_DCAT_CATALOG_ISSUED, "/issued", &[]);
    }
}

// --- CKAN ----------------------------------------------------------------------------------------

/// Core package fields of CKAN's default schema: an extra with one of these names is rejected
/// (`extra_key_not_in_root_schema`).
const CKAN_ROOT_FIELDS: [&str; 24] = [
    "id",
    "name",
    "title",
    "author",
    "author_email",
    "maintainer",
    "maintainer_email",
    "license_id",
    "notes",
    "url",
    "version",
    "state",
    "type",
    "owner_org",
    "private",
    "tags",
    "tag_string",
    "extras",
    "groups",
    "resources",
    "relationships_as_subject",
    "relationships_as_object",
    "plugin_data",
    "metadata_modified",
];

fn ckan_tag_ok(tag: &str) -> bool {
    // `tag_length_validator` (2..100) and `tag_name_validator` (`[\w \-.]*$`, Unicode \w).
    (2..=100).contains(&tag.chars().count())
        && tag
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == ' ' || c == '-' || c == '.')
}

fn ckan_dataset(d: &Dataset) -> Vec<Finding> {
    let mut f = Findings::default();
    if let Err(p) = slug::check(&d.slug) {
        f.push(
            &rules::PROFILE_CKAN_NAME_INVALID,
            "/slug",
            &[
                ("value", &d.slug),
                ("reason_id", p.reason_id()),
                ("reason_en", p.reason_en()),
            ],
        );
    }
    if d.title.is_blank() {
        f.push(&rules::PROFILE_CKAN_TITLE_MISSING, "/title", &[]);
    }
    for (i, k) in d.keywords.iter().enumerate() {
        if !ckan_tag_ok(k) {
            f.push(
                &rules::PROFILE_CKAN_TAG_INVALID,
                format!("/keywords/{i}"),
                &[("value", k)],
            );
        }
    }
    if blank(&d.producer) {
        f.push(&rules::PROFILE_CKAN_OWNER_ORG_MISSING, "/producer", &[]);
    } else if let Err(p) = slug::check(&d.producer) {
        f.push(
            &rules::PROFILE_CKAN_OWNER_ORG_INVALID,
            "/producer",
            &[
                ("value", &d.producer),
                ("reason_id", p.reason_id()),
                ("reason_en", p.reason_en()),
            ],
        );
    }
    if let Some(l) = d.license.as_deref().filter(|l| !blank(l)) {
        let in_register = crate::license::get(l).is_some_and(|l| l.ckan.is_some());
        if !in_register {
            f.push(
                &rules::PROFILE_CKAN_LICENSE_UNKNOWN,
                "/license",
                &[("value", l)],
            );
        }
    }
    if d.version
        .as_deref()
        .is_some_and(|v| v.chars().count() > 100)
    {
        f.push(&rules::PROFILE_CKAN_VERSION_TOO_LONG, "/version", &[]);
    }
    for (field, agent) in [("author", &d.author), ("maintainer", &d.maintainer)] {
        if let Some(e) = agent.as_ref().and_then(|a| a.email.as_deref()) {
            if !blank(e) && !crate::organization::is_email(e.trim()) {
                f.push(
                    &rules::PROFILE_CKAN_EMAIL_INVALID,
                    format!("/{field}/email"),
                    &[("value", e)],
                );
            }
        }
    }
    for key in d.extras.keys() {
        if CKAN_ROOT_FIELDS.contains(&key.as_str()) {
            f.push(
                &rules::PROFILE_CKAN_EXTRA_RESERVED,
                format!("/extras/{}", pointer_token(key)),
                &[("value", key)],
            );
        }
    }
    for (i, r) in d.resources.iter().enumerate() {
        if blank_opt(&r.url) && blank_opt(&r.path) {
            f.push(
                &rules::PROFILE_CKAN_RESOURCE_URL_MISSING,
                format!("/resources/{i}/url"),
                &[],
            );
        }
    }
    f.into_vec()
}

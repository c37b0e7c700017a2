//! Organizations (perangkat daerah and others) and their Satu Data roles, and contact points.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::finding::{Finding, Findings};
use crate::region::RegionCode;
use crate::rules;
use crate::slug;
use crate::text::LocalizedText;

/// The role an organization plays in Satu Data (Perpres 39/2019; regional rules add walidata
/// pendukung).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SatuDataRole {
    /// Pembina Data: sets data standards and coaches (BPS for statistics, BIG for geospatial
    /// data, Kemenkeu for state finance).
    PembinaData,
    /// Walidata: collects, checks and disseminates the producers' data (one per government; in
    /// Kota Magelang the Diskominfo dan Statistik).
    Walidata,
    /// Walidata Pendukung: helps the walidata within a sector.
    WalidataPendukung,
    /// Produsen Data: produces data according to the Satu Data principles.
    ProdusenData,
}

impl SatuDataRole {
    /// The stable kebab-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            SatuDataRole::PembinaData => "pembina-data",
            SatuDataRole::Walidata => "walidata",
            SatuDataRole::WalidataPendukung => "walidata-pendukung",
            SatuDataRole::ProdusenData => "produsen-data",
        }
    }

    /// True for the roles that may verify and publish data (walidata, walidata pendukung).
    pub fn stewards(self) -> bool {
        matches!(
            self,
            SatuDataRole::Walidata | SatuDataRole::WalidataPendukung
        )
    }
}

/// What kind of body an organization is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum OrganizationKind {
    /// Pemerintah daerah as a whole (e.g. Pemerintah Kota Magelang).
    PemerintahDaerah,
    /// Dinas.
    Dinas,
    /// Badan.
    Badan,
    /// Sekretariat (Sekretariat Daerah, Sekretariat DPRD) or a bagian within it.
    Sekretariat,
    /// Inspektorat.
    Inspektorat,
    /// Kecamatan.
    Kecamatan,
    /// Kelurahan or desa.
    Kelurahan,
    /// Rumah sakit umum daerah or another service unit.
    UnitLayanan,
    /// Badan usaha milik daerah.
    Bumd,
    /// A vertical agency of the central government (e.g. BPS Kota Magelang).
    InstansiVertikal,
    /// Anything else.
    Lainnya,
}

/// How to reach the people responsible (a vCard-like contact point, `dcat:contactPoint`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ContactPoint {
    /// Name of the person, unit or desk.
    #[serde(default)]
    pub name: String,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Telephone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Web page or form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl ContactPoint {
    /// All findings about this contact point (paths relative to it).
    ///
    /// ```
    /// use datago_core::ContactPoint;
    /// let c = ContactPoint { name: "Bidang Statistik".into(), email: Some("statistik@example.go.id".into()), phone: None, url: None };
    /// assert!(c.validate().is_empty());
    /// let bad = ContactPoint { name: "X".into(), email: Some("not-an-address".into()), phone: None, url: None };
    /// assert_eq!(bad.validate()[0].code, "contact.email.invalid");
    /// ```
    pub fn validate(&self) -> Vec<Finding> {
        let mut f = Findings::default();
        let present = |o: &Option<String>| o.as_deref().is_some_and(|s| !s.trim().is_empty());
        if !present(&self.email) && !present(&self.phone) && !present(&self.url) {
            f.push(&rules::CONTACT_CHANNEL_MISSING, "", &[]);
        }
        if let Some(e) = self.email.as_deref().filter(|s| !s.is_empty()) {
            if !is_email(e) {
                f.push(&rules::CONTACT_EMAIL_INVALID, "/email", &[("value", e)]);
            }
        }
        if let Some(p) = self.phone.as_deref().filter(|s| !s.is_empty()) {
            let ok_chars = p
                .chars()
                .all(|c| c.is_ascii_digit() || " +-().".contains(c));
            let digits = p.chars().filter(char::is_ascii_digit).count();
            if !ok_chars || !(5..=15).contains(&digits) {
                f.push(&rules::CONTACT_PHONE_INVALID, "/phone", &[("value", p)]);
            }
        }
        if let Some(u) = self.url.as_deref().filter(|s| !s.is_empty()) {
            if !is_http_url(u) {
                f.push(&rules::CONTACT_URL_INVALID, "/url", &[("value", u)]);
            }
        }
        f.into_vec()
    }
}

/// A body that produces, stewards or oversees data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Organization {
    /// Stable code, a slug (`diskominsta`, `dinkes`); datasets refer to it.
    pub code: String,
    /// Official name.
    #[serde(default)]
    pub name: LocalizedText,
    /// Short name or acronym (`Diskominsta`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    /// What kind of body it is.
    pub kind: OrganizationKind,
    /// Its Satu Data role.
    pub role: SatuDataRole,
    /// Code of the parent organization, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// Main urusan codes it is responsible for (`1.02`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub urusan: Vec<String>,
    /// Where it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<RegionCode>,
    /// Its website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub homepage: Option<String>,
    /// Who to contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<ContactPoint>,
    /// What the organization does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalizedText>,
    /// Its logo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// Other key/value metadata (CKAN organization extras), kept as they are.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub extras: std::collections::BTreeMap<String, String>,
}

impl Organization {
    /// Reads an organization from JSON.
    ///
    /// ```
    /// use datago_core::{Organization, SatuDataRole};
    /// let org = Organization::from_json(r#"{
    ///   "code": "diskominsta", "name": {"id": "Dinas Komunikasi, Informatika dan Statistik"},
    ///   "kind": "dinas", "role": "walidata",
    ///   "contact": {"name": "Bidang Statistik", "email": "diskominsta@magelangkota.go.id"}
    /// }"#).unwrap();
    /// assert_eq!(org.role, SatuDataRole::Walidata);
    /// assert!(org.validate().is_empty());
    /// ```
    pub fn from_json(json: &str) -> Result<Organization, crate::ParseError> {
        crate::document::from_json(json)
    }

    /// All findings about this organization on its own (references to other organizations are
    /// checked by [`crate::Catalog::validate`]).
    pub fn validate(&self) -> Vec<Finding> {
        let mut f = Findings::default();
        if let Err(p) = slug::check(&self.code) {
            f.push(
                &rules::ORGANIZATION_CODE_INVALID,
                "/code",
                &[
                    ("value", &self.code),
                    ("reason_id", p.reason_id()),
                    ("reason_en", p.reason_en()),
                ],
            );
        }
        if self.name.is_blank() {
            f.push(&rules::ORGANIZATION_NAME_MISSING, "/name", &[]);
        }
        if self.parent.as_deref() == Some(self.code.as_str()) {
            f.push(&rules::ORGANIZATION_PARENT_SELF, "/parent", &[]);
        }
        if let Some(r) = &self.region {
            if !r.is_well_formed() {
                f.push(
                    &rules::REGION_MALFORMED,
                    "/region/code",
                    &[("value", &r.code), ("scheme", r.scheme.as_str())],
                );
            }
        }
        match &self.contact {
            None => f.push(&rules::ORGANIZATION_CONTACT_MISSING, "/contact", &[]),
            Some(c) => f.extend_under("/contact", c.validate()),
        }
        f.into_vec()
    }
}

/// A deliberately plain e-mail check: one `@`, a non-empty local part, a dotted domain of
/// letters, digits and hyphens, no spaces.
pub(crate) fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !local.contains(char::is_whitespace)
        && !domain.contains('@')
        && domain.contains('.')
        && domain.split('.').all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

/// An absolute http(s) URL with a host.
pub(crate) fn is_http_url(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    match rest {
        Some(r) => {
            let host = r.split(['/', '?', '#']).next().unwrap_or("");
            let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
            let host = match host.rsplit_once(':') {
                Some((h, port)) if port.chars().all(|c| c.is_ascii_digit()) => h,
                _ => host,
            };
            !host.is_empty()
                && !s.contains(char::is_whitespace)
                && host.chars().all(|c| {
                    c.is_alphanumeric() || c == '-' || c == '.' || c == '[' || c == ']' || c == ':'
                })
        }
        None => false,
    }
}

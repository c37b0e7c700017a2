//! Licences: the registry of open-data licences in use in Indonesia and Europe with their ids in
//! every vocabulary (SPDX, Open Definition, CKAN, EU Licence NAL) and their facets; normalisation
//! of the licence strings found in the wild ([`normalize`]); compatibility ([`combine`],
//! [`can_use`]); TASL attribution ([`attribution`]); and the licence checks of a dataset
//! ([`check_dataset`]).
//!
//! The registry and every rule about it are data (`data/licenses.json`), not code: the licences,
//! the version-less names of each licence line, the share-alike table, the purposes with the
//! facets that forbid them and the bilingual reasons.
//!
//! ```
//! use datago_core::license;
//! let by = license::get("cc-by").unwrap();                 // a CKAN id
//! assert_eq!(by.id, "CC-BY-4.0");
//! assert_eq!(by.eu.as_deref(), Some("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0"));
//! assert!(by.facets.open && by.facets.attribution && !by.facets.share_alike);
//! assert_eq!(license::get("http://publications.europa.eu/resource/authority/licence/ODC_BL").unwrap().id, "ODbL-1.0");
//! assert!(license::get("my-own-license").is_none());
//!
//! // Free text: a match with a confidence, or unknown with ranked suggestions.
//! let n = license::normalize("Creative Commons Attribution-ShareAlike 3.0");
//! assert_eq!(n.license.map(|l| l.id.as_str()), Some("CC-BY-SA-3.0"));
//! let n = license::normalize("Lisensi Terbuka");
//! assert!(n.license.is_none());
//! assert_eq!(n.suggestions[0].id, "other-open");
//! ```

mod attribution;
mod check;
mod compat;
mod normalize;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::finding::Message;

pub use attribution::{attribution, Attribution, AttributionOptions};
pub use check::{check_dataset, effective_license};
pub use compat::{
    can_use, can_use_id, combine, combine_ids, Allowed, Combination, Condition, Purpose, Verdict,
};
pub use normalize::{normalize, MatchKind, Normalized, Suggestion, MATCH_THRESHOLD};

/// What a license allows and requires.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct LicenseFacets {
    /// Conforms to the Open Definition.
    pub open: bool,
    /// Dedicates the work to the public domain (no conditions).
    pub public_domain: bool,
    /// Requires attribution.
    pub attribution: bool,
    /// Requires derivatives to use the same license (share-alike / copyleft).
    pub share_alike: bool,
    /// Forbids commercial use.
    pub non_commercial: bool,
    /// Forbids publishing derivatives.
    pub no_derivatives: bool,
    /// Covers database rights (sui generis), not only copyright.
    pub database_rights: bool,
}

impl LicenseFacets {
    /// The facet named as in `data/licenses.json` (`nonCommercial`, …).
    pub(crate) fn get(&self, name: &str) -> Option<bool> {
        Some(match name {
            "open" => self.open,
            "publicDomain" => self.public_domain,
            "attribution" => self.attribution,
            "shareAlike" => self.share_alike,
            "nonCommercial" => self.non_commercial,
            "noDerivatives" => self.no_derivatives,
            "databaseRights" => self.database_rights,
            _ => return None,
        })
    }
}

/// A licence-specific answer for one purpose, overriding what the facets say (the DataGO
/// replication terms, whose rules are not those of a public licence).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PermissionOverride {
    /// `yes`, `no` or `unknown`.
    pub allowed: Allowed,
    /// Codes of the conditions that apply (keys of the `conditions` table).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<String>,
    /// Why.
    pub reason: Message,
}

/// One license of the registry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct License {
    /// DataGO's id: the SPDX id where one exists (`CC-BY-4.0`), else the CKAN id.
    pub id: String,
    /// SPDX identifier.
    pub spdx: Option<String>,
    /// Open Definition (okfn/licenses) identifier.
    pub od: Option<String>,
    /// CKAN license register id (`cc-by`).
    pub ckan: Option<String>,
    /// EU Licence NAL URI.
    pub eu: Option<String>,
    /// Title.
    pub title: String,
    /// Short name for attributions (`CC BY 4.0`); absent for generic categories.
    #[serde(default)]
    pub short: Option<String>,
    /// Canonical URL of the license text.
    pub url: Option<String>,
    /// Version.
    pub version: Option<String>,
    /// Family (`cc`, `odc`, `ogl`, `gnu`, `other`, `datago`).
    pub family: Option<String>,
    /// What it is meant for: `data` or `software`.
    pub domain: String,
    /// A category rather than a licence text (CKAN's `is_generic`: `other-open`,
    /// `notspecified`, …): what it allows depends on terms the registry does not know.
    #[serde(default)]
    pub generic: bool,
    /// The current version that supersedes this one (`CC-BY-3.0` → `CC-BY-4.0`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub superseded_by: Option<String>,
    /// Facets.
    pub facets: LicenseFacets,
    /// Other names it is known by (lowercase), used by normalisation.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Other URLs of the same licence (legal code, the Open Definition page CKAN links to).
    #[serde(default)]
    pub see_also: Vec<String>,
    /// Licence-specific answers per purpose (`commercial`, …) that override the facets.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub permissions: BTreeMap<String, PermissionOverride>,
}

impl License {
    /// The URI to use in RDF: the EU NAL URI, else the license URL, else the SPDX URL.
    pub fn uri(&self) -> Option<String> {
        self.eu.clone().or_else(|| self.url.clone()).or_else(|| {
            self.spdx
                .as_ref()
                .map(|s| format!("https://spdx.org/licenses/{s}"))
        })
    }

    /// The name to show people: the short name (`CC BY 4.0`), else the title.
    pub fn display_name(&self) -> &str {
        self.short.as_deref().unwrap_or(&self.title)
    }

    /// True for public-domain dedications (CC0, PDDL, other-pd): no conditions at all.
    pub fn is_public_domain(&self) -> bool {
        self.facets.public_domain
    }
}

/// A licence line: the versions of one licence (`cc-by`: 4.0, 3.0, 2.5), the names people give
/// it without a version, and the URL prefixes its texts live under.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Line {
    pub(crate) versions: BTreeMap<String, String>,
    pub(crate) current: String,
    /// Other versions exist than the registry holds, so a version-less name is ambiguous.
    pub(crate) ambiguous: bool,
    pub(crate) names: Vec<String>,
    #[serde(default)]
    pub(crate) url_prefixes: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct NormalizationData {
    #[serde(default)]
    pub(crate) synonyms: BTreeMap<String, String>,
    #[serde(default)]
    pub(crate) stopwords: Vec<String>,
    #[serde(default)]
    pub(crate) version_words: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub(crate) struct AdaptationsUnder {
    pub(crate) license: String,
    pub(crate) licenses: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct CompatData {
    #[serde(default)]
    pub(crate) outbound: Vec<String>,
    #[serde(default)]
    pub(crate) adaptations_under: Vec<AdaptationsUnder>,
    #[serde(default)]
    pub(crate) messages: BTreeMap<String, Message>,
}

#[derive(Debug, Clone, Deserialize)]
pub(crate) struct PurposeRule {
    /// A facet name; `!name` when the rule applies to licences *without* the facet.
    pub(crate) facet: String,
    pub(crate) allowed: Allowed,
    pub(crate) reason: Message,
}

#[derive(Debug, Clone, Deserialize)]
pub(crate) struct PurposeData {
    pub(crate) purpose: Purpose,
    pub(crate) name: Message,
    pub(crate) rules: Vec<PurposeRule>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct File {
    licenses: Vec<License>,
    #[serde(default)]
    lines: Vec<Line>,
    #[serde(default)]
    normalization: NormalizationData,
    #[serde(default)]
    compatibility: CompatData,
    #[serde(default)]
    purposes: Vec<PurposeData>,
    #[serde(default)]
    conditions: BTreeMap<String, Message>,
}

pub(crate) struct Tables {
    pub(crate) licenses: Vec<License>,
    pub(crate) lines: Vec<Line>,
    pub(crate) normalization: NormalizationData,
    pub(crate) compat: CompatData,
    pub(crate) purposes: Vec<PurposeData>,
    pub(crate) conditions: BTreeMap<String, Message>,
}

pub(crate) fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        // Parsed by a unit test; an empty registry is the (never expected) fallback.
        let f: File =
            serde_json::from_str(include_str!("../../data/licenses.json")).unwrap_or(File {
                licenses: Vec::new(),
                lines: Vec::new(),
                normalization: NormalizationData::default(),
                compatibility: CompatData::default(),
                purposes: Vec::new(),
                conditions: BTreeMap::new(),
            });
        Tables {
            licenses: f.licenses,
            lines: f.lines,
            normalization: f.normalization,
            compat: f.compatibility,
            purposes: f.purposes,
            conditions: f.conditions,
        }
    })
}

/// What can go wrong when asking about a licence.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LicenseError {
    /// The licence is not in the registry and not recognised by [`normalize`].
    #[error("unknown licence '{input}'{}; list the registry with `datago license list` or use an SPDX id such as CC-BY-4.0", suggestion.as_ref().map(|s| format!(" (did you mean {s}?)")).unwrap_or_default())]
    Unknown {
        /// What was asked for.
        input: String,
        /// The best suggestion, if any.
        suggestion: Option<String>,
    },
    /// The purpose is not one of [`Purpose::ALL`].
    #[error("unknown purpose '{0}'; expected commercial, redistribution, derivative, database-extraction, attribution-free or relicensing")]
    Purpose(String),
}

impl LicenseError {
    /// Stable machine code: `license.unknown`, `license.purpose-unknown`.
    pub fn code(&self) -> &'static str {
        match self {
            LicenseError::Unknown { .. } => "license.unknown",
            LicenseError::Purpose(_) => "license.purpose-unknown",
        }
    }

    /// The message in `lang`.
    pub fn message(&self, lang: crate::Lang) -> String {
        match (lang, self) {
            (crate::Lang::En, e) => e.to_string(),
            (crate::Lang::Id, LicenseError::Unknown { input, suggestion }) => format!(
                "lisensi '{input}' tidak dikenal{}; lihat daftar registri dengan `datago license list` atau gunakan id SPDX seperti CC-BY-4.0",
                suggestion
                    .as_ref()
                    .map(|s| format!(" (maksud Anda {s}?)"))
                    .unwrap_or_default()
            ),
            (crate::Lang::Id, LicenseError::Purpose(p)) => format!(
                "tujuan '{p}' tidak dikenal; yang diharapkan: commercial, redistribution, derivative, database-extraction, attribution-free atau relicensing"
            ),
        }
    }
}

/// A registry licence for an id, URL or name as people write it: [`get`], else a confident
/// [`normalize`] match, else [`LicenseError::Unknown`] with the best suggestion.
///
/// ```
/// use datago_core::license;
/// assert_eq!(license::lookup("cc by-sa 4.0").unwrap().id, "CC-BY-SA-4.0");
/// assert_eq!(license::lookup("xyz").unwrap_err().code(), "license.unknown");
/// ```
pub fn lookup(key: &str) -> Result<&'static License, LicenseError> {
    if let Some(l) = get(key) {
        return Ok(l);
    }
    let n = normalize(key);
    n.license.ok_or_else(|| LicenseError::Unknown {
        input: key.to_string(),
        suggestion: n.suggestions.first().map(|s| s.id.clone()),
    })
}

/// Every license of the registry.
pub fn registry() -> &'static [License] {
    &tables().licenses
}

/// A condition's bilingual text from the `conditions` table.
pub(crate) fn condition_text(code: &str) -> Message {
    tables().conditions.get(code).cloned().unwrap_or(Message {
        id: code.to_string(),
        en: code.to_string(),
    })
}

/// A registry licence by its DataGO id (exact).
pub(crate) fn by_id(id: &str) -> Option<&'static License> {
    registry().iter().find(|l| l.id == id)
}

/// A message of the compatibility table with `{name}` placeholders filled in.
pub(crate) fn compat_message(key: &str, params: &[(&str, &str)]) -> Message {
    let m = tables()
        .compat
        .messages
        .get(key)
        .cloned()
        .unwrap_or(Message {
            id: key.to_string(),
            en: key.to_string(),
        });
    fill(&m, params)
}

/// `m` with `{name}` placeholders filled in, in one pass (a value containing braces stays as
/// it is).
pub(crate) fn fill(m: &Message, params: &[(&str, &str)]) -> Message {
    let f = |s: &str| {
        let mut out = String::with_capacity(s.len());
        let mut rest = s;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let hit = after.find('}').and_then(|close| {
                let name = &after[..close];
                params
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| (close, *v))
            });
            match hit {
                Some((close, v)) => {
                    out.push_str(v);
                    rest = &after[close + 1..];
                }
                None => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    };
    Message {
        id: f(&m.id),
        en: f(&m.en),
    }
}

/// `s` lowercased without scheme, `www.`, query, fragment, a trailing `/`, and the legal-code or
/// deed suffix of a licence URL (`/legalcode`, `/legalcode.id`, `/deed.en`, `.html`).
pub(crate) fn strip_url(s: &str) -> String {
    let s = s.trim().to_ascii_lowercase();
    let s = s
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("//")
        .trim_start_matches("www.");
    let s = s.split(['?', '#']).next().unwrap_or_default();
    let mut s = s.trim_end_matches('/').to_string();
    while let Some((head, last)) = s.rsplit_once('/') {
        let suffix = last == "legalcode"
            || last.starts_with("legalcode.")
            || last == "deed"
            || last.starts_with("deed.")
            || last == "summary"
            || last == "index.html";
        if !suffix {
            break;
        }
        s = head.trim_end_matches('/').to_string();
    }
    s.trim_end_matches(".html")
        .trim_end_matches(".htm")
        .to_string()
}

/// Looks a license up by any exact identifier: DataGO/SPDX id, CKAN id, Open Definition id,
/// EU NAL URI or license URL (case-insensitive; `http`/`https`, `www.`, a trailing `/` and a
/// `legalcode`/`deed` suffix ignored). For free-text names use [`normalize`].
pub fn get(key: &str) -> Option<&'static License> {
    let k = key.trim();
    if k.is_empty() {
        return None;
    }
    let lower = k.to_ascii_lowercase();
    let url = strip_url(k);
    registry().iter().find(|l| {
        [&Some(l.id.clone()), &l.spdx, &l.ckan, &l.od]
            .iter()
            .any(|v| {
                v.as_deref()
                    .is_some_and(|v| v.to_ascii_lowercase() == lower)
            })
            || [&l.eu, &l.url]
                .iter()
                .any(|v| v.as_deref().is_some_and(|v| strip_url(v) == url))
            || l.see_also.iter().any(|v| strip_url(v) == url)
            || l.spdx
                .as_deref()
                .is_some_and(|s| url == strip_url(&format!("spdx.org/licenses/{s}")))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_parses_and_ids_are_unique() {
        let reg = registry();
        if let Err(e) = serde_json::from_str::<File>(include_str!("../../data/licenses.json")) {
            panic!("data/licenses.json: {e}");
        }
        assert!(reg.len() >= 22);
        let mut ids = std::collections::HashSet::new();
        for l in reg {
            assert!(ids.insert(l.id.as_str()), "{}", l.id);
            assert_eq!(get(&l.id).map(|x| &x.id), Some(&l.id));
            for key in [&l.ckan, &l.eu, &l.od, &l.spdx, &l.url]
                .into_iter()
                .flatten()
            {
                assert_eq!(get(key).map(|x| &x.id), Some(&l.id), "{key}");
            }
            for u in &l.see_also {
                assert_eq!(get(u).map(|x| &x.id), Some(&l.id), "{u}");
            }
            if let Some(s) = &l.superseded_by {
                assert!(by_id(s).is_some(), "{s}");
            }
            assert_eq!(l.generic, l.family.as_deref() == Some("other"), "{}", l.id);
            assert!(
                !l.facets.public_domain || !l.facets.attribution,
                "{}: public domain with conditions",
                l.id
            );
            for (purpose, p) in &l.permissions {
                assert!(Purpose::parse(purpose).is_ok(), "{purpose}");
                for c in &p.conditions {
                    assert!(tables().conditions.contains_key(c), "{c}");
                }
            }
        }
        assert_eq!(reg.iter().filter(|l| l.ckan.is_some()).count(), 15);
        let t = tables();
        for line in &t.lines {
            assert!(by_id(&line.current).is_some(), "{}", line.current);
            for id in line.versions.values() {
                assert!(by_id(id).is_some(), "{id}");
            }
        }
        for id in &t.compat.outbound {
            assert!(by_id(id).is_some(), "{id}");
        }
        for a in &t.compat.adaptations_under {
            assert!(
                by_id(&a.license).is_some_and(|l| l.facets.share_alike || l.domain == "software")
            );
            for id in &a.licenses {
                assert!(by_id(id).is_some(), "{id}");
            }
        }
        // Every share-alike licence says where its adaptations may go.
        for l in reg.iter().filter(|l| l.facets.share_alike && !l.generic) {
            assert!(
                t.compat.adaptations_under.iter().any(|a| a.license == l.id),
                "{}",
                l.id
            );
        }
        assert_eq!(t.purposes.len(), Purpose::ALL.len());
    }

    #[test]
    fn urls_in_the_wild_resolve() {
        for (u, id) in [
            (
                "https://creativecommons.org/licenses/by/4.0/legalcode.id",
                "CC-BY-4.0",
            ),
            ("creativecommons.org/licenses/by/4.0/deed.id", "CC-BY-4.0"),
            (
                "http://www.opendefinition.org/licenses/cc-by-sa",
                "CC-BY-SA-4.0",
            ),
            ("https://opendatacommons.org/licenses/odbl/1.0/", "ODbL-1.0"),
            ("https://spdx.org/licenses/CC0-1.0.html", "CC0-1.0"),
        ] {
            assert_eq!(get(u).map(|l| l.id.as_str()), Some(id), "{u}");
        }
    }
}

//! The license registry: open-data licenses in use in Indonesia and Europe, with their ids in
//! every vocabulary (SPDX, Open Definition, CKAN, EU Licence NAL) and their facets.
//!
//! The registry is data (`data/licenses.json`), not code.
//!
//! ```
//! use datago_core::license;
//! let by = license::get("cc-by").unwrap();                 // a CKAN id
//! assert_eq!(by.id, "CC-BY-4.0");
//! assert_eq!(by.eu.as_deref(), Some("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0"));
//! assert!(by.facets.open && by.facets.attribution && !by.facets.share_alike);
//! assert_eq!(license::get("http://publications.europa.eu/resource/authority/licence/ODC_BL").unwrap().id, "ODbL-1.0");
//! assert!(license::get("my-own-license").is_none());
//! ```

use std::sync::OnceLock;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

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

/// One license of the registry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
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
    /// Canonical URL of the license text.
    pub url: Option<String>,
    /// Version.
    pub version: Option<String>,
    /// Family (`cc`, `odc`, `ogl`, `gnu`, `other`, `datago`).
    pub family: Option<String>,
    /// What it is meant for: `data` or `software`.
    pub domain: String,
    /// Facets.
    pub facets: LicenseFacets,
    /// Other names it is known by (lowercase), used by normalisation.
    #[serde(default)]
    pub aliases: Vec<String>,
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
}

#[derive(Deserialize)]
struct File {
    licenses: Vec<License>,
}

/// Every license of the registry.
pub fn registry() -> &'static [License] {
    static REG: OnceLock<Vec<License>> = OnceLock::new();
    REG.get_or_init(|| {
        // Parsed by a unit test; an empty registry is the (never expected) fallback.
        serde_json::from_str::<File>(include_str!("../data/licenses.json"))
            .map(|f| f.licenses)
            .unwrap_or_default()
    })
}

fn strip_url(s: &str) -> String {
    let s = s.trim().to_ascii_lowercase();
    let s = s
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.");
    s.trim_end_matches('/')
        .trim_end_matches("/legalcode")
        .trim_end_matches("/deed.id")
        .trim_end_matches("/deed.en")
        .to_string()
}

/// Looks a license up by any exact identifier: DataGO/SPDX id, CKAN id, Open Definition id,
/// EU NAL URI or license URL (case-insensitive; `http`/`https`, `www.` and a trailing `/`
/// ignored). For free-text names use normalisation instead.
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
            || l.spdx.as_deref().is_some_and(|s| {
                url == strip_url(&format!("spdx.org/licenses/{s}"))
                    || url == strip_url(&format!("spdx.org/licenses/{s}.html"))
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_parses_and_ids_are_unique() {
        let reg = registry();
        assert!(reg.len() >= 20);
        let mut ids = std::collections::HashSet::new();
        for l in reg {
            assert!(ids.insert(l.id.as_str()), "{}", l.id);
            assert_eq!(get(&l.id).map(|x| &x.id), Some(&l.id));
            if let Some(c) = &l.ckan {
                assert_eq!(get(c).map(|x| &x.id), Some(&l.id), "{c}");
            }
            if let Some(e) = &l.eu {
                assert_eq!(get(e).map(|x| &x.id), Some(&l.id), "{e}");
            }
        }
        assert_eq!(reg.iter().filter(|l| l.ckan.is_some()).count(), 15);
    }
}

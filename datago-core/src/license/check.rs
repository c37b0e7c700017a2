//! The licence checks of a dataset, run by [`crate::Dataset::validate`]: unknown licence ids
//! (with suggestions), ids that are recognised but not written canonically, and resources whose
//! licence conflicts with the dataset's. A resource without a licence inherits the dataset's.

use super::{normalize, License, MatchKind};
use crate::finding::{Finding, Findings};
use crate::{rules, Dataset, Resource};

/// The licence that applies to `resource`: its own, else the dataset's (a blank one counts as
/// none).
///
/// ```
/// use datago_core::Dataset;
/// use datago_core::license::effective_license;
/// let ds = Dataset::from_json(r#"{"id": "d", "slug": "dd", "license": "CC-BY-4.0",
///   "resources": [{"title": {"id": "a"}}, {"title": {"id": "b"}, "license": "CC0-1.0"}]}"#).unwrap();
/// assert_eq!(effective_license(&ds, &ds.resources[0]), Some("CC-BY-4.0"));
/// assert_eq!(effective_license(&ds, &ds.resources[1]), Some("CC0-1.0"));
/// ```
pub fn effective_license<'a>(dataset: &'a Dataset, resource: &'a Resource) -> Option<&'a str> {
    resource
        .license
        .as_deref()
        .filter(|l| !l.trim().is_empty())
        .or_else(|| dataset.license.as_deref().filter(|l| !l.trim().is_empty()))
}

/// Checks one licence string at `path`: unknown (warning, with the suggestions) or not written
/// as its DataGO id (info). Returns the registry licence when recognised.
fn check_one(value: &str, path: &str, f: &mut Findings) -> Option<&'static License> {
    let n = normalize(value);
    match n.license {
        None => {
            let top: Vec<&str> = n
                .suggestions
                .iter()
                .take(3)
                .map(|s| s.id.as_str())
                .collect();
            let (sid, sen) = if top.is_empty() {
                (String::new(), String::new())
            } else {
                (
                    format!(" (mungkin maksudnya: {})", top.join(", ")),
                    format!(" (did you mean: {})", top.join(", ")),
                )
            };
            f.push(
                &rules::LICENSE_UNKNOWN,
                path,
                &[
                    ("value", value),
                    ("suggestion_id", &sid),
                    ("suggestion_en", &sen),
                ],
            );
            None
        }
        Some(l) => {
            if value.trim() != l.id || n.matched_by != MatchKind::Id {
                let (aid, aen) = if n.assumed_version {
                    (
                        format!(
                            " (versi tidak disebutkan, dianggap {})",
                            l.version.as_deref().unwrap_or("-")
                        ),
                        format!(
                            " (no version given, {} assumed)",
                            l.version.as_deref().unwrap_or("-")
                        ),
                    )
                } else {
                    (String::new(), String::new())
                };
                f.push(
                    &rules::LICENSE_NOT_CANONICAL,
                    path,
                    &[
                        ("value", value),
                        ("license", &l.id),
                        ("assumed_id", &aid),
                        ("assumed_en", &aen),
                    ],
                );
            }
            Some(l)
        }
    }
}

/// Why `resource` is more restrictive than `dataset`, in both languages; empty when it is not.
fn stricter(dataset: &License, resource: &License) -> Vec<(&'static str, &'static str)> {
    let (d, r) = (&dataset.facets, &resource.facets);
    let mut why = Vec::new();
    if r.non_commercial && !d.non_commercial {
        why.push(("melarang penggunaan komersial", "forbids commercial use"));
    }
    if r.no_derivatives && !d.no_derivatives {
        why.push(("melarang karya turunan", "forbids derivatives"));
    }
    if r.share_alike && !d.share_alike {
        why.push(("mewajibkan berbagi serupa", "requires share-alike"));
    } else if r.share_alike && d.share_alike && resource.id != dataset.id {
        why.push((
            "berbagi serupa dengan lisensi lain",
            "is share-alike under another licence",
        ));
    }
    if r.attribution && !d.attribution {
        why.push(("mewajibkan atribusi", "requires attribution"));
    }
    if resource.generic && !dataset.generic {
        why.push((
            "hanya kategori umum tanpa syarat yang jelas",
            "is only a generic category without clear terms",
        ));
    }
    why
}

/// The licence findings of `dataset` (paths are JSON pointers into it): `license.unknown`,
/// `license.not-canonical`, `license.resource.not-open` and `license.resource.conflict`.
///
/// ```
/// use datago_core::{Dataset, license};
/// let ds = Dataset::from_json(r#"{"id": "d", "slug": "dd", "license": "CC-BY-4.0",
///   "resources": [{"title": {"id": "a"}, "license": "CC-BY-NC-4.0"}, {"title": {"id": "b"}, "license": "cc-bx"}]}"#).unwrap();
/// let codes: Vec<(String, String)> = license::check_dataset(&ds).into_iter().map(|f| (f.code, f.path)).collect();
/// assert!(codes.contains(&("license.resource.not-open".into(), "/resources/0/license".into())));
/// assert!(codes.contains(&("license.unknown".into(), "/resources/1/license".into())));
/// ```
pub fn check_dataset(dataset: &Dataset) -> Vec<Finding> {
    let mut f = Findings::default();
    let ds_license = dataset
        .license
        .as_deref()
        .filter(|l| !l.trim().is_empty())
        .and_then(|l| check_one(l, "/license", &mut f));
    for (i, r) in dataset.resources.iter().enumerate() {
        let Some(value) = r.license.as_deref().filter(|l| !l.trim().is_empty()) else {
            continue; // inherits the dataset's licence
        };
        let path = format!("/resources/{i}/license");
        let Some(rl) = check_one(value, &path, &mut f) else {
            continue;
        };
        let Some(dl) = ds_license else {
            continue;
        };
        if rl.id == dl.id {
            continue;
        }
        if dl.facets.open && !rl.facets.open {
            f.push(
                &rules::LICENSE_RESOURCE_NOT_OPEN,
                path,
                &[("dataset", &dl.id), ("resource", &rl.id)],
            );
            continue;
        }
        let why = stricter(dl, rl);
        if !why.is_empty() {
            let id: Vec<&str> = why.iter().map(|w| w.0).collect();
            let en: Vec<&str> = why.iter().map(|w| w.1).collect();
            f.push(
                &rules::LICENSE_RESOURCE_CONFLICT,
                path,
                &[
                    ("dataset", &dl.id),
                    ("resource", &rl.id),
                    ("reason_id", &id.join(", ")),
                    ("reason_en", &en.join(", ")),
                ],
            );
        }
    }
    f.into_vec()
}

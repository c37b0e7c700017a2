//! Licence compatibility: what a licence allows for a purpose ([`can_use`]) and under which
//! licences a work combining several licensed inputs can be published ([`combine`]).
//!
//! The rules, all read from `data/licenses.json`:
//! - **purposes**: a facet forbids a purpose (`nonCommercial` → commercial use: no;
//!   `noDerivatives` → publishing a derivative: no; `attribution` → use without attribution: no;
//!   `shareAlike`/`noDerivatives`/`nonCommercial` → licensing adaptations under other terms: no;
//!   no database-right grant → database extraction: unknown). A licence may override a purpose
//!   with its own answer (the DataGO replication terms);
//! - **combination**: a candidate output licence must keep every input's conditions
//!   (attribution, non-commercial); a public-domain input has none; a share-alike input (and the
//!   DataGO terms) allows only the licences listed in `compatibility.adaptationsUnder` (CC BY-SA
//!   4.0 → itself; CC BY-SA 3.0 → itself or 4.0; ODbL → itself; …), so CC BY-SA and ODbL never
//!   combine; a no-derivatives input allows none;
//! - **unknown** is never compatible: generic categories (`other-open`, `notspecified`, …) and
//!   unrecognised strings make a combination empty and a purpose `unknown`; for a generic
//!   category only a facet's "no" is trusted, never a "yes".

use std::collections::BTreeSet;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize, Serializer};

use super::{
    by_id, compat_message, condition_text, fill, normalize, tables, License, LicenseError,
};
use crate::finding::Message;

/// What someone wants to do with licensed material.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Purpose {
    /// Use it commercially.
    Commercial,
    /// Share unchanged copies.
    Redistribution,
    /// Publish an adaptation (a derivative work).
    Derivative,
    /// Extract and reuse all or a substantial part of a database.
    DatabaseExtraction,
    /// Use it without crediting the source.
    AttributionFree,
    /// License one's adaptations under other terms of one's choice.
    Relicensing,
}

impl Purpose {
    /// Every purpose.
    pub const ALL: [Purpose; 6] = [
        Purpose::Commercial,
        Purpose::Redistribution,
        Purpose::Derivative,
        Purpose::DatabaseExtraction,
        Purpose::AttributionFree,
        Purpose::Relicensing,
    ];

    /// The stable name (`commercial`, `database-extraction`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Commercial => "commercial",
            Purpose::Redistribution => "redistribution",
            Purpose::Derivative => "derivative",
            Purpose::DatabaseExtraction => "database-extraction",
            Purpose::AttributionFree => "attribution-free",
            Purpose::Relicensing => "relicensing",
        }
    }

    /// Parses a purpose name; `commercial-use`, `derivatives` and `_` for `-` are accepted too.
    ///
    /// ```
    /// use datago_core::license::Purpose;
    /// assert_eq!(Purpose::parse("Database_Extraction").unwrap(), Purpose::DatabaseExtraction);
    /// assert_eq!(Purpose::parse("resell").unwrap_err().code(), "license.purpose-unknown");
    /// ```
    pub fn parse(s: &str) -> Result<Purpose, LicenseError> {
        let k = s.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        Ok(match k.as_str() {
            "commercial" | "commercial-use" => Purpose::Commercial,
            "redistribution" | "redistribute" | "share" => Purpose::Redistribution,
            "derivative" | "derivatives" | "adaptation" => Purpose::Derivative,
            "database-extraction" | "extraction" => Purpose::DatabaseExtraction,
            "attribution-free" | "no-attribution" => Purpose::AttributionFree,
            "relicensing" | "relicense" => Purpose::Relicensing,
            _ => return Err(LicenseError::Purpose(s.to_string())),
        })
    }

    /// The purpose's name in both languages (`penggunaan komersial` / `commercial use`).
    pub fn name(self) -> Message {
        tables()
            .purposes
            .iter()
            .find(|p| p.purpose == self)
            .map(|p| p.name.clone())
            .unwrap_or(Message {
                id: self.as_str().into(),
                en: self.as_str().into(),
            })
    }
}

/// Whether something is allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Allowed {
    /// Allowed (possibly under conditions).
    Yes,
    /// Not allowed.
    No,
    /// Cannot be told from the licence: ask the rights holder.
    Unknown,
}

/// A condition attached to a use: a stable code and what to do, in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Condition {
    /// `attribution`, `share-alike`, `non-commercial`, `no-derivatives`, `indicate-changes`,
    /// `government-use-only`, `keep-credit`, `no-transfer`, `verify-terms`.
    pub code: String,
    /// What to do.
    pub message: Message,
}

impl Condition {
    fn new(code: &str) -> Condition {
        Condition {
            code: code.to_string(),
            message: condition_text(code),
        }
    }
}

/// The answer of [`can_use`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Verdict {
    /// The licence's DataGO id; `None` when the input was not recognised.
    pub license: Option<String>,
    /// The purpose asked about.
    pub purpose: Purpose,
    /// Yes, no or unknown.
    pub allowed: Allowed,
    /// What must be done when allowed.
    pub conditions: Vec<Condition>,
    /// Why, in both languages.
    pub reasons: Vec<Message>,
}

fn conditions_for(l: &License, p: Purpose) -> Vec<Condition> {
    let f = &l.facets;
    let mut out = Vec::new();
    if f.public_domain {
        return out;
    }
    if f.attribution && p != Purpose::AttributionFree {
        out.push(Condition::new("attribution"));
    }
    if f.share_alike && matches!(p, Purpose::Derivative | Purpose::DatabaseExtraction) {
        out.push(Condition::new("share-alike"));
    }
    if f.non_commercial && p != Purpose::Commercial {
        out.push(Condition::new("non-commercial"));
    }
    if f.no_derivatives
        && matches!(
            p,
            Purpose::Redistribution | Purpose::DatabaseExtraction | Purpose::Commercial
        )
    {
        out.push(Condition::new("no-derivatives"));
    }
    if f.attribution && p == Purpose::Derivative {
        out.push(Condition::new("indicate-changes"));
    }
    out
}

/// What `license` allows for `purpose`, with the conditions and the reasons.
///
/// ```
/// use datago_core::license::{self, can_use, Allowed, Purpose};
/// let nc = license::get("CC-BY-NC-4.0").unwrap();
/// assert_eq!(can_use(nc, Purpose::Commercial).allowed, Allowed::No);
/// let nd = license::get("CC-BY-ND-4.0").unwrap();
/// assert_eq!(can_use(nd, Purpose::Derivative).allowed, Allowed::No);
/// let v = can_use(license::get("ODbL-1.0").unwrap(), Purpose::DatabaseExtraction);
/// assert_eq!(v.allowed, Allowed::Yes);
/// assert!(v.conditions.iter().any(|c| c.code == "share-alike"));
/// // A generic category is never a "yes".
/// assert_eq!(can_use(license::get("other-open").unwrap(), Purpose::Commercial).allowed, Allowed::Unknown);
/// ```
pub fn can_use(license: &License, purpose: Purpose) -> Verdict {
    let name = license.id.as_str();
    let purpose_name = purpose.name();
    let message = |key: &str| {
        let m = compat_message(key, &[("license", name)]);
        Message {
            id: m.id.replace("{purpose}", &purpose_name.id),
            en: m.en.replace("{purpose}", &purpose_name.en),
        }
    };
    let mut v = Verdict {
        license: Some(license.id.clone()),
        purpose,
        allowed: Allowed::Yes,
        conditions: Vec::new(),
        reasons: Vec::new(),
    };

    if let Some(o) = license.permissions.get(purpose.as_str()) {
        v.allowed = o.allowed;
        v.conditions = o.conditions.iter().map(|c| Condition::new(c)).collect();
        v.reasons.push(o.reason.clone());
        return v;
    }

    // Facet rules of the purpose: a "no" wins over an "unknown".
    let rules = tables()
        .purposes
        .iter()
        .find(|p| p.purpose == purpose)
        .map(|p| p.rules.as_slice())
        .unwrap_or_default();
    let mut verdict = Allowed::Yes;
    for r in rules {
        let (facet, want) = match r.facet.strip_prefix('!') {
            Some(f) => (f, false),
            None => (r.facet.as_str(), true),
        };
        let applies =
            (want || !license.facets.public_domain) && license.facets.get(facet) == Some(want);
        if !applies {
            continue;
        }
        v.reasons.push(fill(&r.reason, &[("license", name)]));
        verdict = match (verdict, r.allowed) {
            (Allowed::No, _) | (_, Allowed::No) => Allowed::No,
            (_, Allowed::Unknown) => Allowed::Unknown,
            (a, Allowed::Yes) => a,
        };
    }

    if license.generic {
        if verdict != Allowed::No {
            verdict = Allowed::Unknown;
            let key = if license.facets.open || license.facets.non_commercial {
                "genericUse"
            } else {
                "notSpecified"
            };
            v.reasons.push(message(key));
            v.conditions.push(Condition::new("verify-terms"));
        }
        v.allowed = verdict;
        return v;
    }

    v.allowed = verdict;
    if verdict != Allowed::No {
        v.conditions = conditions_for(license, purpose);
    }
    if verdict == Allowed::Yes {
        let key = if license.facets.public_domain {
            "publicDomainUse"
        } else if v.conditions.is_empty() {
            "allowed"
        } else {
            "allowedWithConditions"
        };
        v.reasons.push(message(key));
    }
    v
}

/// [`can_use`] for a licence string as people write it ([`normalize`]); an unrecognised string
/// is `unknown`, never allowed.
pub fn can_use_id(license: &str, purpose: Purpose) -> Verdict {
    let n = normalize(license);
    match n.license {
        Some(l) => {
            let mut v = can_use(l, purpose);
            if n.assumed_version {
                v.reasons.insert(
                    0,
                    compat_message(
                        "assumedVersion",
                        &[("input", license.trim()), ("license", &l.id)],
                    ),
                );
            }
            v
        }
        None => Verdict {
            license: None,
            purpose,
            allowed: Allowed::Unknown,
            conditions: Vec::new(),
            reasons: vec![compat_message("unknown", &[("license", license.trim())])],
        },
    }
}

/// The answer of [`combine`].
#[derive(Debug, Clone, PartialEq)]
pub struct Combination {
    /// The inputs: DataGO ids of recognised licences, the strings as given otherwise.
    pub inputs: Vec<String>,
    /// Licences the combined work can be published under, least restrictive first; empty when
    /// the inputs cannot be combined (or one of them is unknown).
    pub allowed: Vec<&'static License>,
    /// What the combined work must do (the union of the inputs' conditions).
    pub conditions: Vec<Condition>,
    /// Why, in both languages: what each input requires and, when nothing is allowed, which
    /// inputs conflict.
    pub reasons: Vec<Message>,
    /// Inputs that were not recognised (or are generic categories).
    pub unknown: Vec<String>,
}

impl Combination {
    /// True when at least one licence is allowed.
    pub fn compatible(&self) -> bool {
        !self.allowed.is_empty()
    }

    /// The least restrictive allowed licence.
    pub fn recommended(&self) -> Option<&'static License> {
        self.allowed.first().copied()
    }
}

/// The JSON shape: `{inputs, compatible, recommended, allowed: [ids], conditions, reasons,
/// unknown}`.
impl Serialize for Combination {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct View<'a> {
            inputs: &'a [String],
            compatible: bool,
            recommended: Option<&'a str>,
            allowed: Vec<&'a str>,
            conditions: &'a [Condition],
            reasons: &'a [Message],
            unknown: &'a [String],
        }
        View {
            inputs: &self.inputs,
            compatible: self.compatible(),
            recommended: self.recommended().map(|l| l.id.as_str()),
            allowed: self.allowed.iter().map(|l| l.id.as_str()).collect(),
            conditions: &self.conditions,
            reasons: &self.reasons,
            unknown: &self.unknown,
        }
        .serialize(s)
    }
}

fn adaptations_under(l: &License) -> Option<&'static [String]> {
    tables()
        .compat
        .adaptations_under
        .iter()
        .find(|a| a.license == l.id)
        .map(|a| a.licenses.as_slice())
}

/// Can adaptations of `input` be published under `out`?
fn allows(input: &License, out: &License) -> bool {
    if input.generic || input.facets.no_derivatives || out.generic {
        return false;
    }
    if let Some(list) = adaptations_under(input) {
        return list.contains(&out.id);
    }
    if out.domain != input.domain {
        return false;
    }
    if input.facets.public_domain {
        return true;
    }
    (!input.facets.attribution || out.facets.attribution)
        && (!input.facets.non_commercial || out.facets.non_commercial)
}

fn list(ids: &[String]) -> String {
    ids.join(", ")
}

/// What one input requires of the result, in words.
fn requirement(l: &License) -> Vec<Message> {
    let p = [("license", l.id.as_str())];
    if l.generic {
        return vec![compat_message("generic", &p)];
    }
    if l.facets.no_derivatives {
        return vec![compat_message("noDerivatives", &p)];
    }
    if let Some(under) = adaptations_under(l) {
        return vec![compat_message(
            "adaptationsUnder",
            &[("license", &l.id), ("licenses", &list(under))],
        )];
    }
    if l.facets.public_domain {
        return vec![compat_message("publicDomain", &p)];
    }
    let mut out = Vec::new();
    if l.facets.attribution {
        out.push(compat_message("attribution", &p));
    }
    if l.facets.non_commercial {
        out.push(compat_message("nonCommercial", &p));
    }
    out
}

/// The licences a work combining (adapting, merging) material under `licenses` can be
/// published under, least restrictive first, with the conditions and bilingual reasons.
///
/// ```
/// use datago_core::license::{self, combine};
/// let get = |id| license::get(id).unwrap();
/// let c = combine(&[get("CC0-1.0"), get("CC-BY-4.0")]);
/// assert_eq!(c.recommended().unwrap().id, "CC-BY-4.0");
/// let c = combine(&[get("CC-BY-SA-4.0"), get("ODbL-1.0")]);
/// assert!(c.allowed.is_empty());                  // both share-alike, neither accepts the other
/// let c = combine(&[get("CC-BY-4.0"), get("CC-BY-SA-3.0")]);
/// assert_eq!(c.recommended().unwrap().id, "CC-BY-SA-4.0");
/// ```
pub fn combine(licenses: &[&License]) -> Combination {
    let mut c = Combination {
        inputs: licenses.iter().map(|l| l.id.clone()).collect(),
        allowed: Vec::new(),
        conditions: Vec::new(),
        reasons: Vec::new(),
        unknown: licenses
            .iter()
            .filter(|l| l.generic)
            .map(|l| l.id.clone())
            .collect(),
    };
    if licenses.is_empty() {
        c.reasons.push(compat_message("empty", &[]));
        return c;
    }
    // Candidates: the usual outbound licences, then the inputs themselves.
    let mut candidates: Vec<&'static License> = Vec::new();
    let outbound = tables().compat.outbound.iter().filter_map(|id| by_id(id));
    let own = licenses.iter().filter_map(|l| by_id(&l.id));
    for l in outbound.chain(own) {
        if !candidates.iter().any(|x| x.id == l.id) {
            candidates.push(l);
        }
    }
    let mut seen = BTreeSet::new();
    let distinct: Vec<&License> = licenses
        .iter()
        .copied()
        .filter(|l| seen.insert(l.id.clone()))
        .collect();
    for l in &distinct {
        for m in requirement(l) {
            if !c.reasons.contains(&m) {
                c.reasons.push(m);
            }
        }
    }
    c.allowed = candidates
        .into_iter()
        .filter(|out| distinct.iter().all(|i| allows(i, out)))
        .collect();

    if c.allowed.is_empty() {
        // Name the conflicting pairs (inputs that each allow something, but nothing together).
        let alone: Vec<bool> = distinct
            .iter()
            .map(|i| !i.generic && !i.facets.no_derivatives)
            .collect();
        for (a_i, a) in distinct.iter().enumerate() {
            for (b_i, b) in distinct.iter().enumerate().skip(a_i + 1) {
                if !alone[a_i] || !alone[b_i] {
                    continue;
                }
                let pair_ok = tables()
                    .compat
                    .outbound
                    .iter()
                    .filter_map(|id| by_id(id))
                    .chain([by_id(&a.id), by_id(&b.id)].into_iter().flatten())
                    .any(|o| allows(a, o) && allows(b, o));
                if pair_ok {
                    continue;
                }
                let (sa_a, sa_b) = (adaptations_under(a), adaptations_under(b));
                let m = match (sa_a, sa_b) {
                    (Some(_), Some(_)) => {
                        compat_message("bothShareAlike", &[("license", &a.id), ("other", &b.id)])
                    }
                    (Some(under), None) if b.facets.non_commercial => compat_message(
                        "shareAlikeNonCommercial",
                        &[
                            ("license", &a.id),
                            ("licenses", &list(under)),
                            ("other", &b.id),
                        ],
                    ),
                    (None, Some(under)) if a.facets.non_commercial => compat_message(
                        "shareAlikeNonCommercial",
                        &[
                            ("license", &b.id),
                            ("licenses", &list(under)),
                            ("other", &a.id),
                        ],
                    ),
                    _ => compat_message("conflict", &[("license", &a.id), ("other", &b.id)]),
                };
                c.reasons.push(m);
            }
        }
        return c;
    }

    let ids: Vec<String> = c.allowed.iter().map(|l| l.id.clone()).collect();
    c.reasons
        .push(compat_message("result", &[("licenses", &list(&ids))]));
    for l in &distinct {
        let conds = match l.permissions.get(Purpose::Derivative.as_str()) {
            Some(o) => o.conditions.iter().map(|c| Condition::new(c)).collect(),
            None => conditions_for(l, Purpose::Derivative),
        };
        for cond in conds {
            if !c.conditions.contains(&cond) {
                c.conditions.push(cond);
            }
        }
    }
    c
}

/// [`combine`] for licence strings as people write them ([`normalize`]); an unrecognised string
/// makes the combination empty (unknown is never compatible).
///
/// ```
/// use datago_core::license::combine_ids;
/// let c = combine_ids(&["cc by 4.0", "my own terms"]);
/// assert!(!c.compatible());
/// assert_eq!(c.unknown, vec!["my own terms"]);
/// ```
pub fn combine_ids(licenses: &[&str]) -> Combination {
    let mut known: Vec<&'static License> = Vec::new();
    let mut unknown: Vec<String> = Vec::new();
    let mut notes: Vec<Message> = Vec::new();
    let mut inputs = Vec::new();
    for s in licenses {
        let n = normalize(s);
        match n.license {
            Some(l) => {
                if n.assumed_version {
                    notes.push(compat_message(
                        "assumedVersion",
                        &[("input", s.trim()), ("license", &l.id)],
                    ));
                }
                inputs.push(l.id.clone());
                known.push(l);
            }
            None => {
                inputs.push(s.to_string());
                unknown.push(s.to_string());
            }
        }
    }
    let mut c = combine(&known);
    c.inputs = inputs;
    if !unknown.is_empty() {
        c.allowed.clear();
        c.conditions.clear();
        c.reasons
            .retain(|m| !m.en.starts_with("The combined result"));
        if known.is_empty() {
            c.reasons.clear();
        }
        for u in &unknown {
            c.reasons
                .push(compat_message("unknown", &[("license", u.trim())]));
        }
        let generic = std::mem::take(&mut c.unknown);
        c.unknown = unknown;
        c.unknown.extend(generic);
    }
    notes.append(&mut c.reasons);
    c.reasons = notes;
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::license::get;

    fn ids(c: &Combination) -> Vec<&str> {
        c.allowed.iter().map(|l| l.id.as_str()).collect()
    }

    #[test]
    fn combinations() {
        let g = |id| get(id).unwrap();
        assert_eq!(
            ids(&combine(&[g("CC-BY-NC-4.0")])),
            ["CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC-BY-NC-ND-4.0"]
        );
        assert_eq!(ids(&combine(&[g("CC-BY-SA-4.0")])), ["CC-BY-SA-4.0"]);
        assert_eq!(ids(&combine(&[g("ODbL-1.0"), g("CC0-1.0")])), ["ODbL-1.0"]);
        assert_eq!(
            ids(&combine(&[g("OGL-UK-3.0"), g("ODbL-1.0")])),
            ["ODbL-1.0"]
        );
        assert!(ids(&combine(&[g("CC-BY-ND-4.0")])).is_empty());
        let c = combine(&[g("CC-BY-SA-4.0"), g("CC-BY-NC-4.0")]);
        assert!(c.allowed.is_empty());
        assert!(
            c.reasons.iter().any(|r| r.en.contains("forbids it")),
            "{:?}",
            c.reasons
        );
        let c = combine(&[g("ODbL-1.0"), g("CC-BY-SA-4.0")]);
        assert!(c.reasons.iter().any(|r| r.en.contains("both share-alike")));
        assert!(c.reasons.iter().any(|r| r.id.contains("berbagi serupa")));
        assert!(combine(&[g("notspecified"), g("CC0-1.0")])
            .allowed
            .is_empty());
        assert!(combine(&[g("other-pd")]).allowed.is_empty());
        assert_eq!(
            ids(&combine(&[g("DataGO-Replication-Terms")])),
            ["DataGO-Replication-Terms"]
        );
        assert!(combine(&[g("DataGO-Replication-Terms"), g("CC-BY-4.0")])
            .allowed
            .is_empty());
        let c = combine(&[g("CC0-1.0"), g("PDDL-1.0")]);
        assert_eq!(c.recommended().unwrap().id, "CC0-1.0");
        assert!(c.conditions.is_empty());
    }

    #[test]
    fn purposes() {
        let g = |id| get(id).unwrap();
        let v = can_use(g("CC0-1.0"), Purpose::AttributionFree);
        assert_eq!((v.allowed, v.conditions.len()), (Allowed::Yes, 0));
        assert_eq!(
            can_use(g("CC-BY-4.0"), Purpose::AttributionFree).allowed,
            Allowed::No
        );
        assert_eq!(
            can_use(g("CC-BY-3.0"), Purpose::DatabaseExtraction).allowed,
            Allowed::Unknown
        );
        assert_eq!(
            can_use(g("CC-BY-SA-4.0"), Purpose::Relicensing).allowed,
            Allowed::No
        );
        assert_eq!(
            can_use(g("CC-BY-4.0"), Purpose::Relicensing).allowed,
            Allowed::Yes
        );
        assert_eq!(
            can_use(g("other-nc"), Purpose::Commercial).allowed,
            Allowed::No
        );
        assert_eq!(
            can_use(g("notspecified"), Purpose::Redistribution).allowed,
            Allowed::Unknown
        );
        let d = g("DataGO-Replication-Terms");
        assert_eq!(can_use(d, Purpose::Commercial).allowed, Allowed::No);
        assert_eq!(can_use(d, Purpose::Redistribution).allowed, Allowed::No);
        assert_eq!(can_use(d, Purpose::Derivative).allowed, Allowed::Yes);
        assert_eq!(
            can_use_id("???", Purpose::Commercial).allowed,
            Allowed::Unknown
        );
        for p in Purpose::ALL {
            for l in crate::license::registry() {
                let v = can_use(l, p);
                assert!(!v.reasons.is_empty(), "{} {p:?}", l.id);
                for r in &v.reasons {
                    assert!(!r.id.contains('{') && !r.en.contains('{'), "{r:?}");
                }
            }
        }
    }
}

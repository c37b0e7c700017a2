//! The replication terms (ketentuan khusus 4–8) as data, checked against a replica's declared
//! terms of use.
//!
//! Two ways in, which can be combined:
//! - **structured** ([`TermsOfUse`] fields): `commercialUse`, `reReplication`,
//!   `thirdPartyTransfer`, `governmentUseOnly`, `ipOwner`, `hakiCertificate`. A value that
//!   contradicts a provision is an error; a missing one is a warning (`replica.terms.unstated`);
//! - **text** ([`check_terms_text`], or `text` in [`TermsOfUse`]): the published terms in
//!   Bahasa Indonesia or English, split into sentences. Only sentences about the application
//!   (words such as `aplikasi`, `perangkat lunak`, `kode sumber`, `software`, `DataGO`,
//!   `replika`) are read, because a portal's terms also license its *data*, which may well be
//!   open to commercial reuse. In such a sentence, a term's topic (`komersial`, `replikasi ulang`,
//!   `sell`, `redistribute`, `any purpose`) with a grant (`boleh`, `dapat`, `may`, `free to`) and
//!   no negation (`tidak`, `dilarang`, `not`, `prohibited`) is a violation; a term's affirmation
//!   (`nonkomersial`, `urusan pemerintahan`, `may not be redistributed`) or its topic with a
//!   negation states the term. HAKI: a sentence about intellectual property or copyright of the
//!   application must name Kota Magelang; naming another owner is an error, as is a certificate
//!   number other than EC00202180161.
//!
//! The keyword analysis is a heuristic that helps a reviewer; the structured form is the
//! reliable one.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{tables, HAKI_CERTIFICATE};
use crate::finding::{Finding, Findings, Message};
use crate::rules::{self, Rule};

/// One replication term a replica's terms of use must respect.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReplicationTerm {
    /// Stable code: `commercial-use`, `re-replication`, `government-use`, `ip-owner`.
    pub code: String,
    /// The special provisions (ketentuan khusus) it comes from.
    pub provisions: Vec<u32>,
    /// The finding code a violation is reported with.
    pub rule: String,
    /// The [`TermsOfUse`] field that states it.
    pub field: String,
    /// A replica's terms must state it.
    pub required: bool,
    /// What it is called, in both languages.
    pub name: Message,
    /// What it requires.
    pub requirement: Message,
    /// Words of its subject (for the text analysis).
    #[serde(default)]
    pub topics: Vec<String>,
    /// Phrases that state it.
    #[serde(default)]
    pub affirm: Vec<String>,
}

/// The replication terms, read from `data/replica.json`.
///
/// ```
/// let terms = datago_core::replica::replication_terms();
/// assert!(terms.iter().any(|t| t.code == "commercial-use" && t.provisions == [6]));
/// ```
pub fn replication_terms() -> &'static [ReplicationTerm] {
    &tables().terms
}

/// A replica's declared terms of use, structured and/or as text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct TermsOfUse {
    /// The replica's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replica_name: Option<String>,
    /// The terms allow commercial use of the replica (must be `false`: provision 6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commercial_use: Option<bool>,
    /// The terms allow replicating the replica further (must be `false`: provision 7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub re_replication: Option<bool>,
    /// The terms allow transferring or publishing the application to others (must be `false`
    /// without Walidata Kota Magelang's permission: provision 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub third_party_transfer: Option<bool>,
    /// The replica is used for government affairs only (must be `true`: provision 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub government_use_only: Option<bool>,
    /// Who the terms say owns DataGO's intellectual property (must be Pemerintah Kota
    /// Magelang: provision 8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_owner: Option<String>,
    /// The HAKI certificate cited (EC00202180161).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub haki_certificate: Option<String>,
    /// The terms as published, analysed by keywords.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl TermsOfUse {
    /// Reads terms from JSON.
    pub fn from_json(json: &str) -> Result<TermsOfUse, crate::ParseError> {
        crate::document::from_json(json)
    }
}

fn rule(code: &str) -> &'static Rule {
    rules::lookup(code).unwrap_or(&rules::REPLICA_TERMS_UNSTATED)
}

fn squash(s: &str) -> String {
    format!(
        " {} ",
        s.to_lowercase()
            .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '©'))
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    )
}

/// The keyword lists of `data/replica.json`, squashed once.
struct Lists {
    subjects: Vec<String>,
    grants: Vec<String>,
    negations: Vec<String>,
    owners: Vec<String>,
    /// Per replication term: its topics and affirmations.
    terms: Vec<(Vec<String>, Vec<String>)>,
}

fn lists() -> &'static Lists {
    static L: std::sync::OnceLock<Lists> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        let sq = |v: &[String]| -> Vec<String> {
            v.iter()
                .map(|p| squash(p))
                .filter(|p| !p.trim().is_empty())
                .collect()
        };
        let lang = &tables().language;
        Lists {
            subjects: sq(&lang.subjects),
            grants: sq(&lang.grants),
            negations: sq(&lang.negations),
            owners: sq(&lang.owners),
            terms: replication_terms()
                .iter()
                .map(|t| (sq(&t.topics), sq(&t.affirm)))
                .collect(),
        }
    })
}

/// `sentence` (squashed) contains one of the (squashed) phrases.
fn any(sentence: &str, phrases: &[String]) -> bool {
    phrases.iter().any(|p| sentence.contains(p.as_str()))
}

fn excerpt(s: &str) -> String {
    let t: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if t.chars().count() > 120 {
        format!("{}…", t.chars().take(120).collect::<String>())
    } else {
        t
    }
}

fn sentences(text: &str) -> Vec<&str> {
    text.split(['.', ';', '\n', '!', '?'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .take(2000)
        .collect()
}

/// What the text analysis found for each term.
#[derive(Default)]
struct TextResult {
    stated: Vec<String>,
    findings: Findings,
}

fn analyse(text: &str) -> TextResult {
    let lists = lists();
    let mut out = TextResult::default();
    for raw in sentences(text) {
        let s = squash(raw);
        if !any(&s, &lists.subjects) {
            continue;
        }
        let negated = any(&s, &lists.negations);
        let granted = any(&s, &lists.grants);
        let detail_id = format!(": \"{}\"", excerpt(raw));
        let detail_en = detail_id.clone();
        for (t, (topics, affirm)) in replication_terms().iter().zip(&lists.terms) {
            if t.code == "ip-owner" {
                if !any(&s, topics) {
                    continue;
                }
                if any(&s, affirm) {
                    out.stated.push(t.code.clone());
                } else if any(&s, &lists.owners) {
                    out.findings
                        .push(rule(&t.rule), "/text", &[("value", &excerpt(raw))]);
                }
                continue;
            }
            let topic = any(&s, topics);
            if any(&s, affirm) || (topic && negated) {
                out.stated.push(t.code.clone());
            } else if topic && granted {
                out.findings.push(
                    rule(&t.rule),
                    "/text",
                    &[("detail_id", &detail_id), ("detail_en", &detail_en)],
                );
                out.stated.push(t.code.clone());
            }
        }
    }
    // Any certificate number cited must be DataGO's.
    let upper = text.to_uppercase();
    let mut rest = upper.as_str();
    while let Some(i) = rest.find("EC") {
        let digits: String = rest[i + 2..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        if digits.len() >= 8 {
            let cited = format!("EC{digits}");
            if cited != HAKI_CERTIFICATE {
                out.findings.push(
                    &rules::REPLICA_TERMS_CERTIFICATE,
                    "/text",
                    &[("value", &cited)],
                );
            }
        }
        rest = &rest[i + 2..];
    }
    out
}

/// Checks a replica's terms of use text against the replication terms (see the module
/// documentation for the keyword analysis).
///
/// ```
/// use datago_core::replica::check_terms_text;
/// let f = check_terms_text("Aplikasi ini boleh dijual kembali kepada pihak mana pun.");
/// assert!(f.iter().any(|f| f.code == "replica.terms.commercial-use"));
/// // Data may be open to commercial reuse: not about the application, not a violation.
/// let f = check_terms_text("Data boleh digunakan untuk tujuan komersial dengan lisensi CC BY 4.0.");
/// assert!(!f.iter().any(|f| f.code == "replica.terms.commercial-use"));
/// ```
pub fn check_terms_text(text: &str) -> Vec<Finding> {
    let mut t = TermsOfUse {
        text: Some(text.to_string()),
        ..TermsOfUse::default()
    };
    t.replica_name = None;
    check_terms(&t)
}

/// Checks a replica's declared terms of use against the replication terms: structured fields
/// first, then the text; a required term stated by neither is `replica.terms.unstated`.
///
/// ```
/// use datago_core::replica::{check_terms, TermsOfUse};
/// let ok = TermsOfUse {
///     commercial_use: Some(false), re_replication: Some(false), third_party_transfer: Some(false),
///     government_use_only: Some(true), ip_owner: Some("Pemerintah Kota Magelang".into()),
///     haki_certificate: Some("EC00202180161".into()), ..Default::default()
/// };
/// assert!(check_terms(&ok).is_empty());
/// let bad = TermsOfUse { commercial_use: Some(true), ..ok };
/// assert_eq!(check_terms(&bad)[0].code, "replica.terms.commercial-use");
/// ```
pub fn check_terms(terms: &TermsOfUse) -> Vec<Finding> {
    let mut f = Findings::default();
    let mut stated: Vec<&str> = Vec::new();
    let none = (String::new(), String::new());
    let (nid, nen) = (&none.0, &none.1);
    let detail = [("detail_id", nid.as_str()), ("detail_en", nen.as_str())];

    if let Some(v) = terms.commercial_use {
        stated.push("commercial-use");
        if v {
            f.push(&rules::REPLICA_TERMS_COMMERCIAL, "/commercialUse", &detail);
        }
    }
    if let Some(v) = terms.re_replication {
        if v {
            f.push(
                &rules::REPLICA_TERMS_RE_REPLICATION,
                "/reReplication",
                &detail,
            );
        }
    }
    if let Some(v) = terms.third_party_transfer {
        if v {
            f.push(
                &rules::REPLICA_TERMS_RE_REPLICATION,
                "/thirdPartyTransfer",
                &detail,
            );
        }
    }
    if terms.re_replication.is_some() && terms.third_party_transfer.is_some() {
        stated.push("re-replication");
    }
    if let Some(v) = terms.government_use_only {
        stated.push("government-use");
        if !v {
            f.push(
                &rules::REPLICA_TERMS_GOVERNMENT_USE,
                "/governmentUseOnly",
                &detail,
            );
        }
    }
    if let Some(owner) = terms.ip_owner.as_deref().filter(|o| !o.trim().is_empty()) {
        stated.push("ip-owner");
        if !squash(owner).contains(" kota magelang ") {
            f.push(
                &rules::REPLICA_TERMS_IP_OWNER,
                "/ipOwner",
                &[("value", owner.trim())],
            );
        }
    }
    if let Some(c) = terms
        .haki_certificate
        .as_deref()
        .filter(|c| !c.trim().is_empty())
    {
        let norm: String = c.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        if !norm.eq_ignore_ascii_case(HAKI_CERTIFICATE) {
            f.push(
                &rules::REPLICA_TERMS_CERTIFICATE,
                "/hakiCertificate",
                &[("value", c.trim())],
            );
        }
    }

    let text = terms.text.as_deref().map(analyse).unwrap_or_default();
    f.0.extend(text.findings.into_vec());
    for t in replication_terms().iter().filter(|t| t.required) {
        if stated.contains(&t.code.as_str()) || text.stated.contains(&t.code) {
            continue;
        }
        let provisions: Vec<String> = t.provisions.iter().map(u32::to_string).collect();
        f.push(
            &rules::REPLICA_TERMS_UNSTATED,
            format!("/{}", t.field),
            &[
                ("term_id", &t.name.id),
                ("term_en", &t.name.en),
                ("provision", &provisions.join(", ")),
            ],
        );
    }
    f.into_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<String> {
        let mut v: Vec<String> = check_terms_text(text).into_iter().map(|f| f.code).collect();
        v.sort();
        v.dedup();
        v
    }

    #[test]
    fn compliant_terms_text() {
        let text = "Aplikasi Satu Data Kabupaten X merupakan replikasi DataGO dan hanya digunakan untuk urusan pemerintahan. \
            Aplikasi ini tidak boleh dikomersialkan. Replikator dilarang menawarkan replikasi ulang aplikasi kepada pihak lain. \
            Hak Kekayaan Intelektual aplikasi DataGO milik Pemerintah Kota Magelang (sertifikat EC00202180161).";
        assert!(codes(text).is_empty(), "{:?}", check_terms_text(text));
        let en = "The application is used for government affairs only. The software may not be sold. \
            The application may not be redistributed or re-replicated. DataGO's intellectual property belongs to Pemerintah Kota Magelang.";
        assert!(codes(en).is_empty(), "{:?}", check_terms_text(en));
    }

    #[test]
    fn violations_and_gaps() {
        assert!(codes("You are free to sell the software.")
            .contains(&"replica.terms.commercial-use".to_string()));
        assert!(
            codes("Kode sumber aplikasi ini boleh didistribusikan ulang oleh siapa saja.")
                .contains(&"replica.terms.re-replication".to_string())
        );
        assert!(
            codes("Hak cipta aplikasi ini milik Pemerintah Kabupaten X.")
                .contains(&"replica.terms.ip-owner".to_string())
        );
        assert!(codes("Sertifikat HAKI aplikasi EC00202299999.")
            .contains(&"replica.terms.haki-certificate".to_string()));
        assert_eq!(codes("Selamat datang."), ["replica.terms.unstated"]);
        assert_eq!(check_terms_text("").len(), 4);
    }
}

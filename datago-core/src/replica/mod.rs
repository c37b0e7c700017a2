//! DataGO replica compliance: what a local government replicating DataGO must show and promise
//! under the special provisions (ketentuan khusus) of the Pedoman Replikasi DataGO.
//!
//! - [`ReplicaBranding`]: the replica's own name (renaming is allowed, provision 17) and the
//!   DataGO credit block for its home page — the DataGO logo with alt text, the link to
//!   <https://datago.magelangkota.go.id> and a sentence in Bahasa Indonesia or English
//!   (provision 9);
//! - [`check_homepage`]: parses a replica's home page with an HTML5 parser (html5ever, through
//!   `scraper`) and reports whether the logo and a working link to DataGO are on it and visible
//!   ([`ComplianceReport`]); see [`homepage`] for what counts as "on the home page";
//! - [`TermsOfUse`] / [`check_terms`]: the replication terms as data (provisions 4–8:
//!   government use only, no commercialisation, no re-replication or transfer to others, HAKI of
//!   Pemerintah Kota Magelang, certificate EC00202180161 of 16 December 2021) checked against a
//!   replica's declared terms of use, structured or as text.
//!
//! ```
//! use datago_core::replica::{check_homepage, ReplicaBranding};
//! use datago_core::{Lang, render::Format};
//!
//! let credit = ReplicaBranding::new("Satu Data Kabupaten X").credit(Lang::Id, Format::Html);
//! let page = format!("<!doctype html><html><body><main>…</main><footer>{credit}</footer></body></html>");
//! let report = check_homepage(&page).unwrap();
//! assert!(report.compliant && report.link && report.logo);
//!
//! let hidden = r#"<body><a href="https://datago.magelangkota.go.id" style="display:none"><img src="logo-datago.png" alt="DataGO"></a></body>"#;
//! let report = check_homepage(hidden).unwrap();
//! assert!(!report.compliant);
//! assert!(report.findings.iter().any(|f| f.code == "replica.homepage.link-hidden"));
//! ```

mod credit;
pub mod homepage;
mod terms;

use std::sync::OnceLock;

use serde::Deserialize;

use crate::finding::{Lang, Message};

pub use credit::ReplicaBranding;
pub use homepage::{check_homepage, check_homepage_bytes, ComplianceReport};
pub use terms::{check_terms, check_terms_text, replication_terms, ReplicationTerm, TermsOfUse};

/// DataGO's home page, the link target provision 9 names.
pub const DATAGO_URL: &str = "https://datago.magelangkota.go.id";
/// The host a link to DataGO must go to.
pub const DATAGO_HOST: &str = "datago.magelangkota.go.id";
/// The HAKI certificate of DataGO (Kementerian Hukum dan HAM).
pub const HAKI_CERTIFICATE: &str = "EC00202180161";
/// The date of the HAKI certificate.
pub const HAKI_DATE: &str = "2021-12-16";
/// Where the credit block looks for the DataGO logo unless told otherwise.
pub const DEFAULT_LOGO_SRC: &str = "/assets/datago/logo-datago.png";
/// Home pages larger than this are refused as unusable input.
pub const MAX_HOMEPAGE_BYTES: usize = 16 * 1024 * 1024;

/// A home page or terms document that cannot be checked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReplicaError {
    /// Nothing but white space.
    #[error("the input is empty: give the HTML of the replica's home page")]
    Empty,
    /// Not text: invalid UTF-8 or NUL bytes.
    #[error("the input is not text (invalid UTF-8 or NUL bytes at byte {at}): give the HTML of the home page, saved as UTF-8")]
    NotText {
        /// Byte offset of the first bad byte.
        at: usize,
    },
    /// No HTML markup at all.
    #[error("the input has no HTML markup: give the HTML of the home page (e.g. saved from the browser), not its text")]
    NotHtml,
    /// Larger than [`MAX_HOMEPAGE_BYTES`].
    #[error("the input is {bytes} bytes, more than the {max} a home page may have")]
    TooLarge {
        /// Its size.
        bytes: usize,
        /// The limit.
        max: usize,
    },
}

impl ReplicaError {
    /// Stable machine code: `replica.input.empty`, `replica.input.not-text`,
    /// `replica.input.not-html`, `replica.input.too-large`.
    pub fn code(&self) -> &'static str {
        match self {
            ReplicaError::Empty => "replica.input.empty",
            ReplicaError::NotText { .. } => "replica.input.not-text",
            ReplicaError::NotHtml => "replica.input.not-html",
            ReplicaError::TooLarge { .. } => "replica.input.too-large",
        }
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::En, e) => e.to_string(),
            (Lang::Id, ReplicaError::Empty) => {
                "masukan kosong: berikan HTML halaman utama replika".to_string()
            }
            (Lang::Id, ReplicaError::NotText { at }) => format!(
                "masukan bukan teks (UTF-8 tidak sah atau bita NUL pada bita {at}): berikan HTML halaman utama yang disimpan sebagai UTF-8"
            ),
            (Lang::Id, ReplicaError::NotHtml) => "masukan tidak memuat markah HTML: berikan HTML halaman utama (misalnya disimpan dari peramban), bukan teksnya".to_string(),
            (Lang::Id, ReplicaError::TooLarge { bytes, max }) => {
                format!("masukan berukuran {bytes} bita, melebihi batas {max} bita untuk halaman utama")
            }
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Logo {
    pub(crate) default_src: String,
    pub(crate) alt: Message,
    pub(crate) names: Vec<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Credit {
    pub(crate) sentence: Message,
    pub(crate) link_text: String,
    pub(crate) unnamed: Message,
    pub(crate) logo_title: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Visibility {
    pub(crate) hidden_classes: Vec<String>,
    pub(crate) responsive_show_patterns: Vec<String>,
    pub(crate) inert_elements: std::collections::BTreeMap<String, Message>,
    pub(crate) comment: Message,
}

#[derive(Debug, Deserialize)]
pub(crate) struct Language {
    pub(crate) subjects: Vec<String>,
    pub(crate) grants: Vec<String>,
    pub(crate) negations: Vec<String>,
    pub(crate) owners: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct Tables {
    pub(crate) logo: Logo,
    pub(crate) credit: Credit,
    pub(crate) visibility: Visibility,
    pub(crate) terms: Vec<ReplicationTerm>,
    pub(crate) language: Language,
}

pub(crate) fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        // A unit test parses the file; `expect` cannot fire on the embedded, tested data.
        serde_json::from_str(include_str!("../../data/replica.json"))
            .expect("data/replica.json is valid")
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn data_parses() {
        let t = super::tables();
        assert_eq!(t.terms.len(), 4);
        assert!(t.visibility.inert_elements.contains_key("noscript"));
    }
}

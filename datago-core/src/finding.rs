//! Validation findings: what `validate()` returns for every document.
//!
//! A [`Finding`] has a stable machine `code` (see [`crate::rules`]), a [`Severity`], a JSON
//! pointer `path` into the document it concerns and a message in Bahasa Indonesia and English.
//! Validation never stops at the first problem: every rule runs and every finding is reported.
//!
//! ```
//! use datago_core::{Dataset, Severity};
//!
//! let dataset = Dataset::from_json(r#"{"id": "ds-1", "slug": "X", "title": {"id": ""}}"#).unwrap();
//! let findings = dataset.validate();
//! assert!(findings.iter().any(|f| f.code == "dataset.slug.invalid" && f.path == "/slug"));
//! assert!(findings.iter().any(|f| f.code == "dataset.title.missing" && f.severity == Severity::Error));
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::rules::Rule;

/// How serious a finding is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; nothing to fix.
    Info,
    /// Should be fixed; the document is still usable.
    Warning,
    /// Must be fixed before the document can be published.
    Error,
}

impl Severity {
    /// The stable lowercase name (`error`, `warning`, `info`).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A language messages can be rendered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
pub enum Lang {
    /// Bahasa Indonesia (`id`), the default.
    #[default]
    #[serde(rename = "id")]
    Id,
    /// English (`en`).
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// Parses a BCP 47 tag such as `id`, `id-ID`, `en`, `en-GB` (case-insensitive).
    ///
    /// ```
    /// use datago_core::Lang;
    /// assert_eq!(Lang::parse("en-GB"), Some(Lang::En));
    /// assert_eq!(Lang::parse("ID"), Some(Lang::Id));
    /// assert_eq!(Lang::parse("fr"), None);
    /// ```
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "id" | "in" | "ind" => Some(Lang::Id),
            "en" | "eng" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language tag (`id` or `en`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }
}

/// A message in both languages DataGO speaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Message {
    /// Bahasa Indonesia.
    pub id: String,
    /// English.
    pub en: String,
}

impl Message {
    /// The message in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Id => &self.id,
            Lang::En => &self.en,
        }
    }
}

/// One problem (or remark) found in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Finding {
    /// Stable machine code, e.g. `dataset.slug.invalid`. Never changes meaning once released.
    pub code: String,
    /// How serious it is.
    pub severity: Severity,
    /// JSON pointer (RFC 6901) to the offending value inside the document; `""` is the whole
    /// document.
    pub path: String,
    /// The document the finding is about, when a report covers several (e.g.
    /// `datasets/jumlah-penduduk.json`); absent for a single document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    /// Human-readable explanation, telling what to do next.
    pub message: Message,
}

impl Finding {
    /// Builds a finding from a rule, filling `{name}` placeholders of its messages from `params`.
    pub fn new(rule: &Rule, path: impl Into<String>, params: &[(&str, &str)]) -> Finding {
        Finding {
            code: rule.code.to_string(),
            severity: rule.severity,
            path: path.into(),
            document: None,
            message: Message {
                id: fill(rule.id, params),
                en: fill(rule.en, params),
            },
        }
    }

    /// Returns the finding re-rooted under `prefix` (a JSON pointer), e.g. `/datasets/3`.
    pub fn under(mut self, prefix: &str) -> Finding {
        self.path = format!("{prefix}{}", self.path);
        self
    }

    /// Returns the finding attributed to `document`.
    pub fn in_document(mut self, document: impl Into<String>) -> Finding {
        self.document = Some(document.into());
        self
    }
}

fn fill(template: &str, params: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in params {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// Escapes one reference token of a JSON pointer (`~` → `~0`, `/` → `~1`).
///
/// ```
/// assert_eq!(datago_core::finding::pointer_token("a/b~c"), "a~1b~0c");
/// ```
pub fn pointer_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Collects findings while a validator walks a document.
#[derive(Debug, Default)]
pub(crate) struct Findings(pub(crate) Vec<Finding>);

impl Findings {
    pub(crate) fn push(&mut self, rule: &Rule, path: impl Into<String>, params: &[(&str, &str)]) {
        self.0.push(Finding::new(rule, path, params));
    }

    pub(crate) fn extend_under(&mut self, prefix: &str, findings: Vec<Finding>) {
        self.0.extend(findings.into_iter().map(|f| f.under(prefix)));
    }

    pub(crate) fn into_vec(self) -> Vec<Finding> {
        self.0
    }
}

/// Counts of findings per severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SeverityCounts {
    /// Findings of severity error.
    pub error: usize,
    /// Findings of severity warning.
    pub warning: usize,
    /// Findings of severity info.
    pub info: usize,
}

impl SeverityCounts {
    /// Counts `findings` per severity.
    ///
    /// ```
    /// use datago_core::{Dataset, finding::SeverityCounts};
    /// let ds = Dataset::from_json(r#"{"id": "x", "slug": "ok-slug"}"#).unwrap();
    /// let counts = SeverityCounts::of(&ds.validate());
    /// assert!(counts.error > 0);
    /// ```
    pub fn of(findings: &[Finding]) -> SeverityCounts {
        let mut c = SeverityCounts::default();
        for f in findings {
            match f.severity {
                Severity::Error => c.error += 1,
                Severity::Warning => c.warning += 1,
                Severity::Info => c.info += 1,
            }
        }
        c
    }
}

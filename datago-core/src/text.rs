//! Text that can carry more than one language.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::finding::Lang;

/// A text in one or more languages, keyed by BCP 47 tag: `{"id": "Jumlah Penduduk", "en":
/// "Population"}`. DataGO publishes in Bahasa Indonesia, so `id` is expected; `en` is recommended.
///
/// In JSON it is always an object; a bare string is accepted on input and read as Indonesian.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(from = "TextRepr")]
#[schemars(with = "BTreeMap<String, String>")]
pub struct LocalizedText(pub BTreeMap<String, String>);

#[derive(Deserialize)]
#[serde(untagged)]
enum TextRepr {
    Plain(String),
    Map(BTreeMap<String, String>),
}

impl From<TextRepr> for LocalizedText {
    fn from(r: TextRepr) -> Self {
        match r {
            TextRepr::Plain(s) => LocalizedText::new(s),
            TextRepr::Map(m) => LocalizedText(m),
        }
    }
}

impl LocalizedText {
    /// A text in Bahasa Indonesia only.
    ///
    /// ```
    /// use datago_core::{LocalizedText, Lang};
    ///
    /// let t: LocalizedText = serde_json::from_str(r#""Jumlah Penduduk""#).unwrap();
    /// assert_eq!(t.get("id"), Some("Jumlah Penduduk"));
    /// let t = LocalizedText::new("Jumlah Penduduk").with("en", "Population");
    /// assert_eq!(t.best(Lang::En), "Population");
    /// assert_eq!(serde_json::to_string(&t).unwrap(), r#"{"en":"Population","id":"Jumlah Penduduk"}"#);
    /// ```
    pub fn new(id: impl Into<String>) -> Self {
        let mut m = BTreeMap::new();
        m.insert("id".to_string(), id.into());
        LocalizedText(m)
    }

    /// Adds (or replaces) the text in language `tag`.
    pub fn with(mut self, tag: &str, text: impl Into<String>) -> Self {
        self.0.insert(tag.to_string(), text.into());
        self
    }

    /// The text in language `tag`, if present.
    pub fn get(&self, tag: &str) -> Option<&str> {
        self.0.get(tag).map(String::as_str)
    }

    /// The text in `lang`, falling back to Indonesian, then English, then any language, then `""`.
    pub fn best(&self, lang: Lang) -> &str {
        [lang.tag(), "id", "en"]
            .iter()
            .find_map(|t| self.get(t).filter(|s| !s.trim().is_empty()))
            .or_else(|| {
                self.0
                    .values()
                    .find(|s| !s.trim().is_empty())
                    .map(String::as_str)
            })
            .unwrap_or("")
    }

    /// True when no language has non-blank text.
    pub fn is_blank(&self) -> bool {
        self.0.values().all(|s| s.trim().is_empty())
    }
}

//! Writing text for people: plain text, Markdown or HTML, with everything that comes from a
//! document escaped so that it stays text.
//!
//! A title such as `<script>alert(1)</script>` or `"quoted" & <b>` must come out inert in every
//! format: HTML escapes `& < > " '`; Markdown backslash-escapes its punctuation (CommonMark treats
//! `\<` as a literal `<`, so raw HTML cannot slip through a Markdown renderer either) and folds
//! line breaks. Links are only written for `http`/`https` URLs: a `javascript:` or `data:` URL is
//! written as text.
//!
//! ```
//! use datago_core::render::{escape_html, escape_markdown, http_url};
//! assert_eq!(escape_html(r#"<script>"x" & 'y'</script>"#), "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;");
//! assert_eq!(escape_markdown("[a](javascript:x) *b*"), r"\[a\]\(javascript:x\) \*b\*");
//! assert_eq!(http_url(" https://example.org/a b "), Some("https://example.org/a%20b".to_string()));
//! assert_eq!(http_url("javascript:alert(1)"), None);
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An output format for text meant for people.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text (URLs written out in parentheses).
    #[default]
    Text,
    /// Markdown (CommonMark), every value escaped.
    Markdown,
    /// An HTML fragment, every value escaped.
    Html,
}

impl Format {
    /// Parses `text`, `plain`, `md`, `markdown` or `html` (case-insensitive).
    pub fn parse(s: &str) -> Result<Format, crate::Error> {
        match s.trim().to_ascii_lowercase().as_str() {
            "text" | "plain" | "txt" => Ok(Format::Text),
            "md" | "markdown" => Ok(Format::Markdown),
            "html" => Ok(Format::Html),
            _ => Err(crate::Error::InvalidArgument {
                what: "format",
                value: s.to_string(),
                expected: "text, md or html".to_string(),
            }),
        }
    }

    /// The canonical name (`text`, `markdown`, `html`).
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
        }
    }
}

/// Escapes text for HTML element content and (double- or single-quoted) attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes text for inline Markdown: ASCII punctuation with a meaning in CommonMark (and `<`,
/// `>`, `&`, so no raw HTML or entity survives) gets a backslash; line breaks become spaces.
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '<' | '>' | '#' | '!'
            | '|' | '~' | '&' | '"' => {
                out.push('\\');
                out.push(c);
            }
            '\r' | '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// The URL if it is an absolute `http` or `https` URL, trimmed and with spaces, quotes, angle
/// brackets and backslashes percent-encoded so it can sit in an attribute or a Markdown link;
/// `None` for anything else (`javascript:`, `data:`, relative paths, …).
pub fn http_url(url: &str) -> Option<String> {
    let u = url.trim();
    let lower = u.get(..8).unwrap_or(u).to_ascii_lowercase();
    let ok = (lower.starts_with("https://") && u.len() > 8)
        || (lower.starts_with("http://") && u.len() > 7);
    if !ok || u.chars().any(|c| c.is_control()) {
        return None;
    }
    let mut out = String::with_capacity(u.len());
    for c in u.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '"' => out.push_str("%22"),
            '\'' => out.push_str("%27"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '\\' => out.push_str("%5C"),
            '`' => out.push_str("%60"),
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            _ => out.push(c),
        }
    }
    Some(out)
}

/// A link in `format`: `text (url)`, `[text](url)` or `<a href="url">text</a>`; only the text
/// when `url` is not an http(s) URL. `text` is escaped here; `attrs` (HTML only) is written as it
/// is and must already be safe.
pub fn link(format: Format, text: &str, url: Option<&str>, attrs: &str) -> String {
    let url = url.and_then(http_url);
    match (format, url) {
        (Format::Text, Some(u)) if u != text => format!("{text} ({u})"),
        (Format::Text, _) => text.to_string(),
        (Format::Markdown, Some(u)) => format!("[{}](<{u}>)", escape_markdown(text)),
        (Format::Markdown, None) => escape_markdown(text),
        (Format::Html, Some(u)) => {
            format!(
                "<a href=\"{}\"{attrs}>{}</a>",
                escape_html(&u),
                escape_html(text)
            )
        }
        (Format::Html, None) => escape_html(text),
    }
}

/// Plain text escaped for `format`.
pub fn text(format: Format, s: &str) -> String {
    match format {
        Format::Text => s.replace(['\r', '\n'], " "),
        Format::Markdown => escape_markdown(s),
        Format::Html => escape_html(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_safe_in_every_format() {
        let evil = "\"><script>alert(1)</script>";
        for f in [Format::Text, Format::Markdown, Format::Html] {
            let l = link(f, evil, Some("javascript:alert(1)"), "");
            assert!(!l.contains("javascript:"), "{l}");
        }
        let html = link(
            Format::Html,
            evil,
            Some("https://x.org/\"onmouseover=\"a"),
            "",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(
            html.starts_with("<a href=\"https://x.org/%22onmouseover=%22a\">"),
            "{html}"
        );
        let md = link(Format::Markdown, "a](b", Some("https://x.org/a)b"), "");
        assert_eq!(md, r"[a\]\(b](<https://x.org/a%29b>)");
        assert_eq!(Format::parse("MD").unwrap(), Format::Markdown);
        assert!(Format::parse("pdf").is_err());
    }
}

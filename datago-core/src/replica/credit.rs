//! The DataGO credit block a replica shows on its home page (ketentuan khusus 9), under the
//! replica's own name (ketentuan khusus 17).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[cfg(test)]
use super::DEFAULT_LOGO_SRC;
use super::{tables, DATAGO_URL};
use crate::finding::Lang;
use crate::render::{escape_html, escape_markdown, Format};

/// A replica's branding: its own name and where its copy of the DataGO logo is served from.
///
/// ```
/// use datago_core::replica::ReplicaBranding;
/// use datago_core::{Lang, render::Format};
///
/// let b = ReplicaBranding::new("Satu Data Kabupaten X");
/// let html = b.credit(Lang::Id, Format::Html);
/// assert!(html.contains(r#"<a class="datago-credit-logo" href="https://datago.magelangkota.go.id""#));
/// assert!(html.contains(r#"<img src="/assets/datago/logo-datago.png" alt="Logo DataGO""#));
/// assert!(html.contains("Satu Data Kabupaten X adalah replikasi"));
/// let en = b.credit(Lang::En, Format::Text);
/// assert!(en.starts_with("Satu Data Kabupaten X is a replica of DataGO (Data Kota Magelang Open) (https://datago.magelangkota.go.id)"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReplicaBranding {
    /// The replica's name (`Satu Data Kabupaten X`); provision 17 allows renaming.
    pub name: String,
    /// Where the DataGO logo image is served from: a path on the replica's site or an http(s)
    /// URL ([`DEFAULT_LOGO_SRC`] by default).
    #[serde(default = "default_logo")]
    pub logo_src: String,
    /// Height of the logo in CSS pixels (48 by default).
    #[serde(default = "default_height")]
    pub logo_height: u32,
}

fn default_logo() -> String {
    tables().logo.default_src.clone()
}

fn default_height() -> u32 {
    48
}

impl ReplicaBranding {
    /// A replica named `name`, with the default logo path.
    pub fn new(name: impl Into<String>) -> ReplicaBranding {
        ReplicaBranding {
            name: name.into(),
            logo_src: default_logo(),
            logo_height: default_height(),
        }
    }

    /// The same branding with the logo served from `src` (a path or an http(s) URL; anything
    /// else, such as a `javascript:` URL, falls back to the default path).
    pub fn with_logo(mut self, src: impl Into<String>) -> ReplicaBranding {
        self.logo_src = src.into();
        self
    }

    /// The logo source actually written: `logo_src` when it is a path or an http(s)/`data:image`
    /// URL, else the default.
    pub fn logo(&self) -> String {
        let s = self.logo_src.trim();
        let lower = s.to_ascii_lowercase();
        let scheme = lower
            .split_once(':')
            .map(|(a, _)| a)
            .filter(|a| !a.contains('/') && !a.contains('?') && !a.contains('#'));
        let ok = !s.is_empty()
            && !s.chars().any(char::is_control)
            && match scheme {
                None => true,
                Some("http" | "https") => true,
                Some("data") => lower.starts_with("data:image/"),
                Some(_) => false,
            };
        if ok {
            s.to_string()
        } else {
            default_logo()
        }
    }

    fn display_name(&self, lang: Lang) -> String {
        let n = self.name.split_whitespace().collect::<Vec<_>>().join(" ");
        if n.is_empty() {
            tables().credit.unnamed.get(lang).to_string()
        } else {
            n
        }
    }

    /// The credit sentence in `lang`, with `datago` standing for the (already formatted) DataGO
    /// reference and the name formatted by `name`.
    fn sentence(&self, lang: Lang, name: &str, datago: &str) -> String {
        let t = tables().credit.sentence.get(lang);
        // One pass, so a name containing `{datago}` stays as it is.
        let mut out = String::new();
        let mut rest = t;
        while let Some(i) = rest.find('{') {
            out.push_str(&rest[..i]);
            let after = &rest[i..];
            if let Some(r) = after.strip_prefix("{name}") {
                out.push_str(name);
                rest = r;
            } else if let Some(r) = after.strip_prefix("{datago}") {
                out.push_str(datago);
                rest = r;
            } else {
                out.push('{');
                rest = &after[1..];
            }
        }
        out.push_str(rest);
        out
    }

    /// The credit block in `lang` and `format`:
    /// - HTML: a `<div class="datago-credit">` with the DataGO logo (`<img>` with alt text)
    ///   linked to <https://datago.magelangkota.go.id> and the credit sentence with a second link;
    /// - Markdown: the linked logo image and the sentence;
    /// - text: the sentence with the URL.
    ///
    /// The replica's name is escaped for the format.
    pub fn credit(&self, lang: Lang, format: Format) -> String {
        let c = &tables().credit;
        let alt = tables().logo.alt.get(lang);
        let name = self.display_name(lang);
        match format {
            Format::Text => {
                let datago = format!("{} ({DATAGO_URL})", c.link_text);
                self.sentence(lang, &name, &datago)
            }
            Format::Markdown => {
                let logo = self.logo().replace(' ', "%20").replace(['<', '>'], "");
                let datago = format!("[{}](<{DATAGO_URL}>)", escape_markdown(&c.link_text));
                format!(
                    "[![{}](<{logo}>)](<{DATAGO_URL}>)\n\n{}",
                    escape_markdown(alt),
                    self.sentence(lang, &escape_markdown(&name), &datago)
                )
            }
            Format::Html => {
                let datago = format!("<a href=\"{DATAGO_URL}\">{}</a>", escape_html(&c.link_text));
                format!(
                    concat!(
                        "<div class=\"datago-credit\" lang=\"{lang}\">\n",
                        "  <a class=\"datago-credit-logo\" href=\"{url}\" title=\"{title}\">",
                        "<img src=\"{src}\" alt=\"{alt}\" height=\"{h}\"></a>\n",
                        "  <p>{sentence}</p>\n",
                        "</div>"
                    ),
                    lang = lang.tag(),
                    url = DATAGO_URL,
                    title = escape_html(&c.logo_title),
                    src = escape_html(&self.logo()),
                    alt = escape_html(alt),
                    h = self.logo_height.clamp(16, 512),
                    sentence = self.sentence(lang, &escape_html(&name), &datago),
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_escaped_and_logo_sources_sanitised() {
        let b = ReplicaBranding::new("<script>alert('x')</script> \"Kab\"")
            .with_logo("javascript:alert(1)");
        let html = b.credit(Lang::En, Format::Html);
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains(
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;Kab&quot; is a replica"
        ));
        assert!(html.contains(DEFAULT_LOGO_SRC));
        let md = b.credit(Lang::Id, Format::Markdown);
        assert!(md.contains(r"\<script\>"), "{md}");
        assert_eq!(
            ReplicaBranding::new("x")
                .with_logo("https://cdn.example.id/l.svg")
                .logo(),
            "https://cdn.example.id/l.svg"
        );
        assert_eq!(
            ReplicaBranding::new("x").with_logo("img/datago.png").logo(),
            "img/datago.png"
        );
        assert_eq!(default_logo(), DEFAULT_LOGO_SRC);
        assert!(ReplicaBranding::new("  ")
            .credit(Lang::Id, Format::Text)
            .starts_with("Portal ini adalah"));
    }
}

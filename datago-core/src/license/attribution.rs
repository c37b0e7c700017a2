//! TASL attribution — **T**itle, **A**uthor, **S**ource, **L**icence — for a dataset or one of
//! its resources, in Bahasa Indonesia or English, as plain text, Markdown or HTML.
//!
//! - Title: the resource's title, else the dataset's (in the language asked, falling back).
//! - Author: the dataset's `author`, else the producing organization's name (from the catalog
//!   when one is given), else its code.
//! - Source: the resource's URL; for a dataset its `landingPage`, else
//!   `{baseUrl}/dataset/{slug}`, else `{catalog homepage}/dataset/{slug}`.
//! - Licence: the resource's licence, else the dataset's ([`super::effective_license`]), named by
//!   its short name (`CC BY 4.0`) and linked to its text.
//!
//! Every value is escaped for the format ([`crate::render`]): a title containing `<script>` or
//! quotes comes out as text, and only `http(s)` URLs become links. Adapted material is credited
//! as "Adapted from …" with the changes. With `cc4` (the CC 4.0 rules), the title may be left out
//! (`omit_title`) when the licence is a CC 4.0 licence or needs no attribution; earlier CC
//! versions require it, so it is kept and a warning says why.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{effective_license, normalize};
use crate::finding::{Lang, Message};
use crate::render::{self, Format};
use crate::{Catalog, Dataset, Resource};

/// How to write an attribution.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct AttributionOptions {
    /// Language of the sentence (`id` by default).
    pub lang: Lang,
    /// Output format (`text` by default).
    pub format: Format,
    /// Apply the CC 4.0 rules: the title becomes optional (see `omit_title`).
    pub cc4: bool,
    /// Leave the title out (honoured with `cc4` under a CC 4.0 licence or one without an
    /// attribution requirement).
    pub omit_title: bool,
    /// The material was modified: credit it as "Adapted from".
    pub modified: bool,
    /// What was changed (implies `modified`).
    pub modifications: Option<String>,
    /// The portal's base URL, for a source link `{baseUrl}/dataset/{slug}`.
    pub base_url: Option<String>,
}

/// A TASL attribution: its parts and the rendered sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Attribution {
    /// Title credited (absent when left out under the CC 4.0 rules, or missing).
    pub title: Option<String>,
    /// Author or producer credited.
    pub author: Option<String>,
    /// Source link.
    pub source: Option<String>,
    /// DataGO id of the licence, when recognised.
    pub license: Option<String>,
    /// The licence's name as written (`CC BY 4.0`), or the unrecognised string.
    pub license_name: Option<String>,
    /// Link to the licence text.
    pub license_url: Option<String>,
    /// Credited as adapted material.
    pub modified: bool,
    /// Language of `text`.
    pub lang: Lang,
    /// Format of `text`.
    pub format: Format,
    /// The attribution, ready to paste.
    pub text: String,
    /// What is missing or was not applied, in both languages.
    pub warnings: Vec<Message>,
}

fn warn(id: &str, en: &str) -> Message {
    Message {
        id: id.to_string(),
        en: en.to_string(),
    }
}

fn nonblank(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// The TASL attribution of `dataset`, or of `resource` (one of its resources) with the licence
/// inherited from the dataset when it has none. `catalog` names the producing organization.
///
/// ```
/// use datago_core::{Dataset, Lang};
/// use datago_core::license::{attribution, AttributionOptions};
/// use datago_core::render::Format;
///
/// let ds = Dataset::from_json(r#"{"id": "d", "slug": "penduduk",
///   "title": {"id": "Jumlah <Penduduk>", "en": "Population"}, "producer": "disdukcapil",
///   "license": "CC-BY-4.0", "landingPage": "https://data.example.go.id/dataset/penduduk"}"#).unwrap();
/// let a = attribution(&ds, None, None, &AttributionOptions::default());
/// assert_eq!(a.text, "“Jumlah <Penduduk>” oleh disdukcapil (https://data.example.go.id/dataset/penduduk) dilisensikan di bawah CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).");
/// let html = attribution(&ds, None, None, &AttributionOptions { format: Format::Html, lang: Lang::En, ..Default::default() });
/// assert!(html.text.contains("“<a href=\"https://data.example.go.id/dataset/penduduk\">Population</a>” by disdukcapil"));
/// ```
pub fn attribution(
    dataset: &Dataset,
    resource: Option<&Resource>,
    catalog: Option<&Catalog>,
    options: &AttributionOptions,
) -> Attribution {
    let lang = options.lang;
    let fmt = options.format;
    let mut warnings = Vec::new();

    // T
    let title = resource
        .map(|r| r.title.best(lang))
        .filter(|t| !t.trim().is_empty())
        .or_else(|| Some(dataset.title.best(lang)))
        .and_then(nonblank);

    // A
    let author = dataset
        .author
        .as_ref()
        .and_then(|a| nonblank(&a.name))
        .or_else(|| {
            catalog
                .and_then(|c| c.organization(&dataset.producer))
                .and_then(|o| nonblank(o.name.best(lang)))
        })
        .or_else(|| nonblank(&dataset.producer));
    if author.is_none() {
        warnings.push(warn(
            "Pembuat/produsen data tidak diketahui: isi 'author' atau 'producer' dataset.",
            "The author/producer is unknown: set the dataset's 'author' or 'producer'.",
        ));
    }

    // S
    let dataset_page = |base: &str| {
        format!(
            "{}/dataset/{}",
            base.trim().trim_end_matches('/'),
            dataset.slug
        )
    };
    let source = resource
        .and_then(|r| r.url.as_deref())
        .and_then(render::http_url)
        .or_else(|| dataset.landing_page.as_deref().and_then(render::http_url))
        .or_else(|| {
            options
                .base_url
                .as_deref()
                .map(dataset_page)
                .and_then(|u| render::http_url(&u))
        })
        .or_else(|| {
            catalog
                .and_then(|c| c.homepage.as_deref())
                .map(dataset_page)
                .and_then(|u| render::http_url(&u))
        });
    if source.is_none() {
        warnings.push(warn(
            "Tidak ada tautan sumber: isi 'landingPage' dataset (atau URL sumber daya), atau berikan URL dasar portal.",
            "No source link: set the dataset's 'landingPage' (or the resource's URL), or give the portal's base URL.",
        ));
    }

    // L
    let raw = resource
        .map(|r| effective_license(dataset, r))
        .unwrap_or(dataset.license.as_deref())
        .and_then(nonblank);
    let n = raw.as_deref().map(normalize);
    let reg = n.as_ref().and_then(|n| n.license);
    match (&raw, reg) {
        (None, _) => warnings.push(warn(
            "Lisensi tidak disebutkan: atribusi tanpa lisensi tidak memberi tahu pengguna apa yang boleh dilakukan; isi lisensi dataset.",
            "No licence is stated: an attribution without a licence does not tell users what they may do; set the dataset's licence.",
        )),
        (Some(r), None) => warnings.push(Message {
            id: format!("Lisensi '{r}' tidak dikenal: ditulis apa adanya, tanpa tautan."),
            en: format!("Licence '{r}' is not recognised: written as it is, without a link."),
        }),
        _ => {}
    }
    let license_name = reg
        .map(|l| l.display_name().to_string())
        .or_else(|| raw.clone());
    let license_url = reg.and_then(|l| l.url.clone());
    let public_domain = reg.is_some_and(|l| l.facets.public_domain);
    let cc = reg.filter(|l| l.family.as_deref() == Some("cc") && !l.facets.public_domain);
    let cc_before_4 = cc.is_some_and(|l| {
        l.version
            .as_deref()
            .and_then(|v| v.split('.').next())
            .and_then(|m| m.parse::<u32>().ok())
            .is_some_and(|m| m < 4)
    });

    // The CC 4.0 rule: the title may be left out.
    let mut show_title = title.clone();
    if options.omit_title {
        let title_optional = options.cc4
            && (public_domain
                || reg.is_some_and(|l| !l.facets.attribution)
                || (cc.is_some() && !cc_before_4));
        if title_optional {
            show_title = None;
        } else if !options.cc4 {
            warnings.push(warn(
                "Judul tetap dicantumkan: menghilangkan judul hanya berlaku dengan aturan CC 4.0 (opsi cc4).",
                "The title is kept: leaving it out only applies with the CC 4.0 rules (option cc4).",
            ));
        } else {
            warnings.push(warn(
                "Judul tetap dicantumkan: hanya lisensi CC 4.0 yang menjadikan judul opsional; lisensi ini (termasuk CC 3.0 dan sebelumnya) memintanya.",
                "The title is kept: only CC 4.0 licences make the title optional; this licence (CC 3.0 and earlier included) asks for it.",
            ));
        }
    }
    if title.is_none() && (cc_before_4 || !options.cc4) {
        warnings.push(warn(
            "Judul tidak ada: isi judul dataset (CC 3.0 dan sebelumnya mewajibkannya).",
            "There is no title: set the dataset's title (CC 3.0 and earlier require it).",
        ));
    }

    let modified = options.modified
        || options
            .modifications
            .as_deref()
            .is_some_and(|m| !m.trim().is_empty());
    let text = render_sentence(
        lang,
        fmt,
        &Parts {
            title: show_title.as_deref(),
            author: author.as_deref(),
            source: source.as_deref(),
            license: license_name.as_deref(),
            license_url: license_url.as_deref(),
            public_domain,
            modified,
            changes: options.modifications.as_deref().and_then(nonblank),
        },
    );
    Attribution {
        title: show_title,
        author,
        source,
        license: reg.map(|l| l.id.clone()),
        license_name,
        license_url,
        modified,
        lang,
        format: fmt,
        text,
        warnings,
    }
}

struct Parts<'a> {
    title: Option<&'a str>,
    author: Option<&'a str>,
    source: Option<&'a str>,
    license: Option<&'a str>,
    license_url: Option<&'a str>,
    public_domain: bool,
    modified: bool,
    changes: Option<String>,
}

fn render_sentence(lang: Lang, fmt: Format, p: &Parts<'_>) -> String {
    let t = |s: &str| render::text(fmt, s);
    let id = lang == Lang::Id;
    let mut s = String::new();
    if p.modified {
        s.push_str(if id {
            "Diadaptasi dari "
        } else {
            "Adapted from "
        });
    }
    // Title (linked to the source in Markdown and HTML); without a title, "Data".
    let title_links = fmt != Format::Text && p.title.is_some();
    match p.title {
        Some(title) if title_links => {
            s.push('“');
            s.push_str(&render::link(fmt, title, p.source, ""));
            s.push('”');
        }
        Some(title) => {
            s.push('“');
            s.push_str(&t(title));
            s.push('”');
        }
        None => s.push_str(if p.modified { "data" } else { "Data" }),
    }
    if let Some(a) = p.author {
        s.push_str(if id { " oleh " } else { " by " });
        s.push_str(&t(a));
    }
    if let (Some(src), false) = (p.source, title_links) {
        s.push_str(" (");
        if fmt == Format::Text {
            s.push_str(src);
        } else {
            s.push_str(&render::link(
                fmt,
                if id { "sumber" } else { "source" },
                Some(src),
                "",
            ));
        }
        s.push(')');
    }
    let license = p
        .license
        .map(|l| render::link(fmt, l, p.license_url, " rel=\"license\""));
    match (license, p.public_domain, p.modified) {
        (Some(l), true, _) => {
            s.push_str(if id {
                " berstatus domain publik ("
            } else {
                " is in the public domain ("
            });
            s.push_str(&l);
            s.push_str(").");
        }
        (Some(l), false, false) => {
            s.push_str(if id {
                " dilisensikan di bawah "
            } else {
                " is licensed under "
            });
            s.push_str(&l);
            s.push('.');
        }
        (Some(l), false, true) => {
            s.push_str(if id {
                ", yang dilisensikan di bawah "
            } else {
                ", licensed under "
            });
            s.push_str(&l);
            s.push('.');
        }
        (None, _, _) => s.push_str(if id {
            " (lisensi tidak disebutkan)."
        } else {
            " (no licence stated)."
        }),
    }
    if p.modified {
        match &p.changes {
            Some(c) => {
                s.push_str(if id { " Perubahan: " } else { " Changes: " });
                s.push_str(&t(c.trim_end_matches('.')));
                s.push('.');
            }
            None => s.push_str(if id {
                " Materi ini telah diubah."
            } else {
                " The material has been modified."
            }),
        }
    }
    match fmt {
        Format::Html => format!(
            "<p class=\"datago-attribution\" lang=\"{}\">{s}</p>",
            lang.tag()
        ),
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ds(json: &str) -> Dataset {
        Dataset::from_json(json).unwrap()
    }

    #[test]
    fn html_and_markdown_are_inert() {
        let d = ds(
            r#"{"id": "d", "slug": "x", "title": {"id": "<script>alert(\"x\")</script> & 'q'"},
            "author": {"name": "<img src=x onerror=alert(1)>"}, "license": "CC-BY-4.0",
            "landingPage": "javascript:alert(1)"}"#,
        );
        let html = attribution(
            &d,
            None,
            None,
            &AttributionOptions {
                format: Format::Html,
                ..Default::default()
            },
        );
        assert!(!html.text.contains("<script"), "{}", html.text);
        assert!(!html.text.contains("<img"), "{}", html.text);
        assert!(!html.text.contains("javascript:"), "{}", html.text);
        assert!(html
            .text
            .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"));
        let md = attribution(
            &d,
            None,
            None,
            &AttributionOptions {
                format: Format::Markdown,
                ..Default::default()
            },
        );
        assert!(
            md.text.contains(r#"\<script\>alert\(\"x\"\)"#),
            "{}",
            md.text
        );
        assert!(!md.text.contains("javascript:"));
    }

    #[test]
    fn cc4_rules() {
        let d = ds(
            r#"{"id": "d", "slug": "x", "title": {"id": "T"}, "producer": "p", "license": "CC-BY-4.0"}"#,
        );
        let a = attribution(
            &d,
            None,
            None,
            &AttributionOptions {
                cc4: true,
                omit_title: true,
                lang: Lang::En,
                ..Default::default()
            },
        );
        assert_eq!(
            a.text,
            "Data by p is licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)."
        );
        let old = ds(
            r#"{"id": "d", "slug": "x", "title": {"id": "T"}, "producer": "p", "license": "CC-BY-3.0"}"#,
        );
        let a = attribution(
            &old,
            None,
            None,
            &AttributionOptions {
                cc4: true,
                omit_title: true,
                ..Default::default()
            },
        );
        assert_eq!(a.title.as_deref(), Some("T"));
        assert!(a.warnings.iter().any(|w| w.en.contains("CC 3.0")));
        let m = attribution(
            &d,
            None,
            None,
            &AttributionOptions {
                modifications: Some("aggregated per kecamatan".into()),
                lang: Lang::En,
                ..Default::default()
            },
        );
        assert!(
            m.text
                .starts_with("Adapted from “T” by p, licensed under CC BY 4.0"),
            "{}",
            m.text
        );
        assert!(m.text.ends_with("Changes: aggregated per kecamatan."));
    }
}

//! The page frame (head, header, footer with the DataGO credit) and small HTML helpers.

use super::Ctx;
use crate::render::{escape_html, http_url, Format};

/// Escapes document text for HTML.
pub(super) fn esc(s: &str) -> String {
    escape_html(s)
}

/// Percent-encodes a relative path for an `href`, keeping `/`.
pub(super) fn href_path(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    for b in p.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// An external link (http/https only, else the text alone).
pub(super) fn ext_link(text: &str, url: &str) -> String {
    match http_url(url) {
        Some(u) => format!("<a href=\"{}\">{}</a>", esc(&u), esc(text)),
        None => esc(text),
    }
}

/// A byte count for people: `389 B`, `12.5 KB`, `3.1 MB`.
pub(super) fn size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut v = bytes as f64 / 1024.0;
    let mut u = 0;
    while v >= 1024.0 && u < UNITS.len() - 1 {
        v /= 1024.0;
        u += 1;
    }
    format!("{v:.1} {}", UNITS[u])
}

/// One page.
pub(super) struct Page<'p> {
    /// `<title>` (before the site name) and `<h1>` are separate: this is the `<title>` part.
    pub title: &'p str,
    /// The path from the page back to the site root (`""`, `"../"`, `"../../"`).
    pub root: &'p str,
    /// Extra elements of `<head>` (already safe HTML).
    pub head: String,
    /// The contents of `<main>` (already safe HTML).
    pub main: String,
}

/// The whole document around `page`.
pub(super) fn document(ctx: &Ctx<'_>, page: &Page<'_>) -> String {
    let root = page.root;
    let name = esc(&ctx.name);
    let title = if page.title.is_empty() {
        name.clone()
    } else {
        format!("{} — {name}", esc(page.title))
    };
    let credit = ctx
        .branding
        .clone()
        .with_logo(format!("{root}{}/logo-datago.svg", super::WASM_DIR))
        .credit(ctx.lang, Format::Html);
    format!(
        concat!(
            "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n",
            "<meta charset=\"utf-8\">\n",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
            "<title>{title}</title>\n",
            "<link rel=\"stylesheet\" href=\"{root}assets/style.css\">\n",
            "<link rel=\"icon\" href=\"{root}{wasm}/logo-datago.svg\" type=\"image/svg+xml\">\n",
            "<link rel=\"alternate\" type=\"application/ld+json\" href=\"{root}catalog.jsonld\" title=\"DCAT-AP (JSON-LD)\">\n",
            "<link rel=\"alternate\" type=\"text/turtle\" href=\"{root}catalog.ttl\" title=\"DCAT-AP (Turtle)\">\n",
            "{head}",
            "</head>\n<body>\n",
            "<a class=\"skip\" href=\"#main\">{skip}</a>\n",
            "<header class=\"site\"><div class=\"wrap\">\n",
            "<a class=\"name\" href=\"{root}index.html\">{name}</a>\n",
            "<nav aria-label=\"{nav}\"><a href=\"{root}index.html\">{home}</a>",
            "<a href=\"{root}dataset/index.html\">Dataset</a>",
            "<a href=\"{root}organization/index.html\">{orgs}</a></nav>\n",
            "</div></header>\n",
            "<main id=\"main\" class=\"wrap\">\n{main}</main>\n",
            "<footer class=\"site\"><div class=\"wrap\">\n{credit}\n",
            "<p>{machine}: <a href=\"{root}catalog.jsonld\">catalog.jsonld</a> · ",
            "<a href=\"{root}catalog.ttl\">catalog.ttl</a> · <a href=\"{root}data.json\">data.json</a></p>\n",
            "</div></footer>\n",
            "</body>\n</html>\n"
        ),
        lang = ctx.lang.tag(),
        title = title,
        root = root,
        head = page.head,
        skip = ctx.t("Langsung ke isi", "Skip to content"),
        name = name,
        nav = ctx.t("Navigasi utama", "Main navigation"),
        home = ctx.t("Beranda", "Home"),
        orgs = ctx.t("Organisasi", "Organizations"),
        main = page.main,
        credit = credit,
        machine = ctx.t("Metadata terbaca mesin", "Machine-readable metadata"),
        wasm = super::WASM_DIR,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert_eq!(href_path("data/a b\"<x>.csv"), "data/a%20b%22%3Cx%3E.csv");
        assert_eq!(size(389), "389 B");
        assert_eq!(size(1536), "1.5 KB");
        assert_eq!(size(3 * 1024 * 1024), "3.0 MB");
        assert_eq!(
            ext_link("<x>", "javascript:alert(1)"),
            "&lt;x&gt;",
            "only http(s) links"
        );
        assert_eq!(
            ext_link("a", "https://example.go.id/a\"b"),
            "<a href=\"https://example.go.id/a%22b\">a</a>"
        );
    }
}

//! Checking a replica's home page for the DataGO logo and link (ketentuan khusus 9).
//!
//! The page is parsed as a browser would parse it (html5ever, the HTML5 parsing algorithm, with
//! scripting on as in a browser, so `<noscript>` content is not rendered). What counts as **on
//! the home page**: elements of the parsed document, outside
//! - inert content: HTML comments, `<template>`, `<noscript>`, `<script>`, `<style>`,
//!   `<textarea>`, `<title>`, `<xmp>`, `<iframe>` (another document), `<noembed>`,
//!   `<noframes>`;
//! - hidden subtrees: an element or ancestor with the `hidden` attribute, `aria-hidden="true"`,
//!   an inline style with `display:none`, `visibility:hidden|collapse`, `opacity:0`, a zero (or
//!   1 px) `width`/`height`/`max-width`/`max-height`/`font-size`, `transform:scale(0)`, a
//!   `clip`/`clip-path` that cuts everything, or an off-screen offset (`left:-9999px`,
//!   `text-indent:-9999px`); `width="0"`/`height="0"` attributes; a hiding utility class
//!   (`d-none`, `hidden`, `sr-only`, `visually-hidden`, … unless a responsive class such as
//!   `d-md-block` shows it again); a rule of the page's own `<style>` that hides it (simple
//!   selectors; pseudo-classes and `@media` blocks are not taken as hiding, and a `@media` rule
//!   showing the element again wins); a closed `<details>` (except its `<summary>`) or a closed
//!   `<dialog>`;
//! - a link is also **not working** when it or an ancestor has `inert` or
//!   `pointer-events:none`.
//!
//! A **link to DataGO** is an `<a>`/`<area>` whose `href` is `http` or `https` (or
//! protocol-relative) to the host `datago.magelangkota.go.id` exactly (case-insensitive, a
//! trailing dot and the scheme's default port tolerated, any path; a path other than `/` is
//! reported as information). Look-alikes are wrong hosts: `datago.magelangkota.go.id.evil.com`,
//! `datag0.magelangkota.go.id`, `www.datago.magelangkota.go.id`, userinfo tricks
//! (`https://datago.magelangkota.go.id@evil.com`), backslashes, other ports. A **DataGO logo** is
//! an `<img>` (its `src`, `srcset`, `data-src`, `alt`, `title` or `aria-label`), an `<svg>`
//! (`aria-label` or `<title>`), an `<object>`/`<embed>` or a `role="img"` element whose words
//! name DataGO (`datago`, `data go`, `Data Kota Magelang Open`; `logo-datago.png` counts,
//! `Satu Data Gorontalo` does not). It should be inside or next to the link (same parent, or one
//! level apart); otherwise that is reported as information.
//!
//! Not evaluated: external stylesheets and scripts. A page built by JavaScript must be checked
//! after rendering (e.g. the browser's `document.documentElement.outerHTML`).

use std::collections::HashSet;

use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use schemars::JsonSchema;
use scraper::{ElementRef, Html, Node, Selector};
use serde::{Deserialize, Serialize};

use super::{tables, ReplicaError, DATAGO_HOST, MAX_HOMEPAGE_BYTES};
use crate::finding::{Finding, Message, Severity};
use crate::rules;

/// The result of [`check_homepage`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ComplianceReport {
    /// No finding of severity error: the home page meets provision 9.
    pub compliant: bool,
    /// A visible, working link to <https://datago.magelangkota.go.id> was found.
    pub link: bool,
    /// A visible DataGO logo was found.
    pub logo: bool,
    /// Every finding; `path` is an XPath-like location (`/html/body/footer[1]/a[2]`).
    pub findings: Vec<Finding>,
}

/// Checks raw bytes (a saved page): UTF-8 (a BOM is skipped), no NUL bytes, at most
/// [`MAX_HOMEPAGE_BYTES`].
pub fn check_homepage_bytes(bytes: &[u8]) -> Result<ComplianceReport, ReplicaError> {
    if bytes.len() > MAX_HOMEPAGE_BYTES {
        return Err(ReplicaError::TooLarge {
            bytes: bytes.len(),
            max: MAX_HOMEPAGE_BYTES,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| ReplicaError::NotText {
        at: e.valid_up_to(),
    })?;
    check_homepage(text)
}

/// Checks the HTML of a replica's home page for the DataGO logo and a working, visible link to
/// <https://datago.magelangkota.go.id>. Errors only for unusable input (empty, binary, no HTML
/// markup, too large); anything else is parsed as a browser would and reported on.
pub fn check_homepage(html: &str) -> Result<ComplianceReport, ReplicaError> {
    if html.len() > MAX_HOMEPAGE_BYTES {
        return Err(ReplicaError::TooLarge {
            bytes: html.len(),
            max: MAX_HOMEPAGE_BYTES,
        });
    }
    if html.trim().is_empty() {
        return Err(ReplicaError::Empty);
    }
    if let Some(at) = html.bytes().position(|b| b == 0) {
        return Err(ReplicaError::NotText { at });
    }
    let has_markup = html.as_bytes().windows(2).any(|w| {
        w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'!' || w[1] == b'/' || w[1] == b'?')
    });
    if !has_markup {
        return Err(ReplicaError::NotHtml);
    }
    let doc = Html::parse_document(html);
    Ok(Walk::run(&doc).report(&doc))
}

/// Why something is not visible (or not working), in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Reason {
    id: String,
    en: String,
}

impl Reason {
    fn same(s: impl Into<String>) -> Reason {
        let s = s.into();
        Reason {
            id: s.clone(),
            en: s,
        }
    }

    fn new(id: impl Into<String>, en: impl Into<String>) -> Reason {
        Reason {
            id: id.into(),
            en: en.into(),
        }
    }

    fn from_message(m: &Message) -> Reason {
        Reason::new(m.id.clone(), m.en.clone())
    }
}

/// The inherited state of an open element.
#[derive(Debug, Clone, Default)]
struct Ctx {
    hidden: Option<Reason>,
    disabled: Option<Reason>,
    inert: Option<Reason>,
    /// Index into `links` of the enclosing DataGO link.
    link: Option<usize>,
    /// The element is a `<details>` without `open`.
    closed_details: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Href {
    /// To DataGO: `insecure` for http, `home` for the root path.
    DataGo { insecure: bool, home: bool },
    /// To another host, though it looks meant for DataGO.
    LookAlike { host: String },
    /// Anything else.
    Other,
}

#[derive(Debug)]
struct LinkInfo {
    node: NodeId,
    href: String,
    kind: Href,
    hidden: Option<Reason>,
    disabled: Option<Reason>,
    inert: Option<Reason>,
}

impl LinkInfo {
    fn works(&self) -> bool {
        self.hidden.is_none() && self.disabled.is_none() && self.inert.is_none()
    }
}

#[derive(Debug)]
struct LogoInfo {
    node: NodeId,
    has_alt: bool,
    hidden: Option<Reason>,
    inert: Option<Reason>,
    link: Option<usize>,
}

enum RuleKind {
    Hide(Reason),
    Show,
}

struct StyleRule {
    selector: Selector,
    kind: RuleKind,
}

/// At most this many `<style>` rules are evaluated (each is matched against every element).
const MAX_STYLE_RULES: usize = 256;
/// At most this many links and logos are kept.
const MAX_ITEMS: usize = 2048;

struct Walk {
    links: Vec<LinkInfo>,
    logos: Vec<LogoInfo>,
    /// The DataGO address inside inert content (comment, `<noscript>`, …).
    inert_links: Vec<(NodeId, Reason)>,
    inert_logos: Vec<(NodeId, Reason)>,
    /// The DataGO address written as visible text outside any link.
    text_links: Vec<NodeId>,
}

fn parent_elements(node: NodeRef<'_, Node>) -> (Option<NodeId>, Option<NodeId>) {
    let p = node.parent();
    (
        p.map(|p| p.id()),
        p.and_then(|p| p.parent()).map(|g| g.id()),
    )
}

impl Walk {
    fn run(doc: &Html) -> Walk {
        let rules = style_rules(doc);
        let vis = &tables().visibility;
        let mut w = Walk {
            links: Vec::new(),
            logos: Vec::new(),
            inert_links: Vec::new(),
            inert_logos: Vec::new(),
            text_links: Vec::new(),
        };
        let mut stack: Vec<Ctx> = vec![Ctx::default()];
        for edge in doc.tree.root().traverse() {
            match edge {
                Edge::Open(node) => match node.value() {
                    Node::Element(el) => {
                        let parent = stack.last().cloned().unwrap_or_default();
                        let mut c = Ctx {
                            closed_details: false,
                            ..parent.clone()
                        };
                        let name = el.name();
                        if c.inert.is_none() {
                            c.inert = vis.inert_elements.get(name).map(Reason::from_message);
                        }
                        if c.hidden.is_none() {
                            c.hidden = hidden_reason(node, &rules, parent.closed_details);
                        }
                        if c.disabled.is_none() {
                            c.disabled = disabled_reason(el);
                        }
                        c.closed_details = name == "details" && el.attr("open").is_none();
                        if (name == "a" || name == "area") && w.links.len() < MAX_ITEMS {
                            if let Some(href) = el.attr("href") {
                                let kind = classify(href, node);
                                if kind != Href::Other {
                                    if matches!(kind, Href::DataGo { .. }) {
                                        c.link = Some(w.links.len());
                                    }
                                    w.links.push(LinkInfo {
                                        node: node.id(),
                                        href: href.chars().take(200).collect(),
                                        kind,
                                        hidden: c.hidden.clone(),
                                        disabled: c.disabled.clone(),
                                        inert: c.inert.clone(),
                                    });
                                }
                            }
                        }
                        if w.logos.len() < MAX_ITEMS {
                            if let Some(has_alt) = logo(node) {
                                w.logos.push(LogoInfo {
                                    node: node.id(),
                                    has_alt,
                                    hidden: c.hidden.clone(),
                                    inert: c.inert.clone(),
                                    link: c.link,
                                });
                            }
                        }
                        stack.push(c);
                    }
                    // The contents of a <template>.
                    Node::Fragment => {
                        let c = stack.last().cloned().unwrap_or_default();
                        stack.push(c);
                    }
                    Node::Comment(comment) => {
                        let where_ = Reason::from_message(&vis.comment);
                        w.inert_text(node.id(), comment, &where_);
                    }
                    Node::Text(text) => {
                        let c = stack.last().cloned().unwrap_or_default();
                        match c.inert {
                            Some(where_) => w.inert_text(node.id(), text, &where_),
                            None => {
                                if c.hidden.is_none()
                                    && c.link.is_none()
                                    && w.text_links.len() < MAX_ITEMS
                                    && contains_host(text)
                                {
                                    w.text_links.push(node.id());
                                }
                            }
                        }
                    }
                    _ => {}
                },
                Edge::Close(node) => {
                    if matches!(node.value(), Node::Element(_) | Node::Fragment) {
                        stack.pop();
                    }
                }
            }
        }
        w
    }

    fn inert_text(&mut self, node: NodeId, text: &str, where_: &Reason) {
        if self.inert_links.len() < MAX_ITEMS && contains_host(text) {
            self.inert_links.push((node, where_.clone()));
        }
        if self.inert_logos.len() < MAX_ITEMS {
            let lower = text.to_lowercase();
            if (lower.contains("<img") || lower.contains("<svg")) && names_datago(text) {
                self.inert_logos.push((node, where_.clone()));
            }
        }
    }

    fn report(self, doc: &Html) -> ComplianceReport {
        let mut findings: Vec<Finding> = Vec::new();
        let path = |id: NodeId| doc.tree.get(id).map(xpath).unwrap_or_default();
        let datago: Vec<(usize, &LinkInfo)> = self
            .links
            .iter()
            .enumerate()
            .filter(|(_, l)| matches!(l.kind, Href::DataGo { .. }))
            .collect();
        let working: Vec<(usize, &LinkInfo)> =
            datago.iter().copied().filter(|(_, l)| l.works()).collect();

        if working.is_empty() {
            let visible_or_not = |pick: fn(&LinkInfo) -> Option<&Reason>| {
                datago
                    .iter()
                    .filter(|(_, l)| l.inert.is_none())
                    .find_map(|(_, l)| pick(l).map(|r| (l.node, r.clone())))
            };
            if let Some((node, r)) = visible_or_not(|l| l.hidden.as_ref()) {
                findings.push(Finding::new(
                    &rules::REPLICA_LINK_HIDDEN,
                    path(node),
                    &[("reason_id", &r.id), ("reason_en", &r.en)],
                ));
            } else if let Some((node, r)) = visible_or_not(|l| l.disabled.as_ref()) {
                findings.push(Finding::new(
                    &rules::REPLICA_LINK_DISABLED,
                    path(node),
                    &[("reason_id", &r.id), ("reason_en", &r.en)],
                ));
            } else if let Some(&node) = self.text_links.first() {
                findings.push(Finding::new(
                    &rules::REPLICA_LINK_TEXT_ONLY,
                    path(node),
                    &[],
                ));
            } else if let Some((node, r)) = datago
                .iter()
                .find_map(|(_, l)| l.inert.as_ref().map(|r| (l.node, r)))
                .or_else(|| self.inert_links.first().map(|(n, r)| (*n, r)))
            {
                findings.push(Finding::new(
                    &rules::REPLICA_LINK_INERT,
                    path(node),
                    &[("where_id", &r.id), ("where_en", &r.en)],
                ));
            } else {
                findings.push(Finding::new(
                    &rules::REPLICA_LINK_MISSING,
                    "/html/body",
                    &[],
                ));
            }
        } else {
            let secure = working.iter().any(|(_, l)| {
                matches!(
                    l.kind,
                    Href::DataGo {
                        insecure: false,
                        ..
                    }
                )
            });
            if !secure {
                findings.push(Finding::new(
                    &rules::REPLICA_LINK_INSECURE,
                    path(working[0].1.node),
                    &[],
                ));
            }
            let home = working
                .iter()
                .any(|(_, l)| matches!(l.kind, Href::DataGo { home: true, .. }));
            if !home {
                let l = working[0].1;
                findings.push(Finding::new(
                    &rules::REPLICA_LINK_NOT_HOME,
                    path(l.node),
                    &[("value", &l.href)],
                ));
            }
        }
        for l in self.links.iter().filter(|l| l.inert.is_none()).take(10) {
            if let Href::LookAlike { host } = &l.kind {
                findings.push(Finding::new(
                    &rules::REPLICA_LINK_WRONG_HOST,
                    path(l.node),
                    &[("value", &l.href), ("host", host)],
                ));
            }
        }

        // Logos.
        let visible: Vec<&LogoInfo> = self
            .logos
            .iter()
            .filter(|g| g.hidden.is_none() && g.inert.is_none())
            .collect();
        if visible.is_empty() {
            if let Some(g) = self
                .logos
                .iter()
                .find(|g| g.inert.is_none() && g.hidden.is_some())
            {
                let r = g.hidden.clone().unwrap_or_else(|| Reason::same("-"));
                findings.push(Finding::new(
                    &rules::REPLICA_LOGO_HIDDEN,
                    path(g.node),
                    &[("reason_id", &r.id), ("reason_en", &r.en)],
                ));
            } else if let Some((node, r)) = self
                .logos
                .iter()
                .find_map(|g| g.inert.as_ref().map(|r| (g.node, r)))
                .or_else(|| self.inert_logos.first().map(|(n, r)| (*n, r)))
            {
                findings.push(Finding::new(
                    &rules::REPLICA_LOGO_INERT,
                    path(node),
                    &[("where_id", &r.id), ("where_en", &r.en)],
                ));
            } else {
                findings.push(Finding::new(
                    &rules::REPLICA_LOGO_MISSING,
                    "/html/body",
                    &[],
                ));
            }
        } else {
            if !visible.iter().any(|g| g.has_alt) {
                findings.push(Finding::new(
                    &rules::REPLICA_LOGO_NO_ALT,
                    path(visible[0].node),
                    &[],
                ));
            }
            if !working.is_empty() {
                let near = |g: &LogoInfo| {
                    if g.link
                        .is_some_and(|i| self.links.get(i).is_some_and(LinkInfo::works))
                    {
                        return true;
                    }
                    let Some(gn) = doc.tree.get(g.node) else {
                        return false;
                    };
                    let (gp, gg) = parent_elements(gn);
                    working.iter().any(|(_, l)| {
                        doc.tree.get(l.node).is_some_and(|ln| {
                            let (lp, lg) = parent_elements(ln);
                            (gp.is_some() && (gp == lp || gp == lg)) || (gg.is_some() && gg == lp)
                        })
                    })
                };
                if !visible.iter().any(|g| near(g)) {
                    findings.push(Finding::new(
                        &rules::REPLICA_LOGO_NOT_LINKED,
                        path(visible[0].node),
                        &[],
                    ));
                }
            }
        }

        ComplianceReport {
            compliant: !findings.iter().any(|f| f.severity == Severity::Error),
            link: !working.is_empty(),
            logo: !visible.is_empty(),
            findings,
        }
    }
}

/// `/html/body/footer[1]/a[2]`: element names with their position among same-named siblings;
/// `text()`/`comment()` for those nodes.
fn xpath(node: NodeRef<'_, Node>) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut cur = Some(node);
    while let Some(n) = cur {
        match n.value() {
            Node::Element(el) => {
                let name = el.name();
                let index = 1 + n
                    .prev_siblings()
                    .filter(|s| s.value().as_element().is_some_and(|e| e.name() == name))
                    .count();
                let same = n
                    .next_siblings()
                    .any(|s| s.value().as_element().is_some_and(|e| e.name() == name));
                if index > 1 || same {
                    parts.push(format!("{name}[{index}]"));
                } else {
                    parts.push(name.to_string());
                }
            }
            Node::Text(_) => parts.push("text()".into()),
            Node::Comment(_) => parts.push("comment()".into()),
            Node::Fragment => parts.push("#content".into()),
            _ => {}
        }
        cur = n.parent();
    }
    parts.reverse();
    format!("/{}", parts.join("/"))
}

/// True when `s` mentions the DataGO host (not merely a look-alike such as
/// `datago.magelangkota.go.id.evil.com` or `xdatago.magelangkota.go.id`).
fn contains_host(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    let part = |c: char| c.is_ascii_alphanumeric() || c == '-';
    let mut from = 0;
    while let Some(i) = lower[from..].find(DATAGO_HOST) {
        let start = from + i;
        let end = start + DATAGO_HOST.len();
        let ok_before = lower[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !(part(c) || c == '.'));
        let tail = &lower[end..];
        // A following `.` continues the host name unless it ends the sentence.
        let ok_after = match tail.chars().next() {
            None => true,
            Some('.') => tail[1..].chars().next().is_none_or(|c| !part(c)),
            Some(c) => !part(c),
        };
        if ok_before && ok_after {
            return true;
        }
        from = end;
    }
    false
}

/// Lowercase words of `s`, split at non-alphanumerics and camelCase humps.
fn words(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in s.chars().take(2000) {
        if c.is_alphanumeric() {
            if c.is_uppercase() && prev_lower && !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = c.is_lowercase() || c.is_numeric();
            cur.extend(c.to_lowercase());
        } else {
            prev_lower = false;
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// True when the words of `s` name DataGO (`datago`, `data go`, `Data Kota Magelang Open`).
fn names_datago(s: &str) -> bool {
    let w = words(s);
    tables().logo.names.iter().any(|name| {
        !name.is_empty()
            && w.windows(name.len())
                .any(|win| win.iter().zip(name).all(|(a, b)| a == b))
    })
}

/// `Some(has_alt)` when the element is a DataGO logo.
fn logo(node: NodeRef<'_, Node>) -> Option<bool> {
    let el = node.value().as_element()?;
    let attr = |n: &str| el.attr(n).unwrap_or_default();
    let label = |n: &str| names_datago(attr(n));
    match el.name() {
        "img" => {
            let by_text = label("alt") || label("title") || label("aria-label");
            let by_src = label("src") || label("srcset") || label("data-src");
            (by_text || by_src)
                .then(|| !attr("alt").trim().is_empty() || !attr("aria-label").trim().is_empty())
        }
        "svg" => {
            let title = node.children().any(|c| {
                c.value().as_element().is_some_and(|e| e.name() == "title")
                    && ElementRef::wrap(c)
                        .is_some_and(|e| names_datago(&e.text().collect::<String>()))
            });
            (label("aria-label") || title).then_some(true)
        }
        "object" | "embed" => {
            (label("data") || label("src") || label("aria-label") || label("title"))
                .then(|| !attr("aria-label").trim().is_empty() || !attr("title").trim().is_empty())
        }
        _ if attr("role") == "img" => label("aria-label").then_some(true),
        _ => None,
    }
}

/// What an `href` points to.
fn classify(href: &str, node: NodeRef<'_, Node>) -> Href {
    // Browsers drop tabs and newlines anywhere in a URL, and leading/trailing spaces.
    let h: String = href
        .trim_matches(|c: char| c.is_ascii_whitespace() || c.is_control())
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let lower = h.to_ascii_lowercase();
    let (insecure, rest) = if let Some(r) = lower.strip_prefix("https:") {
        (false, r)
    } else if let Some(r) = lower.strip_prefix("http:") {
        (true, r)
    } else if lower.starts_with("//") {
        (false, lower.as_str())
    } else {
        // Relative links stay on the replica; `javascript:`/`data:` URLs naming DataGO's host
        // are not links to it.
        return if lower.contains(DATAGO_HOST) {
            Href::LookAlike {
                host: h.chars().take(100).collect(),
            }
        } else {
            Href::Other
        };
    };
    // Special schemes: any number of slashes and backslashes before the authority.
    let rest = rest.trim_start_matches(['/', '\\']);
    let end = rest.find(['/', '\\', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let path = &rest[end..];
    let hostport = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) if !h.ends_with(']') || h.starts_with('[') => (h, Some(p)),
        _ => (hostport, None),
    };
    let host = percent_decode(host);
    let host = host.trim_end_matches('.');
    let default_port =
        port.is_none_or(|p| p.is_empty() || (insecure && p == "80") || (!insecure && p == "443"));
    if host == DATAGO_HOST && default_port && !authority.contains('@') {
        let p = path.split(['?', '#']).next().unwrap_or_default();
        let home = matches!(p, "" | "/" | "/index.html" | "/index.php");
        return Href::DataGo { insecure, home };
    }
    let suspicious = host.contains("datago")
        || host.contains("datag0")
        || host.contains("magelangkota")
        || lower.contains(DATAGO_HOST)
        || link_names_datago(node);
    if suspicious {
        let shown = if authority.contains('@') || !default_port {
            hostport.to_string()
        } else {
            host.to_string()
        };
        Href::LookAlike {
            host: shown.chars().take(100).collect(),
        }
    } else {
        Href::Other
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).ok();
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).to_ascii_lowercase()
}

/// The link's text, title, label or an image inside it names DataGO.
fn link_names_datago(node: NodeRef<'_, Node>) -> bool {
    let Some(el) = ElementRef::wrap(node) else {
        return false;
    };
    let v = el.value();
    if ["title", "aria-label"]
        .iter()
        .any(|a| v.attr(a).is_some_and(names_datago))
    {
        return true;
    }
    let text: String = el.text().flat_map(str::chars).take(2000).collect();
    names_datago(&text)
        || node
            .descendants()
            .skip(1)
            .take(200)
            .any(|d| logo(d).is_some())
}

/// Declarations of an inline style or a rule: `(property, value)` lowercased, `!important`
/// dropped.
fn declarations(style: &str) -> Vec<(String, String)> {
    style
        .split(';')
        .filter_map(|d| {
            let (p, v) = d.split_once(':')?;
            let v = v.to_ascii_lowercase().replace("!important", "");
            Some((p.trim().to_ascii_lowercase(), v.trim().to_string()))
        })
        .take(64)
        .collect()
}

/// The number at the start of a CSS length and its unit (`-9999px` → (-9999, "px")).
fn length(v: &str) -> Option<(f64, String)> {
    let v = v.trim();
    let end = v
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == '+'))
        .unwrap_or(v.len());
    let n: f64 = v[..end].parse().ok()?;
    Some((n, v[end..].trim().to_string()))
}

fn tiny(v: &str) -> bool {
    match length(v) {
        Some((n, unit)) => match unit.as_str() {
            "" | "px" => n.abs() < 2.0,
            _ => n == 0.0,
        },
        None => false,
    }
}

fn off_screen(v: &str) -> bool {
    match length(v) {
        Some((n, unit)) => match unit.as_str() {
            "px" | "" => n <= -999.0,
            "em" | "rem" => n <= -60.0,
            "%" | "vw" | "vh" => n <= -100.0,
            _ => false,
        },
        None => false,
    }
}

/// Why these declarations hide an element, if they do.
fn style_hides(style: &str) -> Option<Reason> {
    for (p, v) in declarations(style) {
        let hit = match p.as_str() {
            "display" => (v == "none").then(|| Reason::same("display:none")),
            "visibility" => matches!(v.as_str(), "hidden" | "collapse")
                .then(|| Reason::same(format!("visibility:{v}"))),
            "opacity" => length(&v)
                .is_some_and(|(n, _)| n <= 0.0)
                .then(|| Reason::same("opacity:0")),
            "width" | "height" | "max-width" | "max-height" | "font-size" => tiny(&v).then(|| {
                Reason::new(
                    format!("ukuran nol ({p}:{v})"),
                    format!("zero size ({p}:{v})"),
                )
            }),
            "left" | "top" | "right" | "margin-left" | "margin-top" | "text-indent" => {
                off_screen(&v).then(|| {
                    Reason::new(
                        format!("di luar layar ({p}:{v})"),
                        format!("off-screen ({p}:{v})"),
                    )
                })
            }
            "transform" => {
                (v.contains("scale(0)") || v.contains("scale(0,") || v.contains("scale(0 "))
                    .then(|| Reason::same("transform:scale(0)"))
            }
            "clip" => {
                let inner = v.trim_start_matches("rect(").trim_end_matches(')');
                let all_tiny = v.starts_with("rect(")
                    && inner.split([',', ' ']).filter(|s| !s.is_empty()).all(tiny);
                all_tiny.then(|| {
                    Reason::new(format!("terpotong ({p}:{v})"), format!("clipped ({p}:{v})"))
                })
            }
            "clip-path" => {
                let cut = v.starts_with("inset(50%")
                    || v.starts_with("inset(100%")
                    || v.starts_with("circle(0");
                cut.then(|| {
                    Reason::new(format!("terpotong ({p}:{v})"), format!("clipped ({p}:{v})"))
                })
            }
            _ => None,
        };
        if hit.is_some() {
            return hit;
        }
    }
    None
}

/// Declarations that show an element again (for `@media` rules).
fn style_shows(style: &str) -> bool {
    declarations(style)
        .iter()
        .any(|(p, v)| (p == "display" && v != "none") || (p == "visibility" && v == "visible"))
}

fn hidden_reason(
    node: NodeRef<'_, Node>,
    rules: &[StyleRule],
    in_closed_details: bool,
) -> Option<Reason> {
    let el = node.value().as_element()?;
    let vis = &tables().visibility;
    if el.attr("hidden").is_some() {
        return Some(Reason::new("atribut hidden", "the hidden attribute"));
    }
    if el
        .attr("aria-hidden")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return Some(Reason::same("aria-hidden=\"true\""));
    }
    if in_closed_details && el.name() != "summary" {
        return Some(Reason::new("<details> yang tertutup", "a closed <details>"));
    }
    if el.name() == "dialog" && el.attr("open").is_none() {
        return Some(Reason::new("<dialog> yang tertutup", "a closed <dialog>"));
    }
    for a in ["width", "height"] {
        if el.attr(a).is_some_and(tiny) {
            return Some(Reason::new(
                format!("ukuran nol ({a}=\"{}\")", el.attr(a).unwrap_or_default()),
                format!("zero size ({a}=\"{}\")", el.attr(a).unwrap_or_default()),
            ));
        }
    }
    if let Some(r) = el.attr("style").and_then(style_hides) {
        return Some(r);
    }
    let classes: Vec<String> = el.classes().map(|c| c.to_ascii_lowercase()).collect();
    let responsive = classes.iter().any(|c| {
        vis.responsive_show_patterns
            .iter()
            .any(|p| c.starts_with(p.as_str()))
            && !c.ends_with("none")
            && !c.ends_with("hidden")
    });
    if !responsive {
        if let Some(c) = classes.iter().find(|c| vis.hidden_classes.contains(c)) {
            return Some(Reason::new(format!("kelas '{c}'"), format!("class '{c}'")));
        }
    }
    if rules.is_empty() {
        return None;
    }
    let er = ElementRef::wrap(node)?;
    let shown = rules
        .iter()
        .any(|r| matches!(r.kind, RuleKind::Show) && r.selector.matches(&er));
    if shown {
        return None;
    }
    rules.iter().find_map(|r| match &r.kind {
        RuleKind::Hide(reason) if r.selector.matches(&er) => Some(reason.clone()),
        _ => None,
    })
}

fn disabled_reason(el: &scraper::node::Element) -> Option<Reason> {
    if el.attr("inert").is_some() {
        return Some(Reason::new("atribut inert", "the inert attribute"));
    }
    let style = el.attr("style")?;
    declarations(style)
        .iter()
        .any(|(p, v)| p == "pointer-events" && v == "none")
        .then(|| Reason::same("pointer-events:none"))
}

/// The hiding (and, inside `@media`, re-showing) rules of the page's own `<style>` elements.
fn style_rules(doc: &Html) -> Vec<StyleRule> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for node in doc.tree.root().descendants() {
        if out.len() >= MAX_STYLE_RULES {
            break;
        }
        let is_style = node
            .value()
            .as_element()
            .is_some_and(|e| e.name() == "style");
        if !is_style {
            continue;
        }
        let css: String = node
            .children()
            .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
            .collect();
        parse_css(&strip_comments(&css), false, &mut out, &mut seen, 0);
    }
    out
}

fn strip_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(i) = rest.find("/*") {
        out.push_str(&rest[..i]);
        match rest[i + 2..].find("*/") {
            Some(j) => rest = &rest[i + 2 + j + 2..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

/// Index of the `}` that closes the block opened just before `s` (`s` starts after `{`).
fn block_end(s: &str) -> Option<usize> {
    let mut depth = 1usize;
    for (i, b) in s.bytes().enumerate() {
        match b {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

fn parse_css(
    css: &str,
    in_media: bool,
    out: &mut Vec<StyleRule>,
    seen: &mut HashSet<String>,
    depth: usize,
) {
    let mut rest = css;
    while let Some(open) = rest.find('{') {
        if out.len() >= MAX_STYLE_RULES {
            return;
        }
        let prelude = rest[..open].trim();
        // An at-rule without a block (`@import …;`) may precede the prelude.
        let prelude = prelude.rsplit(';').next().unwrap_or(prelude).trim();
        let body_start = open + 1;
        let Some(len) = block_end(&rest[body_start..]) else {
            return;
        };
        let body = &rest[body_start..body_start + len];
        rest = &rest[body_start + len + 1..];
        if let Some(at) = prelude.strip_prefix('@') {
            if depth < 4
                && (at.starts_with("media")
                    || at.starts_with("supports")
                    || at.starts_with("layer"))
            {
                parse_css(
                    body,
                    in_media || at.starts_with("media"),
                    out,
                    seen,
                    depth + 1,
                );
            }
            continue;
        }
        // Pseudo-classes make a rule conditional (`:hover`, `:not(:focus)`): not evaluated.
        if prelude.is_empty() || prelude.contains(':') || prelude.len() > 500 {
            continue;
        }
        let kind = if in_media {
            if !style_shows(body) {
                continue;
            }
            RuleKind::Show
        } else {
            match style_hides(body) {
                Some(r) => RuleKind::Hide(Reason::new(
                    format!("aturan CSS '{prelude}' ({})", r.id),
                    format!("CSS rule '{prelude}' ({})", r.en),
                )),
                None => continue,
            }
        };
        if !seen.insert(format!("{in_media}{prelude}{body}")) {
            continue;
        }
        if let Ok(selector) = Selector::parse(prelude) {
            out.push(StyleRule { selector, kind });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(html: &str) -> Vec<String> {
        let mut v: Vec<String> = check_homepage(html)
            .unwrap()
            .findings
            .into_iter()
            .map(|f| f.code)
            .collect();
        v.sort();
        v
    }

    const GOOD: &str = r#"<footer><a href="https://datago.magelangkota.go.id/"><img src="/img/logo-datago.png" alt="Logo DataGO"></a></footer>"#;

    #[test]
    fn compliant_and_variants() {
        assert!(codes(GOOD).is_empty(), "{:?}", codes(GOOD));
        let r = check_homepage(GOOD).unwrap();
        assert!(r.compliant && r.link && r.logo);
        assert!(codes(&GOOD.replace("https:", "http:")) == ["replica.homepage.link-insecure"]);
        assert!(codes(&GOOD.replace(".go.id/", ".go.id")).is_empty());
        assert!(codes(&GOOD.replace(".go.id/", ".go.id./")).is_empty());
        assert!(codes(&GOOD.replace("https://", "//")).is_empty());
        assert!(codes(&GOOD.replace("https://datago", "HTTPS://DataGO")).is_empty());
    }

    #[test]
    fn look_alikes_are_wrong_hosts() {
        for host in [
            "https://datago.magelangkota.go.id.evil.com/",
            "https://datag0.magelangkota.go.id/",
            "https://magelangkota.go.id@evil.com/",
            "https://datago.magelangkota.go.id@evil.com/",
            "https://www.datago.magelangkota.go.id/",
            "https://evil.com/datago.magelangkota.go.id",
            "https://evil.com\\@datago.magelangkota.go.id",
            "https://datago.magelangkota.go.id:8443/",
            "javascript:location='https://datago.magelangkota.go.id'",
        ] {
            let html = GOOD.replace("https://datago.magelangkota.go.id/", host);
            let c = codes(&html);
            assert!(
                c.contains(&"replica.homepage.link-missing".to_string()),
                "{host}: {c:?}"
            );
            assert!(
                c.contains(&"replica.homepage.link-wrong-host".to_string()),
                "{host}: {c:?}"
            );
        }
    }

    #[test]
    fn hidden_inert_and_words() {
        let c = codes(&format!(
            "<div style='display: none !important'>{GOOD}</div>"
        ));
        assert_eq!(
            c,
            [
                "replica.homepage.link-hidden",
                "replica.homepage.logo-hidden"
            ]
        );
        let c = codes(&format!("<!-- {GOOD} --><p>x</p>"));
        assert_eq!(
            c,
            ["replica.homepage.link-inert", "replica.homepage.logo-inert"]
        );
        let c = codes(&format!("<noscript>{GOOD}</noscript><p>x</p>"));
        assert_eq!(
            c,
            ["replica.homepage.link-inert", "replica.homepage.logo-inert"]
        );
        let c = codes(&format!("<template>{GOOD}</template><p>x</p>"));
        assert_eq!(
            c,
            ["replica.homepage.link-inert", "replica.homepage.logo-inert"]
        );
        let c = codes(&format!(
            "<style>.credit {{ display: none }}</style><div class=credit>{GOOD}</div>"
        ));
        assert_eq!(
            c,
            [
                "replica.homepage.link-hidden",
                "replica.homepage.logo-hidden"
            ]
        );
        let c = codes(&format!("<style>.credit {{ display: none }} @media (min-width: 768px) {{ .credit {{ display: block }} }}</style><div class=credit>{GOOD}</div>"));
        assert!(c.is_empty(), "{c:?}");
        assert!(codes(&format!("<div class='d-none d-md-block'>{GOOD}</div>")).is_empty());
        assert!(
            names_datago("logo-datago.png")
                && names_datago("DataGoLogo")
                && names_datago("Data Kota Magelang Open")
        );
        assert!(!names_datago("Satu Data Gorontalo") && !names_datago("datag0"));
        assert!(contains_host("lihat https://datago.magelangkota.go.id."));
        assert!(!contains_host("datago.magelangkota.go.id.evil.com"));
        assert!(!contains_host("xdatago.magelangkota.go.id"));
    }
}

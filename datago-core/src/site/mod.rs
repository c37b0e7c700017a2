//! The static portal: a whole open-data site built from a catalog directory, as a list of files
//! (path, bytes) the caller writes wherever it likes (`datago build` writes them to disk). No
//! I/O here, so it runs in tests and in WebAssembly too.
//!
//! What is in it (paths relative to the site root):
//!
//! | path | what |
//! |---|---|
//! | `index.html` | home page: the replica's own name, search box, facets, newest datasets |
//! | `dataset/index.html` | every dataset, A–Z |
//! | `dataset/{slug}/index.html` | one page per dataset: metadata table, resources with download links, CSV preview, MQA quality score, attribution, schema.org JSON-LD |
//! | `dataset/{slug}/datapackage.json` | Frictionless Data Package ([`crate::standards::datapackage`]) |
//! | `dataset/{slug}/{path}` | copies of the data files of open (`terbuka`) datasets, where the data package's relative paths expect them |
//! | `organization/index.html`, `organization/{code}/index.html` | organizations and their datasets |
//! | `catalog.jsonld`, `catalog.ttl` | DCAT-AP 3 ([`crate::standards::dcat_ap`]) |
//! | `data.json` | Project Open Data v1.1 (DCAT-US) catalog ([`crate::standards::pod`]) |
//! | `catalog.json` | the catalog as a DataGO catalog document (`datago check` reads it) |
//! | `assets/search-index.bin`, `assets/search-data.json`, `assets/search.js` | the prebuilt [`SearchIndex`] and the search page's ES module |
//! | `assets/datago/logo-datago.svg`, `assets/style.css` | the DataGO logo and the style sheet |
//!
//! Only `published` datasets are on the site. Every page carries the DataGO credit block
//! ([`ReplicaBranding::credit`]) in its footer, so the home page passes
//! [`crate::replica::check_homepage`]. Pages link to each other with relative paths and open
//! from `file://`; search loads the `datago` npm package's web build from [`WASM_DIR`] (the
//! caller copies it there and sets [`SiteOptions::search`]) and so needs the site to be served
//! over HTTP. Every value from a document is HTML-escaped.
//!
//! ```
//! use datago_core::site::{build, SiteOptions};
//! use datago_core::replica::check_homepage;
//!
//! let site = build(&datago_core::sample::bundle(), &SiteOptions::default()).unwrap();
//! let home = site.file("index.html").unwrap();
//! assert!(check_homepage(std::str::from_utf8(home).unwrap()).unwrap().compliant);
//! assert!(site.file("dataset/jumlah-puskesmas/index.html").is_some());
//! assert!(site.file("catalog.ttl").is_some());
//! ```

mod html;
mod pages;

use std::collections::{BTreeMap, HashSet};

use crate::bundle::{Bundle, BundleError};
use crate::catalog::Catalog;
use crate::finding::{Finding, Lang};
use crate::replica::ReplicaBranding;
use crate::search::SearchIndex;
use crate::vocab::AccessLevel;
use crate::workflow::PublicationStatus;

/// Where the web build of the `datago` npm package (`datago-wasm/pkg/web/*`) goes in the site,
/// next to the DataGO logo.
pub const WASM_DIR: &str = "assets/datago";

/// How to build the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteOptions {
    /// The replica's own name (ketentuan khusus 17); the catalog's title when absent.
    pub name: Option<String>,
    /// Language of the pages (Bahasa Indonesia by default).
    pub lang: Lang,
    /// The search box runs on the `datago` web build in [`WASM_DIR`]; when false, the home
    /// page says search is not available and lists the datasets only.
    pub search: bool,
    /// The site's public address, for minted DCAT-AP identifiers and attribution links; the
    /// catalog's homepage when absent.
    pub base_url: Option<String>,
    /// Rows shown in a CSV preview.
    pub preview_rows: usize,
}

impl Default for SiteOptions {
    fn default() -> Self {
        SiteOptions {
            name: None,
            lang: Lang::Id,
            search: true,
            base_url: None,
            preview_rows: 10,
        }
    }
}

/// One file of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteFile {
    /// Path relative to the site root, `/`-separated, never absolute, never with `..`.
    pub path: String,
    /// Contents.
    pub bytes: Vec<u8>,
}

/// A built site.
#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    /// Every file, in the order written (no path twice).
    pub files: Vec<SiteFile>,
    /// Datasets on the site (the published ones).
    pub datasets: usize,
    /// Datasets left out because they are not published.
    pub unpublished: usize,
    /// Organizations with a page.
    pub organizations: usize,
    /// Findings about documents that could not be read (from [`Bundle::load`]).
    pub findings: Vec<Finding>,
}

impl Site {
    /// The contents of `path`.
    pub fn file(&self, path: &str) -> Option<&[u8]> {
        self.files
            .iter()
            .find(|f| f.path == path)
            .map(|f| f.bytes.as_slice())
    }
}

/// Builds the site from a catalog directory held in memory. Fails only when the catalog itself
/// cannot be read (no or unreadable `catalog.json`); unreadable dataset files are left out and
/// reported in [`Site::findings`].
pub fn build(bundle: &Bundle, options: &SiteOptions) -> Result<Site, BundleError> {
    let loaded = bundle.load()?;
    let mut catalog: Catalog = loaded.catalog;
    let total = catalog.datasets.len();
    catalog
        .datasets
        .retain(|d| d.status == PublicationStatus::Published);
    let unpublished = total - catalog.datasets.len();
    let ctx = Ctx::new(&catalog, bundle, options);
    let mut out = Output::default();
    pages::write_all(&ctx, &mut out);
    Ok(Site {
        files: out.files,
        datasets: catalog.datasets.len(),
        unpublished,
        organizations: catalog.organizations.len(),
        findings: loaded.findings,
    })
}

/// Collects files, keeping the first of two with the same path.
#[derive(Default)]
struct Output {
    files: Vec<SiteFile>,
    seen: HashSet<String>,
}

impl Output {
    fn add(&mut self, path: impl Into<String>, bytes: impl Into<Vec<u8>>) {
        let path = path.into();
        if self.seen.insert(path.clone()) {
            self.files.push(SiteFile {
                path,
                bytes: bytes.into(),
            });
        }
    }
}

/// Everything the pages share.
struct Ctx<'a> {
    catalog: &'a Catalog,
    bundle: &'a Bundle,
    opts: &'a SiteOptions,
    lang: Lang,
    /// The replica's name.
    name: String,
    /// Directory name of each dataset's page (parallel to `catalog.datasets`).
    dataset_keys: Vec<String>,
    /// Organization code → directory name of its page.
    org_keys: BTreeMap<String, String>,
    /// Resource path → whether the file is in the bundle.
    local_files: BTreeMap<String, bool>,
    branding: ReplicaBranding,
}

impl<'a> Ctx<'a> {
    fn new(catalog: &'a Catalog, bundle: &'a Bundle, opts: &'a SiteOptions) -> Ctx<'a> {
        let lang = opts.lang;
        let name = opts
            .name
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_string)
            .unwrap_or_else(|| catalog.title.best(lang).trim().to_string());
        let name = if name.is_empty() {
            "Satu Data".to_string()
        } else {
            name
        };
        let mut used = HashSet::new();
        let dataset_keys = catalog
            .datasets
            .iter()
            .map(|d| unique_key(&d.slug, &d.id, "dataset", &mut used))
            .collect();
        let mut used = HashSet::new();
        let org_keys = catalog
            .organizations
            .iter()
            .map(|o| {
                (
                    o.code.clone(),
                    unique_key(&o.code, &o.code, "organisasi", &mut used),
                )
            })
            .collect();
        Ctx {
            catalog,
            bundle,
            opts,
            lang,
            branding: ReplicaBranding::new(name.clone()),
            name,
            dataset_keys,
            org_keys,
            local_files: crate::quality::bundle_paths(bundle, catalog),
        }
    }

    /// `id` or `en` text.
    fn t(&self, id: &'static str, en: &'static str) -> &'static str {
        match self.lang {
            Lang::Id => id,
            Lang::En => en,
        }
    }

    /// Whether the data files of dataset `i` are copied into the site: open data only.
    fn publishes_files(&self, i: usize) -> bool {
        matches!(
            self.catalog.datasets[i].access,
            None | Some(AccessLevel::Terbuka)
        )
    }

    /// Site path of a resource's local copy (`dataset/{key}/{path}`), when there is one.
    fn local_copy(&self, i: usize, path: Option<&str>) -> Option<String> {
        let p = path?.trim();
        if !self.publishes_files(i) || self.bundle.get(p).is_none() || !safe_relative(p) {
            return None;
        }
        // Generated files of the dataset's directory win over data files of the same name.
        let p = if p == "index.html" || p == "datapackage.json" {
            format!("files/{p}")
        } else {
            p.to_string()
        };
        Some(p)
    }
}

/// A relative path without `.`/`..` segments, empty segments or a leading `/`.
fn safe_relative(p: &str) -> bool {
    !p.is_empty()
        && !p.starts_with('/')
        && !p.contains('\\')
        && p.split('/')
            .all(|s| !s.is_empty() && s != "." && s != ".." && !s.contains(':'))
}

/// A directory name for a page: `want` when it is plain (`[a-z0-9_-]`, 1–100 characters), else
/// a slug made from it (or from `fallback`), made unique with a number.
fn unique_key(want: &str, fallback: &str, default: &str, used: &mut HashSet<String>) -> String {
    let plain = |s: &str| {
        !s.is_empty()
            && s.len() <= 100
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
    };
    let base = if plain(want) {
        want.to_string()
    } else {
        crate::slug::slugify(want)
            .or_else(|| crate::slug::slugify(fallback))
            .unwrap_or_else(|| default.to_string())
    };
    let mut key = base.clone();
    let mut n = 2;
    while !used.insert(key.clone()) {
        key = format!("{base}-{n}");
        n += 1;
    }
    key
}

/// The search index of the site's datasets, in the binary form `SearchIndex.fromBytes` reads.
fn search_index(catalog: &Catalog) -> SearchIndex {
    SearchIndex::build(catalog, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_plain_and_unique() {
        let mut used = HashSet::new();
        assert_eq!(unique_key("jumlah-a", "x", "d", &mut used), "jumlah-a");
        assert_eq!(unique_key("jumlah-a", "x", "d", &mut used), "jumlah-a-2");
        assert_eq!(unique_key("../../etc", "x", "d", &mut used), "etc");
        assert_eq!(unique_key("Ä B", "x", "d", &mut used), "a-b");
        assert_eq!(unique_key("", "!!!", "d", &mut used), "d");
        assert!(!safe_relative("../x.csv"));
        assert!(!safe_relative("/etc/passwd"));
        assert!(!safe_relative("data//x.csv"));
        assert!(!safe_relative("c:/x.csv"));
        assert!(safe_relative("data/x.csv"));
    }
}

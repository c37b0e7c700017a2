//! A catalog directory as a set of files, checked as a whole.
//!
//! Layout (paths use `/`):
//!
//! ```text
//! catalog.json          the Catalog: its own metadata and organizations (datasets optional)
//! datasets/*.json       one Dataset per file
//! data/…                data files, referenced by a resource's `path`
//! ```
//!
//! The core never touches the file system: a [`Bundle`] is a map from path to bytes that the
//! caller fills (the `fs` feature adds [`Bundle::from_dir`]; the `sample` feature offers the
//! embedded Kota Magelang sample).
//!
//! ```
//! use datago_core::Bundle;
//! let mut b = Bundle::new();
//! b.insert("catalog.json", br#"{"id": "c", "title": {"id": "K"}, "description": {"id": "D"}, "publisher": "w",
//!   "organizations": [{"code": "w", "name": {"id": "W"}, "kind": "dinas", "role": "walidata", "contact": {"email": "w@example.go.id"}}]}"#.to_vec());
//! b.insert("datasets/bad.json", b"{".to_vec());
//! let report = b.check().unwrap();
//! assert!(report.findings.iter().any(|f| f.code == "bundle.document.unparseable"
//!     && f.document.as_deref() == Some("datasets/bad.json")));
//! ```

use std::collections::{BTreeMap, HashSet};

use crate::catalog::{Catalog, Report};
use crate::dataset::Dataset;
use crate::finding::{Finding, Lang};
use crate::resource::{sha256, ChecksumAlgorithm, Resource};
use crate::rules;
use crate::ParseError;

/// Name of the catalog document in a bundle.
pub const CATALOG_FILE: &str = "catalog.json";
/// Folder of the dataset documents in a bundle.
pub const DATASETS_DIR: &str = "datasets/";

/// A catalog directory could not be used at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BundleError {
    /// There is no `catalog.json`.
    #[error("the catalog directory has no catalog.json")]
    MissingCatalog,
    /// `catalog.json` cannot be read.
    #[error("{path}: {source}")]
    Parse {
        /// The file.
        path: String,
        /// Why.
        source: ParseError,
    },
    /// A file could not be read from disk.
    #[error("cannot read {path}: {detail}")]
    Io {
        /// The file or directory.
        path: String,
        /// What the operating system said.
        detail: String,
    },
}

impl BundleError {
    /// Stable machine code.
    pub fn code(&self) -> &'static str {
        match self {
            BundleError::MissingCatalog => "bundle.catalog-missing",
            BundleError::Parse { source, .. } => source.code(),
            BundleError::Io { .. } => "bundle.io",
        }
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::En, _) => self.to_string(),
            (Lang::Id, BundleError::MissingCatalog) => {
                "direktori katalog tidak memiliki catalog.json".to_string()
            }
            (Lang::Id, BundleError::Parse { path, source }) => {
                format!("{path}: {}", source.message(Lang::Id))
            }
            (Lang::Id, BundleError::Io { path, detail }) => {
                format!("tidak dapat membaca {path}: {detail}")
            }
        }
    }
}

/// A catalog directory held in memory: relative path → file contents.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bundle {
    files: BTreeMap<String, Vec<u8>>,
}

/// A catalog read from a bundle, with where each dataset came from.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedCatalog {
    /// The catalog, datasets from `datasets/*.json` appended after any inline ones.
    pub catalog: Catalog,
    /// For each dataset of `catalog`, the file it came from (`None` when inline).
    pub sources: Vec<Option<String>>,
    /// Findings about documents that could not be read (they are left out of `catalog`).
    pub findings: Vec<Finding>,
}

impl Bundle {
    /// An empty bundle.
    pub fn new() -> Bundle {
        Bundle::default()
    }

    /// Adds a file; `\` in `path` is read as `/`.
    pub fn insert(&mut self, path: impl Into<String>, bytes: Vec<u8>) {
        self.files.insert(path.into().replace('\\', "/"), bytes);
    }

    /// The contents of `path`.
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }

    /// All paths, sorted.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    /// Number of files.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// True when there are no files.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Reads every file under `dir` (hidden files and folders skipped).
    #[cfg(feature = "fs")]
    pub fn from_dir(dir: &std::path::Path) -> Result<Bundle, BundleError> {
        fn walk(
            root: &std::path::Path,
            dir: &std::path::Path,
            out: &mut Bundle,
        ) -> Result<(), BundleError> {
            let io = |p: &std::path::Path, e: std::io::Error| BundleError::Io {
                path: p.display().to_string(),
                detail: e.to_string(),
            };
            let mut entries: Vec<_> = std::fs::read_dir(dir)
                .map_err(|e| io(dir, e))?
                .collect::<Result<_, _>>()
                .map_err(|e| io(dir, e))?;
            entries.sort_by_key(|e| e.file_name());
            for entry in entries {
                let path = entry.path();
                if entry.file_name().to_string_lossy().starts_with('.') {
                    continue;
                }
                if path.is_dir() {
                    walk(root, &path, out)?;
                } else {
                    let bytes = std::fs::read(&path).map_err(|e| io(&path, e))?;
                    let rel = path.strip_prefix(root).unwrap_or(&path);
                    let rel: Vec<String> = rel
                        .components()
                        .map(|c| c.as_os_str().to_string_lossy().into_owned())
                        .collect();
                    out.insert(rel.join("/"), bytes);
                }
            }
            Ok(())
        }
        let mut b = Bundle::new();
        walk(dir, dir, &mut b)?;
        Ok(b)
    }

    /// Reads the catalog and its datasets. Fails only when `catalog.json` is missing or
    /// unreadable; an unreadable dataset file becomes a finding and is left out.
    pub fn load(&self) -> Result<LoadedCatalog, BundleError> {
        let bytes = self.get(CATALOG_FILE).ok_or(BundleError::MissingCatalog)?;
        let text = String::from_utf8_lossy(strip_bom(bytes));
        let (mut catalog, unknown) = crate::document::from_json_reporting::<Catalog>(&text)
            .map_err(|source| BundleError::Parse {
                path: CATALOG_FILE.to_string(),
                source,
            })?;
        let mut sources: Vec<Option<String>> = vec![None; catalog.datasets.len()];
        let mut findings: Vec<Finding> = unknown
            .into_iter()
            .map(|f| f.in_document(CATALOG_FILE))
            .collect();
        for (path, bytes) in &self.files {
            let Some(name) = path.strip_prefix(DATASETS_DIR) else {
                continue;
            };
            if !name.ends_with(".json") || name.contains('/') {
                continue;
            }
            let text = String::from_utf8_lossy(strip_bom(bytes));
            match crate::document::from_json_reporting::<Dataset>(&text) {
                Ok((d, unknown)) => {
                    catalog.datasets.push(d);
                    sources.push(Some(path.clone()));
                    findings.extend(unknown.into_iter().map(|f| f.in_document(path.clone())));
                }
                Err(e) => {
                    let f = Finding::new(
                        &rules::BUNDLE_DOCUMENT_UNPARSEABLE,
                        "",
                        &[
                            ("detail_id", &e.message(Lang::Id)),
                            ("detail_en", &e.message(Lang::En)),
                        ],
                    );
                    findings.push(f.in_document(path.clone()));
                }
            }
        }
        Ok(LoadedCatalog {
            catalog,
            sources,
            findings,
        })
    }

    /// Loads and checks the whole directory: every document ([`Catalog::validate`]) and every
    /// data file a resource points to (present, size, sha256 checksum, CSV header and contents
    /// against the Table Schema, region codes, personal data — an error in open data), plus
    /// data files no resource mentions.
    pub fn check(&self) -> Result<Report, BundleError> {
        self.check_with_progress(&mut |_, _| {})
    }

    /// [`Bundle::check`], calling `progress(done, total)` after each dataset's files.
    pub fn check_with_progress(
        &self,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Report, BundleError> {
        let loaded = self.load()?;
        let catalog = &loaded.catalog;
        let mut findings = catalog.validate();
        let mut referenced: HashSet<&str> = HashSet::new();
        let total = catalog.datasets.len();
        for (i, d) in catalog.datasets.iter().enumerate() {
            for (j, r) in d.resources.iter().enumerate() {
                if let Some(p) = r.path.as_deref() {
                    referenced.insert(p);
                }
                let base = format!("/datasets/{i}/resources/{j}");
                findings.extend(self.check_file(r).into_iter().map(|f| f.under(&base)));
                let table = crate::table::bundle_check::resource_findings(self, d, r);
                findings.extend(table.into_iter().map(|f| f.under(&base)));
            }
            progress(i + 1, total);
        }
        for path in self.paths() {
            let is_document = path == CATALOG_FILE
                || (path.starts_with(DATASETS_DIR) && path.ends_with(".json"))
                || path.rsplit('/').next().is_some_and(|n| {
                    let n = n.to_ascii_lowercase();
                    n.starts_with("readme") || n.starts_with("license") || n.starts_with("notice")
                });
            if !is_document && !referenced.contains(path) {
                findings.push(
                    Finding::new(&rules::BUNDLE_FILE_UNREFERENCED, "", &[("value", path)])
                        .in_document(path.to_string()),
                );
            }
        }
        let mut report = Report::new(catalog, findings, &loaded.sources);
        let mut unreadable = loaded.findings;
        unreadable.append(&mut report.findings);
        report.findings = unreadable;
        report.counts = crate::finding::SeverityCounts::of(&report.findings);
        report.valid = report.counts.error == 0;
        Ok(report)
    }

    /// Findings about the file a resource points to (paths relative to the resource).
    fn check_file(&self, r: &Resource) -> Vec<Finding> {
        let mut out = Vec::new();
        let Some(path) = r.path.as_deref().filter(|p| !p.is_empty()) else {
            return out;
        };
        let Some(bytes) = self.get(path) else {
            out.push(Finding::new(
                &rules::RESOURCE_FILE_MISSING,
                "/path",
                &[("value", path)],
            ));
            return out;
        };
        if let Some(declared) = r.byte_size {
            if declared != bytes.len() as u64 {
                out.push(Finding::new(
                    &rules::RESOURCE_FILE_SIZE_MISMATCH,
                    "/byteSize",
                    &[
                        ("value", path),
                        ("actual", &bytes.len().to_string()),
                        ("declared", &declared.to_string()),
                    ],
                ));
            }
        }
        if let Some(c) = &r.checksum {
            if c.algorithm == ChecksumAlgorithm::Sha256 {
                if sha256(bytes).value != c.value.to_ascii_lowercase() {
                    out.push(Finding::new(
                        &rules::RESOURCE_FILE_CHECKSUM_MISMATCH,
                        "/checksum/value",
                        &[("value", path)],
                    ));
                }
            } else {
                out.push(Finding::new(
                    &rules::RESOURCE_FILE_CHECKSUM_UNSUPPORTED,
                    "/checksum/algorithm",
                    &[("value", path), ("algorithm", c.algorithm.as_str())],
                ));
            }
        }
        if let (true, Some(schema)) = (r.is_csv(), &r.schema) {
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(strip_bom(bytes));
            let mut record = csv::ByteRecord::new();
            match reader.read_byte_record(&mut record) {
                Ok(_) => {
                    let actual: Vec<String> = record
                        .iter()
                        .map(|c| String::from_utf8_lossy(c).into_owned())
                        .collect();
                    let expected = schema.field_names();
                    if actual != expected {
                        out.push(Finding::new(
                            &rules::RESOURCE_FILE_HEADER_MISMATCH,
                            "/schema/fields",
                            &[
                                ("value", path),
                                ("actual", &actual.join(",")),
                                ("expected", &expected.join(",")),
                            ],
                        ));
                    }
                }
                Err(e) => out.push(Finding::new(
                    &rules::RESOURCE_FILE_UNREADABLE,
                    "/path",
                    &[("value", path), ("detail", &e.to_string())],
                )),
            }
        }
        out
    }
}

fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

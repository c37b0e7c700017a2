//! An in-memory catalog search index that also runs in the browser: full-text search over
//! titles, descriptions, keywords, organization and resource names with Indonesian-aware
//! normalisation ([`stem`]), facets, sorting and paging, and a compact binary form so a static
//! portal can ship a prebuilt index.
//!
//! Query syntax: words (all must match), `"quoted phrases"`, `-exclusion` (a word or a phrase),
//! and facet filters `key:value` with keys `organization`/`organisasi`, `theme`/`tema`/`urusan`,
//! `format`, `license`/`lisensi`, `year`/`tahun`, `region`/`wilayah`,
//! `classification`/`klasifikasi`. Ranking is BM25 over weighted fields.
//!
//! ```
//! use datago_core::search::{Query, SearchIndex, Sort};
//! let catalog = datago_core::sample::bundle().load().unwrap().catalog;
//! let index = SearchIndex::build(&catalog, false);
//! let r = index.search(&Query::parse("penduduk tahun:2024"));
//! assert!(r.total > 0);
//! assert!(r.hits[0].title.to_lowercase().contains("penduduk"));
//! let bytes = index.to_bytes();
//! let again = SearchIndex::from_bytes(&bytes).unwrap();
//! assert_eq!(again.search(&Query::parse("kependudukan")).total, index.search(&Query::parse("kependudukan")).total);
//! ```

pub mod stem;

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::finding::Lang;
use crate::workflow::PublicationStatus;

/// The searchable fields and their weights.
const FIELDS: [(&str, f32); 5] = [
    ("title", 3.0),
    ("keywords", 2.0),
    ("organization", 1.5),
    ("description", 1.0),
    ("resources", 1.0),
];
const NFIELDS: usize = FIELDS.len();

/// The facets every hit list is counted by.
pub const FACETS: [&str; 7] = [
    "organization",
    "theme",
    "format",
    "license",
    "year",
    "region",
    "classification",
];

/// Facet filter keys accepted in queries (English and Indonesian) → facet.
const FACET_KEYS: [(&str, &str); 14] = [
    ("organization", "organization"),
    ("organisasi", "organization"),
    ("theme", "theme"),
    ("tema", "theme"),
    ("urusan", "theme"),
    ("format", "format"),
    ("license", "license"),
    ("lisensi", "license"),
    ("year", "year"),
    ("tahun", "year"),
    ("region", "region"),
    ("wilayah", "region"),
    ("classification", "classification"),
    ("klasifikasi", "classification"),
];

/// How results are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    /// Best match first (most recently modified first when there are no words).
    #[default]
    Relevance,
    /// Most recently modified first.
    Modified,
    /// By title, A–Z.
    Title,
}

/// A search request.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Query {
    /// Words that must all match (already normalised by [`Query::parse`] or given raw).
    #[serde(default)]
    pub words: Vec<String>,
    /// Phrases that must match word for word.
    #[serde(default)]
    pub phrases: Vec<String>,
    /// Words or phrases that must not match.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Facet filters: facet → accepted values (a dataset matches a facet when it has any of
    /// them; all facets must match).
    #[serde(default)]
    pub filters: BTreeMap<String, Vec<String>>,
    /// Ordering.
    #[serde(default)]
    pub sort: Sort,
    /// 1-based page.
    #[serde(default = "one")]
    pub page: usize,
    /// Hits per page (at most 1000).
    #[serde(default = "twenty")]
    pub per_page: usize,
}

fn one() -> usize {
    1
}
fn twenty() -> usize {
    20
}

impl Query {
    /// Parses the query syntax (see the module docs). Unknown `key:value` pairs are searched as
    /// text.
    ///
    /// ```
    /// use datago_core::search::Query;
    /// let q = Query::parse(r#"penduduk "kota magelang" -kelurahan tahun:2024 tema:2.12"#);
    /// assert_eq!(q.words, ["penduduk"]);
    /// assert_eq!(q.phrases, ["kota magelang"]);
    /// assert_eq!(q.exclude, ["kelurahan"]);
    /// assert_eq!(q.filters["year"], ["2024"]);
    /// assert_eq!(q.filters["theme"], ["2.12"]);
    /// ```
    pub fn parse(text: &str) -> Query {
        let mut q = Query {
            page: 1,
            per_page: 20,
            ..Query::default()
        };
        let mut rest = text.trim();
        while !rest.is_empty() {
            let negate = rest.starts_with('-') && rest.len() > 1;
            if negate {
                rest = &rest[1..];
            }
            let (item, quoted, after) = if let Some(r) = rest.strip_prefix('"') {
                match r.find('"') {
                    Some(end) => (&r[..end], true, &r[end + 1..]),
                    None => (r, true, ""),
                }
            } else {
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                (&rest[..end], false, &rest[end..])
            };
            rest = after.trim_start();
            if item.trim().is_empty() {
                continue;
            }
            if !quoted && !negate {
                if let Some((k, v)) = item.split_once(':') {
                    if let Some((_, facet)) = FACET_KEYS
                        .iter()
                        .find(|(key, _)| key.eq_ignore_ascii_case(k))
                    {
                        if !v.is_empty() {
                            q.filters
                                .entry(facet.to_string())
                                .or_default()
                                .push(v.to_string());
                            continue;
                        }
                    }
                }
            }
            match (negate, quoted) {
                (true, _) => q.exclude.push(item.to_string()),
                (false, true) => q.phrases.push(item.to_string()),
                (false, false) => q.words.push(item.to_string()),
            }
        }
        q
    }
}

/// One hit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Hit {
    /// Dataset id.
    pub id: String,
    /// Dataset slug.
    pub slug: String,
    /// Title (Bahasa Indonesia, or the best available).
    pub title: String,
    /// Relevance score (0 when there were no words).
    pub score: f32,
    /// Last modification date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<NaiveDate>,
}

/// One facet value and how many hits have it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct FacetCount {
    /// The value (organization code, urusan code, format, licence id, year, region code,
    /// classification).
    pub value: String,
    /// A readable label (organization or urusan name), when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Number of hits with the value.
    pub count: usize,
}

/// The answer to a query.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SearchResult {
    /// Number of matching datasets.
    pub total: usize,
    /// The page asked for.
    pub page: usize,
    /// Hits per page.
    pub per_page: usize,
    /// This page's hits.
    pub hits: Vec<Hit>,
    /// Facet → values with counts over all matching datasets, most frequent first.
    pub facets: BTreeMap<String, Vec<FacetCount>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
struct Doc {
    id: String,
    slug: String,
    title: String,
    modified: Option<NaiveDate>,
    /// Per facet, the values (facet order as [`FACETS`]).
    facets: [Vec<String>; 7],
    /// Per field, the term ids in order (for phrases and lengths).
    fields: [Vec<u32>; NFIELDS],
}

/// The index.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchIndex {
    docs: Vec<Doc>,
    vocab: Vec<String>,
    lookup: HashMap<String, u32>,
    /// term id → (doc, per-field term frequency)
    postings: Vec<Vec<(u32, [u16; NFIELDS])>>,
    avg_len: [f32; NFIELDS],
    labels: HashMap<(usize, String), String>,
}

impl SearchIndex {
    /// Indexes the datasets of `catalog` (only published ones when `published_only`).
    pub fn build(catalog: &Catalog, published_only: bool) -> SearchIndex {
        let mut idx = SearchIndex::default();
        let org_name = |code: &str| {
            catalog
                .organization(code)
                .map(|o| o.name.best(Lang::Id).to_string())
        };
        for o in &catalog.organizations {
            idx.labels
                .insert((0, o.code.clone()), o.name.best(Lang::Id).to_string());
        }
        for u in crate::vocab::urusan_list() {
            idx.labels
                .insert((1, u.code.clone()), u.name.best(Lang::Id).to_string());
        }
        for d in &catalog.datasets {
            if published_only && d.status != PublicationStatus::Published {
                continue;
            }
            let mut texts: [String; NFIELDS] = Default::default();
            texts[0] = d.title.0.values().cloned().collect::<Vec<_>>().join(" ");
            texts[1] = d.keywords.join(" ");
            let orgs = [d.producer.as_str(), d.walidata.as_str()];
            texts[2] = orgs
                .iter()
                .filter(|c| !c.is_empty())
                .map(|c| format!("{c} {}", org_name(c).unwrap_or_default()))
                .collect::<Vec<_>>()
                .join(" ");
            texts[3] = d
                .description
                .0
                .values()
                .cloned()
                .collect::<Vec<_>>()
                .join(" ");
            texts[4] = d
                .resources
                .iter()
                .map(|r| {
                    let mut t: Vec<String> = r.title.0.values().cloned().collect();
                    t.extend(r.format.clone());
                    t.join(" ")
                })
                .collect::<Vec<_>>()
                .join(" ");
            let mut facets: [Vec<String>; 7] = Default::default();
            if !d.producer.is_empty() {
                facets[0].push(d.producer.clone());
            }
            facets[1] = d.themes.clone();
            for r in &d.resources {
                if let Some(f) = r.format.as_deref().filter(|f| !f.is_empty()) {
                    let f = f.to_ascii_uppercase();
                    if !facets[2].contains(&f) {
                        facets[2].push(f);
                    }
                }
            }
            facets[3].extend(d.license.clone());
            if let Some(t) = d.temporal {
                let (a, b) = (t.start.year(), t.end.year());
                // A coverage of more than 200 years is not a list of years.
                if a <= b && b - a <= 200 {
                    facets[4].extend((a..=b).map(|y| y.to_string()));
                }
            }
            if let Some(r) = &d.spatial {
                facets[5].push(r.code.clone());
            }
            if let Some(a) = d.access {
                facets[6].push(
                    match a {
                        crate::AccessLevel::Terbuka => "terbuka",
                        crate::AccessLevel::Terbatas => "terbatas",
                        crate::AccessLevel::Tertutup => "tertutup",
                    }
                    .to_string(),
                );
            }
            let mut fields: [Vec<u32>; NFIELDS] = Default::default();
            for (i, t) in texts.iter().enumerate() {
                fields[i] = stem::terms(t).into_iter().map(|w| idx.term_id(w)).collect();
            }
            idx.docs.push(Doc {
                id: d.id.clone(),
                slug: d.slug.clone(),
                title: d.title.best(Lang::Id).to_string(),
                modified: d.modified.or(d.issued),
                facets,
                fields,
            });
        }
        idx.finish();
        idx
    }

    fn term_id(&mut self, term: String) -> u32 {
        if let Some(&id) = self.lookup.get(&term) {
            return id;
        }
        let id = self.vocab.len() as u32;
        self.lookup.insert(term.clone(), id);
        self.vocab.push(term);
        id
    }

    /// Builds postings and field statistics from the documents' term lists.
    fn finish(&mut self) {
        self.postings = vec![Vec::new(); self.vocab.len()];
        let mut totals = [0f64; NFIELDS];
        for (di, doc) in self.docs.iter().enumerate() {
            let mut tf: HashMap<u32, [u16; NFIELDS]> = HashMap::new();
            for (fi, terms) in doc.fields.iter().enumerate() {
                totals[fi] += terms.len() as f64;
                for &t in terms {
                    let e = tf.entry(t).or_insert([0; NFIELDS]);
                    e[fi] = e[fi].saturating_add(1);
                }
            }
            let mut tf: Vec<_> = tf.into_iter().collect();
            tf.sort_by_key(|(t, _)| *t);
            for (t, counts) in tf {
                if let Some(p) = self.postings.get_mut(t as usize) {
                    p.push((di as u32, counts));
                }
            }
        }
        let n = self.docs.len().max(1) as f64;
        for (i, total) in totals.iter().enumerate() {
            self.avg_len[i] = (total / n).max(1.0) as f32;
        }
    }

    /// Number of indexed datasets.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// True when no dataset is indexed.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    fn lookup_term(&self, word: &str) -> Option<u32> {
        self.lookup.get(&stem::stem(word)).copied()
    }

    fn has_phrase(&self, doc: &Doc, phrase: &[Option<u32>]) -> bool {
        let Some(ids) = phrase.iter().copied().collect::<Option<Vec<u32>>>() else {
            return false;
        };
        if ids.is_empty() {
            return true;
        }
        doc.fields
            .iter()
            .any(|f| f.windows(ids.len()).any(|w| w == ids.as_slice()))
    }

    /// Runs a query.
    pub fn search(&self, q: &Query) -> SearchResult {
        let n = self.docs.len() as f32;
        // Terms of the words and phrases: every one must occur.
        let mut required: Vec<String> = q.words.iter().flat_map(|w| stem::tokens(w)).collect();
        let phrases: Vec<Vec<Option<u32>>> = q
            .phrases
            .iter()
            .map(|p| {
                stem::tokens(p)
                    .iter()
                    .map(|t| self.lookup_term(t))
                    .collect()
            })
            .filter(|p: &Vec<Option<u32>>| !p.is_empty())
            .collect();
        for p in &q.phrases {
            required.extend(stem::tokens(p));
        }
        let excluded: Vec<Vec<Option<u32>>> = q
            .exclude
            .iter()
            .map(|p| {
                stem::tokens(p)
                    .iter()
                    .map(|t| self.lookup_term(t))
                    .collect()
            })
            .filter(|p: &Vec<Option<u32>>| !p.is_empty())
            .collect();

        let mut scores: Vec<f32> = vec![0.0; self.docs.len()];
        let mut candidate: Vec<bool> = vec![true; self.docs.len()];
        let mut seen_terms = HashSet::new();
        for word in &required {
            let Some(t) = self.lookup_term(word) else {
                candidate.iter_mut().for_each(|c| *c = false);
                break;
            };
            if !seen_terms.insert(t) {
                continue;
            }
            let postings = &self.postings[t as usize];
            let df = postings.len() as f32;
            let idf = ((n - df + 0.5) / (df + 0.5) + 1.0).ln();
            let mut hit = vec![false; self.docs.len()];
            for (d, counts) in postings {
                let d = *d as usize;
                hit[d] = true;
                let doc = &self.docs[d];
                let mut s = 0.0;
                for (fi, (_, weight)) in FIELDS.iter().enumerate() {
                    let tf = f32::from(counts[fi]);
                    if tf == 0.0 {
                        continue;
                    }
                    let len = doc.fields[fi].len() as f32;
                    let (k1, b) = (1.2, 0.75);
                    s += weight * idf * tf * (k1 + 1.0)
                        / (tf + k1 * (1.0 - b + b * len / self.avg_len[fi]));
                }
                scores[d] += s;
            }
            for (c, h) in candidate.iter_mut().zip(hit) {
                *c &= h;
            }
        }
        let filters: Vec<(usize, HashSet<String>)> = q
            .filters
            .iter()
            .filter_map(|(k, vals)| {
                let fi = FACETS.iter().position(|f| f == k)?;
                let norm = |v: &String| {
                    if fi == 2 {
                        v.to_ascii_uppercase()
                    } else {
                        v.clone()
                    }
                };
                Some((fi, vals.iter().map(norm).collect()))
            })
            .collect();
        let mut matched: Vec<usize> = (0..self.docs.len())
            .filter(|&d| candidate[d])
            .filter(|&d| {
                let doc = &self.docs[d];
                phrases.iter().all(|p| self.has_phrase(doc, p))
                    && !excluded.iter().any(|p| self.has_phrase(doc, p))
                    && filters
                        .iter()
                        .all(|(fi, vals)| doc.facets[*fi].iter().any(|v| vals.contains(v)))
            })
            .collect();
        // Unknown facet keys match nothing rather than everything.
        if q.filters.keys().any(|k| !FACETS.contains(&k.as_str())) {
            matched.clear();
        }
        let by_modified = |a: &usize, b: &usize| {
            let (da, db) = (&self.docs[*a], &self.docs[*b]);
            db.modified
                .cmp(&da.modified)
                .then_with(|| da.slug.cmp(&db.slug))
        };
        let sort = if required.is_empty() && q.sort == Sort::Relevance {
            Sort::Modified
        } else {
            q.sort
        };
        match sort {
            Sort::Relevance => matched.sort_by(|a, b| {
                scores[*b]
                    .partial_cmp(&scores[*a])
                    .unwrap_or(std::cmp::Ordering::Equal)
                    .then_with(|| by_modified(a, b))
            }),
            Sort::Modified => matched.sort_by(by_modified),
            Sort::Title => matched.sort_by(|a, b| {
                let (da, db) = (&self.docs[*a], &self.docs[*b]);
                da.title
                    .to_lowercase()
                    .cmp(&db.title.to_lowercase())
                    .then_with(|| da.slug.cmp(&db.slug))
            }),
        }
        let mut facets = BTreeMap::new();
        for (fi, name) in FACETS.iter().enumerate() {
            let mut counts: HashMap<&str, usize> = HashMap::new();
            for &d in &matched {
                for v in &self.docs[d].facets[fi] {
                    *counts.entry(v.as_str()).or_default() += 1;
                }
            }
            let mut list: Vec<FacetCount> = counts
                .into_iter()
                .map(|(v, count)| FacetCount {
                    value: v.to_string(),
                    label: self.labels.get(&(fi, v.to_string())).cloned(),
                    count,
                })
                .collect();
            list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
            facets.insert(name.to_string(), list);
        }
        let per_page = q.per_page.clamp(1, 1000);
        let page = q.page.max(1);
        let hits = matched
            .iter()
            .skip((page - 1).saturating_mul(per_page))
            .take(per_page)
            .map(|&d| {
                let doc = &self.docs[d];
                Hit {
                    id: doc.id.clone(),
                    slug: doc.slug.clone(),
                    title: doc.title.clone(),
                    score: if required.is_empty() { 0.0 } else { scores[d] },
                    modified: doc.modified,
                }
            })
            .collect();
        SearchResult {
            total: matched.len(),
            page,
            per_page,
            hits,
            facets,
        }
    }

    /// The index in a compact binary form (magic `DGSI`, version 1, LEB128 integers): the
    /// vocabulary, and per dataset its metadata, facet values and term-id lists; postings are
    /// rebuilt on load.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer(Vec::with_capacity(64 * 1024));
        w.0.extend_from_slice(b"DGSI\x01");
        w.uint(self.vocab.len() as u64);
        for t in &self.vocab {
            w.str(t);
        }
        let mut labels: Vec<(&(usize, String), &String)> = self.labels.iter().collect();
        labels.sort();
        w.uint(labels.len() as u64);
        for ((fi, v), l) in labels {
            w.uint(*fi as u64);
            w.str(v);
            w.str(l);
        }
        w.uint(self.docs.len() as u64);
        for d in &self.docs {
            w.str(&d.id);
            w.str(&d.slug);
            w.str(&d.title);
            w.uint(d.modified.map_or(0, |m| m.num_days_from_ce() as u64 + 1));
            for f in &d.facets {
                w.uint(f.len() as u64);
                for v in f {
                    w.str(v);
                }
            }
            for f in &d.fields {
                w.uint(f.len() as u64);
                for &t in f {
                    w.uint(u64::from(t));
                }
            }
        }
        w.0
    }

    /// Reads [`SearchIndex::to_bytes`] output; a typed error for anything else.
    pub fn from_bytes(bytes: &[u8]) -> Result<SearchIndex, SearchError> {
        if !bytes.starts_with(b"DGSI\x01") {
            return Err(SearchError::NotAnIndex);
        }
        let mut r = Reader { b: bytes, at: 5 };
        let mut idx = SearchIndex::default();
        let nvocab = r.len()?;
        for _ in 0..nvocab {
            let t = r.str()?;
            idx.lookup.insert(t.clone(), idx.vocab.len() as u32);
            idx.vocab.push(t);
        }
        for _ in 0..r.len()? {
            let fi = r.uint()? as usize;
            let v = r.str()?;
            let l = r.str()?;
            idx.labels.insert((fi, v), l);
        }
        for _ in 0..r.len()? {
            let mut d = Doc {
                id: r.str()?,
                slug: r.str()?,
                title: r.str()?,
                ..Doc::default()
            };
            let days = r.uint()?;
            d.modified = match days {
                0 => None,
                n => Some(
                    i32::try_from(n - 1)
                        .ok()
                        .and_then(NaiveDate::from_num_days_from_ce_opt)
                        .ok_or(SearchError::Corrupt)?,
                ),
            };
            for f in d.facets.iter_mut() {
                for _ in 0..r.len()? {
                    f.push(r.str()?);
                }
            }
            for f in d.fields.iter_mut() {
                for _ in 0..r.len()? {
                    let t = r.uint()?;
                    if t >= nvocab as u64 {
                        return Err(SearchError::Corrupt);
                    }
                    f.push(t as u32);
                }
            }
            idx.docs.push(d);
        }
        if r.at != bytes.len() {
            return Err(SearchError::Corrupt);
        }
        idx.finish();
        Ok(idx)
    }
}

/// A prebuilt index could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SearchError {
    /// The bytes are not a DataGO search index (or of another version).
    #[error("not a DataGO search index (version 1)")]
    NotAnIndex,
    /// The index is truncated or damaged.
    #[error("the search index is truncated or damaged; rebuild it")]
    Corrupt,
}

impl SearchError {
    /// Stable machine code.
    pub fn code(&self) -> &'static str {
        match self {
            SearchError::NotAnIndex => "search.not-an-index",
            SearchError::Corrupt => "search.corrupt",
        }
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::En, _) => self.to_string(),
            (Lang::Id, SearchError::NotAnIndex) => {
                "bukan indeks pencarian DataGO (versi 1)".to_string()
            }
            (Lang::Id, SearchError::Corrupt) => {
                "indeks pencarian terpotong atau rusak; bangun ulang indeksnya".to_string()
            }
        }
    }
}

struct Writer(Vec<u8>);

impl Writer {
    fn uint(&mut self, mut v: u64) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.0.push(byte);
                return;
            }
            self.0.push(byte | 0x80);
        }
    }
    fn str(&mut self, s: &str) {
        self.uint(s.len() as u64);
        self.0.extend_from_slice(s.as_bytes());
    }
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], SearchError> {
        let end = self.at.checked_add(n).ok_or(SearchError::Corrupt)?;
        let s = self.b.get(self.at..end).ok_or(SearchError::Corrupt)?;
        self.at = end;
        Ok(s)
    }
    fn uint(&mut self) -> Result<u64, SearchError> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let byte = *self.take(1)?.first().ok_or(SearchError::Corrupt)?;
            v |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(SearchError::Corrupt)
    }
    /// A count, bounded by the bytes left (every counted item takes at least one byte).
    fn len(&mut self) -> Result<usize, SearchError> {
        let n = self.uint()?;
        if n > (self.b.len() - self.at) as u64 {
            return Err(SearchError::Corrupt);
        }
        Ok(n as usize)
    }
    fn str(&mut self) -> Result<String, SearchError> {
        let n = self.len()?;
        String::from_utf8(self.take(n)?.to_vec()).map_err(|_| SearchError::Corrupt)
    }
}

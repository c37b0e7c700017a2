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
//! Orders are total, so every page of a result is well defined: by relevance, higher score
//! first, then as by modification date; by modification date, most recent first (undated
//! last), then by slug, then by position in the index; by title, case-insensitively A–Z, then
//! by slug, then by position. A query scores the matching datasets only, selects the page asked
//! for instead of sorting every hit, and counts facets over interned value ids.
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

use std::collections::{BTreeMap, BTreeSet, HashMap};

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
    /// term id → (doc, BM25 score of the term in the doc), docs ascending.
    postings: Vec<Vec<(u32, f32)>>,
    avg_len: [f32; NFIELDS],
    labels: HashMap<(usize, String), String>,
    /// Per facet, the values the docs have: value id → value, ids in value order.
    facet_values: [Vec<String>; 7],
    /// Per facet, value → value id.
    facet_lookup: [HashMap<String, u32>; 7],
    /// Per facet, value id → label.
    facet_labels: [Vec<Option<String>>; 7],
    /// Per facet, every doc's value ids, flattened: doc `d` has
    /// `facet_ids[f][facet_start[f][d]..facet_start[f][d + 1]]`.
    facet_ids: [Vec<u32>; 7],
    facet_start: [Vec<u32>; 7],
    /// Every doc's term ids, fields one after the other with [`SEPARATOR`] between them:
    /// doc `d` has `text[text_start[d]..text_start[d + 1]]` (one array, for phrase scans).
    text: Vec<u32>,
    text_start: Vec<u32>,
    /// Docs most recently modified first (then slug, then position), and each doc's rank there.
    by_modified: Vec<u32>,
    modified_rank: Vec<u32>,
    /// Docs by lower-cased title (then slug, then position), and each doc's rank there.
    by_title: Vec<u32>,
    title_rank: Vec<u32>,
}

/// How a query's hits are ordered. Hits are sorted by a `u64` key; the doc's rank in an order
/// makes every key unique, so the order is total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Order {
    /// Key: inverted score bits (high half), rank by modification (low half).
    Relevance,
    /// Key: rank by modification (high half), score bits (low half).
    Modified,
    /// Key: rank by title (high half), score bits (low half).
    Title,
}

/// The docs matching a query, as sort keys (see [`Order`]), and their facet counts.
struct Matched {
    keys: Vec<u64>,
    order: Order,
    /// Per facet (when asked for), value id → number of matching docs with the value.
    counts: [Option<Vec<usize>>; 7],
}

/// An `f32` as a `u32` whose unsigned order is the float's total order.
fn ordered_bits(x: f32) -> u32 {
    let b = x.to_bits();
    if b & 0x8000_0000 != 0 {
        !b
    } else {
        b | 0x8000_0000
    }
}

/// The inverse of [`ordered_bits`].
fn from_ordered_bits(k: u32) -> f32 {
    f32::from_bits(if k & 0x8000_0000 != 0 {
        k & 0x7fff_ffff
    } else {
        !k
    })
}

/// Puts the sorted `keys[start..end]` in place (the keys are unique): the smallest `end` keys
/// are selected, then the smallest `start` of them, and only the page is sorted.
fn select_range(keys: &mut [u64], start: usize, end: usize) {
    if start >= end {
        return;
    }
    if end < keys.len() {
        keys.select_nth_unstable(end);
    }
    let head = &mut keys[..end];
    if start > 0 {
        head.select_nth_unstable(start);
    }
    head[start..].sort_unstable();
}

/// Separates fields in [`SearchIndex`]'s `text` (no term has this id, so no phrase spans two
/// fields).
const SEPARATOR: u32 = u32::MAX;

/// True when `text` (a doc's fields, separated) has the term ids `ids` in a row.
fn has_phrase(text: &[u32], ids: &[u32]) -> bool {
    let Some((&first, rest)) = ids.split_first() else {
        return true;
    };
    text.iter()
        .enumerate()
        .any(|(i, &t)| t == first && text.get(i + 1..i + ids.len()) == Some(rest))
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

    /// Builds postings (with each term's BM25 score per doc), field statistics, interned facet
    /// values and the sort orders from the documents.
    fn finish(&mut self) {
        let mut counts: Vec<Vec<(u32, [u16; NFIELDS])>> = vec![Vec::new(); self.vocab.len()];
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
            for (t, c) in tf {
                if let Some(p) = counts.get_mut(t as usize) {
                    p.push((di as u32, c));
                }
            }
        }
        let n = self.docs.len().max(1) as f64;
        for (i, total) in totals.iter().enumerate() {
            self.avg_len[i] = (total / n).max(1.0) as f32;
        }
        let n = self.docs.len() as f32;
        self.postings = counts
            .iter()
            .map(|list| {
                let df = list.len() as f32;
                let idf = ((n - df + 0.5) / (df + 0.5) + 1.0).ln();
                list.iter()
                    .map(|(d, c)| (*d, self.bm25(idf, c, &self.docs[*d as usize])))
                    .collect()
            })
            .collect();
        self.text.clear();
        self.text_start = Vec::with_capacity(self.docs.len() + 1);
        self.text_start.push(0);
        for doc in &self.docs {
            for (fi, terms) in doc.fields.iter().enumerate() {
                if fi > 0 {
                    self.text.push(SEPARATOR);
                }
                self.text.extend_from_slice(terms);
            }
            self.text_start.push(self.text.len() as u32);
        }
        self.intern_facets();
        self.rank_docs();
    }

    /// The term ids of doc `d`, fields separated by [`SEPARATOR`].
    fn text_of(&self, d: usize) -> &[u32] {
        &self.text[self.text_start[d] as usize..self.text_start[d + 1] as usize]
    }

    /// The BM25 score of a term with inverse document frequency `idf` and per-field term
    /// frequencies `counts` in `doc`.
    fn bm25(&self, idf: f32, counts: &[u16; NFIELDS], doc: &Doc) -> f32 {
        let mut s = 0.0;
        for (fi, (_, weight)) in FIELDS.iter().enumerate() {
            let tf = f32::from(counts[fi]);
            if tf == 0.0 {
                continue;
            }
            let len = doc.fields[fi].len() as f32;
            let (k1, b) = (1.2, 0.75);
            s +=
                weight * idf * tf * (k1 + 1.0) / (tf + k1 * (1.0 - b + b * len / self.avg_len[fi]));
        }
        s
    }

    /// Interns the docs' facet values (ids in value order) and resolves their labels.
    fn intern_facets(&mut self) {
        for fi in 0..FACETS.len() {
            let values: BTreeSet<&String> = self.docs.iter().flat_map(|d| &d.facets[fi]).collect();
            let values: Vec<String> = values.into_iter().cloned().collect();
            let lookup: HashMap<String, u32> = values
                .iter()
                .enumerate()
                .map(|(i, v)| (v.clone(), i as u32))
                .collect();
            self.facet_labels[fi] = values
                .iter()
                .map(|v| self.labels.get(&(fi, v.clone())).cloned())
                .collect();
            let mut ids = Vec::new();
            let mut start = Vec::with_capacity(self.docs.len() + 1);
            start.push(0);
            for d in &self.docs {
                ids.extend(d.facets[fi].iter().map(|v| lookup[v]));
                start.push(ids.len() as u32);
            }
            self.facet_values[fi] = values;
            self.facet_lookup[fi] = lookup;
            self.facet_ids[fi] = ids;
            self.facet_start[fi] = start;
        }
    }

    /// The orders by modification date and by title, and every doc's rank in them.
    fn rank_docs(&mut self) {
        let docs = &self.docs;
        let mut by_modified: Vec<u32> = (0..docs.len() as u32).collect();
        by_modified.sort_by(|a, b| {
            let (da, db) = (&docs[*a as usize], &docs[*b as usize]);
            db.modified
                .cmp(&da.modified)
                .then_with(|| da.slug.cmp(&db.slug))
        });
        let titles: Vec<String> = docs.iter().map(|d| d.title.to_lowercase()).collect();
        let mut by_title: Vec<u32> = (0..docs.len() as u32).collect();
        by_title.sort_by(|a, b| {
            let (a, b) = (*a as usize, *b as usize);
            titles[a]
                .cmp(&titles[b])
                .then_with(|| docs[a].slug.cmp(&docs[b].slug))
        });
        let rank = |order: &[u32]| {
            let mut r = vec![0u32; order.len()];
            for (i, &d) in order.iter().enumerate() {
                r[d as usize] = i as u32;
            }
            r
        };
        self.modified_rank = rank(&by_modified);
        self.title_rank = rank(&by_title);
        self.by_modified = by_modified;
        self.by_title = by_title;
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

    /// The dataset id at `position` (as returned by [`SearchIndex::matches`]): positions
    /// count the indexed datasets in catalog order.
    ///
    /// ```
    /// use datago_core::search::{Query, SearchIndex};
    /// let catalog = datago_core::sample::bundle().load().unwrap().catalog;
    /// let index = SearchIndex::build(&catalog, false);
    /// assert_eq!(index.dataset_id(0), Some(catalog.datasets[0].id.as_str()));
    /// assert_eq!(index.dataset_id(index.len()), None);
    /// ```
    pub fn dataset_id(&self, position: usize) -> Option<&str> {
        self.docs.get(position).map(|d| d.id.as_str())
    }

    /// Runs a query, counting hits by every facet of [`FACETS`].
    pub fn search(&self, q: &Query) -> SearchResult {
        self.search_counting(q, [true; FACETS.len()])
    }

    /// Runs a query like [`SearchIndex::search`], counting hits only by the named facets (names
    /// of [`FACETS`]; others are ignored): the hits and totals are the same, and so are the
    /// counts of the facets named.
    ///
    /// ```
    /// use datago_core::search::{Query, SearchIndex};
    /// let catalog = datago_core::sample::bundle().load().unwrap().catalog;
    /// let index = SearchIndex::build(&catalog, false);
    /// let q = Query::parse("penduduk");
    /// let some = index.search_facets(&q, &["organization", "format"]);
    /// let all = index.search(&q);
    /// assert_eq!(some.hits, all.hits);
    /// assert_eq!(some.facets.keys().collect::<Vec<_>>(), ["format", "organization"]);
    /// assert_eq!(some.facets["format"], all.facets["format"]);
    /// ```
    pub fn search_facets(&self, q: &Query, facets: &[&str]) -> SearchResult {
        let mut wanted = [false; FACETS.len()];
        for (fi, name) in FACETS.iter().enumerate() {
            wanted[fi] = facets.contains(name);
        }
        self.search_counting(q, wanted)
    }

    /// The positions (see [`SearchIndex::dataset_id`]) of every dataset matching `q`, in the
    /// order of `q.sort`: the hits of all of [`SearchIndex::search`]'s pages in a row (`page` and
    /// `per_page` are ignored).
    ///
    /// ```
    /// use datago_core::search::{Query, SearchIndex};
    /// let catalog = datago_core::sample::bundle().load().unwrap().catalog;
    /// let index = SearchIndex::build(&catalog, false);
    /// let q = Query::parse("penduduk");
    /// let all = index.matches(&q);
    /// let r = index.search(&q);
    /// assert_eq!(all.len(), r.total);
    /// assert_eq!(index.dataset_id(all[0]), Some(r.hits[0].id.as_str()));
    /// ```
    pub fn matches(&self, q: &Query) -> Vec<usize> {
        let mut m = self.run(q, [false; FACETS.len()]);
        m.keys.sort_unstable();
        m.keys.iter().map(|&k| self.decode(m.order, k).0).collect()
    }

    fn search_counting(&self, q: &Query, wanted: [bool; FACETS.len()]) -> SearchResult {
        let per_page = q.per_page.clamp(1, 1000);
        let page = q.page.max(1);
        let mut m = self.run(q, wanted);
        let total = m.keys.len();
        let start = (page - 1).saturating_mul(per_page).min(total);
        let end = start.saturating_add(per_page).min(total);
        select_range(&mut m.keys, start, end);
        let hits = m.keys[start..end]
            .iter()
            .map(|&k| {
                let (d, score) = self.decode(m.order, k);
                let doc = &self.docs[d];
                Hit {
                    id: doc.id.clone(),
                    slug: doc.slug.clone(),
                    title: doc.title.clone(),
                    score,
                    modified: doc.modified,
                }
            })
            .collect();
        let mut facets = BTreeMap::new();
        for (fi, counts) in m.counts.iter().enumerate() {
            let Some(counts) = counts else {
                continue;
            };
            let mut list: Vec<(usize, usize)> = counts
                .iter()
                .enumerate()
                .filter(|(_, c)| **c > 0)
                .map(|(v, c)| (v, *c))
                .collect();
            // Most frequent first, then by value (value ids are in value order).
            list.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let list = list
                .into_iter()
                .map(|(v, count)| FacetCount {
                    value: self.facet_values[fi][v].clone(),
                    label: self.facet_labels[fi][v].clone(),
                    count,
                })
                .collect();
            facets.insert(FACETS[fi].to_string(), list);
        }
        SearchResult {
            total,
            page,
            per_page,
            hits,
            facets,
        }
    }

    /// A sort key's doc and score.
    fn decode(&self, order: Order, key: u64) -> (usize, f32) {
        let (high, low) = ((key >> 32) as u32, key as u32);
        match order {
            Order::Relevance => (
                self.by_modified[low as usize] as usize,
                from_ordered_bits(!high),
            ),
            Order::Modified => (
                self.by_modified[high as usize] as usize,
                from_ordered_bits(low),
            ),
            Order::Title => (
                self.by_title[high as usize] as usize,
                from_ordered_bits(low),
            ),
        }
    }

    /// The value ids of doc `d` in facet `fi`.
    fn facet_of(&self, fi: usize, d: usize) -> &[u32] {
        let start = &self.facet_start[fi];
        &self.facet_ids[fi][start[d] as usize..start[d + 1] as usize]
    }

    /// Finds the docs matching `q` and their sort keys, counting the `wanted` facets.
    fn run(&self, q: &Query, wanted: [bool; FACETS.len()]) -> Matched {
        let mut counts: [Option<Vec<usize>>; FACETS.len()] = Default::default();
        for (fi, c) in counts.iter_mut().enumerate() {
            if wanted[fi] {
                *c = Some(vec![0; self.facet_values[fi].len()]);
            }
        }
        // Terms of the words and phrases: every one must occur.
        let mut required: Vec<String> = q.words.iter().flat_map(|w| stem::tokens(w)).collect();
        for p in &q.phrases {
            required.extend(stem::tokens(p));
        }
        let order = match q.sort {
            Sort::Relevance if required.is_empty() => Order::Modified,
            Sort::Relevance => Order::Relevance,
            Sort::Modified => Order::Modified,
            Sort::Title => Order::Title,
        };
        let mut m = Matched {
            keys: Vec::new(),
            order,
            counts,
        };
        // Unknown facet keys match nothing rather than everything.
        if q.filters.keys().any(|k| !FACETS.contains(&k.as_str())) {
            return m;
        }
        let mut terms: Vec<u32> = Vec::new();
        for word in &required {
            let Some(t) = self.lookup_term(word) else {
                return m;
            };
            if !terms.contains(&t) {
                terms.push(t);
            }
        }
        // A phrase with a word the index does not know matches nothing (and excludes nothing).
        let phrase_ids = |p: &String| -> Option<Option<Vec<u32>>> {
            let tokens = stem::tokens(p);
            (!tokens.is_empty()).then(|| tokens.iter().map(|t| self.lookup_term(t)).collect())
        };
        let mut phrases = Vec::new();
        for p in q.phrases.iter().filter_map(phrase_ids) {
            match p {
                // A one-word phrase is a required term: every candidate has it.
                Some(ids) if ids.len() > 1 => phrases.push(ids),
                Some(_) => {}
                None => return m,
            }
        }
        // Exclusions with a cursor into the postings of their first term: candidates come in
        // ascending order, and only a doc with that term can have the phrase.
        let mut excluded: Vec<_> = q
            .exclude
            .iter()
            .filter_map(phrase_ids)
            .flatten()
            .map(|ids| {
                let postings = self.postings[ids[0] as usize].as_slice();
                (ids, postings, 0)
            })
            .collect();
        // Facet filters as masks over value ids.
        let filters: Vec<(usize, Vec<bool>)> = q
            .filters
            .iter()
            .filter_map(|(k, vals)| {
                let fi = FACETS.iter().position(|f| f == k)?;
                let mut mask = vec![false; self.facet_values[fi].len()];
                for v in vals {
                    let id = if fi == 2 {
                        self.facet_lookup[fi].get(&v.to_ascii_uppercase())
                    } else {
                        self.facet_lookup[fi].get(v)
                    };
                    if let Some(&id) = id {
                        mask[id as usize] = true;
                    }
                }
                Some((fi, mask))
            })
            .collect();

        let mut accept = |d: usize, score: f32| {
            if !phrases.is_empty() && !phrases.iter().all(|p| has_phrase(self.text_of(d), p)) {
                return;
            }
            for (ids, postings, at) in excluded.iter_mut() {
                while *at < postings.len() && (postings[*at].0 as usize) < d {
                    *at += 1;
                }
                if postings.get(*at).is_some_and(|p| p.0 as usize == d)
                    && (ids.len() == 1 || has_phrase(self.text_of(d), ids))
                {
                    return;
                }
            }
            if !filters
                .iter()
                .all(|(fi, mask)| self.facet_of(*fi, d).iter().any(|&v| mask[v as usize]))
            {
                return;
            }
            for (fi, c) in m.counts.iter_mut().enumerate() {
                if let Some(c) = c {
                    for &v in self.facet_of(fi, d) {
                        c[v as usize] += 1;
                    }
                }
            }
            let bits = ordered_bits(score);
            m.keys.push(match order {
                Order::Relevance => (u64::from(!bits) << 32) | u64::from(self.modified_rank[d]),
                Order::Modified => (u64::from(self.modified_rank[d]) << 32) | u64::from(bits),
                Order::Title => (u64::from(self.title_rank[d]) << 32) | u64::from(bits),
            });
        };
        match terms.split_first() {
            None => (0..self.docs.len()).for_each(|d| accept(d, 0.0)),
            Some((&first, rest)) => {
                // Intersect the postings (docs ascending), adding the scores in query order.
                let mut cur: Vec<(u32, f32)> = self.postings[first as usize]
                    .iter()
                    .map(|&(d, s)| (d, 0.0 + s))
                    .collect();
                for &t in rest {
                    let p = &self.postings[t as usize];
                    let (mut j, mut kept) = (0, 0);
                    for i in 0..cur.len() {
                        let (d, s) = cur[i];
                        while j < p.len() && p[j].0 < d {
                            j += 1;
                        }
                        if j == p.len() {
                            break;
                        }
                        if p[j].0 == d {
                            cur[kept] = (d, s + p[j].1);
                            kept += 1;
                        }
                    }
                    cur.truncate(kept);
                }
                for (d, s) in cur {
                    accept(d as usize, s);
                }
            }
        }
        m
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

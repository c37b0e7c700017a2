//! Catalog search for browsers: `SearchIndex` (build from a catalog or load a prebuilt index)
//! and `stem`.

use datago_core::search::{stem, Query, SearchIndex, Sort};
use datago_core::Catalog;
use wasm_bindgen::prelude::*;

use crate::convert;
use crate::error::Error;

#[wasm_bindgen(typescript_custom_section)]
const SEARCH_TYPES: &str = r#"
/** How search results are ordered. */
export type SearchSort = "relevance" | "modified" | "title";
/** A search request: `text` in the DataGO query syntax (words, "phrases", -exclusions, key:value filters). */
export interface SearchOptions { text?: string; sort?: SearchSort; page?: number; perPage?: number }
/** One search hit. */
export interface SearchHit { id: string; slug: string; title: string; score: number; modified?: string }
/** One facet value with its count. */
export interface FacetCount { value: string; label?: string; count: number }
/** The answer to a search. */
export interface SearchResult {
  total: number;
  page: number;
  perPage: number;
  hits: SearchHit[];
  facets: Record<"organization" | "theme" | "format" | "license" | "year" | "region" | "classification", FacetCount[]>;
}
"#;

/// An in-memory search index over a catalog's datasets: full text with Indonesian-aware
/// stemming, facets, sorting and paging. `toBytes()` gives a compact prebuilt index a static
/// portal can ship; `SearchIndex.fromBytes()` loads it.
#[wasm_bindgen(js_name = SearchIndex)]
pub struct JsSearchIndex(SearchIndex);

#[wasm_bindgen(js_class = SearchIndex)]
impl JsSearchIndex {
    /// Indexes the datasets of `catalog` (only published ones when `publishedOnly`).
    ///
    /// @throws {DataGoError} `ParseError` when `catalog` is not a catalog document.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "Catalog | string")] catalog: JsValue,
        #[wasm_bindgen(js_name = publishedOnly, unchecked_optional_param_type = "boolean")]
        published_only: JsValue,
    ) -> Result<JsSearchIndex, Error> {
        let text = convert::document_text(&catalog, "catalog")?;
        let catalog = Catalog::from_json(&text)?;
        let published_only = published_only.as_bool().unwrap_or(false);
        Ok(JsSearchIndex(SearchIndex::build(&catalog, published_only)))
    }

    /// Loads a prebuilt index written by `toBytes()`.
    ///
    /// @throws {DataGoError} `search.not-an-index` or `search.corrupt` for other bytes.
    #[wasm_bindgen(js_name = fromBytes)]
    pub fn from_bytes(bytes: &[u8]) -> Result<JsSearchIndex, Error> {
        SearchIndex::from_bytes(bytes)
            .map(JsSearchIndex)
            .map_err(|e| datago_core::Error::from(e).into())
    }

    /// The index in its compact binary form.
    #[wasm_bindgen(js_name = toBytes)]
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.to_bytes()
    }

    /// Number of indexed datasets.
    #[wasm_bindgen(getter)]
    pub fn size(&self) -> usize {
        self.0.len()
    }

    /// Runs a query: a string in the DataGO query syntax, or `{text, sort, page, perPage}`.
    ///
    /// @throws {DataGoError} `InvalidArgumentError` for a wrong type or an unknown sort.
    #[wasm_bindgen(unchecked_return_type = "SearchResult")]
    pub fn search(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | SearchOptions")] query: JsValue,
    ) -> Result<JsValue, Error> {
        let q = if let Some(text) = query.as_string() {
            Query::parse(&text)
        } else if query.is_undefined() || query.is_null() {
            Query::parse("")
        } else {
            let o = convert::object(&query, "query")?;
            let text = convert::optional_string(&convert::property(o, "text"), "query.text")?;
            let mut q = Query::parse(text.as_deref().unwrap_or(""));
            if let Some(s) = convert::optional_string(&convert::property(o, "sort"), "query.sort")?
            {
                q.sort = serde_json::from_value::<Sort>(serde_json::Value::String(s.clone()))
                    .map_err(|_| datago_core::Error::InvalidArgument {
                        what: "sort",
                        value: s,
                        expected: "relevance, modified or title".to_string(),
                    })?;
            }
            if let Some(p) = convert::property(o, "page").as_f64() {
                q.page = p.max(1.0) as usize;
            }
            if let Some(p) = convert::property(o, "perPage").as_f64() {
                q.per_page = p.max(1.0) as usize;
            }
            q
        };
        convert::to_js(&self.0.search(&q))
    }
}

/// The search stem of one word (Indonesian-aware): `stem("pendidikan") === "didik"`.
#[wasm_bindgen(js_name = stem)]
pub fn stem_word(
    #[wasm_bindgen(unchecked_param_type = "string")] word: JsValue,
) -> Result<String, Error> {
    let word = convert::string(&word, "word")?;
    let t = stem::tokens(&word);
    Ok(t.first().map(|w| stem::stem(w)).unwrap_or_default())
}

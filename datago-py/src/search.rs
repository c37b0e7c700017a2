//! Catalog search: `datago.SearchIndex`.

use datago_core::search::{stem, Query, SearchIndex, Sort};
use datago_core::Error;
use pyo3::prelude::*;
use pyo3::types::PyBytes;

use crate::{py_err, to_py, OrPy, PyCatalog};

/// An in-memory search index over a catalog's datasets (full text with Indonesian-aware
/// stemming, facets, sorting, paging), serializable to bytes for a static portal.
#[pyclass(module = "datago", name = "SearchIndex", frozen)]
pub(crate) struct PySearchIndex(SearchIndex);

#[pymethods]
impl PySearchIndex {
    /// Indexes the datasets of `catalog` (only published ones when `published_only`).
    #[new]
    #[pyo3(signature = (catalog, *, published_only = false))]
    fn new(catalog: PyRef<'_, PyCatalog>, published_only: bool) -> Self {
        PySearchIndex(SearchIndex::build(&catalog.inner, published_only))
    }

    /// Reads an index written by `to_bytes`; raises `DataGoError` (`search.*`) otherwise.
    #[staticmethod]
    fn from_bytes(py: Python<'_>, data: &[u8]) -> PyResult<Self> {
        SearchIndex::from_bytes(data)
            .map(PySearchIndex)
            .map_err(|e| py_err(py, Error::from(e)))
    }

    /// The index in its compact binary form.
    fn to_bytes<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, &self.0.to_bytes())
    }

    /// Runs a query in the DataGO query syntax (words, `"phrases"`, `-exclusions`,
    /// `key:value` facet filters); returns `{total, page, perPage, hits, facets}`.
    #[pyo3(signature = (query = "", *, sort = "relevance", page = 1, per_page = 20))]
    fn search<'py>(
        &self,
        py: Python<'py>,
        query: &str,
        sort: &str,
        page: usize,
        per_page: usize,
    ) -> PyResult<Bound<'py, PyAny>> {
        let mut q = Query::parse(query);
        q.sort = serde_json::from_value::<Sort>(serde_json::Value::String(sort.to_string()))
            .map_err(|_| Error::InvalidArgument {
                what: "sort",
                value: sort.to_string(),
                expected: "relevance, modified or title".to_string(),
            })
            .or_py(py)?;
        q.page = page;
        q.per_page = per_page;
        to_py(py, &self.0.search(&q))
    }

    /// Number of indexed datasets.
    fn __len__(&self) -> usize {
        self.0.len()
    }
}

/// The search stem of one word (Indonesian-aware).
#[pyfunction(name = "stem")]
pub(crate) fn stem_word(word: &str) -> String {
    let t = stem::tokens(word);
    t.first().map(|w| stem::stem(w)).unwrap_or_default()
}

//! DataGO replica compliance: home-page check, credit block, terms of use.

use datago_core::render::Format;
use datago_core::replica::{self, ReplicaBranding, TermsOfUse};
use pyo3::prelude::*;
use pyo3::types::PyBytes;

use crate::{findings, lang, to_json_text, to_py, OrPy, PyFinding};

/// Checks a replica's home page (`str`, or `bytes` in UTF-8) for the DataGO logo and a visible,
/// working link to https://datago.magelangkota.go.id: `{compliant, link, logo, findings}`.
/// Raises `ReplicaError` for unusable input (empty, not text, no HTML, too large).
#[pyfunction]
pub(crate) fn check_homepage<'py>(
    py: Python<'py>,
    html: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let report = if let Ok(b) = html.cast::<PyBytes>() {
        replica::check_homepage_bytes(b.as_bytes())
    } else {
        let s: String = html.extract()?;
        replica::check_homepage(&s)
    }
    .or_py(py)?;
    to_py(py, &report)
}

/// The DataGO credit block for a replica's home page, under the replica's own name: `html`
/// (logo `<img>` linked to DataGO and the sentence), `markdown` or `text`.
#[pyfunction]
#[pyo3(signature = (name, *, lang = "id", format = "html", logo = None))]
pub(crate) fn replica_credit(
    py: Python<'_>,
    name: &str,
    lang: &str,
    format: &str,
    logo: Option<String>,
) -> PyResult<String> {
    let l = self::lang(py, lang)?;
    let f = Format::parse(format).or_py(py)?;
    let mut b = ReplicaBranding::new(name);
    if let Some(src) = logo {
        b = b.with_logo(src);
    }
    Ok(b.credit(l, f))
}

/// Checks a replica's declared terms of use (a TermsOfUse dict or JSON text) against the
/// replication terms (provisions 4–8).
#[pyfunction]
#[pyo3(signature = (terms, lang = "id"))]
pub(crate) fn check_terms(
    py: Python<'_>,
    terms: &Bound<'_, PyAny>,
    lang: &str,
) -> PyResult<Vec<PyFinding>> {
    let l = self::lang(py, lang)?;
    let t = TermsOfUse::from_json(&to_json_text(py, terms)?).or_py(py)?;
    Ok(findings(replica::check_terms(&t), l))
}

/// Checks a replica's terms-of-use text (Bahasa Indonesia or English) by keywords.
#[pyfunction]
#[pyo3(signature = (text, lang = "id"))]
pub(crate) fn check_terms_text(py: Python<'_>, text: &str, lang: &str) -> PyResult<Vec<PyFinding>> {
    let l = self::lang(py, lang)?;
    Ok(findings(replica::check_terms_text(text), l))
}

/// The replication terms (provisions 4–8) as data.
#[pyfunction]
pub(crate) fn replication_terms(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    to_py(py, &replica::replication_terms())
}

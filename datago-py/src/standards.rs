//! Metadata standards: DCAT-AP, profiles, Satu Data, metadata quality (MQA).

use std::collections::BTreeMap;

use datago_core::quality::{catalog_quality, dataset_quality, QualityOptions};
use datago_core::standards::profile::{
    validate_catalog_profile, validate_profile as core_profile, Profile,
};
use datago_core::standards::rdf::RdfFormat;
use datago_core::standards::satu_data;
use datago_core::Error;
use pyo3::prelude::*;

use crate::{findings, lang, py_err, to_py, OrPy, PyCatalog, PyDataset, PyFinding};

fn not_a_document(py: Python<'_>, document: &Bound<'_, PyAny>) -> PyErr {
    let name = document
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".to_string());
    py_err(
        py,
        Error::InvalidArgument {
            what: "document",
            value: name,
            expected: "a datago.Catalog or datago.Dataset".to_string(),
        },
    )
}

/// Scores a dataset or a catalog as data.europa.eu's Metadata Quality Assessment does (405
/// points). URL reachability is never fetched: pass `reachable={url: bool}`; `dcat_ap_compliant`
/// overrides the DCAT-AP compliance indicator (default: the `dcat-ap-3` profile has no error).
#[pyfunction]
#[pyo3(signature = (document, *, reachable = None, dcat_ap_compliant = None))]
pub(crate) fn quality<'py>(
    py: Python<'py>,
    document: &Bound<'py, PyAny>,
    reachable: Option<BTreeMap<String, bool>>,
    dcat_ap_compliant: Option<bool>,
) -> PyResult<Bound<'py, PyAny>> {
    let options = QualityOptions {
        reachable: reachable.unwrap_or_default(),
        dcat_ap_compliant,
    };
    if let Ok(d) = document.cast::<PyDataset>() {
        return to_py(py, &dataset_quality(&d.borrow().inner, &options));
    }
    if let Ok(c) = document.cast::<PyCatalog>() {
        return to_py(py, &catalog_quality(&c.borrow().inner, &options));
    }
    Err(not_a_document(py, document))
}

/// Checks a dataset or a catalog against a named profile (`dcat-ap-3`, `ckan`, `satu-data`).
#[pyfunction]
#[pyo3(signature = (document, profile, *, lang = "id"))]
pub(crate) fn validate_profile(
    py: Python<'_>,
    document: &Bound<'_, PyAny>,
    profile: &str,
    lang: &str,
) -> PyResult<Vec<PyFinding>> {
    let l = self::lang(py, lang)?;
    let p = Profile::parse(profile).or_py(py)?;
    if let Ok(d) = document.cast::<PyDataset>() {
        return Ok(findings(core_profile(&d.borrow().inner, p), l));
    }
    if let Ok(c) = document.cast::<PyCatalog>() {
        return Ok(findings(validate_catalog_profile(&c.borrow().inner, p), l));
    }
    Err(not_a_document(py, document))
}

/// The four principles of Satu Data (Perpres 39/2019) for a dataset: standar data, metadata,
/// interoperabilitas, kode referensi — each passed or not, with findings.
#[pyfunction]
pub(crate) fn satu_data_check<'py>(
    py: Python<'py>,
    dataset: PyRef<'py, PyDataset>,
) -> PyResult<Bound<'py, PyAny>> {
    to_py(py, &satu_data::check(&dataset.inner))
}

/// The dataset's Satu Data metadata (MS-Keg, MS-Var, MS-Ind) as INDAH v2 JSON.
#[pyfunction]
pub(crate) fn indah_json<'py>(
    py: Python<'py>,
    dataset: PyRef<'py, PyDataset>,
) -> PyResult<Bound<'py, PyAny>> {
    let sd = dataset.inner.satu_data.clone().unwrap_or_default();
    to_py(py, &satu_data::indah_json(&sd))
}

/// Converts a dataset's metadata between standards through the DataGO model.
///
/// `source` is `ckan` (a package dict or a `package_show` response), `datapackage`
/// (datapackage.json v2 or v1) or `model` (a DataGO dataset document); `target` is `ckan`,
/// `datapackage`, `schema-org` or `model`. `document` is JSON text or a dict.
#[pyfunction]
pub(crate) fn convert<'py>(
    py: Python<'py>,
    source: &str,
    target: &str,
    document: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let text = crate::to_json_text(py, document)?;
    let out = datago_core::standards::convert(source, target, &text).or_py(py)?;
    to_py(py, &out)
}

/// Converts metadata between standards, text in and text out, through the DataGO model.
///
/// `source` is `ckan` (a package, a `package_show` or `package_search` response or result, or a
/// list of packages), `dcat-ap` (Turtle or JSON-LD: `input_format`, else recognised from the
/// text), `datapackage` or `model`; `target` is `dcat-ap` (`rdf_format`: `jsonld` or `turtle`),
/// `ckan`, `datapackage`, `schema-org` or `model` (pretty-printed JSON). One dataset in gives
/// that dataset; several give a DCAT-AP catalog or a JSON list. `document` is text or a dict.
#[pyfunction]
#[pyo3(signature = (source, target, document, *, rdf_format = "jsonld", input_format = None, contexts = None))]
pub(crate) fn convert_text(
    py: Python<'_>,
    source: &str,
    target: &str,
    document: &Bound<'_, PyAny>,
    rdf_format: &str,
    input_format: Option<&str>,
    contexts: Option<BTreeMap<String, String>>,
) -> PyResult<String> {
    let text = crate::to_json_text(py, document)?;
    let options = datago_core::standards::ConvertOptions {
        input_rdf: input_format.map(RdfFormat::parse).transpose().or_py(py)?,
        output_rdf: Some(RdfFormat::parse(rdf_format).or_py(py)?),
        contexts: contexts.unwrap_or_default().into_iter().collect(),
    };
    datago_core::standards::convert_text(source, target, &text, &options).or_py(py)
}

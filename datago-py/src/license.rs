//! Licences: registry, normalisation, compatibility, attribution, dataset checks.

use datago_core::license::{self, AttributionOptions, Purpose};
use datago_core::render::Format;
use datago_core::{Catalog, Dataset, Error, Resource};
use pyo3::prelude::*;

use crate::{findings, lang, to_json_text, to_py, OrPy, PyCatalog, PyDataset, PyFinding};

/// A dataset argument: a `Dataset`, a dict or JSON text.
pub(crate) fn dataset_arg(py: Python<'_>, obj: &Bound<'_, PyAny>) -> PyResult<Dataset> {
    if let Ok(d) = obj.cast::<PyDataset>() {
        return Ok(d.borrow().inner.clone());
    }
    Dataset::from_json(&to_json_text(py, obj)?).or_py(py)
}

/// Every licence of the registry (SPDX/Open Definition/CKAN ids, EU NAL URI, facets).
#[pyfunction]
pub(crate) fn license_registry(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    to_py(py, &license::registry())
}

/// The licence with this exact id, CKAN/Open Definition id, EU NAL URI or URL, or `None`.
#[pyfunction]
pub(crate) fn get_license<'py>(py: Python<'py>, key: &str) -> PyResult<Option<Bound<'py, PyAny>>> {
    license::get(key).map(|l| to_py(py, l)).transpose()
}

/// The licence for an id, URL or name; raises `LicenseError` (`license.unknown`) otherwise.
#[pyfunction]
pub(crate) fn lookup_license<'py>(py: Python<'py>, key: &str) -> PyResult<Bound<'py, PyAny>> {
    let l = license::lookup(key).or_py(py)?;
    to_py(py, l)
}

/// Recognises a licence string as found in the wild: `{input, id, spdx, title, url,
/// confidence, matchedBy, assumedVersion, notes, suggestions, license}` (`id`/`spdx` `None`
/// when unknown).
#[pyfunction]
pub(crate) fn normalize_license<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    to_py(py, &license::normalize(text))
}

/// The licences a work combining material under `licenses` can be published under:
/// `{inputs, compatible, recommended, allowed, conditions, reasons, unknown}`.
#[pyfunction]
pub(crate) fn combine_licenses<'py>(
    py: Python<'py>,
    licenses: Vec<String>,
) -> PyResult<Bound<'py, PyAny>> {
    let refs: Vec<&str> = licenses.iter().map(String::as_str).collect();
    to_py(py, &license::combine_ids(&refs))
}

/// What `license` allows for `purpose` (`commercial`, `redistribution`, `derivative`,
/// `database-extraction`, `attribution-free`, `relicensing`): `{license, purpose, allowed,
/// conditions, reasons}`. Raises `LicenseError` (`license.purpose-unknown`) for another purpose.
#[pyfunction]
pub(crate) fn can_use<'py>(
    py: Python<'py>,
    license: &str,
    purpose: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let p = Purpose::parse(purpose).or_py(py)?;
    to_py(py, &license::can_use_id(license, p))
}

fn resource_arg<'a>(
    py: Python<'_>,
    ds: &'a Dataset,
    r: &Bound<'_, PyAny>,
) -> PyResult<&'a Resource> {
    let found = if let Ok(i) = r.extract::<usize>() {
        ds.resources.get(i)
    } else if let Ok(id) = r.extract::<String>() {
        ds.resources
            .iter()
            .find(|x| x.id.as_deref() == Some(id.as_str()))
    } else {
        None
    };
    found
        .ok_or_else(|| Error::InvalidArgument {
            what: "resource",
            value: r.to_string(),
            expected: "the index or the id of one of the dataset's resources".to_string(),
        })
        .or_py(py)
}

/// The TASL attribution (title, author, source, licence) of a dataset or one of its resources
/// (`resource`: index or id): `{title, author, source, license, licenseName, licenseUrl,
/// modified, lang, format, text, warnings}`. `format` is `text`, `markdown` (`md`) or `html`;
/// every value is escaped for it.
#[pyfunction]
#[pyo3(signature = (dataset, *, resource = None, catalog = None, lang = "id", format = "text", cc4 = false, omit_title = false, modified = false, modifications = None, base_url = None))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn attribution<'py>(
    py: Python<'py>,
    dataset: &Bound<'py, PyAny>,
    resource: Option<&Bound<'py, PyAny>>,
    catalog: Option<PyRef<'py, PyCatalog>>,
    lang: &str,
    format: &str,
    cc4: bool,
    omit_title: bool,
    modified: bool,
    modifications: Option<String>,
    base_url: Option<String>,
) -> PyResult<Bound<'py, PyAny>> {
    let ds = dataset_arg(py, dataset)?;
    let options = AttributionOptions {
        lang: self::lang(py, lang)?,
        format: Format::parse(format).or_py(py)?,
        cc4,
        omit_title,
        modified,
        modifications,
        base_url,
    };
    let res = resource.map(|r| resource_arg(py, &ds, r)).transpose()?;
    let cat: Option<&Catalog> = catalog.as_ref().map(|c| &c.inner);
    to_py(py, &license::attribution(&ds, res, cat, &options))
}

/// The licence findings of a dataset: unknown ids (with suggestions), ids not written
/// canonically, resources whose licence conflicts with the dataset's.
#[pyfunction]
#[pyo3(signature = (dataset, lang = "id"))]
pub(crate) fn check_dataset_license(
    py: Python<'_>,
    dataset: &Bound<'_, PyAny>,
    lang: &str,
) -> PyResult<Vec<PyFinding>> {
    let l = self::lang(py, lang)?;
    let ds = dataset_arg(py, dataset)?;
    Ok(findings(license::check_dataset(&ds), l))
}

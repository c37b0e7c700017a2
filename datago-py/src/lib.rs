//! Python bindings of DataGO (`import datago`). Types and errors are converted here; every rule
//! lives in `datago-core`.
#![cfg(not(target_family = "wasm"))]

mod license;
mod replica;
mod replication;
mod search;
mod standards;
mod table;

use std::collections::BTreeMap;

use datago_core::document::{normalize_json, validate_json};
use datago_core::schema::{json_schema, DocumentType};
use datago_core::standards::dcat_ap::{self, DcatOptions};
use datago_core::standards::rdf::RdfFormat;
use datago_core::{
    slug, vocab, workflow, Bundle, Catalog, ContactPoint, Dataset, Error, Finding, Lang,
    Organization, RegionCode, Report, Resource,
};
use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};
use serde::Serialize;

create_exception!(
    datago,
    DataGoError,
    PyValueError,
    "Base class of every DataGO error; has `.code`, `.message_id` and `.message_en`."
);
create_exception!(
    datago,
    ParseError,
    DataGoError,
    "A document could not be read (JSON syntax or shape); has `.line` and `.column`."
);
create_exception!(
    datago,
    ValidationError,
    DataGoError,
    "A document has findings of severity error; has `.findings`."
);
create_exception!(
    datago,
    WorkflowError,
    DataGoError,
    "A publication workflow step was refused."
);
create_exception!(
    datago,
    BundleError,
    DataGoError,
    "A catalog directory could not be used."
);
create_exception!(
    datago,
    LicenseError,
    DataGoError,
    "A licence is unknown (`license.unknown`) or a purpose is not a known one (`license.purpose-unknown`)."
);
create_exception!(
    datago,
    ReplicaError,
    DataGoError,
    "A replica's home page cannot be checked: empty, not text, no HTML or too large (`replica.input.*`)."
);
create_exception!(
    datago,
    InvalidArgumentError,
    DataGoError,
    "An argument is not one of the accepted values."
);

/// Converts a core error to the matching Python exception, with its code and both messages.
pub(crate) fn py_err(py: Python<'_>, e: Error) -> PyErr {
    let en = e.message(Lang::En);
    let err = match &e {
        Error::Parse(_) => ParseError::new_err(en.clone()),
        Error::Workflow(_) => WorkflowError::new_err(en.clone()),
        Error::Bundle(datago_core::BundleError::Parse { .. }) => ParseError::new_err(en.clone()),
        Error::Bundle(_) => BundleError::new_err(en.clone()),
        Error::Invalid(_) => ValidationError::new_err(en.clone()),
        Error::InvalidArgument { .. } => InvalidArgumentError::new_err(en.clone()),
        Error::Table(_) => table::TableError::new_err(en.clone()),
        Error::License(_) => LicenseError::new_err(en.clone()),
        Error::Replica(_) => ReplicaError::new_err(en.clone()),
        Error::Replication(_) => replication::ReplicationError::new_err(en.clone()),
        _ => DataGoError::new_err(en.clone()),
    };
    let value = err.value(py);
    let set = |k: &str, v: Bound<'_, PyAny>| {
        // Setting an attribute on a fresh exception instance cannot fail.
        let _ = value.setattr(k, v);
    };
    set("code", PyString::new(py, e.code()).into_any());
    set(
        "message_id",
        PyString::new(py, &e.message(Lang::Id)).into_any(),
    );
    set("message_en", PyString::new(py, &en).into_any());
    let parse = match &e {
        Error::Parse(p) | Error::Bundle(datago_core::BundleError::Parse { source: p, .. }) => {
            Some(p)
        }
        _ => None,
    };
    if let Some(p) = parse {
        set(
            "line",
            p.line()
                .into_pyobject(py)
                .map(|v| v.into_any())
                .unwrap_or_else(|_| py.None().into_bound(py)),
        );
        set(
            "column",
            p.column()
                .into_pyobject(py)
                .map(|v| v.into_any())
                .unwrap_or_else(|_| py.None().into_bound(py)),
        );
    }
    if let Error::Invalid(findings) = &e {
        let list: Vec<PyFinding> = findings
            .iter()
            .cloned()
            .map(|f| PyFinding::new(f, Lang::Id))
            .collect();
        if let Ok(l) = list.into_pyobject(py) {
            set("findings", l.into_any());
        }
    }
    err
}

pub(crate) trait OrPy<T> {
    fn or_py(self, py: Python<'_>) -> PyResult<T>;
}

impl<T, E: Into<Error>> OrPy<T> for Result<T, E> {
    fn or_py(self, py: Python<'_>) -> PyResult<T> {
        self.map_err(|e| py_err(py, e.into()))
    }
}

pub(crate) fn lang(py: Python<'_>, tag: &str) -> PyResult<Lang> {
    Lang::parse(tag)
        .ok_or_else(|| Error::InvalidArgument {
            what: "language",
            value: tag.to_string(),
            expected: "id or en".to_string(),
        })
        .or_py(py)
}

fn kind(py: Python<'_>, name: &str) -> PyResult<DocumentType> {
    DocumentType::parse(name).or_py(py)
}

/// Any Python value → serde_json value (dicts, lists, str, int, float, bool, None).
pub(crate) fn to_value(py: Python<'_>, obj: &Bound<'_, PyAny>) -> PyResult<serde_json::Value> {
    pythonize::depythonize::<serde_json::Value>(obj).map_err(|e| {
        py_err(
            py,
            Error::InvalidArgument {
                what: "document",
                value: e.to_string(),
                expected:
                    "a dict of JSON-compatible values (str, int, float, bool, None, list, dict)"
                        .to_string(),
            },
        )
    })
}

/// A `str` is JSON text; anything else is converted as a JSON value.
pub(crate) fn to_json_text(py: Python<'_>, obj: &Bound<'_, PyAny>) -> PyResult<String> {
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(s.to_string());
    }
    Ok(to_value(py, obj)?.to_string())
}

pub(crate) fn to_py<'py, T: Serialize>(py: Python<'py>, v: &T) -> PyResult<Bound<'py, PyAny>> {
    pythonize::pythonize(py, v).map_err(|e| DataGoError::new_err(e.to_string()))
}

// ---------------------------------------------------------------------------------------------

/// One finding of a validation: `code`, `severity`, `path`, `document`, `message`.
#[pyclass(module = "datago", name = "Finding", frozen, eq)]
#[derive(Clone, PartialEq)]
pub(crate) struct PyFinding {
    pub(crate) inner: Finding,
    pub(crate) lang: Lang,
}

impl PyFinding {
    pub(crate) fn new(inner: Finding, lang: Lang) -> Self {
        PyFinding { inner, lang }
    }
}

#[pymethods]
impl PyFinding {
    /// Stable machine code, e.g. `dataset.slug.invalid`.
    #[getter]
    fn code(&self) -> &str {
        &self.inner.code
    }
    /// `error`, `warning` or `info`.
    #[getter]
    fn severity(&self) -> &'static str {
        self.inner.severity.as_str()
    }
    /// JSON pointer into the document.
    #[getter]
    fn path(&self) -> &str {
        &self.inner.path
    }
    /// The document the finding is about, in a catalog report.
    #[getter]
    fn document(&self) -> Option<&str> {
        self.inner.document.as_deref()
    }
    /// The message in the language asked for (Bahasa Indonesia by default).
    #[getter]
    fn message(&self) -> &str {
        self.inner.message.get(self.lang)
    }
    /// The message in Bahasa Indonesia.
    #[getter]
    fn message_id(&self) -> &str {
        &self.inner.message.id
    }
    /// The message in English.
    #[getter]
    fn message_en(&self) -> &str {
        &self.inner.message.en
    }
    /// The finding as a plain dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner)
    }
    fn __repr__(&self) -> String {
        format!(
            "Finding(code={:?}, severity={:?}, path={:?})",
            self.inner.code,
            self.inner.severity.as_str(),
            self.inner.path
        )
    }
}

pub(crate) fn findings(list: Vec<Finding>, lang: Lang) -> Vec<PyFinding> {
    list.into_iter().map(|f| PyFinding::new(f, lang)).collect()
}

/// The result of checking a catalog.
#[pyclass(module = "datago", name = "Report", frozen)]
pub(crate) struct PyReport {
    pub(crate) inner: Report,
    pub(crate) lang: Lang,
}

#[pymethods]
impl PyReport {
    /// True when there is no finding of severity error.
    #[getter]
    fn valid(&self) -> bool {
        self.inner.valid
    }
    /// The catalog's id.
    #[getter]
    fn catalog(&self) -> &str {
        &self.inner.catalog
    }
    /// The catalog's title.
    #[getter]
    fn title(&self) -> &str {
        &self.inner.title
    }
    /// Number of datasets read.
    #[getter]
    fn datasets(&self) -> usize {
        self.inner.datasets
    }
    /// Number of organizations.
    #[getter]
    fn organizations(&self) -> usize {
        self.inner.organizations
    }
    /// Number of resources.
    #[getter]
    fn resources(&self) -> usize {
        self.inner.resources
    }
    /// Findings per severity: `{"error": n, "warning": n, "info": n}`.
    #[getter]
    fn counts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner.counts)
    }
    /// Datasets with findings, worst first.
    #[getter]
    fn worst<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner.worst)
    }
    /// Every finding.
    #[getter]
    fn findings(&self) -> Vec<PyFinding> {
        findings(self.inner.findings.clone(), self.lang)
    }
    /// The report as a plain dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner)
    }
    /// The report as JSON text.
    #[pyo3(signature = (indent = None))]
    fn to_json(&self, indent: Option<usize>) -> String {
        datago_core::document::to_json(&self.inner, indent.is_some())
    }
    fn __repr__(&self) -> String {
        let c = self.inner.counts;
        format!(
            "Report(catalog={:?}, valid={}, datasets={}, errors={}, warnings={}, infos={})",
            self.inner.catalog,
            if self.inner.valid { "True" } else { "False" },
            self.inner.datasets,
            c.error,
            c.warning,
            c.info
        )
    }
}

// ---------------------------------------------------------------------------------------------
// Document classes: the same surface for every document type.

macro_rules! document_class {
    ($py_name:literal, $rust:ident, $core:ty, $kind:expr, { $($extra:tt)* }) => {
        #[doc = concat!("A DataGO ", $py_name, " document.")]
        #[pyclass(module = "datago", name = $py_name, eq)]
        #[derive(Clone)]
        pub(crate) struct $rust {
            pub(crate) inner: $core,
            /// Fields of the source the document did not recognise, as findings.
            unknown: Vec<Finding>,
        }

        impl PartialEq for $rust {
            fn eq(&self, other: &Self) -> bool {
                self.inner == other.inner
            }
        }

        impl From<$core> for $rust {
            fn from(inner: $core) -> Self {
                Self { inner, unknown: Vec::new() }
            }
        }

        #[pymethods]
        impl $rust {
            /// Reads the document from JSON text; raises `ParseError`.
            #[staticmethod]
            fn from_json(py: Python<'_>, json: &str) -> PyResult<Self> {
                let (inner, unknown) =
                    datago_core::document::from_json_reporting::<$core>(json).or_py(py)?;
                Ok(Self { inner, unknown })
            }
            /// Reads the document from a dict; raises `ParseError`.
            #[staticmethod]
            fn from_dict(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
                let text = to_value(py, data)?.to_string();
                let (inner, unknown) =
                    datago_core::document::from_json_reporting::<$core>(&text).or_py(py)?;
                Ok(Self { inner, unknown })
            }
            /// The document as a plain dict (stable JSON field names).
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                to_py(py, &self.inner)
            }
            /// The document as JSON text (pretty when `indent` is given).
            #[pyo3(signature = (indent = None))]
            fn to_json(&self, indent: Option<usize>) -> String {
                datago_core::document::to_json(&self.inner, indent.is_some())
            }
            /// Every finding about the document, including fields of its source that were not
            /// recognised; `lang` chooses the language of `.message`.
            #[pyo3(signature = (lang = "id"))]
            fn validate(&self, py: Python<'_>, lang: &str) -> PyResult<Vec<PyFinding>> {
                let l = self::lang(py, lang)?;
                let mut all = self.unknown.clone();
                all.extend(self.inner.validate());
                Ok(findings(all, l))
            }
            /// Raises `ValidationError` (with `.findings`) when there is a finding of severity
            /// error.
            fn ensure_valid(&self, py: Python<'_>) -> PyResult<()> {
                let errors: Vec<Finding> = self
                    .unknown
                    .iter()
                    .cloned()
                    .chain(self.inner.validate())
                    .filter(|f| f.severity == datago_core::Severity::Error)
                    .collect();
                if errors.is_empty() {
                    Ok(())
                } else {
                    Err(py_err(py, Error::Invalid(errors)))
                }
            }
            /// The JSON Schema of this document type.
            #[staticmethod]
            fn json_schema<'py>(py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                to_py(py, &json_schema($kind))
            }
            fn __repr__(&self) -> String {
                format!("{}({})", $py_name, self.inner.to_short())
            }

            $($extra)*
        }
    };
}

trait Short {
    fn to_short(&self) -> String;
}
impl Short for Dataset {
    fn to_short(&self) -> String {
        format!("slug={:?}, status={:?}", self.slug, self.status.as_str())
    }
}
impl Short for Catalog {
    fn to_short(&self) -> String {
        format!("id={:?}, datasets={}", self.id, self.datasets.len())
    }
}
impl Short for Organization {
    fn to_short(&self) -> String {
        format!("code={:?}, role={:?}", self.code, self.role.as_str())
    }
}
impl Short for Resource {
    fn to_short(&self) -> String {
        format!("title={:?}", self.title.best(Lang::Id))
    }
}
impl Short for ContactPoint {
    fn to_short(&self) -> String {
        format!("name={:?}", self.name)
    }
}

document_class!("Dataset", PyDataset, Dataset, DocumentType::Dataset, {
    /// Stable identifier.
    #[getter]
    fn id(&self) -> &str {
        &self.inner.id
    }
    /// URL slug.
    #[getter]
    fn slug(&self) -> &str {
        &self.inner.slug
    }
    /// Title per language, e.g. `{"id": "…", "en": "…"}`.
    #[getter]
    fn title(&self) -> BTreeMap<String, String> {
        self.inner.title.0.clone()
    }
    /// Workflow status (`draft`, `submitted`, `verified`, `returned`, `published`, `archived`).
    #[getter]
    fn status(&self) -> &'static str {
        self.inner.status.as_str()
    }
    /// Producer organization code.
    #[getter]
    fn producer(&self) -> &str {
        &self.inner.producer
    }
    /// Walidata organization code.
    #[getter]
    fn walidata(&self) -> &str {
        &self.inner.walidata
    }
    /// Recorded workflow steps as dicts, oldest first.
    #[getter]
    fn history<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner.history)
    }
    /// EU data theme URIs of the dataset's urusan.
    fn eu_themes(&self) -> Vec<String> {
        self.inner.eu_themes()
    }
    /// Takes a workflow step (`submit`, `verify`, `return`, `publish`, `archive`) as `actor`
    /// acting for `organization` at `at` (aware datetime or RFC 3339 string); records it and
    /// returns the recorded step as a dict. Raises `WorkflowError` when refused.
    #[pyo3(signature = (action, *, organization, actor, at, note = None))]
    fn apply<'py>(
        &mut self,
        py: Python<'py>,
        action: &str,
        organization: &str,
        actor: &str,
        at: &Bound<'py, PyAny>,
        note: Option<String>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let action = workflow::parse_action(action).or_py(py)?;
        let at = time_arg(py, at)?;
        let t = self
            .inner
            .apply(
                action,
                datago_core::Actor::new(organization, actor),
                at,
                note,
            )
            .or_py(py)?;
        to_py(py, t)
    }
});
document_class!("Catalog", PyCatalog, Catalog, DocumentType::Catalog, {
    /// Catalog id.
    #[getter]
    fn id(&self) -> &str {
        &self.inner.id
    }
    /// The datasets.
    #[getter]
    fn datasets(&self) -> Vec<PyDataset> {
        self.inner
            .datasets
            .iter()
            .cloned()
            .map(PyDataset::from)
            .collect()
    }
    /// The organizations.
    #[getter]
    fn organizations(&self) -> Vec<PyOrganization> {
        self.inner
            .organizations
            .iter()
            .cloned()
            .map(PyOrganization::from)
            .collect()
    }
    /// A report of the catalog as one document.
    #[pyo3(signature = (lang = "id"))]
    fn report(&self, py: Python<'_>, lang: &str) -> PyResult<PyReport> {
        Ok(PyReport {
            inner: Report::of(&self.inner),
            lang: self::lang(py, lang)?,
        })
    }
});
document_class!(
    "Organization",
    PyOrganization,
    Organization,
    DocumentType::Organization,
    {
        /// Organization code.
        #[getter]
        fn code(&self) -> &str {
            &self.inner.code
        }
        /// Satu Data role (`pembina-data`, `walidata`, `walidata-pendukung`, `produsen-data`).
        #[getter]
        fn role(&self) -> &'static str {
            self.inner.role.as_str()
        }
    }
);
document_class!("Resource", PyResource, Resource, DocumentType::Resource, {});
document_class!(
    "ContactPoint",
    PyContactPoint,
    ContactPoint,
    DocumentType::ContactPoint,
    {}
);

/// Reads a workflow time: an aware `datetime` or an RFC 3339 string.
fn time_arg(py: Python<'_>, at: &Bound<'_, PyAny>) -> PyResult<chrono::DateTime<chrono::Utc>> {
    let text = if let Ok(s) = at.cast::<PyString>() {
        s.to_string()
    } else if at.hasattr("isoformat")? {
        let tz = at.getattr("tzinfo").ok().filter(|t| !t.is_none());
        if tz.is_none() {
            return Err(py_err(
                py,
                Error::InvalidArgument {
                    what: "timestamp",
                    value: at.repr()?.to_string(),
                    expected: "a timezone-aware datetime (e.g. datetime.now(timezone.utc))"
                        .to_string(),
                },
            ));
        }
        at.call_method0("isoformat")?.extract::<String>()?
    } else {
        at.repr()?.to_string()
    };
    workflow::parse_time(&text).or_py(py)
}

// ---------------------------------------------------------------------------------------------
// Functions.

/// Parses JSON text as a document of `kind` and returns it in canonical form as a dict.
#[pyfunction]
fn parse_document<'py>(py: Python<'py>, kind: &str, json: &str) -> PyResult<Bound<'py, PyAny>> {
    let k = self::kind(py, kind)?;
    let v = normalize_json(k, json).or_py(py)?;
    to_py(py, &v)
}

/// Validates a document of `kind` given as a dict or JSON text.
#[pyfunction]
#[pyo3(signature = (kind, document, lang = "id"))]
fn validate(
    py: Python<'_>,
    kind: &str,
    document: &Bound<'_, PyAny>,
    lang: &str,
) -> PyResult<Vec<PyFinding>> {
    let k = self::kind(py, kind)?;
    let l = self::lang(py, lang)?;
    let text = to_json_text(py, document)?;
    Ok(findings(validate_json(k, &text).or_py(py)?, l))
}

fn bundle_from(py: Python<'_>, files: &Bound<'_, PyDict>) -> PyResult<Bundle> {
    let mut b = Bundle::new();
    for (k, v) in files.iter() {
        let path: String = k.extract().map_err(|_| {
            py_err(
                py,
                Error::InvalidArgument {
                    what: "file name",
                    value: k.to_string(),
                    expected: "str".to_string(),
                },
            )
        })?;
        let bytes = if let Ok(s) = v.cast::<PyString>() {
            s.to_string().into_bytes()
        } else if let Ok(b) = v.cast::<PyBytes>() {
            b.as_bytes().to_vec()
        } else {
            return Err(py_err(
                py,
                Error::InvalidArgument {
                    what: "file contents",
                    value: path,
                    expected: "str or bytes".to_string(),
                },
            ));
        };
        b.insert(path, bytes);
    }
    Ok(b)
}

fn run_check(
    py: Python<'_>,
    b: &Bundle,
    progress: Option<&Bound<'_, PyAny>>,
    lang: Lang,
) -> PyResult<PyReport> {
    let mut callback_error: Option<PyErr> = None;
    let mut cb = |done: usize, total: usize| {
        if let (Some(f), None) = (progress, &callback_error) {
            if let Err(e) = f.call1((done, total)) {
                callback_error = Some(e);
            }
        }
    };
    let report = b.check_with_progress(&mut cb).or_py(py)?;
    if let Some(e) = callback_error {
        return Err(e);
    }
    Ok(PyReport {
        inner: report,
        lang,
    })
}

/// Checks a catalog directory on disk (`catalog.json`, `datasets/*.json`, data files).
#[pyfunction]
#[pyo3(signature = (path, *, progress = None, lang = "id"))]
fn check_catalog(
    py: Python<'_>,
    path: std::path::PathBuf,
    progress: Option<&Bound<'_, PyAny>>,
    lang: &str,
) -> PyResult<PyReport> {
    let l = self::lang(py, lang)?;
    let b = Bundle::from_dir(&path).or_py(py)?;
    run_check(py, &b, progress, l)
}

/// Checks a catalog directory given as `{relative path: str | bytes}`.
#[pyfunction]
#[pyo3(signature = (files, *, progress = None, lang = "id"))]
fn check_bundle(
    py: Python<'_>,
    files: &Bound<'_, PyDict>,
    progress: Option<&Bound<'_, PyAny>>,
    lang: &str,
) -> PyResult<PyReport> {
    let l = self::lang(py, lang)?;
    let b = bundle_from(py, files)?;
    run_check(py, &b, progress, l)
}

/// Reads a catalog directory on disk into a `Catalog` (datasets from `datasets/*.json` included).
#[pyfunction]
fn load_catalog(py: Python<'_>, path: std::path::PathBuf) -> PyResult<PyCatalog> {
    let b = Bundle::from_dir(&path).or_py(py)?;
    Ok(PyCatalog::from(b.load().or_py(py)?.catalog))
}

/// Checks the embedded Kota Magelang sample catalog.
#[pyfunction]
#[pyo3(signature = (lang = "id"))]
fn check_sample(py: Python<'_>, lang: &str) -> PyResult<PyReport> {
    let l = self::lang(py, lang)?;
    run_check(py, &datago_core::sample::bundle(), None, l)
}

/// The embedded Kota Magelang sample catalog.
#[pyfunction]
fn sample_catalog(py: Python<'_>) -> PyResult<PyCatalog> {
    Ok(PyCatalog::from(
        datago_core::sample::bundle().load().or_py(py)?.catalog,
    ))
}

/// The files of the embedded sample: `{relative path: bytes}`.
#[pyfunction]
fn sample_files(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    let d = PyDict::new(py);
    for (path, bytes) in datago_core::sample::files() {
        d.set_item(*path, PyBytes::new(py, bytes))?;
    }
    Ok(d)
}

fn rdf_format(py: Python<'_>, format: &str) -> PyResult<RdfFormat> {
    RdfFormat::parse(format).or_py(py)
}

/// A catalog or a dataset as DCAT-AP 3.0.1 Turtle (`format="turtle"`) or JSON-LD (`"jsonld"`).
/// `catalog` supplies organization names and the base IRI when exporting a dataset.
#[pyfunction]
#[pyo3(signature = (document, format = "turtle", *, catalog = None, base = None, published_only = false))]
fn export_dcat_ap(
    py: Python<'_>,
    document: &Bound<'_, PyAny>,
    format: &str,
    catalog: Option<PyRef<'_, PyCatalog>>,
    base: Option<String>,
    published_only: bool,
) -> PyResult<String> {
    let f = rdf_format(py, format)?;
    let opts = DcatOptions {
        base,
        published_only,
    };
    if let Ok(c) = document.cast::<PyCatalog>() {
        return Ok(dcat_ap::export_catalog(&c.borrow().inner, f, &opts));
    }
    if let Ok(d) = document.cast::<PyDataset>() {
        let cat = catalog.as_ref().map(|c| &c.inner);
        return Ok(dcat_ap::export_dataset(&d.borrow().inner, cat, f, &opts));
    }
    Err(py_err(
        py,
        Error::InvalidArgument {
            what: "document",
            value: document.get_type().name()?.to_string(),
            expected: "a datago.Catalog or datago.Dataset".to_string(),
        },
    ))
}

/// Reads DCAT-AP (Turtle or JSON-LD) into a `Catalog`. JSON-LD contexts referenced by URL are
/// taken from `contexts` (`{url: json text}`); nothing is fetched.
#[pyfunction]
#[pyo3(signature = (text, format = "turtle", *, contexts = None))]
fn import_dcat_ap(
    py: Python<'_>,
    text: &str,
    format: &str,
    contexts: Option<BTreeMap<String, String>>,
) -> PyResult<PyCatalog> {
    let f = rdf_format(py, format)?;
    let ctx: Vec<(&str, &str)> = contexts
        .iter()
        .flatten()
        .map(|(u, c)| (u.as_str(), c.as_str()))
        .collect();
    Ok(PyCatalog::from(dcat_ap::import(text, f, &ctx).or_py(py)?))
}

/// Makes a CKAN-valid slug from a title, or `None`.
#[pyfunction]
fn slugify(text: &str) -> Option<String> {
    slug::slugify(text)
}

/// True when `text` is a valid slug (CKAN rules).
#[pyfunction]
fn is_valid_slug(text: &str) -> bool {
    slug::is_valid(text)
}

/// What the shape of a region code tells: scheme, level, both forms.
#[pyfunction]
#[pyo3(signature = (code, scheme = None))]
fn region_info<'py>(
    py: Python<'py>,
    code: &str,
    scheme: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    let rc = RegionCode::from_input(code, scheme).or_py(py)?;
    to_py(py, &rc.info())
}

/// EU vocabulary URIs for a value of `frequency`, `access` or `urusan`.
#[pyfunction]
fn eu_uris(py: Python<'_>, vocabulary: &str, value: &str) -> PyResult<Vec<String>> {
    vocab::eu_uris(vocabulary, value).or_py(py)
}

/// The urusan pemerintahan (Permendagri 90/2019) with their EU themes.
#[pyfunction]
fn urusan_list(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    to_py(py, &vocab::urusan_list())
}

/// Every validation rule: code, severity and messages.
#[pyfunction]
fn rules(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    to_py(py, &datago_core::rules::ALL)
}

/// The JSON Schema of a document type.
#[pyfunction(name = "json_schema")]
fn json_schema_fn<'py>(py: Python<'py>, kind: &str) -> PyResult<Bound<'py, PyAny>> {
    let k = self::kind(py, kind)?;
    to_py(py, &json_schema(k))
}

#[pymodule]
mod _core {
    #[pymodule_export]
    use super::{
        check_bundle, check_catalog, check_sample, eu_uris, export_dcat_ap, import_dcat_ap,
        is_valid_slug, json_schema_fn, load_catalog, parse_document, region_info, rules,
        sample_catalog, sample_files, slugify, urusan_list, validate, BundleError, DataGoError,
        InvalidArgumentError, ParseError, PyCatalog, PyContactPoint, PyDataset, PyFinding,
        PyOrganization, PyReport, PyResource, ValidationError, WorkflowError,
    };

    // Each domain module of the bindings exports its own items here, one `use` line each.
    #[pymodule_export]
    use super::license::{
        attribution, can_use, check_dataset_license, combine_licenses, get_license,
        license_registry, lookup_license, normalize_license,
    };
    #[pymodule_export]
    use super::replica::{
        check_homepage, check_terms, check_terms_text, replica_credit, replication_terms,
    };
    #[pymodule_export]
    use super::replication::{
        check_replication_plan, format_rupiah, parse_rupiah, replication_models,
        replication_principles, replication_provisions, PyReplicationPlan, ReplicationError,
    };
    #[pymodule_export]
    use super::search::{stem_word, PySearchIndex};
    #[pymodule_export]
    use super::standards::{
        convert, convert_text, indah_json, quality, satu_data_check, validate_profile,
    };
    #[pymodule_export]
    use super::table::{
        check_regions, infer_schema, is_valid_nik, profile_table, scan_personal_data,
        validate_table, PyTableValidator, TableError,
    };
    #[pymodule_export]
    use super::{LicenseError, ReplicaError};

    #[allow(non_upper_case_globals)]
    #[pymodule_export]
    const __version__: &str = env!("CARGO_PKG_VERSION");
}

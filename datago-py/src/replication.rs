//! Replication plans (Pedoman Replikasi DataGO): `datago.ReplicationPlan`, the guide's data
//! (`replication_models`, `replication_principles`, `replication_provisions`), money helpers.

use datago_core::replication::{
    self, check_json, parse_date, CheckOptions, HomepageCheck, ReplicationModel, ReplicationPlan,
    ReportFormat, Rupiah,
};
use datago_core::schema::{json_schema, DocumentType};
use datago_core::{Error, Finding};
use pyo3::create_exception;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};

use crate::{
    findings, lang, py_err, to_json_text, to_py, to_value, InvalidArgumentError, OrPy, PyFinding,
};

create_exception!(
    datago,
    ReplicationError,
    InvalidArgumentError,
    "A replication argument is not usable: unknown model, report format, date or amount (`replication.*`)."
);

/// An as-of date: `datetime.date` (or `datetime`), or a `YYYY-MM-DD` string.
fn date_arg(py: Python<'_>, v: Option<&Bound<'_, PyAny>>) -> PyResult<Option<chrono::NaiveDate>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let text = if let Ok(s) = v.cast::<PyString>() {
        s.to_string()
    } else if v.hasattr("year")? && v.hasattr("month")? && v.hasattr("day")? {
        let (y, m, d): (i32, u32, u32) = (
            v.getattr("year")?.extract()?,
            v.getattr("month")?.extract()?,
            v.getattr("day")?.extract()?,
        );
        format!("{y:04}-{m:02}-{d:02}")
    } else {
        v.repr()?.to_string()
    };
    parse_date(&text).map(Some).or_py(py)
}

/// Check options from Python arguments: `homepage` is a homepage check result (dict, as
/// `check_homepage` returns it), `homepage_html` the home page itself (`str` or UTF-8 `bytes`).
fn options(
    py: Python<'_>,
    as_of: Option<&Bound<'_, PyAny>>,
    homepage: Option<&Bound<'_, PyAny>>,
    homepage_html: Option<&Bound<'_, PyAny>>,
) -> PyResult<CheckOptions> {
    let homepage = match (
        homepage.filter(|h| !h.is_none()),
        homepage_html.filter(|h| !h.is_none()),
    ) {
        (Some(_), Some(_)) => {
            return Err(py_err(
                py,
                Error::InvalidArgument {
                    what: "homepage",
                    value: "homepage and homepage_html".to_string(),
                    expected: "one of them".to_string(),
                },
            ))
        }
        (Some(h), None) => {
            Some(datago_core::document::from_value::<HomepageCheck>(to_value(py, h)?).or_py(py)?)
        }
        (None, Some(html)) => Some(
            if let Ok(b) = html.cast::<PyBytes>() {
                HomepageCheck::from_html_bytes(b.as_bytes())
            } else {
                HomepageCheck::from_html(&html.extract::<String>()?)
            }
            .or_py(py)?,
        ),
        (None, None) => None,
    };
    Ok(CheckOptions {
        as_of: date_arg(py, as_of)?,
        homepage,
    })
}

/// A plan to replicate DataGO (rencana replikasi): model, parties, agreements, principles,
/// methods, team, budget, action plan with monitoring, evaluation, special provisions.
#[pyclass(module = "datago", name = "ReplicationPlan", eq)]
#[derive(Clone)]
pub(crate) struct PyReplicationPlan {
    inner: ReplicationPlan,
    /// Fields of the source the plan did not recognise, as findings.
    unknown: Vec<Finding>,
}

impl PartialEq for PyReplicationPlan {
    fn eq(&self, other: &Self) -> bool {
        self.inner == other.inner
    }
}

impl PyReplicationPlan {
    fn read(py: Python<'_>, json: &str) -> PyResult<Self> {
        let (inner, unknown) =
            datago_core::document::from_json_reporting::<ReplicationPlan>(json).or_py(py)?;
        Ok(Self { inner, unknown })
    }
}

#[pymethods]
impl PyReplicationPlan {
    /// Reads a plan from JSON text; raises `ParseError`.
    #[staticmethod]
    fn from_json(py: Python<'_>, json: &str) -> PyResult<Self> {
        Self::read(py, json)
    }
    /// Reads a plan from a dict; raises `ParseError`.
    #[staticmethod]
    fn from_dict(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
        Self::read(py, &to_value(py, data)?.to_string())
    }
    /// A new plan for `replicator` (e.g. "Kabupaten X") following the template of `model`
    /// (`mandiri`, `kerja-sama`, `fasilitasi`; "Kerja Sama" works too).
    #[staticmethod]
    fn template(py: Python<'_>, model: &str, replicator: &str) -> PyResult<Self> {
        let m = ReplicationModel::parse(model).or_py(py)?;
        Ok(Self {
            inner: ReplicationPlan::template(m, replicator),
            unknown: Vec::new(),
        })
    }
    /// The JSON Schema of plans.
    #[staticmethod]
    fn json_schema<'py>(py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &json_schema(DocumentType::ReplicationPlan))
    }
    /// The plan as a plain dict (stable JSON field names).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner)
    }
    /// The plan as JSON text (pretty when `indent` is given).
    #[pyo3(signature = (indent = None))]
    fn to_json(&self, indent: Option<usize>) -> String {
        self.inner.to_json(indent.is_some())
    }
    /// The plan's id.
    #[getter]
    fn id(&self) -> &str {
        &self.inner.id
    }
    /// The model: `mandiri`, `kerja-sama` or `fasilitasi`.
    #[getter]
    fn model(&self) -> &'static str {
        self.inner.model.as_str()
    }
    /// Every finding that needs no date, unrecognised fields of the source included.
    #[pyo3(signature = (lang = "id"))]
    fn validate(&self, py: Python<'_>, lang: &str) -> PyResult<Vec<PyFinding>> {
        let l = self::lang(py, lang)?;
        let mut all = self.unknown.clone();
        all.extend(self.inner.validate());
        Ok(findings(all, l))
    }
    /// Every finding; `as_of` (date or `YYYY-MM-DD`) adds late activities and facts dated in
    /// the future; `homepage` (a `check_homepage` result) or `homepage_html` (the page) checks
    /// ketentuan khusus 9.
    #[pyo3(signature = (*, as_of = None, homepage = None, homepage_html = None, lang = "id"))]
    fn check(
        &self,
        py: Python<'_>,
        as_of: Option<&Bound<'_, PyAny>>,
        homepage: Option<&Bound<'_, PyAny>>,
        homepage_html: Option<&Bound<'_, PyAny>>,
        lang: &str,
    ) -> PyResult<Vec<PyFinding>> {
        let l = self::lang(py, lang)?;
        let opts = options(py, as_of, homepage, homepage_html)?;
        let mut all = self.unknown.clone();
        all.extend(self.inner.check(&opts));
        Ok(findings(all, l))
    }
    /// Where every activity and stage stands on `as_of`, budget used and indicators, as a dict.
    #[pyo3(signature = (as_of = None))]
    fn progress<'py>(
        &self,
        py: Python<'py>,
        as_of: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let d = date_arg(py, as_of)?;
        to_py(py, &self.inner.progress(d))
    }
    /// Findings, readiness per area, the 17 provisions and progress, as one dict.
    #[pyo3(signature = (*, as_of = None, homepage = None, homepage_html = None))]
    fn assess<'py>(
        &self,
        py: Python<'py>,
        as_of: Option<&Bound<'py, PyAny>>,
        homepage: Option<&Bound<'py, PyAny>>,
        homepage_html: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let opts = options(py, as_of, homepage, homepage_html)?;
        to_py(py, &self.inner.assess(&opts))
    }
    /// The readiness and progress report: `format` `md` or `html`, in `lang`.
    #[pyo3(signature = (format = "md", *, lang = "id", as_of = None, homepage = None, homepage_html = None))]
    fn report(
        &self,
        py: Python<'_>,
        format: &str,
        lang: &str,
        as_of: Option<&Bound<'_, PyAny>>,
        homepage: Option<&Bound<'_, PyAny>>,
        homepage_html: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<String> {
        let f = ReportFormat::parse(format).or_py(py)?;
        let l = self::lang(py, lang)?;
        let opts = options(py, as_of, homepage, homepage_html)?;
        Ok(self.inner.report(f, l, &opts))
    }
    /// The timeline as an SVG image (Gantt chart).
    #[pyo3(signature = (*, lang = "id", as_of = None))]
    fn gantt_svg(
        &self,
        py: Python<'_>,
        lang: &str,
        as_of: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<String> {
        let l = self::lang(py, lang)?;
        Ok(self.inner.gantt_svg(l, date_arg(py, as_of)?))
    }
    fn __repr__(&self) -> String {
        format!(
            "ReplicationPlan(id={:?}, model={:?}, activities={})",
            self.inner.id,
            self.inner.model.as_str(),
            self.inner.action_plan.len()
        )
    }
}

/// Checks a plan given as a dict or JSON text: every finding, unrecognised fields included.
#[pyfunction]
#[pyo3(signature = (plan, *, as_of = None, homepage = None, homepage_html = None, lang = "id"))]
pub(crate) fn check_replication_plan(
    py: Python<'_>,
    plan: &Bound<'_, PyAny>,
    as_of: Option<&Bound<'_, PyAny>>,
    homepage: Option<&Bound<'_, PyAny>>,
    homepage_html: Option<&Bound<'_, PyAny>>,
    lang: &str,
) -> PyResult<Vec<PyFinding>> {
    let l = self::lang(py, lang)?;
    let opts = options(py, as_of, homepage, homepage_html)?;
    let text = to_json_text(py, plan)?;
    Ok(findings(check_json(&text, &opts).or_py(py)?, l))
}

/// The three models' templates: stages with their activities, methods, parties.
#[pyfunction]
pub(crate) fn replication_models(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    to_py(py, &replication::models())
}

/// The five principles of replication.
#[pyfunction]
pub(crate) fn replication_principles(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    to_py(py, &replication::principles())
}

/// The 17 special provisions (ketentuan khusus) for Kerja Sama and Fasilitasi replicators.
#[pyfunction]
pub(crate) fn replication_provisions(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    to_py(py, &replication::provisions())
}

/// An amount of rupiah written the Indonesian way: `format_rupiah(12500000) == "Rp 12.500.000"`.
#[pyfunction]
pub(crate) fn format_rupiah(amount: i64) -> String {
    Rupiah::new(amount).to_string()
}

/// Reads an amount of rupiah (`"Rp 12.500.000"`, `"12500000"`); raises `ReplicationError`.
#[pyfunction]
pub(crate) fn parse_rupiah(py: Python<'_>, text: &str) -> PyResult<i64> {
    Ok(Rupiah::parse(text).or_py(py)?.amount())
}

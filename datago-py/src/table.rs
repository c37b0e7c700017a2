//! Tables: `datago.validate_table`, `datago.TableValidator`, `infer_schema`, `profile_table`,
//! `check_regions`, `scan_personal_data`, `is_valid_nik`.
//!
//! A source is a path (`str` or `os.PathLike`), a binary file object (read in chunks), or
//! `bytes`. Paths are read by Rust with the GIL released, on every core for large files.

use std::io::Read;
use std::path::PathBuf;
use std::sync::Mutex;

use datago_core::privacy;
use datago_core::resource::{TableDialect, TableSchema};
use datago_core::table::{self, Encoding, ReadOptions, TableValidator, ValidateOptions};
use datago_core::Error;
use pyo3::create_exception;
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyString};

use crate::{py_err, to_py, to_value, DataGoError, OrPy};

create_exception!(
    datago,
    TableError,
    DataGoError,
    "A table could not be read (`table.io`), its Table Schema could not be parsed (`table.schema`) or it is empty (`table.empty`)."
);

/// Where table bytes come from.
enum Source {
    Path(PathBuf),
    Bytes(Vec<u8>),
    File(Py<PyAny>),
}

fn source(py: Python<'_>, obj: &Bound<'_, PyAny>) -> PyResult<Source> {
    if let Ok(b) = obj.cast::<PyBytes>() {
        return Ok(Source::Bytes(b.as_bytes().to_vec()));
    }
    if let Ok(b) = obj.cast::<PyByteArray>() {
        return Ok(Source::Bytes(b.to_vec()));
    }
    if obj.hasattr("read")? {
        return Ok(Source::File(obj.clone().unbind()));
    }
    if obj.is_instance_of::<PyString>() || obj.hasattr("__fspath__")? {
        let os = py.import("os")?;
        let p: PathBuf = os.call_method1("fspath", (obj,))?.extract()?;
        return Ok(Source::Path(p));
    }
    Err(py_err(
        py,
        Error::InvalidArgument {
            what: "table source",
            value: obj.get_type().name()?.to_string(),
            expected: "a path, a binary file object or bytes".to_string(),
        },
    ))
}

/// Reads a Python binary file object in chunks (taking the GIL for each read).
struct PyReader(Py<PyAny>);

impl Read for PyReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        Python::attach(|py| {
            let chunk = self
                .0
                .bind(py)
                .call_method1("read", (buf.len(),))
                .map_err(|e| std::io::Error::other(e.to_string()))?;
            let bytes: Vec<u8> = if let Ok(b) = chunk.cast::<PyBytes>() {
                b.as_bytes().to_vec()
            } else if let Ok(b) = chunk.cast::<PyByteArray>() {
                b.to_vec()
            } else {
                return Err(std::io::Error::other(
                    "the file object must be opened in binary mode ('rb')",
                ));
            };
            let n = bytes.len().min(buf.len());
            buf[..n].copy_from_slice(&bytes[..n]);
            Ok(n)
        })
    }
}

/// Runs `f` on a reader over the source, with the GIL released.
fn with_reader<T: Send>(
    py: Python<'_>,
    src: Source,
    f: impl FnOnce(&mut dyn Read) -> Result<T, Error> + Send,
) -> PyResult<T> {
    let result = py.detach(move || -> Result<T, Error> {
        match src {
            Source::Path(p) => {
                let file = std::fs::File::open(&p).map_err(|e| {
                    Error::from(table::TableError::Io {
                        detail: format!("{}: {e}", p.display()),
                    })
                })?;
                f(&mut std::io::BufReader::with_capacity(1 << 20, file))
            }
            Source::Bytes(b) => f(&mut b.as_slice()),
            Source::File(obj) => f(&mut PyReader(obj)),
        }
    });
    result.or_py(py)
}

fn schema_arg(py: Python<'_>, obj: &Bound<'_, PyAny>) -> PyResult<TableSchema> {
    let value = if let Ok(s) = obj.cast::<PyString>() {
        serde_json::from_str(&s.to_string()).map_err(|e| {
            py_err(
                py,
                table::TableError::Schema {
                    detail: e.to_string(),
                }
                .into(),
            )
        })?
    } else {
        to_value(py, obj)?
    };
    serde_json::from_value(value).map_err(|e| {
        py_err(
            py,
            table::TableError::Schema {
                detail: e.to_string(),
            }
            .into(),
        )
    })
}

fn dialect_arg(py: Python<'_>, obj: Option<&Bound<'_, PyAny>>) -> PyResult<Option<TableDialect>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(None);
    };
    serde_json::from_value(to_value(py, obj)?)
        .map(Some)
        .map_err(|e| {
            py_err(
                py,
                Error::InvalidArgument {
                    what: "dialect",
                    value: e.to_string(),
                    expected: "a Table Dialect dict (delimiter, quoteChar, header, …)".to_string(),
                },
            )
        })
}

fn encoding_arg(py: Python<'_>, name: Option<&str>) -> PyResult<Option<Encoding>> {
    name.map(|n| {
        Encoding::parse(n).ok_or_else(|| Error::InvalidArgument {
            what: "encoding",
            value: n.to_string(),
            expected: "utf-8, windows-1252 or iso-8859-1".to_string(),
        })
    })
    .transpose()
    .or_py(py)
}

fn read_options(
    py: Python<'_>,
    dialect: Option<&Bound<'_, PyAny>>,
    encoding: Option<&str>,
) -> PyResult<ReadOptions> {
    Ok(ReadOptions {
        dialect: dialect_arg(py, dialect)?,
        encoding: encoding_arg(py, encoding)?,
    })
}

/// Reads `references` ({name: {"source": …, "schema": {…}, "dialect": {…}}}) into the options.
fn add_references(
    py: Python<'_>,
    options: &mut ValidateOptions,
    schema: &TableSchema,
    references: Option<&Bound<'_, PyDict>>,
) -> PyResult<()> {
    let Some(refs) = references else {
        return Ok(());
    };
    for (name, spec) in refs.iter() {
        let name: String = name.extract()?;
        let spec = spec.cast::<PyDict>().map_err(|_| {
            py_err(
                py,
                Error::InvalidArgument {
                    what: "reference",
                    value: name.clone(),
                    expected: "a dict with \"source\" and \"schema\"".to_string(),
                },
            )
        })?;
        let missing = |key: &str| {
            py_err(
                py,
                Error::InvalidArgument {
                    what: "reference",
                    value: name.clone(),
                    expected: format!("a dict with \"{key}\""),
                },
            )
        };
        let src = source(
            py,
            &spec.get_item("source")?.ok_or_else(|| missing("source"))?,
        )?;
        let ref_schema = schema_arg(
            py,
            &spec.get_item("schema")?.ok_or_else(|| missing("schema"))?,
        )?;
        let dialect = dialect_arg(py, spec.get_item("dialect")?.as_ref())?;
        let bytes = with_reader(py, src, |r| {
            let mut v = Vec::new();
            r.read_to_end(&mut v)
                .map_err(|e| Error::from(table::TableError::from(e)))?;
            Ok(v)
        })?;
        options.add_reference(schema, &name, &bytes, &ref_schema, dialect.as_ref());
    }
    Ok(())
}

/// Validates a CSV table against a Table Schema and returns the report as a dict:
/// `{"valid", "errors": [{"code", "rowNumber", "fieldNumber", "fieldName", "cell", "note",
/// "message": {"id", "en"}}], "warnings", "partial", "labels", "stats"}` — frictionless-py's codes
/// and positions (the header is row 1).
#[pyfunction]
#[pyo3(signature = (source, schema, *, dialect = None, encoding = None, limit_errors = 1000, threads = 0, references = None, progress = None))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn validate_table<'py>(
    py: Python<'py>,
    source: &Bound<'py, PyAny>,
    schema: &Bound<'py, PyAny>,
    dialect: Option<&Bound<'py, PyAny>>,
    encoding: Option<&str>,
    limit_errors: usize,
    threads: usize,
    references: Option<&Bound<'py, PyDict>>,
    progress: Option<Py<PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let src = self::source(py, source)?;
    let schema = schema_arg(py, schema)?;
    let mut options = ValidateOptions {
        limit_errors,
        threads,
        encoding: encoding_arg(py, encoding)?,
        dialect: dialect_arg(py, dialect)?,
        ..Default::default()
    };
    add_references(py, &mut options, &schema, references)?;
    let report = with_reader(py, src, |r| {
        let mut failed: Option<PyErr> = None;
        let report = table::validate_reader_with_progress(r, &schema, &options, &mut |p| {
            if let (Some(cb), None) = (&progress, &failed) {
                Python::attach(|py| {
                    let d = PyDict::new(py);
                    let set = d
                        .set_item("bytes", p.bytes)
                        .and_then(|_| d.set_item("rows", p.rows))
                        .and_then(|_| d.set_item("errors", p.errors));
                    if let Err(e) = set.and_then(|_| cb.call1(py, (d,)).map(|_| ())) {
                        failed = Some(e);
                    }
                });
            }
        })?;
        Ok((report, failed))
    })?;
    if let Some(e) = report.1 {
        return Err(e);
    }
    to_py(py, &report.0)
}

/// A push-based streaming validator: `push(chunk)` bytes as they arrive, then `finish()`.
#[pyclass(module = "datago", name = "TableValidator", frozen)]
pub(crate) struct PyTableValidator(Mutex<Option<TableValidator>>);

#[pymethods]
impl PyTableValidator {
    #[new]
    #[pyo3(signature = (schema, *, dialect = None, encoding = None, limit_errors = 1000))]
    fn new(
        py: Python<'_>,
        schema: &Bound<'_, PyAny>,
        dialect: Option<&Bound<'_, PyAny>>,
        encoding: Option<&str>,
        limit_errors: usize,
    ) -> PyResult<Self> {
        let schema = schema_arg(py, schema)?;
        let options = ValidateOptions {
            limit_errors,
            encoding: encoding_arg(py, encoding)?,
            dialect: dialect_arg(py, dialect)?,
            ..Default::default()
        };
        Ok(PyTableValidator(Mutex::new(Some(TableValidator::new(
            &schema, &options,
        )))))
    }

    /// Feeds the next bytes of the file.
    fn push(&self, py: Python<'_>, chunk: &[u8]) -> PyResult<()> {
        let mut guard = self.0.lock().map_err(|_| finished(py))?;
        let v = guard.as_mut().ok_or_else(|| finished(py))?;
        v.push(chunk);
        Ok(())
    }

    /// True when more input cannot change the report (the error limit is reached).
    #[getter]
    fn done(&self) -> bool {
        self.0
            .lock()
            .ok()
            .and_then(|g| g.as_ref().map(TableValidator::is_done))
            .unwrap_or(true)
    }

    /// `{"bytes", "rows", "errors"}` so far.
    #[getter]
    fn progress<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let guard = self.0.lock().map_err(|_| finished(py))?;
        let v = guard.as_ref().ok_or_else(|| finished(py))?;
        to_py(py, &v.progress())
    }

    /// Ends the input and returns the report (as `validate_table` does). Call it once.
    fn finish<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let v = self
            .0
            .lock()
            .map_err(|_| finished(py))?
            .take()
            .ok_or_else(|| finished(py))?;
        to_py(py, &v.finish())
    }
}

fn finished(py: Python<'_>) -> PyErr {
    py_err(
        py,
        Error::InvalidArgument {
            what: "table validator",
            value: "finished".to_string(),
            expected: "a validator that has not finished yet".to_string(),
        },
    )
}

/// Infers a Table Schema (as a dict) from the first rows, with Indonesian conventions.
#[pyfunction]
#[pyo3(signature = (source, *, sample_rows = 1000, dialect = None, encoding = None))]
pub(crate) fn infer_schema<'py>(
    py: Python<'py>,
    source: &Bound<'py, PyAny>,
    sample_rows: usize,
    dialect: Option<&Bound<'py, PyAny>>,
    encoding: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    let src = self::source(py, source)?;
    let options = table::InferOptions {
        sample_rows,
        read: read_options(py, dialect, encoding)?,
    };
    let schema = with_reader(py, src, |r| {
        Ok(table::infer_schema_from_reader(r, &options)?)
    })?;
    to_py(py, &schema)
}

/// Profiles every column: count, missing, invalid, distinct, min/max, mean, top values.
#[pyfunction]
#[pyo3(signature = (source, schema = None, *, dialect = None, encoding = None))]
pub(crate) fn profile_table<'py>(
    py: Python<'py>,
    source: &Bound<'py, PyAny>,
    schema: Option<&Bound<'py, PyAny>>,
    dialect: Option<&Bound<'py, PyAny>>,
    encoding: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    let src = self::source(py, source)?;
    let schema = schema
        .filter(|s| !s.is_none())
        .map(|s| schema_arg(py, s))
        .transpose()?;
    let read = read_options(py, dialect, encoding)?;
    let profile = with_reader(py, src, |r| {
        Ok(table::profile_reader(r, schema.as_ref(), &read)?)
    })?;
    to_py(py, &profile)
}

/// Checks region-code columns (`kode_provinsi`, `kode_kabupaten_kota`, …): scheme, malformed
/// and unknown codes, codes outside their parent, names that do not match.
#[pyfunction]
#[pyo3(signature = (source, *, dialect = None, encoding = None))]
pub(crate) fn check_regions<'py>(
    py: Python<'py>,
    source: &Bound<'py, PyAny>,
    dialect: Option<&Bound<'py, PyAny>>,
    encoding: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    let src = self::source(py, source)?;
    let read = read_options(py, dialect, encoding)?;
    let report = with_reader(py, src, |r| Ok(table::check_regions(r, &read)?))?;
    to_py(py, &report)
}

/// Scans a table for personal data (UU 27/2022); reports columns, counts and sample row
/// numbers, never values.
#[pyfunction]
#[pyo3(signature = (source, *, dialect = None, encoding = None))]
pub(crate) fn scan_personal_data<'py>(
    py: Python<'py>,
    source: &Bound<'py, PyAny>,
    dialect: Option<&Bound<'py, PyAny>>,
    encoding: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    let src = self::source(py, source)?;
    let read = read_options(py, dialect, encoding)?;
    let report = with_reader(py, src, |r| Ok(privacy::scan_reader(r, &read)?))?;
    to_py(py, &report)
}

/// True for a valid NIK (16 digits, existing kecamatan code, valid birth date).
#[pyfunction]
pub(crate) fn is_valid_nik(value: &str) -> bool {
    privacy::is_valid_nik(value)
}

//! Tables for browsers and Node: `validateTable` (bytes in memory), the streaming
//! `TableValidator` (`push(chunk)` / `finish()`), `validateTableStream` (a `ReadableStream` or
//! any async iterable of chunks, with a progress callback, so a browser can validate a large
//! file the user picked without holding it), `inferSchema`, `profileTable`, `checkRegions`,
//! `scanPersonalData`, `isValidNik`.

use datago_core::privacy;
use datago_core::resource::{TableDialect, TableSchema};
use datago_core::table::{self, Encoding, ReadOptions, TableValidator, ValidateOptions};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::convert;
use crate::error::{Error, Expected};

#[wasm_bindgen(typescript_custom_section)]
const TABLE_TYPES: &str = r#"
/** A CSV table: UTF-8 text, or the file's bytes (`Uint8Array`, Node's `Buffer`). */
export type TableData = string | Uint8Array;
/** How a CSV file is written (Frictionless Table Dialect). */
export interface TableDialectOptions {
  delimiter?: string;
  quoteChar?: string;
  doubleQuote?: boolean;
  escapeChar?: string;
  header?: boolean;
  headerRows?: number[];
  commentChar?: string;
  skipInitialSpace?: boolean;
  lineTerminator?: string;
}
/** A table another resource's foreign keys refer to. */
export interface TableReference { data: TableData; schema: TableSchema | string; dialect?: TableDialectOptions }
/** Options of a table validation. */
export interface TableOptions {
  /** Stop after this many errors (default 1000; 0: no limit). */
  limitErrors?: number;
  /** `utf-8`, `windows-1252` or `iso-8859-1`; detected when absent. */
  encoding?: string;
  /** The Table Dialect; the delimiter is sniffed when absent. */
  dialect?: TableDialectOptions;
  /** Referenced resources by name, for foreign keys to other resources. */
  references?: Record<string, TableReference>;
}
/** How far a streaming validation has got. */
export interface TableProgress { bytes: number; rows: number; errors: number }
/** Options of `validateTableStream`. */
export interface TableStreamOptions extends TableOptions { onProgress?: (progress: TableProgress) => void }
/** One table error, coded and positioned as frictionless-py does (the header is row 1). */
export interface TableIssue {
  code: TableIssueCode;
  rowNumber: number | null;
  fieldNumber: number | null;
  fieldName: string | null;
  cell: string | null;
  note: string;
  message: Message;
}
/** frictionless-py's error codes DataGO reports. */
export type TableIssueCode =
  | "type-error" | "constraint-error" | "unique-error" | "primary-key" | "foreign-key"
  | "missing-cell" | "extra-cell" | "blank-row" | "blank-label" | "duplicate-label"
  | "incorrect-label" | "missing-label" | "extra-label" | "encoding-error" | "schema-error"
  | "field-error" | "dialect-error" | "source-error";
/** Counts of a validation. */
export interface TableStats { rows: number; bytes: number; fields: number; encoding: string; delimiter: string; threads: number }
/** The result of validating a table. */
export interface TableReport {
  valid: boolean;
  errors: TableIssue[];
  warnings: Message[];
  partial: boolean;
  labels: string[];
  stats: TableStats;
}
/** Options of `inferSchema`. */
export interface InferOptions { sampleRows?: number; encoding?: string; dialect?: TableDialectOptions }
/** Options of the readers (`profileTable`, `checkRegions`, `scanPersonalData`). */
export interface ReadTableOptions { encoding?: string; dialect?: TableDialectOptions }
/** A frequent value. */
export interface TopValue { value: string; count: number }
/** The profile of one column. */
export interface ColumnProfile {
  name: string;
  type: FieldType;
  count: number;
  missing: number;
  invalid: number;
  distinct: number;
  distinctExact: boolean;
  min: string | null;
  max: string | null;
  mean: number | null;
  top: TopValue[];
}
/** The profile of a table. */
export interface TableProfile { rows: number; columns: ColumnProfile[]; schema: TableSchema }
/** Rows with one kind of problem. */
export interface RowSample { count: number; rows: number[] }
/** A region-code column. */
export interface RegionColumn {
  column: string;
  fieldNumber: number;
  level: RegionLevel;
  scheme: RegionScheme | null;
  values: number;
  malformed: RowSample;
  unknown: RowSample;
  wrongParent: RowSample;
  nameColumn: string | null;
  nameMismatch: RowSample;
}
/** Region-code columns of a table, with the reference's ODbL attribution. */
export interface RegionReport { columns: RegionColumn[]; reference: string }
/** Kinds of personal data. */
export type PersonalDataKind =
  | "nik" | "npwp" | "phone" | "email" | "identifier-column" | "name-column" | "address-column" | "birth-date-column";
/** Severity of personal data. */
export type PrivacySeverity = "low" | "medium" | "high";
/** Personal data of one kind in one column (values are never reported). */
export interface PersonalDataFinding {
  column: string;
  fieldNumber: number;
  kind: PersonalDataKind;
  count: number;
  sampleRows: number[];
  severity: PrivacySeverity;
  message: Message;
}
/**
 * A stream of bytes: what DataGO needs of a WHATWG `ReadableStream<Uint8Array>` (such as
 * `file.stream()` in a browser), declared here so no DOM lib is required.
 */
export interface ByteStream {
  getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(reason?: unknown): Promise<void> };
}
/** The result of a personal-data scan. */
export interface PrivacyReport { rows: number; findings: PersonalDataFinding[]; severity: PrivacySeverity | null }
"#;

#[wasm_bindgen(inline_js = r#"
export async function datagoDrain(source, validator, onProgress) {
  let iterable = source;
  let reader = null;
  if (source && typeof source.getReader === "function") {
    reader = source.getReader();
    iterable = { async *[Symbol.asyncIterator]() { for (;;) { const { done, value } = await reader.read(); if (done) return; yield value; } } };
  }
  try {
    for await (const chunk of iterable) {
      validator.push(chunk);
      if (onProgress) onProgress(validator.progress);
      if (validator.done) break;
    }
  } finally {
    if (reader) { try { await reader.cancel(); } catch (_) { /* already closed */ } }
  }
  return validator.finish();
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = datagoDrain)]
    fn drain(source: &JsValue, validator: JsValue, on_progress: &JsValue) -> js_sys::Promise;
}

/// Table bytes: a string (UTF-8) or a `Uint8Array`.
fn data(value: &JsValue, argument: &str) -> Result<Vec<u8>, Error> {
    if let Some(s) = value.as_string() {
        return Ok(s.into_bytes());
    }
    if js_sys::ArrayBuffer::is_view(value) {
        if let Some(a) = value.dyn_ref::<js_sys::Uint8Array>() {
            return Ok(a.to_vec());
        }
    }
    Err(Error::wrong_type(argument, Expected::FILE, value))
}

fn schema(value: &JsValue) -> Result<TableSchema, Error> {
    let text = convert::document_text(value, "schema")?;
    serde_json::from_str(&text).map_err(|e| {
        datago_core::Error::from(table::TableError::Schema {
            detail: e.to_string(),
        })
        .into()
    })
}

fn dialect(value: &JsValue, argument: &str) -> Result<Option<TableDialect>, Error> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    let text = convert::document_text(value, argument)?;
    serde_json::from_str(&text).map(Some).map_err(|e| {
        datago_core::Error::InvalidArgument {
            what: "dialect",
            value: e.to_string(),
            expected: "a Table Dialect object (delimiter, quoteChar, header, …)".to_string(),
        }
        .into()
    })
}

fn encoding(value: &JsValue) -> Result<Option<Encoding>, Error> {
    match convert::optional_string(value, "options.encoding")? {
        None => Ok(None),
        Some(n) => Encoding::parse(&n).map(Some).ok_or_else(|| {
            datago_core::Error::InvalidArgument {
                what: "encoding",
                value: n,
                expected: "utf-8, windows-1252 or iso-8859-1".to_string(),
            }
            .into()
        }),
    }
}

fn options_object(value: &JsValue) -> Result<Option<&JsValue>, Error> {
    if value.is_undefined() || value.is_null() {
        Ok(None)
    } else {
        convert::object(value, "options").map(Some)
    }
}

fn read_options(value: &JsValue) -> Result<ReadOptions, Error> {
    let Some(o) = options_object(value)? else {
        return Ok(ReadOptions::default());
    };
    Ok(ReadOptions {
        dialect: dialect(&convert::property(o, "dialect"), "options.dialect")?,
        encoding: encoding(&convert::property(o, "encoding"))?,
    })
}

fn validate_options(value: &JsValue, schema: &TableSchema) -> Result<ValidateOptions, Error> {
    let mut options = ValidateOptions::default();
    let Some(o) = options_object(value)? else {
        return Ok(options);
    };
    let limit = convert::property(o, "limitErrors");
    if let Some(n) = limit.as_f64() {
        options.limit_errors = n.max(0.0) as usize;
    } else if !limit.is_undefined() && !limit.is_null() {
        return Err(Error::wrong_type(
            "options.limitErrors",
            Expected::NUMBER,
            &limit,
        ));
    }
    options.dialect = dialect(&convert::property(o, "dialect"), "options.dialect")?;
    options.encoding = encoding(&convert::property(o, "encoding"))?;
    let refs = convert::property(o, "references");
    if !refs.is_undefined() && !refs.is_null() {
        let refs = convert::object(&refs, "options.references")?;
        let keys = js_sys::Object::keys(refs.unchecked_ref::<js_sys::Object>());
        for key in keys.iter() {
            let name = convert::string(&key, "options.references")?;
            let spec = convert::property(refs, &name);
            let arg = format!("options.references.{name}");
            let spec = convert::object(&spec, &arg)?;
            let bytes = data(&convert::property(spec, "data"), &format!("{arg}.data"))?;
            let ref_schema = self::schema(&convert::property(spec, "schema"))?;
            let ref_dialect = dialect(
                &convert::property(spec, "dialect"),
                &format!("{arg}.dialect"),
            )?;
            options.add_reference(schema, &name, &bytes, &ref_schema, ref_dialect.as_ref());
        }
    }
    Ok(options)
}

/// Validates a CSV table against a Table Schema: frictionless-py's error codes and positions
/// (the header is row 1), messages in Bahasa Indonesia and English.
///
/// @throws {DataGoError} `DataGoError` (`table.schema`) when `schema` is not a Table Schema;
/// `InvalidArgumentError` for arguments of the wrong type.
#[wasm_bindgen(js_name = validateTable, unchecked_return_type = "TableReport")]
pub fn validate_table(
    #[wasm_bindgen(unchecked_param_type = "TableData")] data: JsValue,
    #[wasm_bindgen(unchecked_param_type = "TableSchema | string")] schema: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "TableOptions")] options: JsValue,
) -> Result<JsValue, Error> {
    let bytes = self::data(&data, "data")?;
    let schema = self::schema(&schema)?;
    let options = validate_options(&options, &schema)?;
    convert::to_js(&table::validate_bytes(&bytes, &schema, &options))
}

/// A streaming validator: `push(chunk)` the file's bytes as they arrive (any chunk size), then
/// `finish()`. Memory stays bounded whatever the file size.
#[wasm_bindgen(js_name = TableValidator)]
pub struct JsTableValidator(Option<TableValidator>);

#[wasm_bindgen(js_class = TableValidator)]
impl JsTableValidator {
    /// A validator of `schema`.
    ///
    /// @throws {DataGoError} `DataGoError` (`table.schema`) when `schema` is not a Table Schema.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "TableSchema | string")] schema: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "TableOptions")] options: JsValue,
    ) -> Result<JsTableValidator, Error> {
        let schema = self::schema(&schema)?;
        let options = validate_options(&options, &schema)?;
        Ok(JsTableValidator(Some(TableValidator::new(
            &schema, &options,
        ))))
    }

    /// Feeds the next bytes of the file.
    ///
    /// @throws {DataGoError} `InvalidArgumentError` for a chunk that is not a `Uint8Array` or
    /// a string, or after `finish()`.
    pub fn push(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "TableData")] chunk: JsValue,
    ) -> Result<(), Error> {
        let bytes = data(&chunk, "chunk")?;
        self.inner()?.push(&bytes);
        Ok(())
    }

    /// How far validation has got.
    #[wasm_bindgen(getter, unchecked_return_type = "TableProgress")]
    pub fn progress(&mut self) -> Result<JsValue, Error> {
        let p = self.inner()?.progress();
        convert::to_js(&p)
    }

    /// True when more input cannot change the report (the error limit is reached): stop
    /// reading.
    #[wasm_bindgen(getter)]
    pub fn done(&self) -> bool {
        self.0.as_ref().is_none_or(TableValidator::is_done)
    }

    /// Ends the input and returns the report.
    ///
    /// @throws {DataGoError} `InvalidArgumentError` when called twice.
    #[wasm_bindgen(unchecked_return_type = "TableReport")]
    pub fn finish(&mut self) -> Result<JsValue, Error> {
        let v = self.0.take().ok_or_else(finished)?;
        convert::to_js(&v.finish())
    }

    fn inner(&mut self) -> Result<&mut TableValidator, Error> {
        self.0.as_mut().ok_or_else(finished)
    }
}

fn finished() -> Error {
    datago_core::Error::InvalidArgument {
        what: "table validator",
        value: "finished".to_string(),
        expected: "a validator that has not finished yet".to_string(),
    }
    .into()
}

/// Validates a table read from a `ReadableStream` (e.g. `file.stream()` of a file the user
/// picked) or any async iterable of `Uint8Array` chunks; `options.onProgress({bytes, rows,
/// errors})` is called after each chunk. Stops reading early once the error limit is reached.
///
/// @throws {DataGoError} as `validateTable`; the promise rejects with the stream's error if
/// reading fails.
#[wasm_bindgen(js_name = validateTableStream, unchecked_return_type = "Promise<TableReport>")]
pub fn validate_table_stream(
    #[wasm_bindgen(unchecked_param_type = "ByteStream | AsyncIterable<Uint8Array>")]
    stream: JsValue,
    #[wasm_bindgen(unchecked_param_type = "TableSchema | string")] schema: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "TableStreamOptions")] options: JsValue,
) -> Result<JsValue, Error> {
    let schema_v = self::schema(&schema)?;
    let opts = validate_options(&options, &schema_v)?;
    let on_progress = match options_object(&options)? {
        Some(o) => {
            convert::optional_function(&convert::property(o, "onProgress"), "options.onProgress")?
                .map(JsValue::from)
                .unwrap_or(JsValue::UNDEFINED)
        }
        None => JsValue::UNDEFINED,
    };
    let validator = JsTableValidator(Some(TableValidator::new(&schema_v, &opts)));
    Ok(drain(&stream, JsValue::from(validator), &on_progress).into())
}

/// Infers a Table Schema from the first rows, with Indonesian conventions (decimal comma,
/// `dd/mm/yyyy`, Indonesian month names, `ya`/`tidak`, `-`/`n/a`/`tidak ada data`, the Satu
/// Data long layout).
///
/// @throws {DataGoError} `DataGoError` (`table.empty`) for a table with neither header nor row.
#[wasm_bindgen(js_name = inferSchema, unchecked_return_type = "TableSchema")]
pub fn infer_schema(
    #[wasm_bindgen(unchecked_param_type = "TableData")] data: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "InferOptions")] options: JsValue,
) -> Result<JsValue, Error> {
    let bytes = self::data(&data, "data")?;
    let mut o = table::InferOptions {
        read: read_options(&options)?,
        ..Default::default()
    };
    if let Some(obj) = options_object(&options)? {
        if let Some(n) = convert::property(obj, "sampleRows").as_f64() {
            o.sample_rows = n.max(1.0) as usize;
        }
    }
    let s = table::infer_schema(&bytes, &o).map_err(datago_core::Error::from)?;
    convert::to_js(&s)
}

/// Profiles the columns: count, missing, invalid, distinct, min/max, mean, top values (with the
/// schema given, or one inferred from the first 1000 rows).
#[wasm_bindgen(js_name = profileTable, unchecked_return_type = "TableProfile")]
pub fn profile_table(
    #[wasm_bindgen(unchecked_param_type = "TableData")] data: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "TableSchema | string | null")] schema: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ReadTableOptions")] options: JsValue,
) -> Result<JsValue, Error> {
    let bytes = self::data(&data, "data")?;
    let schema = if schema.is_undefined() || schema.is_null() {
        None
    } else {
        Some(self::schema(&schema)?)
    };
    let p = table::profile_bytes(&bytes, schema.as_ref(), &read_options(&options)?)
        .map_err(datago_core::Error::from)?;
    convert::to_js(&p)
}

/// Checks region-code columns against the Kemendagri reference (ODbL attribution in
/// `reference`): scheme, malformed and unknown codes, wrong parents, names that do not match.
#[wasm_bindgen(js_name = checkRegions, unchecked_return_type = "RegionReport")]
pub fn check_regions(
    #[wasm_bindgen(unchecked_param_type = "TableData")] data: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ReadTableOptions")] options: JsValue,
) -> Result<JsValue, Error> {
    let bytes = self::data(&data, "data")?;
    let r = table::check_regions(bytes.as_slice(), &read_options(&options)?)
        .map_err(datago_core::Error::from)?;
    convert::to_js(&r)
}

/// Scans a table for personal data (UU 27/2022): NIK, NPWP, phone numbers, e-mail addresses,
/// columns of names, addresses and birth dates. Values are never reported.
#[wasm_bindgen(js_name = scanPersonalData, unchecked_return_type = "PrivacyReport")]
pub fn scan_personal_data(
    #[wasm_bindgen(unchecked_param_type = "TableData")] data: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ReadTableOptions")] options: JsValue,
) -> Result<JsValue, Error> {
    let bytes = self::data(&data, "data")?;
    let r =
        privacy::scan_bytes(&bytes, &read_options(&options)?).map_err(datago_core::Error::from)?;
    convert::to_js(&r)
}

/// True for a valid NIK: 16 digits, an existing kecamatan code, a valid birth date.
#[wasm_bindgen(js_name = isValidNik)]
pub fn is_valid_nik(
    #[wasm_bindgen(unchecked_param_type = "string")] value: JsValue,
) -> Result<bool, Error> {
    Ok(privacy::is_valid_nik(&convert::string(&value, "value")?))
}

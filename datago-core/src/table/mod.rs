//! Tabular resources: validation of CSV files against a Frictionless **Table Schema** (v1 and
//! v2) and **Table Dialect**, schema inference with Indonesian conventions, column profiles and
//! region-code checks.
//!
//! Validation reports frictionless-py's error codes and positions (`type-error`,
//! `constraint-error`, `unique-error`, `primary-key`, `foreign-key`, `missing-cell`,
//! `extra-cell`, `blank-row`, the label errors, `encoding-error`, `schema-error`, …) with
//! `rowNumber` counted as frictionless counts it (the header is row 1), plus a message in
//! Bahasa Indonesia and English. It streams (a reader, or chunks pushed into a
//! [`TableValidator`]), keeps memory bounded (no whole-file buffer; ≤ 32 bytes per distinct
//! key of `unique`/`primaryKey`) and runs on every core for large files with the same result as
//! on one.
//!
//! ```
//! use datago_core::table::{validate_bytes, ValidateOptions};
//! use datago_core::resource::TableSchema;
//!
//! let schema: TableSchema = serde_json::from_str(r#"{
//!   "fields": [
//!     {"name": "id", "type": "integer"},
//!     {"name": "kode_kabupaten_kota", "type": "string", "constraints": {"pattern": "\\d{4}"}},
//!     {"name": "jumlah_penduduk", "type": "integer", "constraints": {"minimum": 0}},
//!     {"name": "tahun", "type": "year"}],
//!   "primaryKey": ["id"]}"#).unwrap();
//! let csv = "id,kode_kabupaten_kota,jumlah_penduduk,tahun\n\
//!            1,3371,128709,2024\n\
//!            1,33.71,-5,2024\n";
//! let report = validate_bytes(csv.as_bytes(), &schema, &ValidateOptions::default());
//! let found: Vec<_> = report.errors.iter()
//!     .map(|e| (e.code.as_str(), e.row_number, e.field_name.as_deref()))
//!     .collect();
//! assert_eq!(found, [
//!     ("constraint-error", Some(3), Some("kode_kabupaten_kota")),
//!     ("constraint-error", Some(3), Some("jumlah_penduduk")),
//!     ("primary-key", Some(3), None),
//! ]);
//! println!("{}", report.errors[0].message.id);
//! ```
//!
//! # Deliberate differences from frictionless-py 5.21
//!
//! - **Encoding**: detected from the first 64 KiB (valid UTF-8, else Windows-1252) instead of
//!   chardet's guess; an undecodable byte later ends validation with `encoding-error` at that
//!   row (frictionless-py stops at its decoding buffer, so it may miss errors in the rows just
//!   before). Windows-1252's five unassigned bytes read as the C1 controls (WHATWG) instead of
//!   failing.
//! - **Delimiter**: sniffed from the header line among `,` `;` tab `|` (frictionless-py uses
//!   Python's `csv.Sniffer` on a sample).
//! - **Indonesian month names** are accepted by `%B`/`%b` in date formats.
//! - **`missingValues` objects** (v2 `{value, label}`) are accepted without a v2 `$schema`.
//! - **Foreign keys to another resource** need the referenced table in
//!   [`ValidateOptions::references`]; without it the key is skipped with a warning (frictionless
//!   raises a `resource-error`).
//! - **Format `any`** for dates and times reads ISO 8601, `dd/mm/yyyy`, `dd-mm-yyyy`,
//!   `yyyy/mm/dd` and `26 November 2026` (dateutil's parser reads far more).
//! - `string` formats `email`/`uri` and `geojson` are checked by DataGO's own rules, close to but
//!   not identical with the Python packages frictionless-py uses.
//! - Numbers are compared with `minimum`/`maximum` as 64-bit floats (Python compares
//!   `Decimal`s exactly); equality (`enum`, `unique`, keys) is exact.
//! - `unique-error` carries no `cell` (frictionless-py repeats the cell); the note names the row
//!   of the previous occurrence as frictionless-py does.
//! - A record larger than [`ValidateOptions::max_record_bytes`] (an unclosed quote) ends
//!   validation with a `source-error`.

pub(crate) mod bundle_check;
mod csv;
mod encoding;
mod error;
pub mod infer;
mod keys;
pub mod profile;
pub mod regions;
mod report;
pub(crate) mod rows;
mod temporal;
mod types;
mod validate;

pub use encoding::Encoding;
pub use error::TableError;
pub use infer::{infer_schema, infer_schema_from_reader, InferOptions};
pub use profile::{profile_bytes, profile_reader, ColumnProfile, TableProfile, TopValue};
pub use regions::{check_regions, RegionColumn, RegionReport, RowSample};
pub use rows::ReadOptions;

/// True for an e-mail address as the `email` string format reads it.
///
/// ```
/// assert!(datago_core::table::is_email_address("walidata@magelangkota.go.id"));
/// ```
pub fn is_email_address(s: &str) -> bool {
    types::is_email(s)
}
pub use report::{IssueKind, Progress, TableIssue, TableReport, TableStats};
pub use validate::{
    validate_bytes, validate_reader, validate_reader_with_progress, ReferenceTable, TableValidator,
    ValidateOptions, DEFAULT_LIMIT_ERRORS,
};

#[allow(unused_imports)]
pub(crate) use csv::{CsvFormat, Dialect, Next, Record};
#[allow(unused_imports)]
pub(crate) use types::FieldSpec;

//! The validation report: frictionless-py's error codes and positions, with messages in
//! Bahasa Indonesia and English that say what to do next.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::finding::Message;

/// The kind of a table error, named by frictionless-py's error code.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum IssueKind {
    /// A cell does not match the field's type and format.
    TypeError,
    /// A cell breaks a constraint (`required`, `minimum`, `pattern`, `enum`, …).
    ConstraintError,
    /// A value of a `unique` field repeats.
    UniqueError,
    /// A primary key repeats, or all its cells are empty.
    PrimaryKey,
    /// A foreign key has no match in the referenced table.
    ForeignKey,
    /// A row has fewer cells than the header.
    MissingCell,
    /// A row has more cells than the header.
    ExtraCell,
    /// A row is completely empty.
    BlankRow,
    /// A header label is empty.
    BlankLabel,
    /// A header label repeats an earlier one.
    DuplicateLabel,
    /// A header label differs from the schema's field name.
    IncorrectLabel,
    /// The header lacks a schema field.
    MissingLabel,
    /// The header has a label the schema lacks.
    ExtraLabel,
    /// The bytes cannot be decoded in the file's encoding.
    EncodingError,
    /// The Table Schema itself is invalid.
    SchemaError,
    /// A field of the Table Schema is invalid.
    FieldError,
    /// The Table Dialect cannot be used.
    DialectError,
    /// The data cannot be read at all (empty, or a record too large).
    SourceError,
}

impl IssueKind {
    /// frictionless-py's code (`type-error`, `primary-key`, …).
    pub fn code(self) -> &'static str {
        match self {
            IssueKind::TypeError => "type-error",
            IssueKind::ConstraintError => "constraint-error",
            IssueKind::UniqueError => "unique-error",
            IssueKind::PrimaryKey => "primary-key",
            IssueKind::ForeignKey => "foreign-key",
            IssueKind::MissingCell => "missing-cell",
            IssueKind::ExtraCell => "extra-cell",
            IssueKind::BlankRow => "blank-row",
            IssueKind::BlankLabel => "blank-label",
            IssueKind::DuplicateLabel => "duplicate-label",
            IssueKind::IncorrectLabel => "incorrect-label",
            IssueKind::MissingLabel => "missing-label",
            IssueKind::ExtraLabel => "extra-label",
            IssueKind::EncodingError => "encoding-error",
            IssueKind::SchemaError => "schema-error",
            IssueKind::FieldError => "field-error",
            IssueKind::DialectError => "dialect-error",
            IssueKind::SourceError => "source-error",
        }
    }

    /// Every kind.
    pub const ALL: [IssueKind; 18] = [
        IssueKind::TypeError,
        IssueKind::ConstraintError,
        IssueKind::UniqueError,
        IssueKind::PrimaryKey,
        IssueKind::ForeignKey,
        IssueKind::MissingCell,
        IssueKind::ExtraCell,
        IssueKind::BlankRow,
        IssueKind::BlankLabel,
        IssueKind::DuplicateLabel,
        IssueKind::IncorrectLabel,
        IssueKind::MissingLabel,
        IssueKind::ExtraLabel,
        IssueKind::EncodingError,
        IssueKind::SchemaError,
        IssueKind::FieldError,
        IssueKind::DialectError,
        IssueKind::SourceError,
    ];

    /// Label errors (about the header row).
    pub fn is_label(self) -> bool {
        matches!(
            self,
            IssueKind::BlankLabel
                | IssueKind::DuplicateLabel
                | IssueKind::IncorrectLabel
                | IssueKind::MissingLabel
                | IssueKind::ExtraLabel
        )
    }
}

/// One error of a table, positioned as frictionless-py positions it.
///
/// ```
/// use datago_core::table::{validate_bytes, ValidateOptions};
/// use datago_core::resource::TableSchema;
///
/// let schema: TableSchema = serde_json::from_str(r#"{"fields": [{"name": "tahun", "type": "year"}]}"#).unwrap();
/// let report = validate_bytes(b"tahun\n2024\ndua ribu\n", &schema, &ValidateOptions::default());
/// let e = &report.errors[0];
/// assert_eq!((e.code.as_str(), e.row_number, e.field_number), ("type-error", Some(3), Some(1)));
/// assert_eq!(e.field_name.as_deref(), Some("tahun"));
/// assert_eq!(e.cell.as_deref(), Some("dua ribu"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct TableIssue {
    /// frictionless-py's error code (`type-error`, `missing-cell`, …).
    pub code: String,
    /// Row of the file, counted as frictionless counts it (the header is row 1; every line of
    /// the file, blank ones included, is a row); absent for header and file errors.
    pub row_number: Option<u64>,
    /// 1-based position of the field; absent for row and file errors.
    pub field_number: Option<u64>,
    /// Name of the field; `""` for an extra cell or label (as frictionless-py has it).
    pub field_name: Option<String>,
    /// The cell or label as read.
    pub cell: Option<String>,
    /// frictionless-py's note (English, technical).
    pub note: String,
    /// What is wrong and what to do, in Bahasa Indonesia and English.
    pub message: Message,
}

/// Counts of a validation run.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct TableStats {
    /// Data rows read (the header excluded).
    pub rows: u64,
    /// Bytes read.
    pub bytes: u64,
    /// Fields of the schema.
    pub fields: u64,
    /// The encoding the file was read in (`utf-8`, `windows-1252`, …).
    pub encoding: String,
    /// The delimiter used (given by the dialect, or sniffed).
    pub delimiter: String,
    /// Worker threads used (1: single-threaded).
    pub threads: u64,
}

/// The result of validating a table.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct TableReport {
    /// True when there is no error.
    pub valid: bool,
    /// The errors, in file order, at most the error limit.
    pub errors: Vec<TableIssue>,
    /// Things worth knowing that are not errors (error limit reached, a foreign key not
    /// checked).
    pub warnings: Vec<Message>,
    /// True when validation stopped early at the error limit.
    pub partial: bool,
    /// The header labels as read.
    pub labels: Vec<String>,
    /// Counts.
    pub stats: TableStats,
}

impl TableReport {
    /// Number of errors per code, sorted by code.
    ///
    /// ```
    /// let report = datago_core::table::TableReport::default();
    /// assert!(report.counts().is_empty());
    /// ```
    pub fn counts(&self) -> Vec<(String, usize)> {
        let mut m: std::collections::BTreeMap<&str, usize> = Default::default();
        for e in &self.errors {
            *m.entry(e.code.as_str()).or_default() += 1;
        }
        m.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
    }
}

/// How far a streaming validation has got.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    /// Bytes read so far.
    pub bytes: u64,
    /// Data rows validated so far.
    pub rows: u64,
    /// Errors found so far.
    pub errors: u64,
}

/// Builds the message of an issue.
pub(crate) struct Ctx<'a> {
    pub row: Option<u64>,
    pub field: Option<&'a str>,
    pub number: Option<u64>,
    pub cell: Option<&'a str>,
    pub note: &'a str,
    /// For type errors: `type/format`.
    pub expected: &'a str,
}

fn clip(s: &str) -> String {
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s.to_string()
    }
}

pub(crate) fn message(kind: IssueKind, c: &Ctx<'_>) -> Message {
    let row = c.row.map(|r| r.to_string()).unwrap_or_default();
    let field = c.field.unwrap_or("");
    let n = c.number.map(|r| r.to_string()).unwrap_or_default();
    let cell = clip(c.cell.unwrap_or(""));
    let note = c.note;
    let (id, en) = match kind {
        IssueKind::TypeError => (
            format!("Baris {row}, kolom \"{field}\" (ke-{n}): \"{cell}\" bukan nilai {} yang sah. Perbaiki isinya atau sesuaikan tipe/format kolom di Table Schema.", c.expected),
            format!("Row {row}, field \"{field}\" (column {n}): \"{cell}\" is not a valid {} value. Fix the cell or change the field's type/format in the Table Schema.", c.expected),
        ),
        IssueKind::ConstraintError => (
            format!("Baris {row}, kolom \"{field}\" (ke-{n}): \"{cell}\" melanggar batasan ({note}). Perbaiki isinya atau longgarkan batasan di Table Schema."),
            format!("Row {row}, field \"{field}\" (column {n}): \"{cell}\" breaks a constraint ({note}). Fix the cell or relax the constraint in the Table Schema."),
        ),
        IssueKind::UniqueError => (
            format!("Baris {row}, kolom \"{field}\" (ke-{n}): nilai \"{cell}\" harus unik tetapi sudah muncul ({note}). Hapus baris ganda atau perbaiki nilainya."),
            format!("Row {row}, field \"{field}\" (column {n}): value \"{cell}\" must be unique but repeats ({note}). Remove the duplicate row or fix the value."),
        ),
        IssueKind::PrimaryKey => (
            format!("Baris {row} melanggar kunci primer ({note}). Setiap baris harus punya kunci primer yang terisi dan unik."),
            format!("Row {row} violates the primary key ({note}). Every row needs a filled-in, unique primary key."),
        ),
        IssueKind::ForeignKey => (
            format!("Baris {row} melanggar kunci asing ({note}). Tambahkan nilai itu ke tabel rujukan atau perbaiki barisnya."),
            format!("Row {row} violates the foreign key ({note}). Add the value to the referenced table or fix the row."),
        ),
        IssueKind::MissingCell => (
            format!("Baris {row} kekurangan sel untuk kolom \"{field}\" (ke-{n}). Lengkapi barisnya agar jumlah selnya sama dengan header."),
            format!("Row {row} has no cell for field \"{field}\" (column {n}). Complete the row so it has as many cells as the header."),
        ),
        IssueKind::ExtraCell => (
            format!("Baris {row} punya sel berlebih di posisi {n} (\"{cell}\"). Hapus sel itu atau tambahkan kolomnya ke header dan Table Schema."),
            format!("Row {row} has an extra cell at position {n} (\"{cell}\"). Remove it, or add the column to the header and the Table Schema."),
        ),
        IssueKind::BlankRow => (
            format!("Baris {row} kosong seluruhnya. Hapus baris kosong."),
            format!("Row {row} is completely blank. Remove blank rows."),
        ),
        IssueKind::BlankLabel => (
            format!("Label header kolom ke-{n} kosong (kolom \"{field}\" di Table Schema). Beri nama kolom di header."),
            format!("The header label of column {n} is blank (field \"{field}\" in the Table Schema). Name the column in the header."),
        ),
        IssueKind::DuplicateLabel => (
            format!("Label header \"{cell}\" di kolom ke-{n} sudah dipakai ({note}). Setiap kolom butuh nama unik."),
            format!("Header label \"{cell}\" in column {n} is already used ({note}). Every column needs a unique name."),
        ),
        IssueKind::IncorrectLabel => (
            format!("Label header kolom ke-{n} adalah \"{cell}\", padahal Table Schema menyebut \"{field}\". Samakan header dengan nama kolom di Table Schema."),
            format!("The header label of column {n} is \"{cell}\" but the Table Schema names it \"{field}\". Make the header match the Table Schema."),
        ),
        IssueKind::MissingLabel => (
            format!("Header tidak memuat kolom \"{field}\" (ke-{n}) dari Table Schema. Tambahkan kolomnya ke berkas atau hapus dari Table Schema."),
            format!("The header lacks field \"{field}\" (column {n}) of the Table Schema. Add the column to the file or remove it from the Table Schema."),
        ),
        IssueKind::ExtraLabel => (
            format!("Header memuat kolom \"{cell}\" (ke-{n}) yang tidak ada di Table Schema. Tambahkan ke Table Schema atau hapus kolomnya."),
            format!("The header has column \"{cell}\" (column {n}) that the Table Schema lacks. Add it to the Table Schema or remove the column."),
        ),
        IssueKind::EncodingError => (
            format!("Berkas tidak dapat dibaca dengan pengodean yang dipakai ({note}). Simpan ulang berkas sebagai UTF-8."),
            format!("The file cannot be decoded ({note}). Save the file again as UTF-8."),
        ),
        IssueKind::SchemaError => (
            format!("Table Schema tidak sah: {note}. Perbaiki Table Schema sebelum memvalidasi data."),
            format!("The Table Schema is invalid: {note}. Fix the Table Schema before validating data."),
        ),
        IssueKind::FieldError => (
            format!("Kolom di Table Schema tidak sah: {note}. Perbaiki definisi kolomnya."),
            format!("A field of the Table Schema is invalid: {note}. Fix the field definition."),
        ),
        IssueKind::DialectError => (
            format!("Table Dialect tidak dapat dipakai: {note}."),
            format!("The Table Dialect cannot be used: {note}."),
        ),
        IssueKind::SourceError => (
            format!("Data tidak dapat dibaca: {note}. Periksa berkasnya."),
            format!("The data cannot be read: {note}. Check the file."),
        ),
    };
    Message { id, en }
}

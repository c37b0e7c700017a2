//! Errors that stop a table operation before it produces a report. Problems *in* the table
//! (and in its schema) are not errors: they are the report's [`TableIssue`](super::TableIssue)s.

use crate::finding::Lang;

/// A table operation could not run.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TableError {
    /// The input could not be read (the reader failed).
    #[error("cannot read the table: {detail}")]
    Io {
        /// What the reader said.
        detail: String,
    },
    /// A Table Schema given as JSON could not be read.
    #[error("cannot read the Table Schema: {detail}")]
    Schema {
        /// What is wrong.
        detail: String,
    },
    /// The input holds no table (no header and no row), so nothing can be inferred or profiled.
    #[error("the table is empty: there is no header and no row")]
    Empty,
}

impl TableError {
    /// Stable machine code (`table.io`, `table.schema`, `table.empty`).
    ///
    /// ```
    /// use datago_core::table::TableError;
    /// assert_eq!(TableError::Empty.code(), "table.empty");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            TableError::Io { .. } => "table.io",
            TableError::Schema { .. } => "table.schema",
            TableError::Empty => "table.empty",
        }
    }

    /// The message in `lang`.
    ///
    /// ```
    /// use datago_core::{Lang, table::TableError};
    /// assert!(TableError::Empty.message(Lang::Id).starts_with("tabel kosong"));
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::En, _) => self.to_string(),
            (Lang::Id, TableError::Io { detail }) => format!("tabel tidak dapat dibaca: {detail}"),
            (Lang::Id, TableError::Schema { detail }) => {
                format!("Table Schema tidak dapat dibaca: {detail}")
            }
            (Lang::Id, TableError::Empty) => {
                "tabel kosong: tidak ada header maupun baris".to_string()
            }
        }
    }
}

impl From<std::io::Error> for TableError {
    fn from(e: std::io::Error) -> Self {
        TableError::Io {
            detail: e.to_string(),
        }
    }
}

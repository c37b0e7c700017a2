//! The crate-wide error: every fallible operation returns one of the module errors, and
//! [`Error`] gathers them for callers (and bindings) that want a single type.

use crate::bundle::BundleError;
use crate::document::ParseError;
use crate::finding::{Finding, Lang};
use crate::workflow::WorkflowError;

/// Any DataGO error. Each has a stable [`Error::code`] and a message in both languages.
///
/// ```
/// use datago_core::{Dataset, Error, Lang};
/// let err: Error = Dataset::from_json("[").unwrap_err().into();
/// assert_eq!(err.code(), "parse.eof");
/// assert!(err.message(Lang::Id).starts_with("JSON berakhir"));
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A document could not be read.
    #[error(transparent)]
    Parse(#[from] ParseError),
    /// A workflow step was refused.
    #[error(transparent)]
    Workflow(#[from] WorkflowError),
    /// A catalog directory could not be used.
    #[error(transparent)]
    Bundle(#[from] BundleError),
    /// A prebuilt search index could not be read.
    #[error(transparent)]
    Search(#[from] crate::search::SearchError),
    /// A CKAN API document could not be read (`ckan.*`).
    #[error(transparent)]
    Ckan(crate::standards::ckan::CkanError),
    /// A Data Package could not be read (`datapackage.*`).
    #[error(transparent)]
    DataPackage(crate::standards::datapackage::DataPackageError),
    /// A replication argument is not usable (`replication.*`: model, report format, date,
    /// amount).
    #[error(transparent)]
    Replication(#[from] crate::replication::ReplicationError),
    /// A table could not be read, or its schema could not be parsed (`table.*`).
    #[error(transparent)]
    Table(#[from] crate::table::TableError),
    /// A licence is unknown or a purpose is not one of the known ones (`license.*`).
    #[error(transparent)]
    License(#[from] crate::license::LicenseError),
    /// A replica's home page or terms cannot be checked (`replica.*`).
    #[error(transparent)]
    Replica(#[from] crate::replica::ReplicaError),
    /// A document has findings of severity error (from `ensure_valid`-style calls).
    #[error("the document has {} error(s); first: {}", .0.len(), .0.first().map(|f| f.message.en.as_str()).unwrap_or(""))]
    Invalid(Vec<Finding>),
    /// An argument is not one of the accepted values (e.g. an unknown document type).
    #[error("invalid {what} '{value}'; expected {expected}")]
    InvalidArgument {
        /// What was asked for (`document type`, `action`, …).
        what: &'static str,
        /// What was given.
        value: String,
        /// The accepted values, comma-separated.
        expected: String,
    },
}

impl Error {
    /// Stable machine code (`parse.syntax`, `workflow.illegal-transition`, `invalid`, …).
    pub fn code(&self) -> &'static str {
        match self {
            Error::Parse(e) => e.code(),
            Error::Workflow(e) => e.code(),
            Error::Bundle(e) => e.code(),
            Error::Search(e) => e.code(),
            Error::Replication(e) => e.code(),
            Error::Ckan(e) => e.code(),
            Error::DataPackage(e) => e.code(),
            Error::Table(e) => e.code(),
            Error::License(e) => e.code(),
            Error::Replica(e) => e.code(),
            Error::Invalid(_) => "invalid",
            Error::InvalidArgument { .. } => "invalid-argument",
        }
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match (lang, self) {
            (_, Error::Parse(e)) => e.message(lang),
            (_, Error::Workflow(e)) => e.message(lang),
            (_, Error::Bundle(e)) => e.message(lang),
            (_, Error::Search(e)) => e.message(lang),
            (_, Error::Replication(e)) => e.message(lang),
            (_, Error::Ckan(e)) => e.message(lang),
            (_, Error::DataPackage(e)) => e.message(lang),
            (_, Error::Table(e)) => e.message(lang),
            (_, Error::License(e)) => e.message(lang),
            (_, Error::Replica(e)) => e.message(lang),
            (Lang::En, _) => self.to_string(),
            (Lang::Id, Error::Invalid(f)) => format!(
                "dokumen memiliki {} galat; yang pertama: {}",
                f.len(),
                f.first().map(|f| f.message.id.as_str()).unwrap_or("")
            ),
            (
                Lang::Id,
                Error::InvalidArgument {
                    what,
                    value,
                    expected,
                },
            ) => {
                let what = match *what {
                    "document type" => "jenis dokumen",
                    "timestamp" => "waktu",
                    "vocabulary" => "kosakata",
                    "frequency" => "frekuensi",
                    "access level" => "klasifikasi akses",
                    "urusan code" => "kode urusan",
                    "region scheme" => "skema wilayah",
                    "region code" => "kode wilayah",
                    "profile" => "profil",
                    "RDF format" => "format RDF",
                    "action" => "langkah",
                    "language" => "bahasa",
                    "source format" => "format sumber",
                    "target format" => "format tujuan",
                    other => other,
                };
                format!("{what} '{value}' tidak sah; yang diharapkan: {expected}")
            }
        }
    }
}

/// Bad JSON stays a [`Error::Parse`], whichever reader found it.
impl From<crate::standards::ckan::CkanError> for Error {
    fn from(e: crate::standards::ckan::CkanError) -> Self {
        match e {
            crate::standards::ckan::CkanError::Parse(p) => Error::Parse(p),
            other => Error::Ckan(other),
        }
    }
}

/// Bad JSON stays a [`Error::Parse`], whichever reader found it.
impl From<crate::standards::datapackage::DataPackageError> for Error {
    fn from(e: crate::standards::datapackage::DataPackageError) -> Self {
        match e {
            crate::standards::datapackage::DataPackageError::Parse(p) => Error::Parse(p),
            other => Error::DataPackage(other),
        }
    }
}

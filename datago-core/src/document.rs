//! Reading and writing documents as JSON, and the parse error every reader returns.

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::finding::Lang;

/// A document could not be read from JSON.
///
/// ```
/// use datago_core::{Dataset, ParseError};
/// let err = Dataset::from_json("{ not json").unwrap_err();
/// assert_eq!(err.code(), "parse.syntax");
/// assert_eq!(err.line(), 1);
/// let err = Dataset::from_json(r#"{"id": 5}"#).unwrap_err();
/// assert_eq!(err.code(), "parse.data");
/// assert!(err.message(datago_core::Lang::Id).contains("baris 1"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    /// The text is not valid JSON.
    #[error("invalid JSON at line {line}, column {column}: {detail}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the JSON reader said.
        detail: String,
    },
    /// The JSON ended before the document was complete.
    #[error("the JSON ends too early (line {line}, column {column}): {detail}")]
    Eof {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the JSON reader said.
        detail: String,
    },
    /// The JSON is valid but does not have the document's shape (wrong type, unknown enum value,
    /// missing required field).
    #[error("the JSON does not match the document at line {line}, column {column}: {detail}")]
    Data {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the JSON reader said.
        detail: String,
    },
}

impl ParseError {
    /// Stable machine code: `parse.syntax`, `parse.eof` or `parse.data`.
    pub fn code(&self) -> &'static str {
        match self {
            ParseError::Syntax { .. } => "parse.syntax",
            ParseError::Eof { .. } => "parse.eof",
            ParseError::Data { .. } => "parse.data",
        }
    }

    /// 1-based line of the problem.
    pub fn line(&self) -> usize {
        match self {
            ParseError::Syntax { line, .. }
            | ParseError::Eof { line, .. }
            | ParseError::Data { line, .. } => *line,
        }
    }

    /// 1-based column of the problem.
    pub fn column(&self) -> usize {
        match self {
            ParseError::Syntax { column, .. }
            | ParseError::Eof { column, .. }
            | ParseError::Data { column, .. } => *column,
        }
    }

    /// The reader's own detail (English, from serde_json).
    pub fn detail(&self) -> &str {
        match self {
            ParseError::Syntax { detail, .. }
            | ParseError::Eof { detail, .. }
            | ParseError::Data { detail, .. } => detail,
        }
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.to_string(),
            Lang::Id => {
                let (what, line, column) = match self {
                    ParseError::Syntax { line, column, .. } => ("JSON tidak sah", line, column),
                    ParseError::Eof { line, column, .. } => {
                        ("JSON berakhir sebelum dokumen lengkap", line, column)
                    }
                    ParseError::Data { line, column, .. } => {
                        ("isi JSON tidak sesuai bentuk dokumen", line, column)
                    }
                };
                format!(
                    "{what} pada baris {line}, kolom {column}: {}",
                    self.detail()
                )
            }
        }
    }
}

impl From<serde_json::Error> for ParseError {
    fn from(e: serde_json::Error) -> Self {
        use serde_json::error::Category;
        let (line, column) = (e.line(), e.column());
        let mut detail = e.to_string();
        // serde_json appends " at line L column C"; the position has its own fields.
        if let Some(i) = detail.rfind(" at line ") {
            detail.truncate(i);
        }
        match e.classify() {
            Category::Eof => ParseError::Eof {
                line,
                column,
                detail,
            },
            Category::Data => ParseError::Data {
                line,
                column,
                detail,
            },
            Category::Syntax | Category::Io => ParseError::Syntax {
                line,
                column,
                detail,
            },
        }
    }
}

/// Reads any DataGO document from JSON text.
pub fn from_json<T: DeserializeOwned>(json: &str) -> Result<T, ParseError> {
    Ok(serde_json::from_str(json)?)
}

/// Reads a document and reports every field it did not recognise (a misspelt or misplaced
/// field would otherwise vanish silently) as a `document.unknown-field` finding.
///
/// ```
/// use datago_core::{document::from_json_reporting, Dataset};
/// let (ds, unknown) = from_json_reporting::<Dataset>(r#"{"id": "d", "slug": "dd", "tittle": "x", "resources": [{"mediatype": "text/csv"}]}"#).unwrap();
/// let paths: Vec<&str> = unknown.iter().map(|f| f.path.as_str()).collect();
/// assert_eq!(paths, ["/tittle", "/resources/0/mediatype"]);
/// assert_eq!(ds.slug, "dd");
/// ```
pub fn from_json_reporting<T: DeserializeOwned>(
    json: &str,
) -> Result<(T, Vec<crate::Finding>), ParseError> {
    let mut de = serde_json::Deserializer::from_str(json);
    let mut unknown = Vec::new();
    let doc: T = serde_ignored::deserialize(&mut de, |path| unknown.push(pointer(&path)))?;
    de.end()?;
    let findings = unknown
        .into_iter()
        .map(|p| {
            let name = p.rsplit('/').next().unwrap_or_default().to_string();
            crate::Finding::new(
                &crate::rules::DOCUMENT_UNKNOWN_FIELD,
                p,
                &[("value", &name)],
            )
        })
        .collect();
    Ok((doc, findings))
}

fn pointer(path: &serde_ignored::Path<'_>) -> String {
    use serde_ignored::Path as P;
    match path {
        P::Root => String::new(),
        P::Seq { parent, index } => format!("{}/{index}", pointer(parent)),
        P::Map { parent, key } => {
            format!("{}/{}", pointer(parent), crate::finding::pointer_token(key))
        }
        P::Some { parent } | P::NewtypeStruct { parent } | P::NewtypeVariant { parent } => {
            pointer(parent)
        }
    }
}

/// Reads any DataGO document from a JSON value.
pub fn from_value<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, ParseError> {
    serde_json::from_value(value).map_err(|e| {
        let mut pe = ParseError::from(e);
        // Values have no text positions; report 0:0 rather than serde_json's placeholder.
        if let ParseError::Data { line, column, .. } | ParseError::Syntax { line, column, .. } =
            &mut pe
        {
            *line = 0;
            *column = 0;
        }
        pe
    })
}

/// Writes a document as JSON, compact or pretty.
pub fn to_json<T: Serialize>(doc: &T, pretty: bool) -> String {
    let r = if pretty {
        serde_json::to_string_pretty(doc)
    } else {
        serde_json::to_string(doc)
    };
    // Serializing our own types cannot fail: keys are strings and no custom serializer errors.
    r.unwrap_or_default()
}

/// Reads a document of type `kind` from JSON and returns all its findings.
///
/// ```
/// use datago_core::{document::validate_json, schema::DocumentType};
/// let findings = validate_json(DocumentType::Organization, r#"{"code": "Dinkes", "kind": "dinas", "role": "produsen-data"}"#).unwrap();
/// let codes: Vec<&str> = findings.iter().map(|f| f.code.as_str()).collect();
/// assert_eq!(codes, ["organization.code.invalid", "organization.name.missing", "organization.contact.missing"]);
/// ```
pub fn validate_json(
    kind: crate::schema::DocumentType,
    json: &str,
) -> Result<Vec<crate::Finding>, crate::Error> {
    use crate::schema::DocumentType as T;
    fn run<D: DeserializeOwned>(
        json: &str,
        validate: impl Fn(&D) -> Vec<crate::Finding>,
    ) -> Result<Vec<crate::Finding>, crate::Error> {
        let (doc, mut findings) = from_json_reporting::<D>(json)?;
        findings.extend(validate(&doc));
        Ok(findings)
    }
    match kind {
        T::Catalog => run(json, crate::Catalog::validate),
        T::Organization => run(json, crate::Organization::validate),
        T::Dataset => run(json, crate::Dataset::validate),
        T::Resource => run(json, crate::Resource::validate),
        T::ContactPoint => run(json, crate::ContactPoint::validate),
        T::TableSchema => run(json, crate::TableSchema::validate),
        // Findings and reports are outputs: reading them is the whole check.
        T::Finding => run(json, |_: &crate::Finding| Vec::new()),
        T::Report => run(json, |_: &crate::Report| Vec::new()),
        T::ReplicationPlan => run(json, crate::replication::ReplicationPlan::validate),
    }
}

/// Reads a document of type `kind` from JSON and writes it back in canonical form (defaults
/// filled in, unknown fields dropped, plain strings of multilingual fields turned into
/// `{"id": …}`), as a JSON value.
///
/// ```
/// use datago_core::{document::normalize_json, schema::DocumentType};
/// let v = normalize_json(DocumentType::Dataset, r#"{"id": "d", "slug": "dd", "title": "Judul"}"#).unwrap();
/// assert_eq!(v["title"]["id"], "Judul");
/// assert_eq!(v["status"], "draft");
/// ```
pub fn normalize_json(
    kind: crate::schema::DocumentType,
    json: &str,
) -> Result<serde_json::Value, crate::Error> {
    use crate::schema::DocumentType as T;
    fn round<D: DeserializeOwned + Serialize>(
        json: &str,
    ) -> Result<serde_json::Value, crate::Error> {
        let doc: D = from_json(json)?;
        // Our types always serialize to JSON.
        Ok(serde_json::to_value(&doc).unwrap_or(serde_json::Value::Null))
    }
    match kind {
        T::Catalog => round::<crate::Catalog>(json),
        T::Organization => round::<crate::Organization>(json),
        T::Dataset => round::<crate::Dataset>(json),
        T::Resource => round::<crate::Resource>(json),
        T::ContactPoint => round::<crate::ContactPoint>(json),
        T::TableSchema => round::<crate::TableSchema>(json),
        T::Finding => round::<crate::Finding>(json),
        T::Report => round::<crate::Report>(json),
        T::ReplicationPlan => round::<crate::replication::ReplicationPlan>(json),
    }
}

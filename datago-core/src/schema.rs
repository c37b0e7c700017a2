//! JSON Schemas of every document type, generated from the Rust types (schemars), so editors
//! and other languages can check documents before DataGO sees them.
//!
//! ```
//! use datago_core::schema::{json_schema, DocumentType};
//! let s = json_schema(DocumentType::Dataset);
//! assert_eq!(s["title"], "Dataset");
//! assert!(s["required"].as_array().unwrap().iter().any(|v| v == "slug"));
//! assert_eq!(DocumentType::parse("catalog").unwrap(), DocumentType::Catalog);
//! ```

use crate::Error;

/// A document type with a JSON Schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocumentType {
    /// [`crate::Catalog`].
    Catalog,
    /// [`crate::Organization`].
    Organization,
    /// [`crate::Dataset`].
    Dataset,
    /// [`crate::Resource`].
    Resource,
    /// [`crate::ContactPoint`].
    ContactPoint,
    /// [`crate::resource::TableSchema`].
    TableSchema,
    /// [`crate::Finding`].
    Finding,
    /// [`crate::Report`].
    Report,
    /// [`crate::replication::ReplicationPlan`].
    ReplicationPlan,
}

impl DocumentType {
    /// Every document type.
    pub const ALL: [DocumentType; 9] = [
        DocumentType::Catalog,
        DocumentType::Organization,
        DocumentType::Dataset,
        DocumentType::Resource,
        DocumentType::ContactPoint,
        DocumentType::TableSchema,
        DocumentType::Finding,
        DocumentType::Report,
        DocumentType::ReplicationPlan,
    ];

    /// The kebab-case name (`dataset`, `contact-point`, `table-schema`).
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentType::Catalog => "catalog",
            DocumentType::Organization => "organization",
            DocumentType::Dataset => "dataset",
            DocumentType::Resource => "resource",
            DocumentType::ContactPoint => "contact-point",
            DocumentType::TableSchema => "table-schema",
            DocumentType::Finding => "finding",
            DocumentType::Report => "report",
            DocumentType::ReplicationPlan => "replication-plan",
        }
    }

    /// Parses a kebab-case name (`_` accepted for `-`, case-insensitive).
    pub fn parse(name: &str) -> Result<DocumentType, Error> {
        let n = name.trim().to_ascii_lowercase().replace('_', "-");
        DocumentType::ALL
            .into_iter()
            .find(|t| t.as_str() == n)
            .ok_or_else(|| Error::InvalidArgument {
                what: "document type",
                value: name.to_string(),
                expected: DocumentType::ALL.map(|t| t.as_str()).join(", "),
            })
    }
}

/// The JSON Schema (draft 2020-12) of a document type.
pub fn json_schema(kind: DocumentType) -> serde_json::Value {
    let schema = match kind {
        DocumentType::Catalog => schemars::schema_for!(crate::Catalog),
        DocumentType::Organization => schemars::schema_for!(crate::Organization),
        DocumentType::Dataset => schemars::schema_for!(crate::Dataset),
        DocumentType::Resource => schemars::schema_for!(crate::Resource),
        DocumentType::ContactPoint => schemars::schema_for!(crate::ContactPoint),
        DocumentType::TableSchema => schemars::schema_for!(crate::resource::TableSchema),
        DocumentType::Finding => schemars::schema_for!(crate::Finding),
        DocumentType::Report => schemars::schema_for!(crate::Report),
        DocumentType::ReplicationPlan => {
            schemars::schema_for!(crate::replication::ReplicationPlan)
        }
    };
    schema.to_value()
}

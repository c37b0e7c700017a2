//! # datago-core
//!
//! The portal logic of **DataGO** (Data Kota Magelang Open), the Satu Data portal Kota
//! Magelang's Dinas Komunikasi, Informatika dan Statistik has run since 2014, packaged so any
//! local government replicating it can embed it.
//!
//! - [`Catalog`], [`Organization`] (with its Satu Data role), [`Dataset`], [`Resource`],
//!   [`ContactPoint`], multilingual [`LocalizedText`], scheme-tagged [`RegionCode`];
//! - the publication workflow ([`workflow`]): draft → submitted → verified/returned →
//!   published → archived, every step recorded;
//! - `validate()` on every document, returning **all** [`Finding`]s with a stable code,
//!   severity, JSON pointer and a message in Bahasa Indonesia and English ([`rules`]);
//! - whole catalog directories ([`Bundle`]) checked into a [`Report`];
//! - JSON Schemas of every document ([`schema`]).
//!
//! The crate does no I/O of its own: callers hand it text and bytes (the `fs` feature adds a
//! directory reader). It builds for `wasm32-unknown-unknown`.
//!
//! ```
//! use datago_core::{Dataset, Severity};
//!
//! let ds = Dataset::from_json(r#"{"id": "d-1", "slug": "jumlah-puskesmas", "title": {"id": "Jumlah Puskesmas"}}"#)?;
//! for f in ds.validate() {
//!     println!("{:7} {:30} {} — {}", f.severity.as_str(), f.code, f.path, f.message.id);
//! }
//! assert!(ds.validate().iter().any(|f| f.severity == Severity::Error));
//! # Ok::<(), datago_core::ParseError>(())
//! ```

pub mod bundle;
pub mod catalog;
pub mod dataset;
pub mod document;
pub mod error;
pub mod finding;
pub mod license;
pub mod organization;
pub mod privacy;
pub mod quality;
pub mod region;
pub mod render;
pub mod replica;
pub mod replication;
pub mod resource;
pub mod rules;
#[cfg(feature = "sample")]
pub mod sample;
pub mod schema;
pub mod search;
pub mod site;
pub mod slug;
pub mod standards;
pub mod synthetic;
pub mod table;
pub mod text;
pub mod vocab;
pub mod workflow;

pub use bundle::{Bundle, BundleError, LoadedCatalog};
pub use catalog::{Catalog, DatasetSummary, Report};
pub use dataset::{Agent, Dataset, RecordDates, SourceRef, TemporalCoverage};
pub use document::ParseError;
pub use error::Error;
pub use finding::{Finding, Lang, Message, Severity, SeverityCounts};
pub use organization::{ContactPoint, Organization, OrganizationKind, SatuDataRole};
pub use region::{RegionCode, RegionInfo, RegionLevel, RegionScheme};
pub use resource::{Checksum, ChecksumAlgorithm, Resource, TableDialect, TableSchema};
pub use text::LocalizedText;
pub use vocab::{AccessLevel, Frequency};
pub use workflow::{Action, Actor, PublicationStatus, Transition, WorkflowError};

/// The repository README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;

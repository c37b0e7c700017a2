//! The publication workflow of a dataset, following the Satu Data stages: the produsen data
//! submits, the walidata checks (pemeriksaan data) and verifies or returns, then publishes
//! (penyebarluasan); published data can be archived.
//!
//! ```text
//! draft ──submit──▶ submitted ──verify──▶ verified ──publish──▶ published ──archive──▶ archived
//!   ▲                  │   ▲                 │
//!   │               return  └────submit───┐ return
//!   │                  ▼                   │  ▼
//!   └──────────────  returned ◀────────────┘
//! ```
//!
//! The table of allowed steps is [`TRANSITIONS`]; every step taken is recorded as a
//! [`Transition`] (who, when, note). Time is passed in: the core never reads the clock.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use datago_core::{Action, Actor, Dataset, PublicationStatus};
//!
//! let mut ds = Dataset::from_json(r#"{"id": "d1", "slug": "d1", "producer": "dinkes", "walidata": "diskominsta"}"#).unwrap();
//! let at = Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap();
//! ds.apply(Action::Submit, Actor::new("dinkes", "Ani"), at, None).unwrap();
//! let err = ds.apply(Action::Publish, Actor::new("diskominsta", "Budi"), at, None).unwrap_err();
//! assert_eq!(err.code(), "workflow.illegal-transition");
//! ds.apply(Action::Verify, Actor::new("diskominsta", "Budi"), at, None).unwrap();
//! ds.apply(Action::Publish, Actor::new("diskominsta", "Budi"), at, None).unwrap();
//! assert_eq!(ds.status, PublicationStatus::Published);
//! assert_eq!(ds.history.len(), 3);
//! ```

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::finding::Lang;

/// Where a dataset stands in the publication workflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PublicationStatus {
    /// Being written by the producer.
    #[default]
    Draft,
    /// Submitted by the producer, waiting for the walidata's check.
    Submitted,
    /// Checked and accepted by the walidata.
    Verified,
    /// Sent back by the walidata for correction.
    Returned,
    /// Public on the portal.
    Published,
    /// Withdrawn from the portal, kept for the record.
    Archived,
}

impl PublicationStatus {
    /// The stable lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            PublicationStatus::Draft => "draft",
            PublicationStatus::Submitted => "submitted",
            PublicationStatus::Verified => "verified",
            PublicationStatus::Returned => "returned",
            PublicationStatus::Published => "published",
            PublicationStatus::Archived => "archived",
        }
    }
}

/// A step in the workflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// The producer hands the dataset to the walidata (also after a return).
    Submit,
    /// The walidata accepts it.
    Verify,
    /// The walidata sends it back, saying why (a note is required).
    Return,
    /// The walidata publishes it.
    Publish,
    /// The walidata withdraws it from the portal.
    Archive,
}

impl Action {
    /// The stable lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Submit => "submit",
            Action::Verify => "verify",
            Action::Return => "return",
            Action::Publish => "publish",
            Action::Archive => "archive",
        }
    }

    /// Parses `submit`, `verify`, `return`, `publish` or `archive`.
    pub fn parse(s: &str) -> Option<Action> {
        [
            Action::Submit,
            Action::Verify,
            Action::Return,
            Action::Publish,
            Action::Archive,
        ]
        .into_iter()
        .find(|a| a.as_str() == s)
    }
}

/// Who may take a step: the dataset's producer or its walidata.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Party {
    /// The organization named in the dataset's `producer`.
    Producer,
    /// The organization named in the dataset's `walidata`.
    Walidata,
}

/// One allowed step: from a status, by an action, to a status, taken by a party.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// Status before.
    pub from: PublicationStatus,
    /// The action.
    pub action: Action,
    /// Status after.
    pub to: PublicationStatus,
    /// Who may take it.
    pub by: Party,
}

use Action as A;
use Party as P;
use PublicationStatus as S;

/// Every step the workflow allows. Anything else is illegal.
pub const TRANSITIONS: &[Step] = &[
    Step {
        from: S::Draft,
        action: A::Submit,
        to: S::Submitted,
        by: P::Producer,
    },
    Step {
        from: S::Returned,
        action: A::Submit,
        to: S::Submitted,
        by: P::Producer,
    },
    Step {
        from: S::Submitted,
        action: A::Verify,
        to: S::Verified,
        by: P::Walidata,
    },
    Step {
        from: S::Submitted,
        action: A::Return,
        to: S::Returned,
        by: P::Walidata,
    },
    Step {
        from: S::Verified,
        action: A::Return,
        to: S::Returned,
        by: P::Walidata,
    },
    Step {
        from: S::Verified,
        action: A::Publish,
        to: S::Published,
        by: P::Walidata,
    },
    Step {
        from: S::Published,
        action: A::Archive,
        to: S::Archived,
        by: P::Walidata,
    },
];

/// The step `action` takes from `from`, if the workflow allows it.
///
/// ```
/// use datago_core::{workflow::step, Action, PublicationStatus};
/// assert_eq!(step(PublicationStatus::Draft, Action::Submit).unwrap().to, PublicationStatus::Submitted);
/// assert!(step(PublicationStatus::Draft, Action::Publish).is_none());
/// ```
pub fn step(from: PublicationStatus, action: Action) -> Option<&'static Step> {
    TRANSITIONS
        .iter()
        .find(|s| s.from == from && s.action == action)
}

/// Who took a step: a person acting for an organization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Actor {
    /// Code of the organization the person acts for.
    pub organization: String,
    /// The person's name or user id.
    pub name: String,
}

impl Actor {
    /// An actor.
    pub fn new(organization: impl Into<String>, name: impl Into<String>) -> Actor {
        Actor {
            organization: organization.into(),
            name: name.into(),
        }
    }
}

/// A recorded step of the workflow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Transition {
    /// Status before.
    pub from: PublicationStatus,
    /// Status after.
    pub to: PublicationStatus,
    /// The action taken.
    pub action: Action,
    /// Who took it.
    pub by: Actor,
    /// When (UTC, RFC 3339).
    pub at: DateTime<Utc>,
    /// Why, or what was changed; required when returning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A workflow step was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WorkflowError {
    /// The action is not allowed from the current status.
    #[error("cannot {} a dataset that is {}", action.as_str(), from.as_str())]
    IllegalTransition {
        /// Current status.
        from: PublicationStatus,
        /// Refused action.
        action: Action,
    },
    /// The actor's organization is not the party the step needs.
    #[error("only the dataset's {} ({expected}) may {}; {actual} may not", party_en(*party), action.as_str())]
    WrongActor {
        /// The action.
        action: Action,
        /// The party the step needs.
        party: Party,
        /// The organization code that party has on this dataset.
        expected: String,
        /// The organization code of the actor.
        actual: String,
    },
    /// A return must say why.
    #[error("returning a dataset needs a note saying what to correct")]
    NoteRequired,
    /// The step is dated before the previous one.
    #[error("the step is dated {at}, before the previous step ({previous})")]
    OutOfOrder {
        /// The refused time.
        at: DateTime<Utc>,
        /// Time of the last recorded step.
        previous: DateTime<Utc>,
    },
}

fn party_en(p: Party) -> &'static str {
    match p {
        Party::Producer => "producer",
        Party::Walidata => "walidata",
    }
}

impl WorkflowError {
    /// Stable machine code.
    pub fn code(&self) -> &'static str {
        match self {
            WorkflowError::IllegalTransition { .. } => "workflow.illegal-transition",
            WorkflowError::WrongActor { .. } => "workflow.wrong-actor",
            WorkflowError::NoteRequired => "workflow.note-required",
            WorkflowError::OutOfOrder { .. } => "workflow.out-of-order",
        }
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.to_string(),
            Lang::Id => match self {
                WorkflowError::IllegalTransition { from, action } => format!(
                    "langkah '{}' tidak dapat dilakukan pada dataset berstatus '{}'",
                    action.as_str(),
                    from.as_str()
                ),
                WorkflowError::WrongActor {
                    action,
                    party,
                    expected,
                    actual,
                } => format!(
                    "hanya {} dataset ini ({expected}) yang boleh melakukan '{}'; {actual} tidak berwenang",
                    match party {
                        Party::Producer => "produsen data",
                        Party::Walidata => "walidata",
                    },
                    action.as_str()
                ),
                WorkflowError::NoteRequired => {
                    "pengembalian dataset wajib disertai catatan tentang apa yang harus diperbaiki"
                        .to_string()
                }
                WorkflowError::OutOfOrder { at, previous } => format!(
                    "langkah bertanggal {at}, lebih awal daripada langkah sebelumnya ({previous})"
                ),
            },
        }
    }
}

/// Reads a timestamp for a workflow step: RFC 3339 (`2026-11-26T09:00:00+07:00`, stored as UTC).
///
/// ```
/// let t = datago_core::workflow::parse_time("2026-11-26T09:00:00+07:00").unwrap();
/// assert_eq!(t.to_rfc3339(), "2026-11-26T02:00:00+00:00");
/// assert_eq!(datago_core::workflow::parse_time("kemarin").unwrap_err().code(), "invalid-argument");
/// ```
pub fn parse_time(s: &str) -> Result<DateTime<Utc>, crate::Error> {
    DateTime::parse_from_rfc3339(s.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| crate::Error::InvalidArgument {
            what: "timestamp",
            value: s.to_string(),
            expected: "an RFC 3339 time such as 2026-11-26T09:00:00+07:00".to_string(),
        })
}

/// Reads an action name, as an [`crate::Error`] when unknown.
pub fn parse_action(s: &str) -> Result<Action, crate::Error> {
    Action::parse(s).ok_or_else(|| crate::Error::InvalidArgument {
        what: "action",
        value: s.to_string(),
        expected: "submit, verify, return, publish or archive".to_string(),
    })
}

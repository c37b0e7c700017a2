//! Replicating DataGO, after the guide *Pedoman Replikasi Portal Satu Data Kota Magelang
//! (DataGO)*: plans, checks, monitoring, evaluation and reports.
//!
//! - The guide as data ([`models`], [`stages`], [`methods`], [`principles`], [`provisions`]):
//!   the three models (Mandiri, Kerja Sama, Fasilitasi) with their stage templates exactly as
//!   the guide lists them, the five principles and the 17 special provisions (ketentuan khusus),
//!   each bilingual, in `data/replication.json`.
//! - A typed plan ([`ReplicationPlan`]): actors, the Nota Kesepakatan and Perjanjian Kerja Sama,
//!   principles, methods, the Tim Pelaksana, the budget in [`Rupiah`], the action plan (rencana
//!   aksi) with monitoring per activity, and the evaluation with benefit and impact indicators.
//! - Rules ([`ReplicationPlan::check`]): findings with codes `replication.*` (see
//!   [`crate::rules`]), all reported at once.
//! - Monitoring ([`ReplicationPlan::progress`]) on a date the caller passes in: the core never
//!   reads the clock.
//! - Reports ([`ReplicationPlan::report`]) in Markdown or self-contained HTML, in Bahasa
//!   Indonesia or English, with a Gantt timeline as inline SVG ([`ReplicationPlan::gantt_svg`]).
//!
//! ```
//! use datago_core::replication::{ReplicationModel, ReplicationPlan};
//!
//! let plan = ReplicationPlan::template(ReplicationModel::KerjaSama, "Kabupaten Contoh");
//! assert_eq!(plan.actors.replicator.government, "Pemerintah Kabupaten Contoh");
//! // A fresh template is a to-do list: the findings say what to fill in.
//! let findings = plan.validate();
//! assert!(findings.iter().any(|f| f.code == "replication.budget.missing"));
//! assert!(findings.iter().any(|f| f.code == "replication.action.element-missing"));
//! ```
//!
//! Ketentuan khusus 9 (the DataGO logo and link on the replica's homepage) needs the homepage
//! itself: [`HomepageCheck::from_html`] runs [`crate::replica::check_homepage`] on it; pass the
//! outcome in [`CheckOptions`].

mod check;
mod gantt;
mod labels;
mod model;
mod money;
mod monitoring;
mod report;
mod templates;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use check::{CheckOptions, HomepageCheck};
pub use model::*;
pub use money::Rupiah;
pub use monitoring::{
    ActivityState, ActivityStatus, BudgetStatus, IndicatorStatus, PlanProgress, StageStatus,
};
pub use templates::{
    activity, method_info, methods, model_template, models, principle_info, principles, provision,
    provisions, stage_info, stages, ActivityInfo, AgreementRequirement, MethodInfo, ModelStage,
    ModelTemplate, PrincipleInfo, Provision, ProvisionCheck, ProvisionKind, ProvisionParty,
    StageInfo,
};

use crate::finding::{Finding, Lang, Message, Severity, SeverityCounts};

/// An argument of the replication functions is not usable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ReplicationError {
    /// Not one of the three models.
    #[error("unknown replication model '{value}': use mandiri, kerja-sama or fasilitasi")]
    UnknownModel {
        /// What was given.
        value: String,
    },
    /// Not a report format.
    #[error("unknown report format '{value}': use md (Markdown) or html")]
    UnknownFormat {
        /// What was given.
        value: String,
    },
    /// Not a calendar date.
    #[error("invalid date '{value}': write it as YYYY-MM-DD, e.g. 2026-06-30")]
    InvalidDate {
        /// What was given.
        value: String,
    },
    /// Not an amount of rupiah.
    #[error("invalid amount '{value}': write whole rupiah, e.g. 12500000 or Rp 12.500.000")]
    InvalidAmount {
        /// What was given.
        value: String,
    },
}

impl ReplicationError {
    /// Stable machine code (`replication.unknown-model`, `replication.unknown-format`,
    /// `replication.invalid-date`, `replication.invalid-amount`).
    pub fn code(&self) -> &'static str {
        match self {
            ReplicationError::UnknownModel { .. } => "replication.unknown-model",
            ReplicationError::UnknownFormat { .. } => "replication.unknown-format",
            ReplicationError::InvalidDate { .. } => "replication.invalid-date",
            ReplicationError::InvalidAmount { .. } => "replication.invalid-amount",
        }
    }

    /// The message in `lang`.
    ///
    /// ```
    /// use datago_core::{replication::ReplicationModel, Lang};
    /// let e = ReplicationModel::parse("swasta").unwrap_err();
    /// assert!(e.message(Lang::Id).contains("mandiri, kerja-sama atau fasilitasi"));
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.to_string(),
            Lang::Id => match self {
                ReplicationError::UnknownModel { value } => format!(
                    "model replikasi '{value}' tidak dikenal: gunakan mandiri, kerja-sama atau fasilitasi"
                ),
                ReplicationError::UnknownFormat { value } => format!(
                    "format laporan '{value}' tidak dikenal: gunakan md (Markdown) atau html"
                ),
                ReplicationError::InvalidDate { value } => format!(
                    "tanggal '{value}' tidak sah: tulis sebagai TTTT-BB-HH, misalnya 2026-06-30"
                ),
                ReplicationError::InvalidAmount { value } => format!(
                    "nilai uang '{value}' tidak sah: tulis dalam rupiah bulat, misalnya 12500000 atau Rp 12.500.000"
                ),
            },
        }
    }
}

/// Reads a calendar date written `YYYY-MM-DD`.
///
/// ```
/// use datago_core::replication::parse_date;
/// assert_eq!(parse_date(" 2026-06-30 ").unwrap().to_string(), "2026-06-30");
/// assert_eq!(parse_date("30/06/2026").unwrap_err().code(), "replication.invalid-date");
/// ```
pub fn parse_date(text: &str) -> Result<NaiveDate, ReplicationError> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| ReplicationError::InvalidDate {
        value: text.to_string(),
    })
}

/// Reads a plan from JSON text and checks it: [`ReplicationPlan::check`] plus a
/// `document.unknown-field` warning for every field the plan does not know (a misspelt field
/// would otherwise vanish silently).
///
/// ```
/// use datago_core::replication::{check_json, CheckOptions};
/// let findings = check_json(r#"{"id": "r", "model": "mandiri", "actonPlan": []}"#, &CheckOptions::default()).unwrap();
/// assert!(findings.iter().any(|f| f.code == "document.unknown-field" && f.path == "/actonPlan"));
/// assert_eq!(check_json("{", &CheckOptions::default()).unwrap_err().code(), "parse.eof");
/// ```
pub fn check_json(json: &str, opts: &CheckOptions) -> Result<Vec<Finding>, crate::Error> {
    let (plan, mut findings) = crate::document::from_json_reporting::<ReplicationPlan>(json)?;
    findings.extend(plan.check(opts));
    Ok(findings)
}

/// The format of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ReportFormat {
    /// Markdown (CommonMark with tables; the timeline is an inline SVG block).
    Markdown,
    /// A self-contained HTML page (inline CSS and SVG, no scripts).
    Html,
}

impl ReportFormat {
    /// Reads `md`, `markdown`, `html` or `htm` (case-insensitive).
    ///
    /// ```
    /// use datago_core::replication::ReportFormat;
    /// assert_eq!(ReportFormat::parse("MD").unwrap(), ReportFormat::Markdown);
    /// assert!(ReportFormat::parse("pdf").is_err());
    /// ```
    pub fn parse(name: &str) -> Result<ReportFormat, ReplicationError> {
        match name.trim().to_ascii_lowercase().as_str() {
            "md" | "markdown" => Ok(ReportFormat::Markdown),
            "html" | "htm" => Ok(ReportFormat::Html),
            _ => Err(ReplicationError::UnknownFormat {
                value: name.to_string(),
            }),
        }
    }
}

/// A part of the plan whose readiness is assessed.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum ReadinessArea {
    /// The parties and the plan's own data.
    Aktor,
    /// The Nota Kesepakatan and Perjanjian Kerja Sama.
    Kesepakatan,
    /// The five principles.
    Prinsip,
    /// The replication methods.
    Metode,
    /// The Tim Pelaksana Replikasi Inovasi.
    Tim,
    /// The action plan.
    RencanaAksi,
    /// The budget.
    Anggaran,
    /// Monitoring of the action plan.
    Monitoring,
    /// The evaluation design.
    Evaluasi,
    /// The special provisions.
    Ketentuan,
    /// The DataGO logo and link on the replica's homepage (ketentuan khusus 9).
    Beranda,
}

impl ReadinessArea {
    /// Every area, in report order.
    pub const ALL: [ReadinessArea; 11] = [
        ReadinessArea::Aktor,
        ReadinessArea::Kesepakatan,
        ReadinessArea::Prinsip,
        ReadinessArea::Metode,
        ReadinessArea::Tim,
        ReadinessArea::RencanaAksi,
        ReadinessArea::Anggaran,
        ReadinessArea::Monitoring,
        ReadinessArea::Evaluasi,
        ReadinessArea::Ketentuan,
        ReadinessArea::Beranda,
    ];

    /// The area's name.
    pub fn name(self) -> Message {
        let (id, en) = match self {
            ReadinessArea::Aktor => ("Para pihak", "Parties"),
            ReadinessArea::Kesepakatan => ("Kesepakatan kerja sama", "Cooperation agreements"),
            ReadinessArea::Prinsip => ("Prinsip replikasi", "Principles"),
            ReadinessArea::Metode => ("Metode replikasi", "Replication methods"),
            ReadinessArea::Tim => ("Tim Pelaksana Replikasi Inovasi", "Implementation team"),
            ReadinessArea::RencanaAksi => ("Rencana aksi", "Action plan"),
            ReadinessArea::Anggaran => ("Anggaran", "Budget"),
            ReadinessArea::Monitoring => ("Monitoring pelaksanaan", "Monitoring"),
            ReadinessArea::Evaluasi => ("Rancangan evaluasi", "Evaluation design"),
            ReadinessArea::Ketentuan => ("Ketentuan khusus", "Special provisions"),
            ReadinessArea::Beranda => (
                "Logo dan tautan DataGO di beranda replika",
                "DataGO logo and link on the replica's homepage",
            ),
        };
        Message {
            id: id.to_string(),
            en: en.to_string(),
        }
    }

    /// The area a finding about a plan belongs to (by its path, and its code where the path
    /// does not tell).
    pub fn of(finding: &Finding) -> ReadinessArea {
        let code = finding.code.as_str();
        if code.starts_with("replication.homepage.") {
            return ReadinessArea::Beranda;
        }
        if code.starts_with("replication.progress.")
            || code == "replication.date.future"
            || code == "replication.budget.overspent"
            || code == "replication.budget.spent-over-ceiling"
        {
            return ReadinessArea::Monitoring;
        }
        let mut parts = finding.path.split('/').skip(1);
        match parts.next().unwrap_or("") {
            "agreements" => ReadinessArea::Kesepakatan,
            "principles" => ReadinessArea::Prinsip,
            "methods" => ReadinessArea::Metode,
            "team" => ReadinessArea::Tim,
            "actionPlan" => {
                if finding.path.contains("/progress") {
                    ReadinessArea::Monitoring
                } else {
                    ReadinessArea::RencanaAksi
                }
            }
            "budget" => ReadinessArea::Anggaran,
            "evaluation" => ReadinessArea::Evaluasi,
            "provisions" => ReadinessArea::Ketentuan,
            _ => ReadinessArea::Aktor,
        }
    }
}

/// How ready one area is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ReadinessStatus {
    /// No finding.
    Siap,
    /// Warnings only.
    PerluPerhatian,
    /// At least one error.
    BelumSiap,
    /// Not checked (the homepage, without a homepage check).
    BelumDiperiksa,
    /// Does not apply to the model (agreements and provisions in Mandiri).
    TidakBerlaku,
}

/// Readiness of one area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReadinessItem {
    /// The area.
    pub area: ReadinessArea,
    /// Its name.
    pub name: Message,
    /// How ready it is.
    pub status: ReadinessStatus,
    /// Findings of severity error in it.
    pub errors: usize,
    /// Findings of severity warning in it.
    pub warnings: usize,
}

/// What a machine check of a provision concluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CheckOutcome {
    /// Met.
    Terpenuhi,
    /// Planned but not yet done (agreements not yet signed).
    Direncanakan,
    /// Not met: a finding of severity error says why.
    TidakTerpenuhi,
    /// Not checked (no homepage check supplied).
    BelumDiperiksa,
}

/// One special provision as it stands for this plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProvisionStatus {
    /// Its number.
    pub number: u32,
    /// Whom it binds or entitles.
    pub party: ProvisionParty,
    /// Obligation, prohibition, right or information.
    pub kind: ProvisionKind,
    /// Its text.
    pub text: Message,
    /// True when the model is Kerja Sama or Fasilitasi.
    pub applies: bool,
    /// True when the replicator acknowledged it.
    pub acknowledged: bool,
    /// The machine check, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<ProvisionCheck>,
    /// What the machine check concluded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<CheckOutcome>,
}

/// Everything known about a plan on a date: findings, readiness per area, the provisions and
/// progress. What reports are made of.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PlanAssessment {
    /// True when no finding is of severity error.
    pub ready: bool,
    /// Findings per severity.
    pub counts: SeverityCounts,
    /// Every finding.
    pub findings: Vec<Finding>,
    /// Readiness per area.
    pub readiness: Vec<ReadinessItem>,
    /// The 17 special provisions.
    pub provisions: Vec<ProvisionStatus>,
    /// Progress on the as-of date.
    pub progress: PlanProgress,
}

fn government_of(replicator: &str) -> String {
    let r = replicator.trim();
    if strip_prefix_ci(r, "pemerintah ").is_some() || r.is_empty() {
        r.to_string()
    } else {
        format!("Pemerintah {r}")
    }
}

/// `s` without `prefix`, compared ignoring ASCII case.
fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

fn head_of_region(replicator: &str) -> String {
    let r = replicator.trim();
    let r = strip_prefix_ci(r, "pemerintah ").unwrap_or(r);
    if let Some(rest) = strip_prefix_ci(r, "kabupaten ") {
        format!("Bupati {rest}")
    } else if strip_prefix_ci(r, "kota ").is_some() {
        format!("Wali {r}")
    } else if let Some(rest) = strip_prefix_ci(r, "provinsi ") {
        format!("Gubernur {rest}")
    } else {
        format!("Kepala Daerah {r}")
    }
}

impl ReplicationPlan {
    /// A new plan for `replicator` (a regional government, e.g. `Kabupaten X`) following the
    /// template of `model`: Kota Magelang's agency as the original, the agreements with the
    /// signatories they need, every principle to explain, the model's methods, a team and an
    /// evaluation to fill in, and one action-plan item per activity of the model, in order
    /// (`A01`, `A02`, …). Checking it lists what is left to fill in.
    ///
    /// ```
    /// use datago_core::replication::{ReplicationModel, ReplicationPlan, ReplicationStage};
    /// let plan = ReplicationPlan::template(ReplicationModel::Fasilitasi, "Kota Contoh");
    /// assert_eq!(plan.action_plan[0].stage, ReplicationStage::DifusiInovasi);
    /// assert_eq!(plan.action_plan.len(), 16);
    /// assert!(plan.actors.facilitator.is_some());
    /// assert_eq!(plan.agreements[0].signatories[1].position, "Wali Kota Contoh");
    /// ```
    pub fn template(model: ReplicationModel, replicator: &str) -> ReplicationPlan {
        use crate::text::LocalizedText;
        let t = model_template(model);
        let replicator = replicator.trim();
        let government = government_of(replicator);
        let plain = strip_prefix_ci(replicator, "pemerintah ").unwrap_or(replicator);
        let slug = crate::slug::slugify(plain).unwrap_or_default();
        let id = if slug.is_empty() {
            "replikasi-datago".to_string()
        } else {
            format!("replikasi-datago-{slug}")
        };
        let title = LocalizedText::new(format!("Rencana Replikasi DataGO {plain} — {}", t.name.id))
            .with(
                "en",
                format!("DataGO replication plan of {plain} — {}", t.name.en),
            );
        let signatory = |name: &str, position: String, party, capacity| Signatory {
            name: name.to_string(),
            position,
            party,
            capacity,
        };
        let agreements = if t.agreement == AgreementRequirement::TidakAda {
            Vec::new()
        } else {
            let mut pks = vec![
                signatory(
                    "",
                    "Kepala Dinas Komunikasi, Informatika dan Statistik Kota Magelang".into(),
                    ActorRole::Asal,
                    SignatoryCapacity::KepalaPerangkatDaerah,
                ),
                signatory(
                    "",
                    format!("Kepala Perangkat Daerah {plain}"),
                    ActorRole::Replikator,
                    SignatoryCapacity::KepalaPerangkatDaerah,
                ),
            ];
            if t.agreement == AgreementRequirement::TigaPihak {
                pks.push(signatory(
                    "",
                    "Pimpinan Instansi Fasilitator".into(),
                    ActorRole::Fasilitator,
                    SignatoryCapacity::Lainnya,
                ));
            }
            vec![
                Agreement {
                    kind: AgreementKind::NotaKesepakatan,
                    number: None,
                    planned: None,
                    signed: None,
                    signatories: vec![
                        signatory(
                            "",
                            "Wali Kota Magelang".into(),
                            ActorRole::Asal,
                            SignatoryCapacity::KepalaDaerah,
                        ),
                        signatory(
                            "",
                            head_of_region(plain),
                            ActorRole::Replikator,
                            SignatoryCapacity::KepalaDaerah,
                        ),
                    ],
                    document: None,
                },
                Agreement {
                    kind: AgreementKind::PerjanjianKerjaSama,
                    number: None,
                    planned: None,
                    signed: None,
                    signatories: pks,
                    document: None,
                },
            ]
        };
        let action_plan = t
            .activities()
            .enumerate()
            .map(|(i, a)| ActionItem {
                id: format!("A{:02}", i + 1),
                stage: a.stage,
                activity: Some(a.code.clone()),
                what: LocalizedText::new(a.name.id.clone()).with("en", a.name.en.clone()),
                who: String::new(),
                start: None,
                end: None,
                output: LocalizedText::new(""),
                method: String::new(),
                cost: None,
                funded_by: FundingSource::Replikator,
                progress: None,
            })
            .collect();
        let blank_indicator = |id: &str, kind| Indicator {
            id: id.to_string(),
            kind,
            name: LocalizedText::new(""),
            unit: String::new(),
            baseline: None,
            target: None,
            direction: IndicatorDirection::Naik,
            measurements: Vec::new(),
        };
        ReplicationPlan {
            schema: None,
            id,
            title,
            model,
            replica_name: None,
            replica_url: None,
            actors: ReplicationActors {
                original: Agency {
                    name: "Dinas Komunikasi, Informatika dan Statistik".into(),
                    government: "Pemerintah Kota Magelang".into(),
                    homepage: Some("https://datago.magelangkota.go.id".into()),
                    contacts: vec![crate::ContactPoint {
                        name: "Walidata Kota Magelang (Diskominfo dan Statistik)".into(),
                        email: None,
                        phone: None,
                        url: Some("https://datago.magelangkota.go.id".into()),
                    }],
                },
                replicator: Agency {
                    name: String::new(),
                    government,
                    homepage: None,
                    contacts: Vec::new(),
                },
                facilitator: (t.agreement == AgreementRequirement::TigaPihak).then(Agency::default),
            },
            agreements,
            principles: Principle::ALL
                .iter()
                .map(|p| PrincipleStatement {
                    principle: *p,
                    how: LocalizedText::new(""),
                })
                .collect(),
            methods: t
                .methods
                .iter()
                .map(|m| MethodChoice {
                    method: m.method,
                    note: None,
                })
                .collect(),
            team: Some(ImplementationTeam {
                decree: Some(TeamDecree {
                    number: String::new(),
                    date: None,
                    issued_by: DecreeIssuer::KepalaPerangkatDaerah,
                }),
                members: vec![
                    TeamMember {
                        name: String::new(),
                        position: String::new(),
                        role: TeamRole::PenanggungJawab,
                        competence: None,
                        contact: None,
                    },
                    TeamMember {
                        name: String::new(),
                        position: String::new(),
                        role: TeamRole::Ketua,
                        competence: None,
                        contact: None,
                    },
                ],
            }),
            budget: Some(Budget {
                ceiling: None,
                source: format!("APBD {plain}"),
                fiscal_years: Vec::new(),
            }),
            action_plan,
            evaluation: Some(Evaluation {
                period: None,
                indicators: vec![
                    blank_indicator("I1", IndicatorKind::Manfaat),
                    blank_indicator("I2", IndicatorKind::Dampak),
                ],
                summary: None,
            }),
            provisions: ProvisionAcknowledgement::default(),
        }
    }

    /// Every finding that needs no date: [`ReplicationPlan::check`] without options.
    ///
    /// ```
    /// use datago_core::replication::ReplicationPlan;
    /// let plan = ReplicationPlan::from_json(r#"{"id": "r", "model": "mandiri"}"#).unwrap();
    /// let codes: Vec<String> = plan.validate().into_iter().map(|f| f.code).collect();
    /// assert!(codes.contains(&"replication.team.missing".to_string()));
    /// assert!(!codes.iter().any(|c| c.starts_with("replication.agreement")));
    /// ```
    pub fn validate(&self) -> Vec<Finding> {
        self.check(&CheckOptions::default())
    }

    /// Every finding about the plan: model requirements (agreements before planning, a
    /// facilitator for Fasilitasi), stage order, action-plan completeness, dates, budget totals,
    /// evaluation period, principles and provisions; with `opts.as_of`, also late activities and
    /// facts dated in the future; with `opts.homepage`, ketentuan khusus 9.
    pub fn check(&self, opts: &CheckOptions) -> Vec<Finding> {
        check::check(self, opts)
    }

    /// Where every activity and stage stands on `as_of`, the budget used against planned, and
    /// the indicators against their targets. Without a date nothing counts as late.
    ///
    /// ```
    /// use datago_core::replication::{parse_date, ActivityState, ReplicationModel, ReplicationPlan};
    /// let mut plan = ReplicationPlan::template(ReplicationModel::Mandiri, "Kabupaten Contoh");
    /// plan.action_plan[0].start = Some(parse_date("2026-01-05").unwrap());
    /// plan.action_plan[0].end = Some(parse_date("2026-01-30").unwrap());
    /// let p = plan.progress(Some(parse_date("2026-02-01").unwrap()));
    /// assert_eq!(p.activities[0].state, ActivityState::Terlambat);
    /// assert_eq!(p.activities[0].days_late, 27);
    /// assert_eq!(plan.progress(None).activities[0].state, ActivityState::Direncanakan);
    /// ```
    pub fn progress(&self, as_of: Option<NaiveDate>) -> PlanProgress {
        monitoring::progress(self, as_of)
    }

    /// Findings, readiness per area, the provisions and progress, all at once.
    pub fn assess(&self, opts: &CheckOptions) -> PlanAssessment {
        let findings = self.check(opts);
        let template = model_template(self.model);
        let readiness = ReadinessArea::ALL
            .iter()
            .map(|&area| {
                let of: Vec<&Finding> = findings
                    .iter()
                    .filter(|f| ReadinessArea::of(f) == area)
                    .collect();
                let errors = of.iter().filter(|f| f.severity == Severity::Error).count();
                let warnings = of
                    .iter()
                    .filter(|f| f.severity == Severity::Warning)
                    .count();
                let applies = match area {
                    ReadinessArea::Kesepakatan | ReadinessArea::Ketentuan => {
                        template.provisions_apply || !of.is_empty()
                    }
                    ReadinessArea::Beranda => template.provisions_apply || opts.homepage.is_some(),
                    _ => true,
                };
                let status = if !applies {
                    ReadinessStatus::TidakBerlaku
                } else if errors > 0 {
                    ReadinessStatus::BelumSiap
                } else if area == ReadinessArea::Beranda && opts.homepage.is_none() {
                    ReadinessStatus::BelumDiperiksa
                } else if warnings > 0 {
                    ReadinessStatus::PerluPerhatian
                } else {
                    ReadinessStatus::Siap
                };
                ReadinessItem {
                    area,
                    name: area.name(),
                    status,
                    errors,
                    warnings,
                }
            })
            .collect();
        let has = |codes: &[&str]| {
            findings
                .iter()
                .any(|f| f.severity == Severity::Error && codes.contains(&f.code.as_str()))
        };
        let provisions = provisions()
            .iter()
            .map(|p| {
                let outcome = p.check.map(|c| match c {
                    ProvisionCheck::Kesepakatan => {
                        let errors = findings.iter().any(|f| {
                            f.severity == Severity::Error
                                && ReadinessArea::of(f) == ReadinessArea::Kesepakatan
                        });
                        let signed = AgreementKind::ALL
                            .iter()
                            .all(|k| self.agreement(*k).is_some_and(|a| a.signed.is_some()));
                        if errors {
                            CheckOutcome::TidakTerpenuhi
                        } else if signed {
                            CheckOutcome::Terpenuhi
                        } else {
                            CheckOutcome::Direncanakan
                        }
                    }
                    ProvisionCheck::Anggaran => {
                        if has(&["replication.budget.missing"]) {
                            CheckOutcome::TidakTerpenuhi
                        } else {
                            CheckOutcome::Terpenuhi
                        }
                    }
                    ProvisionCheck::KompetensiTim => {
                        let weak = findings.iter().any(|f| {
                            matches!(
                                f.code.as_str(),
                                "replication.team.missing"
                                    | "replication.team.members-missing"
                                    | "replication.team.competence-missing"
                            )
                        });
                        if weak {
                            CheckOutcome::TidakTerpenuhi
                        } else {
                            CheckOutcome::Terpenuhi
                        }
                    }
                    ProvisionCheck::Beranda => match &opts.homepage {
                        None => CheckOutcome::BelumDiperiksa,
                        Some(h) if h.compliant => CheckOutcome::Terpenuhi,
                        Some(_) => CheckOutcome::TidakTerpenuhi,
                    },
                    ProvisionCheck::SumberDana => {
                        let wrong = findings.iter().any(|f| {
                            matches!(
                                f.code.as_str(),
                                "replication.action.funding-not-replicator"
                                    | "replication.budget.source-missing"
                            )
                        });
                        if wrong {
                            CheckOutcome::TidakTerpenuhi
                        } else {
                            CheckOutcome::Terpenuhi
                        }
                    }
                });
                ProvisionStatus {
                    number: p.number,
                    party: p.party,
                    kind: p.kind,
                    text: p.text.clone(),
                    applies: template.provisions_apply,
                    acknowledged: self.provisions.acknowledged.contains(&p.number),
                    check: p.check,
                    outcome,
                }
            })
            .collect();
        PlanAssessment {
            ready: !findings.iter().any(|f| f.severity == Severity::Error),
            counts: SeverityCounts::of(&findings),
            readiness,
            provisions,
            progress: self.progress(opts.as_of),
            findings,
        }
    }

    /// The readiness and progress report in `format` and `lang`: summary, readiness per area,
    /// the timeline (Gantt chart as inline SVG), progress per stage, the budget table, the
    /// action plan, evaluation indicators, the special provisions and every finding. All text
    /// from the plan is escaped.
    ///
    /// ```
    /// use datago_core::replication::{CheckOptions, ReplicationModel, ReplicationPlan, ReportFormat};
    /// use datago_core::Lang;
    /// let mut plan = ReplicationPlan::template(ReplicationModel::KerjaSama, "Kabupaten Contoh");
    /// plan.action_plan[0].who = "<script>alert(1)</script>".into();
    /// let html = plan.report(ReportFormat::Html, Lang::Id, &CheckOptions::default());
    /// assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<svg"));
    /// assert!(!html.contains("<script>") && html.contains("&lt;script&gt;"));
    /// let md = plan.report(ReportFormat::Markdown, Lang::En, &CheckOptions::default());
    /// assert!(md.contains("## Budget"));
    /// ```
    pub fn report(&self, format: ReportFormat, lang: Lang, opts: &CheckOptions) -> String {
        let assessment = self.assess(opts);
        match format {
            ReportFormat::Markdown => report::markdown(self, &assessment, lang, opts),
            ReportFormat::Html => report::html(self, &assessment, lang, opts),
        }
    }

    /// The timeline of the action plan as a standalone SVG image (Gantt chart): one row per
    /// activity grouped by stage, bars coloured by state on `as_of`, the agreements as
    /// milestones and the evaluation period. Text is escaped; no scripts.
    ///
    /// ```
    /// use datago_core::replication::{ReplicationModel, ReplicationPlan};
    /// use datago_core::Lang;
    /// let svg = ReplicationPlan::template(ReplicationModel::Mandiri, "Kota Contoh").gantt_svg(Lang::Id, None);
    /// assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    /// ```
    pub fn gantt_svg(&self, lang: Lang, as_of: Option<NaiveDate>) -> String {
        gantt::svg(self, &self.progress(as_of), lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_of_region() {
        assert_eq!(head_of_region("Kabupaten Contoh"), "Bupati Contoh");
        assert_eq!(head_of_region("Kota Contoh"), "Wali Kota Contoh");
        assert_eq!(
            head_of_region("Provinsi Jawa Tengah"),
            "Gubernur Jawa Tengah"
        );
        assert_eq!(head_of_region("Pemerintah Kabupaten X"), "Bupati X");
        assert_eq!(head_of_region("Nusantara"), "Kepala Daerah Nusantara");
    }

    #[test]
    fn templates_have_one_item_per_activity() {
        for m in ReplicationModel::ALL {
            let plan = ReplicationPlan::template(m, "Kabupaten Contoh");
            assert_eq!(
                plan.action_plan.len(),
                model_template(m).activities().count()
            );
            let back = ReplicationPlan::from_json(&plan.to_json(true)).unwrap();
            assert_eq!(back, plan);
        }
    }
}

//! Monitoring (monitoring replikasi): where each activity and stage stands on a given date,
//! budget used against planned, and how far the indicators have come.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::model::*;
use super::money::Rupiah;
use super::templates;

/// Where an activity stands, judged on the as-of date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ActivityState {
    /// Not started, and not yet due to start.
    Direncanakan,
    /// Under way and within its planned end.
    Berjalan,
    /// Done.
    Selesai,
    /// Not started although due to, or not done although due to end.
    Terlambat,
}

impl ActivityState {
    /// The kebab-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ActivityState::Direncanakan => "direncanakan",
            ActivityState::Berjalan => "berjalan",
            ActivityState::Selesai => "selesai",
            ActivityState::Terlambat => "terlambat",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LateKind {
    NotStarted,
    NotFinished,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Late {
    pub(crate) kind: LateKind,
    pub(crate) due: NaiveDate,
    pub(crate) days: i64,
}

fn status_of(item: &ActionItem) -> ProgressStatus {
    item.progress
        .as_ref()
        .map(|p| p.status)
        .unwrap_or(ProgressStatus::BelumMulai)
}

/// Whether `item` is late on `as_of`: not started after its planned start, or not done after
/// its planned end.
pub(crate) fn lateness(item: &ActionItem, as_of: NaiveDate) -> Option<Late> {
    match status_of(item) {
        ProgressStatus::Selesai => None,
        ProgressStatus::BelumMulai => {
            // An activity past its end that never started is late by its end, the later sign.
            let due = item.start?;
            (due < as_of).then(|| Late {
                kind: LateKind::NotStarted,
                due,
                days: (as_of - due).num_days(),
            })
        }
        ProgressStatus::Berjalan => {
            let due = item.end?;
            (due < as_of).then(|| Late {
                kind: LateKind::NotFinished,
                due,
                days: (as_of - due).num_days(),
            })
        }
    }
}

/// The state of `item` on `as_of` (without a date, from its reported status alone).
pub(crate) fn state(item: &ActionItem, as_of: Option<NaiveDate>) -> ActivityState {
    if let Some(d) = as_of {
        if lateness(item, d).is_some() {
            return ActivityState::Terlambat;
        }
    }
    match status_of(item) {
        ProgressStatus::BelumMulai => ActivityState::Direncanakan,
        ProgressStatus::Berjalan => ActivityState::Berjalan,
        ProgressStatus::Selesai => ActivityState::Selesai,
    }
}

/// How far along an item is, 0–100: 100 when done, else its reported percent (at most 99).
fn percent(item: &ActionItem) -> u32 {
    match &item.progress {
        Some(p) if p.status == ProgressStatus::Selesai => 100,
        Some(p) if p.status == ProgressStatus::Berjalan => p.percent.unwrap_or(0).min(99),
        _ => 0,
    }
}

/// One activity on the as-of date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ActivityStatus {
    /// The item's id (or `#n`, its position, when it has none).
    pub id: String,
    /// Its stage.
    pub stage: ReplicationStage,
    /// The guide's activity it carries out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<String>,
    /// What it is (Bahasa Indonesia, or the first language given).
    pub what: String,
    /// Planned first day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveDate>,
    /// Planned last day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
    /// Where it stands.
    pub state: ActivityState,
    /// How far along, 0–100.
    pub percent: u32,
    /// Days late on the as-of date (0 when not late).
    pub days_late: i64,
    /// Planned cost.
    pub planned: Rupiah,
    /// Spent so far.
    pub spent: Rupiah,
}

/// One stage on the as-of date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct StageStatus {
    /// The stage.
    pub stage: ReplicationStage,
    /// Number of activities planned in it.
    pub activities: usize,
    /// Of which done.
    pub done: usize,
    /// Of which under way.
    pub in_progress: usize,
    /// Of which late.
    pub late: usize,
    /// Completion, 0–100: the mean of its activities' progress (done = 100).
    pub percent: u32,
    /// First planned day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveDate>,
    /// Last planned day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
    /// Planned cost of its activities.
    pub planned: Rupiah,
    /// Spent on them so far.
    pub spent: Rupiah,
}

/// Money planned and used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct BudgetStatus {
    /// The budget ceiling (pagu), when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ceiling: Option<Rupiah>,
    /// Sum of the planned costs of the action plan.
    pub planned: Rupiah,
    /// Sum spent so far (realisasi).
    pub spent: Rupiah,
    /// Ceiling (or, without one, planned total) minus spent.
    pub remaining: Rupiah,
    /// Spent as a share of the planned total, in percent (0 when nothing is planned).
    pub used_percent: u32,
}

/// One indicator's latest value against its target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct IndicatorStatus {
    /// The indicator's id (or `#n`).
    pub id: String,
    /// Benefit or impact.
    pub kind: IndicatorKind,
    /// What it measures.
    pub name: String,
    /// Unit.
    pub unit: String,
    /// Value before the replication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<f64>,
    /// Value aimed for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    /// The latest measured value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest: Option<f64>,
    /// When it was measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_date: Option<NaiveDate>,
    /// How much of the way from baseline to target the latest value has come, in percent
    /// (may exceed 100 or be negative); absent without baseline, target and a measurement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub achievement: Option<f64>,
}

/// Where the whole replication stands on the as-of date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PlanProgress {
    /// The date it is judged at; absent when none was given (then nothing is late).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<NaiveDate>,
    /// Every activity, in plan order.
    pub activities: Vec<ActivityStatus>,
    /// Every stage of the model, in order.
    pub stages: Vec<StageStatus>,
    /// Overall completion, 0–100 (mean of the activities).
    pub percent: u32,
    /// Money.
    pub budget: BudgetStatus,
    /// Indicators.
    pub indicators: Vec<IndicatorStatus>,
}

fn mean(values: impl Iterator<Item = u32>) -> u32 {
    let (sum, n) = values.fold((0u64, 0u64), |(s, n), v| (s + u64::from(v), n + 1));
    (sum + n / 2).checked_div(n).unwrap_or(0) as u32
}

/// Computes [`PlanProgress`]; see [`ReplicationPlan::progress`].
pub(crate) fn progress(plan: &ReplicationPlan, as_of: Option<NaiveDate>) -> PlanProgress {
    let nonneg = |r: Option<Rupiah>| r.filter(|r| !r.is_negative()).unwrap_or(Rupiah::ZERO);
    let activities: Vec<ActivityStatus> = plan
        .action_plan
        .iter()
        .enumerate()
        .map(|(i, item)| ActivityStatus {
            id: super::check::item_label(i, item),
            stage: item.stage,
            activity: item.activity.clone(),
            what: item.what.best(crate::Lang::Id).to_string(),
            start: item.start,
            end: item.end,
            state: state(item, as_of),
            percent: percent(item),
            days_late: as_of
                .and_then(|d| lateness(item, d))
                .map(|l| l.days)
                .unwrap_or(0),
            planned: nonneg(item.cost),
            spent: nonneg(item.progress.as_ref().and_then(|p| p.spent)),
        })
        .collect();
    // The model's stages, plus any other stage the plan uses (reported, though wrong).
    let mut stage_list: Vec<ReplicationStage> = templates::model_template(plan.model)
        .stages
        .iter()
        .map(|s| s.stage)
        .collect();
    for a in &plan.action_plan {
        if !stage_list.contains(&a.stage) {
            stage_list.push(a.stage);
        }
    }
    stage_list.sort();
    let stages = stage_list
        .into_iter()
        .map(|stage| {
            let of: Vec<&ActivityStatus> = activities.iter().filter(|a| a.stage == stage).collect();
            StageStatus {
                stage,
                activities: of.len(),
                done: of
                    .iter()
                    .filter(|a| a.state == ActivityState::Selesai)
                    .count(),
                in_progress: of
                    .iter()
                    .filter(|a| a.state == ActivityState::Berjalan)
                    .count(),
                late: of
                    .iter()
                    .filter(|a| a.state == ActivityState::Terlambat)
                    .count(),
                percent: mean(of.iter().map(|a| a.percent)),
                start: of.iter().filter_map(|a| a.start).min(),
                end: of.iter().filter_map(|a| a.end).max(),
                planned: of.iter().map(|a| a.planned).sum(),
                spent: of.iter().map(|a| a.spent).sum(),
            }
        })
        .collect();
    let planned: Rupiah = activities.iter().map(|a| a.planned).sum();
    let spent: Rupiah = activities.iter().map(|a| a.spent).sum();
    let ceiling = plan.budget.as_ref().and_then(|b| b.ceiling);
    let used_percent = if planned.amount() > 0 {
        let p = (spent.amount() as f64) * 100.0 / (planned.amount() as f64);
        p.round().clamp(0.0, u32::MAX as f64) as u32
    } else {
        0
    };
    let budget = BudgetStatus {
        ceiling,
        planned,
        spent,
        remaining: ceiling.unwrap_or(planned) - spent,
        used_percent,
    };
    let indicators = plan
        .evaluation
        .iter()
        .flat_map(|e| e.indicators.iter())
        .enumerate()
        .map(|(i, ind)| {
            let latest = ind
                .measurements
                .iter()
                .filter(|m| as_of.is_none_or(|d| m.date <= d))
                .max_by_key(|m| m.date);
            let achievement = match (ind.baseline, ind.target, latest) {
                (Some(b), Some(t), Some(m)) if (t - b).abs() > f64::EPSILON => {
                    let a = (m.value - b) / (t - b) * 100.0;
                    a.is_finite().then(|| (a * 10.0).round() / 10.0)
                }
                _ => None,
            };
            IndicatorStatus {
                id: if ind.id.trim().is_empty() {
                    format!("#{}", i + 1)
                } else {
                    ind.id.clone()
                },
                kind: ind.kind,
                name: ind.name.best(crate::Lang::Id).to_string(),
                unit: ind.unit.clone(),
                baseline: ind.baseline,
                target: ind.target,
                latest: latest.map(|m| m.value),
                latest_date: latest.map(|m| m.date),
                achievement,
            }
        })
        .collect();
    PlanProgress {
        as_of,
        percent: mean(activities.iter().map(|a| a.percent)),
        activities,
        stages,
        budget,
        indicators,
    }
}

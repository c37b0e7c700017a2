//! The action plan's timeline as an SVG Gantt chart: no scripts, every text escaped.

use std::fmt::Write;

use chrono::{Datelike, Months, NaiveDate};

use super::labels::{self, pick};
use super::model::{ReplicationPlan, ReplicationStage};
use super::monitoring::{ActivityState, PlanProgress};
use super::report::escape;
use super::templates;
use crate::finding::Lang;

const WIDTH: f64 = 980.0;
const LABEL_W: f64 = 320.0;
const CHART_X: f64 = LABEL_W + 10.0;
const CHART_W: f64 = WIDTH - CHART_X - 20.0;
const TOP: f64 = 46.0;
const ROW: f64 = 22.0;
const BAR_H: f64 = 12.0;
const LABEL_CHARS: usize = 42;

/// Colour of a state's bar.
pub(crate) fn color(state: ActivityState) -> &'static str {
    match state {
        ActivityState::Direncanakan => "#90a4ae",
        ActivityState::Berjalan => "#1e88e5",
        ActivityState::Selesai => "#43a047",
        ActivityState::Terlambat => "#e53935",
    }
}

fn truncate(s: &str, max: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        s
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

enum Row {
    Stage {
        stage: ReplicationStage,
        span: Option<(NaiveDate, NaiveDate)>,
    },
    Item(usize),
    Milestone {
        label: String,
        date: NaiveDate,
        done: bool,
    },
    Period {
        label: String,
        start: NaiveDate,
        end: NaiveDate,
    },
}

/// Renders the timeline. `progress` gives each activity's state.
pub(crate) fn svg(plan: &ReplicationPlan, progress: &PlanProgress, lang: Lang) -> String {
    let t = |p| pick(lang, p);
    // Rows, grouped by stage in order.
    let mut rows: Vec<Row> = Vec::new();
    for st in &progress.stages {
        rows.push(Row::Stage {
            stage: st.stage,
            span: st.start.zip(st.end),
        });
        if st.stage == ReplicationStage::Persiapan {
            for a in &plan.agreements {
                if let Some(date) = a.effective_date() {
                    let state = if a.signed.is_some() {
                        t(("ditandatangani", "signed"))
                    } else {
                        t(("rencana", "planned"))
                    };
                    rows.push(Row::Milestone {
                        label: format!("{} ({state})", t(labels::agreement(a.kind))),
                        date,
                        done: a.signed.is_some(),
                    });
                }
            }
        }
        for (i, item) in plan.action_plan.iter().enumerate() {
            if item.stage == st.stage {
                rows.push(Row::Item(i));
            }
        }
        if st.stage == ReplicationStage::Evaluasi {
            if let Some(p) = plan.evaluation.as_ref().and_then(|e| e.period) {
                if p.start <= p.end {
                    rows.push(Row::Period {
                        label: t(("Periode evaluasi", "Evaluation period")).to_string(),
                        start: p.start,
                        end: p.end,
                    });
                }
            }
        }
    }
    // The time axis covers every date shown, in whole months.
    let mut dates: Vec<NaiveDate> = Vec::new();
    for a in &plan.action_plan {
        dates.extend(a.start);
        dates.extend(a.end);
        if let Some(p) = &a.progress {
            dates.extend(p.actual_start);
            dates.extend(p.actual_end);
        }
    }
    for r in &rows {
        match r {
            Row::Milestone { date, .. } => dates.push(*date),
            Row::Period { start, end, .. } => dates.extend([*start, *end]),
            _ => {}
        }
    }
    dates.extend(progress.as_of);
    let title = format!(
        "{} — {}",
        t(("Linimasa rencana aksi", "Action plan timeline")),
        plan.title.best(lang)
    );
    let height = TOP + rows.len() as f64 * ROW + 56.0;
    let mut o = String::new();
    let _ = write!(
        o,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="datago-gantt" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="datago-gantt-title" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="12">"#
    );
    let _ = write!(
        o,
        r##"<title id="datago-gantt-title">{}</title><rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#ffffff"/>"##,
        escape(&title)
    );
    let (Some(&min), Some(&max)) = (dates.iter().min(), dates.iter().max()) else {
        let _ = write!(
            o,
            r##"<text x="{}" y="30" fill="#455a64">{}</text></svg>"##,
            CHART_X,
            escape(t((
                "Belum ada kegiatan bertanggal: isi tanggal mulai dan selesai pada rencana aksi.",
                "No dated activity yet: fill in start and end dates in the action plan."
            )))
        );
        return o;
    };
    let start = first_of_month(min);
    let end = first_of_month(max)
        .checked_add_months(Months::new(1))
        .unwrap_or(max);
    let days = (end - start).num_days().max(1) as f64;
    let x = |d: NaiveDate| CHART_X + ((d - start).num_days() as f64 / days * CHART_W);
    let x_end = |d: NaiveDate| x(d.succ_opt().unwrap_or(d));

    // Month ticks: at most 12 labels whatever the span, so they never overlap.
    let months =
        (end.year() as i64 - start.year() as i64) * 12 + end.month() as i64 - start.month() as i64;
    let mut step: i64 = 1;
    for s in [1, 2, 3, 6, 12] {
        step = s;
        if months / s <= 12 {
            break;
        }
    }
    while months / step > 12 {
        step *= 2;
    }
    let axis_bottom = TOP + rows.len() as f64 * ROW;
    let mut tick = start;
    while tick < end {
        let tx = x(tick);
        let label = if step >= 12 {
            tick.year().to_string()
        } else {
            labels::month_short(tick, lang)
        };
        let _ = write!(
            o,
            r##"<line x1="{tx:.1}" y1="{}" x2="{tx:.1}" y2="{axis_bottom:.1}" stroke="#eceff1"/><text x="{:.1}" y="{}" fill="#546e7a" font-size="10">{}</text>"##,
            TOP - 14.0,
            tx + 2.0,
            TOP - 18.0,
            escape(&label)
        );
        match tick.checked_add_months(Months::new(step as u32)) {
            Some(n) => tick = n,
            None => break,
        }
    }
    let _ = write!(
        o,
        r##"<line x1="{CHART_X}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#b0bec5"/>"##,
        TOP - 4.0,
        CHART_X + CHART_W,
        TOP - 4.0
    );

    for (n, row) in rows.iter().enumerate() {
        let y = TOP + n as f64 * ROW;
        let mid = y + ROW / 2.0;
        match row {
            Row::Stage { stage, span } => {
                let name = templates::stage_name(*stage, lang);
                let _ = write!(
                    o,
                    r##"<rect x="0" y="{y:.1}" width="{WIDTH}" height="{ROW}" fill="#f5f7f8"/><text x="8" y="{:.1}" font-weight="bold" fill="#263238">{}</text>"##,
                    mid + 4.0,
                    escape(&truncate(&name, LABEL_CHARS))
                );
                if let Some((s, e)) = span.filter(|(s, e)| s <= e) {
                    let (x1, x2) = (x(s), x_end(e));
                    let _ = write!(
                        o,
                        r##"<rect x="{x1:.1}" y="{:.1}" width="{:.1}" height="4" fill="#37474f" opacity="0.45"><title>{}</title></rect>"##,
                        mid - 2.0,
                        (x2 - x1).max(1.0),
                        escape(&format!(
                            "{name}: {} – {}",
                            labels::date(s, lang),
                            labels::date(e, lang)
                        ))
                    );
                }
            }
            Row::Item(i) => {
                let item = &plan.action_plan[*i];
                let status = &progress.activities[*i];
                let what = item.what.best(lang);
                let label = format!("{} · {}", status.id, what);
                let state_label = t(labels::state(status.state));
                let _ = write!(
                    o,
                    r##"<text x="20" y="{:.1}" fill="#37474f">{}<title>{}</title></text>"##,
                    mid + 4.0,
                    escape(&truncate(&label, LABEL_CHARS)),
                    escape(&label)
                );
                match (item.start, item.end) {
                    (Some(s), Some(e)) if s <= e => {
                        let (x1, x2) = (x(s), x_end(e));
                        let w = (x2 - x1).max(2.0);
                        let tip = format!(
                            "{label}\n{} – {} · {state_label} · {}%",
                            labels::date(s, lang),
                            labels::date(e, lang),
                            status.percent
                        );
                        let _ = write!(
                            o,
                            r##"<g><title>{}</title><rect x="{x1:.1}" y="{:.1}" width="{w:.1}" height="{BAR_H}" rx="2" fill="{}" opacity="0.35"/><rect x="{x1:.1}" y="{:.1}" width="{:.1}" height="{BAR_H}" rx="2" fill="{}"/></g>"##,
                            escape(&tip),
                            mid - BAR_H / 2.0,
                            color(status.state),
                            mid - BAR_H / 2.0,
                            w * f64::from(status.percent.min(100)) / 100.0,
                            color(status.state)
                        );
                        if status.state == ActivityState::Direncanakan {
                            let _ = write!(
                                o,
                                r##"<rect x="{x1:.1}" y="{:.1}" width="{w:.1}" height="{BAR_H}" rx="2" fill="none" stroke="{}"/>"##,
                                mid - BAR_H / 2.0,
                                color(status.state)
                            );
                        }
                    }
                    _ => {
                        let _ = write!(
                            o,
                            r##"<text x="{:.1}" y="{:.1}" fill="#90a4ae" font-style="italic">{}</text>"##,
                            CHART_X + 4.0,
                            mid + 4.0,
                            escape(t(("tanggal belum diisi", "dates not filled in")))
                        );
                    }
                }
                // What really happened: a thin line under the bar.
                if let Some(p) = &item.progress {
                    let actual_end = p.actual_end.or(progress.as_of);
                    if let (Some(s), Some(e)) = (p.actual_start, actual_end) {
                        if s <= e {
                            let (x1, x2) = (x(s), x_end(e));
                            let _ = write!(
                                o,
                                r##"<rect x="{x1:.1}" y="{:.1}" width="{:.1}" height="3" fill="#263238"><title>{}</title></rect>"##,
                                mid + BAR_H / 2.0 + 1.0,
                                (x2 - x1).max(1.0),
                                escape(&format!(
                                    "{}: {} – {}",
                                    t(("Realisasi", "Actual")),
                                    labels::date(s, lang),
                                    labels::date(e, lang)
                                ))
                            );
                        }
                    }
                }
            }
            Row::Milestone { label, date, done } => {
                let cx = x(*date);
                let fill = if *done { "#6a1b9a" } else { "#ffffff" };
                let _ = write!(
                    o,
                    r##"<text x="20" y="{:.1}" fill="#37474f">{}</text><g><title>{}</title><path d="M {cx:.1} {:.1} l 6 6 l -6 6 l -6 -6 z" fill="{fill}" stroke="#6a1b9a" stroke-width="1.5"/></g>"##,
                    mid + 4.0,
                    escape(&truncate(label, LABEL_CHARS)),
                    escape(&format!("{label}: {}", labels::date(*date, lang))),
                    mid - 6.0
                );
            }
            Row::Period {
                label,
                start: s,
                end: e,
            } => {
                let (x1, x2) = (x(*s), x_end(*e));
                let _ = write!(
                    o,
                    r##"<text x="20" y="{:.1}" fill="#37474f">{}</text><g><title>{}</title><rect x="{x1:.1}" y="{:.1}" width="{:.1}" height="{BAR_H}" rx="2" fill="#ce93d8" stroke="#8e24aa"/></g>"##,
                    mid + 4.0,
                    escape(label),
                    escape(&format!(
                        "{label}: {} – {}",
                        labels::date(*s, lang),
                        labels::date(*e, lang)
                    )),
                    mid - BAR_H / 2.0,
                    (x2 - x1).max(2.0)
                );
            }
        }
    }

    if let Some(d) = progress.as_of {
        let ax = x(d);
        let _ = write!(
            o,
            r##"<line x1="{ax:.1}" y1="{:.1}" x2="{ax:.1}" y2="{axis_bottom:.1}" stroke="#d32f2f" stroke-width="1.5" stroke-dasharray="4 3"/><text x="{:.1}" y="{:.1}" fill="#d32f2f" font-size="10" text-anchor="middle">{}</text>"##,
            TOP - 4.0,
            ax,
            axis_bottom + 11.0,
            escape(&format!(
                "{} {}",
                t(("Per", "As of")),
                labels::date(d, lang)
            ))
        );
    }

    // Legend.
    let ly = axis_bottom + 36.0;
    let mut lx = 20.0;
    for s in [
        ActivityState::Direncanakan,
        ActivityState::Berjalan,
        ActivityState::Selesai,
        ActivityState::Terlambat,
    ] {
        let name = t(labels::state(s));
        let _ = write!(
            o,
            r##"<rect x="{lx:.1}" y="{:.1}" width="12" height="12" rx="2" fill="{}"/><text x="{:.1}" y="{:.1}" fill="#37474f">{}</text>"##,
            ly - 10.0,
            color(s),
            lx + 16.0,
            ly,
            escape(name)
        );
        lx += 30.0 + name.chars().count() as f64 * 7.0;
    }
    let _ = write!(
        o,
        r##"<path d="M {:.1} {:.1} l 6 6 l -6 6 l -6 -6 z" fill="#6a1b9a"/><text x="{:.1}" y="{:.1}" fill="#37474f">{}</text>"##,
        lx + 6.0,
        ly - 10.0,
        lx + 16.0,
        ly,
        escape(t(("Kesepakatan", "Agreement")))
    );
    lx += 40.0 + 11.0 * 7.0;
    let _ = write!(
        o,
        r##"<rect x="{lx:.1}" y="{:.1}" width="24" height="3" fill="#263238"/><text x="{:.1}" y="{:.1}" fill="#37474f">{}</text>"##,
        ly - 5.0,
        lx + 28.0,
        ly,
        escape(t(("Realisasi", "Actual")))
    );
    o.push_str("</svg>");
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncates_on_characters() {
        assert_eq!(
            truncate("Pendataan  sektoral\ndaerah", 100),
            "Pendataan sektoral daerah"
        );
        assert_eq!(truncate("ééééé", 3), "éé…");
    }
}

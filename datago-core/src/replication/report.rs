//! The readiness and progress report, in Markdown or HTML. One content builder, two writers:
//! both formats say the same thing. Text from the plan is escaped in both.

use std::fmt::Write;

use super::check::{item_label, CheckOptions};
use super::labels::{self, pick, Pair};
use super::model::*;
use super::monitoring::ActivityState;
use super::templates::{self, ProvisionCheck};
use super::{CheckOutcome, PlanAssessment, ReadinessStatus};
use crate::finding::{Lang, Severity};

/// Escapes text for HTML and XML, content and attribute values alike.
pub(crate) fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            // Control characters other than tab and newlines are not allowed in XML 1.0.
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => o.push('\u{fffd}'),
            c => o.push(c),
        }
    }
    o
}

/// Escapes text for Markdown: inline markup, HTML and table pipes are neutralised and line
/// breaks become spaces, so plan text can never turn into markup.
fn md(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut o = String::with_capacity(s.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        // A list marker or heading underline only matters at the start of a block: `-`, `+`,
        // `=` first, or digits then `.`/`)` then a space (an ordered-list marker).
        let block_start = i == 0 && matches!(c, '-' | '+' | '=');
        let ordered = matches!(c, '.' | ')')
            && i > 0
            && chars[..i].iter().all(char::is_ascii_digit)
            && chars.get(i + 1).is_none_or(|n| n.is_whitespace());
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '\n' | '\r' => o.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '~' | '!' | '$' => {
                o.push('\\');
                o.push(c);
            }
            _ if block_start || ordered => {
                o.push('\\');
                o.push(c);
            }
            c if c.is_control() && c != '\t' => o.push('\u{fffd}'),
            c => o.push(c),
        }
    }
    o
}

/// A number as the findings write it: no trailing `.0`, at most 2 decimals.
pub(crate) fn number(v: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    let r = (v * 100.0).round() / 100.0;
    if r.fract() == 0.0 && r.abs() < 1e15 {
        format!("{}", r as i64)
    } else {
        let s = format!("{r:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A number for a reader: thousands grouped, Indonesian `1.250,5` or English `1,250.5`.
fn number_lang(v: f64, lang: Lang) -> String {
    let plain = number(v);
    if !v.is_finite() {
        return plain;
    }
    let (sign, rest) = match plain.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", plain.as_str()),
    };
    let (int, frac) = rest.split_once('.').unwrap_or((rest, ""));
    let (group, dec) = match lang {
        Lang::Id => ('.', ','),
        Lang::En => (',', '.'),
    };
    let mut g = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            g.push(group);
        }
        g.push(c);
    }
    if frac.is_empty() {
        format!("{sign}{g}")
    } else {
        format!("{sign}{g}{dec}{frac}")
    }
}

struct Cell {
    text: String,
    class: Option<&'static str>,
}

fn cell(text: impl Into<String>) -> Cell {
    Cell {
        text: text.into(),
        class: None,
    }
}

fn tagged(text: impl Into<String>, class: &'static str) -> Cell {
    Cell {
        text: text.into(),
        class: Some(class),
    }
}

struct Table {
    head: Vec<String>,
    rows: Vec<Vec<Cell>>,
    /// Columns aligned right (numbers, money).
    numeric: Vec<usize>,
    /// The last row is a total.
    total: bool,
}

enum Block {
    Para(String),
    Note(String),
    Facts(Vec<(String, String)>),
    List(Vec<String>),
    Table(Table),
    Svg(String),
}

struct Section {
    id: &'static str,
    title: String,
    blocks: Vec<Block>,
}

struct Content {
    lang: Lang,
    title: String,
    subtitle: String,
    sections: Vec<Section>,
    footer: String,
}

fn date_opt(d: Option<chrono::NaiveDate>, lang: Lang) -> String {
    d.map(|d| labels::date(d, lang))
        .unwrap_or_else(|| "—".to_string())
}

fn status_class(s: ReadinessStatus) -> &'static str {
    match s {
        ReadinessStatus::Siap => "ok",
        ReadinessStatus::PerluPerhatian => "warn",
        ReadinessStatus::BelumSiap => "bad",
        ReadinessStatus::BelumDiperiksa | ReadinessStatus::TidakBerlaku => "muted",
    }
}

fn readiness_label(s: ReadinessStatus) -> Pair {
    match s {
        ReadinessStatus::Siap => ("Siap", "Ready"),
        ReadinessStatus::PerluPerhatian => ("Perlu perhatian", "Needs attention"),
        ReadinessStatus::BelumSiap => ("Belum siap", "Not ready"),
        ReadinessStatus::BelumDiperiksa => ("Belum diperiksa", "Not checked"),
        ReadinessStatus::TidakBerlaku => ("Tidak berlaku", "Does not apply"),
    }
}

fn outcome_label(o: CheckOutcome) -> (Pair, &'static str) {
    match o {
        CheckOutcome::Terpenuhi => (("Terpenuhi", "Met"), "ok"),
        CheckOutcome::Direncanakan => (("Direncanakan", "Planned"), "warn"),
        CheckOutcome::TidakTerpenuhi => (("Tidak terpenuhi", "Not met"), "bad"),
        CheckOutcome::BelumDiperiksa => (("Belum diperiksa", "Not checked"), "muted"),
    }
}

fn state_class(s: ActivityState) -> &'static str {
    match s {
        ActivityState::Direncanakan => "muted",
        ActivityState::Berjalan => "info",
        ActivityState::Selesai => "ok",
        ActivityState::Terlambat => "bad",
    }
}

fn severity_label(s: Severity) -> (Pair, &'static str) {
    match s {
        Severity::Error => (("Galat", "Error"), "bad"),
        Severity::Warning => (("Peringatan", "Warning"), "warn"),
        Severity::Info => (("Info", "Info"), "muted"),
    }
}

fn build(plan: &ReplicationPlan, a: &PlanAssessment, lang: Lang, opts: &CheckOptions) -> Content {
    let t = |p: Pair| pick(lang, p).to_string();
    let template = templates::model_template(plan.model);
    let progress = &a.progress;
    let mut sections = Vec::new();

    // Summary.
    let mut facts = vec![
        (
            t(("Model replikasi", "Replication model")),
            template.name.get(lang).to_string(),
        ),
        (
            t(("Instansi asal", "Original agency")),
            agency_line(&plan.actors.original),
        ),
        (
            t((
                "Instansi penerima (replikator)",
                "Adopting agency (replicator)",
            )),
            agency_line(&plan.actors.replicator),
        ),
    ];
    if let Some(f) = &plan.actors.facilitator {
        facts.push((
            t(("Instansi fasilitator", "Facilitating agency")),
            agency_line(f),
        ));
    }
    if let Some(n) = &plan.replica_name {
        facts.push((t(("Nama replika", "Replica name")), n.clone()));
    }
    if let Some(u) = &plan.replica_url {
        facts.push((t(("Alamat replika", "Replica address")), u.clone()));
    }
    facts.push((
        t(("Tanggal acuan", "As of")),
        match progress.as_of {
            Some(d) => labels::date(d, lang),
            None => t((
                "tidak ditentukan (keterlambatan tidak dihitung)",
                "not given (lateness not assessed)",
            )),
        },
    ));
    facts.push((
        t(("Kemajuan keseluruhan", "Overall progress")),
        format!("{}%", progress.percent),
    ));
    facts.push((
        t(("Anggaran terpakai", "Budget used")),
        format!(
            "{} {} {} ({}%)",
            progress.budget.spent,
            t(("dari rencana", "of planned")),
            progress.budget.planned,
            progress.budget.used_percent
        ),
    ));
    let verdict = if a.ready {
        if a.counts.warning > 0 {
            format!(
                "{} {} {}",
                t((
                    "Rencana siap: tidak ada galat; tinjau",
                    "The plan is ready: no errors; review"
                )),
                a.counts.warning,
                t(("peringatan.", "warning(s)."))
            )
        } else {
            t((
                "Rencana siap: tidak ada galat maupun peringatan.",
                "The plan is ready: no errors and no warnings.",
            ))
        }
    } else {
        format!(
            "{} {} {} {} {}",
            t(("Rencana belum siap:", "The plan is not ready:")),
            a.counts.error,
            t(("galat dan", "error(s) and")),
            a.counts.warning,
            t((
                "peringatan harus ditangani (lihat Temuan).",
                "warning(s) to address (see Findings).",
            ))
        )
    };
    sections.push(Section {
        id: "ringkasan",
        title: t(("Ringkasan", "Summary")),
        blocks: vec![Block::Para(verdict), Block::Facts(facts)],
    });

    // Readiness.
    sections.push(Section {
        id: "kesiapan",
        title: t(("Kesiapan", "Readiness")),
        blocks: vec![Block::Table(Table {
            head: vec![
                t(("Aspek", "Area")),
                t(("Status", "Status")),
                t(("Galat", "Errors")),
                t(("Peringatan", "Warnings")),
            ],
            rows: a
                .readiness
                .iter()
                .map(|r| {
                    vec![
                        cell(r.name.get(lang)),
                        tagged(t(readiness_label(r.status)), status_class(r.status)),
                        cell(r.errors.to_string()),
                        cell(r.warnings.to_string()),
                    ]
                })
                .collect(),
            numeric: vec![2, 3],
            total: false,
        })],
    });

    // Timeline.
    sections.push(Section {
        id: "linimasa",
        title: t(("Linimasa", "Timeline")),
        blocks: vec![
            Block::Svg(super::gantt::svg(plan, progress, lang)),
            Block::Note(t((
                "Batang berwarna menurut status per tanggal acuan; bagian gelap menunjukkan persentase kemajuan, garis tipis di bawahnya realisasi waktu.",
                "Bars are coloured by status as of the report date; the solid part shows progress, the thin line below the actual dates.",
            ))),
        ],
    });

    // Progress per stage.
    sections.push(Section {
        id: "kemajuan",
        title: t(("Kemajuan per tahap", "Progress by stage")),
        blocks: vec![Block::Table(Table {
            head: vec![
                t(("Tahap", "Stage")),
                t(("Kegiatan", "Activities")),
                t(("Selesai", "Done")),
                t(("Berjalan", "In progress")),
                t(("Terlambat", "Late")),
                t(("Kemajuan", "Progress")),
                t(("Mulai", "Start")),
                t(("Selesai", "End")),
            ],
            rows: progress
                .stages
                .iter()
                .map(|s| {
                    vec![
                        cell(templates::stage_name(s.stage, lang)),
                        cell(s.activities.to_string()),
                        cell(s.done.to_string()),
                        cell(s.in_progress.to_string()),
                        if s.late > 0 {
                            tagged(s.late.to_string(), "bad")
                        } else {
                            cell("0")
                        },
                        cell(format!("{}%", s.percent)),
                        cell(date_opt(s.start, lang)),
                        cell(date_opt(s.end, lang)),
                    ]
                })
                .collect(),
            numeric: vec![1, 2, 3, 4, 5],
            total: false,
        })],
    });

    // Budget.
    let b = &progress.budget;
    let mut rows: Vec<Vec<Cell>> = progress
        .stages
        .iter()
        .map(|s| {
            vec![
                cell(templates::stage_name(s.stage, lang)),
                cell(s.planned.to_string()),
                cell(s.spent.to_string()),
                cell((s.planned - s.spent).to_string()),
                cell(pct(s.spent.amount(), s.planned.amount())),
            ]
        })
        .collect();
    rows.push(vec![
        cell(t(("Jumlah", "Total"))),
        cell(b.planned.to_string()),
        cell(b.spent.to_string()),
        cell((b.planned - b.spent).to_string()),
        cell(format!("{}%", b.used_percent)),
    ]);
    let mut budget_blocks = vec![Block::Table(Table {
        head: vec![
            t(("Tahap", "Stage")),
            t(("Rencana biaya", "Planned")),
            t(("Realisasi", "Spent")),
            t(("Sisa", "Remaining")),
            t(("Terpakai", "Used")),
        ],
        rows,
        numeric: vec![1, 2, 3, 4],
        total: true,
    })];
    let mut budget_facts = Vec::new();
    match plan.budget.as_ref() {
        Some(bud) => {
            budget_facts.push((
                t(("Pagu anggaran", "Budget ceiling")),
                bud.ceiling
                    .map(|c| c.to_string())
                    .unwrap_or_else(|| t(("belum ditetapkan", "not set"))),
            ));
            if let Some(c) = bud.ceiling {
                budget_facts.push((
                    t(("Sisa pagu setelah realisasi", "Ceiling left after spending")),
                    (c - b.spent).to_string(),
                ));
                budget_facts.push((
                    t(("Pagu belum direncanakan", "Ceiling not yet planned")),
                    (c - b.planned).to_string(),
                ));
            }
            budget_facts.push((
                t(("Sumber anggaran", "Source")),
                if bud.source.trim().is_empty() {
                    "—".to_string()
                } else {
                    bud.source.clone()
                },
            ));
            if !bud.fiscal_years.is_empty() {
                budget_facts.push((
                    t(("Tahun anggaran", "Fiscal years")),
                    bud.fiscal_years
                        .iter()
                        .map(|y| y.to_string())
                        .collect::<Vec<_>>()
                        .join(", "),
                ));
            }
        }
        None => budget_facts.push((
            t(("Pagu anggaran", "Budget ceiling")),
            t(("belum ditetapkan", "not set")),
        )),
    }
    budget_blocks.push(Block::Facts(budget_facts));
    sections.push(Section {
        id: "anggaran",
        title: t(("Anggaran", "Budget")),
        blocks: budget_blocks,
    });

    // Action plan.
    sections.push(Section {
        id: "rencana-aksi",
        title: t(("Rencana aksi", "Action plan")),
        blocks: vec![if plan.action_plan.is_empty() {
            Block::Para(t((
                "Rencana aksi masih kosong.",
                "The action plan is empty.",
            )))
        } else {
            Block::Table(Table {
                head: vec![
                    "ID".to_string(),
                    t(("Tahap", "Stage")),
                    t(("Kegiatan", "Activity")),
                    t(("Pelaksana", "Who")),
                    t(("Waktu", "When")),
                    t(("Output", "Output")),
                    t(("Metode", "Method")),
                    t(("Biaya", "Cost")),
                    t(("Status", "Status")),
                ],
                rows: plan
                    .action_plan
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        let st = &progress.activities[i];
                        let mut status = format!("{} {}%", t(labels::state(st.state)), st.percent);
                        if st.days_late > 0 {
                            status.push_str(&format!(
                                " ({} {})",
                                st.days_late,
                                t(("hari", "days"))
                            ));
                        }
                        vec![
                            cell(item_label(i, item)),
                            cell(templates::stage_name(item.stage, lang)),
                            cell(item.what.best(lang)),
                            cell(item.who.clone()),
                            cell(format!(
                                "{} – {}",
                                date_opt(item.start, lang),
                                date_opt(item.end, lang)
                            )),
                            cell(item.output.best(lang)),
                            cell(item.method.clone()),
                            cell(
                                item.cost
                                    .map(|c| c.to_string())
                                    .unwrap_or_else(|| "—".into()),
                            ),
                            tagged(status, state_class(st.state)),
                        ]
                    })
                    .collect(),
                numeric: vec![7],
                total: false,
            })
        }],
    });

    // Agreements, methods, principles, team.
    let mut org_blocks = Vec::new();
    if !plan.agreements.is_empty() {
        org_blocks.push(Block::Table(Table {
            head: vec![
                t(("Kesepakatan", "Agreement")),
                t(("Nomor", "Number")),
                t(("Rencana", "Planned")),
                t(("Ditandatangani", "Signed")),
                t(("Penanda tangan", "Signatories")),
            ],
            rows: plan
                .agreements
                .iter()
                .map(|ag| {
                    vec![
                        cell(t(labels::agreement(ag.kind))),
                        cell(ag.number.clone().unwrap_or_else(|| "—".into())),
                        cell(date_opt(ag.planned, lang)),
                        match ag.signed {
                            Some(d) => tagged(labels::date(d, lang), "ok"),
                            None => tagged(t(("belum", "not yet")), "muted"),
                        },
                        cell(
                            ag.signatories
                                .iter()
                                .map(|s| {
                                    let name = if s.name.trim().is_empty() {
                                        "…"
                                    } else {
                                        s.name.as_str()
                                    };
                                    format!("{name} ({})", s.position)
                                })
                                .collect::<Vec<_>>()
                                .join("; "),
                        ),
                    ]
                })
                .collect(),
            numeric: vec![],
            total: false,
        }));
    } else if template.provisions_apply {
        org_blocks.push(Block::Para(t((
            "Belum ada kesepakatan kerja sama.",
            "No cooperation agreement yet.",
        ))));
    }
    let methods: Vec<String> = plan
        .methods
        .iter()
        .map(|m| {
            let name = templates::method_name(m.method, lang);
            match m.note.as_deref().filter(|n| !n.trim().is_empty()) {
                Some(n) => format!("{name}: {n}"),
                None => name,
            }
        })
        .collect();
    if !methods.is_empty() {
        org_blocks.push(Block::Para(format!(
            "{}:",
            t(("Metode replikasi", "Replication methods"))
        )));
        org_blocks.push(Block::List(methods));
    }
    if let Some(team) = &plan.team {
        let decree = team
            .decree
            .as_ref()
            .map(|d| {
                let by = match d.issued_by {
                    DecreeIssuer::KepalaDaerah => t(("Kepala Daerah", "head of region")),
                    DecreeIssuer::KepalaPerangkatDaerah => {
                        t(("Kepala Perangkat Daerah", "head of regional agency"))
                    }
                };
                format!(
                    "{} {} ({}, {})",
                    t(("SK", "Decree")),
                    if d.number.trim().is_empty() {
                        "—"
                    } else {
                        d.number.as_str()
                    },
                    date_opt(d.date, lang),
                    by
                )
            })
            .unwrap_or_else(|| t(("SK belum ada", "no decree yet")));
        org_blocks.push(Block::Para(format!(
            "{}: {decree}",
            t(("Tim Pelaksana Replikasi Inovasi", "Implementation team"))
        )));
        if !team.members.is_empty() {
            org_blocks.push(Block::Table(Table {
                head: vec![
                    t(("Nama", "Name")),
                    t(("Jabatan", "Position")),
                    t(("Peran", "Role")),
                    t(("Kompetensi", "Competence")),
                ],
                rows: team
                    .members
                    .iter()
                    .map(|m| {
                        vec![
                            cell(m.name.clone()),
                            cell(m.position.clone()),
                            cell(t(labels::team_role(m.role))),
                            cell(m.competence.clone().unwrap_or_else(|| "—".into())),
                        ]
                    })
                    .collect(),
                numeric: vec![],
                total: false,
            }));
        }
    }
    sections.push(Section {
        id: "organisasi",
        title: t((
            "Kesepakatan, metode dan tim",
            "Agreements, methods and team",
        )),
        blocks: org_blocks,
    });

    // Evaluation.
    let mut ev_blocks = Vec::new();
    match &plan.evaluation {
        None => ev_blocks.push(Block::Para(t((
            "Evaluasi belum dirancang.",
            "The evaluation is not designed yet.",
        )))),
        Some(ev) => {
            ev_blocks.push(Block::Para(format!(
                "{}: {}",
                t(("Periode evaluasi", "Evaluation period")),
                match ev.period {
                    Some(p) => format!(
                        "{} – {}",
                        labels::date(p.start, lang),
                        labels::date(p.end, lang)
                    ),
                    None => t(("belum ditetapkan", "not set")),
                }
            )));
            if !progress.indicators.is_empty() {
                ev_blocks.push(Block::Table(Table {
                    head: vec![
                        "ID".to_string(),
                        t(("Jenis", "Kind")),
                        t(("Indikator", "Indicator")),
                        t(("Satuan", "Unit")),
                        t(("Awal", "Baseline")),
                        t(("Target", "Target")),
                        t(("Terakhir", "Latest")),
                        t(("Capaian", "Achieved")),
                    ],
                    rows: progress
                        .indicators
                        .iter()
                        .zip(&ev.indicators)
                        .map(|(s, ind)| {
                            let n = |v: Option<f64>| {
                                v.map(|v| number_lang(v, lang))
                                    .unwrap_or_else(|| "—".into())
                            };
                            vec![
                                cell(s.id.clone()),
                                cell(t(labels::indicator_kind(s.kind))),
                                cell(ind.name.best(lang)),
                                cell(s.unit.clone()),
                                cell(n(s.baseline)),
                                cell(n(s.target)),
                                cell(match (s.latest, s.latest_date) {
                                    (Some(v), Some(d)) => {
                                        format!(
                                            "{} ({})",
                                            number_lang(v, lang),
                                            labels::date(d, lang)
                                        )
                                    }
                                    _ => "—".into(),
                                }),
                                cell(
                                    s.achievement
                                        .map(|a| format!("{}%", number_lang(a, lang)))
                                        .unwrap_or_else(|| "—".into()),
                                ),
                            ]
                        })
                        .collect(),
                    numeric: vec![4, 5, 6, 7],
                    total: false,
                }));
            }
            if let Some(s) = ev.summary.as_ref().filter(|s| !s.is_blank()) {
                ev_blocks.push(Block::Para(s.best(lang).to_string()));
            }
        }
    }
    sections.push(Section {
        id: "evaluasi",
        title: t(("Evaluasi", "Evaluation")),
        blocks: ev_blocks,
    });

    // Principles.
    sections.push(Section {
        id: "prinsip",
        title: t(("Prinsip replikasi", "Principles")),
        blocks: vec![Block::Table(Table {
            head: vec![
                t(("Prinsip", "Principle")),
                t(("Cara memenuhinya", "How it is met")),
            ],
            rows: Principle::ALL
                .iter()
                .map(|p| {
                    let how = plan
                        .principles
                        .iter()
                        .filter(|s| s.principle == *p && !s.how.is_blank())
                        .map(|s| s.how.best(lang).to_string())
                        .collect::<Vec<_>>()
                        .join(" ");
                    vec![
                        cell(templates::principle_name(*p, lang)),
                        if how.is_empty() {
                            tagged(t(("belum dijelaskan", "not explained")), "bad")
                        } else {
                            cell(how)
                        },
                    ]
                })
                .collect(),
            numeric: vec![],
            total: false,
        })],
    });

    // Provisions.
    let mut prov_blocks = Vec::new();
    if !template.provisions_apply {
        prov_blocks.push(Block::Note(t((
            "Ketentuan khusus berlaku bagi replikator model Kerja Sama dan/atau Fasilitasi; dicantumkan sebagai acuan.",
            "The special provisions bind Kerja Sama and/or Fasilitasi replicators; listed for reference.",
        ))));
    }
    prov_blocks.push(Block::Table(Table {
        head: vec![
            "No.".to_string(),
            t(("Pihak", "Party")),
            t(("Jenis", "Kind")),
            t(("Ketentuan", "Provision")),
            t(("Disetujui", "Acknowledged")),
            t(("Pemeriksaan mesin", "Machine check")),
        ],
        rows: a
            .provisions
            .iter()
            .map(|p| {
                vec![
                    cell(p.number.to_string()),
                    cell(t(labels::provision_party(p.party))),
                    cell(t(labels::provision_kind(p.kind))),
                    cell(p.text.get(lang)),
                    if p.acknowledged {
                        tagged(t(("ya", "yes")), "ok")
                    } else if p.applies {
                        tagged(t(("belum", "not yet")), "bad")
                    } else {
                        tagged("—", "muted")
                    },
                    match p.outcome {
                        Some(o) => {
                            let (label, class) = outcome_label(o);
                            let what = match p.check {
                                Some(ProvisionCheck::Beranda) if opts.homepage.is_none() => t((
                                    " (jalankan pemeriksaan beranda replika)",
                                    " (run the replica homepage check)",
                                )),
                                _ => String::new(),
                            };
                            tagged(format!("{}{what}", t(label)), class)
                        }
                        None => cell("—"),
                    },
                ]
            })
            .collect(),
        numeric: vec![0],
        total: false,
    }));
    sections.push(Section {
        id: "ketentuan",
        title: t(("Ketentuan khusus", "Special provisions")),
        blocks: prov_blocks,
    });

    // Findings.
    let mut sorted: Vec<&crate::Finding> = a.findings.iter().collect();
    sorted.sort_by_key(|f| std::cmp::Reverse(f.severity));
    sections.push(Section {
        id: "temuan",
        title: t(("Temuan", "Findings")),
        blocks: vec![if sorted.is_empty() {
            Block::Para(t(("Tidak ada temuan.", "No findings.")))
        } else {
            Block::Table(Table {
                head: vec![
                    t(("Tingkat", "Severity")),
                    t(("Kode", "Code")),
                    t(("Lokasi", "Path")),
                    t(("Pesan", "Message")),
                ],
                rows: sorted
                    .iter()
                    .map(|f| {
                        let (label, class) = severity_label(f.severity);
                        vec![
                            tagged(t(label), class),
                            cell(f.code.clone()),
                            cell(if f.path.is_empty() {
                                "/".to_string()
                            } else {
                                f.path.clone()
                            }),
                            cell(f.message.get(lang)),
                        ]
                    })
                    .collect(),
                numeric: vec![],
                total: false,
            })
        }],
    });

    Content {
        lang,
        title: t((
            "Laporan Kesiapan dan Kemajuan Replikasi DataGO",
            "DataGO Replication Readiness and Progress Report",
        )),
        subtitle: plan.title.best(lang).to_string(),
        sections,
        footer: t((
            "DataGO (Data Kota Magelang Open) adalah inovasi Pemerintah Kota Magelang (Dinas Komunikasi, Informatika dan Statistik); HAKI No. EC00202180161 milik Pemerintah Kota Magelang. Laporan dibuat oleh pustaka DataGO menurut Pedoman Replikasi DataGO: https://datago.magelangkota.go.id",
            "DataGO (Data Kota Magelang Open) is an innovation of Pemerintah Kota Magelang (Dinas Komunikasi, Informatika dan Statistik); its intellectual property (No. EC00202180161) belongs to Pemerintah Kota Magelang. Report made by the DataGO library after the DataGO replication guide: https://datago.magelangkota.go.id",
        )),
    }
}

fn pct(part: i64, whole: i64) -> String {
    if whole <= 0 {
        "—".to_string()
    } else {
        format!(
            "{}%",
            ((part as f64) * 100.0 / (whole as f64)).round() as i64
        )
    }
}

fn agency_line(a: &Agency) -> String {
    let parts: Vec<&str> = [a.name.as_str(), a.government.as_str()]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect();
    if parts.is_empty() {
        "—".to_string()
    } else {
        parts.join(", ")
    }
}

/// The report as Markdown.
pub(crate) fn markdown(
    plan: &ReplicationPlan,
    a: &PlanAssessment,
    lang: Lang,
    opts: &CheckOptions,
) -> String {
    let c = build(plan, a, lang, opts);
    let mut o = String::new();
    let _ = writeln!(o, "# {}\n", md(&c.title));
    if !c.subtitle.trim().is_empty() {
        let _ = writeln!(o, "**{}**\n", md(&c.subtitle));
    }
    for s in &c.sections {
        let _ = writeln!(o, "## {}\n", md(&s.title));
        for b in &s.blocks {
            match b {
                Block::Para(p) => {
                    let _ = writeln!(o, "{}\n", md(p));
                }
                Block::Note(p) => {
                    let _ = writeln!(o, "*{}*\n", md(p));
                }
                Block::Facts(f) => {
                    for (k, v) in f {
                        let _ = writeln!(o, "- **{}:** {}", md(k), md(v));
                    }
                    o.push('\n');
                }
                Block::List(items) => {
                    for i in items {
                        let _ = writeln!(o, "- {}", md(i));
                    }
                    o.push('\n');
                }
                Block::Table(t) => {
                    let _ = writeln!(
                        o,
                        "| {} |",
                        t.head.iter().map(|h| md(h)).collect::<Vec<_>>().join(" | ")
                    );
                    let _ = writeln!(
                        o,
                        "|{}|",
                        (0..t.head.len())
                            .map(|i| if t.numeric.contains(&i) {
                                "---:"
                            } else {
                                "---"
                            })
                            .collect::<Vec<_>>()
                            .join("|")
                    );
                    for (r, row) in t.rows.iter().enumerate() {
                        let bold = t.total && r + 1 == t.rows.len();
                        let cells: Vec<String> = row
                            .iter()
                            .map(|c| {
                                let text = md(&c.text);
                                if bold && !text.is_empty() {
                                    format!("**{text}**")
                                } else {
                                    text
                                }
                            })
                            .collect();
                        let _ = writeln!(o, "| {} |", cells.join(" | "));
                    }
                    o.push('\n');
                }
                Block::Svg(svg) => {
                    // An HTML block: no blank line inside, so CommonMark keeps it whole.
                    let _ = writeln!(o, "{}\n", svg.replace('\n', " "));
                }
            }
        }
    }
    let _ = writeln!(o, "---\n\n*{}*", md(&c.footer));
    o
}

const CSS: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#263238;max-width:1040px;margin:2rem auto;padding:0 1rem;line-height:1.45}\
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;border-bottom:2px solid #eceff1;padding-bottom:.2rem;margin-top:2rem}\
.sub{color:#546e7a;margin-top:0}table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0 1rem}\
th,td{border:1px solid #dfe5e8;padding:.3rem .45rem;text-align:left;vertical-align:top}th{background:#f5f7f8}\
td.num,th.num{text-align:right;white-space:nowrap}tr.total td{font-weight:bold;background:#fafbfb}\
.ok{color:#2e7d32;font-weight:600}.warn{color:#b26a00;font-weight:600}.bad{color:#c62828;font-weight:600}.info{color:#1565c0;font-weight:600}.muted{color:#78909c}\
dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}\
figure{margin:0;overflow-x:auto}.note{color:#546e7a;font-size:.85rem}footer{margin-top:2.5rem;color:#546e7a;font-size:.85rem;border-top:1px solid #eceff1;padding-top:.6rem}\
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table{break-inside:auto}}";

/// The report as a self-contained HTML page.
pub(crate) fn html(
    plan: &ReplicationPlan,
    a: &PlanAssessment,
    lang: Lang,
    opts: &CheckOptions,
) -> String {
    let c = build(plan, a, lang, opts);
    let mut o = String::new();
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"DataGO\">\n<title>{} — {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n",
        c.lang.tag(),
        escape(&c.title),
        escape(&c.subtitle),
        escape(&c.title),
    );
    if !c.subtitle.trim().is_empty() {
        let _ = writeln!(o, "<p class=\"sub\">{}</p>", escape(&c.subtitle));
    }
    o.push_str("</header>\n<main>\n");
    for s in &c.sections {
        let _ = writeln!(
            o,
            "<section id=\"{}\">\n<h2>{}</h2>",
            s.id,
            escape(&s.title)
        );
        for b in &s.blocks {
            match b {
                Block::Para(p) => {
                    let _ = writeln!(o, "<p>{}</p>", escape(p));
                }
                Block::Note(p) => {
                    let _ = writeln!(o, "<p class=\"note\">{}</p>", escape(p));
                }
                Block::Facts(f) => {
                    o.push_str("<dl>\n");
                    for (k, v) in f {
                        let _ = writeln!(o, "<dt>{}</dt><dd>{}</dd>", escape(k), escape(v));
                    }
                    o.push_str("</dl>\n");
                }
                Block::List(items) => {
                    o.push_str("<ul>\n");
                    for i in items {
                        let _ = writeln!(o, "<li>{}</li>", escape(i));
                    }
                    o.push_str("</ul>\n");
                }
                Block::Table(t) => {
                    o.push_str("<table>\n<thead><tr>");
                    for (i, h) in t.head.iter().enumerate() {
                        let class = if t.numeric.contains(&i) {
                            " class=\"num\""
                        } else {
                            ""
                        };
                        let _ = write!(o, "<th scope=\"col\"{class}>{}</th>", escape(h));
                    }
                    o.push_str("</tr></thead>\n<tbody>\n");
                    for (r, row) in t.rows.iter().enumerate() {
                        if t.total && r + 1 == t.rows.len() {
                            o.push_str("<tr class=\"total\">");
                        } else {
                            o.push_str("<tr>");
                        }
                        for (i, cell) in row.iter().enumerate() {
                            let mut classes = Vec::new();
                            if t.numeric.contains(&i) {
                                classes.push("num");
                            }
                            if let Some(c) = cell.class {
                                classes.push(c);
                            }
                            if classes.is_empty() {
                                let _ = write!(o, "<td>{}</td>", escape(&cell.text));
                            } else {
                                let _ = write!(
                                    o,
                                    "<td class=\"{}\">{}</td>",
                                    classes.join(" "),
                                    escape(&cell.text)
                                );
                            }
                        }
                        o.push_str("</tr>\n");
                    }
                    o.push_str("</tbody>\n</table>\n");
                }
                Block::Svg(svg) => {
                    let _ = writeln!(o, "<figure>\n{svg}\n</figure>");
                }
            }
        }
        o.push_str("</section>\n");
    }
    let _ = write!(
        o,
        "</main>\n<footer>\n<p>{}</p>\n</footer>\n</body>\n</html>\n",
        escape(&c.footer)
    );
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_html() {
        assert_eq!(
            escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(escape("a\u{0}b"), "a\u{fffd}b");
    }

    #[test]
    fn escapes_markdown() {
        assert_eq!(md("<script>|*x*"), "&lt;script&gt;\\|\\*x\\*");
        assert_eq!(md("1. item"), "1\\. item");
        assert_eq!(md("- item"), "\\- item");
        assert_eq!(md("a - b. c"), "a - b. c");
        assert_eq!(md("5.000"), "5.000");
        assert_eq!(md("2)"), "2\\)");
        assert_eq!(md("baris\nbaru"), "baris baru");
    }

    #[test]
    fn numbers() {
        assert_eq!(number(1250.0), "1250");
        assert_eq!(number(12.345), "12.35");
        assert_eq!(number(-0.5), "-0.5");
        assert_eq!(number_lang(1250.5, Lang::Id), "1.250,5");
        assert_eq!(number_lang(1250.5, Lang::En), "1,250.5");
        assert_eq!(number_lang(-1234567.0, Lang::Id), "-1.234.567");
    }
}

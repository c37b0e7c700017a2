//! Replication plans: the guide's templates, the sample plan, monitoring and the rules' coverage
//! by the shared vectors.

use std::collections::BTreeSet;
use std::path::PathBuf;

use datago_core::replication::*;
use datago_core::{Error, Lang, Severity};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn sample_text() -> String {
    std::fs::read_to_string(
        root().join("examples/replication/rencana-kerja-sama-kabupaten-contoh.json"),
    )
    .unwrap()
}

fn sample() -> ReplicationPlan {
    ReplicationPlan::from_json(&sample_text()).unwrap()
}

fn date(s: &str) -> chrono::NaiveDate {
    parse_date(s).unwrap()
}

fn codes(findings: &[datago_core::Finding]) -> Vec<(String, String)> {
    findings
        .iter()
        .map(|f| (f.code.clone(), f.path.clone()))
        .collect()
}

#[test]
fn the_sample_kerja_sama_plan_passes_the_check() {
    let findings = check_json(&sample_text(), &CheckOptions::default()).unwrap();
    assert!(
        findings.iter().all(|f| f.severity != Severity::Error),
        "{:#?}",
        codes(&findings)
    );
    let plan = sample();
    assert_eq!(plan.model, ReplicationModel::KerjaSama);
    assert!(
        plan.title.best(Lang::Id).contains("CONTOH"),
        "labelled as sample data"
    );
    // Judged on a date, it reports what a reviewer should see, and nothing else.
    let opts = CheckOptions {
        as_of: Some(date("2026-10-15")),
        homepage: None,
    };
    let got = codes(&plan.check(&opts));
    assert_eq!(
        got,
        [
            (
                "replication.budget.overspent".to_string(),
                "/actionPlan/7/progress/spent".to_string()
            ),
            (
                "replication.progress.late".to_string(),
                "/actionPlan/11/progress".to_string()
            ),
            (
                "replication.homepage.unchecked".to_string(),
                "/replicaUrl".to_string()
            ),
        ]
    );
    let a = plan.assess(&opts);
    assert!(a.ready);
    assert_eq!(a.counts.warning, 2);
}

#[test]
fn templates_follow_the_guide() {
    let names = |m| {
        model_template(m)
            .stages
            .iter()
            .map(|s| {
                (
                    s.name.id.clone(),
                    s.activities
                        .iter()
                        .map(|a| a.name.id.clone())
                        .collect::<Vec<_>>(),
                )
            })
            .collect::<Vec<_>>()
    };
    let persiapan = [
        "Identifikasi masalah",
        "Mengenali inovasi, kebaruan, dan kompatibilitas",
        "Mempersiapkan sumber daya pendukung replikasi",
    ];
    let rencana = [
        "Membuat rencana aksi replikasi",
        "Membuat tim pelaksana dan penanggung jawab",
        "Penguatan kapasitas tim replikator",
        "Pengembangan model inovasi yang direplikasi",
        "Penentuan model dan metode replikasi",
    ];
    let replikasi = [
        "Melaksanakan rencana aksi replikasi",
        "Monitoring replikasi",
    ];
    let evaluasi = [
        "Evaluasi replikasi inovasi",
        "Mengukur kemanfaatan dan dampak replikasi",
    ];
    let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let later = vec![
        (
            "Perencanaan dan Pengembangan Kapasitas".to_string(),
            v(&rencana),
        ),
        ("Replikasi".to_string(), v(&replikasi)),
        ("Evaluasi".to_string(), v(&evaluasi)),
    ];
    let mut mandiri = vec![("Persiapan".to_string(), v(&persiapan))];
    mandiri.extend(later.clone());
    assert_eq!(names(ReplicationModel::Mandiri), mandiri);

    let mut with_agreement = v(&persiapan);
    with_agreement.push("Kesepakatan kerja sama".to_string());
    let mut kerja_sama = vec![("Persiapan".to_string(), with_agreement)];
    kerja_sama.extend(later.clone());
    assert_eq!(names(ReplicationModel::KerjaSama), kerja_sama);

    let mut fasilitasi = vec![(
        "Difusi Inovasi".to_string(),
        v(&[
            "Pendokumentasian inovasi",
            "Pemodelan inovasi",
            "Bursa inovasi dan model inovasi (Forum Replikasi Inovasi)",
        ]),
    )];
    fasilitasi.extend(kerja_sama);
    assert_eq!(names(ReplicationModel::Fasilitasi), fasilitasi);

    let methods = |m| {
        model_template(m)
            .methods
            .iter()
            .map(|x| x.method)
            .collect::<Vec<_>>()
    };
    use ReplicationMethod as M;
    assert_eq!(
        methods(ReplicationModel::Mandiri),
        [M::BukuDokumentasi, M::Website, M::Pameran]
    );
    assert_eq!(
        methods(ReplicationModel::KerjaSama),
        [M::Pendampingan, M::Pemagangan, M::StudiTiru]
    );
    assert_eq!(
        methods(ReplicationModel::Fasilitasi),
        [M::Seminar, M::CoachingClinic, M::WebsiteReplikasi]
    );
    assert!(!model_template(ReplicationModel::Mandiri).provisions_apply);
    assert!(model_template(ReplicationModel::Fasilitasi).provisions_apply);
    // Every text is bilingual.
    for s in stages() {
        for a in &s.activities {
            assert!(
                !a.name.en.is_empty()
                    && !a.description.id.is_empty()
                    && !a.description.en.is_empty()
            );
        }
    }
}

#[test]
fn principles_and_provisions_are_data() {
    let p: Vec<&str> = principles().iter().map(|p| p.name.id.as_str()).collect();
    assert_eq!(
        p,
        [
            "Prinsip Jujur",
            "Prinsip Kesesuaian dengan Kebutuhan",
            "Prinsip Efisien",
            "Prinsip Memberi Nilai Tambah",
            "Prinsip Sinergitas"
        ]
    );
    use ProvisionKind as K;
    let kinds: Vec<K> = provisions().iter().map(|p| p.kind).collect();
    assert_eq!(kinds[4..7], [K::Larangan, K::Larangan, K::Larangan]);
    assert_eq!(kinds[7], K::Informasi);
    assert_eq!(kinds[11..], [K::Hak; 6]);
    assert_eq!(provision(12).unwrap().party, ProvisionParty::Walidata);
    assert_eq!(
        provision(1).unwrap().check,
        Some(ProvisionCheck::Kesepakatan)
    );
    assert!(provision(8).unwrap().text.id.contains("EC00202180161"));
    assert!(provision(17).unwrap().text.en.contains("name"));
    assert!(provision(18).is_none());
}

#[test]
fn every_replication_rule_has_a_vector() {
    let text = std::fs::read_to_string(root().join("tests/vectors/replication.json")).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let covered: BTreeSet<&str> = doc["cases"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["expect"]["findings"].as_array().into_iter().flatten())
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    let rules: Vec<&str> = datago_core::rules::ALL
        .iter()
        .map(|r| r.code)
        .filter(|c| c.starts_with("replication."))
        .collect();
    assert!(rules.len() >= 60, "{}", rules.len());
    let missing: Vec<&&str> = rules.iter().filter(|c| !covered.contains(**c)).collect();
    assert!(missing.is_empty(), "rules without a vector: {missing:?}");
}

#[test]
fn a_fresh_template_is_a_to_do_list() {
    for model in ReplicationModel::ALL {
        let plan = ReplicationPlan::template(model, "Kabupaten Contoh");
        let findings = plan.validate();
        let kinds: BTreeSet<&str> = findings.iter().map(|f| f.code.as_str()).collect();
        // What is asked is filling in, never fixing the template itself.
        for wrong in [
            "replication.stage.order",
            "replication.action.activity-unknown",
            "replication.action.activity-wrong-stage",
            "replication.action.stage-not-in-model",
            "replication.activity.missing",
            "replication.method.other-model",
            "replication.facilitator.missing",
            "replication.agreement.signatory-missing",
            "replication.agreement.missing",
        ] {
            assert!(!kinds.contains(wrong), "{model:?}: {wrong}");
        }
        for todo in [
            "replication.action.element-missing",
            "replication.budget.missing",
            "replication.principle.missing",
            "replication.evaluation.period-missing",
            "replication.team.member-name-missing",
        ] {
            assert!(kinds.contains(todo), "{model:?}: {todo}");
        }
        assert_eq!(
            kinds.contains("replication.provision.unacknowledged"),
            model != ReplicationModel::Mandiri
        );
        assert_eq!(
            kinds.contains("replication.agreement.date-missing"),
            model != ReplicationModel::Mandiri
        );
        // The template's JSON reads back, without unknown fields.
        let findings = check_json(&plan.to_json(true), &CheckOptions::default()).unwrap();
        assert!(!findings.iter().any(|f| f.code == "document.unknown-field"));
    }
}

#[test]
fn progress_of_the_sample() {
    let p = sample().progress(Some(date("2026-10-15")));
    let by_id = |id: &str| p.activities.iter().find(|a| a.id == id).unwrap();
    assert_eq!(by_id("A01").state, ActivityState::Selesai);
    assert_eq!(by_id("A10").state, ActivityState::Berjalan);
    assert_eq!(by_id("A10").percent, 55);
    assert_eq!(by_id("A12").state, ActivityState::Terlambat);
    assert_eq!(by_id("A12").days_late, 20);
    assert_eq!(by_id("A13").state, ActivityState::Direncanakan);
    let stage = |s| p.stages.iter().find(|x| x.stage == s).unwrap();
    assert_eq!(stage(ReplicationStage::Persiapan).percent, 100);
    assert_eq!(stage(ReplicationStage::Replikasi).percent, 55);
    assert_eq!(stage(ReplicationStage::Replikasi).late, 1);
    assert_eq!(p.budget.planned, Rupiah::new(334_500_000));
    assert_eq!(p.budget.ceiling, Some(Rupiah::new(350_000_000)));
    assert_eq!(
        p.budget.spent.amount(),
        7_200_000
            + 4_800_000
            + 2_500_000
            + 14_250_000
            + 3_900_000
            + 43_500_000
            + 31_000_000
            + 82_000_000
            + 3_000_000
            + 16_500_000
    );
    assert_eq!(
        p.budget.remaining,
        Rupiah::new(350_000_000) - p.budget.spent
    );
    assert_eq!(p.indicators.len(), 4);
    assert!(
        p.indicators.iter().all(|i| i.achievement.is_none()),
        "no measurement yet"
    );
}

#[test]
fn indicator_achievement_uses_the_latest_measurement_up_to_the_date() {
    let mut plan = sample();
    let ev = plan.evaluation.as_mut().unwrap();
    ev.indicators[0].measurements = vec![
        Measurement {
            date: date("2027-06-30"),
            value: 100.0,
            note: None,
        },
        Measurement {
            date: date("2027-03-31"),
            value: 50.0,
            note: None,
        },
        Measurement {
            date: date("2027-12-31"),
            value: 260.0,
            note: None,
        },
    ];
    // Lower is better: from 10 days to 3; measured 6.5 is halfway.
    ev.indicators[3].measurements = vec![Measurement {
        date: date("2027-06-30"),
        value: 6.5,
        note: None,
    }];
    let p = plan.progress(Some(date("2027-07-01")));
    assert_eq!(p.indicators[0].latest, Some(100.0));
    assert_eq!(p.indicators[0].achievement, Some(40.0));
    assert_eq!(p.indicators[3].achievement, Some(50.0));
    let p = plan.progress(None);
    assert_eq!(p.indicators[0].achievement, Some(104.0));
}

/// A minimal well-formedness check for XML/HTML output: every opened element is closed in
/// order (void HTML elements and self-closing tags excepted).
fn assert_balanced(text: &str) {
    const VOID: [&str; 4] = ["meta", "br", "img", "hr"];
    let mut stack: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest.find('>').expect("unterminated tag");
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if tag.starts_with('!') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop().as_deref(), Some(name), "closing {name}");
        } else if !tag.ends_with('/') {
            let name = tag.split_whitespace().next().unwrap().to_string();
            if !VOID.contains(&name.as_str()) {
                stack.push(name);
            }
        }
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
}

#[test]
fn html_report_has_its_structure_and_escapes_plan_text() {
    let mut plan = sample();
    plan.action_plan[0].what = datago_core::LocalizedText::new("<script>alert(1)</script>");
    plan.action_plan[1].who = "Tim \"A\" & <b>B</b>".to_string();
    plan.replica_name = Some("<img src=x onerror=alert(1)>".to_string());
    let opts = CheckOptions {
        as_of: Some(date("2026-10-15")),
        homepage: None,
    };
    let html = plan.report(ReportFormat::Html, Lang::Id, &opts);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"id\">"));
    assert!(
        !html.to_lowercase().contains("<script"),
        "no script element at all"
    );
    assert!(!html.contains("<img"), "plan text never becomes markup");
    assert!(!html.contains("<b>B</b>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("Tim &quot;A&quot; &amp; &lt;b&gt;B&lt;/b&gt;"));
    assert_balanced(html.trim_start_matches("<!DOCTYPE html>\n"));
    // The timeline is an inline SVG inside a figure, once.
    assert_eq!(
        html.matches("<svg xmlns=\"http://www.w3.org/2000/svg\"")
            .count(),
        1
    );
    let svg_at = html.find("<svg").unwrap();
    assert!(html[..svg_at].ends_with("<figure>\n"));
    for id in [
        "ringkasan",
        "kesiapan",
        "linimasa",
        "kemajuan",
        "anggaran",
        "rencana-aksi",
        "evaluasi",
        "ketentuan",
        "temuan",
    ] {
        assert!(html.contains(&format!("<section id=\"{id}\">")), "{id}");
    }
    assert!(html.contains("<h2>Anggaran</h2>"));
    assert!(
        html.contains("Rp 334.500.000"),
        "planned total in the budget table"
    );
    assert!(html.contains("<tr class=\"total\">"));
    assert!(html.contains("Terlambat"));
    assert!(html.contains("15 Oktober 2026"));
    assert!(html.contains("https://datago.magelangkota.go.id"));
    assert!(!html.contains("javascript:"));

    let en = plan.report(ReportFormat::Html, Lang::En, &opts);
    assert!(en.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    for h in [
        "<h2>Summary</h2>",
        "<h2>Budget</h2>",
        "<h2>Timeline</h2>",
        "<h2>Special provisions</h2>",
    ] {
        assert!(en.contains(h), "{h}");
    }
    assert!(en.contains("15 October 2026"));
    assert_balanced(en.trim_start_matches("<!DOCTYPE html>\n"));
}

#[test]
fn markdown_report_escapes_plan_text() {
    let mut plan = sample();
    plan.action_plan[0].what = datago_core::LocalizedText::new("<script>alert(1)</script> | *x*");
    let md = plan.report(ReportFormat::Markdown, Lang::Id, &CheckOptions::default());
    assert!(md.starts_with("# Laporan Kesiapan dan Kemajuan Replikasi DataGO\n"));
    assert!(!md.contains("<script"));
    assert!(md.contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*x\\*"));
    assert!(md.contains("## Anggaran\n"));
    assert!(md.contains("| Tahap | Rencana biaya | Realisasi | Sisa | Terpakai |"));
    // The SVG is one HTML block: no blank line inside it.
    let svg = &md[md.find("<svg").unwrap()..md.find("</svg>").unwrap()];
    assert!(!svg.contains("\n\n"));
    assert!(md.contains("tidak ditentukan"), "no as-of date given");
    let en = plan.report(ReportFormat::Markdown, Lang::En, &CheckOptions::default());
    assert!(en.contains("## Budget\n") && en.contains("## Findings\n"));
}

#[test]
fn report_shows_the_homepage_check() {
    let plan = sample();
    let unchecked = plan.assess(&CheckOptions::default());
    let p9 = |a: &PlanAssessment| a.provisions.iter().find(|p| p.number == 9).unwrap().outcome;
    assert_eq!(p9(&unchecked), Some(CheckOutcome::BelumDiperiksa));
    let beranda = |a: &PlanAssessment| {
        a.readiness
            .iter()
            .find(|r| r.area == ReadinessArea::Beranda)
            .unwrap()
            .status
    };
    assert_eq!(beranda(&unchecked), ReadinessStatus::BelumDiperiksa);
    let ok = CheckOptions {
        as_of: None,
        homepage: Some(HomepageCheck {
            compliant: true,
            ..Default::default()
        }),
    };
    let a = plan.assess(&ok);
    assert_eq!(p9(&a), Some(CheckOutcome::Terpenuhi));
    // The real check of a home page: a link hidden with display:none does not count.
    let hidden = HomepageCheck::from_html(
        r#"<html><body><a style="display:none" href="https://datago.magelangkota.go.id"><img src="logo-datago.png" alt="Logo DataGO"></a></body></html>"#,
    )
    .unwrap();
    assert!(!hidden.compliant);
    let findings = plan.check(&CheckOptions {
        as_of: None,
        homepage: Some(hidden),
    });
    assert!(findings
        .iter()
        .any(|f| f.code == "replication.homepage.noncompliant" && f.severity == Severity::Error));
    assert_eq!(beranda(&a), ReadinessStatus::Siap);
    let bad = CheckOptions {
        as_of: None,
        homepage: Some(HomepageCheck {
            compliant: false,
            ..Default::default()
        }),
    };
    let a = plan.assess(&bad);
    assert!(!a.ready);
    assert_eq!(p9(&a), Some(CheckOutcome::TidakTerpenuhi));
    assert_eq!(beranda(&a), ReadinessStatus::BelumSiap);
    // Agreements signed: provision 1 met; a Mandiri plan's agreements do not apply.
    assert_eq!(a.provisions[0].outcome, Some(CheckOutcome::Terpenuhi));
    let mandiri = ReplicationPlan::template(ReplicationModel::Mandiri, "Kota Contoh")
        .assess(&CheckOptions::default());
    let area = |a: &PlanAssessment, x| a.readiness.iter().find(|r| r.area == x).unwrap().status;
    assert_eq!(
        area(&mandiri, ReadinessArea::Kesepakatan),
        ReadinessStatus::TidakBerlaku
    );
    assert_eq!(
        area(&mandiri, ReadinessArea::Ketentuan),
        ReadinessStatus::TidakBerlaku
    );
    assert_eq!(
        area(&mandiri, ReadinessArea::RencanaAksi),
        ReadinessStatus::BelumSiap
    );
}

#[test]
fn gantt_handles_empty_and_extreme_plans() {
    let empty = ReplicationPlan::from_json(r#"{"model": "mandiri", "title": "<&>"}"#).unwrap();
    let svg = empty.gantt_svg(Lang::En, None);
    assert!(svg.contains("No dated activity yet"));
    assert!(svg.contains("&lt;&amp;&gt;"));
    assert_balanced(&svg);

    let mut plan = sample();
    plan.action_plan[0].start = Some(chrono::NaiveDate::MIN);
    plan.action_plan[1].end = Some(chrono::NaiveDate::MAX);
    plan.action_plan[2].cost = Some(Rupiah::new(i64::MAX));
    plan.action_plan[3].cost = Some(Rupiah::new(i64::MAX));
    let svg = plan.gantt_svg(Lang::Id, Some(date("2026-10-15")));
    assert_balanced(&svg);
    let ticks = svg.matches("font-size=\"10\">").count();
    assert!(ticks <= 14, "{ticks} labels");
    // Reports and checks survive absurd input too.
    let _ = plan.check(&CheckOptions {
        as_of: Some(chrono::NaiveDate::MAX),
        homepage: None,
    });
    let html = plan.report(ReportFormat::Html, Lang::Id, &CheckOptions::default());
    assert_balanced(html.trim_start_matches("<!DOCTYPE html>\n"));

    let svg = sample().gantt_svg(Lang::Id, Some(date("2026-10-15")));
    // One row per activity, stage, agreement milestone and the evaluation period.
    assert_eq!(svg.matches("<text x=\"20\"").count(), 14 + 2 + 1);
    assert!(svg.contains("Per 15 Oktober 2026"));
    assert!(svg.contains("#e53935"), "a late activity is red");
}

#[test]
fn mutated_plans_never_panic() {
    // A small deterministic generator (no dependency).
    let mut seed: u64 = 0x5eed_0006;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let base = sample_text().into_bytes();
    let opts = CheckOptions {
        as_of: Some(date("2026-10-15")),
        homepage: None,
    };
    for _ in 0..300 {
        let mut v = base.clone();
        for _ in 0..(next() % 6 + 1) {
            let at = (next() as usize) % v.len();
            match next() % 3 {
                0 => v[at] = (next() % 128) as u8,
                1 => {
                    v.remove(at);
                }
                _ => v.insert(at, b"0123456789-\"{}[],:"[(next() % 18) as usize]),
            }
        }
        let text = String::from_utf8_lossy(&v);
        if let Ok(plan) = ReplicationPlan::from_json(&text) {
            let _ = plan.check(&opts);
            let _ = plan.report(ReportFormat::Markdown, Lang::Id, &opts);
            let _ = plan.report(ReportFormat::Html, Lang::En, &opts);
        }
        let _ = check_json(&text, &opts);
    }
}

#[test]
fn errors_are_bilingual_and_wrapped() {
    let e: Error = ReplicationModel::parse("swasta").unwrap_err().into();
    assert_eq!(e.code(), "replication.unknown-model");
    assert!(e.message(Lang::Id).contains("tidak dikenal"));
    assert!(e.message(Lang::En).contains("unknown replication model"));
    let e: Error = ReportFormat::parse("pdf").unwrap_err().into();
    assert_eq!(e.code(), "replication.unknown-format");
    let e: Error = parse_date("31-12-2026").unwrap_err().into();
    assert_eq!(e.code(), "replication.invalid-date");
    assert!(e.message(Lang::Id).contains("TTTT-BB-HH"));
    let e: Error = Rupiah::parse("sejuta").unwrap_err().into();
    assert_eq!(e.code(), "replication.invalid-amount");
}

#[test]
fn the_plan_has_a_json_schema() {
    use datago_core::schema::{json_schema, DocumentType};
    let kind = DocumentType::parse("replication-plan").unwrap();
    let s = json_schema(kind);
    assert_eq!(s["title"], "ReplicationPlan");
    assert_eq!(s["required"], serde_json::json!(["model"]));
    assert!(s["$defs"]["ActionItem"]["properties"]["cost"].is_object());
    // validate_json reads plans like every other document.
    let findings = datago_core::document::validate_json(kind, &sample_text()).unwrap();
    assert!(findings.iter().all(|f| f.severity != Severity::Error));
}

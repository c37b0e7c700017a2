//! `datago replication …` as a user runs it.

use std::path::PathBuf;
use std::process::{Command, Output};

fn datago(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_datago"))
        .args(args)
        .current_dir(std::env::temp_dir())
        .output()
        .expect("datago runs")
}

fn sample() -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/replication/rencana-kerja-sama-kabupaten-contoh.json")
        .display()
        .to_string()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn init_writes_a_template_that_check_turns_into_a_to_do_list() {
    let tmp = tempfile::tempdir().unwrap();
    let plan = tmp.path().join("rencana.json");
    let p = plan.to_str().unwrap();
    let out = datago(&[
        "replication",
        "init",
        "--model",
        "kerja-sama",
        "--replicator",
        "Kabupaten X",
        "-o",
        p,
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("datago replication check"));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&plan).unwrap()).unwrap();
    assert_eq!(v["model"], "kerja-sama");
    assert_eq!(
        v["actors"]["replicator"]["government"],
        "Pemerintah Kabupaten X"
    );
    assert_eq!(v["actionPlan"].as_array().unwrap().len(), 13);
    assert_eq!(v["agreements"][1]["kind"], "perjanjian-kerja-sama");

    // It is not overwritten by accident.
    let again = datago(&[
        "replication",
        "init",
        "--model",
        "mandiri",
        "--replicator",
        "Kabupaten X",
        "-o",
        p,
    ]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    let forced = datago(&[
        "replication",
        "init",
        "--model",
        "mandiri",
        "--replicator",
        "Kabupaten X",
        "-o",
        p,
        "--force",
    ]);
    assert_eq!(forced.status.code(), Some(0));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&plan).unwrap()).unwrap();
    assert_eq!(v["model"], "mandiri");

    // Without -o the template goes to standard output.
    let out = datago(&[
        "replication",
        "init",
        "--model",
        "fasilitasi",
        "--replicator",
        "Kota Y",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["actionPlan"][0]["stage"], "difusi-inovasi");
    assert!(v["actors"]["facilitator"].is_object());

    let check = datago(&["replication", "check", p, "--format", "json"]);
    assert_eq!(check.status.code(), Some(1));
    let findings: Vec<serde_json::Value> = serde_json::from_slice(&check.stdout).unwrap();
    assert!(findings
        .iter()
        .any(|f| f["code"] == "replication.action.element-missing"));
    assert!(findings
        .iter()
        .any(|f| f["code"] == "replication.budget.missing"));
}

#[test]
fn check_passes_the_sample_and_judges_it_on_a_date() {
    let s = sample();
    let out = datago(&["replication", "check", &s]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(
        text.contains("Temuan: 0 galat, 1 peringatan, 1 info"),
        "{text}"
    );
    assert!(text.contains("rencana siap"));
    let en = stdout(&datago(&[
        "replication",
        "check",
        &s,
        "--lang",
        "en",
        "--as-of",
        "2026-10-15",
    ]));
    assert!(
        en.contains("Findings: 0 errors, 2 warnings, 1 info"),
        "{en}"
    );
    assert!(en.contains("replication.progress.late"));
    assert!(en.contains("is 20 days late as of 2026-10-15"));
    // Facts dated after the as-of date are errors.
    let early = datago(&[
        "replication",
        "check",
        &s,
        "--as-of",
        "2026-03-01",
        "--format",
        "json",
    ]);
    assert_eq!(early.status.code(), Some(1));
    let findings: Vec<serde_json::Value> = serde_json::from_slice(&early.stdout).unwrap();
    assert!(findings
        .iter()
        .any(|f| f["code"] == "replication.date.future" && f["path"] == "/agreements/0/signed"));
}

#[test]
fn homepage_check_result_feeds_provision_9() {
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("beranda.json");
    std::fs::write(
        &bad,
        r#"{"compliant": false, "findings": [{"code": "replica.link.missing", "severity": "error", "path": "", "message": {"id": "Tautan ke DataGO tidak ada.", "en": "The link to DataGO is missing."}}]}"#,
    )
    .unwrap();
    let s = sample();
    let out = datago(&[
        "replication",
        "check",
        &s,
        "--homepage-check",
        bad.to_str().unwrap(),
        "--lang",
        "en",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("replication.homepage.noncompliant"));
    assert!(text.contains("The link to DataGO is missing."), "{text}");
    std::fs::write(&bad, "{\"compliant\": true}").unwrap();
    let out = datago(&[
        "replication",
        "check",
        &s,
        "--homepage-check",
        bad.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(!stdout(&out).contains("replication.homepage"));
    // The home page itself, checked by the replica compliance check.
    let page = tmp.path().join("beranda.html");
    std::fs::write(&page, "<html><body><footer><a href=\"https://datago.magelangkota.go.id\"><img src=\"logo-datago.png\" alt=\"Logo DataGO\"></a></footer></body></html>").unwrap();
    let out = datago(&[
        "replication",
        "check",
        &s,
        "--homepage",
        page.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(!stdout(&out).contains("replication.homepage"));
    std::fs::write(&page, "<html><body><p>Satu Data Kabupaten Contoh</p><!-- <a href=\"https://datago.magelangkota.go.id\">DataGO</a> --></body></html>").unwrap();
    let out = datago(&[
        "replication",
        "check",
        &s,
        "--homepage",
        page.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("replication.homepage.noncompliant"));
    let report = datago(&[
        "replication",
        "report",
        &s,
        "--homepage",
        page.to_str().unwrap(),
        "--format",
        "html",
    ]);
    assert!(stdout(&report).contains("Tidak terpenuhi"));
    std::fs::write(&page, "").unwrap();
    let out = datago(&[
        "replication",
        "check",
        &s,
        "--homepage",
        page.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("replica.input.empty"));
    std::fs::write(&bad, "{\"compliant\": \"ya\"}").unwrap();
    let out = datago(&[
        "replication",
        "check",
        &s,
        "--homepage-check",
        bad.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn report_in_markdown_and_html_in_both_languages() {
    let s = sample();
    let md = datago(&["replication", "report", &s, "--as-of", "2026-10-15"]);
    assert_eq!(md.status.code(), Some(0));
    let md = stdout(&md);
    assert!(md.starts_with("# Laporan Kesiapan dan Kemajuan Replikasi DataGO"));
    assert!(md.contains("## Anggaran") && md.contains("<svg"));
    assert!(md.contains("15 Oktober 2026"));

    let tmp = tempfile::tempdir().unwrap();
    let html = tmp.path().join("laporan.html");
    let out = datago(&[
        "replication",
        "report",
        &s,
        "--format",
        "html",
        "--lang",
        "en",
        "--as-of",
        "2026-10-15",
        "-o",
        html.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let html = std::fs::read_to_string(html).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(html.contains("<h2>Budget</h2>") && html.contains("<svg"));
    assert!(!html.contains("<script"));

    // Without --as-of the report is judged today: it names a date.
    let today = stdout(&datago(&["replication", "report", &s, "--lang", "en"]));
    assert!(!today.contains("not given (lateness not assessed)"));
    let svg = stdout(&datago(&[
        "replication",
        "gantt",
        &s,
        "--as-of",
        "2026-10-15",
    ]));
    assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
}

#[test]
fn status_models_provisions_and_schema() {
    let s = sample();
    let status: serde_json::Value = serde_json::from_slice(
        &datago(&["replication", "status", &s, "--as-of", "2026-10-15"]).stdout,
    )
    .unwrap();
    assert_eq!(status["ready"], true);
    assert_eq!(status["provisions"].as_array().unwrap().len(), 17);
    assert_eq!(status["progress"]["asOf"], "2026-10-15");

    let models = stdout(&datago(&["replication", "models"]));
    assert!(models.contains("Model Fasilitasi") && models.contains("Difusi Inovasi"));
    let json: serde_json::Value =
        serde_json::from_slice(&datago(&["replication", "models", "--format", "json"]).stdout)
            .unwrap();
    assert_eq!(json.as_array().unwrap().len(), 3);

    let p = stdout(&datago(&["replication", "provisions", "--lang", "en"]));
    assert!(p.contains("17. [Replicator · Right]"), "{p}");
    assert!(p.contains(" 9. [Replicator · Obligation] (machine-checked)"));

    let schema: serde_json::Value =
        serde_json::from_slice(&datago(&["schema", "replication-plan"]).stdout).unwrap();
    assert_eq!(schema["title"], "ReplicationPlan");
}

#[test]
fn unusable_input_exits_2() {
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("rusak.json");
    std::fs::write(&bad, "{\"model\": \"swasta\"}").unwrap();
    let b = bad.to_str().unwrap();
    for args in [
        vec!["replication", "check", b],
        vec!["replication", "report", b],
        vec!["replication", "check", "/tidak/ada.json"],
    ] {
        let out = datago(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!String::from_utf8_lossy(&out.stderr).is_empty());
    }
    let s = sample();
    let out = datago(&["replication", "report", &s, "--as-of", "besok"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("replication.invalid-date") && err.contains("TTTT-BB-HH"),
        "{err}"
    );
    let out = datago(&[
        "replication",
        "init",
        "--model",
        "swasta",
        "--replicator",
        "X",
    ]);
    assert_eq!(out.status.code(), Some(2));
}

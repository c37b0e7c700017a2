//! The `datago` command as a user runs it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn datago(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_datago"))
        .args(args)
        .current_dir(std::env::temp_dir()) // the sample is embedded: no repository files needed
        .output()
        .expect("datago runs")
}

fn sample_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/magelang")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

#[test]
fn check_without_argument_runs_on_the_embedded_sample() {
    let out = datago(&["check"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("contoh bawaan Kota Magelang"), "{text}");
    assert!(text.contains("Temuan: 0 galat"), "{text}");
    let en = String::from_utf8(datago(&["check", "--lang", "en"]).stdout).unwrap();
    assert!(en.contains("Findings: 0 errors"), "{en}");
}

#[test]
fn json_report_is_complete_and_equals_the_directory_check() {
    let embedded: serde_json::Value =
        serde_json::from_slice(&datago(&["check", "--format", "json"]).stdout).unwrap();
    assert_eq!(embedded["valid"], true);
    assert!(embedded["datasets"].as_u64().unwrap() >= 25);
    assert!(embedded["organizations"].as_u64().unwrap() >= 8);
    let dir = sample_dir();
    let on_disk: serde_json::Value = serde_json::from_slice(
        &datago(&["check", dir.to_str().unwrap(), "--format", "json"]).stdout,
    )
    .unwrap();
    assert_eq!(embedded, on_disk);
    let counted = embedded["findings"].as_array().unwrap().len() as u64;
    let c = &embedded["counts"];
    assert_eq!(
        counted,
        c["error"].as_u64().unwrap() + c["warning"].as_u64().unwrap() + c["info"].as_u64().unwrap()
    );
}

#[test]
fn errors_exit_1_and_unusable_input_exits_2() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("katalog");
    copy_dir(&sample_dir(), &dir);
    // A dataset file that is not JSON, and a CSV whose header no longer matches its schema.
    std::fs::write(dir.join("datasets/rusak.json"), "{ bukan json").unwrap();
    let csv = std::fs::read_dir(dir.join("data"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let text = std::fs::read_to_string(&csv).unwrap();
    std::fs::write(&csv, text.replacen("tahun", "year", 1)).unwrap();
    let out = datago(&["check", dir.to_str().unwrap(), "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let codes: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"bundle.document.unparseable"), "{codes:?}");
    assert!(
        codes.contains(&"resource.file.header-mismatch"),
        "{codes:?}"
    );
    assert!(
        codes.contains(&"resource.file.checksum-mismatch"),
        "{codes:?}"
    );

    let missing = datago(&["check", tmp.path().join("tidak-ada").to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("bundle.io"));

    std::fs::write(dir.join("catalog.json"), "[").unwrap();
    let broken = datago(&["check", dir.to_str().unwrap()]);
    assert_eq!(broken.status.code(), Some(2));
    let err = String::from_utf8_lossy(&broken.stderr);
    assert!(err.contains("parse.eof") && err.contains("baris"), "{err}");
}

#[test]
fn validate_a_single_document_from_stdin() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_datago"))
        .args(["validate", "dataset", "-", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(br#"{"id": "d", "slug": "Salah Slug"}"#)
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let findings: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(findings
        .iter()
        .any(|f| f["code"] == "dataset.slug.invalid" && f["path"] == "/slug"));
}

#[test]
fn schema_prints_the_json_schema() {
    let out = datago(&["schema", "dataset"]);
    assert_eq!(out.status.code(), Some(0));
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(schema["title"], "Dataset");
    let committed: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(sample_dir().join("../../schemas/dataset.schema.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(schema, committed);
    let bad = datago(&["schema", "kucing"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn rules_lists_every_code() {
    let out = datago(&["rules", "--format", "json"]);
    let rules: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(rules
        .iter()
        .any(|r| r["code"] == "catalog.walidata.missing"));
    assert!(rules
        .iter()
        .all(|r| r["id"].as_str().is_some_and(|s| !s.is_empty())));
}

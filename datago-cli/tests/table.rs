//! `datago table …` as a user runs it: exit codes, the JSON report, threads, infer, profile,
//! scan.

use std::path::Path;
use std::process::{Command, Output};

fn datago(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_datago"))
        .args(args)
        .output()
        .expect("datago runs")
}

const SCHEMA: &str = r#"{"fields": [
  {"name": "id", "type": "integer"},
  {"name": "kode_kabupaten_kota", "type": "integer"},
  {"name": "nama_kabupaten_kota", "type": "string"},
  {"name": "nilai", "type": "number", "constraints": {"minimum": 0}},
  {"name": "tahun", "type": "year"}],
  "primaryKey": ["id"]}"#;

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

#[test]
fn validate_exit_codes_and_json_report() {
    let dir = tempfile::tempdir().unwrap();
    let schema = write(dir.path(), "schema.json", SCHEMA);
    let good = write(
        dir.path(),
        "good.csv",
        "id,kode_kabupaten_kota,nama_kabupaten_kota,nilai,tahun\n1,3371,KOTA MAGELANG,1.5,2024\n",
    );
    let out = datago(&["table", "validate", &good, "--schema", &schema]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Hasil: tabel sah."));

    let mut bad = String::from("id,kode_kabupaten_kota,nama_kabupaten_kota,nilai,tahun\n");
    for i in 0..5000 {
        let nilai = if i % 1000 == 7 { "-1" } else { "2.5" };
        bad.push_str(&format!("{i},3371,KOTA MAGELANG,{nilai},2024\n"));
    }
    bad.push_str("1,3371,KOTA MAGELANG,x\n");
    let bad = write(dir.path(), "bad.csv", &bad);
    let mut reports = Vec::new();
    for threads in ["1", "2"] {
        let out = datago(&[
            "table",
            "validate",
            &bad,
            "--schema",
            &schema,
            "--format",
            "json",
            "--threads",
            threads,
        ]);
        assert_eq!(out.status.code(), Some(1));
        let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(r["valid"], false);
        let errors = r["errors"].as_array().unwrap();
        for e in errors {
            for key in ["code", "rowNumber", "fieldNumber", "fieldName", "message"] {
                assert!(e.get(key).is_some(), "{key} in {e}");
            }
        }
        let first = &errors[0];
        assert_eq!(first["code"], "constraint-error");
        assert_eq!(first["rowNumber"], 9, "the header is row 1");
        assert_eq!(first["fieldNumber"], 4);
        assert_eq!(first["fieldName"], "nilai");
        reports.push(r["errors"].clone());
    }
    assert_eq!(reports[0], reports[1], "threads do not change the report");
    let en = datago(&[
        "table", "validate", &bad, "--schema", &schema, "--lang", "en",
    ]);
    assert!(String::from_utf8_lossy(&en.stdout).contains("Result: there are errors to fix."));
}

#[test]
fn unusable_input_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let schema = write(dir.path(), "schema.json", SCHEMA);
    let broken = write(dir.path(), "broken.json", "{");
    let csv = write(dir.path(), "a.csv", "a\n1\n");
    for args in [
        vec!["table", "validate", "/no/such.csv", "--schema", &schema],
        vec!["table", "validate", &csv, "--schema", &broken],
        vec![
            "table",
            "validate",
            &csv,
            "--schema",
            &schema,
            "--encoding",
            "utf-16",
        ],
        vec!["table", "infer", "/no/such.csv"],
    ] {
        let out = datago(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("datago:"), "{err}");
    }
}

#[test]
fn infer_profile_scan() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "t.csv",
        "id,kode_kabupaten_kota,nama_kabupaten_kota,nama_lengkap,nilai,tahun\n\
         1,3371,KOTA MAGELANG,Siti,\"1.234,5\",2024\n\
         2,3308,KABUPATEN MAGELANG,Budi,-,2024\n",
    );
    let out = datago(&["table", "infer", &csv]);
    assert_eq!(out.status.code(), Some(0));
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(schema["primaryKey"][0], "id");
    let inferred = write(
        dir.path(),
        "inferred.json",
        &String::from_utf8_lossy(&out.stdout),
    );
    assert_eq!(
        datago(&["table", "validate", &csv, "--schema", &inferred])
            .status
            .code(),
        Some(0)
    );

    let out = datago(&["table", "profile", &csv, "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let p: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(p["profile"]["rows"], 2);
    assert_eq!(p["regions"]["columns"][0]["scheme"], "bps");
    assert!(String::from_utf8_lossy(&datago(&["table", "profile", &csv]).stdout).contains("ODbL"));

    let out = datago(&["table", "scan", &csv, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "personal data found");
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["findings"][0]["kind"], "name-column");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("Siti"));
    let clean = write(
        dir.path(),
        "clean.csv",
        "kode_kabupaten_kota,jumlah\n3371,5\n",
    );
    assert_eq!(datago(&["table", "scan", &clean]).status.code(), Some(0));
}

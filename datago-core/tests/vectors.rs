//! Runs the shared conformance vectors (`tests/vectors/*.json`), which the Python and JS
//! suites run too.

use std::collections::BTreeSet;
use std::path::PathBuf;

use datago_core::document::{normalize_json, validate_json};
use datago_core::schema::DocumentType;
use datago_core::{slug, workflow, Bundle, Dataset, Error, Finding, RegionCode, RegionScheme};
use serde_json::{json, Value};

fn vectors_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors")
}

type Key = (String, String, String, Option<String>);

fn keys_of_findings(findings: &[Finding]) -> BTreeSet<Key> {
    findings
        .iter()
        .map(|f| {
            assert!(
                !f.message.id.is_empty() && !f.message.en.is_empty(),
                "{f:?}"
            );
            assert!(
                !f.message.id.contains('{'),
                "unfilled placeholder: {}",
                f.message.id
            );
            assert!(
                !f.message.en.contains('{'),
                "unfilled placeholder: {}",
                f.message.en
            );
            (
                f.code.clone(),
                f.severity.as_str().to_string(),
                f.path.clone(),
                f.document.clone(),
            )
        })
        .collect()
}

fn keys_of_expected(v: &Value) -> BTreeSet<Key> {
    v.as_array()
        .expect("findings is a list")
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
                f["path"].as_str().unwrap().to_string(),
                f.get("document")
                    .and_then(Value::as_str)
                    .map(str::to_string),
            )
        })
        .collect()
}

fn run_case(case: &Value) -> Result<(), String> {
    let op = case["op"].as_str().unwrap();
    let expect = &case["expect"];
    match op {
        "validate" => {
            let kind = DocumentType::parse(case["type"].as_str().unwrap()).unwrap();
            let findings =
                validate_json(kind, &case["input"].to_string()).map_err(|e| e.to_string())?;
            let got = keys_of_findings(&findings);
            let want = keys_of_expected(&expect["findings"]);
            if got != want {
                return Err(format!(
                    "findings differ\n  missing: {:?}\n  unexpected: {:?}",
                    want.difference(&got).collect::<Vec<_>>(),
                    got.difference(&want).collect::<Vec<_>>()
                ));
            }
        }
        "normalize" => {
            let kind = DocumentType::parse(case["type"].as_str().unwrap()).unwrap();
            let v = normalize_json(kind, &case["input"].to_string()).map_err(|e| e.to_string())?;
            if v != expect["value"] {
                return Err(format!("got {v}"));
            }
        }
        "parse" => {
            let kind = DocumentType::parse(case["type"].as_str().unwrap()).unwrap();
            let err = validate_json(kind, case["text"].as_str().unwrap())
                .err()
                .ok_or("expected an error")?;
            assert!(matches!(err, Error::Parse(_)));
            if err.code() != expect["error"] {
                return Err(format!("got {}", err.code()));
            }
            assert!(!err.message(datago_core::Lang::Id).is_empty());
        }
        "workflow" => {
            let mut ds: Dataset = serde_json::from_value(case["input"].clone()).unwrap();
            let mut failed: Option<(usize, Error)> = None;
            for (i, s) in case["steps"].as_array().unwrap().iter().enumerate() {
                let r = (|| -> Result<(), Error> {
                    let action = workflow::parse_action(s["action"].as_str().unwrap())?;
                    let at = workflow::parse_time(s["at"].as_str().unwrap())?;
                    let by = datago_core::Actor::new(
                        s["organization"].as_str().unwrap(),
                        s["actor"].as_str().unwrap(),
                    );
                    let note = s.get("note").and_then(Value::as_str).map(str::to_string);
                    ds.apply(action, by, at, note)?;
                    Ok(())
                })();
                if let Err(e) = r {
                    failed = Some((i, e));
                    break;
                }
            }
            let status = serde_json::to_value(ds.status).unwrap();
            if status != expect["status"] {
                return Err(format!("status {status}"));
            }
            match (&failed, expect.get("error")) {
                (Some((i, e)), Some(code)) => {
                    if e.code() != code || json!(i) != expect["failed_step"] {
                        return Err(format!("failed at {i} with {}", e.code()));
                    }
                }
                (None, None) => {
                    let steps: Vec<String> = ds
                        .history
                        .iter()
                        .map(|t| format!("{}>{}", t.from.as_str(), t.to.as_str()))
                        .collect();
                    if json!(steps) != expect["history"] {
                        return Err(format!("history {steps:?}"));
                    }
                    let first = serde_json::to_value(ds.history[0].at).unwrap();
                    if first != expect["first_at"] {
                        return Err(format!("first_at {first}"));
                    }
                    // The recorded dataset still validates its own history.
                    assert!(!ds
                        .validate()
                        .iter()
                        .any(|f| f.code.starts_with("dataset.history")));
                }
                (f, _) => return Err(format!("unexpected outcome {f:?}")),
            }
        }
        "slug" => {
            let s = case["input"].as_str().unwrap();
            if json!(slug::is_valid(s)) != expect["valid"]
                || json!(slug::slugify(s)) != expect["slugify"]
            {
                return Err(format!(
                    "valid={} slugify={:?}",
                    slug::is_valid(s),
                    slug::slugify(s)
                ));
            }
        }
        "region" => {
            let scheme = RegionScheme::parse(case["input"]["scheme"].as_str().unwrap()).unwrap();
            let info = RegionCode::new(scheme, case["input"]["code"].as_str().unwrap()).info();
            let v = serde_json::to_value(&info).unwrap();
            for k in ["wellFormed", "level", "kemendagri", "bps"] {
                if v[k] != expect[k] {
                    return Err(format!("{k}: {}", v[k]));
                }
            }
        }
        "eu" => {
            let r = datago_core::vocab::eu_uris(
                case["vocabulary"].as_str().unwrap(),
                case["input"].as_str().unwrap(),
            );
            match (r, expect.get("error")) {
                (Ok(uris), None) if json!(uris) == expect["uris"] => {}
                (Err(e), Some(code)) if e.code() == code => {}
                (r, _) => return Err(format!("got {r:?}")),
            }
        }
        "bundle" => {
            let mut b = Bundle::new();
            for (path, text) in case["files"].as_object().unwrap() {
                b.insert(path.clone(), text.as_str().unwrap().as_bytes().to_vec());
            }
            match (b.check(), expect.get("error")) {
                (Err(e), Some(code)) => {
                    if Error::from(e.clone()).code() != code {
                        return Err(format!("error {}", e.code()));
                    }
                }
                (Ok(report), None) => {
                    let got = keys_of_findings(&report.findings);
                    let want = keys_of_expected(&expect["findings"]);
                    if got != want {
                        return Err(format!(
                            "findings differ\n  missing: {:?}\n  unexpected: {:?}",
                            want.difference(&got).collect::<Vec<_>>(),
                            got.difference(&want).collect::<Vec<_>>()
                        ));
                    }
                    if json!(report.valid) != expect["valid"]
                        || json!(report.datasets) != expect["datasets"]
                        || json!(report.organizations) != expect["organizations"]
                    {
                        return Err(format!(
                            "valid={} datasets={} organizations={}",
                            report.valid, report.datasets, report.organizations
                        ));
                    }
                }
                (r, _) => return Err(format!("unexpected outcome {r:?}")),
            }
        }
        other => return Err(format!("unknown op {other}")),
    }
    Ok(())
}

#[test]
fn conformance_vectors() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(vectors_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 6, "vector files missing");
    let mut failures = Vec::new();
    let mut count = 0;
    for file in files {
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        for case in doc["cases"].as_array().unwrap() {
            count += 1;
            if let Err(msg) = run_case(case) {
                failures.push(format!(
                    "{} / {}: {msg}",
                    file.file_name().unwrap().to_string_lossy(),
                    case["name"].as_str().unwrap()
                ));
            }
        }
    }
    assert!(count >= 50, "only {count} cases");
    assert!(
        failures.is_empty(),
        "{} failing case(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

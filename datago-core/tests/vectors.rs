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
        "quality" => {
            use datago_core::quality::{catalog_quality, dataset_quality, QualityOptions};
            let options = QualityOptions {
                reachable: serde_json::from_value(
                    case.get("reachable").cloned().unwrap_or(json!({})),
                )
                .map_err(|e| e.to_string())?,
                dcat_ap_compliant: case.get("dcatApCompliant").and_then(Value::as_bool),
            };
            let input = &case["input"];
            let report = match (input.get("dataset"), input.get("catalog")) {
                (Some(d), _) => {
                    dataset_quality(&serde_json::from_value(d.clone()).unwrap(), &options)
                }
                (_, Some(c)) => {
                    catalog_quality(&serde_json::from_value(c.clone()).unwrap(), &options)
                }
                _ => return Err("input needs a dataset or a catalog".into()),
            };
            let close =
                |got: f64, want: &Value| want.as_f64().is_some_and(|w| (got - w).abs() < 0.005);
            if !close(report.score, &expect["score"])
                || json!(report.rating.as_str()) != expect["rating"]
            {
                return Err(format!(
                    "score {} rating {}",
                    report.score,
                    report.rating.as_str()
                ));
            }
            for (name, want) in expect["dimensions"].as_object().unwrap() {
                let got = report
                    .dimensions
                    .iter()
                    .find(|d| d.dimension.as_str() == name)
                    .map(|d| d.points);
                if !got.is_some_and(|g| close(g, want)) {
                    return Err(format!("{name}: {got:?}"));
                }
            }
            for (name, want) in expect
                .get("indicators")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                let got = report
                    .indicators
                    .iter()
                    .find(|i| i.indicator.as_str() == name)
                    .map(|i| i.points);
                if !got.is_some_and(|g| close(g, want)) {
                    return Err(format!("indicator {name}: {got:?}"));
                }
            }
            if let Some(best) = expect.get("bestDistribution") {
                if json!(report.best_distribution) != *best {
                    return Err(format!("best distribution {:?}", report.best_distribution));
                }
            }
            // Hints come biggest gain first; `hints` lists the first ones ([] = none at all).
            let gains: Vec<f64> = report.hints.iter().map(|h| h.gain).collect();
            assert!(
                gains.windows(2).all(|w| w[0] >= w[1]),
                "hints not ordered: {gains:?}"
            );
            if let Some(want) = expect.get("hints").and_then(Value::as_array) {
                if want.is_empty() && !report.hints.is_empty() {
                    return Err(format!("unexpected hints {:?}", report.hints));
                }
                for (i, w) in want.iter().enumerate() {
                    let Some(h) = report.hints.get(i) else {
                        return Err(format!("only {} hints", report.hints.len()));
                    };
                    assert!(
                        !h.message.id.contains('{') && !h.message.en.contains('{'),
                        "{h:?}"
                    );
                    if json!(h.indicator.as_str()) != w["indicator"]
                        || !close(h.gain, &w["gain"])
                        || json!(h.code) != w["code"]
                        || json!(h.path) != w["path"]
                    {
                        return Err(format!(
                            "hint {i}: {} {} {} {}",
                            h.indicator.as_str(),
                            h.gain,
                            h.code,
                            h.path
                        ));
                    }
                }
            }
        }
        "profile" => {
            use datago_core::standards::profile::{
                validate_catalog_profile, validate_profile, Profile,
            };
            let profile = match (
                Profile::parse(case["profile"].as_str().unwrap()),
                expect.get("error"),
            ) {
                (Ok(p), None) => p,
                (Err(e), Some(code)) if e.code() == code => return Ok(()),
                (r, _) => return Err(format!("profile {r:?}")),
            };
            let findings = match case["type"].as_str().unwrap() {
                "dataset" => validate_profile(
                    &serde_json::from_value(case["input"].clone()).unwrap(),
                    profile,
                ),
                "catalog" => validate_catalog_profile(
                    &serde_json::from_value(case["input"].clone()).unwrap(),
                    profile,
                ),
                t => return Err(format!("unknown type {t}")),
            };
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
        "search" => {
            let catalog: datago_core::Catalog =
                serde_json::from_value(case["catalog"].clone()).unwrap();
            let published_only = case["publishedOnly"].as_bool().unwrap_or(false);
            let index = datago_core::search::SearchIndex::build(&catalog, published_only);
            let qv = &case["query"];
            let mut q = datago_core::search::Query::parse(qv["text"].as_str().unwrap());
            if let Some(s) = qv.get("sort") {
                q.sort = serde_json::from_value(s.clone()).unwrap();
            }
            if let Some(p) = qv["page"].as_u64() {
                q.page = p as usize;
            }
            if let Some(p) = qv["perPage"].as_u64() {
                q.per_page = p as usize;
            }
            // The prebuilt (serialized) index answers the same.
            let again = datago_core::search::SearchIndex::from_bytes(&index.to_bytes()).unwrap();
            let r = index.search(&q);
            if again.search(&q) != r {
                return Err("the deserialized index answers differently".into());
            }
            if json!(r.total) != expect["total"] {
                return Err(format!("total {}", r.total));
            }
            if let Some(slugs) = expect.get("slugs") {
                let got: Vec<&str> = r.hits.iter().map(|h| h.slug.as_str()).collect();
                if json!(got) != *slugs {
                    return Err(format!("slugs {got:?}"));
                }
            }
            for (facet, want) in expect
                .get("facets")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                let got: Vec<Value> = r.facets[facet]
                    .iter()
                    .map(|c| json!([c.value, c.count]))
                    .collect();
                if json!(got) != *want {
                    return Err(format!("facet {facet}: {got:?}"));
                }
            }
        }
        "stem" => {
            let got: Vec<String> = case["input"]
                .as_array()
                .unwrap()
                .iter()
                .map(|w| datago_core::search::stem::stem(w.as_str().unwrap()))
                .collect();
            if json!(got) != *expect {
                return Err(format!("stems {got:?}"));
            }
        }
        "convert" => {
            let from = case["from"].as_str().unwrap();
            let to = case["to"].as_str().unwrap();
            let got = datago_core::standards::convert(from, to, &case["input"].to_string());
            match (got, expect.get("error")) {
                (Ok(v), None) => {
                    if v != expect["output"] {
                        return Err(format!("got {v}"));
                    }
                }
                (Err(e), Some(code)) => {
                    if e.code() != code {
                        return Err(format!("error {}: {e}", e.code()));
                    }
                    assert!(!e.message(datago_core::Lang::Id).is_empty());
                }
                (r, _) => return Err(format!("unexpected outcome {r:?}")),
            }
        }
        "replication-check" | "replication-template" | "replication-progress" | "rupiah" => {
            replication_case(op, case)?
        }
        "license-normalize" => {
            let n = datago_core::license::normalize(case["input"].as_str().unwrap());
            let id = n.license.map(|l| l.id.as_str());
            if json!(id) != expect["id"] {
                return Err(format!("got {id:?} ({n:?})"));
            }
            // A match is at or above the threshold, an unknown below it.
            let threshold = datago_core::license::MATCH_THRESHOLD;
            assert_eq!(n.license.is_some(), n.confidence >= threshold, "{n:?}");
            if let Some(a) = expect.get("assumedVersion") {
                if json!(n.assumed_version) != *a {
                    return Err(format!("assumedVersion {}", n.assumed_version));
                }
            }
            if let Some(top) = expect.get("top") {
                let got = n.suggestions.first().map(|s| s.id.as_str());
                if json!(got) != *top {
                    return Err(format!("top suggestion {got:?} ({:?})", n.suggestions));
                }
            }
            let v = serde_json::to_value(&n).unwrap();
            let spdx = n.license.and_then(|l| l.spdx.as_deref());
            if v["spdx"] != json!(spdx) || v["id"] != expect["id"] {
                return Err(format!("JSON shape {v}"));
            }
        }
        "license-combine" => {
            let inputs: Vec<&str> = case["input"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
                .collect();
            let c = datago_core::license::combine_ids(&inputs);
            let v = serde_json::to_value(&c).unwrap();
            if v["allowed"] != expect["allowed"] || v["recommended"] != expect["recommended"] {
                return Err(format!(
                    "allowed {} recommended {}",
                    v["allowed"], v["recommended"]
                ));
            }
            if let Some(u) = expect.get("unknown") {
                if v["unknown"] != *u {
                    return Err(format!("unknown {}", v["unknown"]));
                }
            }
            assert!(!c.reasons.is_empty(), "no reasons");
            for r in &c.reasons {
                assert!(
                    !r.id.is_empty() && !r.en.is_empty() && !r.en.contains("{license}"),
                    "{r:?}"
                );
            }
        }
        "license-can-use" => {
            let purpose = datago_core::license::Purpose::parse(case["purpose"].as_str().unwrap())
                .map_err(|e| e.to_string())?;
            let verdict =
                datago_core::license::can_use_id(case["license"].as_str().unwrap(), purpose);
            let v = serde_json::to_value(&verdict).unwrap();
            let codes: Vec<&Value> = v["conditions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| &c["code"])
                .collect();
            if v["allowed"] != expect["allowed"] || json!(codes) != expect["conditions"] {
                return Err(format!("allowed {} conditions {codes:?}", v["allowed"]));
            }
            let want_license = expect
                .get("license")
                .cloned()
                .unwrap_or_else(|| case["license"].clone());
            if v["license"] != want_license {
                return Err(format!("license {}", v["license"]));
            }
            assert!(!verdict.reasons.is_empty());
        }
        "license-check" => {
            let ds: Dataset = serde_json::from_value(case["input"].clone()).unwrap();
            let got: BTreeSet<(String, String, String)> = datago_core::license::check_dataset(&ds)
                .iter()
                .map(|f| {
                    (
                        f.code.clone(),
                        f.severity.as_str().to_string(),
                        f.path.clone(),
                    )
                })
                .collect();
            let want: BTreeSet<(String, String, String)> = expect["findings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| {
                    (
                        f["code"].as_str().unwrap().to_string(),
                        f["severity"].as_str().unwrap().to_string(),
                        f["path"].as_str().unwrap().to_string(),
                    )
                })
                .collect();
            if got != want {
                return Err(format!("findings {got:?}"));
            }
            // The same findings come out of Dataset::validate.
            let all = ds.validate();
            for (code, _, path) in &want {
                assert!(
                    all.iter().any(|f| &f.code == code && &f.path == path),
                    "{code} {path}"
                );
            }
        }
        "replica-check" => {
            let r = datago_core::replica::check_homepage(case["html"].as_str().unwrap());
            match (r, expect.get("error")) {
                (Err(e), Some(code)) if json!(e.code()) == *code => {}
                (Ok(report), None) => {
                    let mut codes: Vec<&str> =
                        report.findings.iter().map(|f| f.code.as_str()).collect();
                    codes.sort();
                    codes.dedup();
                    keys_of_findings(&report.findings);
                    if json!(report.compliant) != expect["compliant"]
                        || json!(codes) != expect["codes"]
                    {
                        return Err(format!("compliant {} codes {codes:?}", report.compliant));
                    }
                }
                (r, _) => return Err(format!("unexpected outcome {r:?}")),
            }
        }
        "table" => {
            let schema: datago_core::resource::TableSchema =
                serde_json::from_value(case["schema"].clone()).unwrap();
            let mut options = datago_core::table::ValidateOptions::default();
            if let Some(n) = case["options"]["limitErrors"].as_u64() {
                options.limit_errors = n as usize;
            }
            options.dialect = case
                .get("dialect")
                .map(|d| serde_json::from_value(d.clone()).unwrap());
            let csv = case["csv"].as_str().unwrap().as_bytes();
            let r = datago_core::table::validate_bytes(csv, &schema, &options);
            let got = json!({
                "valid": r.valid,
                "errors": r.errors.iter().map(|e| json!([e.code, e.row_number, e.field_number])).collect::<Vec<_>>(),
            });
            if &got != expect {
                return Err(format!("got {got}"));
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

/// The plan of a replication case: `tests/vectors/replication/<base>.json` with the case's JSON
/// Patch (RFC 6902 `add`, `remove`, `replace`) applied.
fn replication_plan(case: &Value) -> Value {
    let base = case["base"].as_str().expect("base");
    let path = vectors_dir()
        .join("replication")
        .join(format!("{base}.json"));
    let mut doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    for op in case["patch"].as_array().into_iter().flatten() {
        let pointer = op["path"].as_str().unwrap();
        let (parent, last) = pointer.rsplit_once('/').unwrap();
        let last = last.replace("~1", "/").replace("~0", "~");
        let target = doc.pointer_mut(parent).expect("patch parent exists");
        match (op["op"].as_str().unwrap(), target) {
            ("remove", Value::Object(m)) => {
                m.remove(&last).expect("removed member exists");
            }
            ("remove", Value::Array(a)) => {
                a.remove(last.parse::<usize>().unwrap());
            }
            ("add" | "replace", Value::Object(m)) => {
                m.insert(last, op["value"].clone());
            }
            ("add", Value::Array(a)) if last == "-" => a.push(op["value"].clone()),
            ("add", Value::Array(a)) => a.insert(last.parse().unwrap(), op["value"].clone()),
            ("replace", Value::Array(a)) => a[last.parse::<usize>().unwrap()] = op["value"].clone(),
            (o, _) => panic!("unsupported patch op {o} at {pointer}"),
        }
    }
    doc
}

fn replication_case(op: &str, case: &Value) -> Result<(), String> {
    use datago_core::replication::{
        check_json, parse_date, CheckOptions, ReplicationModel, ReplicationPlan, Rupiah,
    };
    let expect = &case["expect"];
    let as_of = case["asOf"].as_str().map(|d| parse_date(d).unwrap());
    match op {
        "replication-check" => {
            let text = match case.get("text") {
                Some(t) => t.as_str().unwrap().to_string(),
                None => replication_plan(case).to_string(),
            };
            let opts = CheckOptions {
                as_of,
                homepage: case
                    .get("homepage")
                    .map(|h| serde_json::from_value(h.clone()).unwrap()),
            };
            match (check_json(&text, &opts), expect.get("error")) {
                (Err(e), Some(code)) if e.code() == code => {}
                (Ok(findings), None) => {
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
                (r, _) => return Err(format!("unexpected outcome {r:?}")),
            }
        }
        "replication-template" => {
            let model = match (
                ReplicationModel::parse(case["model"].as_str().unwrap()),
                expect.get("error"),
            ) {
                (Err(e), Some(code)) if e.code() == code => return Ok(()),
                (Ok(m), None) => m,
                (r, _) => return Err(format!("unexpected outcome {r:?}")),
            };
            let t = datago_core::replication::model_template(model);
            let stages: Vec<Value> = t
                .stages
                .iter()
                .map(|s| {
                    json!([
                        s.stage,
                        s.activities
                            .iter()
                            .map(|a| a.code.clone())
                            .collect::<Vec<_>>()
                    ])
                })
                .collect();
            let methods: Vec<_> = t.methods.iter().map(|m| m.method).collect();
            let plan = ReplicationPlan::template(model, case["replicator"].as_str().unwrap());
            let items: Vec<Value> = plan
                .action_plan
                .iter()
                .map(|a| json!([a.stage, a.activity]))
                .collect();
            let want_items: Vec<Value> = expect["stages"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|s| {
                    s[1].as_array()
                        .unwrap()
                        .iter()
                        .map(move |a| json!([s[0], a]))
                })
                .collect();
            let kinds: Vec<_> = plan.agreements.iter().map(|a| a.kind).collect();
            let got = json!({
                "stages": stages, "methods": methods, "parties": t.parties, "agreements": kinds,
                "facilitator": plan.actors.facilitator.is_some(), "id": plan.id,
            });
            if &got != expect || json!(items) != json!(want_items) {
                return Err(format!("got {got} with items {items:?}"));
            }
        }
        "replication-progress" => {
            let plan: ReplicationPlan = serde_json::from_value(replication_plan(case)).unwrap();
            let p = serde_json::to_value(plan.progress(as_of)).unwrap();
            let activities: Vec<Value> = p["activities"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| json!([a["id"], a["state"], a["percent"], a["daysLate"]]))
                .collect();
            let stages: Vec<Value> = p["stages"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| {
                    json!([
                        s["stage"],
                        s["activities"],
                        s["done"],
                        s["inProgress"],
                        s["late"],
                        s["percent"]
                    ])
                })
                .collect();
            let got = json!({"percent": p["percent"], "activities": activities, "stages": stages, "budget": p["budget"]});
            if &got != expect {
                return Err(format!("got {got}"));
            }
        }
        "rupiah" => {
            let amount = case["amount"].as_i64().unwrap();
            if Rupiah::new(amount).to_string() != expect["text"] {
                return Err(format!("formatted {}", Rupiah::new(amount)));
            }
            for pair in expect["parsed"].as_array().unwrap() {
                let got = Rupiah::parse(pair[0].as_str().unwrap())
                    .ok()
                    .map(Rupiah::amount);
                if json!(got) != pair[1] {
                    return Err(format!("parsed {} as {got:?}", pair[0]));
                }
            }
        }
        _ => unreachable!(),
    }
    Ok(())
}

//! `datago license …` as a user runs it.

use std::process::{Command, Output};

fn datago(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_datago"))
        .args(args)
        .current_dir(std::env::temp_dir())
        .output()
        .expect("datago runs")
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

#[test]
fn normalize_prints_the_spdx_id_or_null() {
    let out = datago(&["license", "normalize", "cc by 4.0", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out);
    assert_eq!(v["spdx"], "CC-BY-4.0");
    assert_eq!(v["id"], "CC-BY-4.0");
    assert!(v["confidence"].as_f64().unwrap() >= 0.8);

    let out = datago(&[
        "license",
        "normalize",
        "Lisensi Terbuka",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    assert!(v["spdx"].is_null() && v["id"].is_null());
    assert_eq!(v["suggestions"][0]["id"], "other-open");

    let text = datago(&[
        "license",
        "normalize",
        "Creative Commons Attribution",
        "--lang",
        "en",
    ]);
    let s = String::from_utf8(text.stdout).unwrap();
    assert!(
        s.contains("CC-BY-4.0") && s.contains("No version given"),
        "{s}"
    );
}

#[test]
fn show_and_list() {
    let out = datago(&["license", "show", "odc-odbl", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out);
    assert_eq!(v["id"], "ODbL-1.0");
    assert_eq!(v["facets"]["shareAlike"], true);
    let out = datago(&["license", "show", "no-such-licence"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("license.unknown"));
    let list = json(&datago(&["license", "list", "--format", "json"]));
    assert!(list.as_array().unwrap().len() >= 22);
}

#[test]
fn compat_combines_and_answers_purposes() {
    let out = datago(&[
        "license",
        "compat",
        "CC-BY-SA-4.0",
        "ODbL-1.0",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    assert_eq!(v["compatible"], false);
    assert!(v["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["en"].as_str().unwrap().contains("share-alike")));

    let out = datago(&["license", "compat", "CC0-1.0", "cc-by", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(json(&out)["recommended"], "CC-BY-4.0");

    let out = datago(&[
        "license",
        "compat",
        "CC-BY-NC-4.0",
        "--purpose",
        "commercial",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json(&out)[0]["allowed"], "no");
    let out = datago(&[
        "license",
        "compat",
        "CC-BY-4.0",
        "--purpose",
        "database-extraction",
        "--lang",
        "en",
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("database extraction: yes"));
}

#[test]
fn attribution_in_every_format_and_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ds.json");
    std::fs::write(
        &path,
        r#"{"id": "d", "slug": "penduduk", "title": {"id": "Penduduk <script>alert('x')</script>", "en": "Population"},
            "producer": "disdukcapil", "license": "CC-BY-4.0",
            "landingPage": "https://data.example.go.id/dataset/penduduk",
            "resources": [{"id": "r1", "title": {"id": "Tabel"}, "url": "https://data.example.go.id/r1.csv", "license": "CC0-1.0"}]}"#,
    )
    .unwrap();
    let p = path.to_str().unwrap();
    let html = datago(&["license", "attribution", p, "--format", "html"]);
    assert_eq!(html.status.code(), Some(0));
    let s = String::from_utf8(html.stdout).unwrap();
    assert!(
        s.contains("&lt;script&gt;") && !s.contains("<script>"),
        "{s}"
    );
    assert!(s.contains(r#"rel="license""#));
    let md = String::from_utf8(
        datago(&[
            "license",
            "attribution",
            p,
            "--format",
            "md",
            "--lang",
            "en",
        ])
        .stdout,
    )
    .unwrap();
    assert!(
        md.starts_with("“[Population](<https://data.example.go.id/dataset/penduduk>)”"),
        "{md}"
    );
    let res = json(&datago(&[
        "license",
        "attribution",
        p,
        "--resource",
        "r1",
        "--format",
        "json",
    ]));
    assert_eq!(res["license"], "CC0-1.0");
    assert_eq!(res["source"], "https://data.example.go.id/r1.csv");
    let bad = datago(&["license", "attribution", p, "--resource", "9"]);
    assert_eq!(bad.status.code(), Some(2));
    let missing = datago(&["license", "attribution", "/no/such/file.json"]);
    assert_eq!(missing.status.code(), Some(2));
}

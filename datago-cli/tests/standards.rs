//! `datago convert`, `datago quality` and `datago check --profile` as a user runs them, on
//! records in the exact shape CKAN's API returns them.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const DCAT: &str = "http://www.w3.org/ns/dcat#";
const DCT: &str = "http://purl.org/dc/terms/";
const FOAF_NAME: &str = "http://xmlns.com/foaf/0.1/name";

fn datago(args: &[&str]) -> Output {
    datago_stdin(args, None)
}

fn datago_stdin(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_datago"))
        .args(args)
        .current_dir(std::env::temp_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("datago runs");
    let mut input = child.stdin.take().expect("stdin");
    if let Some(text) = stdin {
        input.write_all(text.as_bytes()).expect("stdin written");
    }
    drop(input);
    child.wait_with_output().expect("datago ends")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json_of(out: &Output) -> Value {
    assert_eq!(out.status.code(), Some(0), "{}", stderr(out));
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

/// An organization as CKAN embeds it in a package.
fn organization(id: &str, name: &str, title: &str) -> Value {
    json!({
        "id": id, "name": name, "title": title, "type": "organization",
        "description": "", "image_url": "", "created": "2020-01-06T02:15:44.718213",
        "is_organization": true, "approval_status": "approved", "state": "active"
    })
}

/// A package exactly as CKAN 2.10's `package_show` returns it.
#[allow(clippy::too_many_arguments)]
fn package(
    id: &str,
    name: &str,
    title: &str,
    notes: &str,
    org: &Value,
    tags: &[&str],
    extras: &[(&str, &str)],
    resource_url: &str,
) -> Value {
    let resource = json!({
        "cache_last_updated": null, "cache_url": null,
        "created": "2024-02-01T03:04:05.223344", "datastore_active": false,
        "description": "Tabel per kecamatan", "format": "CSV", "hash": "",
        "id": format!("{id}-r1"), "last_modified": "2025-03-05T08:09:10.000000",
        "metadata_modified": "2025-03-05T08:09:10.654321", "mimetype": "text/csv",
        "mimetype_inner": null, "name": format!("{name}.csv"), "package_id": id,
        "position": 0, "resource_type": null, "size": 2048, "state": "active",
        "url": resource_url, "url_type": "upload"
    });
    let tags: Vec<Value> = tags
        .iter()
        .enumerate()
        .map(|(i, t)| {
            json!({"display_name": t, "id": format!("tag-{i}"), "name": t, "state": "active",
                   "vocabulary_id": null})
        })
        .collect();
    let extras: Vec<Value> = extras
        .iter()
        .map(|(k, v)| json!({"key": k, "value": v}))
        .collect();
    let mut p = json!({
        "author": null, "author_email": null,
        "creator_user_id": "5b2b7f4e-1c1e-4a8e-9d6f-0f3c3d2b1a00",
        "id": id, "isopen": true, "license_id": "cc-by",
        "license_title": "Creative Commons Attribution",
        "license_url": "http://www.opendefinition.org/licenses/cc-by",
        "maintainer": "Seksi Statistik Sektoral", "maintainer_email": "statistik@magelangkota.go.id",
        "metadata_created": "2024-02-01T03:04:05.123456",
        "metadata_modified": "2025-03-05T08:09:10.654321",
        "name": name, "notes": notes, "num_resources": 1, "num_tags": tags.len(),
        "owner_org": org["id"], "private": false, "state": "active",
        "title": title, "type": "dataset", "url": "", "version": "1.0",
        "groups": [], "relationships_as_object": [], "relationships_as_subject": []
    });
    p["organization"] = org.clone();
    p["extras"] = Value::Array(extras);
    p["resources"] = json!([resource]);
    p["tags"] = Value::Array(tags);
    p
}

fn dinkes() -> Value {
    organization(
        "a1b2c3d4-0000-4000-8000-000000000001",
        "dinkes",
        "Dinas Kesehatan Kota Magelang",
    )
}

fn disdik() -> Value {
    organization(
        "a1b2c3d4-0000-4000-8000-000000000002",
        "disdikbud",
        "Dinas Pendidikan dan Kebudayaan Kota Magelang",
    )
}

const PUSKESMAS_CSV: &str =
    "https://data.magelangkota.go.id/dataset/0c8f7a52/resource/r1/download/puskesmas.csv";

fn puskesmas() -> Value {
    package(
        "0c8f7a52-3c47-4a5f-9c8e-2e0f6c7b9d11",
        "jumlah-puskesmas-per-kecamatan",
        "Jumlah Puskesmas per Kecamatan",
        "Jumlah puskesmas per kecamatan di Kota Magelang.",
        &dinkes(),
        &["kesehatan", "puskesmas"],
        &[("frequency", "tahunan"), ("issued", "2024-02-01")],
        PUSKESMAS_CSV,
    )
}

fn package_show(result: Value) -> String {
    json!({
        "help": "https://data.magelangkota.go.id/api/3/action/help_show?name=package_show",
        "success": true,
        "result": result
    })
    .to_string()
}

fn package_search() -> String {
    let results = vec![
        puskesmas(),
        package(
            "1d9e8b63-4d58-4b6a-8d9f-3f1d7d8c0e22",
            "jumlah-sekolah-dasar",
            "Jumlah Sekolah Dasar",
            "Jumlah SD negeri dan swasta per kecamatan.",
            &disdik(),
            &["pendidikan"],
            &[("frequency", "tahunan")],
            "https://data.magelangkota.go.id/dataset/1d9e8b63/resource/r1/download/sd.csv",
        ),
        package(
            "2e0f9c74-5e69-4c7b-9e0a-4a2e8e9d1f33",
            "angka-partisipasi-murni-smp",
            "Angka Partisipasi Murni SMP",
            "APM SMP per kecamatan.",
            &disdik(),
            &["pendidikan", "smp"],
            &[],
            "https://data.magelangkota.go.id/dataset/2e0f9c74/resource/r1/download/apm.csv",
        ),
    ];
    json!({
        "help": "https://data.magelangkota.go.id/api/3/action/help_show?name=package_search",
        "success": true,
        "result": {"count": 3, "facets": {}, "results": results, "sort": "score desc, metadata_modified desc", "search_facets": {}}
    })
    .to_string()
}

/// The nodes of an expanded JSON-LD document, by `@id`.
fn nodes(doc: &Value) -> Vec<&Value> {
    doc["@graph"].as_array().expect("@graph").iter().collect()
}

fn node<'a>(doc: &'a Value, id: &str) -> &'a Value {
    nodes(doc)
        .into_iter()
        .find(|n| n["@id"] == id)
        .unwrap_or_else(|| panic!("no node {id}"))
}

fn of_type<'a>(doc: &'a Value, class: &str) -> Vec<&'a Value> {
    nodes(doc)
        .into_iter()
        .filter(|n| {
            n[RDF_TYPE]
                .as_array()
                .is_some_and(|ts| ts.iter().any(|t| t["@id"] == class))
        })
        .collect()
}

/// The `@value`s or `@id`s of a property.
fn values(n: &Value, property: &str) -> Vec<String> {
    n[property]
        .as_array()
        .map(|vs| {
            vs.iter()
                .map(|v| {
                    v.get("@value")
                        .or_else(|| v.get("@id"))
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string()
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_package_show_response_becomes_a_dcat_ap_dataset_in_json_ld() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "puskesmas.json", &package_show(puskesmas()));
    let doc = json_of(&datago(&[
        "convert", "--from", "ckan", "--to", "dcat-ap", &input,
    ]));

    let datasets = of_type(&doc, &format!("{DCAT}Dataset"));
    assert_eq!(datasets.len(), 1);
    let ds = datasets[0];
    assert_eq!(
        values(ds, &format!("{DCT}title")),
        ["Jumlah Puskesmas per Kecamatan"]
    );
    assert_eq!(ds[format!("{DCT}title")][0]["@language"], "id");
    assert_eq!(
        values(ds, &format!("{DCT}description")),
        ["Jumlah puskesmas per kecamatan di Kota Magelang."]
    );
    assert_eq!(
        values(ds, &format!("{DCT}identifier")),
        ["0c8f7a52-3c47-4a5f-9c8e-2e0f6c7b9d11"]
    );
    let mut keywords = values(ds, &format!("{DCAT}keyword"));
    keywords.sort();
    assert_eq!(keywords, ["kesehatan", "puskesmas"]);
    assert_eq!(
        values(ds, &format!("{DCT}accrualPeriodicity")),
        ["http://publications.europa.eu/resource/authority/frequency/ANNUAL"]
    );
    assert_eq!(values(ds, &format!("{DCT}issued")), ["2024-02-01"]);
    // The publisher is the package's organization, named as CKAN names it.
    let publisher = values(ds, &format!("{DCT}publisher"));
    assert_eq!(publisher.len(), 1);
    assert_eq!(
        values(node(&doc, &publisher[0]), FOAF_NAME),
        ["Dinas Kesehatan Kota Magelang"]
    );
    // The resource is a distribution with EU file type, IANA media type and EU licence.
    let dist = values(ds, &format!("{DCAT}distribution"));
    assert_eq!(dist.len(), 1);
    let d = node(&doc, &dist[0]);
    assert_eq!(values(d, &format!("{DCAT}downloadURL")), [PUSKESMAS_CSV]);
    assert_eq!(values(d, &format!("{DCAT}accessURL")), [PUSKESMAS_CSV]);
    assert_eq!(
        values(d, &format!("{DCT}format")),
        ["http://publications.europa.eu/resource/authority/file-type/CSV"]
    );
    assert_eq!(
        values(d, &format!("{DCAT}mediaType")),
        ["https://www.iana.org/assignments/media-types/text/csv"]
    );
    assert_eq!(
        values(d, &format!("{DCT}license")),
        ["http://publications.europa.eu/resource/authority/licence/CC_BY_4_0"]
    );
    assert_eq!(values(d, &format!("{DCAT}byteSize")), ["2048"]);
    assert!(of_type(&doc, &format!("{DCAT}Catalog")).is_empty());
}

#[test]
fn a_package_search_becomes_a_catalog_and_survives_a_turtle_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "search.json", &package_search());
    let ttl = dir.path().join("catalog.ttl");
    let out = datago(&[
        "convert",
        "--from",
        "ckan",
        "--to",
        "dcat-ap",
        "--rdf-format",
        "turtle",
        "--out",
        ttl.to_str().unwrap(),
        &input,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty(), "--out writes the file only");
    let text = std::fs::read_to_string(&ttl).unwrap();
    assert!(text.contains("@prefix dcat: <http://www.w3.org/ns/dcat#>"));
    assert!(text.contains("a dcat:Catalog"));
    assert_eq!(text.matches("a dcat:Dataset").count(), 3, "{text}");
    assert!(text.contains("\"Jumlah Sekolah Dasar\"@id"));
    assert!(text.contains("\"Dinas Pendidikan dan Kebudayaan Kota Magelang\"@id"));

    // Back to CKAN: the file extension says Turtle.
    let back = json_of(&datago(&[
        "convert",
        "--from",
        "dcat-ap",
        "--to",
        "ckan",
        ttl.to_str().unwrap(),
    ]));
    let packages = back.as_array().expect("several datasets: a JSON list");
    assert_eq!(packages.len(), 3);
    let by_id = |id: &str| {
        packages
            .iter()
            .find(|p| p["id"] == id)
            .unwrap_or_else(|| panic!("{id} in {back}"))
    };
    let p = by_id("1d9e8b63-4d58-4b6a-8d9f-3f1d7d8c0e22");
    assert_eq!(p["title"], "Jumlah Sekolah Dasar");
    assert_eq!(p["notes"], "Jumlah SD negeri dan swasta per kecamatan.");
    assert_eq!(p["license_id"], "cc-by");
    assert_eq!(p["tags"][0]["name"], "pendidikan");
    assert_eq!(
        p["organization"]["title"],
        "Dinas Pendidikan dan Kebudayaan Kota Magelang"
    );
    assert_eq!(p["resources"][0]["format"], "CSV");
    assert_eq!(
        p["resources"][0]["url"],
        "https://data.magelangkota.go.id/dataset/1d9e8b63/resource/r1/download/sd.csv"
    );
    let q = by_id("2e0f9c74-5e69-4c7b-9e0a-4a2e8e9d1f33");
    let mut tags: Vec<&str> = q["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    tags.sort();
    assert_eq!(tags, ["pendidikan", "smp"]);
    let extras = by_id("0c8f7a52-3c47-4a5f-9c8e-2e0f6c7b9d11")["extras"].to_string();
    assert!(
        extras.contains(r#"{"key":"frequency","value":"tahunan"}"#),
        "{extras}"
    );

    // DCAT-AP to DCAT-AP re-exports the whole catalog, here as JSON-LD.
    let doc = json_of(&datago(&[
        "convert",
        "--from",
        "dcat-ap",
        "--to",
        "dcat-ap",
        "--rdf-format",
        "jsonld",
        ttl.to_str().unwrap(),
    ]));
    assert_eq!(of_type(&doc, &format!("{DCAT}Catalog")).len(), 1);
    assert_eq!(of_type(&doc, &format!("{DCAT}Dataset")).len(), 3);
}

#[test]
fn standard_input_and_output_with_a_dash() {
    // A bare package (no envelope) on stdin, a Data Package on stdout.
    let out = datago_stdin(
        &["convert", "--from", "ckan", "--to", "datapackage", "-"],
        Some(&puskesmas().to_string()),
    );
    let dp = json_of(&out);
    assert_eq!(dp["name"], "jumlah-puskesmas-per-kecamatan");
    assert_eq!(dp["title"], "Jumlah Puskesmas per Kecamatan");
    assert_eq!(dp["licenses"][0]["name"], "CC-BY-4.0");
    assert_eq!(dp["resources"][0]["path"], PUSKESMAS_CSV);
    assert_eq!(dp["resources"][0]["format"], "csv");
    assert_eq!(dp["keywords"], json!(["kesehatan", "puskesmas"]));

    // Turtle on stdin (recognised from the text), the DataGO model out.
    let ttl = stdout(&datago_stdin(
        &[
            "convert",
            "--from",
            "ckan",
            "--to",
            "dcat-ap",
            "--rdf-format",
            "turtle",
            "-",
        ],
        Some(&package_show(puskesmas())),
    ));
    assert!(ttl.starts_with("@prefix"), "{ttl}");
    let model = json_of(&datago_stdin(
        &["convert", "--from", "dcat-ap", "--to", "model", "-"],
        Some(&ttl),
    ));
    assert_eq!(model["id"], "0c8f7a52-3c47-4a5f-9c8e-2e0f6c7b9d11");
    assert_eq!(model["title"]["id"], "Jumlah Puskesmas per Kecamatan");
    assert_eq!(model["frequency"], "tahunan");
    assert_eq!(model["license"], "CC-BY-4.0");
    assert_eq!(model["resources"][0]["url"], PUSKESMAS_CSV);
    assert_eq!(model["resources"][0]["byteSize"], 2048);
}

#[test]
fn a_list_of_packages_converts_item_by_item() {
    let list = json!([puskesmas(), {"name": "data-kosong", "title": "Data Kosong"}]).to_string();
    let out = json_of(&datago_stdin(
        &["convert", "--from", "ckan", "--to", "schema-org", "-"],
        Some(&list),
    ));
    let items = out.as_array().expect("a list");
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["@type"], "Dataset");
    assert_eq!(items[0]["name"], "Jumlah Puskesmas per Kecamatan");
    assert_eq!(items[1]["name"], "Data Kosong");
    assert_eq!(
        items[0]["license"],
        "https://creativecommons.org/licenses/by/4.0/"
    );

    // Packages without an id (CKAN accepts a name instead) stay separate datasets.
    let bare =
        json!([{"name": "data-a", "title": "Data A"}, {"name": "data-b", "title": "Data B"}]);
    let doc = json_of(&datago_stdin(
        &["convert", "--from", "ckan", "--to", "dcat-ap", "-"],
        Some(&bare.to_string()),
    ));
    let datasets = of_type(&doc, &format!("{DCAT}Dataset"));
    assert_eq!(datasets.len(), 2);
    let mut titles: Vec<String> = datasets
        .into_iter()
        .map(|d| values(d, &format!("{DCT}title")).join(" | "))
        .collect();
    titles.sort();
    assert_eq!(titles, ["Data A", "Data B"]);

    // CKAN to CKAN keeps every package as CKAN gave it (same name, tags, organization).
    let search = package_search();
    let back = json_of(&datago_stdin(
        &["convert", "--from", "ckan", "--to", "ckan", "-"],
        Some(&search),
    ));
    let given: Value = serde_json::from_str(&search).unwrap();
    for (b, g) in back
        .as_array()
        .unwrap()
        .iter()
        .zip(given["result"]["results"].as_array().unwrap())
    {
        for key in [
            "id",
            "name",
            "title",
            "notes",
            "license_id",
            "owner_org",
            "tags",
        ] {
            assert_eq!(b[key], g[key], "{key}");
        }
        assert_eq!(b["organization"]["title"], g["organization"]["title"]);
        assert_eq!(b["resources"][0]["url"], g["resources"][0]["url"]);
    }
}

#[test]
fn unusable_input_exits_2_with_a_typed_message() {
    let cases: [(&[&str], &str, &str); 6] = [
        (
            &["--from", "ckan", "--to", "dcat-ap"],
            "{\"name\": ",
            "[parse.eof]",
        ),
        (
            &["--from", "ckan", "--to", "ckan"],
            "[1]",
            "[ckan.not-a-package]",
        ),
        (
            &["--from", "ckan", "--to", "ckan"],
            r#"{"count": 1, "results": [{"name": "ok-name"}, "x"]}"#,
            "[ckan.not-a-package]",
        ),
        (
            &["--from", "ckan", "--to", "dcat-ap"],
            r#"{"help": "", "success": false, "error": {"__type": "Not Found Error", "message": "Not found"}}"#,
            "[ckan.envelope-error]",
        ),
        (
            &[
                "--from",
                "dcat-ap",
                "--to",
                "ckan",
                "--rdf-format",
                "turtle",
            ],
            "<urn:a> <urn:b> .",
            "[parse.syntax]",
        ),
        (
            &["--from", "ckan", "--to", "ckan"],
            r#"{"name": "Bukan Nama"}"#,
            "[ckan.invalid-name]",
        ),
    ];
    for (args, input, code) in cases {
        let mut all = vec!["convert"];
        all.extend_from_slice(args);
        all.push("-");
        let out = datago_stdin(&all, Some(input));
        assert_eq!(out.status.code(), Some(2), "{input}");
        assert!(out.stdout.is_empty(), "{input}");
        let err = stderr(&out);
        assert!(err.contains(code), "{input}: {err}");
        // Both languages.
        assert_eq!(err.lines().count(), 2, "{err}");
    }
    // The position of a bad item is reported.
    let out = datago_stdin(
        &["convert", "--from", "ckan", "--to", "ckan", "-"],
        Some(r#"{"count": 1, "results": [{"name": "ok-name"}, "x"]}"#),
    );
    assert!(stderr(&out).contains("/results/1"), "{}", stderr(&out));
    let out = datago(&[
        "convert",
        "--from",
        "ckan",
        "--to",
        "ckan",
        "/no/such/file.json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("[bundle.io]"));
    // An unknown standard is a usage error.
    let out = datago(&["convert", "--from", "rdf", "--to", "ckan", "-"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("dcat-ap"), "{}", stderr(&out));
}

/// A catalog directory with one dataset whose MQA score is computed by hand below.
fn scored_catalog(dir: &Path) {
    write(
        dir,
        "catalog.json",
        r#"{"id": "uji", "title": {"id": "Katalog Uji"}, "description": {"id": "Katalog untuk pengujian."},
            "publisher": "diskominsta", "organizations": [{"code": "diskominsta",
            "name": {"id": "Diskominsta"}, "kind": "dinas", "role": "walidata"}]}"#,
    );
    write(
        dir,
        "datasets/puskesmas.json",
        r#"{"id": "d-1", "slug": "jumlah-puskesmas", "title": {"id": "Jumlah Puskesmas"},
            "description": {"id": "Jumlah puskesmas per kecamatan."}, "keywords": ["puskesmas"],
            "themes": ["1.02"],
            "resources": [{"id": "r-1", "title": {"id": "CSV"}, "format": "CSV", "mediaType": "text/csv",
                           "url": "https://example.go.id/puskesmas.csv"}]}"#,
    );
}

#[test]
fn quality_scores_by_hand_and_takes_reachability_from_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let cat = dir.path().join("katalog");
    scored_catalog(&cat);
    let cat = cat.to_str().unwrap();

    // By hand: findability keyword 30 + theme 30; accessibility: only download-url 20 (the URL
    // was not checked); interoperability: format 20, media type 10, vocabulary 10,
    // non-proprietary 20, machine-readable 20, DCAT-AP compliance 30 = 110; no licence, access
    // rights, contact point, publisher, rights, size or dates.
    let q = json_of(&datago(&["quality", cat, "--format", "json"]));
    assert_eq!(q["score"], 190.0);
    assert_eq!(q["max"], 405);
    assert_eq!(q["rating"], "sufficient");
    let dims: Vec<f64> = q["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["points"].as_f64().unwrap())
        .collect();
    assert_eq!(dims, [60.0, 20.0, 110.0, 0.0, 0.0]);
    assert_eq!(q["datasets"], 1);
    assert_eq!(q["distributions"], 1);

    // The link is reachable: +50 access URL, +30 download URL = 270, good.
    let reach = write(
        dir.path(),
        "reachable.json",
        r#"{"https://example.go.id/puskesmas.csv": true}"#,
    );
    let q = json_of(&datago(&[
        "quality",
        cat,
        "--format",
        "json",
        "--reachable",
        &reach,
    ]));
    assert_eq!(q["score"], 270.0);
    assert_eq!(q["rating"], "good");
    // Biggest gain first: the 20-point indicators (spatial, temporal, licence, contact point).
    assert_eq!(q["hints"][0]["gain"], 20.0);

    let text = stdout(&datago(&["quality", cat, "--reachable", &reach]));
    assert!(text.contains("Skor katalog: 270.00 / 405 — baik"), "{text}");
    assert!(text.contains("Interoperabilitas"), "{text}");
    assert!(text.contains("jumlah-puskesmas"), "{text}");
    let text = stdout(&datago(&["quality", cat, "--lang", "en"]));
    assert!(
        text.contains("Catalog score: 190.00 / 405 — sufficient"),
        "{text}"
    );
    assert!(text.contains("Fix first"), "{text}");

    let bad = write(
        dir.path(),
        "bad.json",
        r#"{"https://example.go.id/a.csv": "ya"}"#,
    );
    let out = datago(&["quality", cat, "--reachable", &bad]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("bad.json"), "{}", stderr(&out));
}

#[test]
fn quality_of_the_embedded_sample() {
    let q = json_of(&datago(&["quality", "--format", "json"]));
    let datasets = std::fs::read_dir(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/magelang/datasets"
    ))
    .unwrap()
    .count();
    assert!(q["datasets"].as_u64().unwrap() >= datasets as u64);
    let score = q["score"].as_f64().unwrap();
    let sum: f64 = q["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["points"].as_f64().unwrap())
        .sum();
    assert!((score - sum).abs() < 0.05, "{score} vs {sum}");
    let band = match score {
        s if s >= 351.0 => "excellent",
        s if s >= 221.0 => "good",
        s if s >= 121.0 => "sufficient",
        _ => "bad",
    };
    assert_eq!(q["rating"], band);
    // Hints come biggest gain first.
    let gains: Vec<f64> = q["hints"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["gain"].as_f64().unwrap())
        .collect();
    assert!(gains.windows(2).all(|w| w[0] >= w[1]), "{gains:?}");
}

#[test]
fn check_with_a_profile_adds_its_findings() {
    let dir = tempfile::tempdir().unwrap();
    scored_catalog(dir.path());
    let d = dir.path().to_str().unwrap();
    let codes = |out: &Output| -> Vec<(String, String, String)> {
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["code"].as_str().unwrap().to_string(),
                    f["document"].as_str().unwrap_or("").to_string(),
                    f["path"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let plain = datago(&["check", d, "--format", "json"]);
    assert!(!codes(&plain)
        .iter()
        .any(|(c, _, _)| c.starts_with("profile.")));

    let out = datago(&["check", d, "--format", "json", "--profile", "satu-data"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "the Satu Data standard is missing"
    );
    let found = codes(&out);
    // Every finding of the plain check is still there.
    for f in codes(&plain) {
        assert!(found.contains(&f), "{f:?}");
    }
    // The dataset has no konsep: reported on its own document.
    assert!(found.contains(&(
        "profile.satu-data.standard.konsep.missing".to_string(),
        "datasets/puskesmas.json".to_string(),
        "/satuData/standard/konsep".to_string()
    )));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["valid"], false);
    assert_eq!(v["worst"][0]["slug"], "jumlah-puskesmas");
    assert!(v["counts"]["error"].as_u64().unwrap() >= 5);

    // DCAT-AP 3: the dataset has what is mandatory; a recommended property is missing.
    let out = datago(&["check", d, "--format", "json", "--profile", "dcat-ap-3"]);
    let found = codes(&out);
    assert!(found
        .iter()
        .any(|(c, _, _)| c.starts_with("profile.dcat-ap")));

    let text = stdout(&datago(&[
        "check",
        d,
        "--profile",
        "satu-data",
        "--lang",
        "en",
    ]));
    assert!(
        text.contains("profile.satu-data.standard.konsep.missing"),
        "{text}"
    );

    let out = datago(&["check", d, "--profile", "iso-19115"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_remote_jsonld_context_is_read_from_a_local_file() {
    let dir = tempfile::tempdir().unwrap();
    let url = "https://example.org/ns/dcat-context.jsonld";
    let context = json!({"@context": {
        "dcat": DCAT, "dct": DCT,
        "Dataset": "dcat:Dataset", "title": {"@id": "dct:title", "@language": "id"},
        "identifier": "dct:identifier"
    }});
    let context = write(dir.path(), "context.jsonld", &context.to_string());
    let doc = json!({"@context": url, "@id": "https://example.org/dataset/jumlah-puskesmas",
        "@type": "Dataset", "title": "Jumlah Puskesmas", "identifier": "puskesmas-1"});
    let input = write(dir.path(), "dataset.jsonld", &doc.to_string());
    let convert = |extra: &[&str]| {
        let mut args = vec!["convert", "--from", "dcat-ap", "--to", "model", &input];
        args.extend_from_slice(extra);
        datago(&args)
    };
    // Nothing is fetched: without the file, the context is missing.
    assert_ne!(convert(&[]).status.code(), Some(0));
    let mapping = format!("{url}={context}");
    let model = json_of(&convert(&["--context", &mapping]));
    assert_eq!(model["id"], "puskesmas-1");
    assert_eq!(model["title"]["id"], "Jumlah Puskesmas");
    let bad = convert(&["--context", "no-file-given"]);
    assert_eq!(bad.status.code(), Some(2), "{}", stderr(&bad));
    assert!(stderr(&bad).contains("URL=FILE"), "{}", stderr(&bad));
}

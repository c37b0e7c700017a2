//! Frictionless Data Package v2: every sample dataset round-trips, the output has the shape the
//! official v2 profile requires, foreign packages (v2 and v1) round-trip with their unknown
//! properties, and bad input gives typed errors.

use datago_core::standards::datapackage::{self, DataPackageError, PROFILE};
use datago_core::{sample, Catalog, ChecksumAlgorithm, Dataset, Error, Lang};
use serde_json::{json, Value};

fn sample_catalog() -> Catalog {
    sample::bundle().load().unwrap().catalog
}

/// `^[a-z0-9._-]+$`, the resource name pattern of the v2 profile.
fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
}

/// The v2 profile's path pattern: a URL, or a POSIX path not starting with `.`, `/` or `~`,
/// with no `../`, `\` or `://`.
fn is_path(s: &str) -> bool {
    let url = ["http://", "https://", "ftp://", "ftps://"]
        .iter()
        .any(|p| s.starts_with(p));
    url || (!s.is_empty()
        && !s.starts_with(['.', '/', '~'])
        && !s.starts_with("file:")
        && !s.contains("/../")
        && !s.contains('\\')
        && !s.contains("://"))
}

/// The structure `https://datapackage.org/profiles/2.0/datapackage.json` (and
/// `dataresource.json`) requires, checked by hand.
fn check_profile(dp: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let mut bad = |s: String| problems.push(s);
    let Some(o) = dp.as_object() else {
        return vec!["not an object".into()];
    };
    if o.get("$schema") != Some(&json!(PROFILE)) {
        bad(format!("$schema {:?}", o.get("$schema")));
    }
    for key in [
        "name",
        "id",
        "title",
        "description",
        "homepage",
        "version",
        "created",
        "image",
    ] {
        if o.get(key).is_some_and(|v| !v.is_string()) {
            bad(format!("{key} is not a string"));
        }
    }
    if let Some(c) = o.get("created").and_then(Value::as_str) {
        if chrono::DateTime::parse_from_rfc3339(c).is_err() {
            bad(format!("created {c} is not RFC 3339"));
        }
    }
    for key in ["keywords", "licenses", "contributors", "sources"] {
        if let Some(v) = o.get(key) {
            match v.as_array() {
                Some(a) if !a.is_empty() || key == "sources" => {}
                _ => bad(format!("{key} must be a non-empty list")),
            }
        }
    }
    for k in o
        .get("keywords")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if !k.is_string() {
            bad(format!("keyword {k}"));
        }
    }
    let check_licenses = |v: &Value, bad: &mut dyn FnMut(String)| {
        for l in v.as_array().into_iter().flatten() {
            let name = l.get("name").and_then(Value::as_str);
            let path = l.get("path").and_then(Value::as_str);
            if name.is_none() && path.is_none() {
                bad(format!("license without name or path: {l}"));
            }
            if let Some(n) = name {
                if !n
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-._".contains(&b))
                {
                    bad(format!("license name {n}"));
                }
            }
            if path.is_some_and(|p| !is_path(p)) {
                bad(format!("license path {path:?}"));
            }
        }
    };
    if let Some(l) = o.get("licenses") {
        check_licenses(l, &mut bad);
    }
    for c in o
        .get("contributors")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        match c.as_object() {
            Some(m) if !m.is_empty() => {
                if let Some(r) = m.get("roles") {
                    if !r
                        .as_array()
                        .is_some_and(|a| !a.is_empty() && a.iter().all(Value::is_string))
                    {
                        bad(format!("contributor roles {r}"));
                    }
                }
                if m.get("path")
                    .and_then(Value::as_str)
                    .is_some_and(|p| !is_path(p))
                {
                    bad(format!("contributor path {c}"));
                }
            }
            _ => bad(format!("contributor {c}")),
        }
    }
    match o.get("resources").and_then(Value::as_array) {
        None => bad("resources is required".into()),
        Some(rs) if rs.is_empty() => bad("resources must not be empty".into()),
        Some(rs) => {
            let mut names = std::collections::HashSet::new();
            for (i, r) in rs.iter().enumerate() {
                let name = r.get("name").and_then(Value::as_str).unwrap_or("");
                if !is_name(name) {
                    bad(format!("resources/{i}/name {name:?}"));
                }
                if !names.insert(name.to_string()) {
                    bad(format!("resources/{i}/name {name} is not unique"));
                }
                match (r.get("path"), r.get("data")) {
                    (Some(Value::String(p)), None) if is_path(p) => {}
                    (Some(Value::Array(ps)), None)
                        if !ps.is_empty() && ps.iter().all(|p| p.as_str().is_some_and(is_path)) => {
                    }
                    (None, Some(_)) => {}
                    other => bad(format!("resources/{i} needs path or data: {other:?}")),
                }
                if let Some(h) = r.get("hash").and_then(Value::as_str) {
                    let ok = match h.split_once(':') {
                        Some((a, v)) => {
                            !a.is_empty()
                                && !v.is_empty()
                                && v.bytes().all(|b| b.is_ascii_hexdigit())
                        }
                        None => {
                            h.is_empty()
                                || (h.len() == 32 && h.bytes().all(|b| b.is_ascii_hexdigit()))
                        }
                    };
                    if !ok {
                        bad(format!("resources/{i}/hash {h}"));
                    }
                }
                if r.get("bytes").is_some_and(|b| b.as_u64().is_none()) {
                    bad(format!("resources/{i}/bytes"));
                }
                // A Table Schema, or the path or URL of one.
                if let Some(s) = r.get("schema").filter(|s| !s.is_string()) {
                    if !s.get("fields").is_some_and(Value::is_array) {
                        bad(format!("resources/{i}/schema has no fields"));
                    }
                }
                if let Some(l) = r.get("licenses") {
                    check_licenses(l, &mut bad);
                }
            }
        }
    }
    problems
}

#[test]
fn every_sample_dataset_round_trips_through_data_package() {
    let catalog = sample_catalog();
    for ds in &catalog.datasets {
        for with_catalog in [None, Some(&catalog)] {
            let dp = datapackage::to_value(ds, with_catalog);
            let back = datapackage::read(&dp.to_string()).unwrap();
            assert_eq!(
                &back,
                ds,
                "{} (catalog: {})",
                ds.slug,
                with_catalog.is_some()
            );
        }
    }
}

#[test]
fn sample_output_has_the_v2_profile_structure() {
    let catalog = sample_catalog();
    let mut checked = 0;
    for ds in catalog
        .datasets
        .iter()
        .filter(|d| datapackage::resources_locatable(d))
    {
        let dp = datapackage::to_value(ds, Some(&catalog));
        let problems = check_profile(&dp);
        assert!(problems.is_empty(), "{}: {problems:?}", ds.slug);
        checked += 1;
    }
    assert!(checked >= 25, "{checked}");
    let ds = catalog.dataset("jumlah-puskesmas").unwrap();
    let dp = datapackage::to_value(ds, Some(&catalog));
    assert_eq!(dp["name"], "jumlah-puskesmas");
    assert_eq!(dp["id"], json!(ds.id));
    assert_eq!(dp["title"], json!(ds.title.get("id").unwrap()));
    assert_eq!(dp["keywords"], json!(ds.keywords));
    // Producer and walidata as organizations, with names from the catalog.
    let roles: Vec<(String, String)> = dp["contributors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["roles"][0].as_str().unwrap().to_string(),
                c["title"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let producer = catalog.organization(&ds.producer).unwrap();
    let walidata = catalog.organization(&ds.walidata).unwrap();
    assert!(roles.contains(&("publisher".into(), producer.name.get("id").unwrap().into())));
    assert!(roles.contains(&(
        "distributor".into(),
        walidata.name.get("id").unwrap().into()
    )));
    assert!(roles.iter().any(|(r, _)| r == "contact"));
    let license = &dp["licenses"][0];
    assert!(license["path"].as_str().unwrap().starts_with("https://"));
    for r in dp["resources"].as_array().unwrap() {
        if let Some(h) = r.get("hash") {
            assert!(h.as_str().unwrap().starts_with("sha256:"), "{h}");
            assert_eq!(r["format"], "csv");
            assert!(r["schema"]["fields"].as_array().unwrap().len() > 1);
        }
    }
}

/// A package written elsewhere, with what the model has no field for.
fn foreign() -> Value {
    json!({
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "apbd-kota-magelang",
        "id": "https://doi.org/10.5281/zenodo.000000",
        "title": "APBD Kota Magelang",
        "description": "Anggaran pendapatan dan belanja daerah.",
        "version": "1.2.0",
        "created": "2024-03-01T09:30:00+07:00",
        "homepage": "https://example.org/apbd",
        "image": "https://example.org/logo.png",
        "keywords": ["apbd", "anggaran"],
        "licenses": [
            {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/", "title": "CC BY 4.0"},
            {"name": "ODC-By-1.0"}
        ],
        "contributors": [
            {"title": "Open Data Labs", "roles": ["rightsHolder"]},
            {"title": "Ani Wijaya", "email": "ani@example.org", "organization": "Open Data Labs", "roles": ["creator"]},
            {"title": "Meja Data", "email": "data@example.org", "path": "https://example.org/kontak", "roles": ["contact"]}
        ],
        "sources": [{"title": "Perda APBD 2024", "path": "https://jdih.example.go.id/perda-apbd-2024.pdf", "version": "2024"}],
        "x-satuan-kerja": {"kode": "5.02", "nama": "BPKAD"},
        "ukuran": 3,
        "kode": "5",
        "resources": [
            {
                "name": "apbd-2024",
                "type": "table",
                "path": "data/apbd-2024.csv",
                "format": "CSV",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "bytes": 10240,
                "hash": "9dd4e461268c8034f5c8564e155c67a6",
                "schema": {"fields": [{"name": "tahun", "type": "year"}, {"name": "nilai", "type": "number", "bareNumber": false}], "primaryKey": ["tahun"]},
                "dialect": {"delimiter": ";", "header": true},
                "sources": [{"title": "SIPD"}]
            },
            {
                "name": "rekap",
                "path": ["data/rekap-1.csv", "data/rekap-2.csv"],
                "format": "csv",
                "hash": "SHA256:AC03B5A7A5120B8B66A2CCE18734C39CAE146212A38CA6ACB98CCCC4FBB93030",
                "licenses": [{"name": "CC0-1.0", "title": "CC0"}]
            },
            {"name": "kode-rekening", "data": [{"kode": "4", "nama": "Pendapatan"}], "format": "json", "mediatype": "application/json", "schema": "https://example.org/schema.json"}
        ]
    })
}

#[test]
fn a_foreign_v2_package_round_trips_with_its_unknown_properties() {
    let input = foreign();
    let ds = datapackage::from_value(input.clone()).unwrap();
    assert_eq!(ds.license.as_deref(), Some("CC-BY-4.0"));
    assert_eq!(ds.author.as_ref().unwrap().name, "Ani Wijaya");
    assert_eq!(
        ds.contact.as_ref().unwrap().url.as_deref(),
        Some("https://example.org/kontak")
    );
    assert_eq!(
        ds.sources[0].url.as_deref(),
        Some("https://jdih.example.go.id/perda-apbd-2024.pdf")
    );
    assert_eq!(
        ds.record.unwrap().created.unwrap().to_rfc3339(),
        "2024-03-01T02:30:00+00:00"
    );
    assert_eq!(
        ds.extras["x-satuan-kerja"],
        r#"{"kode":"5.02","nama":"BPKAD"}"#
    );
    assert_eq!(ds.extras["ukuran"], "3");
    assert_eq!(ds.extras["kode"], "5");
    assert_eq!(
        ds.extras["datapackage:json"],
        r#"["ukuran","x-satuan-kerja"]"#
    );
    assert_eq!(ds.extras["image"], "https://example.org/logo.png");
    let r = &ds.resources[0];
    assert_eq!(r.id.as_deref(), Some("apbd-2024"));
    assert_eq!(r.path.as_deref(), Some("data/apbd-2024.csv"));
    assert_eq!(r.format.as_deref(), Some("CSV"));
    assert_eq!(
        r.checksum.as_ref().unwrap().algorithm,
        ChecksumAlgorithm::Md5
    );
    assert_eq!(r.dialect.as_ref().unwrap().delimiter.as_deref(), Some(";"));
    assert_eq!(
        r.schema.as_ref().unwrap().fields[1].extra["bareNumber"],
        false
    );
    assert_eq!(r.extras["type"], "table");
    let rekap = &ds.resources[1];
    assert_eq!(
        rekap.checksum.as_ref().unwrap().algorithm,
        ChecksumAlgorithm::Sha256
    );
    assert_eq!(rekap.license.as_deref(), Some("CC0-1.0"));
    assert!(rekap.path.is_none() && rekap.extras["path"].is_array());
    assert_eq!(
        ds.resources[2].extras["schema"],
        "https://example.org/schema.json"
    );

    let mut out = datapackage::to_value(&ds, None);
    // Read again after DataGO wrote it: the same package.
    let again = datapackage::from_value(out.clone()).unwrap();
    assert_eq!(datapackage::to_value(&again, None), out);
    // The model's own metadata travels in the `datago` object; the rest is the input again.
    assert_eq!(out["datago"], json!({"status": "draft"}));
    out.as_object_mut().unwrap().remove("datago");
    assert_eq!(out, input);
    assert!(
        check_profile(&input).is_empty(),
        "{:?}",
        check_profile(&input)
    );
}

#[test]
fn v1_packages_are_read_and_written_as_v2() {
    let v1 = json!({
        "profile": "tabular-data-package",
        "name": "jumlah-penduduk",
        "title": "Jumlah Penduduk",
        "licenses": [{"name": "ODC-ODbL-1.0", "path": "https://opendatacommons.org/licenses/odbl/1-0/", "title": "Open Data Commons Open Database License v1.0"}],
        "contributors": [
            {"title": "Disdukcapil", "email": "disdukcapil@example.go.id", "role": "author"},
            {"title": "Diskominsta", "role": "publisher"}
        ],
        "resources": [{
            "name": "penduduk",
            "profile": "tabular-data-resource",
            "path": "penduduk.csv",
            "hash": "9dd4e461268c8034f5c8564e155c67a6",
            "schema": {"fields": [{"name": "jumlah", "type": "integer"}]}
        }]
    });
    let ds = datapackage::from_value(v1).unwrap();
    assert_eq!(ds.license.as_deref(), Some("ODbL-1.0"));
    assert_eq!(
        ds.author.as_ref().unwrap().email.as_deref(),
        Some("disdukcapil@example.go.id")
    );
    assert_eq!(
        ds.resources[0].checksum.as_ref().unwrap().algorithm,
        ChecksumAlgorithm::Md5
    );
    let out = datapackage::to_value(&ds, None);
    assert_eq!(out["$schema"], PROFILE);
    assert!(out.get("profile").is_none());
    assert_eq!(
        out["contributors"],
        json!([
            {"title": "Disdukcapil", "email": "disdukcapil@example.go.id", "roles": ["creator"]},
            {"title": "Diskominsta", "roles": ["publisher"]}
        ])
    );
    assert_eq!(out["resources"][0]["type"], "table");
    assert!(out["resources"][0].get("profile").is_none());
    assert_eq!(
        out["resources"][0]["hash"],
        "9dd4e461268c8034f5c8564e155c67a6"
    );
    assert!(check_profile(&out).is_empty(), "{:?}", check_profile(&out));
}

#[test]
fn resources_without_a_valid_name_get_one() {
    let mut ds = Dataset::new("d1", "data-uji");
    let a = datago_core::Resource {
        title: datago_core::LocalizedText::new("Data Uji 2024 (CSV)"),
        url: Some("https://example.go.id/uji.csv".into()),
        ..Default::default()
    };
    let mut b = a.clone();
    b.id = Some("Sumber Utama".into());
    let mut c = a.clone();
    c.id = Some("data-uji-2024-csv".into());
    ds.resources = vec![a, b, c];
    let dp = datapackage::to_value(&ds, None);
    let names: Vec<&str> = dp["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "data-uji-2024-csv",
            "data-uji-2024-csv-2",
            "data-uji-2024-csv-3"
        ]
    );
    assert!(check_profile(&dp).is_empty(), "{:?}", check_profile(&dp));
    assert_eq!(datapackage::from_value(dp).unwrap(), ds);
}

#[test]
fn bad_input_gives_typed_errors() {
    let code = |s: &str| datapackage::read(s).unwrap_err().code().to_string();
    assert_eq!(code("{"), "parse.eof");
    assert_eq!(code(r#"{"name" "x"}"#), "parse.syntax");
    assert_eq!(code("[]"), "datapackage.not-a-package");
    assert_eq!(code("\"datapackage\""), "datapackage.not-a-package");
    for bad in [
        r#"{"name": 1}"#,
        r#"{"title": ["a"]}"#,
        r#"{"keywords": [1]}"#,
        r#"{"licenses": {"name": "CC0-1.0"}}"#,
        r#"{"resources": {}}"#,
        r#"{"resources": [1]}"#,
        r#"{"resources": [{"name": 5}]}"#,
        r#"{"resources": [{"path": 5}]}"#,
        r#"{"created": 2024}"#,
        r#"{"$schema": 2}"#,
        r#"{"datago": []}"#,
        r#"{"datago": {"status": "terbit"}}"#,
    ] {
        assert_eq!(code(bad), "datapackage.invalid-field", "{bad}");
    }
    let err = datapackage::read(r#"{"resources": [{"name": 5}]}"#).unwrap_err();
    assert_eq!(
        err,
        DataPackageError::InvalidField {
            path: "/resources/0/name".into(),
            expected: "a string"
        }
    );
    let all: Error = err.into();
    assert_eq!(all.code(), "datapackage.invalid-field");
    assert_eq!(all.message(Lang::Id), "/resources/0/name: seharusnya teks");
    assert!(matches!(
        Error::from(datapackage::read("{").unwrap_err()),
        Error::Parse(_)
    ));
}

/// Mutated packages never panic: every value replaced by values of other types.
#[test]
fn mutated_packages_never_panic() {
    let original = foreign();
    let replacements = [
        json!(null),
        json!(1),
        json!(-1),
        json!("x"),
        json!([]),
        json!({}),
        json!(true),
        json!([1, "a"]),
    ];
    fn walk(v: &Value, p: String, out: &mut Vec<String>) {
        out.push(p.clone());
        match v {
            Value::Object(m) => m.iter().for_each(|(k, v)| {
                walk(
                    v,
                    format!("{p}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                )
            }),
            Value::Array(a) => a
                .iter()
                .enumerate()
                .for_each(|(i, v)| walk(v, format!("{p}/{i}"), out)),
            _ => {}
        }
    }
    let mut paths = Vec::new();
    walk(&original, String::new(), &mut paths);
    for p in paths.iter().filter(|p| !p.is_empty()) {
        for r in &replacements {
            let mut v = original.clone();
            *v.pointer_mut(p).unwrap() = r.clone();
            if let Ok(ds) = datapackage::from_value(v) {
                // Whatever could be read is written back, and reads again as the same package.
                let out = datapackage::to_value(&ds, None);
                let again = datapackage::from_value(out.clone()).unwrap();
                assert_eq!(datapackage::to_value(&again, None), out, "{p} = {r}");
            }
        }
    }
}

//! CKAN API v3: the hand-written CKAN 2.11 responses in `tests/vectors/ckan/` round-trip key for
//! key (unknown extras and resource keys included), every sample dataset round-trips through
//! CKAN, and bad input gives typed errors.

use std::path::PathBuf;

use datago_core::standards::ckan::{self, CkanError};
use datago_core::{
    sample, AccessLevel, Catalog, Dataset, Error, Frequency, Lang, PublicationStatus, RegionCode,
    RegionScheme,
};
use serde_json::{json, Value};

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/vectors/ckan")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn result_of(text: &str) -> Value {
    serde_json::from_str::<Value>(text).unwrap()["result"].clone()
}

fn sample_catalog() -> Catalog {
    sample::bundle().load().unwrap().catalog
}

/// Compares two JSON values and names every path where they differ.
fn diff(want: &Value, got: &Value, path: &str, out: &mut Vec<String>) {
    match (want, got) {
        (Value::Object(w), Value::Object(g)) => {
            for (k, wv) in w {
                match g.get(k) {
                    Some(gv) => diff(wv, gv, &format!("{path}/{k}"), out),
                    None => out.push(format!("{path}/{k}: missing (want {wv})")),
                }
            }
            for k in g.keys().filter(|k| !w.contains_key(*k)) {
                out.push(format!("{path}/{k}: unexpected {}", g[k]));
            }
        }
        (Value::Array(w), Value::Array(g)) if w.len() == g.len() => {
            for (i, (wv, gv)) in w.iter().zip(g).enumerate() {
                diff(wv, gv, &format!("{path}/{i}"), out);
            }
        }
        _ if want != got => out.push(format!("{path}: want {want}, got {got}")),
        _ => {}
    }
}

fn assert_same(want: &Value, got: &Value) {
    let mut out = Vec::new();
    diff(want, got, "", &mut out);
    assert!(out.is_empty(), "differences:\n{}", out.join("\n"));
}

#[test]
fn package_show_reads_into_the_model() {
    let pkg = ckan::read_package(&fixture("package_show.json")).unwrap();
    let ds = &pkg.dataset;
    assert_eq!(ds.id, "5d0a7e1c-3b9f-4c62-8e14-9a6f2d7b3c41");
    assert_eq!(ds.slug, "jumlah-puskesmas-menurut-kecamatan");
    assert_eq!(
        ds.title.get("id"),
        Some("Jumlah Puskesmas Menurut Kecamatan di Kota Magelang")
    );
    assert_eq!(
        ds.title.get("en"),
        Some("Number of Community Health Centres by Kecamatan in Kota Magelang")
    );
    assert!(ds.description.get("en").unwrap().starts_with("Number of"));
    assert_eq!(
        ds.keywords,
        ["fasilitas kesehatan", "kesehatan", "puskesmas"]
    );
    assert_eq!(ds.groups, ["kesehatan"]);
    assert_eq!(ds.license.as_deref(), Some("CC-BY-4.0"));
    assert_eq!(ds.status, PublicationStatus::Published);
    assert_eq!(ds.producer, "dinkes");
    assert_eq!(ds.walidata, "diskominsta");
    assert_eq!(ds.themes, ["1.02"]);
    assert_eq!(ds.frequency, Some(Frequency::Tahunan));
    assert_eq!(ds.access, Some(AccessLevel::Terbuka));
    assert_eq!(ds.spatial, Some(RegionCode::new(RegionScheme::Bps, "3371")));
    let t = ds.temporal.unwrap();
    assert_eq!(
        (t.start.to_string(), t.end.to_string()),
        ("2019-01-01".into(), "2024-12-31".into())
    );
    assert_eq!(
        ds.author.as_ref().unwrap().email.as_deref(),
        Some("dinkes@magelangkota.go.id")
    );
    assert_eq!(
        ds.maintainer.as_ref().unwrap().name,
        "Bidang Statistik Diskominsta Kota Magelang"
    );
    assert_eq!(
        ds.landing_page.as_deref(),
        Some("https://dinkes.magelangkota.go.id/profil-kesehatan")
    );
    assert_eq!(ds.version.as_deref(), Some("2024"));
    let record = ds.record.unwrap();
    assert_eq!(
        record.created.unwrap().to_rfc3339(),
        "2024-05-02T03:04:05.123456+00:00"
    );
    // Unknown extras are kept as they are.
    assert_eq!(ds.extras["kode_dssd"], "DS-1.02-0007");
    assert_eq!(ds.extras["sumber_data"], "Profil Kesehatan Kota Magelang");
    // CKAN-only values are kept for the way back, never as plain extras.
    assert!(ds.extras.contains_key("ckan:tags"));
    assert!(ds.extras.contains_key("ckan:creator_user_id"));

    let csv = &ds.resources[0];
    assert_eq!(
        csv.id.as_deref(),
        Some("a3f5c7e9-1b2d-4f6a-8c0e-2d4f6a8c0e13")
    );
    assert_eq!(csv.title.get("id"), Some("Jumlah Puskesmas 2019-2024"));
    assert_eq!(csv.format.as_deref(), Some("CSV"));
    assert_eq!(csv.media_type.as_deref(), Some("text/csv"));
    assert_eq!(csv.byte_size, Some(1843));
    assert_eq!(csv.checksum.as_ref().unwrap().algorithm.as_str(), "sha256");
    assert_eq!(csv.issued.unwrap().to_string(), "2024-05-02");
    assert_eq!(csv.modified.unwrap().to_string(), "2025-02-11");
    // Unknown resource keys are kept as they are.
    assert_eq!(csv.extras["satuan"], "Unit");
    assert_eq!(csv.extras["url_type"], "upload");
    assert_eq!(csv.extras["datastore_active"], true);
    let pdf = &ds.resources[1];
    assert!(pdf.checksum.is_none());
    assert_eq!(pdf.extras["hash"], "");
    assert_eq!(pdf.description.as_ref().unwrap().get("id"), Some(""));

    let org = pkg.organization.as_ref().unwrap();
    assert_eq!(org.code, "dinkes");
    assert_eq!(org.name.get("id"), Some("Dinas Kesehatan"));
    assert_eq!(
        org.image_url.as_deref(),
        Some("2019-03-14-021109.481920logo-dinkes.png")
    );
    // The dataset is valid enough to publish once the walidata adds what CKAN does not have.
    assert!(!ds
        .validate()
        .iter()
        .any(|f| f.code == "dataset.slug.invalid"));
}

#[test]
fn package_show_round_trips_key_for_key() {
    let text = fixture("package_show.json");
    let want = result_of(&text);
    let pkg = ckan::read_package(&text).unwrap();
    let got = ckan::package_to_value(&pkg.dataset, pkg.organization.as_ref());
    assert_same(&want, &got);
    // And through the model's own JSON, as a replica stores it.
    let stored = Dataset::from_json(&pkg.dataset.to_json(false)).unwrap();
    assert_same(
        &want,
        &ckan::package_to_value(&stored, pkg.organization.as_ref()),
    );
}

#[test]
fn package_search_round_trips_every_result() {
    let text = fixture("package_search.json");
    let want = result_of(&text);
    let search = ckan::read_search(&text).unwrap();
    assert_eq!(search.count, 2);
    assert_eq!(search.packages.len(), 2);
    for (i, pkg) in search.packages.iter().enumerate() {
        let got = ckan::package_to_value(&pkg.dataset, pkg.organization.as_ref());
        assert_same(&want["results"][i], &got);
    }
    let ispu = &search.packages[0].dataset;
    assert_eq!(ispu.license.as_deref(), Some("ODbL-1.0"));
    assert_eq!(ispu.frequency, Some(Frequency::Bulanan));
    assert_eq!(ispu.maintainer.as_ref().unwrap().name, "");
    assert_eq!(ispu.landing_page.as_deref(), Some(""));
    let aset = &search.packages[1].dataset;
    // Active but private, without a DataGO status: not public, so a draft.
    assert_eq!(aset.status, PublicationStatus::Draft);
    assert!(aset.author.is_none());
    assert_eq!(aset.maintainer.as_ref().unwrap().email, None);
    assert_eq!(aset.license.as_deref(), Some("other-closed"));
    assert_eq!(aset.extras["ckan:jenis_data"], "data prioritas");
}

#[test]
fn organization_show_round_trips_with_and_without_datasets() {
    let text = fixture("organization_show.json");
    let want = result_of(&text);
    let o = ckan::read_organization(&text).unwrap();
    assert!(o.datasets.is_none());
    assert_eq!(o.organization.code, "dinkes");
    assert_eq!(
        o.organization.extras["kode_perangkat_daerah"],
        "1.02.0.00.0.00.01.0000"
    );
    assert_same(&want, &ckan::organization_to_value(&o.organization, None));

    let text = fixture("organization_show_include_datasets.json");
    let want = result_of(&text);
    let o = ckan::read_organization(&text).unwrap();
    let datasets = o.datasets.clone().unwrap();
    assert_eq!(datasets.len(), 1);
    assert_eq!(datasets[0].slug, "jumlah-puskesmas-menurut-kecamatan");
    assert_same(
        &want,
        &ckan::organization_to_value(&o.organization, Some(&datasets)),
    );
    // The organization read from organization_show writes the package's `organization`.
    let pkg = ckan::read_package(&fixture("package_show.json")).unwrap();
    assert_same(
        &result_of(&fixture("package_show.json")),
        &ckan::package_to_value(&pkg.dataset, Some(&o.organization)),
    );
}

#[test]
fn every_sample_dataset_round_trips_through_ckan() {
    let catalog = sample_catalog();
    assert!(catalog.datasets.len() >= 25);
    for ds in &catalog.datasets {
        // Without the organization: owner_org is the producer's code.
        let v = ckan::package_to_value(ds, None);
        assert_eq!(v["owner_org"], json!(ds.producer), "{}", ds.slug);
        let back = ckan::package_from_value(v).unwrap();
        assert_eq!(&back.dataset, ds, "{}", ds.slug);
        // With it: `organization` is filled in, the dataset is the same.
        let org = catalog.organization(&ds.producer).unwrap();
        let v = ckan::package_to_value(ds, Some(org));
        assert_eq!(v["organization"]["name"], json!(ds.producer));
        assert_eq!(v["num_resources"], json!(ds.resources.len()));
        let back = ckan::read_package(&v.to_string()).unwrap();
        assert_eq!(&back.dataset, ds, "{}", ds.slug);
        assert_eq!(back.organization.as_ref().unwrap().code, org.code);
        // Read back from the whole action response too.
        let env = ckan::envelope(
            "https://datago.magelangkota.go.id/api/3/action/help_show?name=package_show",
            v,
        );
        assert_eq!(&ckan::package_from_value(env).unwrap().dataset, ds);
    }
}

#[test]
fn every_sample_organization_round_trips_through_ckan() {
    let catalog = sample_catalog();
    for org in &catalog.organizations {
        let v = ckan::organization_to_value(org, None);
        assert_eq!(v["is_organization"], true);
        let back = ckan::read_organization(&v.to_string()).unwrap();
        assert_eq!(&back.organization, org);
        let embedded = ckan::organization_dict(org);
        assert_eq!(embedded.as_object().unwrap().len(), 10);
    }
}

#[test]
fn workflow_status_maps_to_state_and_private() {
    let cases = [
        (PublicationStatus::Draft, "draft", true, None),
        (
            PublicationStatus::Submitted,
            "active",
            true,
            Some("submitted"),
        ),
        (
            PublicationStatus::Verified,
            "active",
            true,
            Some("verified"),
        ),
        (
            PublicationStatus::Returned,
            "active",
            true,
            Some("returned"),
        ),
        (PublicationStatus::Published, "active", false, None),
        (PublicationStatus::Archived, "deleted", true, None),
    ];
    for (status, state, private, extra) in cases {
        let mut ds = Dataset::new("d1", "data-uji");
        ds.status = status;
        let v = ckan::package_to_value(&ds, None);
        assert_eq!(v["state"], state, "{status:?}");
        assert_eq!(v["private"], private, "{status:?}");
        let found = v["extras"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["key"] == "publication_status")
            .map(|e| e["value"].as_str().unwrap().to_string());
        assert_eq!(found.as_deref(), extra, "{status:?}");
        assert_eq!(ckan::package_from_value(v).unwrap().dataset.status, status);
    }
    let read = |state: &str, private: bool| {
        ckan::package_from_value(json!({"name": "data-uji", "state": state, "private": private}))
            .unwrap()
            .dataset
            .status
    };
    assert_eq!(read("active", false), PublicationStatus::Published);
    assert_eq!(read("active", true), PublicationStatus::Draft);
    assert_eq!(read("deleted", false), PublicationStatus::Archived);
    assert_eq!(read("pending", true), PublicationStatus::Submitted);
}

#[test]
fn kept_ckan_values_give_way_when_the_model_changes() {
    let text = fixture("package_show.json");
    let mut pkg = ckan::read_package(&text).unwrap();
    let ds = &mut pkg.dataset;
    // New keyword: tags are written from the model, without CKAN's ids.
    ds.keywords.push("layanan kesehatan".into());
    let v = ckan::package_to_value(ds, pkg.organization.as_ref());
    assert_eq!(v["num_tags"], 4);
    assert_eq!(
        v["tags"][3],
        json!({"display_name": "layanan kesehatan", "name": "layanan kesehatan", "state": "active", "vocabulary_id": null})
    );
    // A private draft that gets published becomes active and public.
    let search = ckan::read_search(&fixture("package_search.json")).unwrap();
    let mut aset = search.packages[1].dataset.clone();
    let v = ckan::package_to_value(&aset, None);
    assert_eq!(
        (v["state"].clone(), v["private"].clone()),
        (json!("active"), json!(true))
    );
    aset.status = PublicationStatus::Published;
    let v = ckan::package_to_value(&aset, None);
    assert_eq!(
        (v["state"].clone(), v["private"].clone()),
        (json!("active"), json!(false))
    );
    // A license from the registry without a CKAN id is written with the DataGO id.
    aset.license = Some("CC-BY-SA-3.0".into());
    let v = ckan::package_to_value(&aset, None);
    assert_eq!(v["license_id"], "CC-BY-SA-3.0");
    assert_eq!(
        v["license_title"],
        "Creative Commons Attribution Share Alike 3.0 Unported"
    );
    assert_eq!(v["isopen"], true);
    // An unknown license id is kept, and CKAN shows it by its id.
    aset.license = Some("perwal-magelang-2020".into());
    let v = ckan::package_to_value(&aset, None);
    assert_eq!(
        (
            v["license_id"].clone(),
            v["license_title"].clone(),
            v["isopen"].clone()
        ),
        (
            json!("perwal-magelang-2020"),
            json!("perwal-magelang-2020"),
            json!(false)
        )
    );
    assert_eq!(
        ckan::package_from_value(v)
            .unwrap()
            .dataset
            .license
            .as_deref(),
        Some("perwal-magelang-2020")
    );
}

#[test]
fn non_canonical_datago_extras_stay_plain_extras() {
    let v = json!({"name": "data-uji", "extras": [
        {"key": "frequency", "value": "annual"},
        {"key": "temporal_start", "value": "2019"},
        {"key": "title_translated", "value": "{\"en\": \"Test\"}"},
        {"key": "urusan", "value": "1.02, 2.12"}
    ]});
    let ds = ckan::package_from_value(v.clone()).unwrap().dataset;
    assert_eq!(ds.frequency, None);
    assert!(ds.themes.is_empty() && ds.temporal.is_none());
    assert_eq!(ds.extras["urusan"], "1.02, 2.12");
    assert_eq!(ds.title.0.len(), 0);
    // Written back as they came (CKAN sorts extras by key).
    let back = ckan::package_to_value(&ds, None);
    assert_eq!(back["extras"], v["extras"]);
}

fn code_of(json: &str) -> String {
    ckan::read_package(json).unwrap_err().code().to_string()
}

#[test]
fn bad_input_gives_typed_errors() {
    assert_eq!(code_of("{"), "parse.eof");
    assert_eq!(code_of("{\"name\": }"), "parse.syntax");
    assert_eq!(code_of("[]"), "ckan.not-a-package");
    assert_eq!(code_of(r#"{"title": "Tanpa nama"}"#), "ckan.not-a-package");
    assert_eq!(
        code_of(r#"{"success": true, "help": "…"}"#),
        "ckan.missing-result"
    );
    assert_eq!(
        code_of(r#"{"success": true, "result": null}"#),
        "ckan.missing-result"
    );
    assert_eq!(
        code_of(r#"{"success": "yes", "result": {}}"#),
        "ckan.invalid-field"
    );
    assert_eq!(code_of(r#"{"name": "Data Sekolah"}"#), "ckan.invalid-name");
    assert_eq!(code_of(r#"{"name": 5}"#), "ckan.invalid-field");

    let err =
        ckan::read_package(r#"{"success": true, "result": {"name": "data-uji", "title": 5}}"#)
            .unwrap_err();
    assert_eq!(
        err,
        CkanError::InvalidField {
            path: "/result/title".into(),
            expected: "a string or null"
        }
    );
    let err = ckan::read_package(r#"{"name": "data-uji", "tags": [{"name": 1}]}"#).unwrap_err();
    assert_eq!(
        err,
        CkanError::InvalidField {
            path: "/tags/0/name".into(),
            expected: "a string"
        }
    );
    for bad in [
        r#"{"name": "data-uji", "private": "no"}"#,
        r#"{"name": "data-uji", "extras": {"a": "b"}}"#,
        r#"{"name": "data-uji", "extras": [{"value": "b"}]}"#,
        r#"{"name": "data-uji", "resources": ["https://example.go.id/a.csv"]}"#,
        r#"{"name": "data-uji", "metadata_created": "kemarin"}"#,
        r#"{"name": "data-uji", "organization": "dinkes"}"#,
        r#"{"name": "data-uji", "author": ["a"]}"#,
    ] {
        assert_eq!(code_of(bad), "ckan.invalid-field", "{bad}");
    }

    let err = ckan::read_package(r#"{"help": "…", "success": false, "error": {"__type": "Validation Error", "name": ["That URL is already in use."]}}"#).unwrap_err();
    assert_eq!(err.code(), "ckan.envelope-error");
    assert!(err.to_string().contains("Validation Error"));
    assert!(err
        .to_string()
        .contains("name: That URL is already in use."));
    let all: Error = err.into();
    assert_eq!(all.code(), "ckan.envelope-error");
    assert!(all
        .message(Lang::Id)
        .starts_with("panggilan API CKAN gagal"));
    let parse: Error = ckan::read_package("{").unwrap_err().into();
    assert!(matches!(parse, Error::Parse(_)));

    let search = |s: &str| ckan::read_search(s).unwrap_err().code();
    assert_eq!(
        search(r#"{"success": true, "result": {"count": 1}}"#),
        "ckan.not-a-search-result"
    );
    assert_eq!(
        search(r#"{"count": -1, "results": []}"#),
        "ckan.invalid-field"
    );
    assert_eq!(
        search(r#"{"count": 1, "results": [5]}"#),
        "ckan.not-a-package"
    );
    let org = |s: &str| ckan::read_organization(s).unwrap_err().code();
    assert_eq!(
        org(r#"{"success": true, "result": []}"#),
        "ckan.not-an-organization"
    );
    assert_eq!(
        org(r#"{"name": "dinkes", "packages": {}}"#),
        "ckan.invalid-field"
    );
    assert_eq!(org(r#"{"name": "Dinkes"}"#), "ckan.invalid-name");
    // Every error has a message in both languages.
    for json in [
        "{",
        "[]",
        r#"{"name": "A"}"#,
        r#"{"success": false}"#,
        r#"{"name": "ab", "title": 1}"#,
    ] {
        let e = ckan::read_package(json).unwrap_err();
        assert!(!e.message(Lang::Id).is_empty() && !e.message(Lang::En).is_empty());
    }
}

/// Mutated fixtures never panic: every value replaced by values of other types.
#[test]
fn mutated_packages_never_panic() {
    let original = result_of(&fixture("package_show.json"));
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
    let mut paths = Vec::new();
    fn walk(v: &Value, p: String, out: &mut Vec<String>) {
        out.push(p.clone());
        match v {
            Value::Object(m) => m.iter().for_each(|(k, v)| walk(v, format!("{p}/{k}"), out)),
            Value::Array(a) => a
                .iter()
                .enumerate()
                .for_each(|(i, v)| walk(v, format!("{p}/{i}"), out)),
            _ => {}
        }
    }
    walk(&original, String::new(), &mut paths);
    for p in paths.iter().filter(|p| !p.is_empty()) {
        for r in &replacements {
            let mut v = original.clone();
            *v.pointer_mut(p).unwrap() = r.clone();
            if let Ok(pkg) = ckan::package_from_value(v) {
                let out = ckan::package_to_value(&pkg.dataset, pkg.organization.as_ref());
                // Whatever could be read writes back to something readable.
                ckan::package_from_value(out).unwrap();
            }
        }
    }
}

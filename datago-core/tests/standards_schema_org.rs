//! schema.org `Dataset` JSON-LD: every sample dataset has what Google Dataset Search requires
//! and what DataGO knows, and the `<script>` element cannot be broken out of.

use datago_core::standards::schema_org;
use datago_core::{sample, AccessLevel, Catalog, Dataset, LocalizedText};
use serde_json::{json, Value};

fn sample_catalog() -> Catalog {
    sample::bundle().load().unwrap().catalog
}

fn is_url(v: &Value) -> bool {
    v.as_str()
        .is_some_and(|s| s.starts_with("https://") || s.starts_with("http://"))
}

#[test]
fn every_sample_dataset_has_the_required_properties() {
    let catalog = sample_catalog();
    for ds in &catalog.datasets {
        let v = schema_org::to_value(ds, Some(&catalog));
        let slug = &ds.slug;
        assert_eq!(v["@context"], "https://schema.org/", "{slug}");
        assert_eq!(v["@type"], "Dataset", "{slug}");
        // Required by Google Dataset Search.
        assert!(!v["name"].as_str().unwrap().is_empty(), "{slug}");
        let description = v["description"].as_str().unwrap();
        assert!(
            description.len() >= 50,
            "{slug}: description too short for Google"
        );
        // Recommended.
        assert!(is_url(&v["url"]), "{slug}");
        assert_eq!(v["url"], v["@id"]);
        assert_eq!(v["identifier"], json!(ds.id));
        if ds.keywords.is_empty() {
            assert!(v.get("keywords").is_none(), "{slug}");
        } else {
            assert_eq!(v["keywords"], json!(ds.keywords), "{slug}");
        }
        if ds.license.is_some() {
            assert!(is_url(&v["license"]), "{slug}: {}", v["license"]);
        }
        assert_eq!(
            v["isAccessibleForFree"],
            json!(ds.access == Some(AccessLevel::Terbuka)),
            "{slug}"
        );
        let creator = &v["creator"];
        assert_eq!(creator["@type"], "Organization", "{slug}");
        let producer = catalog.organization(&ds.producer).unwrap();
        assert_eq!(creator["name"], json!(producer.name.get("id").unwrap()));
        assert_eq!(creator["contactPoint"]["@type"], "ContactPoint");
        assert_eq!(v["publisher"]["@type"], "Organization");
        if let Some(t) = ds.temporal {
            assert_eq!(
                v["temporalCoverage"],
                json!(format!("{}/{}", t.start, t.end))
            );
        }
        if let Some(r) = &ds.spatial {
            assert_eq!(v["spatialCoverage"]["@type"], "Place");
            assert_eq!(v["spatialCoverage"]["identifier"]["value"], json!(r.code));
            assert!(!v["spatialCoverage"]["name"].as_str().unwrap().is_empty());
        }
        let downloads = v["distribution"].as_array().map_or(0, Vec::len);
        assert_eq!(
            downloads,
            ds.resources.len(),
            "{slug}: every resource has a URL"
        );
        for d in v["distribution"].as_array().into_iter().flatten() {
            assert_eq!(d["@type"], "DataDownload");
            assert!(is_url(&d["contentUrl"]), "{slug}: {d}");
            assert!(
                d["encodingFormat"].as_str().unwrap().contains('/'),
                "{slug}: {d}"
            );
        }
        let fields: usize = ds
            .resources
            .iter()
            .filter_map(|r| r.schema.as_ref())
            .map(|s| s.fields.len())
            .sum();
        if fields > 0 {
            let vars = v["variableMeasured"].as_array().unwrap();
            assert!(!vars.is_empty() && vars.len() <= fields);
            assert!(vars
                .iter()
                .all(|x| x["@type"] == "PropertyValue" && x["name"].is_string()));
        }
        assert_eq!(v["includedInDataCatalog"]["@type"], "DataCatalog");
        assert_eq!(v["inLanguage"], "id");
    }
}

#[test]
fn a_dataset_with_files_points_at_them_on_the_portal() {
    let catalog = sample_catalog();
    let ds = catalog.dataset("angka-partisipasi-murni-sd").unwrap();
    let v = schema_org::to_value(ds, Some(&catalog));
    assert_eq!(
        v["url"],
        "https://datago.magelangkota.go.id/dataset/angka-partisipasi-murni-sd"
    );
    assert_eq!(v["alternateName"], json!(ds.title.get("en").unwrap()));
    let csv = &v["distribution"][0];
    assert_eq!(
        csv["contentUrl"],
        "https://datago.magelangkota.go.id/data/angka-partisipasi-murni-sd.csv"
    );
    assert_eq!(csv["encodingFormat"], "text/csv");
    assert_eq!(csv["contentSize"], "435 B");
    assert_eq!(v["temporalCoverage"], "2019-01-01/2024-12-31");
    assert_eq!(v["spatialCoverage"]["identifier"]["propertyID"], "bps");
    assert_eq!(
        v["variableMeasured"][0],
        json!({"@type": "PropertyValue", "name": "id", "description": "Nomor urut baris"})
    );
    // Without the catalog: organizations by code, no file URLs for local paths.
    let bare = schema_org::to_value(ds, None);
    assert_eq!(bare["creator"]["name"], "disdikbud");
    assert_eq!(bare["distribution"].as_array().unwrap().len(), 1);
    assert!(bare.get("url").is_none());
}

#[test]
fn the_script_element_cannot_be_broken_out_of() {
    let mut ds = Dataset::new("d1", "data-uji");
    ds.title = LocalizedText::new("Data </script><script>alert('x')</script> & <!-- uji");
    ds.description = LocalizedText::new("Deskripsi </SCRIPT> dengan <b>tag</b>.");
    ds.keywords = vec!["</script>".into()];
    let html = schema_org::script_tag(&ds, None);
    assert!(html.starts_with("<script type=\"application/ld+json\">"));
    assert!(html.ends_with("</script>"));
    let inner =
        &html["<script type=\"application/ld+json\">".len()..html.len() - "</script>".len()];
    // Nothing inside can close the element or open a comment, in any case.
    assert!(!inner.contains('<') && !inner.contains('>'));
    assert!(!inner.to_lowercase().contains("</script"));
    assert!(!inner.contains("<!--"));
    // The JSON reads back to the same value.
    let back: Value = serde_json::from_str(inner).unwrap();
    assert_eq!(back, schema_org::to_value(&ds, None));
    assert_eq!(
        back["name"],
        "Data </script><script>alert('x')</script> & <!-- uji"
    );
}

#[test]
fn access_level_decides_free_access() {
    let mut ds = Dataset::new("d1", "data-uji");
    assert!(schema_org::to_value(&ds, None)
        .get("isAccessibleForFree")
        .is_none());
    for (access, free) in [
        (AccessLevel::Terbuka, true),
        (AccessLevel::Terbatas, false),
        (AccessLevel::Tertutup, false),
    ] {
        ds.access = Some(access);
        assert_eq!(schema_org::to_value(&ds, None)["isAccessibleForFree"], free);
    }
    ds.license = Some("perwal-magelang-2020".into());
    assert!(schema_org::to_value(&ds, None).get("license").is_none());
    ds.license = Some("ODbL-1.0".into());
    assert_eq!(
        schema_org::to_value(&ds, None)["license"],
        "https://opendatacommons.org/licenses/odbl/1-0/"
    );
}

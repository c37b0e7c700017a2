//! DCAT-AP 3.0.1: the export of the sample round-trips through both serializations, and the
//! importer reads the specification's own examples without losing what the model holds.
//! (SHACL conformance is checked with pySHACL in the Python suite.)

use std::collections::BTreeSet;
use std::path::PathBuf;

use datago_core::standards::dcat_ap::{self, DcatOptions};
use datago_core::standards::rdf::{self, ns, RdfFormat};
use datago_core::{sample, Catalog, Dataset};
use oxrdf::{NamedNode, NamedNodeRef, TermRef};

fn examples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/standards/dcat-ap-3.0.1/examples")
}

fn sample_catalog() -> Catalog {
    sample::bundle().load().unwrap().catalog
}

/// The fields DCAT-AP carries, for comparison.
fn dcat_view(d: &Dataset) -> serde_json::Value {
    let mut keywords: Vec<&String> = d.keywords.iter().collect();
    keywords.sort();
    let mut themes = d.themes.clone();
    themes.sort();
    // RDF has no order: distributions are compared sorted by id.
    let mut sorted: Vec<&datago_core::Resource> = d.resources.iter().collect();
    sorted.sort_by_key(|r| r.id.clone());
    let resources: Vec<serde_json::Value> = sorted
        .iter()
        .map(|r| {
            serde_json::json!({
                "id": r.id, "title": r.title, "format": r.format,
                "byteSize": r.byte_size, "checksum": r.checksum,
                "license": r.license.as_deref().or(d.license.as_deref()),
                "url": r.url,
            })
        })
        .collect();
    serde_json::json!({
        "id": d.id, "title": d.title, "description": d.description, "keywords": keywords,
        "themes": themes, "producer": d.producer, "walidata": d.walidata, "frequency": d.frequency,
        "temporal": d.temporal, "spatial": d.spatial, "access": d.access, "contact": d.contact,
        "issued": d.issued, "modified": d.modified, "landingPage": d.landing_page,
        "version": d.version, "resources": resources,
    })
}

#[test]
fn sample_round_trips_through_turtle_and_jsonld() {
    let catalog = sample_catalog();
    for format in [RdfFormat::Turtle, RdfFormat::JsonLd] {
        let text = dcat_ap::export_catalog(&catalog, format, &DcatOptions::default());
        let back = dcat_ap::import(&text, format, &[]).unwrap();
        assert_eq!(back.title, catalog.title);
        assert_eq!(back.description, catalog.description);
        assert_eq!(back.spatial, catalog.spatial);
        let sorted = |v: &Vec<String>| {
            let mut v = v.clone();
            v.sort();
            v
        };
        assert_eq!(sorted(&back.language), sorted(&catalog.language));
        assert_eq!(back.publisher, catalog.publisher);
        assert_eq!(back.datasets.len(), catalog.datasets.len());
        for d in &catalog.datasets {
            let b = back
                .datasets
                .iter()
                .find(|x| x.id == d.id)
                .unwrap_or_else(|| panic!("{} lost", d.id));
            let mut want = dcat_view(d);
            // Local files are published under the base IRI.
            for w in want["resources"].as_array_mut().unwrap() {
                let r = d
                    .resources
                    .iter()
                    .find(|r| serde_json::json!(r.id) == w["id"])
                    .unwrap();
                if let (None, Some(p)) = (&r.url, &r.path) {
                    w["url"] = format!("https://datago.magelangkota.go.id/{p}").into();
                }
            }
            assert_eq!(dcat_view(b), want, "{format:?} {}", d.slug);
            // Organization names come back for the publishers.
            let name = |c: &Catalog, code: &str| c.organization(code).map(|o| o.name.clone());
            assert_eq!(name(&back, &b.producer), name(&catalog, &d.producer));
        }
        // The two serializations describe the same graph.
        let g = rdf::parse(&text, format, &[]).unwrap();
        assert!(g.len() > 1000);
    }
}

#[test]
fn published_only_and_dataset_export() {
    let catalog = sample_catalog();
    let opts = DcatOptions {
        base: Some("https://data.example.go.id/".into()),
        published_only: true,
    };
    let g = dcat_ap::catalog_graph(&catalog, &opts);
    let datasets = g
        .subjects_for_predicate_object(
            NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            NamedNodeRef::new_unchecked("http://www.w3.org/ns/dcat#Dataset"),
        )
        .count();
    let published = catalog
        .datasets
        .iter()
        .filter(|d| d.status == datago_core::PublicationStatus::Published)
        .count();
    assert_eq!(datasets, published);
    assert!(published < catalog.datasets.len());
    let one = dcat_ap::export_dataset(
        &catalog.datasets[0],
        Some(&catalog),
        RdfFormat::Turtle,
        &opts,
    );
    assert!(one.contains("<https://data.example.go.id/dataset/"));
    let back = dcat_ap::import(&one, RdfFormat::Turtle, &[]).unwrap();
    assert_eq!(back.datasets.len(), 1);
    assert_eq!(
        dcat_view(&back.datasets[0])["title"],
        dcat_view(&catalog.datasets[0])["title"]
    );
}

#[test]
fn titles_with_quotes_and_newlines_survive() {
    let mut d = Dataset::new("d\"1", "judul-aneh");
    d.title = datago_core::LocalizedText::new("Data \"kutip\" <b>\n baris baru \\ garis miring");
    for format in [RdfFormat::Turtle, RdfFormat::JsonLd] {
        let text = dcat_ap::export_dataset(&d, None, format, &DcatOptions::default());
        let back = dcat_ap::import(&text, format, &[]).unwrap();
        assert_eq!(back.datasets[0].title, d.title);
        assert_eq!(back.datasets[0].id, d.id);
    }
}

#[test]
fn imports_every_specification_example_that_parses() {
    let context = std::fs::read_to_string(examples().join("context.jsonld")).unwrap();
    let remote = "https://semiceu.github.io/uri.semic.eu-generated/DCAT-AP/releases/3.0.0/html/examples/context.jsonld";
    let mut files: Vec<PathBuf> = std::fs::read_dir(examples())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap() != "context.jsonld")
        .collect();
    files.sort();
    let mut unparseable = BTreeSet::new();
    let mut imported = 0;
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let format = if f.extension().unwrap() == "ttl" {
            RdfFormat::Turtle
        } else {
            RdfFormat::JsonLd
        };
        let contexts = [(remote, context.as_str())];
        let graph = match rdf::parse(&text, format, &contexts) {
            Ok(g) => g,
            Err(e) => {
                assert_eq!(e.code(), "parse.syntax");
                unparseable.insert(f.file_name().unwrap().to_string_lossy().into_owned());
                continue;
            }
        };
        let catalog = dcat_ap::import_graph(&graph);
        imported += 1;
        // Every dcat:Dataset of the graph is read, with its titles and distributions.
        let ty = NamedNode::new_unchecked(format!("{}type", ns::RDF));
        let dataset_class = NamedNode::new_unchecked(format!("{}Dataset", ns::DCAT));
        let in_graph: Vec<_> = graph
            .subjects_for_predicate_object(&ty, &dataset_class)
            .collect();
        assert_eq!(catalog.datasets.len(), in_graph.len(), "{f:?}");
        let title = NamedNode::new_unchecked(format!("{}title", ns::DCT));
        let dist = NamedNode::new_unchecked(format!("{}distribution", ns::DCAT));
        let mut want_titles = BTreeSet::new();
        let mut want_dists = 0;
        for s in &in_graph {
            for o in graph.objects_for_subject_predicate(*s, &title) {
                if let TermRef::Literal(l) = o {
                    want_titles.insert(l.value().to_string());
                }
            }
            want_dists += graph.objects_for_subject_predicate(*s, &dist).count();
        }
        let got_titles: BTreeSet<String> = catalog
            .datasets
            .iter()
            .flat_map(|d| d.title.0.values().cloned())
            .collect();
        assert_eq!(got_titles, want_titles, "{f:?}");
        let got_dists: usize = catalog.datasets.iter().map(|d| d.resources.len()).sum();
        assert_eq!(got_dists, want_dists, "{f:?}");
        // What was read is a valid document shape and validates without panicking.
        let _ = catalog.validate();
    }
    assert!(imported >= 25, "only {imported} examples imported");
    let expected: BTreeSet<String> = [
        "example-bee-population-dataset-series-api.ttl",
        "example-bee-population-dataset-series-combined.ttl",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(unparseable, expected);
}

#[test]
fn bad_rdf_is_a_typed_error() {
    let e = dcat_ap::import("<a> <b> .", RdfFormat::Turtle, &[]).unwrap_err();
    assert_eq!(e.code(), "parse.syntax");
    let e = dcat_ap::import(
        "{\"@context\": \"https://remote.example/ctx.jsonld\", \"@id\": \"x\"}",
        RdfFormat::JsonLd,
        &[],
    )
    .unwrap_err();
    assert_eq!(e.code(), "parse.syntax");
    assert!(e.to_string().contains("not available offline"), "{e}");
    let empty = dcat_ap::import("", RdfFormat::Turtle, &[]).unwrap();
    assert!(empty.datasets.is_empty());
}

#[test]
fn rights_and_availability_travel_on_distributions() {
    let mut d = Dataset::new("d-1", "hak-dan-ketersediaan");
    d.title = datago_core::LocalizedText::new("Hak dan ketersediaan");
    let mut r = datago_core::Resource::from_json(
        r#"{"title": "CSV", "format": "CSV", "url": "https://data.example.go.id/a.csv"}"#,
    )
    .unwrap();
    r.extras.insert(
        "rights".into(),
        "Sebutkan sumber: Pemerintah Kota Magelang".into(),
    );
    r.extras.insert("availability".into(), "stable".into());
    d.resources.push(r);
    let ttl = dcat_ap::export_dataset(&d, None, RdfFormat::Turtle, &DcatOptions::default());
    assert!(ttl.contains("planned-availability/STABLE"), "{ttl}");
    assert!(ttl.contains("dct:RightsStatement"), "{ttl}");
    let back = dcat_ap::import(&ttl, RdfFormat::Turtle, &[]).unwrap();
    let extras = &back.datasets[0].resources[0].extras;
    assert_eq!(
        extras["rights"],
        "Sebutkan sumber: Pemerintah Kota Magelang"
    );
    assert_eq!(extras["availability"], "stable");
}

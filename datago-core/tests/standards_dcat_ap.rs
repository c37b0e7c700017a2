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

// ---------------------------------------------------------------------------------------------
// The streaming JSON-LD writer against the graph path: the same RDF graph.

/// `text` (JSON-LD) parsed with oxjsonld, blank nodes canonicalized.
fn jsonld_graph(text: &str) -> oxrdf::Graph {
    let mut g = oxrdf::Graph::new();
    for q in oxjsonld::JsonLdParser::new().for_slice(text.as_bytes()) {
        let q = q.unwrap_or_else(|e| panic!("invalid JSON-LD: {e}"));
        g.insert(&oxrdf::Triple::new(q.subject, q.predicate, q.object));
    }
    g.canonicalize(oxrdf::dataset::CanonicalizationAlgorithm::Unstable);
    g
}

/// `text` (Turtle) parsed with oxttl, blank nodes canonicalized.
fn turtle_graph(text: &str) -> oxrdf::Graph {
    let mut g = oxrdf::Graph::new();
    for t in oxttl::TurtleParser::new().for_slice(text.as_bytes()) {
        g.insert(&t.unwrap_or_else(|e| panic!("invalid Turtle: {e}")));
    }
    g.canonicalize(oxrdf::dataset::CanonicalizationAlgorithm::Unstable);
    g
}

fn canonical(mut g: oxrdf::Graph) -> oxrdf::Graph {
    g.canonicalize(oxrdf::dataset::CanonicalizationAlgorithm::Unstable);
    g
}

/// The triples one graph has and the other lacks, for a readable failure.
fn difference(a: &oxrdf::Graph, b: &oxrdf::Graph) -> Vec<String> {
    a.iter()
        .filter(|t| !b.contains(*t))
        .map(|t| format!("- {t}"))
        .chain(
            b.iter()
                .filter(|t| !a.contains(*t))
                .map(|t| format!("+ {t}")),
        )
        .take(20)
        .collect()
}

fn assert_same_graph(expected: &oxrdf::Graph, got: &oxrdf::Graph, what: &str) {
    assert!(
        expected == got,
        "{what}: {} vs {} triples\n{}",
        expected.len(),
        got.len(),
        difference(expected, got).join("\n")
    );
}

#[test]
fn streamed_jsonld_of_the_sample_is_the_catalog_graph() {
    let catalog = sample_catalog();
    let opts = [
        DcatOptions::default(),
        DcatOptions {
            base: Some("https://data.example.go.id".into()),
            published_only: true,
        },
    ];
    for opts in &opts {
        let graph = dcat_ap::catalog_graph(&catalog, opts);
        assert!(graph.len() > 100);
        let expected = canonical(graph);
        let streamed = dcat_ap::export_catalog(&catalog, RdfFormat::JsonLd, opts);
        assert_same_graph(&expected, &jsonld_graph(&streamed), "catalog JSON-LD");
        let ttl = dcat_ap::export_catalog(&catalog, RdfFormat::Turtle, opts);
        assert_same_graph(&expected, &turtle_graph(&ttl), "catalog Turtle");
        // Each dataset on its own, too.
        for d in &catalog.datasets {
            let expected = canonical(dcat_ap::dataset_graph(d, Some(&catalog), opts));
            let streamed = dcat_ap::export_dataset(d, Some(&catalog), RdfFormat::JsonLd, opts);
            assert_same_graph(&expected, &jsonld_graph(&streamed), &d.id);
        }
    }
}

#[test]
fn streamed_jsonld_describes_shared_nodes_once() {
    let catalog = sample_catalog();
    let text = dcat_ap::export_catalog(&catalog, RdfFormat::JsonLd, &DcatOptions::default());
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let nodes = doc["@graph"].as_array().unwrap();
    let ty = format!("{}type", ns::RDF);
    let mut agents = BTreeSet::new();
    for n in nodes {
        let typed_agent = n[&ty]
            .as_array()
            .is_some_and(|ts| ts.iter().any(|t| t["@id"] == format!("{}Agent", ns::FOAF)));
        if typed_agent {
            let id = n["@id"].as_str().unwrap().to_string();
            assert!(agents.insert(id.clone()), "{id} described twice");
        }
    }
    let producers: BTreeSet<&str> = catalog
        .datasets
        .iter()
        .map(|d| d.producer.as_str())
        .collect();
    assert!(agents.len() >= producers.len(), "{agents:?}");
    // The whole document is one JSON value; its context holds DataGO's prefixes.
    assert_eq!(doc["@context"]["dcat"], ns::DCAT);
}

/// xorshift64*: a fixed sequence.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

/// CKAN package `i` in `package_show` shape, with awkward text (quotes, backslashes, control
/// characters, non-ASCII), optional fields present or not, shared organizations.
fn generated_package(i: usize) -> serde_json::Value {
    use serde_json::json;
    let mut r = Rng(0x00C0_FFEE ^ ((i as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15)));
    let orgs = ["dinkes", "disdik", "bappeda", "dlh"];
    let org = r.pick(&orgs);
    let odd = [
        "Jumlah \"Puskesmas\"",
        "Garis \\ miring",
        "Baris\nbaru\tdan tab",
        "Kontrol \u{1} \u{1f}",
        "Pembangunan Jalan – Kota Magelang ✓",
        "Sekolah 🏫",
        "",
    ];
    let title = format!("{} {i}", r.pick(&odd));
    let mut extras = vec![
        json!({"key": "frequency", "value": r.pick(&["tahunan", "bulanan", "triwulanan"])}),
        json!({"key": "urusan", "value": r.pick(&["[\"1.01\"]", "[\"1.02\", \"2.07\"]", "[]"])}),
    ];
    if r.below(2) == 0 {
        extras.push(json!({"key": "contact_name", "value": format!("Admin {org}")}));
        extras.push(json!({"key": "contact_email", "value": format!("{org}@example.go.id")}));
    }
    if r.below(2) == 0 {
        extras.push(json!({"key": "temporal_start", "value": "2020-01-01"}));
        extras.push(json!({"key": "temporal_end", "value": "2020-12-31"}));
    }
    if r.below(2) == 0 {
        extras.push(json!({"key": "spatial_code", "value": "kemendagri:33.71"}));
    }
    if r.below(3) == 0 {
        extras.push(json!({"key": "access", "value": r.pick(&["terbuka", "terbatas"])}));
    }
    if r.below(3) == 0 {
        extras.push(json!({"key": "walidata", "value": "diskominfo"}));
    }
    if r.below(3) == 0 {
        extras.push(json!({"key": "title_en", "value": format!("English \"title\" {i}")}));
    }
    let resources: Vec<serde_json::Value> = (0..r.below(4))
        .map(|j| {
            let (format, mimetype) = [
                ("CSV", "text/csv"),
                ("JSON", "application/json"),
                ("XLSX", ""),
                ("", ""),
            ][r.below(4)];
            let mut res = json!({
                "name": format!("Berkas {j} \"{format}\""),
                "description": r.pick(&odd),
                "format": format,
                "mimetype": if mimetype.is_empty() { serde_json::Value::Null } else { json!(mimetype) },
                "url": format!("https://data.example.go.id/d/{i}/r{j}.csv"),
                "position": j,
            });
            if r.below(3) > 0 {
                res["id"] = json!(format!("res-{i}-{j}"));
            }
            if r.below(2) == 0 {
                res["size"] = json!(100 + r.below(100_000));
            }
            if r.below(3) == 0 {
                res["hash"] = json!(format!("{:064x}", r.next()));
            }
            res
        })
        .collect();
    let tags: Vec<serde_json::Value> = (0..r.below(4))
        .map(|_| json!({"name": r.pick(&["kesehatan", "jalan", "sekolah", "air-bersih"])}))
        .collect();
    json!({
        "id": format!("pkg-{i:04}"),
        "name": format!("paket-{i}"),
        "title": title,
        "notes": r.pick(&odd),
        "author": if r.below(2) == 0 { json!(format!("Penulis {i}")) } else { serde_json::Value::Null },
        "author_email": if r.below(2) == 0 { json!("penulis@example.go.id") } else { serde_json::Value::Null },
        "license_id": r.pick(&["cc-by", "odc-odbl", "notspecified", "other-open"]),
        "version": if r.below(2) == 0 { json!("1.0") } else { serde_json::Value::Null },
        "url": if r.below(2) == 0 { json!(format!("https://example.go.id/p/{i}")) } else { json!("") },
        "metadata_created": "2024-01-02T03:04:05.678901",
        "metadata_modified": "2024-02-03T04:05:06",
        "private": false,
        "state": "active",
        "type": "dataset",
        "owner_org": format!("org-{org}"),
        "organization": {"id": format!("org-{org}"), "name": org, "title": format!("Dinas {org}"),
                         "is_organization": true, "type": "organization", "state": "active"},
        "extras": extras,
        "resources": resources,
        "tags": tags,
        "groups": [],
    })
}

#[test]
fn streamed_jsonld_of_generated_ckan_packages_is_the_graph_path() {
    use datago_core::standards::{convert_text, ConvertOptions};
    let packages: Vec<serde_json::Value> = (0..150).map(generated_package).collect();
    let input = serde_json::to_string(&packages).unwrap();
    let jsonld = convert_text(
        "ckan",
        "dcat-ap",
        &input,
        &ConvertOptions {
            output_rdf: Some(RdfFormat::JsonLd),
            ..Default::default()
        },
    )
    .unwrap();
    let ttl = convert_text(
        "ckan",
        "dcat-ap",
        &input,
        &ConvertOptions {
            output_rdf: Some(RdfFormat::Turtle),
            ..Default::default()
        },
    )
    .unwrap();
    let expected = turtle_graph(&ttl);
    assert!(expected.len() > 150 * 10, "{} triples", expected.len());
    assert_same_graph(&expected, &jsonld_graph(&jsonld), "generated packages");
    // The same catalog through the graph and the sorted serializer.
    let catalog = dcat_ap::import(&ttl, RdfFormat::Turtle, &[]).unwrap();
    assert_eq!(catalog.datasets.len(), 150);
    let graph = dcat_ap::catalog_graph(&catalog, &DcatOptions::default());
    let from_graph = rdf::serialize(&graph, RdfFormat::JsonLd);
    let streamed = dcat_ap::export_catalog(&catalog, RdfFormat::JsonLd, &DcatOptions::default());
    let expected = canonical(graph);
    assert_same_graph(&expected, &jsonld_graph(&from_graph), "rdf::serialize");
    assert_same_graph(&expected, &jsonld_graph(&streamed), "export_catalog");
    // One package alone is exported as a dataset, by both paths alike.
    let one = serde_json::to_string(&packages[3]).unwrap();
    let opts = |f| ConvertOptions {
        output_rdf: Some(f),
        ..Default::default()
    };
    let ttl = convert_text("ckan", "dcat-ap", &one, &opts(RdfFormat::Turtle)).unwrap();
    let jsonld = convert_text("ckan", "dcat-ap", &one, &opts(RdfFormat::JsonLd)).unwrap();
    assert_same_graph(&turtle_graph(&ttl), &jsonld_graph(&jsonld), "one package");
}

#[test]
fn a_list_of_packages_is_read_item_by_item_with_the_errors_of_a_whole_read() {
    use datago_core::standards::{convert_text, ConvertOptions};
    let turtle = ConvertOptions {
        output_rdf: Some(RdfFormat::Turtle),
        ..Default::default()
    };
    let ok =
        "\n  [{\"name\": \"satu\", \"title\": \"Satu\"}, {\"name\": \"dua\", \"title\": \"Dua\"}]";
    let ttl = convert_text("ckan", "dcat-ap", ok, &turtle).unwrap();
    let back = dcat_ap::import(&ttl, RdfFormat::Turtle, &[]).unwrap();
    let mut titles: Vec<String> = back
        .datasets
        .iter()
        .map(|d| d.title.best(datago_core::Lang::Id).to_string())
        .collect();
    titles.sort();
    assert_eq!(titles, ["Dua", "Satu"]);
    // The failing item is named by its pointer.
    let bad = r#"[{"name": "satu"}, {"title": "tanpa nama"}]"#;
    let e = convert_text("ckan", "dcat-ap", bad, &turtle).unwrap_err();
    assert_eq!(e.code(), "ckan.not-a-package");
    assert!(e.to_string().contains("/1"), "{e}");
    // Broken JSON after a bad package: the syntax error is reported, as when reading it whole.
    let broken = r#"[{"title": "tanpa nama"}, {"name": "dua""#;
    let e = convert_text("ckan", "dcat-ap", broken, &turtle).unwrap_err();
    assert!(e.code().starts_with("parse."), "{}", e.code());
    let e = convert_text("ckan", "dcat-ap", "[1, 2", &turtle).unwrap_err();
    assert!(e.code().starts_with("parse."), "{}", e.code());
    let e = convert_text("ckan", "dcat-ap", "[1]", &turtle).unwrap_err();
    assert!(e.code().starts_with("ckan."), "{}", e.code());
    // An empty list is an empty catalog.
    let empty = convert_text("ckan", "dcat-ap", "[]", &turtle).unwrap();
    assert!(dcat_ap::import(&empty, RdfFormat::Turtle, &[])
        .unwrap()
        .datasets
        .is_empty());
}

#[test]
fn a_list_of_packages_streamed_to_jsonld_has_the_errors_and_graph_of_a_whole_read() {
    use datago_core::standards::{convert_text, ConvertOptions};
    let opts = |f| ConvertOptions {
        output_rdf: Some(f),
        ..Default::default()
    };
    let both = |input: &str| {
        (
            convert_text("ckan", "dcat-ap", input, &opts(RdfFormat::JsonLd)),
            convert_text("ckan", "dcat-ap", input, &opts(RdfFormat::Turtle)),
        )
    };
    for bad in [
        r#"[{"name": "satu"}, {"title": "tanpa nama"}]"#,
        r#"[{"name": "satu"}, {"name": "dua", "tags": 5}, {"name": "tiga", "size": 1e999}]"#,
        r#"[{"name": "satu"}, {"name": "dua", "organization": 5}]"#,
        r#"[{"name": "satu", "size": 1e999}, {"title": "tanpa nama"}]"#,
        r#"[{"title": "tanpa nama"}, {"name": "dua""#,
        "[1, 2",
        "[1, 2]",
    ] {
        let (jsonld, ttl) = both(bad);
        let (jsonld, ttl) = (jsonld.unwrap_err(), ttl.unwrap_err());
        assert_eq!(jsonld.code(), ttl.code(), "{bad}");
        assert_eq!(jsonld.to_string(), ttl.to_string(), "{bad}");
    }
    // An organization that comes after a dataset naming it still names its agent.
    let late = r#"[{"name": "satu", "owner_org": "dinkes"},
        {"name": "dua", "organization": {"name": "dinkes", "title": "Dinas Kesehatan"}},
        {"name": "tiga", "organization": {"name": "dinkes", "title": "Lain"}}]"#;
    let (jsonld, ttl) = both(late);
    let (jsonld, ttl) = (jsonld.unwrap(), ttl.unwrap());
    assert!(jsonld.contains("\"Dinas Kesehatan\"") && !jsonld.contains("\"Lain\""));
    assert_same_graph(
        &turtle_graph(&ttl),
        &jsonld_graph(&jsonld),
        "late organization",
    );
}

//! MQA scoring: every indicator is worth exactly its points, hints come biggest gain first,
//! reachability is only what the caller says, and the sample catalog scores as expected.

use datago_core::quality::{
    bundle_paths, catalog_quality, catalog_quality_with, dataset_quality, dataset_quality_with,
    Dimension, Indicator, QualityOptions, QualityReport, Rating, MAX_SCORE,
};
use datago_core::{Catalog, Dataset};

const URL: &str = "https://datago.magelangkota.go.id/dataset/jumlah-puskesmas/puskesmas.csv";

fn complete() -> Dataset {
    Dataset::from_json(&format!(
        r#"{{
      "id": "d-puskesmas", "slug": "jumlah-puskesmas",
      "title": {{"id": "Jumlah Puskesmas", "en": "Community health centres"}},
      "description": {{"id": "Jumlah puskesmas per kecamatan."}},
      "keywords": ["puskesmas"], "themes": ["1.02"],
      "producer": "dinkes", "walidata": "diskominsta", "frequency": "tahunan",
      "temporal": {{"start": "2019-01-01", "end": "2024-12-31"}},
      "spatial": {{"scheme": "bps", "code": "3371"}},
      "license": "CC-BY-4.0", "access": "terbuka",
      "issued": "2025-01-10", "modified": "2025-01-10",
      "contact": {{"name": "Seksi Data", "email": "dinkes@magelangkota.go.id"}},
      "resources": [{{"title": "CSV", "format": "CSV", "mediaType": "text/csv", "url": "{URL}",
                      "byteSize": 512, "extras": {{"rights": "Sebutkan sumbernya."}}}}]
    }}"#
    ))
    .unwrap()
}

fn options() -> QualityOptions {
    let mut o = QualityOptions {
        dcat_ap_compliant: Some(true),
        ..Default::default()
    };
    o.reachable.insert(URL.to_string(), true);
    o
}

fn score(d: &Dataset) -> f64 {
    dataset_quality(d, &options()).score
}

#[test]
fn a_complete_dataset_scores_405_with_no_hint() {
    let q = dataset_quality(&complete(), &options());
    assert_eq!(q.score, 405.0);
    assert_eq!(q.max, MAX_SCORE);
    assert_eq!(q.rating, Rating::Excellent);
    assert!(q.hints.is_empty());
    assert!(q.indicators.iter().all(|i| i.met && i.share == 1.0));
    let dims: Vec<f64> = Dimension::ALL.iter().map(|d| q.dimension(*d)).collect();
    assert_eq!(dims, [100.0, 100.0, 110.0, 75.0, 20.0]);
    assert_eq!(q.best_distribution, Some(0));
}

#[test]
fn each_indicator_alone_costs_exactly_its_points() {
    type Edit = fn(&mut Dataset);
    let cases: Vec<(&str, Edit, &[Indicator])> = vec![
        ("keywords", |d| d.keywords.clear(), &[Indicator::Keyword]),
        (
            "themes",
            |d| d.themes = vec!["9.99".into()],
            &[Indicator::Theme],
        ),
        ("spatial", |d| d.spatial = None, &[Indicator::Spatial]),
        ("temporal", |d| d.temporal = None, &[Indicator::Temporal]),
        ("contact", |d| d.contact = None, &[Indicator::ContactPoint]),
        ("producer", |d| d.producer.clear(), &[Indicator::Publisher]),
        ("issued", |d| d.issued = None, &[Indicator::Issued]),
        ("modified", |d| d.modified = None, &[Indicator::Modified]),
        (
            "byteSize",
            |d| d.resources[0].byte_size = None,
            &[Indicator::ByteSize],
        ),
        (
            "rights",
            |d| d.resources[0].extras.clear(),
            &[Indicator::Rights],
        ),
        (
            "access",
            |d| d.access = None,
            &[Indicator::AccessRights, Indicator::AccessRightsVocabulary],
        ),
        (
            "licence outside the EU NAL",
            |d| d.license = Some("other-open".into()),
            &[Indicator::LicenseVocabulary],
        ),
        (
            "no licence",
            |d| d.license = None,
            &[Indicator::License, Indicator::LicenseVocabulary],
        ),
        (
            "XLSX (proprietary)",
            |d| {
                d.resources[0].format = Some("XLSX".into());
                d.resources[0].media_type = Some(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".into(),
                );
            },
            &[Indicator::NonProprietary],
        ),
        (
            "PDF (not machine-readable)",
            |d| {
                d.resources[0].format = Some("PDF".into());
                d.resources[0].media_type = Some("application/pdf".into());
            },
            &[Indicator::MachineReadable],
        ),
        (
            "unknown media type",
            |d| d.resources[0].media_type = Some("text/x-csv-custom".into()),
            // half of the vocabulary indicator: the format is still in the EU list
            &[],
        ),
    ];
    let full = score(&complete());
    for (name, edit, lost) in cases {
        let mut d = complete();
        edit(&mut d);
        let q = dataset_quality(&d, &options());
        let expected: u32 = lost.iter().map(|i| i.max_points()).sum();
        let expected = if lost.is_empty() {
            5.0
        } else {
            f64::from(expected)
        };
        assert_eq!(full - q.score, expected, "{name}");
        for ind in lost {
            assert_eq!(q.indicator(*ind).unwrap().points, 0.0, "{name}");
        }
        // exactly the lost indicators have hints, and the gains add up to what was lost
        let gained: f64 = q.hints.iter().map(|h| h.gain).sum();
        assert_eq!(gained, expected, "{name}");
    }
}

#[test]
fn caller_supplied_facts_cost_exactly_their_points() {
    let d = complete();
    let not_compliant = QualityOptions {
        dcat_ap_compliant: Some(false),
        ..options()
    };
    assert_eq!(dataset_quality(&d, &not_compliant).score, 375.0);
    // The same location is both accessURL and downloadURL: 50 + 30.
    let unreachable = dataset_quality_with(&d, &|_| Some(false), Some(true));
    assert_eq!(unreachable.score, 325.0);
    assert_eq!(unreachable.hints[0].code, "quality.access-url.unreachable");
    assert_eq!(
        unreachable
            .indicator(Indicator::AccessUrlReachable)
            .unwrap()
            .unknown,
        0
    );
    let unknown = dataset_quality_with(&d, &|_| None, Some(true));
    assert_eq!(unknown.score, 325.0);
    assert_eq!(unknown.hints[0].code, "quality.access-url.unchecked");
    assert!(unknown.hints[0].message.en.contains("not checked"));
    assert!(unknown.hints[0].message.id.contains("belum diperiksa"));
    assert_eq!(
        unknown
            .indicator(Indicator::DownloadUrlReachable)
            .unwrap()
            .unknown,
        1
    );
    // Not telling compliance means: the dcat-ap-3 profile has no error.
    let computed = dataset_quality(
        &d,
        &QualityOptions {
            dcat_ap_compliant: None,
            ..options()
        },
    );
    assert_eq!(computed.score, 405.0);
    let mut no_description = d.clone();
    no_description.description = Default::default();
    let computed = dataset_quality(
        &no_description,
        &QualityOptions {
            dcat_ap_compliant: None,
            ..options()
        },
    );
    assert_eq!(computed.score, 375.0);
    assert_eq!(computed.hints[0].code, "quality.dcat-ap.not-compliant");
}

#[test]
fn hints_come_biggest_gain_first_then_in_mqa_order() {
    let d = Dataset::from_json(
        r#"{"id": "d", "slug": "dd", "title": "T", "description": "D",
            "resources": [{"title": "x", "format": "PDF", "url": "https://example.go.id/x.pdf"}]}"#,
    )
    .unwrap();
    let q = dataset_quality(&d, &QualityOptions::default());
    let gains: Vec<f64> = q.hints.iter().map(|h| h.gain).collect();
    assert!(gains.windows(2).all(|w| w[0] >= w[1]), "{gains:?}");
    for w in q.hints.windows(2) {
        if w[0].gain == w[1].gain {
            assert!(w[0].indicator < w[1].indicator, "{:?}", w);
        }
    }
    let first: Vec<&str> = q
        .hints
        .iter()
        .take(4)
        .map(|h| h.indicator.as_str())
        .collect();
    assert_eq!(
        first,
        [
            "access-url-reachable",
            "keyword",
            "theme",
            "download-url-reachable"
        ]
    );
    // one hint per indicator not fully met, and score + gains = 405
    let lost = q.indicators.iter().filter(|i| !i.met).count();
    assert_eq!(q.hints.len(), lost);
    let total: f64 = q.score + q.hints.iter().map(|h| h.gain).sum::<f64>();
    assert!((total - 405.0).abs() < 1e-9, "{total}");
    // every hint has a filled-in message in both languages and a stable code
    for h in &q.hints {
        assert!(datago_core::rules::lookup(&h.code).is_some(), "{}", h.code);
        assert!(!h.message.id.contains('{') && !h.message.en.contains('{'));
        assert!(
            h.message.en.contains(&format!("+{}", h.gain)),
            "{}",
            h.message.en
        );
    }
}

#[test]
fn interoperability_takes_the_best_distribution() {
    let mut d = complete();
    let before = score(&d);
    // A worse extra distribution does not lower interoperability...
    let mut pdf = d.resources[0].clone();
    pdf.format = Some("PDF".into());
    pdf.media_type = Some("application/pdf".into());
    pdf.url = Some("https://example.go.id/p.pdf".into());
    d.resources.insert(0, pdf);
    let q = dataset_quality(&d, &options());
    assert_eq!(q.dimension(Dimension::Interoperability), 110.0);
    assert_eq!(q.best_distribution, Some(1));
    // ...while accessibility is the share of distributions that resolve (1 of 2).
    assert_eq!(
        q.indicator(Indicator::AccessUrlReachable).unwrap().points,
        25.0
    );
    assert_eq!(q.score, before - 25.0 - 15.0);
    // With only the PDF, interoperability drops by machine-readable (20).
    d.resources.remove(1);
    assert_eq!(
        dataset_quality(&d, &options()).dimension(Dimension::Interoperability),
        90.0
    );
}

#[test]
fn a_catalog_scores_shares_of_datasets_and_distributions() {
    let one = Catalog {
        datasets: vec![complete()],
        ..Catalog::from_json(r#"{"id": "c"}"#).unwrap()
    };
    let q = catalog_quality(&one, &options());
    assert_eq!(q.score, 405.0);
    assert_eq!((q.datasets, q.distributions), (1, 1));
    assert_eq!(q.best_distribution, None);

    // Adding an empty dataset halves every dataset indicator; distribution indicators are
    // counted over distributions, and the empty dataset has none. DCAT-AP compliance is given
    // as true for every dataset.
    let mut two = one.clone();
    two.datasets.push(Dataset::new("kosong", "kosong"));
    let q = catalog_quality(&two, &options());
    // accessibility 100, licence 20 + 10, rights 5 + size 5, and the given compliance 30
    let kept = 100.0 + 30.0 + 10.0 + 30.0;
    let expected = kept + (405.0 - kept) / 2.0;
    assert_eq!(expected, 287.5);
    assert_eq!(q.score, expected);
    assert_eq!(q.indicator(Indicator::Keyword).unwrap().share, 0.5);
    assert_eq!(q.indicator(Indicator::Keyword).unwrap().population, 2);
    let keyword = q
        .hints
        .iter()
        .find(|h| h.indicator == Indicator::Keyword)
        .unwrap();
    assert_eq!(keyword.path, "/datasets/1/keywords");
    assert!(keyword.message.en.contains("(1 of 2 datasets)"));
    assert!(keyword.message.id.contains("(1 dari 2 dataset)"));

    // The same with a reachability function.
    let q2 = catalog_quality_with(&two, &|u| Some(u == URL), Some(true));
    assert_eq!(q2.score, q.score);
}

#[test]
fn reports_serialize_in_camel_case_with_a_schema() {
    let q = dataset_quality(&complete(), &options());
    let v = serde_json::to_value(&q).unwrap();
    assert_eq!(v["max"], 405);
    assert_eq!(v["rating"], "excellent");
    assert_eq!(v["bestDistribution"], 0);
    assert_eq!(v["indicators"][4]["indicator"], "access-url-reachable");
    assert_eq!(v["dimensions"][2]["dimension"], "interoperability");
    let back: QualityReport = serde_json::from_value(v).unwrap();
    assert_eq!(back, q);
    let schema = serde_json::to_value(schemars::schema_for!(QualityReport)).unwrap();
    assert!(schema["properties"]["hints"].is_object());
    let options: QualityOptions =
        serde_json::from_str(r#"{"reachable": {"a": false}, "dcatApCompliant": false}"#).unwrap();
    assert_eq!(options.dcat_ap_compliant, Some(false));
}

#[test]
fn the_sample_catalog_scores_as_expected() {
    let bundle = datago_core::sample::bundle();
    let catalog = bundle.load().unwrap().catalog;
    // Files in the catalog directory resolve; the PDF/XLSX links are not checked here.
    let options = QualityOptions {
        reachable: bundle_paths(&bundle, &catalog),
        dcat_ap_compliant: None,
    };
    assert!(!options.reachable.is_empty() && options.reachable.values().all(|v| *v));
    let q = catalog_quality(&catalog, &options);
    assert_eq!(q.rating, Rating::Good, "{}", q.score);
    assert!(q.score > 300.0 && q.score < 351.0, "{}", q.score);
    // Unchecked links are the biggest loss, and say so.
    assert_eq!(q.hints[0].code, "quality.access-url.unchecked");
    // Every dataset validates against dcat-ap-3 without error, so compliance is full.
    assert_eq!(q.indicator(Indicator::DcatApCompliance).unwrap().share, 1.0);

    let by_slug = |slug: &str| {
        let d = catalog.dataset(slug).unwrap();
        dataset_quality(d, &options)
    };
    // A CSV in the directory with every dataset field: only rights (5) is missing.
    assert_eq!(by_slug("jumlah-puskesmas").score, 400.0);
    // An XLSX behind an unchecked link: -80 (reachability), -20 (proprietary), -5 rights,
    // -5 size.
    assert_eq!(by_slug("cakupan-imunisasi-dasar-lengkap").score, 295.0);
    // No distribution at all.
    assert_eq!(
        by_slug("jumlah-rt-dan-rw-kecamatan-magelang-utara").rating,
        Rating::Sufficient
    );
    // Each dataset's score plus its hints' gains is 405.
    for d in &catalog.datasets {
        let q = dataset_quality(d, &options);
        let total = q.score + q.hints.iter().map(|h| h.gain).sum::<f64>();
        assert!((total - 405.0).abs() < 1e-6, "{} {total}", d.slug);
    }
}

//! Deterministic synthetic catalogs for load tests and benchmarks (`datago serve --generate`,
//! the search and CKAN API benchmarks): plausible Indonesian titles and descriptions drawn from
//! a small vocabulary, so that common words match most of the catalog.
//!
//! ```
//! let c = datago_core::synthetic::catalog(50);
//! assert_eq!(c.datasets.len(), 50);
//! assert_eq!(c.datasets[7].slug, "dataset-7");
//! assert_eq!(datago_core::synthetic::catalog(50), c, "the same for the same n");
//! ```

use crate::Catalog;

/// The vocabulary of titles, descriptions and keywords.
pub const WORDS: [&str; 24] = [
    "jumlah",
    "penduduk",
    "kesehatan",
    "pendidikan",
    "sekolah",
    "puskesmas",
    "jalan",
    "rusak",
    "produksi",
    "padi",
    "kunjungan",
    "wisatawan",
    "kemiskinan",
    "pengangguran",
    "kelurahan",
    "kecamatan",
    "anggaran",
    "pendapatan",
    "daerah",
    "bantuan",
    "sosial",
    "kendaraan",
    "sampah",
    "air",
];
/// Resource formats, in turn.
pub const FORMATS: [&str; 5] = ["CSV", "XLSX", "PDF", "JSON", "GEOJSON"];
/// Licences, in turn.
pub const LICENSES: [&str; 3] = ["CC-BY-4.0", "CC0-1.0", "ODbL-1.0"];

/// `n` published datasets from 25 organizations, the same for the same `n` (a xorshift
/// sequence with a fixed seed): `dataset-0` … `dataset-{n-1}`, organizations `opd-0` …
/// `opd-24`.
pub fn catalog(n: usize) -> Catalog {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let orgs: Vec<serde_json::Value> = (0..25)
        .map(|i| {
            serde_json::json!({"code": format!("opd-{i}"), "name": {"id": format!("Perangkat Daerah {i}")},
                               "kind": "dinas", "role": "produsen-data"})
        })
        .collect();
    let mut catalog = Catalog::from_json(
        &serde_json::json!({"id": "generated", "title": {"id": "Katalog uji beban"},
                            "publisher": "opd-0", "organizations": orgs})
        .to_string(),
    )
    .unwrap_or_else(|_| Catalog::from_json(r#"{"id": "generated"}"#).expect("minimal catalog"));
    let urusan = crate::vocab::urusan_list();
    for i in 0..n {
        let mut pick = |k: usize| -> String {
            (0..k)
                .map(|_| WORDS[(next() % WORDS.len() as u64) as usize])
                .collect::<Vec<_>>()
                .join(" ")
        };
        let title = format!("{} {i}", pick(4));
        let title_en = pick(3);
        let description = pick(40);
        let keywords: Vec<String> = (0..4).map(|_| pick(1)).collect();
        let year = 2015 + (i % 10) as i32;
        let formats: Vec<&str> = (0..1 + i % 3).map(|k| FORMATS[(i + k * 2) % 5]).collect();
        let resources: Vec<serde_json::Value> = formats
            .iter()
            .enumerate()
            .map(|(k, f)| {
                serde_json::json!({"id": format!("res-{i}-{k}"), "title": {"id": format!("Tabel data {k}")},
                                   "format": f, "url": format!("https://data.example.go.id/{i}/{k}.{}", f.to_lowercase())})
            })
            .collect();
        let doc = serde_json::json!({
            "id": format!("ds-{i}"),
            "slug": format!("dataset-{i}"),
            "title": {"id": title, "en": title_en},
            "description": {"id": description},
            "keywords": keywords,
            "themes": urusan.get((i * 7) % urusan.len().max(1)).map(|u| vec![u.code.clone()]).unwrap_or_default(),
            "producer": format!("opd-{}", i % 25),
            "walidata": "opd-0",
            "license": LICENSES[i % 3],
            "access": "terbuka",
            "status": "published",
            "temporal": {"start": format!("{year}-01-01"), "end": format!("{year}-12-31")},
            "issued": format!("{}-{:02}-{:02}", 2016 + i % 9, 1 + i % 12, 1 + i % 28),
            "modified": format!("{}-{:02}-{:02}", 2020 + i % 6, 1 + (i / 7) % 12, 1 + (i / 3) % 28),
            "resources": resources,
        });
        if let Ok(d) = crate::Dataset::from_json(&doc.to_string()) {
            catalog.datasets.push(d);
        }
    }
    catalog
}

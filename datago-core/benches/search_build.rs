//! Benchmark: build the search index for 10,000 generated datasets (goal: under 1 s natively),
//! serialize it, load it back and run a few queries.
//!
//! `cargo bench -p datago-core --bench search_build`

use std::time::Instant;

use datago_core::search::{Query, SearchIndex};
use datago_core::{Catalog, Dataset, LocalizedText};

const WORDS: [&str; 24] = [
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

fn generated(n: usize) -> Catalog {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut catalog = Catalog::from_json(r#"{"id": "bench", "title": "Bench"}"#).expect("valid");
    let urusan = datago_core::vocab::urusan_list();
    for i in 0..n {
        let mut pick = |k: usize| -> String {
            (0..k)
                .map(|_| WORDS[(next() % WORDS.len() as u64) as usize])
                .collect::<Vec<_>>()
                .join(" ")
        };
        let mut d = Dataset::new(format!("ds-{i}"), format!("dataset-{i}"));
        d.title = LocalizedText::new(format!("{} {i}", pick(4))).with("en", pick(3));
        d.description = LocalizedText::new(pick(40));
        d.keywords = (0..4).map(|_| pick(1)).collect();
        let pick_n = (i * 7) % urusan.len();
        d.themes = vec![urusan[pick_n].code.clone()];
        d.producer = format!("opd-{}", i % 25);
        d.license = Some(if i % 3 == 0 { "CC0-1.0" } else { "CC-BY-4.0" }.into());
        d.resources.push(
            datago_core::Resource::from_json(r#"{"title": "Tabel data", "format": "CSV"}"#)
                .expect("valid"),
        );
        catalog.datasets.push(d);
    }
    catalog
}

fn main() {
    let catalog = generated(10_000);
    let mut best = f64::MAX;
    let mut index = SearchIndex::default();
    for _ in 0..5 {
        let t = Instant::now();
        index = SearchIndex::build(&catalog, false);
        best = best.min(t.elapsed().as_secs_f64());
    }
    let bytes = index.to_bytes();
    let t = Instant::now();
    let loaded = SearchIndex::from_bytes(&bytes).expect("own bytes");
    let load = t.elapsed().as_secs_f64();
    let queries = [
        "penduduk",
        "kesehatan puskesmas",
        "\"produksi padi\"",
        "sampah -air",
        "tema:1.02 pendapatan",
        "",
    ];
    let t = Instant::now();
    let mut total = 0;
    for _ in 0..20 {
        for q in queries {
            total += loaded.search(&Query::parse(q)).total;
        }
    }
    let per_query = t.elapsed().as_secs_f64() / (20.0 * queries.len() as f64);
    println!("datasets:           {}", index.len());
    println!("build (best of 5):  {:.3} s  (goal < 1 s)", best);
    println!(
        "serialized size:    {:.1} KiB ({:.0} bytes/dataset)",
        bytes.len() as f64 / 1024.0,
        bytes.len() as f64 / 10_000.0
    );
    println!("load from bytes:    {:.3} s", load);
    println!(
        "query (mean):       {:.2} ms  ({total} hits counted)",
        per_query * 1000.0
    );
}

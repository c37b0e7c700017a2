//! Benchmark: build the search index for 10,000 generated datasets ([`datago_core::synthetic`]) (goal: under 1 s natively),
//! serialize it, load it back and run a few queries: the mean time per query over a mixed set,
//! over broad and over narrow queries, and per query.
//!
//! `cargo bench -p datago-core --bench search_build`

use std::time::Instant;

use datago_core::search::{Query, SearchIndex};

/// Broad queries: the words match most of the catalog (80-90 %), or there are no words.
const BROAD: [&str; 5] = [
    "penduduk",
    "kesehatan puskesmas",
    "jalan daerah",
    "",
    "anggaran format:CSV",
];

/// Narrow queries: a phrase, a rare combination or a selective filter.
const NARROW: [&str; 5] = [
    "\"produksi padi\"",
    "sampah -air",
    "tema:1.02 pendapatan",
    "organisasi:opd-3 penduduk",
    "ds 4242",
];

fn main() {
    let catalog = datago_core::synthetic::catalog(10_000);
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
    let per_query = mean_ms(&loaded, &queries);
    let broad = mean_ms(&loaded, &BROAD);
    let narrow = mean_ms(&loaded, &NARROW);
    println!("datasets:           {}", index.len());
    println!("build (best of 5):  {:.3} s  (goal < 1 s)", best);
    println!(
        "serialized size:    {:.1} KiB ({:.0} bytes/dataset)",
        bytes.len() as f64 / 1024.0,
        bytes.len() as f64 / 10_000.0
    );
    println!("load from bytes:    {:.3} s", load);
    println!("query (mean):       {per_query:.3} ms  (mixed: the six queries above)");
    println!("broad query (mean):  {broad:.3} ms");
    println!("narrow query (mean): {narrow:.3} ms");
    println!("per query (mean):");
    for q in BROAD.iter().chain(&NARROW) {
        println!("  {q:<28} {:.3} ms", mean_ms(&loaded, &[q]));
    }
}

/// Mean milliseconds per `search` over `queries`, repeated until at least 0.5 s has passed.
fn mean_ms(index: &SearchIndex, queries: &[&str]) -> f64 {
    let parsed: Vec<Query> = queries.iter().map(|q| Query::parse(q)).collect();
    let t = Instant::now();
    let mut runs = 0usize;
    let mut total = 0usize;
    while runs < 20 || t.elapsed().as_secs_f64() < 0.5 {
        for q in &parsed {
            total += index.search(q).total;
        }
        runs += 1;
    }
    std::hint::black_box(total);
    t.elapsed().as_secs_f64() * 1000.0 / (runs * parsed.len()) as f64
}

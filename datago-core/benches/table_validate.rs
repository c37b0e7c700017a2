//! Table validation benchmark (`harness = false`).
//!
//! - `cargo bench --bench table_validate` — a quick run on a generated 20 MB table, in memory,
//!   one thread and every core;
//! - `table_validate generate OUT.csv MEGABYTES` — writes a deterministic table in the Open Data
//!   Jabar layout (12 columns: integers, region codes, names, an indicator enum, a decimal value
//!   with blanks, a unit enum, a year, a date, a boolean; primary key on `id`) with
//!   `OUT.csv.schema.json` (with primary key) and `OUT.csv.nopk.schema.json` (without);
//! - `table_validate validate FILE SCHEMA THREADS` — validates FILE streaming from disk and
//!   prints one JSON line `{seconds, bytes, rows, errors, threads}`.
//!
//! `scripts/bench-table` runs the last two and `frictionless validate` side by side.

use std::io::{BufWriter, Write};
use std::time::Instant;

use datago_core::resource::TableSchema;
use datago_core::table::{validate_bytes, validate_reader, ValidateOptions};

const KABKOTA: [(&str, &str); 8] = [
    ("3201", "KABUPATEN BOGOR"),
    ("3202", "KABUPATEN SUKABUMI"),
    ("3204", "KABUPATEN BANDUNG"),
    ("3273", "KOTA BANDUNG"),
    ("3275", "KOTA BEKASI"),
    ("3276", "KOTA DEPOK"),
    ("3277", "KOTA CIMAHI"),
    ("3278", "KOTA TASIKMALAYA"),
];
const INDIKATOR: [&str; 6] = [
    "JUMLAH_PENDUDUK",
    "JUMLAH_SEKOLAH",
    "JUMLAH_PUSKESMAS",
    "ANGKA_KEMISKINAN",
    "LUAS_WILAYAH",
    "JUMLAH_UMKM",
];
const SATUAN: [&str; 5] = ["JIWA", "UNIT", "PERSEN", "KM2", "USAHA"];

fn schema_json(primary_key: bool) -> String {
    let fields = serde_json::json!([
        {"name": "id", "type": "integer", "constraints": {"required": true}},
        {"name": "kode_provinsi", "type": "integer"},
        {"name": "nama_provinsi", "type": "string"},
        {"name": "kode_kabupaten_kota", "type": "integer"},
        {"name": "nama_kabupaten_kota", "type": "string"},
        {"name": "indikator", "type": "string", "constraints": {"enum": INDIKATOR}},
        {"name": "nilai", "type": "number", "constraints": {"minimum": 0}},
        {"name": "satuan", "type": "string", "constraints": {"enum": SATUAN}},
        {"name": "tahun", "type": "year"},
        {"name": "tanggal_update", "type": "date"},
        {"name": "terverifikasi", "type": "boolean"},
        {"name": "jumlah_sumber", "type": "integer", "constraints": {"minimum": 0}}
    ]);
    let mut s = serde_json::json!({"fields": fields});
    if primary_key {
        s["primaryKey"] = serde_json::json!(["id"]);
    }
    serde_json::to_string_pretty(&s).expect("json")
}

/// Writes about `bytes` bytes of table to `out` (deterministic: a fixed-seed generator).
fn generate(out: &mut dyn Write, bytes: u64) -> std::io::Result<u64> {
    let header = "id,kode_provinsi,nama_provinsi,kode_kabupaten_kota,nama_kabupaten_kota,indikator,nilai,satuan,tahun,tanggal_update,terverifikasi,jumlah_sumber\n";
    out.write_all(header.as_bytes())?;
    let mut written = header.len() as u64;
    let mut x: u64 = 0x5EED_DA7A_600D_F00D;
    let mut id: u64 = 0;
    let mut line = String::with_capacity(256);
    while written < bytes {
        id += 1;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let (kode, nama) = KABKOTA[(x % 8) as usize];
        line.clear();
        use std::fmt::Write as _;
        let nilai = if x.is_multiple_of(17) {
            String::new()
        } else {
            format!("{}.{:02}", (x >> 8) % 1_000_000, (x >> 40) % 100)
        };
        let _ = writeln!(
            line,
            "{id},32,JAWA BARAT,{kode},{nama},{},{nilai},{},{},{}-{:02}-{:02},{},{}",
            INDIKATOR[((x >> 3) % 6) as usize],
            SATUAN[((x >> 5) % 5) as usize],
            2010 + (x >> 11) % 15,
            2015 + (x >> 13) % 10,
            1 + (x >> 17) % 12,
            1 + (x >> 21) % 28,
            if (x >> 25).is_multiple_of(2) {
                "true"
            } else {
                "false"
            },
            (x >> 27) % 50,
        );
        out.write_all(line.as_bytes())?;
        written += line.len() as u64;
    }
    Ok(id)
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    match args.first().map(String::as_str) {
        Some("generate") => {
            let path = &args[1];
            let mb: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(100);
            let file = std::fs::File::create(path).expect("create the output file");
            let mut w = BufWriter::with_capacity(1 << 20, file);
            let rows = generate(&mut w, mb * 1_000_000).expect("write");
            w.flush().expect("flush");
            std::fs::write(format!("{path}.schema.json"), schema_json(true)).expect("schema");
            std::fs::write(format!("{path}.nopk.schema.json"), schema_json(false)).expect("schema");
            eprintln!("{path}: {rows} rows, {mb} MB");
        }
        Some("validate") => {
            let schema: TableSchema =
                serde_json::from_str(&std::fs::read_to_string(&args[2]).expect("schema file"))
                    .expect("schema");
            let threads: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(0);
            let file = std::fs::File::open(&args[1]).expect("data file");
            let start = Instant::now();
            let report = validate_reader(
                std::io::BufReader::with_capacity(1 << 20, file),
                &schema,
                &ValidateOptions {
                    threads,
                    ..Default::default()
                },
            )
            .expect("read");
            let seconds = start.elapsed().as_secs_f64();
            println!(
                "{{\"seconds\": {seconds:.4}, \"bytes\": {}, \"rows\": {}, \"errors\": {}, \"threads\": {}}}",
                report.stats.bytes,
                report.stats.rows,
                report.errors.len(),
                report.stats.threads
            );
        }
        _ => {
            // `cargo bench`: a quick in-memory run.
            let mut data = Vec::new();
            generate(&mut data, 20_000_000).expect("generate");
            let schema: TableSchema = serde_json::from_str(&schema_json(true)).expect("schema");
            for threads in [1usize, 0] {
                let start = Instant::now();
                let r = validate_bytes(
                    &data,
                    &schema,
                    &ValidateOptions {
                        threads,
                        ..Default::default()
                    },
                );
                let s = start.elapsed().as_secs_f64();
                assert!(r.valid, "{:?}", r.errors.first());
                println!(
                    "table_validate: {:.1} MB, {} rows, {} thread(s): {:.3} s, {:.0} MB/s",
                    data.len() as f64 / 1e6,
                    r.stats.rows,
                    r.stats.threads,
                    s,
                    data.len() as f64 / 1e6 / s
                );
            }
        }
    }
}

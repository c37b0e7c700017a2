//! CKAN → DCAT-AP benchmark (`harness = false`): CKAN packages, in the exact shape
//! `package_show` returns them, converted to one DCAT-AP 3 JSON-LD catalog.
//!
//! - `cargo bench --bench ckan_to_dcat` — a quick run on 10,000 generated packages, in memory;
//! - `ckan_to_dcat generate OUT.json N` — writes N packages as a JSON list (deterministic: a
//!   fixed-seed generator; 20 organizations, 1–3 resources, 1–4 tags, urusan themes, contact
//!   points, frequency, dates);
//! - `ckan_to_dcat convert FILE RUNS [OUT.jsonld]` — reads FILE, converts it RUNS times
//!   ([`datago_core::standards::convert_text`], from the JSON text to the JSON-LD text: parsing
//!   included) and prints one JSON line `{seconds, runs, records, triples, bytes}` with the best
//!   time; `triples` is counted on the output (untimed).
//!
//! `scripts/bench-dcat` runs the last two and the rdflib peer (`scripts/bench_dcat_peer.py`) on
//! the same file.

/// The allocator the `datago` command uses.
#[cfg(not(target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::{BufWriter, Write};
use std::time::Instant;

use datago_core::standards::rdf::RdfFormat;
use datago_core::standards::{convert_text, ConvertOptions};
use serde_json::{json, Value};

const ORGS: [(&str, &str); 20] = [
    ("dinkes", "Dinas Kesehatan"),
    ("disdikbud", "Dinas Pendidikan dan Kebudayaan"),
    ("dpupr", "Dinas Pekerjaan Umum dan Penataan Ruang"),
    ("disperkim", "Dinas Perumahan dan Kawasan Permukiman"),
    ("satpolpp", "Satuan Polisi Pamong Praja"),
    ("dinsos", "Dinas Sosial"),
    ("disnaker", "Dinas Tenaga Kerja"),
    (
        "dp3ap2kb",
        "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
    ),
    ("dlh", "Dinas Lingkungan Hidup"),
    ("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil"),
    ("dishub", "Dinas Perhubungan"),
    ("diskominsta", "Dinas Komunikasi, Informatika dan Statistik"),
    ("dinkopukm", "Dinas Koperasi dan UKM"),
    ("dpmptsp", "Dinas Penanaman Modal dan PTSP"),
    ("disporapar", "Dinas Kepemudaan, Olahraga dan Pariwisata"),
    ("disperpa", "Dinas Pertanian dan Pangan"),
    ("disperindag", "Dinas Perdagangan dan Perindustrian"),
    ("bappeda", "Badan Perencanaan Pembangunan Daerah"),
    ("bpkad", "Badan Pengelolaan Keuangan dan Aset Daerah"),
    ("bpbd", "Badan Penanggulangan Bencana Daerah"),
];
const TOPICS: [&str; 12] = [
    "Jumlah Penduduk",
    "Jumlah Puskesmas",
    "Jumlah Sekolah Dasar",
    "Angka Partisipasi Murni",
    "Panjang Jalan",
    "Jumlah UMKM",
    "Produksi Padi",
    "Jumlah Kendaraan",
    "Volume Sampah",
    "Jumlah Pencari Kerja",
    "Kunjungan Wisatawan",
    "Realisasi Anggaran",
];
const KECAMATAN: [&str; 3] = ["Magelang Utara", "Magelang Tengah", "Magelang Selatan"];
const TAGS: [&str; 10] = [
    "kesehatan",
    "pendidikan",
    "infrastruktur",
    "ekonomi",
    "pertanian",
    "perhubungan",
    "lingkungan",
    "sosial",
    "pariwisata",
    "keuangan",
];
/// Urusan codes (Permendagri 90/2019) kept in the `urusan` extra.
const URUSAN: [&str; 6] = ["1.01", "1.02", "1.03", "2.07", "2.15", "3.27"];
const LICENSES: [(&str, &str, &str); 4] = [
    (
        "cc-by",
        "Creative Commons Attribution",
        "http://www.opendefinition.org/licenses/cc-by",
    ),
    (
        "cc-by-sa",
        "Creative Commons Attribution Share-Alike",
        "http://www.opendefinition.org/licenses/cc-by-sa",
    ),
    (
        "odc-odbl",
        "Open Data Commons Open Database License (ODbL)",
        "http://www.opendefinition.org/licenses/odc-odbl",
    ),
    (
        "cc-zero",
        "Creative Commons CCZero",
        "http://www.opendefinition.org/licenses/cc-zero",
    ),
];
const FORMATS: [(&str, &str, &str); 3] = [
    ("CSV", "text/csv", "csv"),
    (
        "XLSX",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xlsx",
    ),
    ("JSON", "application/json", "json"),
];
const FREQUENCIES: [&str; 4] = ["tahunan", "semesteran", "triwulanan", "bulanan"];

/// xorshift64*: the same sequence on every machine.
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
}

/// A UUID-shaped id from two numbers.
fn uuid(a: u64, b: u64) -> String {
    format!(
        "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
        a & 0xffff_ffff,
        (a >> 32) & 0xffff,
        (a >> 48) & 0xfff,
        b & 0xfff,
        (b >> 12) & 0xffff_ffff_ffff
    )
}

fn organization(i: usize) -> Value {
    let (name, title) = ORGS[i];
    json!({
        "id": uuid(0x0a11_0000 + i as u64, 0xc0de_0000 + i as u64),
        "name": name,
        "title": format!("{title} Kota Magelang"),
        "type": "organization",
        "description": "",
        "image_url": "",
        "created": "2020-01-06T02:15:44.718213",
        "is_organization": true,
        "approval_status": "approved",
        "state": "active"
    })
}

fn date(r: &mut Rng, year: u32) -> (String, String) {
    let (m, d) = (1 + r.below(12), 1 + r.below(28));
    let (h, min, s, us) = (r.below(24), r.below(60), r.below(60), r.below(1_000_000));
    (
        format!("{year}-{m:02}-{d:02}"),
        format!("{year}-{m:02}-{d:02}T{h:02}:{min:02}:{s:02}.{us:06}"),
    )
}

/// Package `i` as `package_show` returns it.
fn package(i: usize) -> Value {
    let mut r = Rng(0x5EED_DA7A_600D_F00D ^ ((i as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15)));
    let id = uuid(r.next(), r.next());
    let org_i = r.below(ORGS.len());
    let org = organization(org_i);
    let topic = TOPICS[r.below(TOPICS.len())];
    let kec = KECAMATAN[r.below(KECAMATAN.len())];
    let year = 2015 + r.below(10) as u32;
    let title = format!("{topic} Kecamatan {kec} Tahun {year}");
    let name = format!(
        "{}-{}-{year}-{i}",
        topic.to_lowercase().replace(' ', "-"),
        kec.to_lowercase().replace(' ', "-")
    );
    let (license_id, license_title, license_url) = LICENSES[r.below(LICENSES.len())];
    let (created_day, created) = date(&mut r, year);
    let (modified_day, modified) = date(&mut r, year + 1);
    let n_tags = 1 + r.below(4);
    let mut tags: Vec<&str> = Vec::new();
    while tags.len() < n_tags {
        let t = TAGS[r.below(TAGS.len())];
        if !tags.contains(&t) {
            tags.push(t);
        }
    }
    let tags: Vec<Value> = tags
        .iter()
        .map(|t| {
            json!({"display_name": t, "id": uuid(r.next(), r.next()), "name": t,
                   "state": "active", "vocabulary_id": null})
        })
        .collect();
    let urusan = URUSAN[r.below(URUSAN.len())];
    let (_, org_title) = ORGS[org_i];
    let extras = json!([
        {"key": "contact_email", "value": format!("{}@magelangkota.go.id", ORGS[org_i].0)},
        {"key": "contact_name", "value": format!("Admin Data {org_title}")},
        {"key": "frequency", "value": FREQUENCIES[r.below(FREQUENCIES.len())]},
        {"key": "issued", "value": created_day},
        {"key": "modified", "value": modified_day},
        {"key": "urusan", "value": format!("[\"{urusan}\"]")}
    ]);
    let n_res = 1 + r.below(3);
    let resources: Vec<Value> = (0..n_res)
        .map(|j| {
            let (format, mimetype, ext) = FORMATS[(j + r.below(FORMATS.len())) % FORMATS.len()];
            let rid = uuid(r.next(), r.next());
            let (_, last_modified) = date(&mut r, year + 1);
            json!({
                "cache_last_updated": null, "cache_url": null, "created": created,
                "datastore_active": false, "description": format!("{title} ({format})"),
                "format": format, "hash": "", "id": rid, "last_modified": last_modified,
                "metadata_modified": modified, "mimetype": mimetype, "mimetype_inner": null,
                "name": format!("{name}.{ext}"), "package_id": id, "position": j,
                "resource_type": null, "size": 1024 + r.below(1 << 20), "state": "active",
                "url": format!("https://data.magelangkota.go.id/dataset/{id}/resource/{rid}/download/{name}.{ext}"),
                "url_type": "upload"
            })
        })
        .collect();
    let mut p = json!({
        "author": format!("Seksi Data {org_title}"),
        "author_email": format!("data.{}@magelangkota.go.id", ORGS[org_i].0),
        "creator_user_id": uuid(r.next(), r.next()),
        "id": id, "isopen": true, "license_id": license_id, "license_title": license_title,
        "license_url": license_url, "maintainer": null, "maintainer_email": null,
        "metadata_created": created, "metadata_modified": modified, "name": name,
        "notes": format!("{topic} di Kecamatan {kec}, Kota Magelang, tahun {year}."),
        "num_resources": n_res, "num_tags": tags.len(), "owner_org": org["id"],
        "private": false, "state": "active", "title": title, "type": "dataset",
        "url": "", "version": null,
        "groups": [], "relationships_as_object": [], "relationships_as_subject": []
    });
    p["organization"] = org;
    p["extras"] = extras;
    p["resources"] = Value::Array(resources);
    p["tags"] = Value::Array(tags);
    p
}

fn records(n: usize) -> String {
    let list: Vec<Value> = (0..n).map(package).collect();
    serde_json::to_string(&list).expect("JSON")
}

/// Triples of an expanded JSON-LD document as DataGO writes it (`@graph` of nodes whose
/// properties are lists), counted while reading: no JSON tree of the whole output is built, so
/// the peak memory of a run is the conversion's.
fn triples(jsonld: &str) -> usize {
    use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
    use std::fmt;

    /// Values of one property: a list's length, else 1.
    struct Values;
    impl<'de> serde::de::DeserializeSeed<'de> for Values {
        type Value = usize;
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = usize;
                fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                    f.write_str("a property value")
                }
                fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<usize, A::Error> {
                    let mut n = 0;
                    while a.next_element::<IgnoredAny>()?.is_some() {
                        n += 1;
                    }
                    Ok(n)
                }
                fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<usize, A::Error> {
                    while a.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                    Ok(1)
                }
                fn visit_str<E>(self, _: &str) -> Result<usize, E> {
                    Ok(1)
                }
            }
            d.deserialize_any(V)
        }
    }
    /// A node object: the values of every key but `@id`.
    struct Node;
    impl<'de> serde::de::DeserializeSeed<'de> for Node {
        type Value = usize;
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = usize;
                fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                    f.write_str("a node object")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<usize, A::Error> {
                    let mut n = 0;
                    while let Some(k) = a.next_key::<String>()? {
                        if k == "@id" {
                            a.next_value::<IgnoredAny>()?;
                        } else {
                            n += a.next_value_seed(Values)?;
                        }
                    }
                    Ok(n)
                }
            }
            d.deserialize_map(V)
        }
    }
    struct Graph;
    impl<'de> serde::de::DeserializeSeed<'de> for Graph {
        type Value = usize;
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = usize;
                fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                    f.write_str("a list of node objects")
                }
                fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<usize, A::Error> {
                    let mut n = 0;
                    while let Some(k) = a.next_element_seed(Node)? {
                        n += k;
                    }
                    Ok(n)
                }
            }
            d.deserialize_seq(V)
        }
    }
    struct Doc;
    impl<'de> Visitor<'de> for Doc {
        type Value = usize;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a JSON-LD document")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<usize, A::Error> {
            let mut n = 0;
            while let Some(k) = a.next_key::<String>()? {
                if k == "@graph" {
                    n = a.next_value_seed(Graph)?;
                } else {
                    a.next_value::<IgnoredAny>()?;
                }
            }
            Ok(n)
        }
    }
    let mut de = serde_json::Deserializer::from_str(jsonld);
    de.deserialize_map(Doc).expect("JSON-LD")
}

/// Best of `runs` conversions of `text`: (seconds, output).
fn convert(text: &str, runs: usize) -> (f64, String) {
    let options = ConvertOptions {
        output_rdf: Some(RdfFormat::JsonLd),
        ..Default::default()
    };
    let mut best = f64::INFINITY;
    let mut out = String::new();
    for _ in 0..runs.max(1) {
        // The previous output is freed first: one output in memory at a time.
        drop(std::mem::take(&mut out));
        let start = Instant::now();
        out = convert_text("ckan", "dcat-ap", text, &options).expect("conversion");
        best = best.min(start.elapsed().as_secs_f64());
    }
    (best, out)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("generate") => {
            let out = args.get(1).expect("generate OUT.json N");
            let n: usize = args.get(2).and_then(|n| n.parse().ok()).expect("N");
            let file = std::fs::File::create(out).expect("create");
            let mut w = BufWriter::new(file);
            w.write_all(records(n).as_bytes()).expect("write");
            w.flush().expect("write");
        }
        Some("convert") => {
            let file = args.get(1).expect("convert FILE RUNS [OUT]");
            let runs: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(3);
            let text = std::fs::read_to_string(file).expect("read");
            let records = serde_json::from_str::<Vec<serde::de::IgnoredAny>>(&text)
                .map(|v| v.len())
                .unwrap_or(0);
            let (seconds, out) = convert(&text, runs);
            if let Some(path) = args.get(3) {
                std::fs::write(path, &out).expect("write output");
            }
            println!(
                "{}",
                json!({"seconds": seconds, "runs": runs, "records": records,
                       "triples": triples(&out), "bytes": out.len()})
            );
        }
        _ => {
            // `cargo bench` passes `--bench`: a quick in-memory run.
            let n = 10_000;
            let text = records(n);
            let (seconds, out) = convert(&text, 3);
            println!(
                "ckan_to_dcat: {n} CKAN packages ({:.1} MB) → DCAT-AP JSON-LD ({:.1} MB, {} triples): {:.3} s best of 3, {:.0} packages/s",
                text.len() as f64 / 1e6,
                out.len() as f64 / 1e6,
                triples(&out),
                seconds,
                n as f64 / seconds
            );
        }
    }
}

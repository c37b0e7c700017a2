//! Table validation through the public API: frictionless positions, streaming in any chunking,
//! parallel = single-threaded, bounded keys, inference, profiles, regions, personal data, and
//! the catalog check.

use datago_core::resource::TableSchema;
use datago_core::table::{
    self, infer_schema, profile_bytes, validate_bytes, validate_reader, InferOptions, ReadOptions,
    TableReport, TableValidator, ValidateOptions,
};

fn schema(json: &str) -> TableSchema {
    serde_json::from_str(json).unwrap()
}

fn keys(r: &TableReport) -> Vec<(String, Option<u64>, Option<u64>)> {
    r.errors
        .iter()
        .map(|e| (e.code.clone(), e.row_number, e.field_number))
        .collect()
}

const JABAR: &str = r#"{
  "fields": [
    {"name": "id", "type": "integer"},
    {"name": "kode_provinsi", "type": "integer"},
    {"name": "nama_provinsi", "type": "string"},
    {"name": "kode_kabupaten_kota", "type": "integer"},
    {"name": "nama_kabupaten_kota", "type": "string"},
    {"name": "indikator", "type": "string", "constraints": {"enum": ["A", "B", "C"]}},
    {"name": "nilai", "type": "number", "constraints": {"minimum": 0}},
    {"name": "satuan", "type": "string", "constraints": {"enum": ["JIWA", "UNIT"], "required": true}},
    {"name": "tahun", "type": "year"},
    {"name": "tanggal", "type": "date"},
    {"name": "aktif", "type": "boolean"},
    {"name": "kode", "type": "string", "constraints": {"unique": true}}
  ],
  "primaryKey": ["id"]
}"#;

/// A deterministic table with faults every few hundred rows (and quoted multi-line cells).
fn jabar_csv(rows: usize) -> String {
    let mut s = String::from("id,kode_provinsi,nama_provinsi,kode_kabupaten_kota,nama_kabupaten_kota,indikator,nilai,satuan,tahun,tanggal,aktif,kode\n");
    let mut x: u64 = 42;
    for i in 1..=rows {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let r = (x >> 33) as usize;
        let id = if i % 997 == 0 { i - 5 } else { i };
        let nilai = match r % 50 {
            0 => String::new(),
            1 if i % 3 == 0 => "x".to_string(),
            _ => format!("{}.{}", r % 10000, r % 100),
        };
        let ind = ["A", "B", "C", "D"][if i % 311 == 0 { 3 } else { r % 3 }];
        let nama = if i % 101 == 0 {
            "\"KOTA \"\"MAGELANG\"\"\nBARIS\"".to_string()
        } else {
            "KOTA MAGELANG".to_string()
        };
        let extra = if i % 577 == 0 { ",lebih" } else { "" };
        if i % 733 == 0 {
            s.push('\n');
            continue;
        }
        let kode = if i % 409 == 0 {
            "K1".to_string()
        } else {
            format!("K{i}")
        };
        s.push_str(&format!(
            "{id},33,JAWA TENGAH,3371,{nama},{ind},{nilai},{},{},2024-0{}-1{},{},{kode}{extra}\n",
            ["JIWA", "UNIT"][r % 2],
            2000 + r % 30,
            1 + r % 9,
            r % 10,
            ["true", "false"][r % 2]
        ));
    }
    s
}

#[test]
fn positions_follow_frictionless() {
    let s = schema(JABAR);
    let csv = "id,kode_provinsi,nama_provinsi,kode_kabupaten_kota,nama_kabupaten_kota,indikator,nilai,satuan,tahun,tanggal,aktif,kode\n\
               1,33,JAWA TENGAH,3371,KOTA MAGELANG,A,1.5,JIWA,2024,2024-01-05,true,a\n\
               1,33,JAWA TENGAH,3371,KOTA MAGELANG,Z,-1,,20x4,2024-02-30,ya,a\n\
               \n\
               3,33\n";
    let r = validate_bytes(csv.as_bytes(), &s, &ValidateOptions::default());
    let k = keys(&r);
    let mut want: Vec<(String, Option<u64>, Option<u64>)> = [
        ("constraint-error", Some(3), Some(6)),
        ("constraint-error", Some(3), Some(7)),
        ("constraint-error", Some(3), Some(8)),
        ("type-error", Some(3), Some(9)),
        ("type-error", Some(3), Some(10)),
        ("type-error", Some(3), Some(11)),
        ("unique-error", Some(3), Some(12)),
        ("primary-key", Some(3), None),
        // A blank row has no primary key either (frictionless-py reports both).
        ("blank-row", Some(4), None),
        ("primary-key", Some(4), None),
        // `satuan` is required: a missing cell also breaks the constraint.
        ("constraint-error", Some(5), Some(8)),
    ]
    .into_iter()
    .map(|(c, r, f)| (c.to_string(), r, f))
    .collect();
    want.extend((3..=12).map(|f| ("missing-cell".to_string(), Some(5), Some(f))));
    assert_eq!(k, want);
    assert!(!r.valid);
    for e in &r.errors {
        assert!(!e.message.id.is_empty() && !e.message.en.is_empty());
    }
}

#[test]
fn any_chunking_gives_the_same_report() {
    let s = schema(JABAR);
    let csv = jabar_csv(3000);
    let whole = validate_bytes(
        csv.as_bytes(),
        &s,
        &ValidateOptions {
            limit_errors: 0,
            threads: 1,
            ..Default::default()
        },
    );
    assert!(whole.errors.len() > 20, "{}", whole.errors.len());
    for size in [1usize, 7, 64, 1000, 65_536] {
        let mut v = TableValidator::new(
            &s,
            &ValidateOptions {
                limit_errors: 0,
                ..Default::default()
            },
        );
        for c in csv.as_bytes().chunks(size) {
            v.push(c);
        }
        let r = v.finish();
        assert_eq!(keys(&r), keys(&whole), "chunk size {size}");
    }
}

#[test]
fn parallel_equals_single_threaded() {
    let s = schema(JABAR);
    let csv = jabar_csv(40_000);
    assert!(csv.len() > 2_000_000);
    for limit in [0usize, 25, 1000] {
        let one = validate_reader(
            csv.as_bytes(),
            &s,
            &ValidateOptions {
                limit_errors: limit,
                threads: 1,
                chunk_bytes: 64 * 1024,
                ..Default::default()
            },
        )
        .unwrap();
        for threads in [2usize, 3, 8] {
            let many = validate_reader(
                csv.as_bytes(),
                &s,
                &ValidateOptions {
                    limit_errors: limit,
                    threads,
                    chunk_bytes: 64 * 1024,
                    ..Default::default()
                },
            )
            .unwrap();
            assert_eq!(many.stats.threads, threads as u64, "parallel path taken");
            assert_eq!(keys(&many), keys(&one), "threads {threads}, limit {limit}");
            assert_eq!(many.errors, one.errors);
            assert_eq!(many.partial, one.partial);
            assert_eq!(many.stats.rows, one.stats.rows);
        }
    }
}

#[test]
fn parallel_recovers_from_misleading_quotes() {
    // A quote inside unquoted cells breaks quote parity: the parallel reader must notice and
    // fall back, with the same result.
    let s = schema(
        r#"{"fields": [{"name": "a", "type": "integer"}, {"name": "b", "type": "string"}]}"#,
    );
    let mut csv = String::from("a,b\n");
    for i in 0..200_000 {
        if i % 1000 == 0 {
            csv.push_str(&format!("{i},5\" monitor\n"));
        } else if i % 777 == 0 {
            csv.push_str(&format!("x{i},\"multi\nline\"\n"));
        } else {
            csv.push_str(&format!("{i},b\n"));
        }
    }
    let opts = |threads| ValidateOptions {
        limit_errors: 0,
        threads,
        chunk_bytes: 32 * 1024,
        ..Default::default()
    };
    let one = validate_reader(csv.as_bytes(), &s, &opts(1)).unwrap();
    let two = validate_reader(csv.as_bytes(), &s, &opts(2)).unwrap();
    assert_eq!(keys(&one), keys(&two));
    assert_eq!(one.errors.len(), 257);
}

#[test]
fn error_limit_and_partial() {
    let s = schema(JABAR);
    let csv = jabar_csv(5000);
    let r = validate_bytes(
        csv.as_bytes(),
        &s,
        &ValidateOptions {
            limit_errors: 10,
            ..Default::default()
        },
    );
    assert_eq!(r.errors.len(), 10);
    assert!(r.partial);
    assert!(!r.warnings.is_empty());
    let all = validate_bytes(
        csv.as_bytes(),
        &s,
        &ValidateOptions {
            limit_errors: 0,
            ..Default::default()
        },
    );
    assert_eq!(r.errors[..], all.errors[..10]);
}

#[test]
fn schema_errors_stop_before_data() {
    let s = schema(r#"{"fields": [{"name": "a"}, {"name": "a"}], "primaryKey": ["b"]}"#);
    let r = validate_bytes(b"a,a\n1,2\n", &s, &ValidateOptions::default());
    let codes: Vec<&str> = r.errors.iter().map(|e| e.code.as_str()).collect();
    assert_eq!(codes, ["schema-error", "schema-error"]);
    let s = schema(
        r#"{"fields": [{"name": "a", "type": "integer", "constraints": {"pattern": "1"}}]}"#,
    );
    assert_eq!(
        validate_bytes(b"a\n1\n", &s, &ValidateOptions::default()).errors[0].code,
        "field-error"
    );
}

#[test]
fn encodings_and_dialects() {
    let s = schema(
        r#"{"fields": [{"name": "nama", "type": "string", "constraints": {"maxLength": 4}}, {"name": "n", "type": "integer"}]}"#,
    );
    // Windows-1252: é is one character.
    let r = validate_bytes(b"nama;n\ncaf\xe9;1\n", &s, &ValidateOptions::default());
    assert!(r.valid, "{:?}", r.errors);
    assert_eq!(
        (r.stats.encoding.as_str(), r.stats.delimiter.as_str()),
        ("windows-1252", ";")
    );
    // A BOM is skipped.
    assert!(
        validate_bytes(
            b"\xef\xbb\xbfnama,n\nab,1\n",
            &s,
            &ValidateOptions::default()
        )
        .valid
    );
    // Invalid UTF-8 after the detection window ends validation with encoding-error.
    let mut csv = b"nama,n\n".to_vec();
    for i in 0..20_000 {
        csv.extend_from_slice(format!("ab,{i}\n").as_bytes());
    }
    csv.extend_from_slice(b"ab,x\ncaf\xe9,1\nab,y\n");
    let r = validate_bytes(&csv, &s, &ValidateOptions::default());
    assert_eq!(keys(&r).last().unwrap().0, "encoding-error");
    assert_eq!(r.errors.len(), 2, "{:?}", keys(&r));
    // Headerless files with a dialect.
    let dialect = serde_json::from_str(r#"{"header": false, "delimiter": "|"}"#).unwrap();
    let r = validate_bytes(
        b"ab|1\nabcde|x\n",
        &s,
        &ValidateOptions {
            dialect: Some(dialect),
            ..Default::default()
        },
    );
    assert_eq!(
        keys(&r),
        [
            ("constraint-error".into(), Some(2), Some(1)),
            ("type-error".into(), Some(2), Some(2))
        ]
    );
}

#[test]
fn foreign_keys_to_self_resolve_forward_references() {
    let s = schema(
        r#"{"fields": [{"name": "id", "type": "integer"}, {"name": "induk", "type": "integer"}],
        "foreignKeys": [{"fields": ["induk"], "reference": {"resource": "", "fields": ["id"]}}]}"#,
    );
    let r = validate_bytes(
        b"id,induk\n1,\n2,3\n3,1\n4,9\n",
        &s,
        &ValidateOptions::default(),
    );
    assert_eq!(keys(&r), [("foreign-key".into(), Some(5), None)]);
}

#[test]
fn keys_stay_within_32_bytes_each() {
    // 300k distinct keys: the key set may not exceed 32 bytes per key; checked through memory
    // accounting in the unit tests, here through behaviour at scale.
    let s = schema(r#"{"fields": [{"name": "id", "type": "integer"}], "primaryKey": ["id"]}"#);
    let mut csv = String::from("id\n");
    for i in 0..300_000u32 {
        csv.push_str(&format!("{i}\n"));
    }
    csv.push_str("17\n");
    let r = validate_bytes(csv.as_bytes(), &s, &ValidateOptions::default());
    assert_eq!(keys(&r), [("primary-key".into(), Some(300_002), None)]);
    assert_eq!(r.errors[0].note, "the same as in the row at position 19");
}

#[test]
fn garbage_never_panics() {
    let s = schema(JABAR);
    let mut x: u64 = 7;
    for len in [0usize, 1, 2, 3, 17, 200, 5000] {
        for _ in 0..20 {
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
                    [b'"', b',', b'\n', b'\r', b'a', b'1', 0xE9, 0xC3, b';'][(x >> 60) as usize % 9]
                })
                .collect();
            let _ = validate_bytes(&bytes, &s, &ValidateOptions::default());
            let _ = infer_schema(&bytes, &InferOptions::default());
            let _ = profile_bytes(&bytes, Some(&s), &ReadOptions::default());
            let _ = datago_core::privacy::scan_bytes(&bytes, &ReadOptions::default());
            let _ = table::check_regions(bytes.as_slice(), &ReadOptions::default());
        }
    }
}

#[test]
fn inferred_schema_validates_its_own_sample() {
    let csv = "id,kode_provinsi,nama_provinsi,kode_kabupaten_kota,nama_kabupaten_kota,jumlah,satuan,tahun,tanggal\n\
               1,33,JAWA TENGAH,3371,KOTA MAGELANG,\"1.234,5\",ORANG,2023,26 November 2023\n\
               2,33,JAWA TENGAH,3308,KABUPATEN MAGELANG,tidak ada data,ORANG,2024,17 Agustus 2024\n";
    let s = infer_schema(csv.as_bytes(), &InferOptions::default()).unwrap();
    let r = validate_bytes(csv.as_bytes(), &s, &ValidateOptions::default());
    assert!(
        r.valid,
        "{:?}\n{}",
        keys(&r),
        serde_json::to_string(&s).unwrap()
    );
    let satuan = s.fields.iter().find(|f| f.name == "satuan").unwrap();
    assert!(satuan.constraints.as_ref().unwrap().enum_values.is_some());
    assert_eq!(
        s.fields[3].description.as_deref(),
        Some("Kode kabupaten/kota (BPS)")
    );
}

#[test]
fn catalog_check_validates_contents_and_flags_personal_data_in_open_data() {
    let mut b = datago_core::sample::bundle();
    assert_eq!(b.check().unwrap().counts.error, 0, "the sample stays clean");
    // Break a data file of the sample and add a NIK column.
    let path = "data/jumlah-puskesmas.csv";
    let text = String::from_utf8(b.get(path).unwrap().to_vec()).unwrap();
    let broken = text.replacen(",UNIT,2019", ",UNIT,dua ribu", 1);
    b.insert(path, broken.into_bytes());
    let report = b.check().unwrap();
    assert!(report
        .findings
        .iter()
        .any(|f| f.code == "resource.table.invalid" && f.message.en.contains("type-error")));
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    lines[1] = lines[1].replace("KOTA MAGELANG", "3371014107850003");
    b.insert(path, (lines.join("\n") + "\n").into_bytes());
    let report = b.check().unwrap();
    let open = report
        .findings
        .iter()
        .find(|f| f.code == "resource.personal-data.open")
        .expect("personal data in open data is an error");
    assert_eq!(open.severity, datago_core::Severity::Error);
    assert!(!open.message.en.contains("3371014107850003"));
    assert!(report
        .findings
        .iter()
        .any(|f| f.code == "resource.table.region-code"));
}

/// An integer primary key (kept as runs of consecutive values) reports what the same column
/// read as strings (every value hashed) reports: the same rows, the same earlier rows named.
#[test]
fn integer_primary_keys_match_hashed_keys() {
    let as_integer = schema(
        r#"{"fields": [{"name": "id", "type": "integer"}, {"name": "v", "type": "string"}],
            "primaryKey": ["id"]}"#,
    );
    let as_string = schema(
        r#"{"fields": [{"name": "id", "type": "string"}, {"name": "v", "type": "string"}],
            "primaryKey": ["id"]}"#,
    );
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for case in 0..40 {
        let mut csv = String::from("id,v\n");
        let mut id: i64 = case - 20;
        for row in 0..2_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            // Mostly consecutive ids, with jumps back and forth, repeats and blanks.
            id = match x % 23 {
                0 => id - (x >> 8) as i64 % 50,
                1 => id + (x >> 8) as i64 % 50,
                2 => id,
                _ => id + 1,
            };
            if x.is_multiple_of(97) {
                csv.push_str(",blank id\n");
            } else {
                csv.push_str(&format!("{id},row {row}\n"));
            }
        }
        for threads in [1, 2] {
            let options = ValidateOptions {
                limit_errors: 0,
                threads,
                chunk_bytes: 4096,
                ..Default::default()
            };
            let ints = validate_bytes(csv.as_bytes(), &as_integer, &options);
            let strings = validate_bytes(csv.as_bytes(), &as_string, &options);
            let pk = |r: &TableReport| -> Vec<(Option<u64>, String)> {
                r.errors
                    .iter()
                    .filter(|e| e.code == "primary-key")
                    .map(|e| (e.row_number, e.note.clone()))
                    .collect()
            };
            assert!(
                ints.errors.iter().any(|e| e.code == "primary-key"),
                "case {case}"
            );
            assert_eq!(pk(&ints), pk(&strings), "case {case}, {threads} threads");
        }
    }
}

//! Arbitrary bytes through the table validator (whole, streamed in odd chunks, on two threads,
//! and repeated to 150 KB so that the parallel path cuts blocks inside them),
//! schema inference, profiles, region checks and the personal-data scan: nothing may panic, and
//! streaming and threads must not change the report.
#![no_main]

use datago_core::resource::TableSchema;
use datago_core::table::{self, ReadOptions, TableValidator, ValidateOptions};
use libfuzzer_sys::fuzz_target;

const SCHEMA: &str = r#"{"fields": [
  {"name": "id", "type": "integer", "constraints": {"required": true}},
  {"name": "kode", "type": "string", "constraints": {"pattern": "[0-9]{4}", "unique": true}},
  {"name": "nilai", "type": "number", "decimalChar": ",", "groupChar": "."},
  {"name": "tanggal", "type": "date", "format": "%d/%m/%Y"},
  {"name": "waktu", "type": "datetime"},
  {"name": "induk", "type": "integer"}],
  "primaryKey": ["id"],
  "foreignKeys": [{"fields": ["induk"], "reference": {"resource": "", "fields": ["id"]}}]}"#;

fuzz_target!(|data: &[u8]| {
    let schema: TableSchema = serde_json::from_str(SCHEMA).unwrap();
    let options = ValidateOptions {
        limit_errors: 0,
        chunk_bytes: 4096,
        ..Default::default()
    };
    let whole = table::validate_bytes(
        data,
        &schema,
        &ValidateOptions {
            threads: 1,
            ..options.clone()
        },
    );
    let mut v = TableValidator::new(&schema, &options);
    let step = 1 + data.first().copied().unwrap_or(0) as usize % 13;
    for chunk in data.chunks(step) {
        v.push(chunk);
    }
    assert_eq!(v.finish().errors, whole.errors);
    let two = table::validate_reader(
        data,
        &schema,
        &ValidateOptions {
            threads: 2,
            ..options.clone()
        },
    )
    .unwrap();
    assert_eq!(two.errors, whole.errors);
    // The parallel path only starts after a full block (64 KiB here): repeat the input to
    // ~150 KB so that blocks are cut, in parallel, inside arbitrary content. With the default
    // error limit: without one, a short input repeated gives hundreds of thousands of errors.
    if !data.is_empty() {
        let big: Vec<u8> = data.iter().copied().cycle().take(150_000).collect();
        let run = |threads| {
            table::validate_reader(
                big.as_slice(),
                &schema,
                &ValidateOptions {
                    threads,
                    limit_errors: table::DEFAULT_LIMIT_ERRORS,
                    ..options.clone()
                },
            )
            .unwrap()
        };
        let (one, two) = (run(1), run(2));
        assert_eq!(two.errors, one.errors);
        assert_eq!(two.stats.rows, one.stats.rows);
    }
    let read = ReadOptions::default();
    let _ = table::infer_schema(data, &Default::default());
    let _ = table::profile_bytes(data, None, &read);
    let _ = table::check_regions(data, &read);
    let _ = datago_core::privacy::scan_bytes(data, &read);
});

//! Arbitrary bytes as a replica's home page, and as a licence string: never a panic.
//!
//! `cargo +nightly fuzz run check_homepage -- -max_total_time=60` (from the repository root;
//! `cargo install cargo-fuzz` first).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(report) = datago_core::replica::check_homepage_bytes(data) {
        let errors = report
            .findings
            .iter()
            .any(|f| f.severity == datago_core::Severity::Error);
        assert_eq!(report.compliant, !errors);
    }
    let text = String::from_utf8_lossy(data);
    let n = datago_core::license::normalize(&text);
    assert!(n.license.is_none() || n.confidence >= datago_core::license::MATCH_THRESHOLD);
    let _ = datago_core::replica::check_terms_text(&text);
});

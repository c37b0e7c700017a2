//! Quickstart for Rust: read and validate a dataset, take workflow steps, check the embedded
//! Kota Magelang sample catalog.
//!
//! Run: `cargo run -p datago-core --example rust_quickstart`

use chrono::{TimeZone, Utc};
use datago_core::{sample, Action, Actor, Dataset, Lang};

fn main() -> Result<(), datago_core::Error> {
    // 1. A dataset as a producer might first write it: findings come all at once.
    let mut ds = Dataset::from_json(
        r#"{
          "id": "5d0c6f3e-2b1a-4c9d-8e7f-1a2b3c4d5e6f",
          "slug": "jumlah-puskesmas-kota-magelang",
          "title": {"id": "Jumlah Puskesmas Kota Magelang"},
          "producer": "dinkes", "walidata": "diskominsta", "access": "terbuka"
        }"#,
    )?;
    println!("Findings for '{}':", ds.slug);
    for f in ds.validate() {
        println!(
            "  {:7} {:32} {:14} {}",
            f.severity.as_str(),
            f.code,
            f.path,
            f.message.get(Lang::En)
        );
    }

    // 2. The publication workflow: the producer submits, the walidata verifies and publishes.
    let at = Utc
        .with_ymd_and_hms(2026, 11, 26, 2, 0, 0)
        .single()
        .unwrap_or_default();
    ds.apply(Action::Submit, Actor::new("dinkes", "Ani"), at, None)?;
    if let Err(e) = ds.apply(Action::Publish, Actor::new("diskominsta", "Budi"), at, None) {
        println!(
            "Refused as expected: [{}] {}",
            e.code(),
            e.message(Lang::Id)
        );
    }
    ds.apply(Action::Verify, Actor::new("diskominsta", "Budi"), at, None)?;
    println!(
        "Status now: {} after {} steps",
        ds.status.as_str(),
        ds.history.len()
    );

    // 3. The whole embedded sample catalog.
    let report = sample::bundle().check()?;
    println!(
        "Sample catalog '{}': {} datasets, {} organizations, valid = {} ({} errors, {} warnings, {} info)",
        report.title,
        report.datasets,
        report.organizations,
        report.valid,
        report.counts.error,
        report.counts.warning,
        report.counts.info
    );
    Ok(())
}

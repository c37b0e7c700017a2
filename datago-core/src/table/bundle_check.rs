//! What `datago check` (`Bundle::check`) asks of the table module: each CSV resource with a
//! Table Schema validated against its schema (foreign keys resolved against the dataset's other
//! resources), its region-code columns checked, and a personal-data scan — an error in a
//! dataset marked `terbuka`.

use std::collections::BTreeMap;

use crate::bundle::Bundle;
use crate::dataset::Dataset;
use crate::finding::{Finding, Lang};
use crate::privacy;
use crate::resource::Resource;
use crate::rules;
use crate::vocab::AccessLevel;

use super::{check_regions, validate_bytes, ReadOptions, ReferenceTable, ValidateOptions};

/// The name a foreign key uses for a resource: its id, else its file name without extension.
fn resource_name(r: &Resource) -> Option<String> {
    r.id.clone().or_else(|| {
        r.path.as_deref().map(|p| {
            let file = p.rsplit('/').next().unwrap_or(p);
            file.rsplit_once('.')
                .map(|(s, _)| s)
                .unwrap_or(file)
                .to_string()
        })
    })
}

/// Findings about the contents of `r`'s CSV file (paths relative to the resource).
pub(crate) fn resource_findings(bundle: &Bundle, dataset: &Dataset, r: &Resource) -> Vec<Finding> {
    let mut out = Vec::new();
    let Some(path) = r.path.as_deref().filter(|p| !p.is_empty()) else {
        return out;
    };
    let Some(bytes) = bundle.get(path) else {
        return out;
    };
    if !r.is_csv() {
        return out;
    }
    let read = ReadOptions {
        dialect: r.dialect.clone(),
        encoding: r.encoding.as_deref().and_then(super::Encoding::parse),
    };
    if let Some(schema) = &r.schema {
        let mut options = ValidateOptions {
            dialect: r.dialect.clone(),
            encoding: read.encoding,
            ..Default::default()
        };
        for fk in &schema.foreign_keys {
            let name = &fk.reference.resource;
            if name.is_empty() {
                continue;
            }
            let target = dataset
                .resources
                .iter()
                .find(|o| resource_name(o).as_deref() == Some(name.as_str()));
            if let Some((o, Some(s), Some(b))) = target.map(|o| {
                (
                    o,
                    o.schema.as_ref(),
                    o.path.as_deref().and_then(|p| bundle.get(p)),
                )
            }) {
                let opts = ValidateOptions {
                    dialect: o.dialect.clone(),
                    ..Default::default()
                };
                options.references.entry(name.clone()).or_default().push(
                    ReferenceTable::from_bytes(b, s, &fk.reference.fields, &opts),
                );
            }
        }
        let report = validate_bytes(bytes, schema, &options);
        // Label errors are already reported by the header check of `Bundle::check`.
        let mut by_code: BTreeMap<&str, (usize, &super::TableIssue)> = BTreeMap::new();
        for e in report.errors.iter().filter(|e| {
            !super::IssueKind::ALL
                .iter()
                .any(|k| k.is_label() && k.code() == e.code)
        }) {
            by_code.entry(e.code.as_str()).or_insert((0, e)).0 += 1;
        }
        for (code, (count, first)) in by_code {
            out.push(Finding::new(
                &rules::TABLE_CONTENT_INVALID,
                "/path",
                &[
                    ("value", path),
                    ("count", &count.to_string()),
                    ("code", code),
                    ("detail_id", &first.message.id),
                    ("detail_en", &first.message.en),
                ],
            ));
        }
        if report.partial {
            out.push(Finding::new(
                &rules::TABLE_CONTENT_PARTIAL,
                "/path",
                &[("value", path), ("count", &report.errors.len().to_string())],
            ));
        }
    }
    if let Ok(regions) = check_regions(bytes, &read) {
        for c in &regions.columns {
            let problems = [
                (
                    &c.malformed,
                    "tidak berbentuk kode yang sah",
                    "are malformed",
                ),
                (
                    &c.unknown,
                    "tidak ada dalam daftar Kemendagri",
                    "are not in the Kemendagri list",
                ),
                (
                    &c.wrong_parent,
                    "berada di luar wilayah induknya",
                    "lie outside their parent region",
                ),
                (
                    &c.name_mismatch,
                    "tidak cocok dengan nama di sebelahnya",
                    "do not match the name beside them",
                ),
            ];
            for (sample, id, en) in problems {
                if sample.count == 0 {
                    continue;
                }
                let rows = sample
                    .rows
                    .iter()
                    .map(u64::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                out.push(Finding::new(
                    &rules::TABLE_REGION_CODE,
                    "/path",
                    &[
                        ("value", path),
                        ("column", &c.column),
                        ("count", &sample.count.to_string()),
                        ("problem_id", id),
                        ("problem_en", en),
                        ("rows", &rows),
                    ],
                ));
            }
        }
    }
    if let Ok(scan) = privacy::scan_bytes(bytes, &read) {
        let rule = if dataset.access == Some(AccessLevel::Terbuka) {
            &rules::TABLE_PERSONAL_DATA_OPEN
        } else {
            &rules::TABLE_PERSONAL_DATA
        };
        for f in &scan.findings {
            out.push(Finding::new(
                rule,
                "/path",
                &[
                    ("value", path),
                    ("detail_id", f.message.get(Lang::Id)),
                    ("detail_en", f.message.get(Lang::En)),
                ],
            ));
        }
    }
    out
}

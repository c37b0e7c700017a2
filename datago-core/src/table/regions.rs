//! Region-code columns of Satu Data tables (`kode_provinsi`, `kode_kabupaten_kota`,
//! `kode_kecamatan`, `kode_desa_kelurahan`): which scheme each column uses (Kemendagri or BPS),
//! codes of the wrong shape, codes not in the reference list, codes outside their parent
//! column's region, and names (`nama_*`) that do not match the code.

use std::collections::HashMap;
use std::io::Read;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::rows::{read_table, ReadOptions, RowEvent};
use super::TableError;
use crate::region::reference;
use crate::region::{RegionCode, RegionLevel, RegionScheme};

/// How many sample row numbers a report keeps per problem.
const SAMPLES: usize = 5;

/// Rows with one kind of problem: how many, and the first few row numbers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RowSample {
    /// Rows with the problem.
    pub count: u64,
    /// The first row numbers (header = row 1).
    pub rows: Vec<u64>,
}

impl RowSample {
    fn add(&mut self, row: u64) {
        self.count += 1;
        if self.rows.len() < SAMPLES {
            self.rows.push(row);
        }
    }
}

/// What DataGO found in one region-code column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RegionColumn {
    /// Column name (`kode_kabupaten_kota`).
    pub column: String,
    /// 1-based column position.
    pub field_number: u64,
    /// The level the name announces.
    pub level: RegionLevel,
    /// The scheme most values follow (`None` when no value is a well-formed code).
    pub scheme: Option<RegionScheme>,
    /// Cells with a code.
    pub values: u64,
    /// Codes that are not a well-formed code of the column's level in either scheme.
    pub malformed: RowSample,
    /// Well-formed codes the Kemendagri reference does not know.
    pub unknown: RowSample,
    /// Codes outside the region of the row's higher-level code (e.g. a kabupaten code not in
    /// the row's province).
    pub wrong_parent: RowSample,
    /// The `nama_*` column checked against the names of the codes, if there is one.
    pub name_column: Option<String>,
    /// Rows whose name does not match the code's official name.
    pub name_mismatch: RowSample,
}

impl RegionColumn {
    /// True when nothing is wrong.
    pub fn is_clean(&self) -> bool {
        self.malformed.count == 0
            && self.unknown.count == 0
            && self.wrong_parent.count == 0
            && self.name_mismatch.count == 0
    }
}

/// Region-code columns of a table.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RegionReport {
    /// One entry per region-code column found.
    pub columns: Vec<RegionColumn>,
    /// The reference the codes were checked against (with its ODbL attribution).
    pub reference: String,
}

fn level_of(column: &str) -> Option<RegionLevel> {
    let n = column.to_lowercase();
    let rest = n.strip_prefix("kode_").or_else(|| n.strip_prefix("kd_"))?;
    Some(match rest {
        "provinsi" | "prov" => RegionLevel::Provinsi,
        "kabupaten_kota" | "kabupaten" | "kota" | "kab_kota" | "kabkota" => {
            RegionLevel::KabupatenKota
        }
        "kecamatan" | "kec" => RegionLevel::Kecamatan,
        "desa_kelurahan" | "desa" | "kelurahan" | "kel" => RegionLevel::DesaKelurahan,
        _ => return None,
    })
}

fn rank(l: RegionLevel) -> usize {
    match l {
        RegionLevel::Provinsi => 0,
        RegionLevel::KabupatenKota => 1,
        RegionLevel::Kecamatan => 2,
        RegionLevel::DesaKelurahan => 3,
    }
}

/// Digits of a code (`33.71` → `3371`), for parent checks across schemes at the top levels.
fn digits(code: &str) -> String {
    code.chars().filter(char::is_ascii_digit).collect()
}

struct Col {
    index: usize,
    out: RegionColumn,
    name_index: Option<usize>,
    schemes: HashMap<RegionScheme, u64>,
}

/// Checks the region-code columns of a CSV table (streaming).
///
/// ```
/// use datago_core::table::{check_regions, ReadOptions};
/// use datago_core::RegionScheme;
///
/// let csv = "kode_provinsi,nama_provinsi,kode_kabupaten_kota,nama_kabupaten_kota\n\
///            33,JAWA TENGAH,3371,KOTA MAGELANG\n\
///            33,JAWA TENGAH,3308,KOTA MAGELANG\n\
///            33,JAWA TENGAH,3271,KOTA BOGOR\n";
/// let r = check_regions(csv.as_bytes(), &ReadOptions::default()).unwrap();
/// let kab = &r.columns[1];
/// assert_eq!(kab.scheme, Some(RegionScheme::Bps));
/// assert_eq!(kab.name_mismatch.rows, [3]);
/// assert_eq!(kab.wrong_parent.rows, [4]);
/// ```
pub fn check_regions<R: Read>(
    reader: R,
    options: &ReadOptions,
) -> Result<RegionReport, TableError> {
    let mut cols: Vec<Col> = Vec::new();
    read_table(reader, options, &mut |ev| {
        let (row, cells) = match ev {
            RowEvent::Header(labels) => {
                for (i, l) in labels.iter().enumerate() {
                    let Some(level) = level_of(l) else { continue };
                    let lower = l.to_lowercase();
                    let suffix = lower.split_once('_').map(|x| x.1).unwrap_or("");
                    let name_index = labels
                        .iter()
                        .position(|x| x.to_lowercase() == format!("nama_{suffix}"));
                    cols.push(Col {
                        index: i,
                        name_index,
                        schemes: HashMap::new(),
                        out: RegionColumn {
                            column: l.clone(),
                            field_number: i as u64 + 1,
                            level,
                            scheme: None,
                            values: 0,
                            malformed: RowSample::default(),
                            unknown: RowSample::default(),
                            wrong_parent: RowSample::default(),
                            name_column: name_index.map(|n| labels[n].clone()),
                            name_mismatch: RowSample::default(),
                        },
                    });
                }
                cols.sort_by_key(|c| rank(c.out.level));
                return true;
            }
            RowEvent::Row(row, cells) => (row, cells),
        };
        // The code of the row one level up, as digits.
        let mut parent: Option<String> = None;
        for c in cols.iter_mut() {
            let Some(code) = cells
                .get(c.index)
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
            else {
                parent = None;
                continue;
            };
            c.out.values += 1;
            let rc = [RegionScheme::Kemendagri, RegionScheme::Bps]
                .into_iter()
                .map(|s| RegionCode::new(s, code))
                .find(|rc| rc.level() == Some(c.out.level));
            let Some(rc) = rc else {
                c.out.malformed.add(row);
                parent = None;
                continue;
            };
            // Province codes are the same in both schemes: count them for neither.
            if c.out.level != RegionLevel::Provinsi {
                *c.schemes.entry(rc.scheme).or_default() += 1;
            } else {
                c.schemes.entry(rc.scheme).or_default();
            }
            let d = digits(code);
            if let Some(p) = &parent {
                if !d.starts_with(p.as_str()) {
                    c.out.wrong_parent.add(row);
                }
            }
            let known = reference::lookup(&rc);
            let checkable = rc.scheme == RegionScheme::Kemendagri
                || matches!(
                    c.out.level,
                    RegionLevel::Provinsi | RegionLevel::KabupatenKota
                );
            let checkable = checkable
                && (c.out.level != RegionLevel::DesaKelurahan || reference::has_villages());
            match known {
                None if checkable => c.out.unknown.add(row),
                Some(region) => {
                    if let Some(n) = c.name_index.and_then(|n| cells.get(n)) {
                        if !n.trim().is_empty() && !reference::name_matches(region.code, n) {
                            c.out.name_mismatch.add(row);
                        }
                    }
                }
                None => {}
            }
            parent = Some(d);
        }
        true
    })?;
    let mut columns: Vec<RegionColumn> = cols
        .into_iter()
        .map(|mut c| {
            c.out.scheme = c
                .schemes
                .iter()
                .filter(|(_, n)| **n > 0)
                .max_by_key(|(s, n)| (**n, **s == RegionScheme::Bps))
                .map(|(s, _)| *s);
            if c.out.level == RegionLevel::Provinsi && !c.schemes.is_empty() {
                // Province codes read the same in both schemes: take the table's.
                c.out.scheme = Some(RegionScheme::Kemendagri);
            }
            c.out
        })
        .collect();
    let table_scheme = columns
        .iter()
        .filter(|c| c.level != RegionLevel::Provinsi)
        .find_map(|c| c.scheme);
    for c in columns.iter_mut() {
        if c.level == RegionLevel::Provinsi && c.scheme.is_some() {
            if let Some(s) = table_scheme {
                c.scheme = Some(s);
            }
        }
    }
    Ok(RegionReport {
        columns,
        reference: reference::ATTRIBUTION.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kemendagri_codes_unknown_and_malformed() {
        let csv = "kode_provinsi,kode_kabupaten_kota,nama_kabupaten_kota,kode_kecamatan\n\
                   33,33.71,KOTA MAGELANG,33.71.01\n\
                   33,33.99,KOTA MAGELANG,33.71.01\n\
                   33,3x.71,KOTA MAGELANG,\n\
                   33,33.08,KABUPATEN MAGELANG,33.71.01\n\
                   32,33.71,Kota Magelang,33.71.02\n";
        let r = check_regions(csv.as_bytes(), &ReadOptions::default()).unwrap();
        assert!(r.reference.contains("ODbL"), "{}", r.reference);
        let prov = &r.columns[0];
        assert_eq!(prov.level, RegionLevel::Provinsi);
        assert_eq!(
            prov.scheme,
            Some(RegionScheme::Kemendagri),
            "the table's scheme"
        );
        let kab = &r.columns[1];
        assert_eq!(kab.scheme, Some(RegionScheme::Kemendagri));
        assert_eq!(kab.values, 5);
        assert_eq!(kab.unknown.rows, [3]);
        assert_eq!(kab.malformed.rows, [4]);
        assert_eq!(kab.wrong_parent.rows, [6]);
        assert_eq!(kab.name_column.as_deref(), Some("nama_kabupaten_kota"));
        assert_eq!(
            kab.name_mismatch.count, 0,
            "case and the KOTA prefix are read as names"
        );
        let kec = &r.columns[2];
        assert_eq!(kec.level, RegionLevel::Kecamatan);
        // Row 3: under the unknown 33.99; row 5: 33.71.01 is not in Kabupaten Magelang (33.08).
        assert_eq!(kec.wrong_parent.rows, [3, 5]);
        assert!(kec.unknown.count == 0 && kec.malformed.count == 0);
    }
}

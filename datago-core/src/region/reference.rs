//! The Kemendagri region-code reference: every provinsi, kabupaten/kota and kecamatan (and,
//! with the `desa` feature, every desa/kelurahan) with its name, so codes in data can be
//! checked for existence and against the names beside them.
//!
//! Data: npm package idn-area-data 4.0.1, **ODbL-1.0** — see [`ATTRIBUTION`] and
//! `datago-core/data/wilayah/README.md`. BPS uses the same numbers at province and
//! kabupaten/kota level (`33.71` = `3371`), so those BPS codes are checked too; BPS kecamatan
//! and desa numbers differ and are checked by shape and parent only.
//!
//! ```
//! use datago_core::{RegionCode, RegionLevel, RegionScheme};
//! use datago_core::region::reference;
//!
//! let kota = reference::lookup(&RegionCode::new(RegionScheme::Bps, "3371")).unwrap();
//! assert_eq!((kota.name, kota.level), ("Kota Magelang", RegionLevel::KabupatenKota));
//! assert_eq!(reference::lookup_kemendagri("33.71.01").unwrap().name, "Magelang Selatan");
//! assert!(reference::name_matches("33.71", "KOTA MAGELANG"));
//! assert!(!reference::name_matches("33.71", "KABUPATEN MAGELANG"));
//! assert!(reference::lookup_kemendagri("33.99").is_none());
//! ```

use std::collections::HashMap;
use std::sync::OnceLock;

use super::{RegionCode, RegionLevel, RegionScheme};

/// The notice the ODbL asks for, to show wherever the reference data is redistributed.
pub const ATTRIBUTION: &str = "Kode wilayah: contains information from idn-area-data 4.0.1 (Fityan, Kemendagri codes), made available under the Open Database License (ODbL) v1.0.";

/// Version of the reference list.
pub const SOURCE: &str = "idn-area-data 4.0.1 (npm), ODbL-1.0";

const PROVINCES: &str = include_str!("../../data/wilayah/provinces.csv");
const REGENCIES: &str = include_str!("../../data/wilayah/regencies.csv");
const DISTRICTS: &str = include_str!("../../data/wilayah/districts.csv");
#[cfg(feature = "desa")]
const VILLAGES: &str = include_str!("../../data/wilayah/villages.csv");

/// One region of the reference list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// Kemendagri code, dotted (`33.71.01`).
    pub code: &'static str,
    /// Official name (`Kota Magelang`).
    pub name: &'static str,
    /// Level.
    pub level: RegionLevel,
    /// Code of the region it belongs to.
    pub parent: Option<&'static str>,
}

fn table() -> &'static HashMap<&'static str, Region> {
    static T: OnceLock<HashMap<&'static str, Region>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::new();
        let mut load = |csv: &'static str, level: RegionLevel, has_parent: bool| {
            for line in csv.lines().skip(1) {
                let mut parts = line.splitn(if has_parent { 3 } else { 2 }, ',');
                let code = parts.next().unwrap_or("");
                let parent = if has_parent { parts.next() } else { None };
                let name = parts.next().unwrap_or("").trim_matches('"');
                if !code.is_empty() {
                    m.insert(
                        code,
                        Region {
                            code,
                            name,
                            level,
                            parent,
                        },
                    );
                }
            }
        };
        load(PROVINCES, RegionLevel::Provinsi, false);
        load(REGENCIES, RegionLevel::KabupatenKota, true);
        load(DISTRICTS, RegionLevel::Kecamatan, true);
        #[cfg(feature = "desa")]
        load(VILLAGES, RegionLevel::DesaKelurahan, true);
        m
    })
}

/// True when the desa/kelurahan list is embedded (the `desa` feature).
pub fn has_villages() -> bool {
    cfg!(feature = "desa")
}

/// The region of a Kemendagri code (`33`, `33.71`, `33.71.01`, `33.71.01.1003` with `desa`).
pub fn lookup_kemendagri(code: &str) -> Option<Region> {
    table().get(code.trim()).copied()
}

/// The region of a scheme-tagged code: Kemendagri codes directly, BPS province and
/// kabupaten/kota codes through their Kemendagri form. `None` when the code is unknown (or is
/// a BPS kecamatan/desa code, which this list cannot confirm).
pub fn lookup(code: &RegionCode) -> Option<Region> {
    match code.scheme {
        RegionScheme::Kemendagri => lookup_kemendagri(&code.code),
        RegionScheme::Bps => {
            let k = code.to_scheme(RegionScheme::Kemendagri)?;
            lookup_kemendagri(&k.code)
        }
    }
}

/// Every region of the list at `level`.
pub fn all(level: RegionLevel) -> Vec<Region> {
    let mut v: Vec<Region> = table()
        .values()
        .filter(|r| r.level == level)
        .copied()
        .collect();
    v.sort_by_key(|r| r.code);
    v
}

/// Lowercase letters and digits, single spaces.
fn normalize(s: &str) -> String {
    let mut out = String::new();
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&w.to_lowercase());
    }
    out
}

const PREFIXES: [&str; 6] = [
    "provinsi ",
    "kabupaten ",
    "kab ",
    "kota ",
    "kecamatan ",
    "kec ",
];

fn strip_prefix(s: &str) -> (&str, Option<&str>) {
    for p in PREFIXES {
        if let Some(rest) = s.strip_prefix(p) {
            let kind = match p {
                "kab " => "kabupaten ",
                "kec " => "kecamatan ",
                other => other,
            };
            return (rest, Some(kind));
        }
    }
    (s, None)
}

/// True when `name` names the region with Kemendagri code `code`, ignoring case, punctuation
/// and a missing `Kabupaten`/`Kota` prefix (`KOTA MAGELANG`, `Magelang`), but not a wrong one
/// (`KABUPATEN MAGELANG` is not `33.71`).
pub fn name_matches(code: &str, name: &str) -> bool {
    let Some(r) = lookup_kemendagri(code) else {
        return false;
    };
    let official = normalize(r.name);
    let given = normalize(name);
    if official == given {
        return true;
    }
    let (o_rest, o_kind) = strip_prefix(&official);
    let (g_rest, g_kind) = strip_prefix(&given);
    match (o_kind, g_kind) {
        (_, None) => o_rest == g_rest,
        (Some(o), Some(g)) => o == g && o_rest == g_rest,
        (None, Some(_)) => o_rest == g_rest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_names() {
        assert_eq!(all(RegionLevel::Provinsi).len(), 38);
        assert_eq!(all(RegionLevel::KabupatenKota).len(), 514);
        assert!(all(RegionLevel::Kecamatan).len() > 7000);
        assert_eq!(lookup_kemendagri("33").unwrap().name, "Jawa Tengah");
        assert!(name_matches("33", "JAWA TENGAH"));
        assert!(name_matches("33", "Provinsi Jawa Tengah"));
        assert!(name_matches("33.08", "Kab. Magelang"));
        assert!(!name_matches("33.08", "Kota Magelang"));
        assert!(name_matches("33.71.02", "MAGELANG UTARA"));
    }
}

//! Region codes (kode wilayah), tagged with the scheme they follow.
//!
//! Indonesia has two region-code systems:
//! - **Kemendagri** (Permendagri on kode wilayah): dotted, `33` province, `33.71` kabupaten/kota,
//!   `33.71.01` kecamatan, `33.71.01.1003` desa/kelurahan.
//! - **BPS** (Peraturan BPS 3/2019): undotted, `33`, `3371`, `3371010` (3-digit kecamatan),
//!   `3371010001` (3-digit desa). Open Data Jabar CSVs use these.
//!
//! Province and kabupaten/kota codes are the same number in both systems; below that level the
//! numbering differs, so only those two levels convert.

use std::fmt;

pub mod reference;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Which code list a region code belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RegionScheme {
    /// Kementerian Dalam Negeri, dotted (`33.71`).
    Kemendagri,
    /// Badan Pusat Statistik, undotted (`3371`).
    Bps,
}

impl RegionScheme {
    /// Parses `kemendagri` or `bps` (case-insensitive).
    pub fn parse(s: &str) -> Result<RegionScheme, crate::Error> {
        match s.trim().to_ascii_lowercase().as_str() {
            "kemendagri" => Ok(RegionScheme::Kemendagri),
            "bps" => Ok(RegionScheme::Bps),
            _ => Err(crate::Error::InvalidArgument {
                what: "region scheme",
                value: s.to_string(),
                expected: "kemendagri or bps".to_string(),
            }),
        }
    }

    /// The stable lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            RegionScheme::Kemendagri => "kemendagri",
            RegionScheme::Bps => "bps",
        }
    }
}

/// The administrative level a code designates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RegionLevel {
    /// Provinsi.
    Provinsi,
    /// Kabupaten or kota.
    KabupatenKota,
    /// Kecamatan.
    Kecamatan,
    /// Desa or kelurahan.
    DesaKelurahan,
}

/// A scheme-tagged region code: `{"scheme": "kemendagri", "code": "33.71"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub struct RegionCode {
    /// The code list.
    pub scheme: RegionScheme,
    /// The code as written in that list.
    pub code: String,
}

impl RegionCode {
    /// A region code (not checked; see [`RegionCode::is_well_formed`]).
    ///
    /// ```
    /// use datago_core::{RegionCode, RegionLevel, RegionScheme};
    ///
    /// let kota = RegionCode::new(RegionScheme::Kemendagri, "33.71");
    /// assert!(kota.is_well_formed());
    /// assert_eq!(kota.level(), Some(RegionLevel::KabupatenKota));
    /// assert_eq!(kota.to_scheme(RegionScheme::Bps).unwrap().code, "3371");
    /// assert_eq!(RegionCode::detect("3371010").unwrap().scheme, RegionScheme::Bps);
    /// assert!(RegionCode::new(RegionScheme::Bps, "33.71").level().is_none());
    /// ```
    pub fn new(scheme: RegionScheme, code: impl Into<String>) -> Self {
        RegionCode {
            scheme,
            code: code.into(),
        }
    }

    /// A region code from user input: with `scheme` (`kemendagri`/`bps`) as given, without it
    /// detected from the code's shape ([`RegionCode::detect`]).
    ///
    /// ```
    /// use datago_core::{RegionCode, RegionScheme};
    /// assert_eq!(RegionCode::from_input("3371", None).unwrap().scheme, RegionScheme::Bps);
    /// assert_eq!(RegionCode::from_input("33.71", Some("BPS")).unwrap().scheme, RegionScheme::Bps);
    /// assert_eq!(RegionCode::from_input("magelang", None).unwrap_err().code(), "invalid-argument");
    /// ```
    pub fn from_input(code: &str, scheme: Option<&str>) -> Result<RegionCode, crate::Error> {
        match scheme {
            Some(s) => Ok(RegionCode::new(RegionScheme::parse(s)?, code)),
            None => RegionCode::detect(code).ok_or_else(|| crate::Error::InvalidArgument {
                what: "region code",
                value: code.to_string(),
                expected: "a Kemendagri (33.71) or BPS (3371) code, or a scheme".to_string(),
            }),
        }
    }

    /// Guesses the scheme from the shape of `code`: dotted is Kemendagri, digits of length 4, 7
    /// or 10 are BPS. A two-digit province code is the same in both and is read as Kemendagri.
    pub fn detect(code: &str) -> Option<RegionCode> {
        for scheme in [RegionScheme::Kemendagri, RegionScheme::Bps] {
            let rc = RegionCode::new(scheme, code);
            if rc.level().is_some() {
                return Some(rc);
            }
        }
        None
    }

    /// The level the code designates, or `None` when it is not well formed for its scheme.
    pub fn level(&self) -> Option<RegionLevel> {
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        let c = self.code.as_str();
        match self.scheme {
            RegionScheme::Kemendagri => {
                let parts: Vec<&str> = c.split('.').collect();
                let widths = [2, 2, 2, 4];
                if parts.is_empty()
                    || parts.len() > widths.len()
                    || !parts.iter().zip(widths).all(|(p, w)| digits(p, w))
                {
                    return None;
                }
                Some(LEVELS[parts.len() - 1])
            }
            RegionScheme::Bps => {
                let i = [2, 4, 7, 10].iter().position(|&n| digits(c, n))?;
                Some(LEVELS[i])
            }
        }
    }

    /// True when the code has the shape its scheme prescribes. (Whether the region exists is a
    /// question for the reference list.)
    pub fn is_well_formed(&self) -> bool {
        self.level().is_some()
    }

    /// The same region in another scheme. Only province and kabupaten/kota codes convert: the
    /// kecamatan and desa numbering of the two systems differ.
    pub fn to_scheme(&self, scheme: RegionScheme) -> Option<RegionCode> {
        let level = self.level()?;
        if scheme == self.scheme {
            return Some(self.clone());
        }
        if !matches!(level, RegionLevel::Provinsi | RegionLevel::KabupatenKota) {
            return None;
        }
        let digits: String = self.code.chars().filter(char::is_ascii_digit).collect();
        let code = match scheme {
            RegionScheme::Bps => digits,
            RegionScheme::Kemendagri if digits.len() == 4 => {
                format!("{}.{}", &digits[..2], &digits[2..])
            }
            RegionScheme::Kemendagri => digits,
        };
        Some(RegionCode::new(scheme, code))
    }
}

/// What DataGO can tell about a region code from its shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RegionInfo {
    /// The scheme (given, or detected).
    pub scheme: RegionScheme,
    /// The code as given.
    pub code: String,
    /// True when the code has its scheme's shape.
    pub well_formed: bool,
    /// The level, when well formed.
    pub level: Option<RegionLevel>,
    /// The Kemendagri form, when it converts.
    pub kemendagri: Option<String>,
    /// The BPS form, when it converts.
    pub bps: Option<String>,
}

impl RegionCode {
    /// Everything about the code in one value.
    ///
    /// ```
    /// use datago_core::{RegionCode, RegionScheme, RegionLevel};
    /// let info = RegionCode::new(RegionScheme::Bps, "3371").info();
    /// assert_eq!(info.level, Some(RegionLevel::KabupatenKota));
    /// assert_eq!(info.kemendagri.as_deref(), Some("33.71"));
    /// ```
    pub fn info(&self) -> RegionInfo {
        let convert = |s| self.to_scheme(s).map(|r| r.code);
        RegionInfo {
            scheme: self.scheme,
            code: self.code.clone(),
            well_formed: self.is_well_formed(),
            level: self.level(),
            kemendagri: convert(RegionScheme::Kemendagri),
            bps: convert(RegionScheme::Bps),
        }
    }
}

const LEVELS: [RegionLevel; 4] = [
    RegionLevel::Provinsi,
    RegionLevel::KabupatenKota,
    RegionLevel::Kecamatan,
    RegionLevel::DesaKelurahan,
];

impl fmt::Display for RegionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.scheme.as_str(), self.code)
    }
}

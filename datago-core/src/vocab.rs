//! Controlled vocabularies: urusan pemerintahan (themes), update frequency, access classification,
//! each mapped to the EU vocabulary DCAT-AP uses.
//!
//! The urusan list is data (`data/urusan.json`, Permendagri 90/2019), not code.

use std::sync::OnceLock;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::text::LocalizedText;

/// Base URI of the EU data theme vocabulary.
pub const EU_THEME_BASE: &str = "http://publications.europa.eu/resource/authority/data-theme/";
/// Base URI of the EU frequency vocabulary.
pub const EU_FREQUENCY_BASE: &str = "http://publications.europa.eu/resource/authority/frequency/";
/// Base URI of the EU access-right vocabulary.
pub const EU_ACCESS_RIGHT_BASE: &str =
    "http://publications.europa.eu/resource/authority/access-right/";

/// One bidang urusan pemerintahan (Permendagri 90/2019), e.g. `1.02` Kesehatan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Urusan {
    /// The code, `group.number` (`1.02`).
    pub code: String,
    /// The name in Bahasa Indonesia and English.
    pub name: LocalizedText,
    /// EU data theme codes (`HEAL`, `EDUC`, …) the urusan maps to, the first being the main one.
    pub eu_themes: Vec<String>,
}

impl Urusan {
    /// Full URIs of the mapped EU data themes.
    pub fn eu_theme_uris(&self) -> Vec<String> {
        self.eu_themes
            .iter()
            .map(|t| format!("{EU_THEME_BASE}{t}"))
            .collect()
    }
}

/// A group of urusan (the first digit of the code), e.g. `1` basic-service affairs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct UrusanGroup {
    /// The group digit.
    pub code: String,
    /// The group's name.
    pub name: LocalizedText,
}

#[derive(Deserialize)]
struct UrusanFile {
    groups: Vec<UrusanGroup>,
    urusan: Vec<Urusan>,
    #[serde(default)]
    eu_theme_labels: std::collections::BTreeMap<String, String>,
}

fn table() -> &'static UrusanFile {
    static TABLE: OnceLock<UrusanFile> = OnceLock::new();
    TABLE.get_or_init(|| {
        // The file is part of the crate and parsed by a unit test; an empty table is the
        // (never expected) fallback rather than a panic.
        serde_json::from_str(include_str!("../data/urusan.json")).unwrap_or(UrusanFile {
            groups: Vec::new(),
            urusan: Vec::new(),
            eu_theme_labels: Default::default(),
        })
    })
}

/// All bidang urusan, in code order.
///
/// ```
/// let all = datago_core::vocab::urusan_list();
/// assert!(all.iter().any(|u| u.code == "2.20" && u.name.get("id") == Some("Statistik")));
/// ```
pub fn urusan_list() -> &'static [Urusan] {
    &table().urusan
}

/// The English label of an EU data theme code (`HEAL` → `Health`).
///
/// ```
/// assert_eq!(datago_core::vocab::eu_theme_label("EDUC"), Some("Education, culture and sport"));
/// ```
pub fn eu_theme_label(code: &str) -> Option<&'static str> {
    table().eu_theme_labels.get(code).map(String::as_str)
}

/// The urusan groups.
pub fn urusan_groups() -> &'static [UrusanGroup] {
    &table().groups
}

/// Looks an urusan up by code.
///
/// ```
/// let health = datago_core::vocab::urusan("1.02").unwrap();
/// assert_eq!(health.eu_theme_uris()[0], "http://publications.europa.eu/resource/authority/data-theme/HEAL");
/// assert!(datago_core::vocab::urusan("9.99").is_none());
/// ```
pub fn urusan(code: &str) -> Option<&'static Urusan> {
    urusan_list().iter().find(|u| u.code == code)
}

/// A file format with its IANA media type and EU File Type, and whether it is machine-readable
/// and non-proprietary (the data.europa.eu MQA criteria).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct FileFormat {
    /// Format name, upper case (`CSV`).
    pub format: String,
    /// IANA media type.
    pub media_type: String,
    /// Code in the EU File Type vocabulary.
    pub eu_file_type: String,
    /// Machine-readable.
    pub machine_readable: bool,
    /// Non-proprietary.
    pub non_proprietary: bool,
    /// Usual file extensions.
    pub extensions: Vec<String>,
}

impl FileFormat {
    /// The EU File Type URI.
    pub fn eu_uri(&self) -> String {
        format!("{EU_FILE_TYPE_BASE}{}", self.eu_file_type)
    }

    /// The IANA media type URI used by DCAT-AP.
    pub fn media_type_uri(&self) -> String {
        format!("{IANA_MEDIA_TYPE_BASE}{}", self.media_type)
    }
}

/// Base URI of the EU File Type vocabulary.
pub const EU_FILE_TYPE_BASE: &str = "http://publications.europa.eu/resource/authority/file-type/";
/// Base URI of IANA media types as DCAT-AP writes them.
pub const IANA_MEDIA_TYPE_BASE: &str = "https://www.iana.org/assignments/media-types/";

/// Every known file format.
pub fn formats() -> &'static [FileFormat] {
    #[derive(Deserialize)]
    struct F {
        formats: Vec<FileFormat>,
    }
    static T: OnceLock<Vec<FileFormat>> = OnceLock::new();
    T.get_or_init(|| {
        serde_json::from_str::<F>(include_str!("../data/formats.json"))
            .map(|f| f.formats)
            .unwrap_or_default()
    })
}

/// Looks a format up by name, extension, media type, EU File Type code or URI
/// (case-insensitive).
///
/// ```
/// use datago_core::vocab::format;
/// assert_eq!(format("csv").unwrap().media_type, "text/csv");
/// assert_eq!(format("text/csv").unwrap().format, "CSV");
/// assert_eq!(format("http://publications.europa.eu/resource/authority/file-type/XLSX").unwrap().format, "XLSX");
/// assert!(!format("pdf").unwrap().machine_readable);
/// ```
pub fn format(key: &str) -> Option<&'static FileFormat> {
    let k = key.trim();
    let k = k
        .rsplit('/')
        .next()
        .filter(|_| k.starts_with("http"))
        .unwrap_or(k);
    let media = key
        .trim()
        .strip_prefix(IANA_MEDIA_TYPE_BASE)
        .unwrap_or(key.trim());
    let media = media.split(';').next().unwrap_or(media).trim();
    formats().iter().find(|f| {
        f.format.eq_ignore_ascii_case(k)
            || f.eu_file_type.eq_ignore_ascii_case(k)
            || f.media_type.eq_ignore_ascii_case(media)
            || f.extensions
                .iter()
                .any(|e| e.eq_ignore_ascii_case(k.trim_start_matches('.')))
    })
}

/// How often a dataset is updated (frekuensi penyelenggaraan, as in MS-Keg 4.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Frequency {
    /// Harian: daily.
    Harian,
    /// Mingguan: weekly.
    Mingguan,
    /// Bulanan: monthly.
    Bulanan,
    /// Triwulanan: quarterly.
    Triwulanan,
    /// Semesteran: twice a year.
    Semesteran,
    /// Tahunan: yearly.
    Tahunan,
    /// Lainnya: any other rhythm.
    Lainnya,
}

impl Frequency {
    /// The EU frequency vocabulary code (`ANNUAL`, `QUARTERLY`, …).
    ///
    /// ```
    /// use datago_core::Frequency;
    /// assert_eq!(Frequency::Semesteran.eu_code(), "BIANNUAL");
    /// assert_eq!(Frequency::Tahunan.eu_uri(), "http://publications.europa.eu/resource/authority/frequency/ANNUAL");
    /// ```
    pub fn eu_code(self) -> &'static str {
        match self {
            Frequency::Harian => "DAILY",
            Frequency::Mingguan => "WEEKLY",
            Frequency::Bulanan => "MONTHLY",
            Frequency::Triwulanan => "QUARTERLY",
            Frequency::Semesteran => "BIANNUAL",
            Frequency::Tahunan => "ANNUAL",
            Frequency::Lainnya => "OTHER",
        }
    }

    /// The EU frequency URI.
    pub fn eu_uri(self) -> String {
        format!("{EU_FREQUENCY_BASE}{}", self.eu_code())
    }

    /// All frequencies, shortest period first.
    pub const ALL: [Frequency; 7] = [
        Frequency::Harian,
        Frequency::Mingguan,
        Frequency::Bulanan,
        Frequency::Triwulanan,
        Frequency::Semesteran,
        Frequency::Tahunan,
        Frequency::Lainnya,
    ];
}

/// Access classification (klasifikasi data) from the data spectrum: only `terbuka` data may be
/// published on an open portal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum AccessLevel {
    /// Terbuka: open to everyone.
    Terbuka,
    /// Terbatas: shared with named agencies or groups only.
    Terbatas,
    /// Tertutup: not shared.
    Tertutup,
}

impl AccessLevel {
    /// The EU access-right code (`PUBLIC`, `RESTRICTED`, `NON_PUBLIC`).
    ///
    /// ```
    /// use datago_core::AccessLevel;
    /// assert_eq!(AccessLevel::Tertutup.eu_code(), "NON_PUBLIC");
    /// ```
    pub fn eu_code(self) -> &'static str {
        match self {
            AccessLevel::Terbuka => "PUBLIC",
            AccessLevel::Terbatas => "RESTRICTED",
            AccessLevel::Tertutup => "NON_PUBLIC",
        }
    }

    /// The EU access-right URI.
    pub fn eu_uri(self) -> String {
        format!("{EU_ACCESS_RIGHT_BASE}{}", self.eu_code())
    }
}

/// The EU vocabulary URI(s) for a DataGO vocabulary value: `frequency` (`tahunan`), `access`
/// (`terbuka`) or `urusan` (`1.02`, which may map to several themes).
///
/// ```
/// use datago_core::vocab::eu_uris;
/// assert_eq!(eu_uris("access", "terbatas").unwrap(), ["http://publications.europa.eu/resource/authority/access-right/RESTRICTED"]);
/// assert_eq!(eu_uris("frequency", "bulanan").unwrap()[0], "http://publications.europa.eu/resource/authority/frequency/MONTHLY");
/// assert_eq!(eu_uris("urusan", "9.99").unwrap_err().code(), "invalid-argument");
/// ```
pub fn eu_uris(vocabulary: &str, value: &str) -> Result<Vec<String>, crate::Error> {
    let bad = |what: &'static str, expected: &str| crate::Error::InvalidArgument {
        what,
        value: value.to_string(),
        expected: expected.to_string(),
    };
    let quoted = serde_json::Value::String(value.to_string());
    match vocabulary {
        "frequency" => serde_json::from_value::<Frequency>(quoted)
            .map(|f| vec![f.eu_uri()])
            .map_err(|_| {
                bad(
                    "frequency",
                    "harian, mingguan, bulanan, triwulanan, semesteran, tahunan or lainnya",
                )
            }),
        "access" => serde_json::from_value::<AccessLevel>(quoted)
            .map(|a| vec![a.eu_uri()])
            .map_err(|_| bad("access level", "terbuka, terbatas or tertutup")),
        "urusan" => urusan(value)
            .map(Urusan::eu_theme_uris)
            .ok_or_else(|| bad("urusan code", "a Permendagri 90/2019 code such as 1.02")),
        _ => Err(crate::Error::InvalidArgument {
            what: "vocabulary",
            value: vocabulary.to_string(),
            expected: "frequency, access or urusan".to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urusan_table_is_complete_and_consistent() {
        let list = urusan_list();
        assert_eq!(list.len(), 42);
        let groups: Vec<&str> = urusan_groups().iter().map(|g| g.code.as_str()).collect();
        assert_eq!(groups, ["1", "2", "3", "4", "5", "6", "7", "8"]);
        let known = [
            "AGRI", "ECON", "EDUC", "ENER", "ENVI", "GOVE", "HEAL", "INTR", "JUST", "REGI", "SOCI",
            "TECH", "TRAN",
        ];
        for u in list {
            let (g, n) = u.code.split_once('.').expect("code has a dot");
            assert!(groups.contains(&g), "{}", u.code);
            assert_eq!(n.len(), 2, "{}", u.code);
            assert!(!u.eu_themes.is_empty(), "{}", u.code);
            assert!(u.eu_themes.iter().all(|t| known.contains(&t.as_str())));
            assert!(u.name.get("id").is_some() && u.name.get("en").is_some());
        }
    }
}

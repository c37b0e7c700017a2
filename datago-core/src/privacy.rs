//! Personal data (data pribadi, UU 27/2022 Pelindungan Data Pribadi) in tables about to be
//! published: NIK (16 digits whose region and birth-date parts are valid), NPWP, Indonesian
//! phone numbers, e-mail addresses, and columns named like personal identifiers, names,
//! addresses or birth dates.
//!
//! The scan reports, per column and kind, how many cells match and the first row numbers —
//! never the values themselves — with a severity. `datago check` treats any of it in a
//! resource of a dataset marked `terbuka` as an error: open data must be aggregated or
//! de-identified first.
//!
//! ```
//! use datago_core::privacy::{scan_bytes, PersonalDataKind, PrivacySeverity};
//! use datago_core::table::ReadOptions;
//!
//! let csv = "no,nama_penerima,nik,telepon,nama_kecamatan\n\
//!            1,Siti Aminah,3371014107850003,0812-3456-7890,MAGELANG SELATAN\n";
//! let report = scan_bytes(csv.as_bytes(), &ReadOptions::default()).unwrap();
//! let kinds: Vec<_> = report.findings.iter().map(|f| (f.column.as_str(), f.kind)).collect();
//! assert!(kinds.contains(&("nik", PersonalDataKind::Nik)));
//! assert!(kinds.contains(&("telepon", PersonalDataKind::Phone)));
//! assert!(kinds.contains(&("nama_penerima", PersonalDataKind::NameColumn)));
//! assert!(!kinds.iter().any(|(c, _)| *c == "nama_kecamatan"));
//! assert_eq!(report.severity, Some(PrivacySeverity::High));
//! // No value appears in the report.
//! assert!(!serde_json::to_string(&report).unwrap().contains("3371014107850003"));
//! ```

use std::io::Read;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::finding::Message;
use crate::region::reference;
use crate::table::rows::{read_table, ReadOptions, RowEvent};
use crate::table::TableError;

/// What kind of personal data was found.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum PersonalDataKind {
    /// Nomor Induk Kependudukan: 16 digits, valid kecamatan code and birth date.
    Nik,
    /// Nomor Pokok Wajib Pajak (`01.234.567.8-901.000`).
    Npwp,
    /// An Indonesian phone number (mobile `08…`/`+628…`, or landline in a phone column).
    Phone,
    /// An e-mail address.
    Email,
    /// A column named like a personal identifier (`nik`, `no_kk`, `npwp`, `nip`, `paspor`).
    IdentifierColumn,
    /// A column named like a person's name (`nama`, `nama_penerima`), not a region's or an
    /// organisation's.
    NameColumn,
    /// A column named like a personal address (`alamat`, `domisili`).
    AddressColumn,
    /// A column named like a birth date (`tanggal_lahir`, `ttl`).
    BirthDateColumn,
}

impl PersonalDataKind {
    /// The stable kebab-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            PersonalDataKind::Nik => "nik",
            PersonalDataKind::Npwp => "npwp",
            PersonalDataKind::Phone => "phone",
            PersonalDataKind::Email => "email",
            PersonalDataKind::IdentifierColumn => "identifier-column",
            PersonalDataKind::NameColumn => "name-column",
            PersonalDataKind::AddressColumn => "address-column",
            PersonalDataKind::BirthDateColumn => "birth-date-column",
        }
    }

    /// How serious publishing it would be.
    pub fn severity(self) -> PrivacySeverity {
        match self {
            PersonalDataKind::Nik | PersonalDataKind::Npwp | PersonalDataKind::IdentifierColumn => {
                PrivacySeverity::High
            }
            _ => PrivacySeverity::Medium,
        }
    }

    fn describe(self) -> (&'static str, &'static str) {
        match self {
            PersonalDataKind::Nik => ("NIK", "NIK (national identity numbers)"),
            PersonalDataKind::Npwp => ("NPWP", "NPWP (tax identification numbers)"),
            PersonalDataKind::Phone => ("nomor telepon", "phone numbers"),
            PersonalDataKind::Email => ("alamat e-mail", "e-mail addresses"),
            PersonalDataKind::IdentifierColumn => {
                ("nomor identitas pribadi", "personal identification numbers")
            }
            PersonalDataKind::NameColumn => ("nama orang", "names of people"),
            PersonalDataKind::AddressColumn => ("alamat tempat tinggal", "home addresses"),
            PersonalDataKind::BirthDateColumn => ("tanggal lahir", "birth dates"),
        }
    }
}

/// Severity of personal data in a table.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum PrivacySeverity {
    /// Worth a look.
    Low,
    /// Personal data (names, contacts, birth dates): aggregate or remove before publishing.
    Medium,
    /// Identifiers (NIK, NPWP, KK): never publish.
    High,
}

/// Personal data of one kind in one column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PersonalDataFinding {
    /// Column name.
    pub column: String,
    /// 1-based column position.
    pub field_number: u64,
    /// What was found.
    pub kind: PersonalDataKind,
    /// Cells that hold it (for a column-name finding: the non-empty cells).
    pub count: u64,
    /// The first row numbers (header = row 1); the values are never reported.
    pub sample_rows: Vec<u64>,
    /// How serious it is.
    pub severity: PrivacySeverity,
    /// What was found and what to do, in Bahasa Indonesia and English.
    pub message: Message,
}

/// The result of a personal-data scan.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PrivacyReport {
    /// Data rows scanned.
    pub rows: u64,
    /// Findings, by column then kind.
    pub findings: Vec<PersonalDataFinding>,
    /// The highest severity found (`None`: nothing found).
    pub severity: Option<PrivacySeverity>,
}

impl PrivacyReport {
    /// True when personal data was found.
    pub fn contains_personal_data(&self) -> bool {
        !self.findings.is_empty()
    }
}

/// True for a NIK: 16 digits, an existing kecamatan code (digits 1–6), a valid birth date
/// (digits 7–12, DDMMYY, day + 40 for women) and a serial other than `0000`.
///
/// ```
/// use datago_core::privacy::is_valid_nik;
/// assert!(is_valid_nik("3371014107850003"));  // Magelang Selatan, woman born 1 July 1985
/// assert!(!is_valid_nik("3371013207850003")); // day 32
/// assert!(!is_valid_nik("9971010107850003")); // no province 99
/// assert!(!is_valid_nik("337101010785000"));  // 15 digits
/// ```
pub fn is_valid_nik(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 16 || !b.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let kec = format!("{}.{}.{}", &s[0..2], &s[2..4], &s[4..6]);
    if reference::lookup_kemendagri(&kec).is_none() {
        return false;
    }
    let n = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(0);
    let mut day = n(6..8);
    if day > 40 {
        day -= 40;
    }
    let (month, yy) = (n(8..10), n(10..12) as i32);
    let date_ok = [1900 + yy, 2000 + yy]
        .iter()
        .any(|y| NaiveDate::from_ymd_opt(*y, month, day).is_some());
    date_ok && &s[12..16] != "0000"
}

fn is_npwp_formatted(s: &str) -> bool {
    // 99.999.999.9-999.999
    let shape = b"00.000.000.0-000.000";
    s.len() == shape.len()
        && s.bytes().zip(shape.iter()).all(|(c, p)| {
            if *p == b'0' {
                c.is_ascii_digit()
            } else {
                c == *p
            }
        })
}

fn phone_digits(s: &str) -> Option<String> {
    let t = s.trim();
    if t.is_empty() || t.len() > 24 {
        return None;
    }
    let mut out = String::new();
    for (i, c) in t.chars().enumerate() {
        match c {
            '0'..='9' => out.push(c),
            '+' if i == 0 => out.push(c),
            ' ' | '-' | '.' | '(' | ')' => {}
            _ => return None,
        }
    }
    Some(out)
}

fn is_mobile(s: &str) -> bool {
    let Some(d) = phone_digits(s) else {
        return false;
    };
    let rest = d
        .strip_prefix("+62")
        .or_else(|| d.strip_prefix("62"))
        .or_else(|| d.strip_prefix('0'));
    rest.is_some_and(|r| {
        r.starts_with('8')
            && r.len() >= 9
            && r.len() <= 12
            && r.as_bytes()
                .get(1)
                .is_some_and(|c| (b'1'..=b'9').contains(c))
    })
}

fn is_landline(s: &str) -> bool {
    let Some(d) = phone_digits(s) else {
        return false;
    };
    let rest = d
        .strip_prefix("+62")
        .or_else(|| d.strip_prefix("62"))
        .or_else(|| d.strip_prefix('0'));
    rest.is_some_and(|r| r.len() >= 8 && r.len() <= 11 && !r.starts_with('0'))
}

fn tokens(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Words that make a `nama_*` column about something other than a person.
const NOT_A_PERSON: &[&str] = &[
    "provinsi",
    "prov",
    "kabupaten",
    "kab",
    "kota",
    "kecamatan",
    "kec",
    "desa",
    "kelurahan",
    "kel",
    "wilayah",
    "daerah",
    "opd",
    "instansi",
    "dinas",
    "badan",
    "lembaga",
    "organisasi",
    "unit",
    "satuan",
    "sekolah",
    "puskesmas",
    "rumah",
    "sakit",
    "rs",
    "rsud",
    "faskes",
    "klinik",
    "perusahaan",
    "usaha",
    "umkm",
    "koperasi",
    "toko",
    "pasar",
    "hotel",
    "restoran",
    "produk",
    "barang",
    "komoditas",
    "kegiatan",
    "program",
    "indikator",
    "variabel",
    "jalan",
    "jenis",
    "kategori",
    "objek",
    "obyek",
    "lokasi",
    "bank",
    "kapal",
    "terminal",
    "taman",
    "bangunan",
    "gedung",
    "cagar",
    "budaya",
    "situs",
    "sungai",
    "gunung",
    "dataset",
    "data",
    "kelompok",
    "wisata",
    "destinasi",
    "acara",
    "event",
    "penyakit",
    "obat",
    "universitas",
    "kampus",
    "masjid",
    "gereja",
    "pura",
    "vihara",
    "klenteng",
    "tempat",
    "ibadah",
    "aset",
    "bidang",
    "urusan",
    "sektor",
    "layanan",
    "aplikasi",
    "kendaraan",
    "merk",
    "merek",
    "tim",
    "klub",
    "perumahan",
    "rt",
    "rw",
    "dusun",
    "pos",
    "posyandu",
    "ruang",
    "tanah",
    "bendungan",
    "embung",
    "irigasi",
    "sumber",
    "file",
    "berkas",
    "dokumen",
    "kawasan",
    "zona",
    "blok",
];

fn column_kinds(name: &str) -> Vec<PersonalDataKind> {
    let t = tokens(name);
    let has = |w: &str| t.iter().any(|x| x == w);
    let mut out = Vec::new();
    let identifier = has("nik")
        || has("nkk")
        || has("npwp")
        || has("nip")
        || has("paspor")
        || has("passport")
        || has("ktp")
        || ((has("kk") || has("sim")) && (has("no") || has("nomor")));
    if identifier {
        out.push(PersonalDataKind::IdentifierColumn);
    }
    let organisational = t.iter().any(|x| NOT_A_PERSON.contains(&x.as_str()));
    if (has("nama") || has("name")) && !organisational {
        out.push(PersonalDataKind::NameColumn);
    }
    if (has("alamat") || has("address") || has("domisili")) && !organisational {
        out.push(PersonalDataKind::AddressColumn);
    }
    if has("ttl") || has("birth") || has("dob") || (has("lahir") && (has("tanggal") || has("tgl")))
    {
        out.push(PersonalDataKind::BirthDateColumn);
    }
    out
}

#[derive(Default)]
struct Tally {
    count: u64,
    rows: Vec<u64>,
}

impl Tally {
    fn add(&mut self, row: u64) {
        self.count += 1;
        if self.rows.len() < 5 {
            self.rows.push(row);
        }
    }
}

/// Scans a CSV table for personal data (streaming).
pub fn scan_reader<R: Read>(reader: R, options: &ReadOptions) -> Result<PrivacyReport, TableError> {
    const CONTENT: [PersonalDataKind; 4] = [
        PersonalDataKind::Nik,
        PersonalDataKind::Npwp,
        PersonalDataKind::Phone,
        PersonalDataKind::Email,
    ];
    let mut labels: Vec<String> = Vec::new();
    let mut by_name: Vec<Vec<(PersonalDataKind, Tally)>> = Vec::new();
    let mut by_content: Vec<[Tally; 4]> = Vec::new();
    let mut phone_column: Vec<bool> = Vec::new();
    let mut npwp_column: Vec<bool> = Vec::new();
    let mut rows = 0u64;
    read_table(reader, options, &mut |ev| {
        let (row, cells) = match ev {
            RowEvent::Header(l) => {
                labels = l.to_vec();
                by_name = l
                    .iter()
                    .map(|n| {
                        column_kinds(n)
                            .into_iter()
                            .map(|k| (k, Tally::default()))
                            .collect()
                    })
                    .collect();
                phone_column = l
                    .iter()
                    .map(|n| {
                        let t = tokens(n);
                        [
                            "telp",
                            "telepon",
                            "telpon",
                            "phone",
                            "hp",
                            "wa",
                            "whatsapp",
                            "tlp",
                            "handphone",
                        ]
                        .iter()
                        .any(|w| t.iter().any(|x| x == w))
                    })
                    .collect();
                npwp_column = l
                    .iter()
                    .map(|n| tokens(n).iter().any(|x| x == "npwp"))
                    .collect();
                return true;
            }
            RowEvent::Row(row, cells) => (row, cells),
        };
        rows += 1;
        if by_content.len() < cells.len() {
            by_content.resize_with(cells.len(), Default::default);
        }
        for (i, cell) in cells.iter().enumerate() {
            let v = cell.trim().trim_start_matches('\'');
            if v.is_empty() {
                continue;
            }
            if let Some(kinds) = by_name.get_mut(i) {
                for (_, t) in kinds.iter_mut() {
                    t.add(row);
                }
            }
            let first = v.as_bytes()[0];
            if !(first.is_ascii_digit() || first == b'+' || first == b'(' || v.contains('@')) {
                continue;
            }
            let tallies = &mut by_content[i];
            if is_valid_nik(v) {
                tallies[0].add(row);
            } else if is_npwp_formatted(v)
                || (npwp_column.get(i) == Some(&true)
                    && v.len() == 15
                    && v.bytes().all(|b| b.is_ascii_digit()))
            {
                tallies[1].add(row);
            } else if is_mobile(v) || (phone_column.get(i) == Some(&true) && is_landline(v)) {
                tallies[2].add(row);
            } else if v.contains('@') && crate::table::is_email_address(v) {
                tallies[3].add(row);
            }
        }
        true
    })?;
    let mut findings = Vec::new();
    let width = labels.len().max(by_content.len());
    for i in 0..width {
        let column = labels
            .get(i)
            .cloned()
            .unwrap_or_else(|| format!("field{}", i + 1));
        let mut push = |kind: PersonalDataKind, t: &Tally| {
            if t.count == 0 {
                return;
            }
            let (id, en) = kind.describe();
            let rows_txt = t
                .rows
                .iter()
                .map(u64::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            findings.push(PersonalDataFinding {
                column: column.clone(),
                field_number: i as u64 + 1,
                kind,
                count: t.count,
                sample_rows: t.rows.clone(),
                severity: kind.severity(),
                message: Message {
                    id: format!(
                        "Kolom \"{column}\" memuat {id} ({} sel; contoh baris {rows_txt}). Data pribadi (UU 27/2022) tidak boleh terbit sebagai data terbuka: hapus kolomnya, samarkan, atau sajikan agregatnya.",
                        t.count
                    ),
                    en: format!(
                        "Column \"{column}\" holds {en} ({} cells; e.g. rows {rows_txt}). Personal data (UU 27/2022) must not be published as open data: drop the column, de-identify it or publish aggregates.",
                        t.count
                    ),
                },
            });
        };
        if let Some(kinds) = by_name.get(i) {
            for (k, t) in kinds {
                push(*k, t);
            }
        }
        if let Some(tallies) = by_content.get(i) {
            for (k, t) in CONTENT.iter().zip(tallies.iter()) {
                push(*k, t);
            }
        }
    }
    let severity = findings.iter().map(|f| f.severity).max();
    Ok(PrivacyReport {
        rows,
        findings,
        severity,
    })
}

/// [`scan_reader`] over bytes in memory.
pub fn scan_bytes(bytes: &[u8], options: &ReadOptions) -> Result<PrivacyReport, TableError> {
    scan_reader(bytes, options)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detectors() {
        assert!(is_mobile("+62 812-3456-7890"));
        assert!(is_mobile("081234567890"));
        assert!(!is_mobile("3371"));
        assert!(!is_mobile("2024"));
        assert!(is_npwp_formatted("01.234.567.8-901.000"));
        assert_eq!(column_kinds("nama_kabupaten_kota"), []);
        assert_eq!(column_kinds("Nama Lengkap"), [PersonalDataKind::NameColumn]);
        assert_eq!(column_kinds("no_kk"), [PersonalDataKind::IdentifierColumn]);
        assert_eq!(
            column_kinds("tanggal_lahir"),
            [PersonalDataKind::BirthDateColumn]
        );
        assert_eq!(column_kinds("alamat_sekolah"), []);
    }
}

#[cfg(test)]
mod scan_tests {
    use super::*;

    #[test]
    fn scan_counts_valid_identifiers_and_never_reveals_them() {
        let csv = "no,nik,npwp,kontak,telp_kantor,alamat_tinggal,jumlah\n\
                   1,3371014107850003,01.234.567.8-901.000,siti@example.id,(0293) 362-001,Jl. Mawar 1,5\n\
                   2,3371013207850003,012345678901000,0812 3456 7890,0293362002,Jl. Melati 2,6\n\
                   3,9971010107850003,,+62 812-3456-7891,,,7\n\
                   4,3371010101900000,,bukan@,,,8\n\
                   5,3371015506010002,,,,,9\n";
        let r = scan_bytes(csv.as_bytes(), &ReadOptions::default()).unwrap();
        let get = |col: &str, kind| {
            r.findings
                .iter()
                .find(|f| f.column == col && f.kind == kind)
                .map(|f| (f.count, f.sample_rows.clone()))
        };
        // Day 32, province 99 and serial 0000 are not NIKs; day 55 is a woman born on the 15th.
        assert_eq!(get("nik", PersonalDataKind::Nik), Some((2, vec![2, 6])));
        assert_eq!(
            get("nik", PersonalDataKind::IdentifierColumn),
            Some((5, vec![2, 3, 4, 5, 6]))
        );
        // Formatted anywhere; 15 bare digits only in an NPWP column.
        assert_eq!(get("npwp", PersonalDataKind::Npwp), Some((2, vec![2, 3])));
        assert_eq!(get("kontak", PersonalDataKind::Email), Some((1, vec![2])));
        assert_eq!(
            get("kontak", PersonalDataKind::Phone),
            Some((2, vec![3, 4]))
        );
        // Landlines only count in a column named like a phone column.
        assert_eq!(
            get("telp_kantor", PersonalDataKind::Phone),
            Some((2, vec![2, 3]))
        );
        assert_eq!(
            get("alamat_tinggal", PersonalDataKind::AddressColumn),
            Some((2, vec![2, 3]))
        );
        assert!(r
            .findings
            .iter()
            .all(|f| f.column != "jumlah" && f.column != "no"));
        assert_eq!(r.rows, 5);
        assert_eq!(r.severity, Some(PrivacySeverity::High));
        let json = serde_json::to_string(&r).unwrap();
        for secret in [
            "3371014107850003",
            "siti@example.id",
            "3456",
            "901.000",
            "Mawar",
        ] {
            assert!(!json.contains(secret), "{secret} leaked");
        }
        let clean = scan_bytes(
            b"kode_kabupaten_kota,tahun,jumlah\n3371,2024,12\n",
            &ReadOptions::default(),
        )
        .unwrap();
        assert!(!clean.contains_personal_data() && clean.severity.is_none());
    }
}

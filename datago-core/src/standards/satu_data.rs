//! Satu Data Indonesia: the data standard of Perpres 39/2019 and the statistical metadata of
//! Peraturan BPS 5/2020 (MS-Keg, MS-Var, MS-Ind), and the check of a dataset against the four
//! principles of Satu Data (Perpres 39/2019 Pasal 3).
//!
//! A dataset carries its Satu Data metadata in [`SatuData`] (`satuData` in the dataset JSON):
//! the Standar Data ([`DataStandard`]), at most one MS-Keg ([`MsKeg`], the statistical activity
//! that produced the data), and any number of MS-Var ([`MsVar`]) and MS-Ind ([`MsInd`]).
//!
//! In the dataset JSON the keys are camelCase like everywhere else in DataGO
//! (`judulKegiatan`); [`ms_keg_json`], [`ms_var_json`] and [`ms_ind_json`] write the
//! snake_case keys of the INDAH v2 client (`judul_kegiatan`), and [`ms_keg_from_json`],
//! [`ms_var_from_json`], [`ms_ind_from_json`] read them back. Values of the closed lists are
//! the INDAH codes in both forms (`PENCACAHAN_LENGKAP`, `STATISTIK_SEKTORAL`).
//!
//! ```
//! use datago_core::standards::satu_data::{ms_ind_json, ms_ind_from_json, MsInd};
//!
//! let ind = MsInd {
//!     nama: "Angka Partisipasi Murni SD".into(),
//!     definisi: "Proporsi anak usia 7-12 tahun yang bersekolah di SD/sederajat.".into(),
//!     satuan: "Persen".into(),
//!     apakah_indikator_komposit: Some(false),
//!     ..Default::default()
//! };
//! let indah = ms_ind_json(&ind);
//! assert_eq!(indah["nama"], "Angka Partisipasi Murni SD");
//! assert_eq!(indah["apakah_indikator_komposit"], false);
//! assert_eq!(ms_ind_from_json(&indah).unwrap(), ind);
//! ```
//!
//! The four principles ([`check`]):
//!
//! | principle | passes when |
//! |---|---|
//! | (a) Standar Data | `satuData.standard` has konsep, definisi, klasifikasi, ukuran and satuan |
//! | (b) Metadata | judul, deskripsi, produsen, walidata, frekuensi, cakupan waktu and cakupan wilayah are present; an attached MS-Keg has judul kegiatan, tahun, cara pengumpulan data, sektor kegiatan, jenis statistik, instansi penyelenggara (and frekuensi when the activity recurs); every MS-Var has nama, konsep and definisi; every MS-Ind has nama, konsep, definisi, metode perhitungan, ukuran and satuan |
//! | (c) Interoperabilitas | at least one resource has a machine-readable **and** non-proprietary format ([`crate::vocab::format`]); for `terbuka` (or unclassified) data its licence must also be open ([`crate::license::get`]) |
//! | (d) Kode Referensi | region codes are well formed for their scheme and plausible (a real level, non-zero parts, a kabupaten/kota code inside its province), urusan codes are in Permendagri 90/2019 |
//!
//! A principle passes when it has no finding of severity error; warnings point at
//! inconsistencies worth fixing (e.g. a survey without a sample design).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::dataset::Dataset;
use crate::finding::{Finding, Findings, Severity};
use crate::region::{RegionCode, RegionLevel, RegionScheme};
use crate::rules;
use crate::vocab::{self, AccessLevel, Frequency};

/// Satu Data metadata attached to a dataset.
///
/// ```
/// use datago_core::Dataset;
/// let ds = Dataset::from_json(r#"{"id": "d", "slug": "dd", "satuData": {
///   "standard": {"konsep": "Penduduk", "definisi": "Orang yang berdomisili…", "klasifikasi": ["Jenis Kelamin"],
///                "ukuran": "Jumlah", "satuan": "Jiwa"},
///   "kegiatan": {"judulKegiatan": "Registrasi Penduduk", "caraPengumpulanData": "KOMPILASI_PRODUK_ADMINISTRASI"},
///   "variabel": [{"nama": "Jumlah Penduduk", "konsep": ["Penduduk"]}]
/// }}"#).unwrap();
/// let sd = ds.satu_data.unwrap();
/// assert_eq!(sd.standard.unwrap().satuan, Some("Jiwa".to_string()));
/// assert_eq!(sd.variabel[0].konsep, ["Penduduk"]);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SatuData {
    /// Standar Data (Perpres 39/2019 Pasal 4): konsep, definisi, klasifikasi, ukuran, satuan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standard: Option<DataStandard>,
    /// MS-Keg: the statistical activity (kegiatan statistik) that produced the data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kegiatan: Option<MsKeg>,
    /// MS-Var: metadata of the variables in the data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variabel: Vec<MsVar>,
    /// MS-Ind: metadata of the indicators the data measures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indikator: Vec<MsInd>,
}

/// Standar Data: what the data means and how it is measured.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DataStandard {
    /// Konsep: the idea behind the data and why it is produced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub konsep: Option<String>,
    /// Definisi: what the data covers and excludes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definisi: Option<String>,
    /// Klasifikasi: the categories the data is broken down by.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub klasifikasi: Vec<String>,
    /// Ukuran: the kind of measure (Jumlah, Rata-rata, Persentase, Rasio, Indeks…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ukuran: Option<String>,
    /// Satuan: the unit (Orang, Jiwa, Unit, Persen, Rupiah…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub satuan: Option<String>,
}

// --- closed lists of MS-Keg ----------------------------------------------------------------------

/// Cara Pengumpulan Data (MS-Keg, halaman awal).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CaraPengumpulanData {
    /// Pencacahan lengkap: a census of every unit.
    PencacahanLengkap,
    /// Survei: a sample survey.
    Survei,
    /// Kompilasi produk administrasi: compiled from administrative records.
    KompilasiProdukAdministrasi,
    /// Cara lain sesuai perkembangan teknologi dan informasi (e.g. big data).
    CaraLainSesuaiPerkembanganTeknologiDanInformasi,
}

/// Sektor Kegiatan (MS-Keg, halaman awal): BPS's 22 sectors, numbered 1–22.
///
/// ```
/// use datago_core::standards::satu_data::SektorKegiatan;
/// assert_eq!(SektorKegiatan::ALL.len(), 22);
/// assert_eq!(SektorKegiatan::from_code(9), Some(SektorKegiatan::Kesehatan));
/// assert_eq!(SektorKegiatan::Kesehatan.code(), 9);
/// assert_eq!(SektorKegiatan::DemografiDanKependudukan.label(), "Demografi dan Kependudukan");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SektorKegiatan {
    /// 1 Pertanian dan Perikanan.
    PertanianDanPerikanan,
    /// 2 Demografi dan Kependudukan.
    DemografiDanKependudukan,
    /// 3 Pembangunan.
    Pembangunan,
    /// 4 Proyeksi Ekonomi.
    ProyeksiEkonomi,
    /// 5 Pendidikan dan Pelatihan.
    PendidikanDanPelatihan,
    /// 6 Lingkungan.
    Lingkungan,
    /// 7 Keuangan.
    Keuangan,
    /// 8 Globalisasi.
    Globalisasi,
    /// 9 Kesehatan.
    Kesehatan,
    /// 10 Industri dan Jasa.
    IndustriDanJasa,
    /// 11 Teknologi Informasi dan Komunikasi.
    TeknologiInformasiDanKomunikasi,
    /// 12 Perdagangan Internasional dan Neraca Perdagangan.
    PerdaganganInternasionalDanNeracaPerdagangan,
    /// 13 Ketenagakerjaan.
    Ketenagakerjaan,
    /// 14 Neraca Nasional.
    NeracaNasional,
    /// 15 Indikator Ekonomi Bulanan.
    IndikatorEkonomiBulanan,
    /// 16 Produktivitas.
    Produktivitas,
    /// 17 Harga dan Paritas Daya Beli.
    HargaDanParitasDayaBeli,
    /// 18 Sektor Publik, Perpajakan, dan Regulasi Pasar.
    SektorPublikPerpajakanDanRegulasiPasar,
    /// 19 Perwilayahan dan Perkotaan.
    PerwilayahanDanPerkotaan,
    /// 20 Ilmu Pengetahuan dan Hak Paten.
    IlmuPengetahuanDanHakPaten,
    /// 21 Perlindungan Sosial dan Kesejahteraan.
    PerlindunganSosialDanKesejahteraan,
    /// 22 Transportasi.
    Transportasi,
}

impl SektorKegiatan {
    /// Every sector, in BPS order (code 1 first).
    pub const ALL: [SektorKegiatan; 22] = [
        SektorKegiatan::PertanianDanPerikanan,
        SektorKegiatan::DemografiDanKependudukan,
        SektorKegiatan::Pembangunan,
        SektorKegiatan::ProyeksiEkonomi,
        SektorKegiatan::PendidikanDanPelatihan,
        SektorKegiatan::Lingkungan,
        SektorKegiatan::Keuangan,
        SektorKegiatan::Globalisasi,
        SektorKegiatan::Kesehatan,
        SektorKegiatan::IndustriDanJasa,
        SektorKegiatan::TeknologiInformasiDanKomunikasi,
        SektorKegiatan::PerdaganganInternasionalDanNeracaPerdagangan,
        SektorKegiatan::Ketenagakerjaan,
        SektorKegiatan::NeracaNasional,
        SektorKegiatan::IndikatorEkonomiBulanan,
        SektorKegiatan::Produktivitas,
        SektorKegiatan::HargaDanParitasDayaBeli,
        SektorKegiatan::SektorPublikPerpajakanDanRegulasiPasar,
        SektorKegiatan::PerwilayahanDanPerkotaan,
        SektorKegiatan::IlmuPengetahuanDanHakPaten,
        SektorKegiatan::PerlindunganSosialDanKesejahteraan,
        SektorKegiatan::Transportasi,
    ];

    /// The BPS number, 1–22.
    pub fn code(self) -> u8 {
        // ALL holds every variant, so the position is always found.
        SektorKegiatan::ALL
            .iter()
            .position(|s| *s == self)
            .map_or(0, |i| i as u8 + 1)
    }

    /// The sector with BPS number `code` (1–22).
    pub fn from_code(code: u8) -> Option<SektorKegiatan> {
        SektorKegiatan::ALL
            .get(usize::from(code).checked_sub(1)?)
            .copied()
    }

    /// The name in Bahasa Indonesia, as BPS writes it.
    pub fn label(self) -> &'static str {
        match self {
            SektorKegiatan::PertanianDanPerikanan => "Pertanian dan Perikanan",
            SektorKegiatan::DemografiDanKependudukan => "Demografi dan Kependudukan",
            SektorKegiatan::Pembangunan => "Pembangunan",
            SektorKegiatan::ProyeksiEkonomi => "Proyeksi Ekonomi",
            SektorKegiatan::PendidikanDanPelatihan => "Pendidikan dan Pelatihan",
            SektorKegiatan::Lingkungan => "Lingkungan",
            SektorKegiatan::Keuangan => "Keuangan",
            SektorKegiatan::Globalisasi => "Globalisasi",
            SektorKegiatan::Kesehatan => "Kesehatan",
            SektorKegiatan::IndustriDanJasa => "Industri dan Jasa",
            SektorKegiatan::TeknologiInformasiDanKomunikasi => "Teknologi Informasi dan Komunikasi",
            SektorKegiatan::PerdaganganInternasionalDanNeracaPerdagangan => {
                "Perdagangan Internasional dan Neraca Perdagangan"
            }
            SektorKegiatan::Ketenagakerjaan => "Ketenagakerjaan",
            SektorKegiatan::NeracaNasional => "Neraca Nasional",
            SektorKegiatan::IndikatorEkonomiBulanan => "Indikator Ekonomi Bulanan",
            SektorKegiatan::Produktivitas => "Produktivitas",
            SektorKegiatan::HargaDanParitasDayaBeli => "Harga dan Paritas Daya Beli",
            SektorKegiatan::SektorPublikPerpajakanDanRegulasiPasar => {
                "Sektor Publik, Perpajakan, dan Regulasi Pasar"
            }
            SektorKegiatan::PerwilayahanDanPerkotaan => "Perwilayahan dan Perkotaan",
            SektorKegiatan::IlmuPengetahuanDanHakPaten => "Ilmu Pengetahuan dan Hak Paten",
            SektorKegiatan::PerlindunganSosialDanKesejahteraan => {
                "Perlindungan Sosial dan Kesejahteraan"
            }
            SektorKegiatan::Transportasi => "Transportasi",
        }
    }
}

/// Jenis Kegiatan Statistik (UU 16/1997 on statistics).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum JenisStatistik {
    /// Statistik dasar: run by BPS.
    StatistikDasar,
    /// Statistik sektoral: run by a ministry, agency or local government for its own tasks.
    StatistikSektoral,
    /// Statistik khusus: run by the public, businesses or other bodies.
    StatistikKhusus,
}

/// MS-Keg 4.1: whether the activity is done once or repeatedly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Pengulangan {
    /// Hanya sekali: once only.
    Sekali,
    /// Berulang: repeated (then 4.2 frekuensi applies).
    Berulang,
    /// Baru: a new activity (the third value of the INDAH v2 client).
    Baru,
}

/// MS-Keg 4.2 Frekuensi Penyelenggaraan; the same list as the dataset's [`Frequency`].
///
/// ```
/// use datago_core::{Frequency, standards::satu_data::FrekuensiPenyelenggaraan};
/// assert_eq!(FrekuensiPenyelenggaraan::Tahunan.frequency(), Frequency::Tahunan);
/// assert_eq!(FrekuensiPenyelenggaraan::from(Frequency::Bulanan), FrekuensiPenyelenggaraan::Bulanan);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum FrekuensiPenyelenggaraan {
    /// Harian.
    Harian,
    /// Mingguan.
    Mingguan,
    /// Bulanan.
    Bulanan,
    /// Triwulanan.
    Triwulanan,
    /// Semesteran.
    Semesteran,
    /// Tahunan.
    Tahunan,
    /// Lainnya.
    Lainnya,
}

impl FrekuensiPenyelenggaraan {
    /// The dataset frequency with the same meaning.
    pub fn frequency(self) -> Frequency {
        match self {
            FrekuensiPenyelenggaraan::Harian => Frequency::Harian,
            FrekuensiPenyelenggaraan::Mingguan => Frequency::Mingguan,
            FrekuensiPenyelenggaraan::Bulanan => Frequency::Bulanan,
            FrekuensiPenyelenggaraan::Triwulanan => Frequency::Triwulanan,
            FrekuensiPenyelenggaraan::Semesteran => Frequency::Semesteran,
            FrekuensiPenyelenggaraan::Tahunan => Frequency::Tahunan,
            FrekuensiPenyelenggaraan::Lainnya => Frequency::Lainnya,
        }
    }
}

impl From<Frequency> for FrekuensiPenyelenggaraan {
    fn from(f: Frequency) -> Self {
        match f {
            Frequency::Harian => FrekuensiPenyelenggaraan::Harian,
            Frequency::Mingguan => FrekuensiPenyelenggaraan::Mingguan,
            Frequency::Bulanan => FrekuensiPenyelenggaraan::Bulanan,
            Frequency::Triwulanan => FrekuensiPenyelenggaraan::Triwulanan,
            Frequency::Semesteran => FrekuensiPenyelenggaraan::Semesteran,
            Frequency::Tahunan => FrekuensiPenyelenggaraan::Tahunan,
            Frequency::Lainnya => FrekuensiPenyelenggaraan::Lainnya,
        }
    }
}

/// MS-Keg 4.3 Tipe Pengumpulan Data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TipePengumpulanData {
    /// Longitudinal (panel): the same units observed repeatedly.
    LongitudinalPanel,
    /// Cross-sectional: units observed once.
    CrossSectional,
}

/// MS-Keg 4.4 Cakupan Wilayah Pengumpulan Data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CakupanWilayah {
    /// Seluruh wilayah Indonesia.
    SeluruhWilayahIndonesia,
    /// Sebagian wilayah Indonesia (then 4.5 lists the regions).
    SebagianWilayahIndonesia,
}

/// MS-Keg 4.6 Metode Pengumpulan Data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MetodePengumpulanData {
    /// Wawancara: interview.
    Wawancara,
    /// Mengisi kuesioner sendiri: self-completed questionnaire.
    MengisiKuesionerSendiri,
    /// Pengamatan: observation.
    Pengamatan,
    /// Pengumpulan data sekunder: secondary data.
    PengumpulanDataSekunder,
    /// Lainnya.
    Lainnya,
}

/// MS-Keg 4.7 Sarana Pengumpulan Data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SaranaPengumpulanData {
    /// Paper and pencil.
    Papi,
    /// Computer-assisted personal interviewing.
    Capi,
    /// Computer-assisted telephone interviewing.
    Cati,
    /// Computer-assisted web interviewing.
    Cawi,
    /// Mail.
    Mail,
    /// Lainnya.
    Lainnya,
}

/// Statistical unit of MS-Keg 4.8 (Unit Pengumpulan Data) and 7.3 (Unit Analisis).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum UnitStatistik {
    /// Individu.
    Individu,
    /// Rumah tangga.
    RumahTangga,
    /// Usaha/perusahaan.
    UsahaPerusahaan,
    /// Lainnya.
    Lainnya,
}

/// MS-Keg 5.1 Jenis Rancangan Sampel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum JenisRancanganSampel {
    /// Single stage/phase.
    SingleStagePhase,
    /// Multi stage/phase.
    MultiStagePhase,
}

/// MS-Keg 5.2 Metode Pemilihan Sampel Tahap Terakhir.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MetodePemilihanSampel {
    /// Probability sample.
    SampelProbabilitas,
    /// Non-probability sample.
    SampelNonprobabilitas,
}

/// MS-Keg 5.3 Metode yang Digunakan (sampling method).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MetodeSampling {
    /// Simple random sampling.
    SimpleRandomSampling,
    /// Systematic random sampling.
    SystematicRandomSampling,
    /// Stratified random sampling.
    StratifiedRandomSampling,
    /// Cluster sampling.
    ClusterSampling,
    /// Multi-stage sampling.
    MultiStageSampling,
}

/// MS-Keg 6.2 Metode Pemeriksaan Kualitas Pengumpulan Data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MetodePemeriksaanKualitas {
    /// Kunjungan kembali (re-visit).
    KunjunganKembali,
    /// Supervisi.
    Supervisi,
    /// Task force.
    TaskForce,
    /// Lainnya.
    Lainnya,
}

/// MS-Keg 6.4 Petugas Pengumpulan Data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PetugasPengumpulanData {
    /// Staf instansi penyelenggara.
    StafInstansi,
    /// Mitra/tenaga kontrak.
    MitraTenagaKontrak,
    /// Both.
    Keduanya,
}

/// MS-Keg 6.5 Persyaratan pendidikan terendah petugas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum PendidikanPetugas {
    /// SMP or lower.
    #[serde(rename = "SMP_KE_BAWAH")]
    SmpKeBawah,
    /// SMA/SMK.
    #[serde(rename = "SMA_SMK")]
    SmaSmk,
    /// Diploma I/II/III.
    #[serde(rename = "DIPLOMA_I_II_III")]
    DiplomaSatuSampaiTiga,
    /// Diploma IV/S1/S2/S3.
    #[serde(rename = "DIPLOMA_IV_S1_S2_S3")]
    DiplomaEmpatKeAtas,
}

/// MS-Keg 7.1 Tahapan Pengolahan Data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TahapanPengolahan {
    /// Penyuntingan (editing).
    Editing,
    /// Penyandian (coding).
    Coding,
    /// Entri data.
    DataEntry,
    /// Validasi.
    Validasi,
}

/// MS-Keg 7.2 Metode Analisis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MetodeAnalisis {
    /// Deskriptif.
    Deskriptif,
    /// Inferensia.
    Inferensia,
}

/// A geographic level: MS-Keg 7.4 Tingkat Penyajian Hasil Analisis and MS-Ind Level Estimasi.
/// The BPS form lists nasional, provinsi, kabupaten/kota and lainnya; kecamatan and
/// desa/kelurahan are added because a kota's data is often broken down that far.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum LevelWilayah {
    /// Nasional.
    Nasional,
    /// Provinsi.
    Provinsi,
    /// Kabupaten/kota.
    KabupatenKota,
    /// Kecamatan.
    Kecamatan,
    /// Desa/kelurahan.
    DesaKelurahan,
    /// Lainnya.
    Lainnya,
}

impl LevelWilayah {
    /// How fine the level is: 0 nasional … 4 desa/kelurahan; `None` for lainnya.
    fn depth(self) -> Option<u8> {
        match self {
            LevelWilayah::Nasional => Some(0),
            LevelWilayah::Provinsi => Some(1),
            LevelWilayah::KabupatenKota => Some(2),
            LevelWilayah::Kecamatan => Some(3),
            LevelWilayah::DesaKelurahan => Some(4),
            LevelWilayah::Lainnya => None,
        }
    }

    /// The level of a region code.
    ///
    /// ```
    /// use datago_core::{RegionCode, RegionScheme};
    /// use datago_core::standards::satu_data::LevelWilayah;
    /// let kecamatan = RegionCode::new(RegionScheme::Bps, "3371010").level().unwrap();
    /// assert_eq!(LevelWilayah::of_region(kecamatan), LevelWilayah::Kecamatan);
    /// ```
    pub fn of_region(level: RegionLevel) -> LevelWilayah {
        match level {
            RegionLevel::Provinsi => LevelWilayah::Provinsi,
            RegionLevel::KabupatenKota => LevelWilayah::KabupatenKota,
            RegionLevel::Kecamatan => LevelWilayah::Kecamatan,
            RegionLevel::DesaKelurahan => LevelWilayah::DesaKelurahan,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            LevelWilayah::Nasional => "NASIONAL",
            LevelWilayah::Provinsi => "PROVINSI",
            LevelWilayah::KabupatenKota => "KABUPATEN_KOTA",
            LevelWilayah::Kecamatan => "KECAMATAN",
            LevelWilayah::DesaKelurahan => "DESA_KELURAHAN",
            LevelWilayah::Lainnya => "LAINNYA",
        }
    }
}

/// MS-Keg 8.1 Produk kegiatan yang tersedia untuk umum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ProdukDiseminasi {
    /// Tercetak (hardcopy).
    Tercetak,
    /// Digital (softcopy).
    Digital,
    /// Data mikro.
    DataMikro,
}

// --- MS-Keg ------------------------------------------------------------------------------------

/// Address and channels of an organizer (MS-Keg 1.2) .
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Kontak {
    /// Alamat.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub alamat: String,
    /// Telepon.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub telepon: String,
    /// Email.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// Faksimile.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub faksimile: String,
}

/// MS-Keg 2.1 Unit Eselon Penanggung Jawab.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct UnitEselon {
    /// Eselon 1 (e.g. the Sekretariat Daerah, or the kepala dinas for a kota).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub eselon_satu: String,
    /// Eselon 2 (e.g. the dinas or bidang).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub eselon_dua: String,
}

/// MS-Keg 2.2 Penanggung Jawab Teknis.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PenanggungJawabTeknis {
    /// Nama.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub nama: String,
    /// Jabatan.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub jabatan: String,
    /// Alamat.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub alamat: String,
    /// Telepon.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub telepon: String,
    /// Email.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// Faksimile.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub faksimile: String,
}

/// A date range of the schedule (awal–akhir, inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Rentang {
    /// First day.
    pub awal: NaiveDate,
    /// Last day.
    pub akhir: NaiveDate,
}

/// MS-Keg 3.3 Jadwal Kegiatan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct JadwalKegiatan {
    /// Perencanaan kegiatan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub perencanaan_kegiatan: Option<Rentang>,
    /// Desain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desain: Option<Rentang>,
    /// Pengumpulan data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pengumpulan_data: Option<Rentang>,
    /// Pengolahan data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pengolahan_data: Option<Rentang>,
    /// Analisis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub analisis: Option<Rentang>,
    /// Diseminasi hasil.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diseminasi_hasil: Option<Rentang>,
    /// Evaluasi.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluasi: Option<Rentang>,
}

impl JadwalKegiatan {
    /// The stages that are filled in, with their camelCase key.
    fn stages(&self) -> Vec<(&'static str, Rentang)> {
        [
            ("perencanaanKegiatan", self.perencanaan_kegiatan),
            ("desain", self.desain),
            ("pengumpulanData", self.pengumpulan_data),
            ("pengolahanData", self.pengolahan_data),
            ("analisis", self.analisis),
            ("diseminasiHasil", self.diseminasi_hasil),
            ("evaluasi", self.evaluasi),
        ]
        .into_iter()
        .filter_map(|(k, r)| r.map(|r| (k, r)))
        .collect()
    }
}

/// MS-Keg 3.4 one variable collected by the activity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct VariabelDikumpulkan {
    /// Nama variabel.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub nama: String,
    /// Konsep.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub konsep: String,
    /// Definisi.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub definisi: String,
    /// Referensi waktu (e.g. "kondisi 31 Desember").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub referensi_waktu: String,
}

/// MS-Keg 4.5 a region covered when the coverage is partial (BPS codes, e.g. `33`, `3371`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct WilayahPengumpulan {
    /// Kode provinsi (`33`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kode_provinsi: String,
    /// Nama provinsi.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub nama_provinsi: String,
    /// Kode kabupaten/kota (`3371`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kode_kabupaten_kota: String,
    /// Nama kabupaten/kota.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub nama_kabupaten_kota: String,
}

/// MS-Keg Blok V Desain Sampel (survei only).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DesainSampel {
    /// 5.1 Jenis rancangan sampel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jenis_rancangan_sampel: Option<JenisRancanganSampel>,
    /// 5.2 Metode pemilihan sampel tahap terakhir.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metode_pemilihan_sampel: Option<MetodePemilihanSampel>,
    /// 5.3 Metode yang digunakan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metode_sampel: Option<MetodeSampling>,
    /// 5.4 Kerangka sampel tahap terakhir.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kerangka_sampel: String,
    /// 5.5 Fraksi sampel keseluruhan, as written (`0,05`, `5%`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fraksi_sampel: String,
    /// 5.6 Nilai perkiraan sampling error variabel utama, as written.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub perkiraan_sampling_error: String,
    /// 5.7 Unit sampel.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit_sampel: String,
    /// 5.8 Unit observasi.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit_observasi: String,
}

/// MS-Keg 6.6 Jumlah petugas.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct JumlahPetugas {
    /// Supervisor/penyelia.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supervisor: Option<u32>,
    /// Pencacah/enumerator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enumerator: Option<u32>,
}

/// MS-Keg 8.2 the planned release of one product.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct RencanaRilis {
    /// The product.
    pub produk: ProdukDiseminasi,
    /// Planned release date.
    pub tanggal: NaiveDate,
}

/// MS-Keg (Metadata Kegiatan Statistik, Peraturan BPS 5/2020): the statistical activity that
/// produced the data, blocks I–VIII. Rust field names are the INDAH v2 keys.
///
/// ```
/// use datago_core::standards::satu_data::*;
/// let keg = MsKeg {
///     judul_kegiatan: "Registrasi Penduduk Kota Magelang".into(),
///     tahun: Some(2024),
///     cara_pengumpulan_data: Some(CaraPengumpulanData::KompilasiProdukAdministrasi),
///     sektor_kegiatan: Some(SektorKegiatan::DemografiDanKependudukan),
///     jenis_statistik: Some(JenisStatistik::StatistikSektoral),
///     instansi_penyelenggara: "Dinas Kependudukan dan Pencatatan Sipil Kota Magelang".into(),
///     ..Default::default()
/// };
/// let v = ms_keg_json(&keg);
/// assert_eq!(v["cara_pengumpulan_data"], "KOMPILASI_PRODUK_ADMINISTRASI");
/// assert_eq!(v["sektor_kegiatan"], "DEMOGRAFI_DAN_KEPENDUDUKAN");
/// assert_eq!(ms_keg_from_json(&v).unwrap(), keg);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MsKeg {
    // Halaman awal
    /// Judul kegiatan.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub judul_kegiatan: String,
    /// Tahun kegiatan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tahun: Option<i32>,
    /// Kode kegiatan, assigned by BPS when the activity is reported (diisi oleh petugas).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kode_kegiatan: String,
    /// Cara pengumpulan data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cara_pengumpulan_data: Option<CaraPengumpulanData>,
    /// Sektor kegiatan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sektor_kegiatan: Option<SektorKegiatan>,
    /// Jenis kegiatan statistik.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jenis_statistik: Option<JenisStatistik>,
    /// For a sectoral survey: whether BPS gave a recommendation (rekomendasi kegiatan).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apakah_mendapat_rekomendasi: Option<bool>,
    /// Identitas rekomendasi (the recommendation's number).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub identitas_rekomendasi: String,

    // I. Penyelenggara
    /// 1.1 Instansi penyelenggara.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub instansi_penyelenggara: String,
    /// 1.2 Alamat lengkap instansi penyelenggara.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alamat_penyelenggara: Option<Kontak>,

    // II. Penanggung jawab
    /// 2.1 Unit eselon penanggung jawab.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_eselon_penanggung_jawab: Option<UnitEselon>,
    /// 2.2 Penanggung jawab teknis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub penanggung_jawab_teknis: Option<PenanggungJawabTeknis>,

    // III. Perencanaan dan persiapan
    /// 3.1 Latar belakang kegiatan.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub latar_belakang_kegiatan: String,
    /// 3.2 Tujuan kegiatan.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub tujuan_kegiatan: String,
    /// 3.3 Jadwal kegiatan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jadwal_kegiatan: Option<JadwalKegiatan>,
    /// 3.4 Variabel yang dikumpulkan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variabel_dikumpulkan: Vec<VariabelDikumpulkan>,

    // IV. Desain kegiatan
    /// 4.1 Kegiatan ini dilakukan (sekali/berulang).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kegiatan_dilakukan: Option<Pengulangan>,
    /// 4.2 Frekuensi penyelenggaraan (when repeated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frekuensi_penyelenggaraan: Option<FrekuensiPenyelenggaraan>,
    /// 4.3 Tipe pengumpulan data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tipe_pengumpulan_data: Option<TipePengumpulanData>,
    /// 4.4 Cakupan wilayah pengumpulan data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cakupan_wilayah_pengumpulan_data: Option<CakupanWilayah>,
    /// 4.5 The regions covered, when the coverage is partial.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wilayah_pengumpulan_data: Vec<WilayahPengumpulan>,
    /// 4.6 Metode pengumpulan data (one or more).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metode_pengumpulan_data: Vec<MetodePengumpulanData>,
    /// 4.7 Sarana pengumpulan data (one or more).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sarana_pengumpulan_data: Vec<SaranaPengumpulanData>,
    /// 4.8 Unit pengumpulan data (one or more).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unit_pengumpulan_data: Vec<UnitStatistik>,

    // V. Desain sampel
    /// Blok V, for surveys.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desain_sampel: Option<DesainSampel>,

    // VI. Pengumpulan data
    /// 6.1 Apakah melakukan uji coba (pilot)?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uji_coba: Option<bool>,
    /// 6.2 Metode pemeriksaan kualitas pengumpulan data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metode_pemeriksaan_kualitas: Vec<MetodePemeriksaanKualitas>,
    /// 6.3 Apakah melakukan penyesuaian nonrespon?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub penyesuaian_nonrespon: Option<bool>,
    /// 6.4 Petugas pengumpulan data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub petugas_pengumpulan_data: Option<PetugasPengumpulanData>,
    /// 6.5 Persyaratan pendidikan terendah petugas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pendidikan_terendah_petugas: Option<PendidikanPetugas>,
    /// 6.6 Jumlah petugas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jumlah_petugas: Option<JumlahPetugas>,
    /// 6.7 Apakah melakukan pelatihan petugas?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pelatihan_petugas: Option<bool>,

    // VII. Pengolahan dan analisis
    /// 7.1 Tahapan pengolahan data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tahapan_pengolahan: Vec<TahapanPengolahan>,
    /// 7.2 Metode analisis.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metode_analisis: Vec<MetodeAnalisis>,
    /// 7.3 Unit analisis.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unit_analisis: Vec<UnitStatistik>,
    /// 7.4 Tingkat penyajian hasil analisis.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tingkat_penyajian_hasil: Vec<LevelWilayah>,

    // VIII. Diseminasi hasil
    /// 8.1 Produk yang tersedia untuk umum.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub produk_tersedia: Vec<ProdukDiseminasi>,
    /// 8.2 Rencana rilis produk.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rencana_rilis: Vec<RencanaRilis>,
}

// --- MS-Var and MS-Ind -------------------------------------------------------------------------

/// One entry of a value domain (klasifikasi isian): code and label.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ValueDomain {
    /// Kode (`1`).
    #[serde(default)]
    pub kode: String,
    /// Nilai (`Laki-laki`).
    #[serde(default)]
    pub nilai: String,
}

/// MS-Var (Metadata Variabel, Peraturan BPS 5/2020): one variable. Rust field names are the
/// INDAH v2 keys.
///
/// ```
/// use datago_core::standards::satu_data::{ms_var_json, ms_var_from_json, MsVar, ValueDomain};
/// let v = MsVar {
///     nama: "Jenis Kelamin".into(),
///     konsep: vec!["Jenis Kelamin".into()],
///     definisi: "Perbedaan antara perempuan dengan laki-laki secara biologis.".into(),
///     value_domain: vec![ValueDomain { kode: "1".into(), nilai: "Laki-laki".into() },
///                        ValueDomain { kode: "2".into(), nilai: "Perempuan".into() }],
///     apakah_variabel_bisa_diakses_umum: Some(true),
///     ..Default::default()
/// };
/// let indah = ms_var_json(&v);
/// assert_eq!(indah["value_domain"][1]["nilai"], "Perempuan");
/// assert_eq!(indah["apakah_variabel_bisa_diakses_umum"], true);
/// assert_eq!(ms_var_from_json(&indah).unwrap(), v);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MsVar {
    /// 1 Nama variabel.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub nama: String,
    /// 2 Alias (the INDAH client writes "-" when there is none).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub alias: String,
    /// 3 Konsep (one or more).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub konsep: Vec<String>,
    /// 4 Definisi.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub definisi: String,
    /// 5 Referensi pemilihan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub referensi_pemilihan: Vec<String>,
    /// 6 Referensi waktu.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub referensi_waktu: String,
    /// 7 Ukuran.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ukuran: String,
    /// 8 Satuan.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub satuan: String,
    /// 9 Tipe data (`CHARACTER`, the INDAH default; `NUMERIC`…), as written.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub tipe_data: String,
    /// 10 Klasifikasi isian (value domain).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub value_domain: Vec<ValueDomain>,
    /// 11 Aturan validasi (e.g. "HARUS TERISI").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aturan_validasi: Vec<String>,
    /// 12 Kalimat pertanyaan.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kalimat_pertanyaan: String,
    /// 13 Apakah variabel dapat diakses umum?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apakah_variabel_bisa_diakses_umum: Option<bool>,
    /// Link to the Standar Data Statistik (SDSN code such as `SP00055.00.00`, or INDAH's id).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id_sds: String,
}

/// MS-Ind 9 one breakdown (klasifikasi penyajian) of an indicator.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Disagregasi {
    /// What it is broken down by (`Wilayah`, `Jenis Kelamin`).
    #[serde(default)]
    pub nama: String,
    /// Where the breakdown comes from.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sumber: String,
}

/// MS-Ind 11 an indicator a composite indicator is built from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct IndikatorPembangun {
    /// Nama indikator.
    #[serde(default)]
    pub nama: String,
    /// Publications where it is available.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sumber_publikasi: Vec<String>,
}

/// MS-Ind 12 a variable a (non-composite) indicator is computed from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct VariabelPembangun {
    /// Nama variabel.
    #[serde(default)]
    pub nama: String,
    /// Activities producing it (judul or kode kegiatan).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kegiatan_penghasil: Vec<String>,
}

/// MS-Ind (Metadata Indikator, Peraturan BPS 5/2020): one indicator. Rust field names are the
/// INDAH v2 keys. See [`ms_ind_json`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MsInd {
    /// 1 Nama indikator.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub nama: String,
    /// 2 Konsep (one or more).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub konsep: Vec<String>,
    /// 3 Definisi.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub definisi: String,
    /// 4 Interpretasi.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub interpretasi: String,
    /// 5 Metode perhitungan.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub metode_perhitungan: String,
    /// 6 Rumus (LaTeX allowed).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rumus: String,
    /// 7 Ukuran.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ukuran: String,
    /// 8 Satuan.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub satuan: String,
    /// 9 Klasifikasi penyajian (INDAH spells the key `variabel_disaggregasi`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variabel_disaggregasi: Vec<Disagregasi>,
    /// 10 Apakah indikator komposit?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apakah_indikator_komposit: Option<bool>,
    /// 11 Indikator pembangun (composite indicators).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indikator_pembangun: Vec<IndikatorPembangun>,
    /// 12 Variabel pembangun (non-composite indicators).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variabel_pembangun: Vec<VariabelPembangun>,
    /// 13 Level estimasi.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level_estimasi: Option<LevelWilayah>,
    /// 14 Apakah indikator dapat diakses umum?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apakah_indikator_bisa_diakses_umum: Option<bool>,
    /// Link to the Standar Data Statistik.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id_sds: String,
}

// --- INDAH v2 JSON -------------------------------------------------------------------------------

/// camelCase → snake_case, recursively on object keys (values are left as they are).
fn keys_to_snake(v: serde_json::Value) -> serde_json::Value {
    rename_keys(v, &|k| {
        let mut out = String::with_capacity(k.len() + 4);
        for c in k.chars() {
            if c.is_ascii_uppercase() {
                out.push('_');
                out.push(c.to_ascii_lowercase());
            } else {
                out.push(c);
            }
        }
        out
    })
}

/// snake_case → camelCase, recursively on object keys.
fn keys_to_camel(v: serde_json::Value) -> serde_json::Value {
    rename_keys(v, &|k| {
        let mut out = String::with_capacity(k.len());
        let mut upper = false;
        for c in k.chars() {
            if c == '_' && !out.is_empty() {
                upper = true;
            } else if upper {
                out.push(c.to_ascii_uppercase());
                upper = false;
            } else {
                out.push(c);
            }
        }
        out
    })
}

fn rename_keys(v: serde_json::Value, f: &dyn Fn(&str) -> String) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Object(m) => Value::Object(
            m.into_iter()
                .map(|(k, v)| (f(&k), rename_keys(v, f)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.into_iter().map(|v| rename_keys(v, f)).collect()),
        other => other,
    }
}

fn to_indah<T: Serialize>(doc: &T) -> serde_json::Value {
    // Our types always serialize to JSON (string keys, no failing serializer).
    keys_to_snake(serde_json::to_value(doc).unwrap_or(serde_json::Value::Null))
}

fn from_indah<T: serde::de::DeserializeOwned>(
    v: &serde_json::Value,
) -> Result<T, crate::ParseError> {
    crate::document::from_value(keys_to_camel(v.clone()))
}

/// MS-Keg as INDAH v2 JSON (snake_case keys: `judul_kegiatan`, `cara_pengumpulan_data`…).
/// See [`MsKeg`] for an example.
pub fn ms_keg_json(keg: &MsKeg) -> serde_json::Value {
    to_indah(keg)
}

/// Reads MS-Keg from INDAH v2 JSON. Keys DataGO does not model (INDAH's own ids, timestamps)
/// are ignored; a value outside a closed list is a `parse.data` error.
///
/// ```
/// use datago_core::standards::satu_data::{ms_keg_from_json, JenisStatistik};
/// let keg = ms_keg_from_json(&serde_json::json!({
///     "id": 42, "judul_kegiatan": "Survei Harga Pangan", "jenis_statistik": "STATISTIK_SEKTORAL"})).unwrap();
/// assert_eq!(keg.jenis_statistik, Some(JenisStatistik::StatistikSektoral));
/// ```
pub fn ms_keg_from_json(value: &serde_json::Value) -> Result<MsKeg, crate::ParseError> {
    from_indah(value)
}

/// MS-Var as INDAH v2 JSON (`nama`, `referensi_waktu`, `apakah_variabel_bisa_diakses_umum`…).
/// See [`MsVar`] for an example.
pub fn ms_var_json(var: &MsVar) -> serde_json::Value {
    to_indah(var)
}

/// Reads MS-Var from INDAH v2 JSON.
///
/// ```
/// let v = datago_core::standards::satu_data::ms_var_from_json(
///     &serde_json::json!({"nama": "Umur", "value_domain": [{"kode": "1", "nilai": "0-4"}]})).unwrap();
/// assert_eq!(v.value_domain[0].nilai, "0-4");
/// ```
pub fn ms_var_from_json(value: &serde_json::Value) -> Result<MsVar, crate::ParseError> {
    from_indah(value)
}

/// MS-Ind as INDAH v2 JSON (`metode_perhitungan`, `variabel_disaggregasi`,
/// `apakah_indikator_komposit`…).
///
/// ```
/// use datago_core::standards::satu_data::{ms_ind_json, MsInd, LevelWilayah};
/// let ind = MsInd { nama: "Cakupan Imunisasi".into(), level_estimasi: Some(LevelWilayah::KabupatenKota), ..Default::default() };
/// assert_eq!(ms_ind_json(&ind)["level_estimasi"], "KABUPATEN_KOTA");
/// ```
pub fn ms_ind_json(ind: &MsInd) -> serde_json::Value {
    to_indah(ind)
}

/// Reads MS-Ind from INDAH v2 JSON.
///
/// ```
/// use datago_core::standards::satu_data::ms_ind_from_json;
/// let err = ms_ind_from_json(&serde_json::json!({"level_estimasi": "KOTA"})).unwrap_err();
/// assert_eq!(err.code(), "parse.data");
/// ```
pub fn ms_ind_from_json(value: &serde_json::Value) -> Result<MsInd, crate::ParseError> {
    from_indah(value)
}

// --- the four principles -------------------------------------------------------------------------

/// A principle of Satu Data (Perpres 39/2019 Pasal 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Principle {
    /// (a) memenuhi Standar Data.
    StandarData,
    /// (b) memiliki Metadata.
    Metadata,
    /// (c) memenuhi kaidah Interoperabilitas Data.
    Interoperabilitas,
    /// (d) menggunakan Kode Referensi dan/atau Data Induk.
    KodeReferensi,
}

impl Principle {
    /// The four, in the order of Pasal 3.
    pub const ALL: [Principle; 4] = [
        Principle::StandarData,
        Principle::Metadata,
        Principle::Interoperabilitas,
        Principle::KodeReferensi,
    ];

    /// The stable kebab-case name.
    ///
    /// ```
    /// use datago_core::standards::satu_data::Principle;
    /// assert_eq!(Principle::KodeReferensi.as_str(), "kode-referensi");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Principle::StandarData => "standar-data",
            Principle::Metadata => "metadata",
            Principle::Interoperabilitas => "interoperabilitas",
            Principle::KodeReferensi => "kode-referensi",
        }
    }
}

/// The outcome of one principle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PrincipleResult {
    /// Which principle.
    pub principle: Principle,
    /// True when no finding of severity error.
    pub passed: bool,
    /// What stands in the way (paths are JSON pointers into the dataset).
    pub findings: Vec<Finding>,
}

/// The outcome of the four principles for one dataset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PrincipleReport {
    /// True when every principle passed.
    pub passed: bool,
    /// One result per principle, in the order of Pasal 3.
    pub principles: Vec<PrincipleResult>,
}

impl PrincipleReport {
    /// The result of `principle`.
    pub fn get(&self, principle: Principle) -> Option<&PrincipleResult> {
        self.principles.iter().find(|p| p.principle == principle)
    }

    /// Every finding, principle by principle.
    pub fn findings(&self) -> Vec<Finding> {
        self.principles
            .iter()
            .flat_map(|p| p.findings.iter().cloned())
            .collect()
    }
}

/// Checks a dataset against the four Satu Data principles (table in the module docs).
///
/// ```
/// use datago_core::Dataset;
/// use datago_core::standards::satu_data::{check, Principle};
///
/// let ds = Dataset::from_json(r#"{"id": "d", "slug": "dd", "title": "Jumlah Puskesmas",
///   "themes": ["1.02"], "spatial": {"scheme": "bps", "code": "3371"}, "license": "CC-BY-4.0",
///   "resources": [{"title": "CSV", "format": "CSV", "url": "https://example.go.id/p.csv"}]}"#).unwrap();
/// let report = check(&ds);
/// assert!(!report.passed);
/// assert!(!report.get(Principle::StandarData).unwrap().passed);
/// assert!(report.get(Principle::Interoperabilitas).unwrap().passed);
/// assert!(report.get(Principle::KodeReferensi).unwrap().passed);
/// let paths: Vec<String> = report.get(Principle::StandarData).unwrap().findings.iter().map(|f| f.path.clone()).collect();
/// assert_eq!(paths, ["/satuData/standard/konsep", "/satuData/standard/definisi",
///     "/satuData/standard/klasifikasi", "/satuData/standard/ukuran", "/satuData/standard/satuan"]);
/// ```
pub fn check(dataset: &Dataset) -> PrincipleReport {
    let principles: Vec<PrincipleResult> = Principle::ALL
        .into_iter()
        .map(|p| {
            let mut f = Findings::default();
            match p {
                Principle::StandarData => check_standard(dataset, &mut f),
                Principle::Metadata => check_metadata(dataset, &mut f),
                Principle::Interoperabilitas => check_interoperability(dataset, &mut f),
                Principle::KodeReferensi => check_reference_codes(dataset, &mut f),
            }
            let findings = f.into_vec();
            PrincipleResult {
                principle: p,
                passed: !findings.iter().any(|f| f.severity == Severity::Error),
                findings,
            }
        })
        .collect();
    PrincipleReport {
        passed: principles.iter().all(|p| p.passed),
        principles,
    }
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

fn blank_opt(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(blank)
}

fn check_standard(d: &Dataset, f: &mut Findings) {
    let std = d
        .satu_data
        .as_ref()
        .and_then(|s| s.standard.clone())
        .unwrap_or_default();
    let base = "/satuData/standard";
    if blank_opt(&std.konsep) {
        f.push(
            &rules::PROFILE_SATU_DATA_STANDARD_KONSEP,
            format!("{base}/konsep"),
            &[],
        );
    }
    if blank_opt(&std.definisi) {
        f.push(
            &rules::PROFILE_SATU_DATA_STANDARD_DEFINISI,
            format!("{base}/definisi"),
            &[],
        );
    }
    if std.klasifikasi.iter().all(|k| blank(k)) {
        f.push(
            &rules::PROFILE_SATU_DATA_STANDARD_KLASIFIKASI,
            format!("{base}/klasifikasi"),
            &[],
        );
    }
    if blank_opt(&std.ukuran) {
        f.push(
            &rules::PROFILE_SATU_DATA_STANDARD_UKURAN,
            format!("{base}/ukuran"),
            &[],
        );
    }
    if blank_opt(&std.satuan) {
        f.push(
            &rules::PROFILE_SATU_DATA_STANDARD_SATUAN,
            format!("{base}/satuan"),
            &[],
        );
    }
}

fn missing(f: &mut Findings, path: &str, label_id: &str, label_en: &str) {
    f.push(
        &rules::PROFILE_SATU_DATA_METADATA_MISSING,
        path,
        &[("label_id", label_id), ("label_en", label_en)],
    );
}

fn check_metadata(d: &Dataset, f: &mut Findings) {
    // The elements every dataset's metadata needs (Perpres 39/2019 Pasal 3(b), the "struktur
    // baku"): what it is, who made and who stewards it, how often, when and where.
    if d.title.is_blank() {
        missing(f, "/title", "judul", "title");
    }
    if d.description.is_blank() {
        missing(f, "/description", "deskripsi", "description");
    }
    if blank(&d.producer) {
        missing(f, "/producer", "produsen data", "data producer");
    }
    if blank(&d.walidata) {
        missing(f, "/walidata", "walidata", "walidata (data steward)");
    }
    if d.frequency.is_none() {
        missing(f, "/frequency", "frekuensi", "update frequency");
    }
    if d.temporal.is_none() {
        missing(f, "/temporal", "cakupan waktu", "temporal coverage");
    }
    if d.spatial.is_none() {
        missing(f, "/spatial", "cakupan wilayah", "spatial coverage");
    }
    let Some(sd) = &d.satu_data else {
        return;
    };
    if let Some(k) = &sd.kegiatan {
        check_ms_keg(d, k, f);
    }
    for (i, v) in sd.variabel.iter().enumerate() {
        let base = format!("/satuData/variabel/{i}");
        let name = if blank(&v.nama) { "-" } else { v.nama.as_str() };
        let mut need = |ok: bool, key: &str, label: &str| {
            if !ok {
                f.push(
                    &rules::PROFILE_SATU_DATA_MS_VAR_MISSING,
                    format!("{base}/{key}"),
                    &[("name", name), ("field", label)],
                );
            }
        };
        need(!blank(&v.nama), "nama", "nama");
        need(v.konsep.iter().any(|k| !blank(k)), "konsep", "konsep");
        need(!blank(&v.definisi), "definisi", "definisi");
    }
    for (i, ind) in sd.indikator.iter().enumerate() {
        let base = format!("/satuData/indikator/{i}");
        let name = if blank(&ind.nama) {
            "-"
        } else {
            ind.nama.as_str()
        };
        let mut need = |ok: bool, key: &str, label: &str| {
            if !ok {
                f.push(
                    &rules::PROFILE_SATU_DATA_MS_IND_MISSING,
                    format!("{base}/{key}"),
                    &[("name", name), ("field", label)],
                );
            }
        };
        need(!blank(&ind.nama), "nama", "nama");
        need(ind.konsep.iter().any(|k| !blank(k)), "konsep", "konsep");
        need(!blank(&ind.definisi), "definisi", "definisi");
        need(
            !blank(&ind.metode_perhitungan),
            "metodePerhitungan",
            "metode perhitungan",
        );
        need(!blank(&ind.ukuran), "ukuran", "ukuran");
        need(!blank(&ind.satuan), "satuan", "satuan");
        let (key, empty) = match ind.apakah_indikator_komposit {
            Some(true) => ("indikatorPembangun", ind.indikator_pembangun.is_empty()),
            Some(false) => ("variabelPembangun", ind.variabel_pembangun.is_empty()),
            None => ("", false),
        };
        if empty {
            f.push(
                &rules::PROFILE_SATU_DATA_MS_IND_COMPONENTS,
                format!("{base}/{key}"),
                &[("name", name)],
            );
        }
    }
}

fn check_ms_keg(d: &Dataset, k: &MsKeg, f: &mut Findings) {
    let base = "/satuData/kegiatan";
    let mut need = |ok: bool, key: &str, label: &str| {
        if !ok {
            f.push(
                &rules::PROFILE_SATU_DATA_MS_KEG_MISSING,
                format!("{base}/{key}"),
                &[("field", label)],
            );
        }
    };
    need(!blank(&k.judul_kegiatan), "judulKegiatan", "judul kegiatan");
    need(k.tahun.is_some(), "tahun", "tahun kegiatan");
    need(
        k.cara_pengumpulan_data.is_some(),
        "caraPengumpulanData",
        "cara pengumpulan data",
    );
    need(
        k.sektor_kegiatan.is_some(),
        "sektorKegiatan",
        "sektor kegiatan",
    );
    need(
        k.jenis_statistik.is_some(),
        "jenisStatistik",
        "jenis kegiatan statistik",
    );
    need(
        !blank(&k.instansi_penyelenggara),
        "instansiPenyelenggara",
        "instansi penyelenggara",
    );
    if k.kegiatan_dilakukan == Some(Pengulangan::Berulang) {
        need(
            k.frekuensi_penyelenggaraan.is_some(),
            "frekuensiPenyelenggaraan",
            "frekuensi penyelenggaraan",
        );
    }
    let survey = k.cara_pengumpulan_data == Some(CaraPengumpulanData::Survei);
    if survey && k.desain_sampel.is_none() {
        f.push(
            &rules::PROFILE_SATU_DATA_MS_KEG_SAMPLE_DESIGN,
            format!("{base}/desainSampel"),
            &[],
        );
    }
    if survey
        && k.jenis_statistik == Some(JenisStatistik::StatistikSektoral)
        && (k.apakah_mendapat_rekomendasi != Some(true) || blank(&k.identitas_rekomendasi))
    {
        f.push(
            &rules::PROFILE_SATU_DATA_MS_KEG_RECOMMENDATION,
            format!("{base}/identitasRekomendasi"),
            &[],
        );
    }
    if k.cakupan_wilayah_pengumpulan_data == Some(CakupanWilayah::SebagianWilayahIndonesia)
        && k.wilayah_pengumpulan_data.is_empty()
    {
        f.push(
            &rules::PROFILE_SATU_DATA_MS_KEG_REGIONS,
            format!("{base}/wilayahPengumpulanData"),
            &[],
        );
    }
    if let Some(j) = &k.jadwal_kegiatan {
        for (key, r) in j.stages() {
            if r.awal > r.akhir {
                f.push(
                    &rules::PROFILE_SATU_DATA_MS_KEG_SCHEDULE_REVERSED,
                    format!("{base}/jadwalKegiatan/{key}"),
                    &[
                        ("start", &r.awal.to_string()),
                        ("end", &r.akhir.to_string()),
                    ],
                );
            }
        }
    }
    if let (Some(kf), Some(df)) = (k.frekuensi_penyelenggaraan, d.frequency) {
        if kf.frequency() != df {
            let name = |f: Frequency| {
                serde_json::to_value(f)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default()
            };
            f.push(
                &rules::PROFILE_SATU_DATA_FREQUENCY_MISMATCH,
                format!("{base}/frekuensiPenyelenggaraan"),
                &[("value", &name(kf.frequency())), ("expected", &name(df))],
            );
        }
    }
}

/// True when the format of a resource (by name, else media type) is machine-readable and
/// non-proprietary.
fn open_format(r: &crate::Resource) -> bool {
    r.format
        .as_deref()
        .and_then(vocab::format)
        .or_else(|| r.media_type.as_deref().and_then(vocab::format))
        .is_some_and(|f| f.machine_readable && f.non_proprietary)
}

fn check_interoperability(d: &Dataset, f: &mut Findings) {
    if d.resources.is_empty() {
        f.push(
            &rules::PROFILE_SATU_DATA_INTEROPERABILITY_RESOURCES,
            "/resources",
            &[],
        );
        return;
    }
    let open: Vec<usize> = (0..d.resources.len())
        .filter(|&i| open_format(&d.resources[i]))
        .collect();
    if open.is_empty() {
        let mut seen: Vec<String> = d
            .resources
            .iter()
            .map(|r| {
                r.format
                    .clone()
                    .filter(|s| !blank(s))
                    .unwrap_or_else(|| "-".into())
            })
            .collect();
        seen.dedup();
        f.push(
            &rules::PROFILE_SATU_DATA_INTEROPERABILITY_FORMAT,
            "/resources",
            &[("formats", &seen.join(", "))],
        );
    }
    // Only open (terbuka) data needs an open licence; terbatas/tertutup data is shared under
    // an agreement, not a public licence.
    let needs_open_licence = matches!(d.access, None | Some(AccessLevel::Terbuka));
    if !needs_open_licence {
        return;
    }
    let candidates: Vec<usize> = if open.is_empty() {
        (0..d.resources.len()).collect()
    } else {
        open
    };
    let effective = |i: usize| -> (String, Option<&str>) {
        let r = &d.resources[i];
        match r.license.as_deref().filter(|l| !blank(l)) {
            Some(l) => (format!("/resources/{i}/license"), Some(l)),
            None => (
                "/license".to_string(),
                d.license.as_deref().filter(|l| !blank(l)),
            ),
        }
    };
    let is_open = |l: Option<&str>| {
        l.and_then(crate::license::get)
            .is_some_and(|l| l.facets.open)
    };
    if candidates.iter().any(|&i| is_open(effective(i).1)) {
        return;
    }
    let (path, licence) = effective(candidates[0]);
    match licence {
        None => f.push(&rules::PROFILE_SATU_DATA_LICENSE_MISSING, path, &[]),
        Some(l) if crate::license::get(l).is_none() => f.push(
            &rules::PROFILE_SATU_DATA_LICENSE_UNKNOWN,
            path,
            &[("value", l)],
        ),
        Some(l) => f.push(
            &rules::PROFILE_SATU_DATA_LICENSE_NOT_OPEN,
            path,
            &[("value", l)],
        ),
    }
}

/// Why a well-formed region code is still implausible, or `None` when it is plausible:
/// a zero part, a kabupaten/kota number of 70 or above 99 is not used, and the first digit of
/// a Kemendagri desa part is 1 (kelurahan), 2 (desa) or 3 (desa adat).
fn implausible(r: &RegionCode) -> Option<(&'static str, &'static str)> {
    r.level()?;
    let digits: String = r.code.chars().filter(char::is_ascii_digit).collect();
    let num = |a: usize, b: usize| digits.get(a..b).and_then(|s| s.parse::<u32>().ok());
    if num(0, 2).is_some_and(|p| p < 11) {
        return Some((
            "kode provinsi dimulai dari 11",
            "province codes start at 11",
        ));
    }
    if let Some(k) = num(2, 4) {
        if k == 0 || k == 70 {
            return Some((
                "nomor kabupaten 01–69, kota 71–99",
                "kabupaten are numbered 01–69, kota 71–99",
            ));
        }
    }
    let (kec, desa) = match r.scheme {
        RegionScheme::Kemendagri => ((4, 6), (6, 10)),
        RegionScheme::Bps => ((4, 7), (7, 10)),
    };
    if num(kec.0, kec.1) == Some(0) {
        return Some((
            "nomor kecamatan tidak boleh nol",
            "the kecamatan number cannot be zero",
        ));
    }
    if let Some(v) = num(desa.0, desa.1) {
        let first = digits.as_bytes().get(6).copied();
        if v == 0 || (r.scheme == RegionScheme::Kemendagri && !matches!(first, Some(b'1'..=b'3'))) {
            return Some((
                "nomor desa/kelurahan tidak sah (Kemendagri: 1xxx kelurahan, 2xxx desa, 3xxx desa adat)",
                "the desa/kelurahan number is invalid (Kemendagri: 1xxx kelurahan, 2xxx desa, 3xxx desa adat)",
            ));
        }
    }
    None
}

fn check_region(r: &RegionCode, path: &str, f: &mut Findings) {
    if !r.is_well_formed() {
        f.push(
            &rules::PROFILE_SATU_DATA_REGION_MALFORMED,
            path,
            &[("value", &r.code), ("scheme", r.scheme.as_str())],
        );
    } else if let Some((id, en)) = implausible(r) {
        f.push(
            &rules::PROFILE_SATU_DATA_REGION_IMPLAUSIBLE,
            path,
            &[("value", &r.code), ("reason_id", id), ("reason_en", en)],
        );
    }
}

fn check_reference_codes(d: &Dataset, f: &mut Findings) {
    if let Some(r) = &d.spatial {
        check_region(r, "/spatial/code", f);
    }
    if d.themes.is_empty() {
        f.push(&rules::PROFILE_SATU_DATA_URUSAN_MISSING, "/themes", &[]);
    }
    for (i, t) in d.themes.iter().enumerate() {
        if vocab::urusan(t).is_none() {
            f.push(
                &rules::PROFILE_SATU_DATA_URUSAN_UNKNOWN,
                format!("/themes/{i}"),
                &[("value", t)],
            );
        }
    }
    let Some(sd) = &d.satu_data else {
        return;
    };
    if let Some(k) = &sd.kegiatan {
        for (i, w) in k.wilayah_pengumpulan_data.iter().enumerate() {
            let base = format!("/satuData/kegiatan/wilayahPengumpulanData/{i}");
            let mut province: Option<String> = None;
            if !blank(&w.kode_provinsi) {
                let rc = RegionCode::detect(w.kode_provinsi.trim());
                match rc {
                    Some(rc) if rc.level() == Some(RegionLevel::Provinsi) => {
                        check_region(&rc, &format!("{base}/kodeProvinsi"), f);
                        province = Some(rc.code);
                    }
                    _ => f.push(
                        &rules::PROFILE_SATU_DATA_REGION_LEVEL,
                        format!("{base}/kodeProvinsi"),
                        &[
                            ("value", &w.kode_provinsi),
                            ("expected_id", "provinsi (2 digit, misalnya 33)"),
                            ("expected_en", "a province (2 digits, e.g. 33)"),
                        ],
                    ),
                }
            }
            if !blank(&w.kode_kabupaten_kota) {
                let rc = RegionCode::detect(w.kode_kabupaten_kota.trim());
                match rc {
                    Some(rc) if rc.level() == Some(RegionLevel::KabupatenKota) => {
                        let path = format!("{base}/kodeKabupatenKota");
                        let digits: String = rc.code.chars().filter(char::is_ascii_digit).collect();
                        match &province {
                            Some(p) if !digits.starts_with(p.as_str()) => f.push(
                                &rules::PROFILE_SATU_DATA_REGION_OUTSIDE,
                                path,
                                &[("value", &w.kode_kabupaten_kota), ("province", p)],
                            ),
                            _ => check_region(&rc, &path, f),
                        }
                    }
                    _ => f.push(
                        &rules::PROFILE_SATU_DATA_REGION_LEVEL,
                        format!("{base}/kodeKabupatenKota"),
                        &[
                            ("value", &w.kode_kabupaten_kota),
                            (
                                "expected_id",
                                "kabupaten/kota (BPS 3371 atau Kemendagri 33.71)",
                            ),
                            (
                                "expected_en",
                                "a kabupaten/kota (BPS 3371 or Kemendagri 33.71)",
                            ),
                        ],
                    ),
                }
            }
        }
    }
    // An indicator cannot be estimated for a larger area than the data covers.
    let spatial = d
        .spatial
        .as_ref()
        .and_then(RegionCode::level)
        .map(LevelWilayah::of_region);
    if let Some(covered) = spatial {
        for (i, ind) in sd.indikator.iter().enumerate() {
            let Some(level) = ind.level_estimasi else {
                continue;
            };
            if let (Some(l), Some(c)) = (level.depth(), covered.depth()) {
                if l < c {
                    f.push(
                        &rules::PROFILE_SATU_DATA_LEVEL_MISMATCH,
                        format!("/satuData/indikator/{i}/levelEstimasi"),
                        &[("value", level.as_str()), ("covered", covered.as_str())],
                    );
                }
            }
        }
    }
}

/// The INDAH v2 JSON of all statistical metadata of a dataset:
/// `{"kegiatan": {…}, "variabel": [{…}], "indikator": [{…}]}` (keys of an absent part left out).
///
/// ```
/// use datago_core::standards::satu_data::{indah_json, SatuData, MsVar};
/// let sd = SatuData { variabel: vec![MsVar { nama: "Umur".into(), ..Default::default() }], ..Default::default() };
/// assert_eq!(indah_json(&sd), serde_json::json!({"variabel": [{"nama": "Umur"}]}));
/// ```
pub fn indah_json(satu_data: &SatuData) -> serde_json::Value {
    let mut m = BTreeMap::new();
    if let Some(k) = &satu_data.kegiatan {
        m.insert("kegiatan", ms_keg_json(k));
    }
    if !satu_data.variabel.is_empty() {
        m.insert(
            "variabel",
            serde_json::Value::Array(satu_data.variabel.iter().map(ms_var_json).collect()),
        );
    }
    if !satu_data.indikator.is_empty() {
        m.insert(
            "indikator",
            serde_json::Value::Array(satu_data.indikator.iter().map(ms_ind_json).collect()),
        );
    }
    serde_json::to_value(m).unwrap_or(serde_json::Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_conversion_round_trips_every_field_name() {
        let keg = MsKeg {
            jadwal_kegiatan: Some(JadwalKegiatan {
                diseminasi_hasil: Some(Rentang {
                    awal: NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(),
                    akhir: NaiveDate::from_ymd_opt(2024, 2, 1).unwrap(),
                }),
                ..Default::default()
            }),
            unit_eselon_penanggung_jawab: Some(UnitEselon {
                eselon_satu: "a".into(),
                eselon_dua: "b".into(),
            }),
            ..Default::default()
        };
        let v = ms_keg_json(&keg);
        assert!(v["jadwal_kegiatan"]["diseminasi_hasil"]["awal"].is_string());
        assert_eq!(v["unit_eselon_penanggung_jawab"]["eselon_satu"], "a");
        assert_eq!(ms_keg_from_json(&v).unwrap(), keg);
    }

    #[test]
    fn sector_codes() {
        for (i, s) in SektorKegiatan::ALL.iter().enumerate() {
            assert_eq!(usize::from(s.code()), i + 1);
            assert_eq!(SektorKegiatan::from_code(s.code()), Some(*s));
        }
        assert_eq!(SektorKegiatan::from_code(0), None);
        assert_eq!(SektorKegiatan::from_code(23), None);
    }

    #[test]
    fn region_plausibility() {
        let k = |c: &str| RegionCode::new(RegionScheme::Kemendagri, c);
        let b = |c: &str| RegionCode::new(RegionScheme::Bps, c);
        assert!(implausible(&k("33.71.01.1003")).is_none());
        assert!(implausible(&b("3371010001")).is_none());
        assert!(implausible(&k("33.71.01.5003")).is_some());
        assert!(implausible(&k("33.00")).is_some());
        assert!(implausible(&b("3370")).is_some());
        assert!(implausible(&b("0571")).is_some());
        assert!(implausible(&b("3371000")).is_some());
        assert!(implausible(&b("3371010000")).is_some());
    }
}

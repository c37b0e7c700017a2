//! The replication plan document (rencana replikasi) and its parts.
//!
//! Field names in JSON are camelCase English; values of controlled vocabularies are the
//! guide's own Indonesian terms in kebab-case (`kerja-sama`, `studi-tiru`, `nota-kesepakatan`).
//! Everything a replicator fills in over time is optional in the type, so a half-written plan
//! still reads: what is missing is reported as a finding by [`ReplicationPlan::check`].

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::money::Rupiah;
use super::ReplicationError;
use crate::organization::ContactPoint;
use crate::text::LocalizedText;

/// The three replication models of the guide (model replikasi).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum ReplicationModel {
    /// Mandiri: the adopting agency replicates on its own (documentation books, websites,
    /// exhibitions).
    Mandiri,
    /// Kerja Sama: cooperation between Kota Magelang (instansi asal) and the adopting agency
    /// (mentoring, internship, studi tiru).
    KerjaSama,
    /// Fasilitasi: a three-party cooperation with a facilitating agency (seminar, coaching
    /// clinic, replication website), usually through a Forum Replikasi Inovasi.
    Fasilitasi,
}

impl ReplicationModel {
    /// Every model, in the guide's order.
    pub const ALL: [ReplicationModel; 3] = [
        ReplicationModel::Mandiri,
        ReplicationModel::KerjaSama,
        ReplicationModel::Fasilitasi,
    ];

    /// The kebab-case name used in JSON (`kerja-sama`).
    pub fn as_str(self) -> &'static str {
        match self {
            ReplicationModel::Mandiri => "mandiri",
            ReplicationModel::KerjaSama => "kerja-sama",
            ReplicationModel::Fasilitasi => "fasilitasi",
        }
    }

    /// Reads a model name as people type it: `kerja-sama`, `kerjasama`, `Kerja Sama`,
    /// `kerja_sama`, `KERJA-SAMA`, `fasilitasi`, `mandiri`.
    ///
    /// ```
    /// use datago_core::replication::ReplicationModel;
    /// assert_eq!(ReplicationModel::parse("Kerja Sama").unwrap(), ReplicationModel::KerjaSama);
    /// assert_eq!(ReplicationModel::parse("kerjasama").unwrap(), ReplicationModel::KerjaSama);
    /// assert_eq!(ReplicationModel::parse("swasta").unwrap_err().code(), "replication.unknown-model");
    /// ```
    pub fn parse(name: &str) -> Result<ReplicationModel, ReplicationError> {
        let key: String = name
            .trim()
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        let key = key.strip_prefix("model").unwrap_or(&key);
        match key {
            "mandiri" => Ok(ReplicationModel::Mandiri),
            "kerjasama" => Ok(ReplicationModel::KerjaSama),
            "fasilitasi" => Ok(ReplicationModel::Fasilitasi),
            _ => Err(ReplicationError::UnknownModel {
                value: name.to_string(),
            }),
        }
    }
}

/// The stages (tahapan) of a replication, in the order they happen.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum ReplicationStage {
    /// Difusi Inovasi (Fasilitasi only, first): document, model, innovation fair.
    DifusiInovasi,
    /// Persiapan: identify the problem, recognise the innovation, prepare resources, and (Kerja
    /// Sama, Fasilitasi) the cooperation agreement.
    Persiapan,
    /// Perencanaan dan Pengembangan Kapasitas: action plan, team, capacity, model, method.
    Perencanaan,
    /// Replikasi: carry out the action plan and monitor it.
    Replikasi,
    /// Evaluasi: evaluate over a long period; measure benefits and impact.
    Evaluasi,
}

impl ReplicationStage {
    /// The kebab-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ReplicationStage::DifusiInovasi => "difusi-inovasi",
            ReplicationStage::Persiapan => "persiapan",
            ReplicationStage::Perencanaan => "perencanaan",
            ReplicationStage::Replikasi => "replikasi",
            ReplicationStage::Evaluasi => "evaluasi",
        }
    }
}

/// A party of the replication (aktor replikasi).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ActorRole {
    /// Instansi Asal (original organization): Kota Magelang, where DataGO was built.
    Asal,
    /// Instansi Penerima or Replikator (adopting organization).
    Replikator,
    /// Instansi Fasilitator (intermediary organization).
    Fasilitator,
}

impl ActorRole {
    /// The kebab-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorRole::Asal => "asal",
            ActorRole::Replikator => "replikator",
            ActorRole::Fasilitator => "fasilitator",
        }
    }
}

/// A government agency taking part in the replication (instansi), with whom to contact.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Agency {
    /// Name of the agency (`Dinas Komunikasi, Informatika dan Statistik`).
    #[serde(default)]
    pub name: String,
    /// The government it belongs to (`Pemerintah Kota Magelang`, `Pemerintah Kabupaten X`).
    #[serde(default)]
    pub government: String,
    /// Its website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub homepage: Option<String>,
    /// Whom to contact about the replication.
    #[serde(default)]
    pub contacts: Vec<ContactPoint>,
}

/// The parties of the replication (aktor): one to three agencies.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReplicationActors {
    /// Instansi Asal: Kota Magelang's Dinas Komunikasi, Informatika dan Statistik.
    #[serde(default)]
    pub original: Agency,
    /// Instansi Penerima / Replikator: the adopting agency.
    #[serde(default)]
    pub replicator: Agency,
    /// Instansi Fasilitator: required by the Fasilitasi model, absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facilitator: Option<Agency>,
}

/// The two instruments of the cooperation (ketentuan khusus 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AgreementKind {
    /// Nota Kesepakatan (MoU) between the Wali Kota of Magelang and the replicator's head of
    /// region; signed first.
    NotaKesepakatan,
    /// Perjanjian Kerja Sama between the head of Diskominfo dan Statistik Kota Magelang and the
    /// replicator's head of regional agency (tripartite with the facilitator in Fasilitasi).
    PerjanjianKerjaSama,
}

impl AgreementKind {
    /// Both kinds, in the order they are signed.
    pub const ALL: [AgreementKind; 2] = [
        AgreementKind::NotaKesepakatan,
        AgreementKind::PerjanjianKerjaSama,
    ];

    /// The kebab-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            AgreementKind::NotaKesepakatan => "nota-kesepakatan",
            AgreementKind::PerjanjianKerjaSama => "perjanjian-kerja-sama",
        }
    }
}

/// In which capacity someone signs an agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SignatoryCapacity {
    /// Kepala Daerah: Wali Kota, Bupati or Gubernur.
    KepalaDaerah,
    /// Kepala Perangkat Daerah: head of a regional agency (Kepala Dinas, Kepala Badan).
    KepalaPerangkatDaerah,
    /// Anyone else (a delegated official, the head of a facilitating institution).
    Lainnya,
}

/// One signatory of an agreement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Signatory {
    /// The person's name.
    #[serde(default)]
    pub name: String,
    /// The office held (`Wali Kota Magelang`).
    #[serde(default)]
    pub position: String,
    /// The party the signatory acts for.
    pub party: ActorRole,
    /// The capacity in which they sign.
    pub capacity: SignatoryCapacity,
}

/// A Nota Kesepakatan or Perjanjian Kerja Sama, planned or signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Agreement {
    /// Which instrument it is.
    pub kind: AgreementKind,
    /// Its number (nomor), once registered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// When it is planned to be signed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned: Option<NaiveDate>,
    /// When it was signed; absent while it is not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed: Option<NaiveDate>,
    /// Who signs (or signed) it.
    #[serde(default)]
    pub signatories: Vec<Signatory>,
    /// Where the signed document is (URL or archive reference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
}

impl Agreement {
    /// The date that counts: signed if signed, otherwise planned.
    pub fn effective_date(&self) -> Option<NaiveDate> {
        self.signed.or(self.planned)
    }
}

/// The five principles of replication (prinsip pelaksanaan replikasi).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Principle {
    /// Jujur: acknowledge the origin, ask permission, keep the innovation's identity.
    Jujur,
    /// Kesesuaian dengan Kebutuhan: the innovation fits the adopter's needs.
    KesesuaianKebutuhan,
    /// Efisien: saves people, effort, time and money.
    Efisien,
    /// Memberi Nilai Tambah: developed further for the adopter's context.
    NilaiTambah,
    /// Sinergitas: a joint effort towards Satu Data Indonesia.
    Sinergitas,
}

impl Principle {
    /// The five principles, in the guide's order.
    pub const ALL: [Principle; 5] = [
        Principle::Jujur,
        Principle::KesesuaianKebutuhan,
        Principle::Efisien,
        Principle::NilaiTambah,
        Principle::Sinergitas,
    ];

    /// The kebab-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Principle::Jujur => "jujur",
            Principle::KesesuaianKebutuhan => "kesesuaian-kebutuhan",
            Principle::Efisien => "efisien",
            Principle::NilaiTambah => "nilai-tambah",
            Principle::Sinergitas => "sinergitas",
        }
    }
}

/// How the plan meets one principle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PrincipleStatement {
    /// The principle.
    pub principle: Principle,
    /// How the replication meets it.
    #[serde(default)]
    pub how: LocalizedText,
}

/// The replication methods the guide names per model (metode replikasi).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum ReplicationMethod {
    /// Mandiri: information from innovation documentation books.
    BukuDokumentasi,
    /// Mandiri: information from websites.
    Website,
    /// Mandiri: innovation exhibitions.
    Pameran,
    /// Kerja Sama: mentoring by the original agency.
    Pendampingan,
    /// Kerja Sama: internship at the original agency.
    Pemagangan,
    /// Kerja Sama: field visit (studi tiru) to the original agency.
    StudiTiru,
    /// Fasilitasi: innovation seminar.
    Seminar,
    /// Fasilitasi: coaching clinic of the three parties.
    CoachingClinic,
    /// Fasilitasi: innovation replication website.
    WebsiteReplikasi,
    /// Any other feasible means (described in `note`).
    Lainnya,
}

impl ReplicationMethod {
    /// The kebab-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ReplicationMethod::BukuDokumentasi => "buku-dokumentasi",
            ReplicationMethod::Website => "website",
            ReplicationMethod::Pameran => "pameran",
            ReplicationMethod::Pendampingan => "pendampingan",
            ReplicationMethod::Pemagangan => "pemagangan",
            ReplicationMethod::StudiTiru => "studi-tiru",
            ReplicationMethod::Seminar => "seminar",
            ReplicationMethod::CoachingClinic => "coaching-clinic",
            ReplicationMethod::WebsiteReplikasi => "website-replikasi",
            ReplicationMethod::Lainnya => "lainnya",
        }
    }
}

/// A replication method the plan uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MethodChoice {
    /// The method.
    pub method: ReplicationMethod,
    /// What it involves here; required for `lainnya`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Who issues the decree forming the team (the guide: head of region or head of agency).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DecreeIssuer {
    /// Kepala Daerah.
    KepalaDaerah,
    /// Kepala Organisasi Perangkat Daerah.
    KepalaPerangkatDaerah,
}

/// The decree (surat keputusan) forming the team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct TeamDecree {
    /// The decree's number.
    #[serde(default)]
    pub number: String,
    /// The date it was set (ditetapkan).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// Who issued it.
    pub issued_by: DecreeIssuer,
}

/// A member's role in the team.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum TeamRole {
    /// Penanggung jawab: answers for the replication.
    PenanggungJawab,
    /// Ketua: leads the team.
    Ketua,
    /// Sekretaris.
    Sekretaris,
    /// Anggota: member.
    Anggota,
}

/// A member of the Tim Pelaksana Replikasi Inovasi.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct TeamMember {
    /// The person's name.
    #[serde(default)]
    pub name: String,
    /// Their office (jabatan).
    #[serde(default)]
    pub position: String,
    /// Their role in the team.
    pub role: TeamRole,
    /// What they know of the application's substance (ketentuan khusus 3: the replicator
    /// provides competent staff; Kota Magelang helps only up to installation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub competence: Option<String>,
    /// How to reach them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<ContactPoint>,
}

/// The Tim Pelaksana Replikasi Inovasi: answers for the replication from Persiapan to Evaluasi.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ImplementationTeam {
    /// The decree forming it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decree: Option<TeamDecree>,
    /// Its members.
    #[serde(default)]
    pub members: Vec<TeamMember>,
}

/// The replication budget (anggaran).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Budget {
    /// The ceiling allocated (pagu anggaran), in rupiah.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ceiling: Option<Rupiah>,
    /// Where the money comes from (`APBD Kabupaten X Tahun Anggaran 2026`); ketentuan khusus
    /// 10: the replicator's own budget.
    #[serde(default)]
    pub source: String,
    /// The fiscal year(s) it covers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fiscal_years: Vec<i32>,
}

/// Who pays for an activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum FundingSource {
    /// The replicator's own budget (APBD), as ketentuan khusus 10 requires.
    #[default]
    Replikator,
    /// The original agency (Kota Magelang); not allowed by ketentuan khusus 10.
    InstansiAsal,
    /// The facilitating agency (Fasilitasi only, e.g. the Forum Replikasi Inovasi it holds).
    Fasilitator,
    /// Another source.
    Lainnya,
}

impl FundingSource {
    /// The kebab-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            FundingSource::Replikator => "replikator",
            FundingSource::InstansiAsal => "instansi-asal",
            FundingSource::Fasilitator => "fasilitator",
            FundingSource::Lainnya => "lainnya",
        }
    }
}

/// Where an activity stands, as reported by the team.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ProgressStatus {
    /// Not started.
    #[default]
    BelumMulai,
    /// Under way.
    Berjalan,
    /// Done.
    Selesai,
}

/// Monitoring of one activity (monitoring replikasi).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ActionProgress {
    /// Where it stands.
    #[serde(default)]
    pub status: ProgressStatus,
    /// How far along it is, 0–100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<u32>,
    /// When it actually started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual_start: Option<NaiveDate>,
    /// When it actually ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual_end: Option<NaiveDate>,
    /// Money spent so far (realisasi anggaran).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spent: Option<Rupiah>,
    /// Date of this progress report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<NaiveDate>,
    /// Remarks: obstacles, follow-up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One activity of the action plan (rencana aksi), with the six elements the guide asks for:
/// what, who, when, output, method and cost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ActionItem {
    /// Stable identifier within the plan (`A01`).
    #[serde(default)]
    pub id: String,
    /// The stage it belongs to.
    pub stage: ReplicationStage,
    /// The guide's activity it carries out (`identifikasi-masalah`); absent for an activity of
    /// the replicator's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<String>,
    /// (1) What the activity is (kegiatan).
    #[serde(default)]
    pub what: LocalizedText,
    /// (2) Who carries it out (pelaksana).
    #[serde(default)]
    pub who: String,
    /// (3) When: first day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveDate>,
    /// (3) When: last day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
    /// (4) What it produces (output).
    #[serde(default)]
    pub output: LocalizedText,
    /// (5) How it is carried out (metode pelaksanaan).
    #[serde(default)]
    pub method: String,
    /// (6) What it costs (biaya), in rupiah; 0 for an activity without cost.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<Rupiah>,
    /// Who pays for it.
    #[serde(default)]
    pub funded_by: FundingSource,
    /// Monitoring: where it stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<ActionProgress>,
}

/// A span of days, both inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DateRange {
    /// First day.
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
}

/// What an indicator measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum IndicatorKind {
    /// Manfaat: a benefit of the replication.
    Manfaat,
    /// Dampak: its impact.
    Dampak,
}

/// Which way is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum IndicatorDirection {
    /// Higher is better.
    #[default]
    Naik,
    /// Lower is better.
    Turun,
}

/// One measured value of an indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Measurement {
    /// When it was measured.
    pub date: NaiveDate,
    /// The value.
    pub value: f64,
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A benefit or impact indicator with its baseline, target and measurements.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Indicator {
    /// Stable identifier within the plan (`I1`).
    #[serde(default)]
    pub id: String,
    /// Benefit or impact.
    pub kind: IndicatorKind,
    /// What it measures.
    #[serde(default)]
    pub name: LocalizedText,
    /// Unit (`dataset`, `persen`, `kunjungan/bulan`).
    #[serde(default)]
    pub unit: String,
    /// The value before the replication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<f64>,
    /// The value aimed for by the end of the evaluation period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    /// Which way is better.
    #[serde(default)]
    pub direction: IndicatorDirection,
    /// Values measured, in any order.
    #[serde(default)]
    pub measurements: Vec<Measurement>,
}

/// The Evaluasi stage's design: period and indicators.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Evaluation {
    /// The period evaluated; the guide asks for a fairly long one (e.g. 1 or 2 years).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<DateRange>,
    /// Benefit and impact indicators.
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    /// Conclusions of the evaluation, once made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<LocalizedText>,
}

/// The replicator's acknowledgement of the special provisions (ketentuan khusus 1–17).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProvisionAcknowledgement {
    /// Numbers of the provisions read and agreed to.
    #[serde(default)]
    pub acknowledged: Vec<u32>,
    /// Who acknowledged them for the replicator (name and office).
    #[serde(default)]
    pub by: String,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
}

/// A plan to replicate DataGO (rencana replikasi): model, parties, agreements, principles,
/// methods, team, budget, action plan with monitoring, evaluation and the special provisions.
///
/// Read one with [`ReplicationPlan::from_json`], start one with [`ReplicationPlan::template`],
/// check it with [`ReplicationPlan::check`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReplicationPlan {
    /// Where an editor finds the JSON Schema of this document (optional).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Stable identifier of the plan.
    #[serde(default)]
    pub id: String,
    /// Title.
    #[serde(default)]
    pub title: LocalizedText,
    /// The replication model.
    pub model: ReplicationModel,
    /// The replica's own name (ketentuan khusus 17: renaming is allowed), e.g. `Satu Data
    /// Kabupaten X`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replica_name: Option<String>,
    /// The replica's homepage, which shows the DataGO logo and link (ketentuan khusus 9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replica_url: Option<String>,
    /// The parties.
    #[serde(default)]
    pub actors: ReplicationActors,
    /// The Nota Kesepakatan and the Perjanjian Kerja Sama (Kerja Sama, Fasilitasi).
    #[serde(default)]
    pub agreements: Vec<Agreement>,
    /// How the plan meets each of the five principles.
    #[serde(default)]
    pub principles: Vec<PrincipleStatement>,
    /// The replication methods chosen.
    #[serde(default)]
    pub methods: Vec<MethodChoice>,
    /// The Tim Pelaksana Replikasi Inovasi.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<ImplementationTeam>,
    /// The budget.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Budget>,
    /// The action plan (rencana aksi), with monitoring per activity.
    #[serde(default)]
    pub action_plan: Vec<ActionItem>,
    /// The evaluation design and results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<Evaluation>,
    /// The special provisions acknowledged (Kerja Sama, Fasilitasi).
    #[serde(default)]
    pub provisions: ProvisionAcknowledgement,
}

impl ReplicationPlan {
    /// Reads a plan from JSON.
    ///
    /// ```
    /// use datago_core::replication::{ReplicationPlan, ReplicationModel};
    /// let plan = ReplicationPlan::from_json(r#"{"id": "r-1", "model": "kerja-sama"}"#).unwrap();
    /// assert_eq!(plan.model, ReplicationModel::KerjaSama);
    /// assert!(ReplicationPlan::from_json(r#"{"model": "swasta"}"#).is_err());
    /// ```
    pub fn from_json(json: &str) -> Result<ReplicationPlan, crate::ParseError> {
        crate::document::from_json(json)
    }

    /// Writes the plan as JSON, compact or pretty.
    pub fn to_json(&self, pretty: bool) -> String {
        crate::document::to_json(self, pretty)
    }

    /// The agreement of `kind`, if the plan has one.
    pub fn agreement(&self, kind: AgreementKind) -> Option<&Agreement> {
        self.agreements.iter().find(|a| a.kind == kind)
    }

    /// The replica's name: `replicaName`, or the replicator's government, or its agency.
    pub fn replica_label(&self) -> &str {
        [
            self.replica_name.as_deref().unwrap_or(""),
            &self.actors.replicator.government,
            &self.actors.replicator.name,
        ]
        .into_iter()
        .find(|s| !s.trim().is_empty())
        .unwrap_or("")
    }
}

//! Replication plans (Pedoman Replikasi DataGO) for JavaScript: templates, checks, monitoring,
//! reports with an SVG timeline, and the guide's data.

use datago_core::replication::{
    self, check_json, parse_date, CheckOptions, HomepageCheck, ReplicationModel, ReplicationPlan,
    ReportFormat, Rupiah,
};
use datago_core::{Lang, ParseError};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::convert;
use crate::error::{Error, Expected};

#[wasm_bindgen(typescript_custom_section)]
const REPLICATION_TYPES: &str = r#"
/** The outcome of checking the replica's homepage for the DataGO logo and link (ketentuan khusus 9). The plan cannot see the web page itself: build one with `HomepageCheck::from_html` (which runs `crate::replica::check_homepage`) or from a `crate::replica::ComplianceReport`, or read the JSON `datago replica check --format json` prints: `{"compliant": bool, "findings": [Finding…]}` (only `compliant` is required; `url` and `checked` may record what was checked when). */
export interface HomepageCheck {
  /** When it was checked. */
  checked?: string | null;
  /** True when the logo and a working link to https://datago.magelangkota.go.id are present and visible. */
  compliant: boolean;
  /** What the check found (its own codes and paths into the HTML). */
  findings: Finding[];
  /** The page checked. */
  url?: string | null;
}
/** A model's template: its parties, stages with their activities, and methods, exactly as the guide lists them. */
export interface ModelTemplate {
  /** The agreement it needs. */
  agreement: AgreementRequirement;
  /** How it works. */
  description: Message;
  /** The methods the guide lists for it. */
  methods: MethodInfo[];
  /** The model. */
  model: ReplicationModel;
  /** Its name. */
  name: Message;
  /** True when the guide adds "and other feasible means" to its methods. */
  otherMeansAllowed: boolean;
  /** The parties taking part. */
  parties: ActorRole[];
  /** True when the special provisions (ketentuan khusus) apply: Kerja Sama and Fasilitasi. */
  provisionsApply: boolean;
  /** Its stages, in order. */
  stages: ModelStage[];
}
/** One activity of a stage, as the guide names it. */
export interface ActivityInfo {
  /** Stable code (`identifikasi-masalah`), used by an action item's `activity`. */
  code: string;
  /** What it involves, after the guide. */
  description: Message;
  /** Its name. */
  name: Message;
  /** The stage it belongs to. */
  stage: ReplicationStage;
}
/** A party of the replication (aktor replikasi). */
export type ActorRole = "asal" | "replikator" | "fasilitator";
/** What kind of agreement a model needs. */
export type AgreementRequirement = "tidak-ada" | "dua-pihak" | "tiga-pihak";
/** A replication method with its name and the model the guide lists it under. */
export interface MethodInfo {
  /** The method. */
  method: ReplicationMethod;
  /** The model the guide lists it under; absent for `lainnya`. */
  model?: ReplicationModel | null;
  /** Its name. */
  name: Message;
}
/** A stage as one model runs it: the stage and the activities of that model. */
export interface ModelStage {
  /** The model's activities in it, in order. */
  activities: ActivityInfo[];
  /** Its name. */
  name: Message;
  /** The stage. */
  stage: ReplicationStage;
}
/** The replication methods the guide names per model (metode replikasi). */
export type ReplicationMethod = "buku-dokumentasi" | "website" | "pameran" | "pendampingan" | "pemagangan" | "studi-tiru" | "seminar" | "coaching-clinic" | "website-replikasi" | "lainnya";
/** The three replication models of the guide (model replikasi). */
export type ReplicationModel = "mandiri" | "kerja-sama" | "fasilitasi";
/** The stages (tahapan) of a replication, in the order they happen. */
export type ReplicationStage = "difusi-inovasi" | "persiapan" | "perencanaan" | "replikasi" | "evaluasi";
/** Everything known about a plan on a date: findings, readiness per area, the provisions and progress. What reports are made of. */
export interface PlanAssessment {
  /** Findings per severity. */
  counts: SeverityCounts;
  /** Every finding. */
  findings: Finding[];
  /** Progress on the as-of date. */
  progress: PlanProgress;
  /** The 17 special provisions. */
  provisions: ProvisionStatus[];
  /** Readiness per area. */
  readiness: ReadinessItem[];
  /** True when no finding is of severity error. */
  ready: boolean;
}
/** Where an activity stands, judged on the as-of date. */
export type ActivityState = "direncanakan" | "berjalan" | "selesai" | "terlambat";
/** One activity on the as-of date. */
export interface ActivityStatus {
  /** The guide's activity it carries out. */
  activity?: string | null;
  /** Days late on the as-of date (0 when not late). */
  daysLate: number;
  /** Planned last day. */
  end?: string | null;
  /** The item's id (or `#n`, its position, when it has none). */
  id: string;
  /** How far along, 0–100. */
  percent: number;
  /** Planned cost. */
  planned: Rupiah;
  /** Spent so far. */
  spent: Rupiah;
  /** Its stage. */
  stage: ReplicationStage;
  /** Planned first day. */
  start?: string | null;
  /** Where it stands. */
  state: ActivityState;
  /** What it is (Bahasa Indonesia, or the first language given). */
  what: string;
}
/** Money planned and used. */
export interface BudgetStatus {
  /** The budget ceiling (pagu), when set. */
  ceiling?: Rupiah | null;
  /** Sum of the planned costs of the action plan. */
  planned: Rupiah;
  /** Ceiling (or, without one, planned total) minus spent. */
  remaining: Rupiah;
  /** Sum spent so far (realisasi). */
  spent: Rupiah;
  /** Spent as a share of the planned total, in percent (0 when nothing is planned). */
  usedPercent: number;
}
/** What a machine check of a provision concluded. */
export type CheckOutcome = "terpenuhi" | "direncanakan" | "tidak-terpenuhi" | "belum-diperiksa";
/** What an indicator measures. */
export type IndicatorKind = "manfaat" | "dampak";
/** One indicator's latest value against its target. */
export interface IndicatorStatus {
  /** How much of the way from baseline to target the latest value has come, in percent (may exceed 100 or be negative); absent without baseline, target and a measurement. */
  achievement?: number | null;
  /** Value before the replication. */
  baseline?: number | null;
  /** The indicator's id (or `#n`). */
  id: string;
  /** Benefit or impact. */
  kind: IndicatorKind;
  /** The latest measured value. */
  latest?: number | null;
  /** When it was measured. */
  latestDate?: string | null;
  /** What it measures. */
  name: string;
  /** Value aimed for. */
  target?: number | null;
  /** Unit. */
  unit: string;
}
/** Where the whole replication stands on the as-of date. */
export interface PlanProgress {
  /** Every activity, in plan order. */
  activities: ActivityStatus[];
  /** The date it is judged at; absent when none was given (then nothing is late). */
  asOf?: string | null;
  /** Money. */
  budget: BudgetStatus;
  /** Indicators. */
  indicators: IndicatorStatus[];
  /** Overall completion, 0–100 (mean of the activities). */
  percent: number;
  /** Every stage of the model, in order. */
  stages: StageStatus[];
}
/** How a machine can check a provision against a plan. */
export type ProvisionCheck = "kesepakatan" | "anggaran" | "kompetensi-tim" | "beranda" | "sumber-dana";
/** What a special provision is. */
export type ProvisionKind = "kewajiban" | "larangan" | "hak" | "informasi";
/** Whom a special provision binds or entitles. */
export type ProvisionParty = "replikator" | "walidata" | "kedua-pihak";
/** One special provision as it stands for this plan. */
export interface ProvisionStatus {
  /** True when the replicator acknowledged it. */
  acknowledged: boolean;
  /** True when the model is Kerja Sama or Fasilitasi. */
  applies: boolean;
  /** The machine check, if any. */
  check?: ProvisionCheck | null;
  /** Obligation, prohibition, right or information. */
  kind: ProvisionKind;
  /** Its number. */
  number: number;
  /** What the machine check concluded. */
  outcome?: CheckOutcome | null;
  /** Whom it binds or entitles. */
  party: ProvisionParty;
  /** Its text. */
  text: Message;
}
/** A part of the plan whose readiness is assessed. */
export type ReadinessArea = "aktor" | "kesepakatan" | "prinsip" | "metode" | "tim" | "rencana-aksi" | "anggaran" | "monitoring" | "evaluasi" | "ketentuan" | "beranda";
/** Readiness of one area. */
export interface ReadinessItem {
  /** The area. */
  area: ReadinessArea;
  /** Findings of severity error in it. */
  errors: number;
  /** Its name. */
  name: Message;
  /** How ready it is. */
  status: ReadinessStatus;
  /** Findings of severity warning in it. */
  warnings: number;
}
/** How ready one area is. */
export type ReadinessStatus = "siap" | "perlu-perhatian" | "belum-siap" | "belum-diperiksa" | "tidak-berlaku";
/** An amount of money in whole rupiah (integer). */
export type Rupiah = number;
/** One stage on the as-of date. */
export interface StageStatus {
  /** Number of activities planned in it. */
  activities: number;
  /** Of which done. */
  done: number;
  /** Last planned day. */
  end?: string | null;
  /** Of which under way. */
  inProgress: number;
  /** Of which late. */
  late: number;
  /** Completion, 0–100: the mean of its activities' progress (done = 100). */
  percent: number;
  /** Planned cost of its activities. */
  planned: Rupiah;
  /** Spent on them so far. */
  spent: Rupiah;
  /** The stage. */
  stage: ReplicationStage;
  /** First planned day. */
  start?: string | null;
}
/** A principle with its name and the guide's explanation. */
export interface PrincipleInfo {
  /** What it asks. */
  description: Message;
  /** Its name. */
  name: Message;
  /** The principle. */
  principle: Principle;
}
/** The five principles of replication (prinsip pelaksanaan replikasi). */
export type Principle = "jujur" | "kesesuaian-kebutuhan" | "efisien" | "nilai-tambah" | "sinergitas";
/** One of the 17 special provisions (ketentuan khusus) for Kerja Sama and Fasilitasi replicators. */
export interface Provision {
  /** The machine check, where one exists. */
  check?: ProvisionCheck | null;
  /** Obligation, prohibition, right or information. */
  kind: ProvisionKind;
  /** Its number, 1–17. */
  number: number;
  /** Whom it binds or entitles. */
  party: ProvisionParty;
  /** Its text: the guide's own words in Bahasa Indonesia, and an English translation. */
  text: Message;
}
/** A plan to replicate DataGO (rencana replikasi): model, parties, agreements, principles, methods, team, budget, action plan with monitoring, evaluation and the special provisions. Read one with `ReplicationPlan::from_json`, start one with `ReplicationPlan::template`, check it with `ReplicationPlan::check`. */
export interface ReplicationPlan {
  /** Where an editor finds the JSON Schema of this document (optional). */
  "$schema"?: string | null;
  /** The action plan (rencana aksi), with monitoring per activity. */
  actionPlan: ActionItem[];
  /** The parties. */
  actors: ReplicationActors;
  /** The Nota Kesepakatan and the Perjanjian Kerja Sama (Kerja Sama, Fasilitasi). */
  agreements: Agreement[];
  /** The budget. */
  budget?: Budget | null;
  /** The evaluation design and results. */
  evaluation?: Evaluation | null;
  /** Stable identifier of the plan. */
  id: string;
  /** The replication methods chosen. */
  methods: MethodChoice[];
  /** The replication model. */
  model: ReplicationModel;
  /** How the plan meets each of the five principles. */
  principles: PrincipleStatement[];
  /** The special provisions acknowledged (Kerja Sama, Fasilitasi). */
  provisions: ProvisionAcknowledgement;
  /** The replica's own name (ketentuan khusus 17: renaming is allowed), e.g. `Satu Data Kabupaten X`. */
  replicaName?: string | null;
  /** The replica's homepage, which shows the DataGO logo and link (ketentuan khusus 9). */
  replicaUrl?: string | null;
  /** The Tim Pelaksana Replikasi Inovasi. */
  team?: ImplementationTeam | null;
  /** Title. */
  title: LocalizedText;
}
/** One activity of the action plan (rencana aksi), with the six elements the guide asks for: what, who, when, output, method and cost. */
export interface ActionItem {
  /** The guide's activity it carries out (`identifikasi-masalah`); absent for an activity of the replicator's own. */
  activity?: string | null;
  /** (6) What it costs (biaya), in rupiah; 0 for an activity without cost. */
  cost?: Rupiah | null;
  /** (3) When: last day. */
  end?: string | null;
  /** Who pays for it. */
  fundedBy: FundingSource;
  /** Stable identifier within the plan (`A01`). */
  id: string;
  /** (5) How it is carried out (metode pelaksanaan). */
  method: string;
  /** (4) What it produces (output). */
  output: LocalizedText;
  /** Monitoring: where it stands. */
  progress?: ActionProgress | null;
  /** The stage it belongs to. */
  stage: ReplicationStage;
  /** (3) When: first day. */
  start?: string | null;
  /** (1) What the activity is (kegiatan). */
  what: LocalizedText;
  /** (2) Who carries it out (pelaksana). */
  who: string;
}
/** Monitoring of one activity (monitoring replikasi). */
export interface ActionProgress {
  /** When it actually ended. */
  actualEnd?: string | null;
  /** When it actually started. */
  actualStart?: string | null;
  /** Remarks: obstacles, follow-up. */
  note?: string | null;
  /** How far along it is, 0–100. */
  percent?: number | null;
  /** Money spent so far (realisasi anggaran). */
  spent?: Rupiah | null;
  /** Where it stands. */
  status: ProgressStatus;
  /** Date of this progress report. */
  updated?: string | null;
}
/** A government agency taking part in the replication (instansi), with whom to contact. */
export interface Agency {
  /** Whom to contact about the replication. */
  contacts: ContactPoint[];
  /** The government it belongs to (`Pemerintah Kota Magelang`, `Pemerintah Kabupaten X`). */
  government: string;
  /** Its website. */
  homepage?: string | null;
  /** Name of the agency (`Dinas Komunikasi, Informatika dan Statistik`). */
  name: string;
}
/** A Nota Kesepakatan or Perjanjian Kerja Sama, planned or signed. */
export interface Agreement {
  /** Where the signed document is (URL or archive reference). */
  document?: string | null;
  /** Which instrument it is. */
  kind: AgreementKind;
  /** Its number (nomor), once registered. */
  number?: string | null;
  /** When it is planned to be signed. */
  planned?: string | null;
  /** Who signs (or signed) it. */
  signatories: Signatory[];
  /** When it was signed; absent while it is not. */
  signed?: string | null;
}
/** The two instruments of the cooperation (ketentuan khusus 1). */
export type AgreementKind = "nota-kesepakatan" | "perjanjian-kerja-sama";
/** The replication budget (anggaran). */
export interface Budget {
  /** The ceiling allocated (pagu anggaran), in rupiah. */
  ceiling?: Rupiah | null;
  /** The fiscal year(s) it covers. */
  fiscalYears?: number[];
  /** Where the money comes from (`APBD Kabupaten X Tahun Anggaran 2026`); ketentuan khusus 10: the replicator's own budget. */
  source: string;
}
/** A span of days, both inclusive. */
export interface DateRange {
  /** Last day. */
  end: string;
  /** First day. */
  start: string;
}
/** Who issues the decree forming the team (the guide: head of region or head of agency). */
export type DecreeIssuer = "kepala-daerah" | "kepala-perangkat-daerah";
/** The Evaluasi stage's design: period and indicators. */
export interface Evaluation {
  /** Benefit and impact indicators. */
  indicators: Indicator[];
  /** The period evaluated; the guide asks for a fairly long one (e.g. 1 or 2 years). */
  period?: DateRange | null;
  /** Conclusions of the evaluation, once made. */
  summary?: LocalizedText | null;
}
/** Who pays for an activity. */
export type FundingSource = "replikator" | "instansi-asal" | "fasilitator" | "lainnya";
/** The Tim Pelaksana Replikasi Inovasi: answers for the replication from Persiapan to Evaluasi. */
export interface ImplementationTeam {
  /** The decree forming it. */
  decree?: TeamDecree | null;
  /** Its members. */
  members: TeamMember[];
}
/** A benefit or impact indicator with its baseline, target and measurements. */
export interface Indicator {
  /** The value before the replication. */
  baseline?: number | null;
  /** Which way is better. */
  direction: IndicatorDirection;
  /** Stable identifier within the plan (`I1`). */
  id: string;
  /** Benefit or impact. */
  kind: IndicatorKind;
  /** Values measured, in any order. */
  measurements: Measurement[];
  /** What it measures. */
  name: LocalizedText;
  /** The value aimed for by the end of the evaluation period. */
  target?: number | null;
  /** Unit (`dataset`, `persen`, `kunjungan/bulan`). */
  unit: string;
}
/** Which way is better. */
export type IndicatorDirection = "naik" | "turun";
/** One measured value of an indicator. */
export interface Measurement {
  /** When it was measured. */
  date: string;
  /** Remarks. */
  note?: string | null;
  /** The value. */
  value: number;
}
/** A replication method the plan uses. */
export interface MethodChoice {
  /** The method. */
  method: ReplicationMethod;
  /** What it involves here; required for `lainnya`. */
  note?: string | null;
}
/** How the plan meets one principle. */
export interface PrincipleStatement {
  /** How the replication meets it. */
  how: LocalizedText;
  /** The principle. */
  principle: Principle;
}
/** Where an activity stands, as reported by the team. */
export type ProgressStatus = "belum-mulai" | "berjalan" | "selesai";
/** The replicator's acknowledgement of the special provisions (ketentuan khusus 1–17). */
export interface ProvisionAcknowledgement {
  /** Numbers of the provisions read and agreed to. */
  acknowledged: number[];
  /** Who acknowledged them for the replicator (name and office). */
  by: string;
  /** When. */
  date?: string | null;
}
/** The parties of the replication (aktor): one to three agencies. */
export interface ReplicationActors {
  /** Instansi Fasilitator: required by the Fasilitasi model, absent otherwise. */
  facilitator?: Agency | null;
  /** Instansi Asal: Kota Magelang's Dinas Komunikasi, Informatika dan Statistik. */
  original: Agency;
  /** Instansi Penerima / Replikator: the adopting agency. */
  replicator: Agency;
}
/** One signatory of an agreement. */
export interface Signatory {
  /** The capacity in which they sign. */
  capacity: SignatoryCapacity;
  /** The person's name. */
  name: string;
  /** The party the signatory acts for. */
  party: ActorRole;
  /** The office held (`Wali Kota Magelang`). */
  position: string;
}
/** In which capacity someone signs an agreement. */
export type SignatoryCapacity = "kepala-daerah" | "kepala-perangkat-daerah" | "lainnya";
/** The decree (surat keputusan) forming the team. */
export interface TeamDecree {
  /** The date it was set (ditetapkan). */
  date?: string | null;
  /** Who issued it. */
  issuedBy: DecreeIssuer;
  /** The decree's number. */
  number: string;
}
/** A member of the Tim Pelaksana Replikasi Inovasi. */
export interface TeamMember {
  /** What they know of the application's substance (ketentuan khusus 3: the replicator provides competent staff; Kota Magelang helps only up to installation). */
  competence?: string | null;
  /** How to reach them. */
  contact?: ContactPoint | null;
  /** The person's name. */
  name: string;
  /** Their office (jabatan). */
  position: string;
  /** Their role in the team. */
  role: TeamRole;
}
/** A member's role in the team. */
export type TeamRole = "penanggung-jawab" | "ketua" | "sekretaris" | "anggota";
/** Options of `checkReplicationPlan`. */
export interface ReplicationCheckOptions {
  /** The date monitoring is judged at: `YYYY-MM-DD` or a `Date` (its local calendar day). Without it nothing is late. */
  asOf?: string | Date | null;
  /** A homepage check done earlier (e.g. `checkHomepage(html)`), for ketentuan khusus 9. */
  homepage?: HomepageCheck | null;
  /** The replica's home page itself (HTML text or UTF-8 bytes), checked for the DataGO logo and link. */
  homepageHtml?: string | Uint8Array | null;
}
/** Options of `replicationReport`. */
export interface ReplicationReportOptions extends ReplicationCheckOptions {
  /** `md` (Markdown, the default) or `html`. */
  format?: "md" | "markdown" | "html" | "htm";
  /** `id` (Bahasa Indonesia, the default) or `en`. */
  lang?: "id" | "en";
}
/** Options of `replicationGanttSvg`. */
export interface ReplicationGanttOptions {
  /** `id` (the default) or `en`. */
  lang?: "id" | "en";
  /** The date the bars are coloured at: `YYYY-MM-DD` or a `Date`. */
  asOf?: string | Date | null;
}
"#;

fn plan_arg(plan: &JsValue) -> Result<ReplicationPlan, Error> {
    let text = convert::document_text(plan, "plan")?;
    Ok(ReplicationPlan::from_json(&text)?)
}

fn present(v: &JsValue) -> bool {
    !v.is_undefined() && !v.is_null()
}

/// An as-of date: `YYYY-MM-DD`, or a `Date` (its local calendar day).
fn date_arg(v: &JsValue, argument: &str) -> Result<Option<chrono::NaiveDate>, Error> {
    if !present(v) {
        return Ok(None);
    }
    let text = if let Some(s) = v.as_string() {
        s
    } else if let Some(d) = v.dyn_ref::<js_sys::Date>() {
        if d.get_time().is_nan() {
            return Err(Error::wrong_type(argument, Expected::TIME, v));
        }
        format!(
            "{:04}-{:02}-{:02}",
            d.get_full_year(),
            d.get_month() + 1,
            d.get_date()
        )
    } else {
        return Err(Error::wrong_type(argument, Expected::TIME, v));
    };
    Ok(Some(parse_date(&text).map_err(datago_core::Error::from)?))
}

fn lang_arg(v: &JsValue, argument: &str) -> Result<Lang, Error> {
    match convert::optional_string(v, argument)? {
        None => Ok(Lang::Id),
        Some(tag) => Lang::parse(&tag).ok_or_else(|| {
            datago_core::Error::InvalidArgument {
                what: "language",
                value: tag,
                expected: "id or en".to_string(),
            }
            .into()
        }),
    }
}

/// `{asOf, homepage, homepageHtml}` into check options.
fn check_options(options: &JsValue) -> Result<CheckOptions, Error> {
    if !present(options) {
        return Ok(CheckOptions::default());
    }
    let o = convert::object(options, "options")?;
    let homepage = convert::property(o, "homepage");
    let html = convert::property(o, "homepageHtml");
    let homepage = match (present(&homepage), present(&html)) {
        (true, true) => {
            return Err(datago_core::Error::InvalidArgument {
                what: "options",
                value: "homepage and homepageHtml".to_string(),
                expected: "one of them".to_string(),
            }
            .into())
        }
        (true, false) => {
            let text = convert::document_text(&homepage, "options.homepage")?;
            Some(
                datago_core::document::from_json::<HomepageCheck>(&text)
                    .map_err(|e: ParseError| Error::from(e))?,
            )
        }
        (false, true) => Some(if let Some(s) = html.as_string() {
            HomepageCheck::from_html(&s)?
        } else if js_sys::ArrayBuffer::is_view(&html) && html.is_instance_of::<js_sys::Uint8Array>()
        {
            HomepageCheck::from_html_bytes(&js_sys::Uint8Array::new(&html).to_vec())?
        } else {
            return Err(Error::wrong_type(
                "options.homepageHtml",
                Expected::FILE,
                &html,
            ));
        }),
        (false, false) => None,
    };
    Ok(CheckOptions {
        as_of: date_arg(&convert::property(o, "asOf"), "options.asOf")?,
        homepage,
    })
}

/// The three models' templates (Mandiri, Kerja Sama, Fasilitasi): stages with their
/// activities, methods and parties, as the guide lists them.
#[wasm_bindgen(js_name = replicationModels, unchecked_return_type = "ModelTemplate[]")]
pub fn replication_models() -> Result<JsValue, Error> {
    convert::to_js(replication::models())
}

/// The five principles of replication.
#[wasm_bindgen(js_name = replicationPrinciples, unchecked_return_type = "PrincipleInfo[]")]
pub fn replication_principles() -> Result<JsValue, Error> {
    convert::to_js(replication::principles())
}

/// The 17 special provisions (ketentuan khusus) for Kerja Sama and Fasilitasi replicators.
#[wasm_bindgen(js_name = replicationProvisions, unchecked_return_type = "Provision[]")]
pub fn replication_provisions() -> Result<JsValue, Error> {
    convert::to_js(replication::provisions())
}

/// A new plan for `replicator` (e.g. "Kabupaten X") following the template of `model`
/// (`mandiri`, `kerja-sama`, `fasilitasi`; "Kerja Sama" works too).
///
/// @throws {DataGoError} `InvalidArgumentError` (`replication.unknown-model`).
#[wasm_bindgen(js_name = replicationTemplate, unchecked_return_type = "ReplicationPlan")]
pub fn replication_template(
    #[wasm_bindgen(unchecked_param_type = "ReplicationModel | string")] model: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] replicator: JsValue,
) -> Result<JsValue, Error> {
    let model = convert::string(&model, "model")?;
    let replicator = convert::string(&replicator, "replicator")?;
    let m = ReplicationModel::parse(&model).map_err(datago_core::Error::from)?;
    convert::to_js(&ReplicationPlan::template(m, &replicator))
}

/// Checks a plan (object or JSON text) and returns **all** findings, unrecognised fields
/// included.
///
/// @throws {DataGoError} `ParseError` when `plan` is not a plan; `InvalidArgumentError` for a
/// bad option; `DataGoError` (`replica.input.*`) for an unusable `homepageHtml`.
#[wasm_bindgen(js_name = checkReplicationPlan, unchecked_return_type = "Finding[]")]
pub fn check_replication_plan(
    #[wasm_bindgen(unchecked_param_type = "ReplicationPlan | string")] plan: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ReplicationCheckOptions")] options: JsValue,
) -> Result<JsValue, Error> {
    let opts = check_options(&options)?;
    let text = convert::document_text(&plan, "plan")?;
    convert::to_js(&check_json(&text, &opts)?)
}

/// Where every activity and stage stands on `asOf`, budget used and the indicators.
#[wasm_bindgen(js_name = replicationProgress, unchecked_return_type = "PlanProgress")]
pub fn replication_progress(
    #[wasm_bindgen(unchecked_param_type = "ReplicationPlan | string")] plan: JsValue,
    #[wasm_bindgen(js_name = asOf, unchecked_optional_param_type = "string | Date | null")]
    as_of: JsValue,
) -> Result<JsValue, Error> {
    let plan = plan_arg(&plan)?;
    convert::to_js(&plan.progress(date_arg(&as_of, "asOf")?))
}

/// Findings, readiness per area, the 17 provisions and progress, at once.
#[wasm_bindgen(js_name = assessReplicationPlan, unchecked_return_type = "PlanAssessment")]
pub fn assess_replication_plan(
    #[wasm_bindgen(unchecked_param_type = "ReplicationPlan | string")] plan: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ReplicationCheckOptions")] options: JsValue,
) -> Result<JsValue, Error> {
    let opts = check_options(&options)?;
    let plan = plan_arg(&plan)?;
    convert::to_js(&plan.assess(&opts))
}

/// The readiness and progress report (Markdown or a self-contained HTML page, with the
/// timeline as inline SVG and a budget table) in Bahasa Indonesia or English. Plan text is
/// escaped.
#[wasm_bindgen(js_name = replicationReport)]
pub fn replication_report(
    #[wasm_bindgen(unchecked_param_type = "ReplicationPlan | string")] plan: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ReplicationReportOptions")] options: JsValue,
) -> Result<String, Error> {
    let opts = check_options(&options)?;
    let (format, lang) = if present(&options) {
        let o = convert::object(&options, "options")?;
        let format = convert::optional_string(&convert::property(o, "format"), "options.format")?;
        let format = match format {
            Some(f) => ReportFormat::parse(&f).map_err(datago_core::Error::from)?,
            None => ReportFormat::Markdown,
        };
        (
            format,
            lang_arg(&convert::property(o, "lang"), "options.lang")?,
        )
    } else {
        (ReportFormat::Markdown, Lang::Id)
    };
    let plan = plan_arg(&plan)?;
    Ok(plan.report(format, lang, &opts))
}

/// The timeline as an SVG image (Gantt chart).
#[wasm_bindgen(js_name = replicationGanttSvg)]
pub fn replication_gantt_svg(
    #[wasm_bindgen(unchecked_param_type = "ReplicationPlan | string")] plan: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ReplicationGanttOptions")] options: JsValue,
) -> Result<String, Error> {
    let (lang, as_of) = if present(&options) {
        let o = convert::object(&options, "options")?;
        (
            lang_arg(&convert::property(o, "lang"), "options.lang")?,
            date_arg(&convert::property(o, "asOf"), "options.asOf")?,
        )
    } else {
        (Lang::Id, None)
    };
    Ok(plan_arg(&plan)?.gantt_svg(lang, as_of))
}

/// An amount of rupiah written the Indonesian way: `formatRupiah(12500000) === "Rp 12.500.000"`.
///
/// @throws {DataGoError} `InvalidArgumentError` unless `amount` is a safe integer.
#[wasm_bindgen(js_name = formatRupiah)]
pub fn format_rupiah(
    #[wasm_bindgen(unchecked_param_type = "number")] amount: JsValue,
) -> Result<String, Error> {
    match amount.as_f64() {
        Some(n) if n.fract() == 0.0 && n.abs() <= 9_007_199_254_740_991.0 => {
            Ok(Rupiah::new(n as i64).to_string())
        }
        _ => Err(datago_core::Error::from(
            datago_core::replication::ReplicationError::InvalidAmount {
                value: amount
                    .as_string()
                    .or_else(|| amount.as_f64().map(|n| n.to_string()))
                    .unwrap_or_else(|| format!("{amount:?}")),
            },
        )
        .into()),
    }
}

/// Reads an amount of rupiah (`"Rp 12.500.000"`, `"12500000"`).
///
/// @throws {DataGoError} `InvalidArgumentError` (`replication.invalid-amount`).
#[wasm_bindgen(js_name = parseRupiah)]
pub fn parse_rupiah(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<f64, Error> {
    let text = convert::string(&text, "text")?;
    let r = Rupiah::parse(&text).map_err(datago_core::Error::from)?;
    if r.amount().unsigned_abs() > 9_007_199_254_740_991 {
        return Err(Error::unrepresentable(&r.to_string()));
    }
    Ok(r.amount() as f64)
}

//! The guide as data: stages and their activities, the three models' templates, methods,
//! principles and the 17 special provisions, read from `data/replication.json`.

use std::sync::OnceLock;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::model::{ActorRole, Principle, ReplicationMethod, ReplicationModel, ReplicationStage};
use crate::finding::{Lang, Message};

/// One activity of a stage, as the guide names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ActivityInfo {
    /// Stable code (`identifikasi-masalah`), used by an action item's `activity`.
    pub code: String,
    /// The stage it belongs to.
    #[serde(default = "default_stage")]
    pub stage: ReplicationStage,
    /// Its name.
    pub name: Message,
    /// What it involves, after the guide.
    pub description: Message,
}

fn default_stage() -> ReplicationStage {
    ReplicationStage::Persiapan
}

/// A stage with every activity any model has in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct StageInfo {
    /// The stage.
    pub stage: ReplicationStage,
    /// Its name.
    pub name: Message,
    /// What happens in it.
    pub description: Message,
    /// Its activities.
    pub activities: Vec<ActivityInfo>,
}

/// A stage as one model runs it: the stage and the activities of that model.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ModelStage {
    /// The stage.
    pub stage: ReplicationStage,
    /// Its name.
    pub name: Message,
    /// The model's activities in it, in order.
    pub activities: Vec<ActivityInfo>,
}

/// What kind of agreement a model needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AgreementRequirement {
    /// None (Mandiri).
    TidakAda,
    /// Between the original and adopting agencies (Kerja Sama).
    DuaPihak,
    /// Between the original, adopting and facilitating agencies (Fasilitasi).
    TigaPihak,
}

/// A replication method with its name and the model the guide lists it under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MethodInfo {
    /// The method.
    pub method: ReplicationMethod,
    /// The model the guide lists it under; absent for `lainnya`.
    pub model: Option<ReplicationModel>,
    /// Its name.
    pub name: Message,
}

/// A model's template: its parties, stages with their activities, and methods, exactly as the
/// guide lists them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ModelTemplate {
    /// The model.
    pub model: ReplicationModel,
    /// Its name.
    pub name: Message,
    /// How it works.
    pub description: Message,
    /// The parties taking part.
    pub parties: Vec<ActorRole>,
    /// The agreement it needs.
    pub agreement: AgreementRequirement,
    /// True when the guide adds "and other feasible means" to its methods.
    pub other_means_allowed: bool,
    /// True when the special provisions (ketentuan khusus) apply: Kerja Sama and Fasilitasi.
    pub provisions_apply: bool,
    /// Its stages, in order.
    pub stages: Vec<ModelStage>,
    /// The methods the guide lists for it.
    pub methods: Vec<MethodInfo>,
}

impl ModelTemplate {
    /// The model's stage, if it has it.
    pub fn stage(&self, stage: ReplicationStage) -> Option<&ModelStage> {
        self.stages.iter().find(|s| s.stage == stage)
    }

    /// True when the model lists `method`.
    pub fn allows(&self, method: ReplicationMethod) -> bool {
        self.methods.iter().any(|m| m.method == method)
    }

    /// Every activity of the model, in order.
    pub fn activities(&self) -> impl Iterator<Item = &ActivityInfo> {
        self.stages.iter().flat_map(|s| s.activities.iter())
    }
}

/// A principle with its name and the guide's explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PrincipleInfo {
    /// The principle.
    pub principle: Principle,
    /// Its name.
    pub name: Message,
    /// What it asks.
    pub description: Message,
}

/// Whom a special provision binds or entitles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ProvisionParty {
    /// The replicator.
    Replikator,
    /// Walidata Kota Magelang (Diskominfo dan Statistik).
    Walidata,
    /// Both.
    KeduaPihak,
}

impl ProvisionParty {
    /// Its name in both languages.
    ///
    /// ```
    /// use datago_core::replication::ProvisionParty;
    /// assert_eq!(ProvisionParty::KeduaPihak.label().en, "Both parties");
    /// ```
    pub fn label(self) -> Message {
        let (id, en) = super::labels::provision_party(self);
        Message {
            id: id.to_string(),
            en: en.to_string(),
        }
    }
}

/// What a special provision is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ProvisionKind {
    /// Kewajiban: an obligation.
    Kewajiban,
    /// Larangan: a prohibition.
    Larangan,
    /// Hak: a right.
    Hak,
    /// Informasi: a statement of fact (the HAKI of provision 8).
    Informasi,
}

impl ProvisionKind {
    /// Its name in both languages.
    ///
    /// ```
    /// use datago_core::replication::ProvisionKind;
    /// assert_eq!(ProvisionKind::Larangan.label().en, "Prohibition");
    /// ```
    pub fn label(self) -> Message {
        let (id, en) = super::labels::provision_kind(self);
        Message {
            id: id.to_string(),
            en: en.to_string(),
        }
    }
}

/// How a machine can check a provision against a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ProvisionCheck {
    /// The Nota Kesepakatan and Perjanjian Kerja Sama with their signatories and order.
    Kesepakatan,
    /// A budget is provided.
    Anggaran,
    /// The team has members competent in the application's substance.
    KompetensiTim,
    /// The replica's homepage shows the DataGO logo and link (a homepage compliance check the
    /// caller runs and supplies).
    Beranda,
    /// Costs are borne by the replicator's budget.
    SumberDana,
}

/// One of the 17 special provisions (ketentuan khusus) for Kerja Sama and Fasilitasi
/// replicators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Provision {
    /// Its number, 1–17.
    pub number: u32,
    /// Whom it binds or entitles.
    pub party: ProvisionParty,
    /// Obligation, prohibition, right or information.
    pub kind: ProvisionKind,
    /// Its text: the guide's own words in Bahasa Indonesia, and an English translation.
    pub text: Message,
    /// The machine check, where one exists.
    pub check: Option<ProvisionCheck>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawModel {
    model: ReplicationModel,
    name: Message,
    description: Message,
    parties: Vec<ActorRole>,
    agreement: AgreementRequirement,
    other_means_allowed: bool,
    stages: Vec<RawModelStage>,
    methods: Vec<ReplicationMethod>,
}

#[derive(Deserialize)]
struct RawModelStage {
    stage: ReplicationStage,
    activities: Vec<String>,
}

#[derive(Deserialize)]
struct RawFile {
    stages: Vec<StageInfo>,
    methods: Vec<MethodInfo>,
    models: Vec<RawModel>,
    principles: Vec<PrincipleInfo>,
    provisions: Vec<Provision>,
}

struct Tables {
    stages: Vec<StageInfo>,
    methods: Vec<MethodInfo>,
    models: Vec<ModelTemplate>,
    principles: Vec<PrincipleInfo>,
    provisions: Vec<Provision>,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        // The file is part of the crate and checked by unit tests; empty tables are the (never
        // expected) fallback rather than a panic.
        let raw: RawFile = serde_json::from_str(include_str!("../../data/replication.json"))
            .unwrap_or(RawFile {
                stages: Vec::new(),
                methods: Vec::new(),
                models: Vec::new(),
                principles: Vec::new(),
                provisions: Vec::new(),
            });
        let mut stages = raw.stages;
        for s in &mut stages {
            for a in &mut s.activities {
                a.stage = s.stage;
            }
        }
        let models = raw
            .models
            .into_iter()
            .map(|m| ModelTemplate {
                model: m.model,
                name: m.name,
                description: m.description,
                provisions_apply: m.agreement != AgreementRequirement::TidakAda,
                parties: m.parties,
                agreement: m.agreement,
                other_means_allowed: m.other_means_allowed,
                stages: m
                    .stages
                    .iter()
                    .filter_map(|ms| {
                        let info = stages.iter().find(|s| s.stage == ms.stage)?;
                        Some(ModelStage {
                            stage: ms.stage,
                            name: info.name.clone(),
                            activities: ms
                                .activities
                                .iter()
                                .filter_map(|code| {
                                    info.activities.iter().find(|a| &a.code == code).cloned()
                                })
                                .collect(),
                        })
                    })
                    .collect(),
                methods: m
                    .methods
                    .iter()
                    .filter_map(|code| raw.methods.iter().find(|i| i.method == *code).cloned())
                    .collect(),
            })
            .collect();
        Tables {
            stages,
            methods: raw.methods,
            models,
            principles: raw.principles,
            provisions: raw.provisions,
        }
    })
}

/// The templates of the three models, in the guide's order.
///
/// ```
/// use datago_core::replication::{models, ReplicationModel, ReplicationStage};
/// let fasilitasi = &models()[2];
/// assert_eq!(fasilitasi.model, ReplicationModel::Fasilitasi);
/// assert_eq!(fasilitasi.stages[0].stage, ReplicationStage::DifusiInovasi);
/// ```
pub fn models() -> &'static [ModelTemplate] {
    &tables().models
}

/// The template of one model.
///
/// ```
/// use datago_core::replication::{model_template, ReplicationModel, ReplicationStage};
/// let ks = model_template(ReplicationModel::KerjaSama);
/// let persiapan = ks.stage(ReplicationStage::Persiapan).unwrap();
/// assert_eq!(persiapan.activities.last().unwrap().code, "kesepakatan-kerja-sama");
/// let mandiri = model_template(ReplicationModel::Mandiri);
/// assert_eq!(mandiri.stage(ReplicationStage::Persiapan).unwrap().activities.len(), 3);
/// ```
pub fn model_template(model: ReplicationModel) -> &'static ModelTemplate {
    static EMPTY: OnceLock<ModelTemplate> = OnceLock::new();
    models()
        .iter()
        .find(|m| m.model == model)
        .unwrap_or_else(|| {
            EMPTY.get_or_init(|| ModelTemplate {
                model,
                name: Message {
                    id: String::new(),
                    en: String::new(),
                },
                description: Message {
                    id: String::new(),
                    en: String::new(),
                },
                parties: Vec::new(),
                agreement: AgreementRequirement::TidakAda,
                other_means_allowed: true,
                provisions_apply: false,
                stages: Vec::new(),
                methods: Vec::new(),
            })
        })
}

/// Every stage with every activity any model has in it, in order.
pub fn stages() -> &'static [StageInfo] {
    &tables().stages
}

/// A stage's description.
pub fn stage_info(stage: ReplicationStage) -> Option<&'static StageInfo> {
    stages().iter().find(|s| s.stage == stage)
}

/// An activity of the guide by code, in any stage.
///
/// ```
/// use datago_core::replication::{activity, ReplicationStage};
/// assert_eq!(activity("monitoring").unwrap().stage, ReplicationStage::Replikasi);
/// assert!(activity("rapat").is_none());
/// ```
pub fn activity(code: &str) -> Option<&'static ActivityInfo> {
    stages()
        .iter()
        .flat_map(|s| s.activities.iter())
        .find(|a| a.code == code)
}

/// Every replication method with its name and model.
pub fn methods() -> &'static [MethodInfo] {
    &tables().methods
}

/// A method's description.
pub fn method_info(method: ReplicationMethod) -> Option<&'static MethodInfo> {
    methods().iter().find(|m| m.method == method)
}

/// The five principles.
///
/// ```
/// let p = datago_core::replication::principles();
/// assert_eq!(p.len(), 5);
/// assert_eq!(p[0].name.id, "Prinsip Jujur");
/// ```
pub fn principles() -> &'static [PrincipleInfo] {
    &tables().principles
}

/// A principle's description.
pub fn principle_info(p: Principle) -> Option<&'static PrincipleInfo> {
    principles().iter().find(|i| i.principle == p)
}

/// The 17 special provisions (ketentuan khusus) for Kerja Sama and Fasilitasi replicators.
///
/// ```
/// use datago_core::replication::{provisions, ProvisionCheck, ProvisionKind};
/// let all = provisions();
/// assert_eq!(all.len(), 17);
/// assert_eq!(all[8].check, Some(ProvisionCheck::Beranda));
/// assert_eq!(all[5].kind, ProvisionKind::Larangan);
/// assert!(all[8].text.id.contains("https://datago.magelangkota.go.id"));
/// ```
pub fn provisions() -> &'static [Provision] {
    &tables().provisions
}

/// A provision by number.
pub fn provision(number: u32) -> Option<&'static Provision> {
    provisions().iter().find(|p| p.number == number)
}

/// The name of a stage in `lang`.
pub(crate) fn stage_name(stage: ReplicationStage, lang: Lang) -> String {
    stage_info(stage)
        .map(|s| s.name.get(lang).to_string())
        .unwrap_or_else(|| stage.as_str().to_string())
}

pub(crate) fn model_name(model: ReplicationModel, lang: Lang) -> String {
    model_template(model).name.get(lang).to_string()
}

pub(crate) fn method_name(method: ReplicationMethod, lang: Lang) -> String {
    method_info(method)
        .map(|m| m.name.get(lang).to_string())
        .unwrap_or_else(|| method.as_str().to_string())
}

pub(crate) fn principle_name(p: Principle, lang: Lang) -> String {
    principle_info(p)
        .map(|i| i.name.get(lang).to_string())
        .unwrap_or_else(|| p.as_str().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_file_is_complete() {
        let t = tables();
        assert_eq!(t.stages.len(), 5);
        assert_eq!(t.models.len(), 3);
        assert_eq!(t.principles.len(), 5);
        assert_eq!(t.methods.len(), 10);
        assert_eq!(
            t.provisions.iter().map(|p| p.number).collect::<Vec<_>>(),
            (1..=17).collect::<Vec<_>>()
        );
        // Every activity a model names exists, so none is silently dropped.
        let raw: serde_json::Value =
            serde_json::from_str(include_str!("../../data/replication.json")).unwrap();
        for (m, raw_m) in t.models.iter().zip(raw["models"].as_array().unwrap()) {
            let named: usize = raw_m["stages"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s["activities"].as_array().unwrap().len())
                .sum();
            assert_eq!(m.activities().count(), named, "{:?}", m.model);
            assert_eq!(m.methods.len(), 3, "{:?}", m.model);
        }
        for p in &t.provisions {
            assert!(!p.text.id.is_empty() && !p.text.en.is_empty());
        }
    }
}

//! The rules a replication plan is checked against. Every finding's code is in
//! [`crate::rules`] (section "replication"); this file decides when they apply.

use std::collections::HashSet;

use chrono::{Months, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::labels::{self, Pair};
use super::model::*;
use super::money::Rupiah;
use super::templates::{self, AgreementRequirement, ModelTemplate};
use crate::finding::{Finding, Findings, Lang};
use crate::rules;

/// The outcome of checking the replica's homepage for the DataGO logo and link (ketentuan
/// khusus 9). The plan cannot see the web page itself: build one with
/// [`HomepageCheck::from_html`] (which runs [`crate::replica::check_homepage`]) or from a
/// [`crate::replica::ComplianceReport`], or read the JSON `datago replica check --format json`
/// prints: `{"compliant": bool, "findings": [Finding…]}` (only `compliant` is required; `url`
/// and `checked` may record what was checked when).
///
/// ```
/// use datago_core::replication::HomepageCheck;
/// let h: HomepageCheck = serde_json::from_str(r#"{"compliant": false}"#).unwrap();
/// assert!(!h.compliant && h.findings.is_empty());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct HomepageCheck {
    /// True when the logo and a working link to https://datago.magelangkota.go.id are present
    /// and visible.
    pub compliant: bool,
    /// What the check found (its own codes and paths into the HTML).
    #[serde(default)]
    pub findings: Vec<Finding>,
    /// The page checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When it was checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked: Option<NaiveDate>,
}

impl HomepageCheck {
    /// Checks the HTML of the replica's home page with [`crate::replica::check_homepage`] (the
    /// DataGO logo and a visible, working link to https://datago.magelangkota.go.id).
    ///
    /// ```
    /// use datago_core::replication::HomepageCheck;
    /// let ok = HomepageCheck::from_html(
    ///     r#"<html><body><footer><a href="https://datago.magelangkota.go.id"><img src="logo-datago.png" alt="Logo DataGO"></a></footer></body></html>"#,
    /// ).unwrap();
    /// assert!(ok.compliant);
    /// let bad = HomepageCheck::from_html("<html><body><p>Satu Data Kabupaten X</p></body></html>").unwrap();
    /// assert!(!bad.compliant && !bad.findings.is_empty());
    /// assert_eq!(HomepageCheck::from_html("").unwrap_err().code(), "replica.input.empty");
    /// ```
    pub fn from_html(html: &str) -> Result<HomepageCheck, crate::Error> {
        Ok(crate::replica::check_homepage(html)?.into())
    }

    /// Like [`HomepageCheck::from_html`], from the bytes of a saved page (UTF-8).
    pub fn from_html_bytes(bytes: &[u8]) -> Result<HomepageCheck, crate::Error> {
        Ok(crate::replica::check_homepage_bytes(bytes)?.into())
    }

    /// The first findings' messages in `lang`, for the plan's own finding.
    pub(crate) fn detail(&self, lang: Lang) -> String {
        let msgs: Vec<&str> = self
            .findings
            .iter()
            .filter(|f| f.severity != crate::Severity::Info)
            .take(3)
            .map(|f| f.message.get(lang))
            .collect();
        if msgs.is_empty() {
            match lang {
                Lang::Id => "pemeriksaan beranda menyatakan tidak patuh; pasang logo DataGO dan tautan yang terlihat di halaman utama.".to_string(),
                Lang::En => "the homepage check found it not compliant; put a visible DataGO logo and link on the main page.".to_string(),
            }
        } else {
            msgs.join(" ")
        }
    }
}

impl From<crate::replica::ComplianceReport> for HomepageCheck {
    fn from(r: crate::replica::ComplianceReport) -> HomepageCheck {
        HomepageCheck {
            compliant: r.compliant,
            findings: r.findings,
            url: None,
            checked: None,
        }
    }
}

/// What a check knows beyond the plan itself.
///
/// ```
/// use datago_core::replication::{CheckOptions, parse_date};
/// let opts = CheckOptions { as_of: Some(parse_date("2026-06-30").unwrap()), homepage: None };
/// assert!(opts.as_of.is_some());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CheckOptions {
    /// The date monitoring is judged at ("as of"): activities planned before it and not done
    /// are late, facts dated after it are errors. Without it those rules do not run (the core
    /// never reads the clock).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<NaiveDate>,
    /// The result of the homepage check (ketentuan khusus 9), when run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub homepage: Option<HomepageCheck>,
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// The earliest start of the items of `stage` (planned or, if earlier, actual).
pub(crate) fn stage_start(plan: &ReplicationPlan, stage: ReplicationStage) -> Option<NaiveDate> {
    plan.action_plan
        .iter()
        .filter(|a| a.stage == stage)
        .flat_map(|a| [a.start, a.progress.as_ref().and_then(|p| p.actual_start)])
        .flatten()
        .min()
}

/// The earliest planned start of the items of `stage`.
fn planned_stage_start(plan: &ReplicationPlan, stage: ReplicationStage) -> Option<NaiveDate> {
    plan.action_plan
        .iter()
        .filter(|a| a.stage == stage)
        .filter_map(|a| a.start)
        .min()
}

/// How an action item is named in messages: its id, or its position.
pub(crate) fn item_label(i: usize, item: &ActionItem) -> String {
    if blank(&item.id) {
        format!("#{}", i + 1)
    } else {
        item.id.clone()
    }
}

struct Checker<'a> {
    plan: &'a ReplicationPlan,
    opts: &'a CheckOptions,
    template: &'a ModelTemplate,
    f: Findings,
}

impl<'a> Checker<'a> {
    fn push(&mut self, rule: &rules::Rule, path: impl Into<String>, params: &[(&str, &str)]) {
        self.f.push(rule, path, params);
    }

    fn push_pair(
        &mut self,
        rule: &rules::Rule,
        path: impl Into<String>,
        pairs: &[(&str, Pair)],
        params: &[(&str, &str)],
    ) {
        let mut all: Vec<(String, &str)> = Vec::new();
        for (name, (id, en)) in pairs {
            all.push((format!("{name}_id"), id));
            all.push((format!("{name}_en"), en));
        }
        let mut refs: Vec<(&str, &str)> = all.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        refs.extend_from_slice(params);
        self.f.push(rule, path, &refs);
    }

    fn push_texts(
        &mut self,
        rule: &rules::Rule,
        path: impl Into<String>,
        texts: &[(&str, String, String)],
        params: &[(&str, &str)],
    ) {
        let mut all: Vec<(String, &str)> = Vec::new();
        for (name, id, en) in texts {
            all.push((format!("{name}_id"), id.as_str()));
            all.push((format!("{name}_en"), en.as_str()));
        }
        let mut refs: Vec<(&str, &str)> = all.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        refs.extend_from_slice(params);
        self.f.push(rule, path, &refs);
    }

    fn model_texts(&self) -> (&'static str, String, String) {
        (
            "model",
            templates::model_name(self.plan.model, Lang::Id),
            templates::model_name(self.plan.model, Lang::En),
        )
    }

    fn stage_texts(name: &'static str, stage: ReplicationStage) -> (&'static str, String, String) {
        (
            name,
            templates::stage_name(stage, Lang::Id),
            templates::stage_name(stage, Lang::En),
        )
    }

    fn future(&mut self, d: Option<NaiveDate>, path: String) {
        if let (Some(d), Some(as_of)) = (d, self.opts.as_of) {
            if d > as_of {
                self.push(
                    &rules::REPLICATION_DATE_FUTURE,
                    path,
                    &[("value", &iso(d)), ("as_of", &iso(as_of))],
                );
            }
        }
    }

    fn amount(&mut self, amount: Option<Rupiah>, path: String) {
        if let Some(a) = amount.filter(|a| a.is_negative()) {
            self.push(
                &rules::REPLICATION_AMOUNT_NEGATIVE,
                path,
                &[("value", &a.to_string())],
            );
        }
    }

    fn run(mut self) -> Vec<Finding> {
        self.plan_fields();
        self.actors();
        self.agreements();
        self.principles();
        self.methods();
        self.team();
        self.action_plan();
        self.budget();
        self.evaluation();
        self.provisions();
        self.f.into_vec()
    }

    fn plan_fields(&mut self) {
        let p = self.plan;
        if blank(&p.id) {
            self.push(&rules::REPLICATION_PLAN_ID_MISSING, "/id", &[]);
        }
        if p.title.is_blank() {
            self.push(&rules::REPLICATION_PLAN_TITLE_MISSING, "/title", &[]);
        }
        if let Some(u) = p.replica_url.as_deref() {
            if !crate::organization::is_http_url(u) {
                self.push(
                    &rules::REPLICATION_REPLICA_URL_INVALID,
                    "/replicaUrl",
                    &[("value", u)],
                );
            }
        }
    }

    fn agency(&mut self, agency: &Agency, role: ActorRole, key: &str) {
        let base = format!("/actors/{key}");
        if blank(&agency.name) {
            self.push_pair(
                &rules::REPLICATION_ACTOR_NAME_MISSING,
                format!("{base}/name"),
                &[("actor", labels::actor(role))],
                &[],
            );
        }
        if agency.contacts.is_empty() {
            self.push_pair(
                &rules::REPLICATION_ACTOR_CONTACT_MISSING,
                format!("{base}/contacts"),
                &[("actor", labels::actor(role))],
                &[],
            );
        }
        for (i, c) in agency.contacts.iter().enumerate() {
            self.f
                .extend_under(&format!("{base}/contacts/{i}"), c.validate());
        }
    }

    fn actors(&mut self) {
        let a = &self.plan.actors;
        self.agency(&a.original, ActorRole::Asal, "original");
        self.agency(&a.replicator, ActorRole::Replikator, "replicator");
        match (&a.facilitator, self.plan.model) {
            (None, ReplicationModel::Fasilitasi) => self.push(
                &rules::REPLICATION_FACILITATOR_MISSING,
                "/actors/facilitator",
                &[],
            ),
            (Some(_), m) if m != ReplicationModel::Fasilitasi => self.push(
                &rules::REPLICATION_FACILITATOR_UNEXPECTED,
                "/actors/facilitator",
                &[],
            ),
            _ => {}
        }
        if let Some(fac) = &a.facilitator {
            self.agency(fac, ActorRole::Fasilitator, "facilitator");
        }
    }

    fn agreements(&mut self) {
        let plan = self.plan;
        let required = self.template.agreement != AgreementRequirement::TidakAda;
        let model = self.model_texts();
        if required {
            for kind in AgreementKind::ALL {
                let at: Vec<usize> = plan
                    .agreements
                    .iter()
                    .enumerate()
                    .filter(|(_, a)| a.kind == kind)
                    .map(|(i, _)| i)
                    .collect();
                if at.is_empty() {
                    self.push_texts(
                        &rules::REPLICATION_AGREEMENT_MISSING,
                        "/agreements",
                        &[
                            (
                                "agreement",
                                labels::agreement(kind).0.to_string(),
                                labels::agreement(kind).1.to_string(),
                            ),
                            model.clone(),
                        ],
                        &[],
                    );
                }
                for i in at.iter().skip(1) {
                    self.push_pair(
                        &rules::REPLICATION_AGREEMENT_DUPLICATE,
                        format!("/agreements/{i}"),
                        &[("agreement", labels::agreement(kind))],
                        &[],
                    );
                }
            }
        }
        let planning = stage_start(plan, ReplicationStage::Perencanaan);
        for (i, a) in plan.agreements.iter().enumerate() {
            let label = labels::agreement(a.kind);
            let date_path = if a.signed.is_some() {
                format!("/agreements/{i}/signed")
            } else {
                format!("/agreements/{i}/planned")
            };
            match a.effective_date() {
                None => self.push_pair(
                    &rules::REPLICATION_AGREEMENT_DATE_MISSING,
                    format!("/agreements/{i}"),
                    &[("agreement", label)],
                    &[],
                ),
                Some(d) => {
                    if let Some(p) = planning.filter(|p| d > *p) {
                        self.push_pair(
                            &rules::REPLICATION_AGREEMENT_AFTER_PLANNING,
                            date_path.clone(),
                            &[("agreement", label)],
                            &[("date", &iso(d)), ("planning", &iso(p))],
                        );
                    }
                }
            }
            if let (None, Some(planned), Some(as_of)) = (a.signed, a.planned, self.opts.as_of) {
                if planned < as_of {
                    self.push_pair(
                        &rules::REPLICATION_AGREEMENT_OVERDUE,
                        format!("/agreements/{i}/planned"),
                        &[("agreement", label)],
                        &[("date", &iso(planned)), ("as_of", &iso(as_of))],
                    );
                }
            }
            self.future(a.signed, format!("/agreements/{i}/signed"));
            if required {
                self.signatories(i, a);
            }
        }
        // The Nota Kesepakatan comes first.
        let first = |kind| {
            plan.agreements
                .iter()
                .enumerate()
                .find(|(_, a)| a.kind == kind)
        };
        if let (Some((_, nk)), Some((j, pks))) = (
            first(AgreementKind::NotaKesepakatan),
            first(AgreementKind::PerjanjianKerjaSama),
        ) {
            if let (Some(dn), Some(dp)) = (nk.effective_date(), pks.effective_date()) {
                if dp < dn {
                    let path = if pks.signed.is_some() {
                        format!("/agreements/{j}/signed")
                    } else {
                        format!("/agreements/{j}/planned")
                    };
                    self.push(
                        &rules::REPLICATION_AGREEMENT_ORDER,
                        path,
                        &[("pks", &iso(dp)), ("nk", &iso(dn))],
                    );
                }
            }
        }
    }

    fn signatories(&mut self, i: usize, a: &Agreement) {
        type Need = (ActorRole, Option<SignatoryCapacity>, Pair);
        let needs: Vec<Need> = match a.kind {
            AgreementKind::NotaKesepakatan => vec![
                (
                    ActorRole::Asal,
                    Some(SignatoryCapacity::KepalaDaerah),
                    ("Wali Kota Magelang", "the Mayor of Magelang"),
                ),
                (
                    ActorRole::Replikator,
                    Some(SignatoryCapacity::KepalaDaerah),
                    (
                        "kepala daerah replikator",
                        "the replicator's head of region",
                    ),
                ),
            ],
            AgreementKind::PerjanjianKerjaSama => {
                let mut v = vec![
                    (
                        ActorRole::Asal,
                        Some(SignatoryCapacity::KepalaPerangkatDaerah),
                        (
                            "Kepala Dinas Kominfo dan Statistik Kota Magelang",
                            "the head of the Dinas Kominfo dan Statistik of Kota Magelang",
                        ),
                    ),
                    (
                        ActorRole::Replikator,
                        Some(SignatoryCapacity::KepalaPerangkatDaerah),
                        (
                            "kepala perangkat daerah replikator",
                            "the replicator's head of regional agency",
                        ),
                    ),
                ];
                if self.template.agreement == AgreementRequirement::TigaPihak {
                    v.push((
                        ActorRole::Fasilitator,
                        None,
                        (
                            "pimpinan instansi fasilitator (kesepakatan 3 pihak)",
                            "the head of the facilitating agency (a three-party agreement)",
                        ),
                    ));
                }
                v
            }
        };
        for (party, capacity, who) in needs {
            let found = a
                .signatories
                .iter()
                .any(|s| s.party == party && capacity.is_none_or(|c| s.capacity == c));
            if !found {
                self.push_pair(
                    &rules::REPLICATION_AGREEMENT_SIGNATORY_MISSING,
                    format!("/agreements/{i}/signatories"),
                    &[("agreement", labels::agreement(a.kind)), ("who", who)],
                    &[],
                );
            }
        }
    }

    fn principles(&mut self) {
        let plan = self.plan;
        for p in Principle::ALL {
            let stated: Vec<usize> = plan
                .principles
                .iter()
                .enumerate()
                .filter(|(_, s)| s.principle == p)
                .map(|(i, _)| i)
                .collect();
            let texts = (
                "principle",
                templates::principle_name(p, Lang::Id),
                templates::principle_name(p, Lang::En),
            );
            if !stated.iter().any(|i| !plan.principles[*i].how.is_blank()) {
                let path = match stated.first() {
                    Some(i) => format!("/principles/{i}/how"),
                    None => "/principles".to_string(),
                };
                self.push_texts(
                    &rules::REPLICATION_PRINCIPLE_MISSING,
                    path,
                    std::slice::from_ref(&texts),
                    &[],
                );
            }
            for i in stated.iter().skip(1) {
                self.push_texts(
                    &rules::REPLICATION_PRINCIPLE_DUPLICATE,
                    format!("/principles/{i}"),
                    std::slice::from_ref(&texts),
                    &[],
                );
            }
        }
    }

    fn methods(&mut self) {
        let plan = self.plan;
        let model = self.model_texts();
        if plan.methods.is_empty() {
            let list = |lang| {
                self.template
                    .methods
                    .iter()
                    .map(|m| m.name.get(lang).to_string())
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            let methods = ("methods", list(Lang::Id), list(Lang::En));
            self.push_texts(
                &rules::REPLICATION_METHOD_MISSING,
                "/methods",
                &[model, methods],
                &[],
            );
            return;
        }
        for (i, m) in plan.methods.iter().enumerate() {
            if m.method == ReplicationMethod::Lainnya {
                if m.note.as_deref().is_none_or(blank) {
                    self.push(
                        &rules::REPLICATION_METHOD_OTHER_UNDESCRIBED,
                        format!("/methods/{i}/note"),
                        &[],
                    );
                }
                if !self.template.other_means_allowed {
                    self.push(
                        &rules::REPLICATION_METHOD_OTHER_NOT_LISTED,
                        format!("/methods/{i}/method"),
                        &[],
                    );
                }
            } else if !self.template.allows(m.method) {
                let other = templates::method_info(m.method).and_then(|i| i.model);
                let other_texts = match other {
                    Some(o) => (
                        "other",
                        templates::model_name(o, Lang::Id),
                        templates::model_name(o, Lang::En),
                    ),
                    None => ("other", String::new(), String::new()),
                };
                let method = (
                    "method",
                    templates::method_name(m.method, Lang::Id),
                    templates::method_name(m.method, Lang::En),
                );
                self.push_texts(
                    &rules::REPLICATION_METHOD_OTHER_MODEL,
                    format!("/methods/{i}/method"),
                    &[method, other_texts, model.clone()],
                    &[],
                );
            }
        }
    }

    fn team(&mut self) {
        let plan = self.plan;
        let Some(team) = &plan.team else {
            self.push(&rules::REPLICATION_TEAM_MISSING, "/team", &[]);
            return;
        };
        match &team.decree {
            Some(d) if !blank(&d.number) && d.date.is_some() => {
                let capacity = plan
                    .action_plan
                    .iter()
                    .filter(|a| a.activity.as_deref() == Some("penguatan-kapasitas"))
                    .filter_map(|a| a.start)
                    .min();
                if let (Some(date), Some(start)) = (d.date, capacity) {
                    if date > start {
                        self.push(
                            &rules::REPLICATION_TEAM_DECREE_LATE,
                            "/team/decree/date",
                            &[("date", &iso(date)), ("start", &iso(start))],
                        );
                    }
                }
            }
            _ => self.push(&rules::REPLICATION_TEAM_DECREE_MISSING, "/team/decree", &[]),
        }
        if team.members.is_empty() {
            self.push(
                &rules::REPLICATION_TEAM_MEMBERS_MISSING,
                "/team/members",
                &[],
            );
            return;
        }
        for (i, m) in team.members.iter().enumerate() {
            if blank(&m.name) {
                self.push(
                    &rules::REPLICATION_TEAM_MEMBER_NAME_MISSING,
                    format!("/team/members/{i}/name"),
                    &[],
                );
            }
            if let Some(c) = &m.contact {
                self.f
                    .extend_under(&format!("/team/members/{i}/contact"), c.validate());
            }
        }
        if !team
            .members
            .iter()
            .any(|m| m.role == TeamRole::PenanggungJawab)
        {
            self.push(&rules::REPLICATION_TEAM_LEAD_MISSING, "/team/members", &[]);
        }
        if self.template.provisions_apply
            && !team
                .members
                .iter()
                .any(|m| m.competence.as_deref().is_some_and(|c| !blank(c)))
        {
            self.push(
                &rules::REPLICATION_TEAM_COMPETENCE_MISSING,
                "/team/members",
                &[],
            );
        }
    }

    fn action_plan(&mut self) {
        let plan = self.plan;
        if plan.action_plan.is_empty() {
            self.push(&rules::REPLICATION_ACTION_PLAN_EMPTY, "/actionPlan", &[]);
        }
        let mut seen = HashSet::new();
        for (i, item) in plan.action_plan.iter().enumerate() {
            let base = format!("/actionPlan/{i}");
            let label = item_label(i, item);
            if blank(&item.id) {
                self.push(
                    &rules::REPLICATION_ACTION_ID_MISSING,
                    format!("{base}/id"),
                    &[],
                );
            } else if !seen.insert(item.id.trim()) {
                self.push(
                    &rules::REPLICATION_ACTION_ID_DUPLICATE,
                    format!("{base}/id"),
                    &[("value", &item.id)],
                );
            }
            self.elements(&base, &label, item);
            if let (Some(s), Some(e)) = (item.start, item.end) {
                if s > e {
                    self.push(
                        &rules::REPLICATION_ACTION_DATES_REVERSED,
                        format!("{base}/end"),
                        &[("id", &label), ("start", &iso(s)), ("end", &iso(e))],
                    );
                }
            }
            self.amount(item.cost, format!("{base}/cost"));
            self.activity(&base, &label, item);
            self.funding(&base, &label, item);
            if let Some(p) = &item.progress {
                self.progress(&base, &label, item, p);
            }
            self.lateness(&base, &label, item);
        }
        // Every activity of the model's template is planned.
        let model = self.model_texts();
        for stage in &self.template.stages {
            for act in &stage.activities {
                let planned = plan
                    .action_plan
                    .iter()
                    .any(|a| a.activity.as_deref() == Some(act.code.as_str()));
                if !planned {
                    self.push_texts(
                        &rules::REPLICATION_ACTIVITY_MISSING,
                        "/actionPlan",
                        &[
                            ("activity", act.name.id.clone(), act.name.en.clone()),
                            Self::stage_texts("stage", stage.stage),
                            model.clone(),
                        ],
                        &[("value", &act.code)],
                    );
                }
            }
        }
        self.stage_order();
    }

    fn elements(&mut self, base: &str, label: &str, item: &ActionItem) {
        let mut missing: Vec<(String, Pair)> = Vec::new();
        if item.what.is_blank() {
            missing.push((
                format!("{base}/what"),
                ("apa kegiatannya ('what')", "what it is ('what')"),
            ));
        }
        if blank(&item.who) {
            missing.push((
                format!("{base}/who"),
                ("siapa pelaksananya ('who')", "who carries it out ('who')"),
            ));
        }
        match (item.start, item.end) {
            (None, None) => missing.push((
                base.to_string(),
                (
                    "kapan dilaksanakan ('start' dan 'end')",
                    "when it takes place ('start' and 'end')",
                ),
            )),
            (None, Some(_)) => missing.push((
                format!("{base}/start"),
                ("tanggal mulainya ('start')", "its start date ('start')"),
            )),
            (Some(_), None) => missing.push((
                format!("{base}/end"),
                ("tanggal selesainya ('end')", "its end date ('end')"),
            )),
            _ => {}
        }
        if item.output.is_blank() {
            missing.push((
                format!("{base}/output"),
                ("apa outputnya ('output')", "its output ('output')"),
            ));
        }
        if blank(&item.method) {
            missing.push((
                format!("{base}/method"),
                (
                    "bagaimana metode pelaksanaannya ('method')",
                    "how it is carried out ('method')",
                ),
            ));
        }
        if item.cost.is_none() {
            missing.push((
                format!("{base}/cost"),
                (
                    "berapa biayanya ('cost', 0 bila tanpa biaya)",
                    "what it costs ('cost', 0 if nothing)",
                ),
            ));
        }
        for (path, element) in missing {
            self.push_pair(
                &rules::REPLICATION_ACTION_ELEMENT_MISSING,
                path,
                &[("element", element)],
                &[("id", label)],
            );
        }
    }

    fn activity(&mut self, base: &str, label: &str, item: &ActionItem) {
        let model = self.model_texts();
        if self.template.stage(item.stage).is_none() {
            self.push_texts(
                &rules::REPLICATION_ACTION_STAGE_NOT_IN_MODEL,
                format!("{base}/stage"),
                &[Self::stage_texts("stage", item.stage), model],
                &[("id", label)],
            );
            return;
        }
        let Some(code) = item.activity.as_deref() else {
            return;
        };
        match templates::activity(code) {
            Some(info) if info.stage != item.stage => self.push_texts(
                &rules::REPLICATION_ACTION_ACTIVITY_WRONG_STAGE,
                format!("{base}/activity"),
                &[
                    Self::stage_texts("expected", info.stage),
                    Self::stage_texts("stage", item.stage),
                ],
                &[("value", code)],
            ),
            Some(_) if self.template.activities().any(|a| a.code == code) => {}
            _ => self.push_texts(
                &rules::REPLICATION_ACTION_ACTIVITY_UNKNOWN,
                format!("{base}/activity"),
                &[model],
                &[("value", code)],
            ),
        }
    }

    fn funding(&mut self, base: &str, label: &str, item: &ActionItem) {
        if !self.template.provisions_apply {
            return;
        }
        let wrong = match item.funded_by {
            FundingSource::InstansiAsal => true,
            FundingSource::Fasilitator => self.plan.model != ReplicationModel::Fasilitasi,
            FundingSource::Replikator | FundingSource::Lainnya => false,
        };
        if wrong {
            self.push(
                &rules::REPLICATION_ACTION_FUNDING,
                format!("{base}/fundedBy"),
                &[("id", label), ("value", item.funded_by.as_str())],
            );
        }
    }

    fn progress(&mut self, base: &str, label: &str, item: &ActionItem, p: &ActionProgress) {
        let pbase = format!("{base}/progress");
        if let Some(pc) = p.percent.filter(|pc| *pc > 100) {
            self.push(
                &rules::REPLICATION_PROGRESS_PERCENT_INVALID,
                format!("{pbase}/percent"),
                &[("value", &pc.to_string())],
            );
        }
        if let (Some(s), Some(e)) = (p.actual_start, p.actual_end) {
            if e < s {
                self.push(
                    &rules::REPLICATION_PROGRESS_DATES_REVERSED,
                    format!("{pbase}/actualEnd"),
                    &[("id", label), ("start", &iso(s)), ("end", &iso(e))],
                );
            }
        }
        self.amount(p.spent, format!("{pbase}/spent"));
        if let (Some(spent), Some(cost)) = (p.spent, item.cost) {
            if spent > cost && !cost.is_negative() {
                self.push(
                    &rules::REPLICATION_BUDGET_OVERSPENT,
                    format!("{pbase}/spent"),
                    &[
                        ("id", label),
                        ("spent", &spent.to_string()),
                        ("cost", &cost.to_string()),
                    ],
                );
            }
        }
        let mut inconsistent: Vec<(String, String)> = Vec::new();
        match p.status {
            ProgressStatus::Selesai => {
                if p.actual_end.is_none() {
                    inconsistent.push((
                        "berstatus selesai tetapi tanggal selesai ('actualEnd') kosong".into(),
                        "it is done but has no end date ('actualEnd')".into(),
                    ));
                }
                if let Some(pc) = p.percent.filter(|pc| *pc < 100) {
                    inconsistent.push((
                        format!("berstatus selesai tetapi kemajuannya {pc}%"),
                        format!("it is done but at {pc}%"),
                    ));
                }
            }
            status => {
                if p.actual_end.is_some() {
                    inconsistent.push((
                        format!(
                            "ada tanggal selesai ('actualEnd') tetapi statusnya '{}'",
                            labels::progress_status(status).0
                        ),
                        format!(
                            "it has an end date ('actualEnd') but its status is '{}'",
                            labels::progress_status(status).1
                        ),
                    ));
                }
                if status == ProgressStatus::BelumMulai {
                    if p.actual_start.is_some() {
                        inconsistent.push((
                            "ada tanggal mulai ('actualStart') tetapi statusnya 'belum mulai'"
                                .into(),
                            "it has a start date ('actualStart') but its status is 'not started'"
                                .into(),
                        ));
                    }
                    if let Some(pc) = p.percent.filter(|pc| *pc > 0) {
                        inconsistent.push((
                            format!("statusnya 'belum mulai' tetapi kemajuannya {pc}%"),
                            format!("its status is 'not started' but it is at {pc}%"),
                        ));
                    }
                }
            }
        }
        for (id, en) in inconsistent {
            self.push(
                &rules::REPLICATION_PROGRESS_INCONSISTENT,
                format!("{pbase}/status"),
                &[("id", label), ("detail_id", &id), ("detail_en", &en)],
            );
        }
        self.future(p.actual_start, format!("{pbase}/actualStart"));
        self.future(p.actual_end, format!("{pbase}/actualEnd"));
        self.future(p.updated, format!("{pbase}/updated"));
    }

    fn lateness(&mut self, base: &str, label: &str, item: &ActionItem) {
        let Some(as_of) = self.opts.as_of else {
            return;
        };
        let late = super::monitoring::lateness(item, as_of);
        if let Some(l) = late {
            let (id, en) = match l.kind {
                super::monitoring::LateKind::NotStarted => (
                    format!("belum dimulai padahal dijadwalkan mulai {}", iso(l.due)),
                    format!("not started although planned to start on {}", iso(l.due)),
                ),
                super::monitoring::LateKind::NotFinished => (
                    format!("belum selesai padahal dijadwalkan selesai {}", iso(l.due)),
                    format!("not finished although planned to end on {}", iso(l.due)),
                ),
            };
            let path = if item.progress.is_some() {
                format!("{base}/progress")
            } else {
                base.to_string()
            };
            self.push(
                &rules::REPLICATION_PROGRESS_LATE,
                path,
                &[
                    ("id", label),
                    ("days", &l.days.to_string()),
                    ("as_of", &iso(as_of)),
                    ("detail_id", &id),
                    ("detail_en", &en),
                ],
            );
        }
    }

    fn stage_order(&mut self) {
        let plan = self.plan;
        let mut previous: Option<(ReplicationStage, NaiveDate)> = None;
        for stage in self.template.stages.iter().map(|s| s.stage) {
            if let Some((prev, prev_start)) = previous {
                for (i, item) in plan.action_plan.iter().enumerate() {
                    if item.stage != stage {
                        continue;
                    }
                    if let Some(s) = item.start.filter(|s| *s < prev_start) {
                        self.push_texts(
                            &rules::REPLICATION_STAGE_ORDER,
                            format!("/actionPlan/{i}/start"),
                            &[
                                Self::stage_texts("stage", stage),
                                Self::stage_texts("previous", prev),
                            ],
                            &[
                                ("id", &item_label(i, item)),
                                ("start", &iso(s)),
                                ("previous_start", &iso(prev_start)),
                            ],
                        );
                    }
                }
            }
            if let Some(s) = planned_stage_start(plan, stage) {
                previous = Some((stage, s));
            }
        }
    }

    fn budget(&mut self) {
        let plan = self.plan;
        let total: Rupiah = plan
            .action_plan
            .iter()
            .filter_map(|a| a.cost)
            .filter(|c| !c.is_negative())
            .sum();
        let spent: Rupiah = plan
            .action_plan
            .iter()
            .filter_map(|a| a.progress.as_ref().and_then(|p| p.spent))
            .filter(|c| !c.is_negative())
            .sum();
        let Some(budget) = &plan.budget else {
            self.push(&rules::REPLICATION_BUDGET_MISSING, "/budget", &[]);
            return;
        };
        if blank(&budget.source) {
            self.push(
                &rules::REPLICATION_BUDGET_SOURCE_MISSING,
                "/budget/source",
                &[],
            );
        }
        let Some(ceiling) = budget.ceiling else {
            self.push(&rules::REPLICATION_BUDGET_MISSING, "/budget/ceiling", &[]);
            return;
        };
        if ceiling.is_negative() {
            self.amount(Some(ceiling), "/budget/ceiling".to_string());
            return;
        }
        if total > ceiling {
            self.push(
                &rules::REPLICATION_BUDGET_EXCEEDS_CEILING,
                "/budget/ceiling",
                &[
                    ("total", &total.to_string()),
                    ("ceiling", &ceiling.to_string()),
                ],
            );
        }
        if spent > ceiling {
            self.push(
                &rules::REPLICATION_BUDGET_SPENT_OVER_CEILING,
                "/budget/ceiling",
                &[
                    ("spent", &spent.to_string()),
                    ("ceiling", &ceiling.to_string()),
                ],
            );
        }
    }

    fn evaluation(&mut self) {
        let plan = self.plan;
        let Some(ev) = &plan.evaluation else {
            self.push(&rules::REPLICATION_EVALUATION_MISSING, "/evaluation", &[]);
            return;
        };
        let mut period_ok = None;
        match ev.period {
            None => self.push(
                &rules::REPLICATION_EVALUATION_PERIOD_MISSING,
                "/evaluation/period",
                &[],
            ),
            Some(p) if p.start > p.end => self.push(
                &rules::REPLICATION_EVALUATION_PERIOD_REVERSED,
                "/evaluation/period/end",
                &[("start", &iso(p.start)), ("end", &iso(p.end))],
            ),
            Some(p) => {
                period_ok = Some(p);
                let year_end = p
                    .start
                    .checked_add_months(Months::new(12))
                    .and_then(|d| d.pred_opt());
                if year_end.is_some_and(|y| p.end < y) {
                    let days = (p.end - p.start).num_days() + 1;
                    self.push(
                        &rules::REPLICATION_EVALUATION_PERIOD_SHORT,
                        "/evaluation/period",
                        &[("days", &days.to_string())],
                    );
                }
                if let Some(r) = planned_stage_start(plan, ReplicationStage::Replikasi) {
                    if p.start < r {
                        self.push(
                            &rules::REPLICATION_EVALUATION_BEFORE_REPLICATION,
                            "/evaluation/period/start",
                            &[("start", &iso(p.start)), ("replication", &iso(r))],
                        );
                    }
                }
            }
        }
        if ev.indicators.is_empty() {
            self.push(
                &rules::REPLICATION_EVALUATION_INDICATORS_MISSING,
                "/evaluation/indicators",
                &[],
            );
            return;
        }
        for kind in [IndicatorKind::Manfaat, IndicatorKind::Dampak] {
            if !ev.indicators.iter().any(|i| i.kind == kind) {
                self.push_pair(
                    &rules::REPLICATION_EVALUATION_KIND_MISSING,
                    "/evaluation/indicators",
                    &[("kind", labels::indicator_kind(kind))],
                    &[],
                );
            }
        }
        for (i, ind) in ev.indicators.iter().enumerate() {
            let base = format!("/evaluation/indicators/{i}");
            let label = if !blank(&ind.id) {
                ind.id.clone()
            } else if !ind.name.is_blank() {
                ind.name.best(Lang::Id).to_string()
            } else {
                format!("#{}", i + 1)
            };
            if ind.name.is_blank() {
                self.push(
                    &rules::REPLICATION_INDICATOR_NAME_MISSING,
                    format!("{base}/name"),
                    &[],
                );
            }
            if ind.baseline.is_none() {
                self.push(
                    &rules::REPLICATION_INDICATOR_BASELINE_MISSING,
                    format!("{base}/baseline"),
                    &[("value", &label)],
                );
            }
            match (ind.baseline, ind.target) {
                (_, None) => self.push(
                    &rules::REPLICATION_INDICATOR_TARGET_MISSING,
                    format!("{base}/target"),
                    &[("value", &label)],
                ),
                (Some(b), Some(t)) => {
                    let better = match ind.direction {
                        IndicatorDirection::Naik => t > b,
                        IndicatorDirection::Turun => t < b,
                    };
                    if !better {
                        let direction = match ind.direction {
                            IndicatorDirection::Naik => "naik",
                            IndicatorDirection::Turun => "turun",
                        };
                        self.push(
                            &rules::REPLICATION_INDICATOR_TARGET_NOT_IMPROVEMENT,
                            format!("{base}/target"),
                            &[
                                ("value", &label),
                                ("target", &super::report::number(t)),
                                ("baseline", &super::report::number(b)),
                                ("direction", direction),
                            ],
                        );
                    }
                }
                (None, Some(_)) => {}
            }
            for (j, m) in ind.measurements.iter().enumerate() {
                let path = format!("{base}/measurements/{j}/date");
                if let Some(p) = period_ok {
                    if m.date < p.start || m.date > p.end {
                        self.push(
                            &rules::REPLICATION_INDICATOR_MEASUREMENT_OUTSIDE,
                            path.clone(),
                            &[
                                ("value", &label),
                                ("date", &iso(m.date)),
                                ("start", &iso(p.start)),
                                ("end", &iso(p.end)),
                            ],
                        );
                    }
                }
                self.future(Some(m.date), path);
            }
        }
    }

    fn provisions(&mut self) {
        let plan = self.plan;
        let ack = &plan.provisions;
        for (j, n) in ack.acknowledged.iter().enumerate() {
            if templates::provision(*n).is_none() {
                self.push(
                    &rules::REPLICATION_PROVISION_UNKNOWN,
                    format!("/provisions/acknowledged/{j}"),
                    &[("value", &n.to_string())],
                );
            }
        }
        if self.template.provisions_apply {
            let missing: Vec<String> = templates::provisions()
                .iter()
                .map(|p| p.number)
                .filter(|n| !ack.acknowledged.contains(n))
                .map(|n| n.to_string())
                .collect();
            if !missing.is_empty() {
                self.push(
                    &rules::REPLICATION_PROVISION_UNACKNOWLEDGED,
                    "/provisions/acknowledged",
                    &[("numbers", &missing.join(", "))],
                );
            }
        }
        if !ack.acknowledged.is_empty() && (blank(&ack.by) || ack.date.is_none()) {
            let path = if blank(&ack.by) {
                "/provisions/by"
            } else {
                "/provisions/date"
            };
            self.push(
                &rules::REPLICATION_PROVISION_ACKNOWLEDGER_MISSING,
                path,
                &[],
            );
        }
        self.future(ack.date, "/provisions/date".to_string());
        match &self.opts.homepage {
            Some(h) if !h.compliant => {
                let (id, en) = (h.detail(Lang::Id), h.detail(Lang::En));
                self.push(
                    &rules::REPLICATION_HOMEPAGE_NONCOMPLIANT,
                    "/replicaUrl",
                    &[("detail_id", &id), ("detail_en", &en)],
                );
            }
            Some(_) => {}
            None => {
                if self.template.provisions_apply && plan.replica_url.is_some() {
                    self.push(&rules::REPLICATION_HOMEPAGE_UNCHECKED, "/replicaUrl", &[]);
                }
            }
        }
    }
}

/// Runs every rule on `plan`.
pub(crate) fn check(plan: &ReplicationPlan, opts: &CheckOptions) -> Vec<Finding> {
    Checker {
        plan,
        opts,
        template: templates::model_template(plan.model),
        f: Findings::default(),
    }
    .run()
}

//! Words for the values of the plan, in both languages (for findings and reports).

use chrono::{Datelike, NaiveDate};

use super::model::{ActorRole, AgreementKind, IndicatorKind, ProgressStatus, TeamRole};
use super::monitoring::ActivityState;
use super::templates::{ProvisionKind, ProvisionParty};
use crate::finding::Lang;

/// A pair of texts, Bahasa Indonesia and English.
pub(crate) type Pair = (&'static str, &'static str);

pub(crate) fn pick(lang: Lang, p: Pair) -> &'static str {
    match lang {
        Lang::Id => p.0,
        Lang::En => p.1,
    }
}

pub(crate) fn actor(role: ActorRole) -> Pair {
    match role {
        ActorRole::Asal => ("instansi asal", "original agency"),
        ActorRole::Replikator => (
            "instansi penerima (replikator)",
            "adopting agency (replicator)",
        ),
        ActorRole::Fasilitator => ("instansi fasilitator", "facilitating agency"),
    }
}

pub(crate) fn agreement(kind: AgreementKind) -> Pair {
    match kind {
        AgreementKind::NotaKesepakatan => (
            "Nota Kesepakatan",
            "Nota Kesepakatan (memorandum of understanding)",
        ),
        AgreementKind::PerjanjianKerjaSama => (
            "Perjanjian Kerja Sama",
            "Perjanjian Kerja Sama (cooperation agreement)",
        ),
    }
}

pub(crate) fn team_role(r: TeamRole) -> Pair {
    match r {
        TeamRole::PenanggungJawab => ("Penanggung jawab", "Responsible"),
        TeamRole::Ketua => ("Ketua", "Chair"),
        TeamRole::Sekretaris => ("Sekretaris", "Secretary"),
        TeamRole::Anggota => ("Anggota", "Member"),
    }
}

pub(crate) fn indicator_kind(k: IndicatorKind) -> Pair {
    match k {
        IndicatorKind::Manfaat => ("manfaat", "benefit"),
        IndicatorKind::Dampak => ("dampak", "impact"),
    }
}

pub(crate) fn progress_status(s: ProgressStatus) -> Pair {
    match s {
        ProgressStatus::BelumMulai => ("belum mulai", "not started"),
        ProgressStatus::Berjalan => ("berjalan", "in progress"),
        ProgressStatus::Selesai => ("selesai", "done"),
    }
}

pub(crate) fn state(s: ActivityState) -> Pair {
    match s {
        ActivityState::Direncanakan => ("Direncanakan", "Planned"),
        ActivityState::Berjalan => ("Berjalan", "In progress"),
        ActivityState::Selesai => ("Selesai", "Done"),
        ActivityState::Terlambat => ("Terlambat", "Late"),
    }
}

pub(crate) fn provision_party(p: ProvisionParty) -> Pair {
    match p {
        ProvisionParty::Replikator => ("Replikator", "Replicator"),
        ProvisionParty::Walidata => ("Walidata Kota Magelang", "Walidata Kota Magelang"),
        ProvisionParty::KeduaPihak => ("Kedua pihak", "Both parties"),
    }
}

pub(crate) fn provision_kind(k: ProvisionKind) -> Pair {
    match k {
        ProvisionKind::Kewajiban => ("Kewajiban", "Obligation"),
        ProvisionKind::Larangan => ("Larangan", "Prohibition"),
        ProvisionKind::Hak => ("Hak", "Right"),
        ProvisionKind::Informasi => ("Informasi", "Information"),
    }
}

const MONTHS_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `1 Maret 2026` / `1 March 2026`.
pub(crate) fn date(d: NaiveDate, lang: Lang) -> String {
    let m = (d.month0() as usize).min(11);
    let name = match lang {
        Lang::Id => MONTHS_ID[m],
        Lang::En => MONTHS_EN[m],
    };
    format!("{} {name} {}", d.day(), d.year())
}

/// `Mar 2026` / `Agu 2026`: a month label for the timeline.
pub(crate) fn month_short(d: NaiveDate, lang: Lang) -> String {
    let m = (d.month0() as usize).min(11);
    let name = match lang {
        Lang::Id => MONTHS_ID[m],
        Lang::En => MONTHS_EN[m],
    };
    let short: String = match (lang, m) {
        (Lang::Id, 7) => "Agu".to_string(),
        _ => name.chars().take(3).collect(),
    };
    format!("{short} {}", d.year())
}

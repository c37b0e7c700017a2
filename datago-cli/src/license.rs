//! `datago license …`: the licence registry, normalisation of licence strings, compatibility
//! and TASL attribution.
//!
//! Exit codes: `show` 0, or 2 for an unknown licence; `normalize` 0 when recognised, 1 when not;
//! `compat` 0 when the licences combine (with `--purpose`: when every licence allows it), 1 when
//! not; `attribution` 0 (warnings go to standard error), 2 for an unusable dataset file.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Subcommand, ValueEnum};
use datago_core::license::{
    self, attribution, can_use_id, combine_ids, normalize, Allowed, AttributionOptions, Purpose,
};
use datago_core::render::Format as TextFormat;
use datago_core::{Catalog, Dataset, Error, Lang, Message};

use crate::{print_json, t, Format, LangArg};

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum PurposeArg {
    /// Commercial use.
    Commercial,
    /// Sharing unchanged copies.
    Redistribution,
    /// Publishing an adaptation.
    Derivative,
    /// Extracting a substantial part of a database.
    DatabaseExtraction,
    /// Using without attribution.
    AttributionFree,
    /// Licensing adaptations under other terms.
    Relicensing,
}

impl From<PurposeArg> for Purpose {
    fn from(p: PurposeArg) -> Purpose {
        match p {
            PurposeArg::Commercial => Purpose::Commercial,
            PurposeArg::Redistribution => Purpose::Redistribution,
            PurposeArg::Derivative => Purpose::Derivative,
            PurposeArg::DatabaseExtraction => Purpose::DatabaseExtraction,
            PurposeArg::AttributionFree => Purpose::AttributionFree,
            PurposeArg::Relicensing => Purpose::Relicensing,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum AttributionFormat {
    /// Plain text.
    Text,
    /// Markdown.
    Md,
    /// An HTML fragment.
    Html,
    /// The attribution's parts and text as JSON.
    Json,
}

/// Licences: the registry, normalisation, compatibility, attribution.
#[derive(Subcommand)]
pub(crate) enum LicenseCommand {
    /// List the licence registry.
    List {
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Show one licence: its ids in every vocabulary, URL, version and facets.
    Show {
        /// An id (SPDX, CKAN, Open Definition), EU NAL URI, URL or name.
        id: String,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Recognise a licence string as found in the wild ("cc by 4.0", a URL, …): the licence with
    /// a confidence, or unknown with ranked suggestions. Exit 1 when not recognised.
    Normalize {
        /// The licence string.
        text: String,
        /// Output format (JSON has the SPDX id in `spdx`, null when unknown).
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Language of the notes.
        #[arg(long, value_enum, default_value = "id")]
        lang: LangArg,
    },
    /// Licences a work combining material under these licences can be published under; with
    /// --purpose, whether each licence allows that purpose. Exit 1 when not compatible/allowed.
    Compat {
        /// Two or more licences (ids, URLs or names).
        #[arg(required = true, num_args = 1..)]
        ids: Vec<String>,
        /// Ask about one purpose instead of combining.
        #[arg(long, value_enum)]
        purpose: Option<PurposeArg>,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Language of the reasons.
        #[arg(long, value_enum, default_value = "id")]
        lang: LangArg,
    },
    /// TASL attribution (title, author, source, licence) of a dataset or one of its resources.
    Attribution {
        /// The dataset JSON file, or - for standard input.
        file: PathBuf,
        /// A resource of the dataset: its index (0-based) or its id.
        #[arg(long)]
        resource: Option<String>,
        /// The catalog JSON, to name the producing organization.
        #[arg(long)]
        catalog: Option<PathBuf>,
        /// Language.
        #[arg(long, value_enum, default_value = "id")]
        lang: LangArg,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: AttributionFormat,
        /// Apply the CC 4.0 rules (the title becomes optional).
        #[arg(long)]
        cc4: bool,
        /// Leave the title out (with --cc4, under a CC 4.0 licence).
        #[arg(long)]
        omit_title: bool,
        /// The material was modified: credit it as adapted.
        #[arg(long)]
        modified: bool,
        /// What was changed (implies --modified).
        #[arg(long)]
        changes: Option<String>,
        /// The portal's base URL, for the source link {base}/dataset/{slug}.
        #[arg(long)]
        base_url: Option<String>,
    },
}

pub(crate) fn run(command: LicenseCommand) -> Result<ExitCode, Error> {
    match command {
        LicenseCommand::List { format } => {
            list(format);
            Ok(ExitCode::SUCCESS)
        }
        LicenseCommand::Show { id, format } => show(&id, format),
        LicenseCommand::Normalize { text, format, lang } => {
            let n = normalize(&text);
            match format {
                Format::Json => print_json(&n),
                Format::Text => {
                    let lang = Lang::from(lang);
                    let mut o = String::new();
                    match n.license {
                        Some(l) => o.push_str(&format!(
                            "{} → {} ({})\n  {} {:.2} · {}\n",
                            text.trim(),
                            l.id,
                            l.title,
                            t(lang, "keyakinan", "confidence"),
                            n.confidence,
                            serde_json::to_value(n.matched_by)
                                .ok()
                                .and_then(|v| v.as_str().map(str::to_string))
                                .unwrap_or_default()
                        )),
                        None => o.push_str(&format!(
                            "{} → {}\n",
                            text.trim(),
                            t(lang, "tidak dikenali", "not recognised")
                        )),
                    }
                    for m in &n.notes {
                        o.push_str(&format!("  {}\n", m.get(lang)));
                    }
                    if !n.suggestions.is_empty() {
                        let s: Vec<String> = n
                            .suggestions
                            .iter()
                            .map(|s| format!("{} ({:.2})", s.id, s.score))
                            .collect();
                        o.push_str(&format!(
                            "  {} {}\n",
                            t(lang, "saran:", "suggestions:"),
                            s.join(", ")
                        ));
                    }
                    write_out(&o);
                }
            }
            Ok(if n.license.is_some() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        LicenseCommand::Compat {
            ids,
            purpose,
            format,
            lang,
        } => Ok(compat(
            &ids,
            purpose.map(Purpose::from),
            format,
            lang.into(),
        )),
        LicenseCommand::Attribution {
            file,
            resource,
            catalog,
            lang,
            format,
            cc4,
            omit_title,
            modified,
            changes,
            base_url,
        } => {
            let ds = Dataset::from_json(&read(&file)?)?;
            let cat = match &catalog {
                Some(p) => Some(Catalog::from_json(&read(p)?)?),
                None => None,
            };
            let res = match &resource {
                None => None,
                Some(r) => Some(find_resource(&ds, r)?),
            };
            let text_format = match format {
                AttributionFormat::Text | AttributionFormat::Json => TextFormat::Text,
                AttributionFormat::Md => TextFormat::Markdown,
                AttributionFormat::Html => TextFormat::Html,
            };
            let lang = Lang::from(lang);
            let a = attribution(
                &ds,
                res,
                cat.as_ref(),
                &AttributionOptions {
                    lang,
                    format: text_format,
                    cc4,
                    omit_title,
                    modified,
                    modifications: changes,
                    base_url,
                },
            );
            match format {
                AttributionFormat::Json => print_json(&a),
                _ => {
                    write_out(&format!("{}\n", a.text));
                    for w in &a.warnings {
                        eprintln!("datago: {}", w.get(lang));
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn write_out(s: &str) {
    // A closed pipe (e.g. `| head`) is not an error worth a panic.
    let _ = std::io::stdout().lock().write_all(s.as_bytes());
}

fn read(path: &Path) -> Result<String, Error> {
    crate::read_input(path)
}

fn find_resource<'a>(ds: &'a Dataset, key: &str) -> Result<&'a datago_core::Resource, Error> {
    let by_index = key.parse::<usize>().ok().and_then(|i| ds.resources.get(i));
    by_index
        .or_else(|| ds.resources.iter().find(|r| r.id.as_deref() == Some(key)))
        .ok_or_else(|| Error::InvalidArgument {
            what: "resource",
            value: key.to_string(),
            expected: format!(
                "an index 0–{} or the id of one of the dataset's resources",
                ds.resources.len().saturating_sub(1)
            ),
        })
}

fn list(format: Format) {
    let reg = license::registry();
    match format {
        Format::Json => print_json(&reg),
        Format::Text => {
            let mut o = String::new();
            for l in reg {
                let f = &l.facets;
                let flags: Vec<&str> = [
                    (f.open, "open"),
                    (f.public_domain, "pd"),
                    (f.attribution, "by"),
                    (f.share_alike, "sa"),
                    (f.non_commercial, "nc"),
                    (f.no_derivatives, "nd"),
                    (f.database_rights, "db"),
                ]
                .iter()
                .filter(|(on, _)| *on)
                .map(|(_, n)| *n)
                .collect();
                o.push_str(&format!(
                    "{:26} {:14} {:22} {}\n",
                    l.id,
                    l.ckan.as_deref().unwrap_or("-"),
                    flags.join(","),
                    l.title
                ));
            }
            write_out(&o);
        }
    }
}

fn show(id: &str, format: Format) -> Result<ExitCode, Error> {
    let l = license::lookup(id)?;
    match format {
        Format::Json => print_json(l),
        Format::Text => {
            let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
            let f = &l.facets;
            let yn = |b: bool| if b { "yes" } else { "no" };
            let mut o = format!(
                "{}\n  title:            {}\n  SPDX:             {}\n  Open Definition:  {}\n  CKAN:             {}\n  EU NAL:           {}\n  URL:              {}\n  version:          {}\n  domain:           {}\n",
                l.id,
                l.title,
                opt(&l.spdx),
                opt(&l.od),
                opt(&l.ckan),
                opt(&l.eu),
                opt(&l.url),
                opt(&l.version),
                l.domain
            );
            o.push_str(&format!(
                "  open: {} · public domain: {} · attribution: {} · share-alike: {} · non-commercial: {} · no derivatives: {} · database rights: {}\n",
                yn(f.open),
                yn(f.public_domain),
                yn(f.attribution),
                yn(f.share_alike),
                yn(f.non_commercial),
                yn(f.no_derivatives),
                yn(f.database_rights)
            ));
            if l.generic {
                o.push_str("  generic category: the actual terms are not known\n");
            }
            if let Some(s) = &l.superseded_by {
                o.push_str(&format!("  superseded by:    {s}\n"));
            }
            write_out(&o);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn lines(out: &mut String, title: &str, items: &[&Message], lang: Lang) {
    if items.is_empty() {
        return;
    }
    out.push_str(&format!("{title}\n"));
    for m in items {
        out.push_str(&format!("  - {}\n", m.get(lang)));
    }
}

fn compat(ids: &[String], purpose: Option<Purpose>, format: Format, lang: Lang) -> ExitCode {
    if let Some(p) = purpose {
        let verdicts: Vec<_> = ids.iter().map(|id| can_use_id(id, p)).collect();
        match format {
            Format::Json => print_json(&verdicts),
            Format::Text => {
                let mut o = String::new();
                for (id, v) in ids.iter().zip(&verdicts) {
                    let answer = match v.allowed {
                        Allowed::Yes => t(lang, "ya", "yes"),
                        Allowed::No => t(lang, "tidak", "no"),
                        Allowed::Unknown => t(lang, "tidak diketahui", "unknown"),
                    };
                    o.push_str(&format!(
                        "{} — {}: {answer}\n",
                        v.license.as_deref().unwrap_or(id),
                        p.name().get(lang)
                    ));
                    let conds: Vec<&Message> = v.conditions.iter().map(|c| &c.message).collect();
                    lines(&mut o, t(lang, "Syarat:", "Conditions:"), &conds, lang);
                    let reasons: Vec<&Message> = v.reasons.iter().collect();
                    lines(&mut o, t(lang, "Alasan:", "Reasons:"), &reasons, lang);
                }
                write_out(&o);
            }
        }
        let all_yes = verdicts.iter().all(|v| v.allowed == Allowed::Yes);
        return if all_yes {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        };
    }
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let c = combine_ids(&refs);
    match format {
        Format::Json => print_json(&c),
        Format::Text => {
            let mut o = format!(
                "{} {}\n",
                t(lang, "Lisensi masukan:", "Input licences:"),
                c.inputs.join(", ")
            );
            if c.compatible() {
                let allowed: Vec<&str> = c.allowed.iter().map(|l| l.id.as_str()).collect();
                o.push_str(&format!(
                    "{} {}\n{} {}\n",
                    t(
                        lang,
                        "Lisensi hasil yang boleh:",
                        "Allowed output licences:"
                    ),
                    allowed.join(", "),
                    t(lang, "Disarankan:", "Recommended:"),
                    c.recommended().map(|l| l.id.as_str()).unwrap_or("-")
                ));
            } else {
                o.push_str(&format!(
                    "{}\n",
                    t(
                        lang,
                        "Tidak kompatibel: tidak ada lisensi hasil yang memenuhi semua syarat.",
                        "Not compatible: no output licence meets every condition."
                    )
                ));
            }
            let conds: Vec<&Message> = c.conditions.iter().map(|c| &c.message).collect();
            lines(&mut o, t(lang, "Syarat:", "Conditions:"), &conds, lang);
            let reasons: Vec<&Message> = c.reasons.iter().collect();
            lines(&mut o, t(lang, "Alasan:", "Reasons:"), &reasons, lang);
            write_out(&o);
        }
    }
    if c.compatible() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

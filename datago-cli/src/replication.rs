//! `datago replication …`: start, check and report on a plan to replicate DataGO, after the
//! guide *Pedoman Replikasi Portal Satu Data Kota Magelang (DataGO)*.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Subcommand, ValueEnum};
use datago_core::replication::{
    self, check_json, model_template, parse_date, CheckOptions, HomepageCheck, ReplicationModel,
    ReplicationPlan, ReportFormat,
};
use datago_core::{BundleError, Error, Lang, SeverityCounts};

use crate::{exit_for, print_json, t, Format, LangArg};

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum ModelArg {
    /// Model Mandiri: the replicator alone.
    Mandiri,
    /// Model Kerja Sama: with Kota Magelang.
    KerjaSama,
    /// Model Fasilitasi: with Kota Magelang and a facilitating agency.
    Fasilitasi,
}

impl From<ModelArg> for ReplicationModel {
    fn from(m: ModelArg) -> ReplicationModel {
        match m {
            ModelArg::Mandiri => ReplicationModel::Mandiri,
            ModelArg::KerjaSama => ReplicationModel::KerjaSama,
            ModelArg::Fasilitasi => ReplicationModel::Fasilitasi,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum ReportFormatArg {
    /// Markdown.
    Md,
    /// A self-contained HTML page.
    Html,
}

/// Plans to replicate DataGO (Pedoman Replikasi DataGO).
#[derive(Subcommand)]
pub(crate) enum ReplicationCommand {
    /// Write a plan template for a model (JSON; its schema: `datago schema replication-plan`).
    Init {
        /// The replication model.
        #[arg(long, value_enum)]
        model: ModelArg,
        /// The replicating regional government, e.g. "Kabupaten X".
        #[arg(long)]
        replicator: String,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Overwrite the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Check a plan (JSON file, or - for standard input). Without --as-of, nothing is judged late.
    Check {
        /// The plan.
        file: PathBuf,
        /// Judge monitoring on this date (YYYY-MM-DD): late activities, facts in the future.
        #[arg(long)]
        as_of: Option<String>,
        /// The replica's home page (a saved HTML file, or - for standard input): checked for the
        /// DataGO logo and link (ketentuan khusus 9).
        #[arg(long, conflicts_with = "homepage_check")]
        homepage: Option<PathBuf>,
        /// The result of a homepage check done earlier, a JSON file such as the output of
        /// `datago replica check --format json`: `{"compliant": bool, "findings": [...]}`.
        #[arg(long)]
        homepage_check: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Language of the messages.
        #[arg(long, value_enum, default_value = "id")]
        lang: LangArg,
    },
    /// Write the readiness and progress report (timeline as inline SVG, budget table).
    Report {
        /// The plan.
        file: PathBuf,
        /// Report format.
        #[arg(long, value_enum, default_value = "md")]
        format: ReportFormatArg,
        /// Language of the report.
        #[arg(long, value_enum, default_value = "id")]
        lang: LangArg,
        /// The date progress is judged at (YYYY-MM-DD); default: today (WIB, UTC+7).
        #[arg(long)]
        as_of: Option<String>,
        /// The replica's home page (saved HTML), checked for the DataGO logo and link.
        #[arg(long, conflicts_with = "homepage_check")]
        homepage: Option<PathBuf>,
        /// The result of a homepage check done earlier, a JSON file.
        #[arg(long)]
        homepage_check: Option<PathBuf>,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Print the plan's timeline as an SVG image (Gantt chart).
    Gantt {
        /// The plan.
        file: PathBuf,
        /// Language of the labels.
        #[arg(long, value_enum, default_value = "id")]
        lang: LangArg,
        /// The date progress is judged at (YYYY-MM-DD); default: today (WIB, UTC+7).
        #[arg(long)]
        as_of: Option<String>,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Print findings, readiness per area, provisions and progress as one JSON document.
    Status {
        /// The plan.
        file: PathBuf,
        /// The date progress is judged at (YYYY-MM-DD); default: today (WIB, UTC+7).
        #[arg(long)]
        as_of: Option<String>,
        /// The replica's home page (saved HTML), checked for the DataGO logo and link.
        #[arg(long, conflicts_with = "homepage_check")]
        homepage: Option<PathBuf>,
        /// The result of a homepage check done earlier, a JSON file.
        #[arg(long)]
        homepage_check: Option<PathBuf>,
    },
    /// List the three models with their stages, activities and methods.
    Models {
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Language.
        #[arg(long, value_enum, default_value = "id")]
        lang: LangArg,
    },
    /// List the 17 special provisions (ketentuan khusus) for Kerja Sama and Fasilitasi.
    Provisions {
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Language.
        #[arg(long, value_enum, default_value = "id")]
        lang: LangArg,
    },
}

fn io_error(path: &Path, e: std::io::Error) -> Error {
    Error::from(BundleError::Io {
        path: path.display().to_string(),
        detail: e.to_string(),
    })
}

fn read(path: &Path) -> Result<String, Error> {
    if path.as_os_str() == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| io_error(path, e))?;
        Ok(s)
    } else {
        std::fs::read_to_string(path).map_err(|e| io_error(path, e))
    }
}

fn write_out(output: Option<&Path>, text: &str) -> Result<(), Error> {
    match output {
        Some(p) => std::fs::write(p, text).map_err(|e| io_error(p, e)),
        None => {
            // A closed pipe (`| head`) is not an error worth reporting.
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            Ok(())
        }
    }
}

/// Today in Western Indonesia Time (UTC+7), from the system clock: the CLI's default as-of
/// date (the core never reads the clock).
fn today_wib() -> Option<chrono_free::Date> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs() as i64;
    Some(chrono_free::civil_from_days(
        (secs + 7 * 3600).div_euclid(86_400),
    ))
}

/// Calendar arithmetic without a date crate (Howard Hinnant's `civil_from_days`).
mod chrono_free {
    pub(super) struct Date(pub i64, pub u32, pub u32);

    pub(super) fn civil_from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date(y, m, d)
    }
}

/// What the check knows besides the plan: the as-of date (`YYYY-MM-DD`; without one, today
/// when `default_today`) and the homepage check result file.
fn options(
    date: Option<&str>,
    default_today: bool,
    homepage_html: Option<&Path>,
    homepage_check: Option<&Path>,
) -> Result<CheckOptions, Error> {
    let as_of = match date {
        Some(d) => Some(parse_date(d)?),
        None if default_today => today_wib().and_then(|chrono_free::Date(y, m, d)| {
            parse_date(&format!("{y:04}-{m:02}-{d:02}")).ok()
        }),
        None => None,
    };
    let homepage = match homepage_html {
        Some(path) => {
            let bytes = if path.as_os_str() == "-" {
                let mut b = Vec::new();
                std::io::stdin()
                    .read_to_end(&mut b)
                    .map_err(|e| io_error(path, e))?;
                b
            } else {
                std::fs::read(path).map_err(|e| io_error(path, e))?
            };
            let mut h = HomepageCheck::from_html_bytes(&bytes)?;
            h.url = Some(path.display().to_string());
            Some(h)
        }
        None => homepage(homepage_check)?,
    };
    Ok(CheckOptions { as_of, homepage })
}

fn homepage(path: Option<&Path>) -> Result<Option<HomepageCheck>, Error> {
    let Some(path) = path else {
        return Ok(None);
    };
    let text = read(path)?;
    let check = datago_core::document::from_json::<HomepageCheck>(&text).map_err(|source| {
        Error::from(BundleError::Parse {
            path: path.display().to_string(),
            source,
        })
    })?;
    Ok(Some(check))
}

fn plan(path: &Path) -> Result<ReplicationPlan, Error> {
    let text = read(path)?;
    ReplicationPlan::from_json(&text).map_err(|source| {
        Error::from(BundleError::Parse {
            path: path.display().to_string(),
            source,
        })
    })
}

pub(crate) fn run(command: ReplicationCommand) -> Result<ExitCode, Error> {
    match command {
        ReplicationCommand::Init {
            model,
            replicator,
            output,
            force,
        } => {
            let plan = ReplicationPlan::template(model.into(), &replicator);
            if let Some(p) = &output {
                if p.exists() && !force {
                    eprintln!(
                        "datago: {0} already exists: choose another file or add --force to overwrite it [output-exists]\ndatago: {0} sudah ada: pilih berkas lain atau tambahkan --force untuk menimpanya",
                        p.display()
                    );
                    return Ok(ExitCode::from(2));
                }
            }
            write_out(output.as_deref(), &(plan.to_json(true) + "\n"))?;
            if let Some(p) = &output {
                eprintln!(
                    "datago: templat rencana ditulis ke {0}; isi bagian yang kosong lalu jalankan `datago replication check {0}`.\ndatago: plan template written to {0}; fill in the blanks, then run `datago replication check {0}`.",
                    p.display()
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        ReplicationCommand::Check {
            file,
            as_of: date,
            homepage,
            homepage_check,
            format,
            lang,
        } => {
            let opts = options(
                date.as_deref(),
                false,
                homepage.as_deref(),
                homepage_check.as_deref(),
            )?;
            let text = read(&file)?;
            let findings = check_json(&text, &opts).map_err(|e| match e {
                Error::Parse(source) => Error::from(BundleError::Parse {
                    path: file.display().to_string(),
                    source,
                }),
                e => e,
            })?;
            let lang: Lang = lang.into();
            match format {
                Format::Json => print_json(&findings),
                Format::Text => {
                    let mut o = String::new();
                    let mut sorted: Vec<_> = findings.iter().collect();
                    sorted.sort_by_key(|f| std::cmp::Reverse(f.severity));
                    for f in sorted {
                        o.push_str(&format!(
                            "{:7} {:45} {}\n          {}\n",
                            f.severity.as_str(),
                            f.code,
                            f.path,
                            f.message.get(lang)
                        ));
                    }
                    let c = SeverityCounts::of(&findings);
                    o.push_str(&format!(
                        "{} {} {}, {} {}, {} info\n{}\n",
                        t(lang, "Temuan:", "Findings:"),
                        c.error,
                        t(lang, "galat", "errors"),
                        c.warning,
                        t(lang, "peringatan", "warnings"),
                        c.info,
                        if c.error == 0 {
                            t(
                                lang,
                                "Hasil: rencana siap, tidak ada galat.",
                                "Result: the plan is ready, no errors.",
                            )
                        } else {
                            t(
                                lang,
                                "Hasil: ada galat yang harus diperbaiki sebelum rencana siap.",
                                "Result: there are errors to fix before the plan is ready.",
                            )
                        }
                    ));
                    let _ = std::io::stdout().lock().write_all(o.as_bytes());
                }
            }
            Ok(exit_for(&findings))
        }
        ReplicationCommand::Report {
            file,
            format,
            lang,
            as_of: date,
            homepage,
            homepage_check,
            output,
        } => {
            let plan = plan(&file)?;
            let opts = options(
                date.as_deref(),
                true,
                homepage.as_deref(),
                homepage_check.as_deref(),
            )?;
            let format = match format {
                ReportFormatArg::Md => ReportFormat::Markdown,
                ReportFormatArg::Html => ReportFormat::Html,
            };
            write_out(output.as_deref(), &plan.report(format, lang.into(), &opts))?;
            Ok(exit_for(&plan.check(&opts)))
        }
        ReplicationCommand::Gantt {
            file,
            lang,
            as_of: date,
            output,
        } => {
            let plan = plan(&file)?;
            let opts = options(date.as_deref(), true, None, None)?;
            let svg = plan.gantt_svg(lang.into(), opts.as_of);
            write_out(output.as_deref(), &(svg + "\n"))?;
            Ok(ExitCode::SUCCESS)
        }
        ReplicationCommand::Status {
            file,
            as_of: date,
            homepage,
            homepage_check,
        } => {
            let plan = plan(&file)?;
            let opts = options(
                date.as_deref(),
                true,
                homepage.as_deref(),
                homepage_check.as_deref(),
            )?;
            let a = plan.assess(&opts);
            print_json(&a);
            Ok(if a.ready {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        ReplicationCommand::Models { format, lang } => {
            let lang: Lang = lang.into();
            match format {
                Format::Json => print_json(&replication::models()),
                Format::Text => {
                    let mut o = String::new();
                    for m in ReplicationModel::ALL {
                        let tm = model_template(m);
                        o.push_str(&format!(
                            "{} ({})\n  {}\n",
                            tm.name.get(lang),
                            m.as_str(),
                            tm.description.get(lang)
                        ));
                        for (i, s) in tm.stages.iter().enumerate() {
                            o.push_str(&format!("  {}. {}\n", i + 1, s.name.get(lang)));
                            for a in &s.activities {
                                o.push_str(&format!("     - {} [{}]\n", a.name.get(lang), a.code));
                            }
                        }
                        o.push_str(&format!("  {}\n", t(lang, "Metode:", "Methods:")));
                        for x in &tm.methods {
                            o.push_str(&format!(
                                "     - {} [{}]\n",
                                x.name.get(lang),
                                x.method.as_str()
                            ));
                        }
                        o.push('\n');
                    }
                    let _ = std::io::stdout().lock().write_all(o.as_bytes());
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        ReplicationCommand::Provisions { format, lang } => {
            let lang: Lang = lang.into();
            match format {
                Format::Json => print_json(&replication::provisions()),
                Format::Text => {
                    let mut o = String::from(t(
                        lang,
                        "Ketentuan khusus bagi replikator DataGO model Kerja Sama dan/atau Fasilitasi\n\n",
                        "Special provisions for DataGO replicators of the Kerja Sama and/or Fasilitasi models\n\n",
                    ));
                    for p in replication::provisions() {
                        let check = if p.check.is_some() {
                            t(lang, " (diperiksa mesin)", " (machine-checked)")
                        } else {
                            ""
                        };
                        o.push_str(&format!(
                            "{:>2}. [{} · {}]{check} {}\n",
                            p.number,
                            p.party.label().get(lang),
                            p.kind.label().get(lang),
                            p.text.get(lang)
                        ));
                    }
                    let _ = std::io::stdout().lock().write_all(o.as_bytes());
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::chrono_free::{civil_from_days, Date};

    #[test]
    fn civil_dates() {
        let d = |n| {
            let Date(y, m, d) = civil_from_days(n);
            (y, m, d)
        };
        assert_eq!(d(0), (1970, 1, 1));
        assert_eq!(d(20_454), (2026, 1, 1));
        assert_eq!(d(-1), (1969, 12, 31));
        assert_eq!(d(11_016), (2000, 2, 29));
    }
}

//! `datago replica …`: DataGO replica compliance (Pedoman Replikasi DataGO, ketentuan khusus
//! 4–9 and 17): check a replica's home page for the DataGO logo and link, print the credit block,
//! check declared terms of use.
//!
//! Exit codes: 0 compliant, 1 not compliant, 2 unusable input.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Subcommand, ValueEnum};
use datago_core::render::Format as TextFormat;
use datago_core::replica::{
    check_homepage_bytes, check_terms, check_terms_text, ReplicaBranding, TermsOfUse,
};
use datago_core::{Error, Finding, Lang, SeverityCounts};

use crate::{exit_for, print_json, t, Format, LangArg};

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum CreditFormat {
    /// Plain text.
    Text,
    /// Markdown.
    Md,
    /// An HTML fragment to paste into the home page.
    Html,
}

/// DataGO replica compliance.
#[derive(Subcommand)]
pub(crate) enum ReplicaCommand {
    /// Check a replica's home page (HTML file, or - for standard input) for the DataGO logo and a
    /// visible, working link to https://datago.magelangkota.go.id. Exit 0 compliant, 1 not,
    /// 2 unusable input.
    Check {
        /// The HTML file, or - for standard input.
        file: PathBuf,
        /// Output format (JSON lists every finding).
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Language of the messages.
        #[arg(long, value_enum, default_value = "id")]
        lang: LangArg,
    },
    /// Print the DataGO credit block for a replica's home page.
    Credit {
        /// The replica's own name, e.g. "Satu Data Kabupaten X".
        #[arg(long)]
        name: String,
        /// Language.
        #[arg(long, value_enum, default_value = "id")]
        lang: LangArg,
        /// Output format.
        #[arg(long, value_enum, default_value = "html")]
        format: CreditFormat,
        /// Where the replica serves the DataGO logo (default /assets/datago/logo-datago.png).
        #[arg(long)]
        logo: Option<String>,
    },
    /// Check a replica's terms of use against the replication terms: a TermsOfUse JSON document,
    /// or the published text with --text. Exit 0 when no error, 1 otherwise.
    Terms {
        /// The file, or - for standard input.
        file: PathBuf,
        /// The file is the terms' text (Bahasa Indonesia or English), not JSON.
        #[arg(long)]
        text: bool,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Language of the messages.
        #[arg(long, value_enum, default_value = "id")]
        lang: LangArg,
    },
}

pub(crate) fn run(command: ReplicaCommand) -> Result<ExitCode, Error> {
    match command {
        ReplicaCommand::Check { file, format, lang } => {
            let bytes = crate::read_input_bytes(&file)?;
            let report = check_homepage_bytes(&bytes)?;
            let lang = Lang::from(lang);
            match format {
                Format::Json => print_json(&report),
                Format::Text => {
                    let mut o = format!(
                        "DataGO — {}: {}\n",
                        t(
                            lang,
                            "pemeriksaan halaman utama replika",
                            "replica home page check"
                        ),
                        file.display()
                    );
                    let yn = |b: bool| {
                        if b {
                            t(lang, "ada", "yes")
                        } else {
                            t(lang, "tidak ada", "no")
                        }
                    };
                    o.push_str(&format!(
                        "{} {} · {} {}\n",
                        t(lang, "Tautan ke DataGO:", "Link to DataGO:"),
                        yn(report.link),
                        t(lang, "Logo DataGO:", "DataGO logo:"),
                        yn(report.logo)
                    ));
                    print_findings(&mut o, &report.findings, lang);
                    o.push_str(&format!(
                        "{}\n",
                        if report.compliant {
                            t(
                                lang,
                                "Hasil: memenuhi ketentuan khusus 9.",
                                "Result: meets special provision 9.",
                            )
                        } else {
                            t(
                                lang,
                                "Hasil: belum memenuhi ketentuan khusus 9.",
                                "Result: does not meet special provision 9.",
                            )
                        }
                    ));
                    write_out(&o);
                }
            }
            Ok(if report.compliant {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        ReplicaCommand::Credit {
            name,
            lang,
            format,
            logo,
        } => {
            let mut b = ReplicaBranding::new(name);
            if let Some(l) = logo {
                b = b.with_logo(l);
            }
            let f = match format {
                CreditFormat::Text => TextFormat::Text,
                CreditFormat::Md => TextFormat::Markdown,
                CreditFormat::Html => TextFormat::Html,
            };
            write_out(&format!("{}\n", b.credit(lang.into(), f)));
            Ok(ExitCode::SUCCESS)
        }
        ReplicaCommand::Terms {
            file,
            text,
            format,
            lang,
        } => {
            let input = crate::read_input(&file)?;
            let findings = if text {
                check_terms_text(&input)
            } else {
                check_terms(&TermsOfUse::from_json(&input)?)
            };
            match format {
                Format::Json => print_json(&findings),
                Format::Text => {
                    let mut o = String::new();
                    print_findings(&mut o, &findings, lang.into());
                    write_out(&o);
                }
            }
            Ok(exit_for(&findings))
        }
    }
}

fn print_findings(o: &mut String, findings: &[Finding], lang: Lang) {
    for f in findings {
        o.push_str(&format!(
            "  {:7} {:38} {}\n          {}\n",
            f.severity.as_str(),
            f.code,
            f.path,
            f.message.get(lang)
        ));
    }
    let c = SeverityCounts::of(findings);
    o.push_str(&format!(
        "{} {} {}, {} {}, {} info\n",
        t(lang, "Temuan:", "Findings:"),
        c.error,
        t(lang, "galat", "errors"),
        c.warning,
        t(lang, "peringatan", "warnings"),
        c.info
    ));
}

fn write_out(s: &str) {
    // A closed pipe (e.g. `| head`) is not an error worth a panic.
    let _ = std::io::stdout().lock().write_all(s.as_bytes());
}

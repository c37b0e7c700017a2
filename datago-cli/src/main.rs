//! `datago`: checks DataGO catalog directories; with no argument, the embedded Kota Magelang
//! sample.
//!
//! Exit codes: 0 no finding of severity error, 1 findings of severity error, 2 unusable input.

mod license;
mod replica;
mod replication;
mod serve;
mod site;
mod standards;
mod table;

use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use datago_core::schema::{json_schema, DocumentType};
use datago_core::{Bundle, Error, Finding, Lang, Report, Severity};

#[derive(Parser)]
#[command(
    name = "datago",
    version,
    about = "DataGO — Satu Data portal logic of Kota Magelang, for replicating local governments",
    long_about = "DataGO — Satu Data portal logic of Kota Magelang (Diskominfo dan Statistik), for replicating local governments.\n\nExit codes: 0 no errors, 1 findings of severity error, 2 unusable input."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// Readable summary.
    Text,
    /// The full machine-readable report.
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    /// Bahasa Indonesia.
    Id,
    /// English.
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Id => Lang::Id,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Check a catalog directory (catalog.json, datasets/*.json, data files); without DIR, the
    /// embedded Kota Magelang sample.
    Check {
        /// The catalog directory.
        dir: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Language of the messages.
        #[arg(long, value_enum, default_value = "id")]
        lang: LangArg,
        /// How many findings the text summary lists (the JSON report has all).
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// Also check every dataset against a metadata profile (dcat-ap-3, ckan, satu-data);
        /// its findings join the report.
        #[arg(long, value_parser = standards::profile_names())]
        profile: Option<String>,
    },
    /// Convert metadata between standards (CKAN, DCAT-AP, Data Package, schema.org, the
    /// DataGO model); INPUT is a file or - for standard input.
    Convert(standards::ConvertArgs),
    /// Score a catalog's metadata quality as data.europa.eu's MQA does (405 points); without
    /// DIR, the embedded Kota Magelang sample. Nothing is fetched.
    Quality(standards::QualityArgs),
    /// Validate one document (JSON file, or - for standard input).
    Validate {
        /// Document type.
        #[arg(value_parser = document_types())]
        kind: String,
        /// The JSON file, or - for standard input.
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Language of the messages.
        #[arg(long, value_enum, default_value = "id")]
        lang: LangArg,
    },
    /// Print the JSON Schema of a document type.
    Schema {
        /// Document type.
        #[arg(value_parser = document_types())]
        kind: String,
    },
    /// Tables: validate a CSV file against a Table Schema, infer a schema, profile columns, scan
    /// for personal data.
    Table {
        #[command(subcommand)]
        command: table::TableCommand,
    },
    /// Replication plans (Pedoman Replikasi DataGO): init a plan template, check it, report on
    /// readiness and progress.
    Replication {
        #[command(subcommand)]
        command: replication::ReplicationCommand,
    },
    /// Licences: the registry, normalisation of licence strings, compatibility, attribution.
    License {
        #[command(subcommand)]
        command: license::LicenseCommand,
    },
    /// DataGO replica compliance: check a home page for the DataGO logo and link, print the
    /// credit block, check terms of use.
    Replica {
        #[command(subcommand)]
        command: replica::ReplicaCommand,
    },
    /// Build the static portal of a catalog directory (without DIR, the embedded Kota Magelang
    /// sample): pages, search, data files and DCAT-AP/Data Package endpoints.
    Build(site::BuildArgs),
    /// Serve a read-only CKAN API v3 (/api/3/action/) over a catalog directory (without DIR,
    /// the embedded Kota Magelang sample), and a built site at / with --site.
    Serve(serve::ServeArgs),
    /// List every validation rule with its code, severity and message.
    Rules {
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Language of the messages.
        #[arg(long, value_enum, default_value = "id")]
        lang: LangArg,
    },
}

fn document_types() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(DocumentType::ALL.map(|t| t.as_str()))
}

/// Metadata conversion allocates many small values; mimalloc serves them faster than the
/// system allocator (`scripts/bench-dcat` times the library with it).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check {
            dir,
            format,
            lang,
            limit,
            profile,
        } => check(dir, format, lang.into(), limit, profile.as_deref()),
        Command::Convert(args) => standards::convert(args),
        Command::Quality(args) => standards::quality(args),
        Command::Validate {
            kind,
            file,
            format,
            lang,
        } => validate(&kind, &file, format, lang.into()),
        Command::Schema { kind } => DocumentType::parse(&kind).map(|k| {
            print_json(&json_schema(k));
            ExitCode::SUCCESS
        }),
        Command::Table { command } => table::run(command),
        Command::Replication { command } => replication::run(command),
        Command::License { command } => license::run(command),
        Command::Replica { command } => replica::run(command),
        Command::Build(args) => site::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Rules { format, lang } => {
            rules(format, lang.into());
            Ok(ExitCode::SUCCESS)
        }
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("datago: {} [{}]", e.message(Lang::En), e.code());
            eprintln!("datago: {}", e.message(Lang::Id));
            ExitCode::from(2)
        }
    }
}

/// The bytes of `path`, or of standard input for `-`; an unreadable file is a bundle I/O error
/// (exit 2).
fn read_input_bytes(path: &std::path::Path) -> Result<Vec<u8>, Error> {
    let io = |e: std::io::Error| {
        Error::from(datago_core::BundleError::Io {
            path: path.display().to_string(),
            detail: e.to_string(),
        })
    };
    if path.as_os_str() == "-" {
        let mut b = Vec::new();
        std::io::stdin().read_to_end(&mut b).map_err(io)?;
        Ok(b)
    } else {
        std::fs::read(path).map_err(io)
    }
}

/// The text of `path` (or standard input for `-`), which must be UTF-8.
fn read_input(path: &std::path::Path) -> Result<String, Error> {
    String::from_utf8(read_input_bytes(path)?).map_err(|e| {
        Error::from(datago_core::BundleError::Io {
            path: path.display().to_string(),
            detail: format!("not UTF-8 text: {e}"),
        })
    })
}

fn print_json<T: serde::Serialize>(v: &T) {
    let text = serde_json::to_string_pretty(v).unwrap_or_default();
    let mut out = std::io::stdout().lock();
    // A closed pipe (e.g. `| head`) is not an error worth a panic.
    let _ = writeln!(out, "{text}");
}

fn exit_for(findings: &[Finding]) -> ExitCode {
    if findings.iter().any(|f| f.severity == Severity::Error) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn check(
    dir: Option<PathBuf>,
    format: Format,
    lang: Lang,
    limit: usize,
    profile: Option<&str>,
) -> Result<ExitCode, Error> {
    let profile = profile.map(standards::profile).transpose()?;
    let (bundle, origin) = match &dir {
        Some(d) => (Bundle::from_dir(d)?, d.display().to_string()),
        None => (
            datago_core::sample::bundle(),
            match lang {
                Lang::Id => "contoh bawaan Kota Magelang".to_string(),
                Lang::En => "embedded Kota Magelang sample".to_string(),
            },
        ),
    };
    let mut bar: Option<indicatif::ProgressBar> = None;
    let show = std::io::stderr().is_terminal();
    let mut progress = |done: usize, total: usize| {
        if !show {
            return;
        }
        let b = bar.get_or_insert_with(|| {
            let b = indicatif::ProgressBar::new(total as u64);
            b.set_style(
                indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} dataset")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            b
        });
        b.set_position(done as u64);
    };
    let report = match profile {
        Some(p) => datago_core::standards::check_with_profile(&bundle, p, &mut progress)?,
        None => bundle.check_with_progress(&mut progress)?,
    };
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    match format {
        Format::Json => print_json(&report),
        Format::Text => print_summary(&report, &origin, lang, limit),
    }
    Ok(exit_for(&report.findings))
}

fn t(lang: Lang, id: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

fn print_summary(r: &Report, origin: &str, lang: Lang, limit: usize) {
    let mut o = String::new();
    let c = r.counts;
    o.push_str(&format!(
        "DataGO — {}: {origin}\n",
        t(lang, "pemeriksaan katalog", "catalog check")
    ));
    o.push_str(&format!(
        "{} {} ({})\n",
        t(lang, "Katalog:", "Catalog:"),
        r.title,
        r.catalog
    ));
    o.push_str(&format!(
        "{} {} · {} {} · {} {}\n",
        t(lang, "Organisasi:", "Organizations:"),
        r.organizations,
        "Dataset:",
        r.datasets,
        t(lang, "Sumber daya:", "Resources:"),
        r.resources
    ));
    o.push_str(&format!(
        "{} {} {}, {} {}, {} info\n",
        t(lang, "Temuan:", "Findings:"),
        c.error,
        t(lang, "galat", "errors"),
        c.warning,
        t(lang, "peringatan", "warnings"),
        c.info
    ));
    if !r.worst.is_empty() {
        o.push_str(&format!(
            "\n{}\n",
            t(
                lang,
                "Dataset dengan temuan terbanyak:",
                "Datasets with the most findings:"
            )
        ));
        for w in r.worst.iter().take(5) {
            o.push_str(&format!(
                "  {:>3} {} {:>3} {}  {}  {}\n",
                w.counts.error,
                t(lang, "galat", "err"),
                w.counts.warning,
                t(lang, "peringatan", "warn"),
                w.slug,
                w.title
            ));
        }
    }
    if !r.findings.is_empty() {
        let mut sorted: Vec<&Finding> = r.findings.iter().collect();
        sorted.sort_by_key(|f| std::cmp::Reverse(f.severity));
        o.push_str(&format!("\n{}\n", t(lang, "Temuan:", "Findings:")));
        for f in sorted.iter().take(limit) {
            let at = match (&f.document, f.path.as_str()) {
                (Some(d), "") => d.clone(),
                (Some(d), p) => format!("{d} {p}"),
                (None, p) => p.to_string(),
            };
            o.push_str(&format!(
                "  {:7} {:40} {at}\n          {}\n",
                f.severity.as_str(),
                f.code,
                f.message.get(lang)
            ));
        }
        if sorted.len() > limit {
            o.push_str(&format!(
                "  … {} {}\n",
                sorted.len() - limit,
                t(
                    lang,
                    "temuan lain (gunakan --format json untuk semuanya)",
                    "more (use --format json for all)"
                )
            ));
        }
    }
    o.push_str(&format!(
        "\n{}\n",
        if r.valid {
            t(lang, "Hasil: tidak ada galat.", "Result: no errors.")
        } else {
            t(
                lang,
                "Hasil: ada galat yang harus diperbaiki.",
                "Result: there are errors to fix.",
            )
        }
    ));
    let _ = std::io::stdout().lock().write_all(o.as_bytes());
}

fn validate(kind: &str, file: &PathBuf, format: Format, lang: Lang) -> Result<ExitCode, Error> {
    let k = DocumentType::parse(kind)?;
    let io = |e: std::io::Error| {
        Error::from(datago_core::BundleError::Io {
            path: file.display().to_string(),
            detail: e.to_string(),
        })
    };
    let text = if file.as_os_str() == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map_err(io)?;
        s
    } else {
        std::fs::read_to_string(file).map_err(io)?
    };
    let findings = datago_core::document::validate_json(k, &text)?;
    match format {
        Format::Json => print_json(&findings),
        Format::Text => {
            let mut o = String::new();
            for f in &findings {
                o.push_str(&format!(
                    "{:7} {:40} {}\n          {}\n",
                    f.severity.as_str(),
                    f.code,
                    f.path,
                    f.message.get(lang)
                ));
            }
            let c = datago_core::SeverityCounts::of(&findings);
            o.push_str(&format!(
                "{} {} {}, {} {}, {} info\n",
                t(lang, "Temuan:", "Findings:"),
                c.error,
                t(lang, "galat", "errors"),
                c.warning,
                t(lang, "peringatan", "warnings"),
                c.info
            ));
            let _ = std::io::stdout().lock().write_all(o.as_bytes());
        }
    }
    Ok(exit_for(&findings))
}

fn rules(format: Format, lang: Lang) {
    match format {
        Format::Json => print_json(&datago_core::rules::ALL),
        Format::Text => {
            let mut o = String::new();
            for r in datago_core::rules::ALL {
                o.push_str(&format!(
                    "{:7} {:45} {}\n",
                    r.severity.as_str(),
                    r.code,
                    match lang {
                        Lang::Id => r.id,
                        Lang::En => r.en,
                    }
                ));
            }
            let _ = std::io::stdout().lock().write_all(o.as_bytes());
        }
    }
}

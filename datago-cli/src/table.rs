//! `datago table …`: validate a CSV file against a Table Schema, infer a schema, profile the
//! columns, scan for personal data.
//!
//! Exit codes as `check`: 0 no error (no personal data, for `scan`), 1 errors (personal data),
//! 2 unusable input.

use std::fs::File;
use std::io::{BufReader, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;
use datago_core::resource::{TableDialect, TableSchema};
use datago_core::table::{self, Encoding, ReadOptions, TableError, TableReport, ValidateOptions};
use datago_core::{Error, Lang};

use crate::{print_json, t, Format, LangArg};

#[derive(Subcommand)]
pub(crate) enum TableCommand {
    /// Validate a CSV file against a Table Schema (frictionless error codes; rowNumber counts
    /// the header as row 1).
    Validate {
        /// The CSV file.
        data: PathBuf,
        /// The Table Schema (JSON file).
        #[arg(long)]
        schema: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Worker threads (default: every core; 1: single-threaded). The result is the same.
        #[arg(long)]
        threads: Option<usize>,
        /// Stop after this many errors (0: no limit).
        #[arg(long, default_value_t = table::DEFAULT_LIMIT_ERRORS)]
        limit_errors: usize,
        /// A Table Dialect (JSON file): delimiter, quoteChar, header, …
        #[arg(long)]
        dialect: Option<PathBuf>,
        /// The file's encoding (utf-8, windows-1252, iso-8859-1); detected when absent.
        #[arg(long)]
        encoding: Option<String>,
        /// Language of the messages.
        #[arg(long, value_enum, default_value = "id")]
        lang: LangArg,
        /// How many errors the text output lists.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Infer a Table Schema from the first rows (Indonesian number, date and boolean formats,
    /// missing-value markers, the Satu Data long layout).
    Infer {
        /// The CSV file.
        data: PathBuf,
        /// Rows to look at.
        #[arg(long, default_value_t = 1000)]
        sample_rows: usize,
    },
    /// Profile the columns: count, missing, distinct, min/max, mean, top values, and check
    /// region-code columns against the Kemendagri reference.
    Profile {
        /// The CSV file.
        data: PathBuf,
        /// The Table Schema to read the columns with (inferred when absent).
        #[arg(long)]
        schema: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Scan for personal data (UU 27/2022): NIK, NPWP, phone numbers, e-mail addresses, and
    /// columns of names, addresses or birth dates. Values are never printed.
    Scan {
        /// The CSV file.
        data: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Language of the messages.
        #[arg(long, value_enum, default_value = "id")]
        lang: LangArg,
    },
}

fn io_error(path: &Path, e: std::io::Error) -> Error {
    Error::from(TableError::Io {
        detail: format!("{}: {e}", path.display()),
    })
}

fn open(path: &Path) -> Result<BufReader<File>, Error> {
    File::open(path)
        .map(|f| BufReader::with_capacity(1 << 20, f))
        .map_err(|e| io_error(path, e))
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| io_error(path, e))?;
    serde_json::from_str(&text).map_err(|e| {
        Error::from(TableError::Schema {
            detail: format!("{}: {e}", path.display()),
        })
    })
}

fn encoding(name: Option<String>) -> Result<Option<Encoding>, Error> {
    name.map(|n| {
        Encoding::parse(&n).ok_or_else(|| Error::InvalidArgument {
            what: "encoding",
            value: n,
            expected: "utf-8, windows-1252 or iso-8859-1".to_string(),
        })
    })
    .transpose()
}

pub(crate) fn run(command: TableCommand) -> Result<ExitCode, Error> {
    match command {
        TableCommand::Validate {
            data,
            schema,
            format,
            threads,
            limit_errors,
            dialect,
            encoding: enc,
            lang,
            limit,
        } => {
            let schema: TableSchema = read_json(&schema)?;
            let dialect: Option<TableDialect> = dialect.map(|d| read_json(&d)).transpose()?;
            let options = ValidateOptions {
                limit_errors,
                threads: threads.unwrap_or(0),
                encoding: encoding(enc)?,
                dialect,
                ..Default::default()
            };
            let size = std::fs::metadata(&data).map(|m| m.len()).unwrap_or(0);
            let reader = open(&data)?;
            let show = std::io::stderr().is_terminal() && size > (16 << 20);
            let bar = show.then(|| {
                let b = indicatif::ProgressBar::new(size);
                b.set_style(
                    indicatif::ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {msg}")
                        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
                );
                b
            });
            let report =
                table::validate_reader_with_progress(reader, &schema, &options, &mut |p| {
                    if let Some(b) = &bar {
                        b.set_position(p.bytes);
                        b.set_message(format!("{} rows, {} errors", p.rows, p.errors));
                    }
                })?;
            if let Some(b) = bar {
                b.finish_and_clear();
            }
            match format {
                Format::Json => print_json(&report),
                Format::Text => print_validation(&report, &data, lang.into(), limit),
            }
            Ok(if report.valid {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        TableCommand::Infer { data, sample_rows } => {
            let options = table::InferOptions {
                sample_rows,
                ..Default::default()
            };
            let schema = table::infer_schema_from_reader(open(&data)?, &options)?;
            print_json(&schema);
            Ok(ExitCode::SUCCESS)
        }
        TableCommand::Profile {
            data,
            schema,
            format,
        } => {
            let schema: Option<TableSchema> = schema.map(|s| read_json(&s)).transpose()?;
            let profile =
                table::profile_reader(open(&data)?, schema.as_ref(), &ReadOptions::default())?;
            let regions = table::check_regions(open(&data)?, &ReadOptions::default())?;
            match format {
                Format::Json => print_json(&serde_json::json!({
                    "profile": profile,
                    "regions": regions,
                })),
                Format::Text => print_profile(&profile, &regions),
            }
            Ok(ExitCode::SUCCESS)
        }
        TableCommand::Scan { data, format, lang } => {
            let report = datago_core::privacy::scan_reader(open(&data)?, &ReadOptions::default())?;
            let lang: Lang = lang.into();
            match format {
                Format::Json => print_json(&report),
                Format::Text => {
                    let mut o = String::new();
                    for f in &report.findings {
                        o.push_str(&format!(
                            "{:6} {:18} {}\n       {}\n",
                            format!("{:?}", f.severity).to_lowercase(),
                            f.kind.as_str(),
                            f.column,
                            f.message.get(lang)
                        ));
                    }
                    o.push_str(if report.contains_personal_data() {
                        t(
                            lang,
                            "Hasil: ada data pribadi.\n",
                            "Result: personal data found.\n",
                        )
                    } else {
                        t(
                            lang,
                            "Hasil: tidak ditemukan data pribadi.\n",
                            "Result: no personal data found.\n",
                        )
                    });
                    let _ = std::io::stdout().lock().write_all(o.as_bytes());
                }
            }
            Ok(if report.contains_personal_data() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
    }
}

fn print_validation(r: &TableReport, data: &Path, lang: Lang, limit: usize) {
    let mut o = String::new();
    o.push_str(&format!(
        "DataGO — {}: {}\n",
        t(lang, "validasi tabel", "table validation"),
        data.display()
    ));
    o.push_str(&format!(
        "{} {} · {} {} · {} {}\n",
        t(lang, "Baris:", "Rows:"),
        r.stats.rows,
        t(lang, "Kolom:", "Fields:"),
        r.stats.fields,
        t(lang, "Pengodean:", "Encoding:"),
        r.stats.encoding
    ));
    for (code, n) in r.counts() {
        o.push_str(&format!("  {n:>6} {code}\n"));
    }
    for e in r.errors.iter().take(limit) {
        let at = match (e.row_number, e.field_number) {
            (Some(row), Some(f)) => format!(
                "{} {row}, {} {f}",
                t(lang, "baris", "row"),
                t(lang, "kolom", "field")
            ),
            (Some(row), None) => format!("{} {row}", t(lang, "baris", "row")),
            (None, Some(f)) => format!("header, {} {f}", t(lang, "kolom", "field")),
            (None, None) => String::new(),
        };
        o.push_str(&format!(
            "  {:18} {at}\n      {}\n",
            e.code,
            e.message.get(lang)
        ));
    }
    if r.errors.len() > limit {
        o.push_str(&format!(
            "  … {} {}\n",
            r.errors.len() - limit,
            t(
                lang,
                "galat lain (gunakan --format json untuk semuanya)",
                "more (use --format json for all)"
            )
        ));
    }
    for w in &r.warnings {
        o.push_str(&format!("  ! {}\n", w.get(lang)));
    }
    o.push_str(if r.valid {
        t(lang, "Hasil: tabel sah.\n", "Result: the table is valid.\n")
    } else {
        t(
            lang,
            "Hasil: ada galat yang harus diperbaiki.\n",
            "Result: there are errors to fix.\n",
        )
    });
    let _ = std::io::stdout().lock().write_all(o.as_bytes());
}

fn print_profile(p: &table::TableProfile, regions: &table::RegionReport) {
    let mut o = format!("rows: {}\n", p.rows);
    for c in &p.columns {
        o.push_str(&format!(
            "{:28} {:9} count {:>8}  missing {:>7}  distinct {}{:<7}",
            c.name,
            c.field_type,
            c.count,
            c.missing,
            if c.distinct_exact { "" } else { "~" },
            c.distinct
        ));
        if let (Some(min), Some(max)) = (&c.min, &c.max) {
            o.push_str(&format!("  min {min}  max {max}"));
        }
        if let Some(m) = c.mean {
            o.push_str(&format!("  mean {m:.4}"));
        }
        if !c.top.is_empty() {
            let top: Vec<String> = c
                .top
                .iter()
                .take(3)
                .map(|v| format!("{} ({})", v.value, v.count))
                .collect();
            o.push_str(&format!("  top {}", top.join(", ")));
        }
        o.push('\n');
    }
    for c in &regions.columns {
        o.push_str(&format!(
            "region column {}: scheme {}, {} codes; malformed {}, unknown {}, wrong parent {}, name mismatch {}\n",
            c.column,
            c.scheme.map(|s| s.as_str()).unwrap_or("?"),
            c.values,
            c.malformed.count,
            c.unknown.count,
            c.wrong_parent.count,
            c.name_mismatch.count
        ));
    }
    if !regions.columns.is_empty() {
        o.push_str(&format!("{}\n", regions.reference));
    }
    let _ = std::io::stdout().lock().write_all(o.as_bytes());
}

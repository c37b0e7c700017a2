//! `datago convert` (metadata from one standard to another) and `datago quality` (the MQA score
//! of a catalog directory). `datago check --profile` is in `main.rs`, with `check`.
//!
//! Exit codes: 0 done, 2 unusable input (`quality` reports a score, never findings: it does not
//! exit 1).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use datago_core::quality::{self, Dimension, QualityOptions, QualityReport, Rating};
use datago_core::standards::profile::Profile;
use datago_core::standards::rdf::RdfFormat;
use datago_core::standards::{
    convert_text, ConvertOptions, TEXT_SOURCE_FORMATS, TEXT_TARGET_FORMATS,
};
use datago_core::{Bundle, BundleError, Error, Lang};

use crate::{print_json, read_input, t, Format, LangArg};

/// `datago convert`.
#[derive(Args)]
pub(crate) struct ConvertArgs {
    /// The standard of the input.
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(TEXT_SOURCE_FORMATS))]
    from: String,
    /// The standard of the output.
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(TEXT_TARGET_FORMATS))]
    to: String,
    /// RDF syntax: of the output for `--to dcat-ap` (default jsonld); of the input for
    /// `--from dcat-ap` to another standard (default: from the file extension, .ttl or
    /// .jsonld, else from the text).
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(["jsonld", "turtle"]))]
    rdf_format: Option<String>,
    /// Write the output to this file instead of standard output.
    #[arg(long)]
    out: Option<PathBuf>,
    /// A JSON-LD @context a DCAT-AP input refers to by URL, read from a local file instead
    /// (repeatable). Nothing is fetched.
    #[arg(long = "context", value_name = "URL=FILE")]
    contexts: Vec<String>,
    /// The input file, or - for standard input.
    input: PathBuf,
}

/// `datago quality`.
#[derive(Args)]
pub(crate) struct QualityArgs {
    /// The catalog directory; without it, the embedded Kota Magelang sample.
    dir: Option<PathBuf>,
    /// Output format (json: the full report).
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Language of the text.
    #[arg(long, value_enum, default_value = "id")]
    lang: LangArg,
    /// A JSON file mapping URLs (or catalog file paths) to whether they resolve:
    /// {"https://…/a.csv": true}. Nothing is fetched; files of the catalog directory count as
    /// reachable when present.
    #[arg(long)]
    reachable: Option<PathBuf>,
    /// How many datasets and fix-first hints the text lists.
    #[arg(long, default_value_t = 10)]
    limit: usize,
}

fn io_error(path: &Path, e: impl std::fmt::Display) -> Error {
    Error::from(BundleError::Io {
        path: path.display().to_string(),
        detail: e.to_string(),
    })
}

/// The RDF syntax a file name says (`.ttl`, `.jsonld`, `.json`).
fn format_of_name(path: &Path) -> Option<RdfFormat> {
    match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "json" => Some(RdfFormat::JsonLd),
        ext => RdfFormat::parse(ext).ok(),
    }
}

/// A `--context URL=FILE`: the URL and the file's text. The last `=` separates them, so that
/// the URL may have a query.
fn context_file(arg: &str) -> Result<(String, String), Error> {
    let (url, file) = arg
        .rsplit_once('=')
        .filter(|(url, file)| !url.is_empty() && !file.is_empty())
        .ok_or_else(|| Error::InvalidArgument {
            what: "context",
            value: arg.to_string(),
            expected: "URL=FILE".to_string(),
        })?;
    Ok((url.to_string(), read_input(Path::new(file))?))
}

pub(crate) fn convert(args: ConvertArgs) -> Result<ExitCode, Error> {
    let flag = args
        .rdf_format
        .as_deref()
        .map(RdfFormat::parse)
        .transpose()?;
    let named = format_of_name(&args.input);
    let options = ConvertOptions {
        // Converting DCAT-AP to DCAT-AP, the flag is for the output.
        input_rdf: if args.to == "dcat-ap" {
            named
        } else {
            flag.or(named)
        },
        output_rdf: flag,
        contexts: args
            .contexts
            .iter()
            .map(|c| context_file(c))
            .collect::<Result<_, _>>()?,
    };
    let text = read_input(&args.input)?;
    let out = convert_text(&args.from, &args.to, &text, &options)?;
    match &args.out {
        Some(path) => std::fs::write(path, out.as_bytes()).map_err(|e| io_error(path, e))?,
        None => {
            // A closed pipe (e.g. `| head`) is not an error worth reporting.
            let _ = std::io::stdout().lock().write_all(out.as_bytes());
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn quality(args: QualityArgs) -> Result<ExitCode, Error> {
    let lang: Lang = args.lang.into();
    let (bundle, origin) = match &args.dir {
        Some(d) => (Bundle::from_dir(d)?, d.display().to_string()),
        None => (
            datago_core::sample::bundle(),
            t(
                lang,
                "contoh bawaan Kota Magelang",
                "embedded Kota Magelang sample",
            )
            .to_string(),
        ),
    };
    let catalog = bundle.load()?.catalog;
    let mut options = QualityOptions {
        reachable: quality::bundle_paths(&bundle, &catalog),
        dcat_ap_compliant: None,
    };
    if let Some(path) = &args.reachable {
        let text = read_input(path)?;
        let given: BTreeMap<String, bool> =
            datago_core::document::from_json(&text).map_err(|source| BundleError::Parse {
                path: path.display().to_string(),
                source,
            })?;
        options.reachable.extend(given);
    }
    let report = quality::catalog_quality(&catalog, &options);
    match args.format {
        Format::Json => print_json(&report),
        Format::Text => {
            let datasets: Vec<(String, String, QualityReport)> = catalog
                .datasets
                .iter()
                .map(|d| {
                    (
                        d.slug.clone(),
                        d.title.best(lang).to_string(),
                        quality::dataset_quality(d, &options),
                    )
                })
                .collect();
            print_quality(&report, &datasets, &origin, lang, args.limit);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn rating_name(lang: Lang, r: Rating) -> &'static str {
    match r {
        Rating::Excellent => t(lang, "sangat baik", "excellent"),
        Rating::Good => t(lang, "baik", "good"),
        Rating::Sufficient => t(lang, "cukup", "sufficient"),
        Rating::Bad => t(lang, "kurang", "bad"),
    }
}

fn dimension_name(lang: Lang, d: Dimension) -> &'static str {
    match d {
        Dimension::Findability => t(lang, "Kemudahan ditemukan", "Findability"),
        Dimension::Accessibility => t(lang, "Aksesibilitas", "Accessibility"),
        Dimension::Interoperability => t(lang, "Interoperabilitas", "Interoperability"),
        Dimension::Reusability => t(lang, "Kemudahan digunakan ulang", "Reusability"),
        Dimension::Contextuality => t(lang, "Konteks", "Contextuality"),
    }
}

/// A hint's JSON pointer with `/datasets/N` shown as the dataset's slug.
fn shown_path(path: &str, datasets: &[(String, String, QualityReport)]) -> String {
    let Some(rest) = path.strip_prefix("/datasets/") else {
        return path.to_string();
    };
    let (index, tail) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    match index.parse::<usize>().ok().and_then(|i| datasets.get(i)) {
        Some((slug, _, _)) => format!("{slug}{tail}"),
        None => path.to_string(),
    }
}

fn print_quality(
    r: &QualityReport,
    datasets: &[(String, String, QualityReport)],
    origin: &str,
    lang: Lang,
    limit: usize,
) {
    let mut o = String::new();
    o.push_str(&format!(
        "DataGO — {}: {origin}\n",
        t(
            lang,
            "kualitas metadata (MQA data.europa.eu)",
            "metadata quality (data.europa.eu MQA)"
        )
    ));
    o.push_str(&format!(
        "{} {:.2} / {} — {}\n",
        t(lang, "Skor katalog:", "Catalog score:"),
        r.score,
        r.max,
        rating_name(lang, r.rating)
    ));
    o.push_str(&format!(
        "Dataset: {} · {} {}\n\n",
        r.datasets,
        t(lang, "Distribusi:", "Distributions:"),
        r.distributions
    ));
    o.push_str(&format!("{}\n", t(lang, "Dimensi:", "Dimensions:")));
    for d in &r.dimensions {
        o.push_str(&format!(
            "  {:28} {:>7.2} / {}\n",
            dimension_name(lang, d.dimension),
            d.points,
            d.max
        ));
    }
    if !datasets.is_empty() {
        let mut worst: Vec<&(String, String, QualityReport)> = datasets.iter().collect();
        worst.sort_by(|a, b| a.2.score.total_cmp(&b.2.score).then(a.0.cmp(&b.0)));
        o.push_str(&format!(
            "\n{}\n",
            t(
                lang,
                "Dataset dengan skor terendah:",
                "Datasets with the lowest scores:"
            )
        ));
        for (slug, title, q) in worst.iter().take(limit) {
            o.push_str(&format!(
                "  {:>7.2}  {:11} {slug}  {title}\n",
                q.score,
                rating_name(lang, q.rating)
            ));
        }
    }
    if !r.hints.is_empty() {
        o.push_str(&format!(
            "\n{}\n",
            t(
                lang,
                "Perbaiki dulu (poin terbesar lebih dulu):",
                "Fix first (biggest gain first):"
            )
        ));
        for h in r.hints.iter().take(limit) {
            o.push_str(&format!(
                "  +{:<6.2} {:24} {}\n          {}\n",
                h.gain,
                h.indicator.as_str(),
                shown_path(&h.path, datasets),
                h.message.get(lang)
            ));
        }
        if r.hints.len() > limit {
            o.push_str(&format!(
                "  … {} {}\n",
                r.hints.len() - limit,
                t(
                    lang,
                    "saran lain (gunakan --format json untuk semuanya)",
                    "more (use --format json for all)"
                )
            ));
        }
    }
    let _ = std::io::stdout().lock().write_all(o.as_bytes());
}

/// Parses a profile name given to `check --profile`.
pub(crate) fn profile(name: &str) -> Result<Profile, Error> {
    Profile::parse(name)
}

/// The profile names `check --profile` accepts.
pub(crate) fn profile_names() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(Profile::ALL.map(|p| p.as_str()))
}

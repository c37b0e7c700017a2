//! `datago build`: writes the static portal of a catalog directory (the pages come from
//! `datago_core::site`; this file reads and writes files).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use datago_core::site::{build as build_site, SiteOptions, WASM_DIR};
use datago_core::{Bundle, BundleError, Error, Lang};

use crate::LangArg;

/// Arguments of `datago build`.
#[derive(clap::Args)]
pub struct BuildArgs {
    /// The catalog directory; without it, the embedded Kota Magelang sample.
    dir: Option<PathBuf>,
    /// Where to write the site (created if missing; files of the same name are replaced).
    #[arg(long, default_value = "site")]
    out: PathBuf,
    /// The replica's own name (default: the catalog's title).
    #[arg(long)]
    name: Option<String>,
    /// Language of the pages.
    #[arg(long, value_enum, default_value = "id")]
    lang: LangArg,
    /// The web build of the `datago` npm package (default: datago-wasm/pkg/web when it
    /// exists); without it the site has no search box.
    #[arg(long)]
    wasm_dir: Option<PathBuf>,
    /// The site's public address, for DCAT-AP identifiers and attribution links (default: the
    /// catalog's homepage).
    #[arg(long)]
    base_url: Option<String>,
}

fn io_error(path: &Path, e: std::io::Error) -> Error {
    Error::from(BundleError::Io {
        path: path.display().to_string(),
        detail: e.to_string(),
    })
}

/// The web build to copy: `--wasm-dir` (an error when it holds no `datago_wasm.js`), else
/// `datago-wasm/pkg/web` under the working directory when it is built.
fn find_wasm(arg: Option<PathBuf>) -> Result<Option<PathBuf>, Error> {
    let has_build = |d: &Path| d.join("datago_wasm.js").is_file();
    if let Some(d) = arg {
        if has_build(&d) {
            return Ok(Some(d));
        }
        return Err(io_error(
            &d,
            std::io::Error::new(
                std::io::ErrorKind::NotFound,
                "no datago_wasm.js here: build it with `bash datago-wasm/scripts/build.sh` and pass datago-wasm/pkg/web",
            ),
        ));
    }
    let default = PathBuf::from("datago-wasm/pkg/web");
    Ok(has_build(&default).then_some(default))
}

fn copy_dir(from: &Path, to: &Path) -> Result<usize, Error> {
    std::fs::create_dir_all(to).map_err(|e| io_error(to, e))?;
    let mut n = 0;
    for entry in std::fs::read_dir(from).map_err(|e| io_error(from, e))? {
        let entry = entry.map_err(|e| io_error(from, e))?;
        let src = entry.path();
        let dst = to.join(entry.file_name());
        if src.is_dir() {
            n += copy_dir(&src, &dst)?;
        } else {
            std::fs::copy(&src, &dst).map_err(|e| io_error(&src, e))?;
            n += 1;
        }
    }
    Ok(n)
}

/// Runs `datago build`.
pub fn run(args: BuildArgs) -> Result<ExitCode, Error> {
    let lang: Lang = args.lang.into();
    let bundle = match &args.dir {
        Some(d) => Bundle::from_dir(d)?,
        None => datago_core::sample::bundle(),
    };
    let wasm = find_wasm(args.wasm_dir)?;
    let options = SiteOptions {
        name: args.name,
        lang,
        search: wasm.is_some(),
        base_url: args.base_url,
        ..SiteOptions::default()
    };
    let site = build_site(&bundle, &options)?;
    for f in &site.files {
        let path = args.out.join(&f.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| io_error(parent, e))?;
        }
        std::fs::write(&path, &f.bytes).map_err(|e| io_error(&path, e))?;
    }
    let copied = match &wasm {
        Some(d) => copy_dir(d, &args.out.join(WASM_DIR))?,
        None => 0,
    };
    let t = |id: &'static str, en: &'static str| if lang == Lang::Id { id } else { en };
    println!(
        "{} {}: {} {}, {} dataset ({} {}), {} {}",
        t("Situs ditulis ke", "Site written to"),
        args.out.display(),
        site.files.len() + copied,
        t("berkas", "files"),
        site.datasets,
        site.unpublished,
        t("belum terbit dilewati", "unpublished left out"),
        site.organizations,
        t("organisasi", "organizations"),
    );
    if wasm.is_none() {
        eprintln!(
            "{}",
            t(
                "datago: tanpa pencarian: web build datago-wasm tidak ditemukan (bangun dengan `bash datago-wasm/scripts/build.sh` atau berikan --wasm-dir)",
                "datago: no search: the datago-wasm web build was not found (build it with `bash datago-wasm/scripts/build.sh` or pass --wasm-dir)"
            )
        );
    }
    for f in &site.findings {
        eprintln!(
            "datago: {} {}: {}",
            f.document.as_deref().unwrap_or(""),
            f.code,
            f.message.get(lang)
        );
    }
    Ok(ExitCode::SUCCESS)
}

//! `datago build` as a user runs it: the files it writes, the web build it copies, the note
//! when there is none, and the built home page through `datago replica check`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/magelang");

fn datago(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_datago"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("datago runs")
}

/// A stand-in for `datago-wasm/pkg/web`: the files `datago build` must copy as they are.
fn fake_web_build(dir: &Path) -> PathBuf {
    let web = dir.join("web");
    std::fs::create_dir_all(web.join("snippets/x")).unwrap();
    std::fs::write(
        web.join("datago_wasm.js"),
        "export default function init() {}\n",
    )
    .unwrap();
    std::fs::write(web.join("datago_wasm_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
    std::fs::write(web.join("snippets/x/inline0.js"), "export const x = 1;\n").unwrap();
    web
}

#[test]
fn builds_the_sample_directory_with_search() {
    let tmp = tempfile::tempdir().unwrap();
    let web = fake_web_build(tmp.path());
    let out = tmp.path().join("site");
    let o = datago(
        &[
            "build",
            SAMPLE,
            "--out",
            out.to_str().unwrap(),
            "--wasm-dir",
            web.to_str().unwrap(),
            "--name",
            "Satu Data Kabupaten Contoh",
        ],
        tmp.path(),
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(stdout.contains("26 dataset"), "{stdout}");

    // The web build is copied byte for byte, sub-folders included.
    for f in [
        "datago_wasm.js",
        "datago_wasm_bg.wasm",
        "snippets/x/inline0.js",
    ] {
        assert_eq!(
            std::fs::read(out.join("assets/datago").join(f)).unwrap(),
            std::fs::read(web.join(f)).unwrap(),
            "{f}"
        );
    }
    for f in [
        "index.html",
        "assets/search.js",
        "assets/search-index.bin",
        "assets/datago/logo-datago.svg",
        "catalog.jsonld",
        "catalog.ttl",
        "data.json",
        "catalog.json",
        "dataset/jumlah-puskesmas/index.html",
        "dataset/jumlah-puskesmas/datapackage.json",
        "organization/dinkes/index.html",
    ] {
        assert!(out.join(f).is_file(), "{f}");
    }
    assert_eq!(
        std::fs::read(out.join("dataset/jumlah-puskesmas/data/jumlah-puskesmas.csv")).unwrap(),
        std::fs::read(Path::new(SAMPLE).join("data/jumlah-puskesmas.csv")).unwrap()
    );
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(home.contains("<h1>Satu Data Kabupaten Contoh</h1>"));
    assert!(home.contains("<form id=\"search\""));

    // The built home page passes the replica compliance check of the same command.
    let check = datago(
        &["replica", "check", out.join("index.html").to_str().unwrap()],
        tmp.path(),
    );
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );

    // catalog.json is a catalog `datago check` reads back.
    let dir = tmp.path().join("roundtrip");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(out.join("catalog.json"), dir.join("catalog.json")).unwrap();
    let again = datago(
        &["check", dir.to_str().unwrap(), "--format", "json"],
        tmp.path(),
    );
    let report: serde_json::Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(report["datasets"], 26);
}

#[test]
fn without_a_web_build_the_embedded_sample_gets_a_site_without_search() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    // The working directory has no datago-wasm/pkg/web, so there is nothing to copy.
    let o = datago(
        &["build", "--out", out.to_str().unwrap(), "--lang", "en"],
        tmp.path(),
    );
    assert_eq!(o.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("no search"), "{stderr}");
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(home.contains("<html lang=\"en\">"));
    assert!(home.contains("Search is not available"));
    assert!(!home.contains("<form"));
    assert!(!out.join("assets/search.js").exists());
    assert!(!out.join("assets/datago/datago_wasm.js").exists());
    assert!(out.join("dataset/jumlah-puskesmas/index.html").is_file());
}

#[test]
fn unusable_input_exits_with_2() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let o = datago(
        &[
            "build",
            tmp.path().join("missing").to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        tmp.path(),
    );
    assert_eq!(o.status.code(), Some(2));
    let empty = tmp.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let o = datago(
        &[
            "build",
            empty.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        tmp.path(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("bundle.catalog-missing"));
    let o = datago(
        &[
            "build",
            "--out",
            out.to_str().unwrap(),
            "--wasm-dir",
            empty.to_str().unwrap(),
        ],
        tmp.path(),
    );
    assert_eq!(o.status.code(), Some(2), "a --wasm-dir without the build");
    assert!(!out.join("index.html").exists(), "nothing written");
}

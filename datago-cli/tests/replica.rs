//! `datago replica …` as a user runs it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn datago(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_datago"))
        .args(args)
        .current_dir(std::env::temp_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("datago runs");
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

#[test]
fn the_generated_credit_passes_the_check() {
    let credit = datago(
        &[
            "replica",
            "credit",
            "--name",
            "Satu Data Kabupaten X",
            "--lang",
            "id",
            "--format",
            "html",
        ],
        None,
    );
    assert_eq!(credit.status.code(), Some(0));
    let block = String::from_utf8(credit.stdout).unwrap();
    assert!(block.contains(r#"href="https://datago.magelangkota.go.id""#));
    assert!(block.contains(r#"alt="Logo DataGO""#));
    assert!(block.contains("Satu Data Kabupaten X adalah replikasi"));
    let page = format!(
        "<!doctype html><html><body><main>Data</main><footer>{block}</footer></body></html>"
    );
    let out = datago(
        &["replica", "check", "-", "--format", "json"],
        Some(page.as_bytes()),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["compliant"], true);
    assert_eq!(v["findings"].as_array().unwrap().len(), 0);
}

#[test]
fn exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let hidden = dir.path().join("hidden.html");
    std::fs::write(
        &hidden,
        r#"<body><footer style="display:none"><a href="https://datago.magelangkota.go.id"><img src="logo-datago.png" alt="DataGO"></a></footer></body>"#,
    )
    .unwrap();
    let out = datago(
        &[
            "replica",
            "check",
            hidden.to_str().unwrap(),
            "--format",
            "json",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let codes: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"replica.homepage.link-hidden"), "{codes:?}");
    let text = datago(
        &["replica", "check", hidden.to_str().unwrap(), "--lang", "en"],
        None,
    );
    assert!(String::from_utf8_lossy(&text.stdout).contains("does not meet special provision 9"));

    for bad in [&b""[..], b"just text, no markup", b"\x00\x01\x02<html>"] {
        let out = datago(&["replica", "check", "-"], Some(bad));
        assert_eq!(
            out.status.code(),
            Some(2),
            "{:?}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stderr).contains("replica.input."));
    }
    let missing = datago(&["replica", "check", "/no/such/page.html"], None);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn terms_structured_and_text() {
    let ok = r#"{"commercialUse": false, "reReplication": false, "thirdPartyTransfer": false,
        "governmentUseOnly": true, "ipOwner": "Pemerintah Kota Magelang", "hakiCertificate": "EC00202180161"}"#;
    let out = datago(
        &["replica", "terms", "-", "--format", "json"],
        Some(ok.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(0));
    let bad = datago(
        &["replica", "terms", "-", "--text", "--lang", "en"],
        Some("You are free to sell the software.".as_bytes()),
    );
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stdout).contains("replica.terms.commercial-use"));
    let broken = datago(&["replica", "terms", "-"], Some(b"{"));
    assert_eq!(broken.status.code(), Some(2));
}

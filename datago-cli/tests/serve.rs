//! `datago serve` as a client sees it: the binary on a free loopback port, spoken to over plain
//! HTTP/1.1 (std `TcpStream`), GET query strings and POST bodies (JSON and forms).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{json, Value};

/// A running server, killed when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Server {
    fn start(args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_datago"))
            .arg("serve")
            .args(["--port", "0"])
            .args(args)
            .current_dir(std::env::temp_dir())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("datago runs");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        // "DataGO CKAN API: http://127.0.0.1:PORT/api/3/action/ (N datasets)"
        let addr = line
            .split("http://")
            .nth(1)
            .and_then(|r| r.split('/').next())
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .to_string();
        assert!(addr.starts_with("127.0.0.1:"), "{addr}");
        Server { child, addr }
    }

    /// Sends one request; returns the status, the content type and the body.
    fn request(
        &self,
        method: &str,
        path: &str,
        content_type: Option<&str>,
        body: &str,
    ) -> (u16, String, String) {
        let mut s = TcpStream::connect(&self.addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        let mut req = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n",
            self.addr,
            body.len()
        );
        if let Some(ct) = content_type {
            req.push_str(&format!("Content-Type: {ct}\r\n"));
        }
        req.push_str("\r\n");
        req.push_str(body);
        s.write_all(req.as_bytes()).unwrap();
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).unwrap();
        let text = String::from_utf8(raw).unwrap();
        let (head, rest) = text.split_once("\r\n\r\n").unwrap();
        let status: u16 = head.split(' ').nth(1).unwrap().parse().unwrap();
        let content_type = head
            .lines()
            .find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.eq_ignore_ascii_case("content-type")
                    .then(|| v.trim().to_string())
            })
            .unwrap_or_default();
        let chunked = head.lines().any(|l| {
            l.to_ascii_lowercase().starts_with("transfer-encoding:") && l.contains("chunked")
        });
        let body = if chunked {
            dechunk(rest)
        } else {
            rest.to_string()
        };
        (status, content_type, body)
    }

    fn get_json(&self, path: &str) -> (u16, Value) {
        let (status, ct, body) = self.request("GET", path, None, "");
        assert!(ct.starts_with("application/json"), "{path}: {ct}");
        (status, serde_json::from_str(&body).unwrap())
    }

    fn post_json(&self, action: &str, body: &Value) -> (u16, Value) {
        let (status, _, text) = self.request(
            "POST",
            &format!("/api/action/{action}"),
            Some("application/json"),
            &body.to_string(),
        );
        (status, serde_json::from_str(&text).unwrap())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.push_str(&rest[..n]);
        s = &rest[n + 2..];
    }
    out
}

#[test]
fn the_sample_catalog_over_http() {
    let srv = Server::start(&[]);
    let (status, body) = srv.get_json("/api/3/action/status_show");
    assert_eq!(status, 200);
    assert_eq!(body["success"], true);
    assert_eq!(
        body["result"]["site_title"],
        "DataGO Kota Magelang (contoh)"
    );
    assert_eq!(
        body["help"],
        format!(
            "http://{}/api/3/action/help_show?name=status_show",
            srv.addr
        )
    );

    let (_, list) = srv.get_json("/api/3/action/package_list");
    let names = list["result"].as_array().unwrap();
    assert!(names.iter().any(|n| n == "jumlah-puskesmas"));

    // GET, JSON POST and form POST read the same parameters.
    let (status, by_get) = srv.get_json("/api/3/action/package_show?id=jumlah-puskesmas");
    assert_eq!(status, 200);
    assert_eq!(by_get["result"]["name"], "jumlah-puskesmas");
    assert_eq!(by_get["result"]["organization"]["name"], "dinkes");
    let (status, by_json) = srv.post_json("package_show", &json!({"id": "jumlah-puskesmas"}));
    assert_eq!(status, 200);
    assert_eq!(by_json["result"], by_get["result"]);
    let (status, _, text) = srv.request(
        "POST",
        "/api/3/action/package_show",
        Some("application/x-www-form-urlencoded"),
        "id=jumlah-puskesmas",
    );
    assert_eq!(status, 200);
    let by_form: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(by_form["result"], by_get["result"]);

    // A faceted search with fq, in the query string (facet.field as JSON text).
    let (status, s) = srv.get_json(
        "/api/3/action/package_search?fq=organization:dinkes%20res_format:CSV&facet.field=%5B%22res_format%22%2C%22organization%22%5D&rows=2",
    );
    assert_eq!(status, 200);
    let r = &s["result"];
    let count = r["count"].as_u64().unwrap();
    assert!(count >= 1);
    assert!(r["results"].as_array().unwrap().len() <= 2);
    assert_eq!(r["facets"]["organization"]["dinkes"], count);
    assert_eq!(r["search_facets"]["res_format"]["items"][0]["name"], "CSV");
    // …and as ckanapi posts it.
    let (_, posted) = srv.post_json(
        "package_search",
        &json!({"fq": "organization:dinkes res_format:CSV", "facet.field": ["res_format", "organization"], "rows": 2}),
    );
    assert_eq!(posted["result"], s["result"]);

    let (_, orgs) = srv.get_json("/api/3/action/organization_list?all_fields=true");
    assert!(orgs["result"]
        .as_array()
        .unwrap()
        .iter()
        .any(|o| o["name"] == "dinkes" && o["package_count"].as_u64() >= Some(1)));
    let (status, _) = srv.get_json("/api/3/action/organization_show?id=dinkes");
    assert_eq!(status, 200);
    for action in ["group_list", "tag_list", "license_list", "site_read"] {
        let (status, body) = srv.get_json(&format!("/api/3/action/{action}"));
        assert_eq!(
            (status, body["success"].as_bool()),
            (200, Some(true)),
            "{action}"
        );
    }
    let (status, v) = srv.get_json("/api/3");
    assert_eq!((status, v), (200, json!({"version": 3})));
}

#[test]
fn errors_have_ckan_shapes_and_statuses() {
    let srv = Server::start(&[]);
    let cases = [
        (
            "/api/3/action/package_show?id=tidak-ada",
            404,
            "Not Found Error",
        ),
        (
            "/api/3/action/organization_show?id=tidak-ada",
            404,
            "Not Found Error",
        ),
        ("/api/3/action/package_show", 409, "Validation Error"),
        (
            "/api/3/action/package_search?rows=banyak",
            409,
            "Validation Error",
        ),
        (
            "/api/3/action/package_search?start=-3",
            409,
            "Validation Error",
        ),
        (
            "/api/3/action/package_search?facet.field=organization",
            409,
            "Validation Error",
        ),
        (
            "/api/3/action/package_search?fq=nope:1",
            409,
            "Search Query Error",
        ),
        (
            "/api/3/action/package_search?sort=acak",
            409,
            "Search Query Error",
        ),
        ("/api/3/action/tidak_ada", 400, "Bad Request"),
        ("/api/3/action/package_create", 403, "Authorization Error"),
    ];
    for (path, status, kind) in cases {
        let (s, body) = srv.get_json(path);
        assert_eq!(s, status, "{path}: {body}");
        assert_eq!(body["success"], false, "{path}");
        assert_eq!(body["error"]["__type"], kind, "{path}");
    }
    let (s, body) = srv.post_json("package_search", &json!({"rows": "x"}));
    assert_eq!(s, 409);
    assert_eq!(body["error"]["rows"], json!(["Invalid integer"]));
    for bad in ["{\"id\": ", "[1, 2]", "\"x\""] {
        let (s, _, text) = srv.request(
            "POST",
            "/api/3/action/package_show",
            Some("application/json"),
            bad,
        );
        assert_eq!(s, 400, "{bad}");
        let body: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(body["error"]["__type"], "Bad Request");
    }
}

#[test]
fn concurrent_clients_all_get_answers() {
    let srv = Server::start(&[]);
    let addr = srv.addr.clone();
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let addr = addr.clone();
            std::thread::spawn(move || {
                let srv = ServerRef(addr);
                for i in 0..25 {
                    let path = if (t + i) % 2 == 0 {
                        "/api/3/action/package_show?id=jumlah-puskesmas".to_string()
                    } else {
                        format!("/api/3/action/package_search?q=penduduk&rows=3&start={i}&facet.field=%5B%22year%22%5D")
                    };
                    assert_eq!(srv.status(&path), 200, "{path}");
                }
            })
        })
        .collect();
    for t in threads {
        t.join().expect("client thread");
    }
}

/// A second handle on a server another test thread owns.
struct ServerRef(String);

impl ServerRef {
    fn status(&self, path: &str) -> u16 {
        let mut s = TcpStream::connect(&self.0).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        write!(
            s,
            "GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            self.0
        )
        .unwrap();
        let mut text = String::new();
        s.read_to_string(&mut text).unwrap();
        text.split(' ').nth(1).unwrap().parse().unwrap()
    }
}

#[test]
fn a_catalog_directory_and_a_site() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = dir.path().join("catalog");
    std::fs::create_dir_all(catalog.join("datasets")).unwrap();
    std::fs::write(
        catalog.join("catalog.json"),
        r#"{"id": "uji", "title": {"id": "Portal Uji"}, "organizations": [
            {"code": "dinas-a", "name": {"id": "Dinas A"}, "kind": "dinas", "role": "produsen-data"}]}"#,
    )
    .unwrap();
    for (slug, status) in [("data-terbit", "published"), ("data-draf", "draft")] {
        std::fs::write(
            catalog.join(format!("datasets/{slug}.json")),
            json!({"id": slug, "slug": slug, "title": {"id": slug}, "producer": "dinas-a",
                   "status": status, "keywords": ["uji"]})
            .to_string(),
        )
        .unwrap();
    }
    let site = dir.path().join("site");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(site.join("index.html"), "<h1>Situs portal</h1>").unwrap();
    let srv = Server::start(&[catalog.to_str().unwrap(), "--site", site.to_str().unwrap()]);
    let (_, list) = srv.get_json("/api/3/action/package_list");
    assert_eq!(list["result"], json!(["data-terbit"]));
    let (s, _) = srv.get_json("/api/3/action/package_show?id=data-draf");
    assert_eq!(s, 404);
    let (_, st) = srv.get_json("/api/3/action/status_show");
    assert_eq!(st["result"]["site_title"], "Portal Uji");
    let (s, ct, body) = srv.request("GET", "/", None, "");
    assert_eq!(s, 200);
    assert!(ct.starts_with("text/html"), "{ct}");
    assert!(body.contains("Situs portal"));
    let (s, _, _) = srv.request("GET", "/tidak-ada.html", None, "");
    assert_eq!(s, 404);
}

#[test]
fn without_a_site_the_root_is_a_small_index() {
    let srv = Server::start(&[]);
    let (s, ct, body) = srv.request("GET", "/", None, "");
    assert_eq!(s, 200);
    assert!(ct.starts_with("text/html"));
    assert!(body.contains("/api/3/action/package_search"));
    assert!(body.contains("https://datago.magelangkota.go.id"));
}

#[test]
fn unusable_arguments_exit_2() {
    let out = Command::new(env!("CARGO_BIN_EXE_datago"))
        .args(["serve", "/tidak/ada/katalog", "--port", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = Command::new(env!("CARGO_BIN_EXE_datago"))
        .args(["serve", "--port", "0", "--site", "/tidak/ada/situs"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    // The port is taken: exit 2 with a message, not a panic.
    let srv = Server::start(&[]);
    let port = srv.addr.rsplit(':').next().unwrap().to_string();
    let out = Command::new(env!("CARGO_BIN_EXE_datago"))
        .args(["serve", "--port", &port])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot listen"));
}

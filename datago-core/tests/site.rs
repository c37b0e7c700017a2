//! The static portal (`datago_core::site`): every page, link, data file and endpoint of the site
//! built from the Kota Magelang sample, escaping of hostile text, and the DataGO credit.
//! Expected values come from the sample's JSON files read here directly.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use datago_core::replica::check_homepage;
use datago_core::search::{Query, SearchIndex};
use datago_core::site::{build, Site, SiteOptions};
use datago_core::{Bundle, Catalog, Lang};
use scraper::{Html, Selector};
use serde_json::Value;

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/magelang");

fn sample_site(options: &SiteOptions) -> Site {
    build(&Bundle::from_dir(Path::new(SAMPLE)).unwrap(), options).unwrap()
}

/// The sample's dataset documents, read as plain JSON.
fn sample_datasets() -> Vec<Value> {
    let mut out = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(Path::new(SAMPLE).join("datasets"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for p in paths {
        out.push(serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap());
    }
    out
}

fn published(all: &[Value]) -> Vec<&Value> {
    all.iter().filter(|d| d["status"] == "published").collect()
}

fn text(site: &Site, path: &str) -> String {
    String::from_utf8(
        site.file(path)
            .unwrap_or_else(|| panic!("{path} is missing"))
            .to_vec(),
    )
    .unwrap()
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

/// Percent-decoding of a URL path.
fn decode(p: &str) -> String {
    let b = p.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            out.push(u8::from_str_radix(&p[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// `href` of a page at `from`, as a site path.
fn resolve(from: &str, href: &str) -> String {
    let href = href.split(['#', '?']).next().unwrap();
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    let decoded = decode(href);
    for seg in decoded.split('/') {
        match seg {
            "." | "" => {}
            ".." => {
                assert!(parts.pop().is_some(), "{href} from {from} leaves the site");
            }
            s => parts.push(s),
        }
    }
    let p = parts.join("/");
    if href.ends_with('/') || p.is_empty() {
        format!("{p}/index.html")
            .trim_start_matches('/')
            .to_string()
    } else {
        p
    }
}

#[test]
fn every_published_dataset_has_its_page_and_data_package_and_no_other_does() {
    let site = sample_site(&SiteOptions::default());
    let all = sample_datasets();
    let published = published(&all);
    assert_eq!(site.datasets, published.len());
    assert_eq!(site.unpublished, all.len() - published.len());
    for d in &all {
        let slug = d["slug"].as_str().unwrap();
        let page = format!("dataset/{slug}/index.html");
        if d["status"] == "published" {
            let html = text(&site, &page);
            let doc = Html::parse_document(&html);
            let h1: String = doc.select(&sel("h1")).next().unwrap().text().collect();
            assert_eq!(h1, d["title"]["id"].as_str().unwrap());
            let dp: Value = serde_json::from_slice(
                site.file(&format!("dataset/{slug}/datapackage.json"))
                    .unwrap(),
            )
            .unwrap();
            assert_eq!(dp["name"], slug);
        } else {
            assert!(site.file(&page).is_none(), "{slug} is not published");
        }
    }
    // The "all datasets" page lists exactly the published ones.
    let list = Html::parse_document(&text(&site, "dataset/index.html"));
    let listed: BTreeSet<String> = list
        .select(&sel("ul.results li h3 a"))
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect();
    let expected: BTreeSet<String> = published
        .iter()
        .map(|d| format!("../dataset/{}/index.html", d["slug"].as_str().unwrap()))
        .collect();
    assert_eq!(listed, expected);
}

#[test]
fn every_link_and_asset_resolves_to_a_file_of_the_site() {
    let site = sample_site(&SiteOptions::default());
    let paths: BTreeSet<&str> = site.files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(paths.len(), site.files.len(), "no path twice");
    let mut checked = 0;
    for f in site.files.iter().filter(|f| f.path.ends_with(".html")) {
        assert!(!f.path.starts_with('/') && !f.path.contains(".."));
        let doc = Html::parse_document(std::str::from_utf8(&f.bytes).unwrap());
        for (selector, attr) in [
            ("a[href]", "href"),
            ("link[href]", "href"),
            ("script[src]", "src"),
            ("img[src]", "src"),
        ] {
            for el in doc.select(&sel(selector)) {
                let href = el.value().attr(attr).unwrap();
                if href.starts_with("https://")
                    || href.starts_with("http://")
                    || href.starts_with("mailto:")
                    || href.starts_with('#')
                {
                    continue;
                }
                let target = resolve(&f.path, href);
                assert!(
                    paths.contains(target.as_str()),
                    "{} links to {href} ({target}), which is not in the site",
                    f.path
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 500, "{checked} links checked");
}

#[test]
fn open_data_files_are_copied_where_the_pages_and_data_packages_point() {
    let site = sample_site(&SiteOptions::default());
    let mut copied = 0;
    for d in sample_datasets()
        .iter()
        .filter(|d| d["status"] == "published")
    {
        let slug = d["slug"].as_str().unwrap();
        let page = Html::parse_document(&text(&site, &format!("dataset/{slug}/index.html")));
        let downloads: BTreeSet<String> = page
            .select(&sel("a[download]"))
            .map(|a| a.value().attr("href").unwrap().to_string())
            .collect();
        let dp: Value = serde_json::from_slice(
            site.file(&format!("dataset/{slug}/datapackage.json"))
                .unwrap(),
        )
        .unwrap();
        for r in d["resources"].as_array().unwrap() {
            let Some(path) = r["path"].as_str() else {
                continue;
            };
            let original = std::fs::read(Path::new(SAMPLE).join(path)).unwrap();
            assert_eq!(
                site.file(&format!("dataset/{slug}/{path}")),
                Some(original.as_slice()),
                "{slug}: {path}"
            );
            assert!(downloads.contains(path), "{slug}: download link to {path}");
            // The data package's relative path names the same copy.
            assert!(dp["resources"]
                .as_array()
                .unwrap()
                .iter()
                .any(|res| res["path"] == path));
            copied += 1;
        }
    }
    assert_eq!(copied, 10);
    // Files of unpublished datasets stay out.
    assert!(site
        .file("dataset/produksi-padi/data/produksi-padi.csv")
        .is_none());
    assert!(!site
        .files
        .iter()
        .any(|f| f.path.ends_with("produksi-padi.csv")));
}

#[test]
fn csv_previews_show_the_first_rows_of_the_file() {
    let site = sample_site(&SiteOptions {
        preview_rows: 3,
        ..SiteOptions::default()
    });
    let csv = std::fs::read_to_string(Path::new(SAMPLE).join("data/jumlah-puskesmas.csv")).unwrap();
    let lines: Vec<Vec<&str>> = csv.lines().map(|l| l.split(',').collect()).collect();
    let page = Html::parse_document(&text(&site, "dataset/jumlah-puskesmas/index.html"));
    let table = page.select(&sel("table.preview")).next().unwrap();
    let header: Vec<String> = table
        .select(&sel("thead th"))
        .map(|c| c.text().collect())
        .collect();
    assert_eq!(header, lines[0]);
    let rows: Vec<Vec<String>> = table
        .select(&sel("tbody tr"))
        .map(|r| r.select(&sel("td")).map(|c| c.text().collect()).collect())
        .collect();
    assert_eq!(rows.len(), 3);
    for (i, r) in rows.iter().enumerate() {
        assert_eq!(r, &lines[i + 1]);
    }
    let caption: String = table
        .select(&sel("caption"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert_eq!(caption, "Pratinjau: 3 baris pertama");
}

#[test]
fn the_home_page_is_compliant_and_every_page_carries_the_credit() {
    let site = sample_site(&SiteOptions::default());
    let home = text(&site, "index.html");
    let report = check_homepage(&home).unwrap();
    assert!(report.compliant, "{:#?}", report.findings);
    assert!(report.link && report.logo);
    let catalog: Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(SAMPLE).join("catalog.json")).unwrap(),
    )
    .unwrap();
    let doc = Html::parse_document(&home);
    let h1: String = doc.select(&sel("h1")).next().unwrap().text().collect();
    assert_eq!(h1, catalog["title"]["id"].as_str().unwrap());
    assert_eq!(
        doc.select(&sel("form[role=search] input[type=search]"))
            .count(),
        1
    );
    for f in site.files.iter().filter(|f| f.path.ends_with(".html")) {
        let html = std::str::from_utf8(&f.bytes).unwrap();
        let doc = Html::parse_document(html);
        let credit = doc
            .select(&sel("footer .datago-credit"))
            .next()
            .unwrap_or_else(|| panic!("{}: no credit", f.path));
        let link = credit
            .select(&sel("a[href=\"https://datago.magelangkota.go.id\"] img"))
            .next()
            .unwrap_or_else(|| panic!("{}: no linked logo", f.path));
        assert_eq!(link.value().attr("alt"), Some("Logo DataGO"));
        // Every page, wherever it is, passes the check too.
        assert!(check_homepage(html).unwrap().compliant, "{}", f.path);
    }
}

#[test]
fn the_replica_name_can_be_overridden() {
    let site = sample_site(&SiteOptions {
        name: Some("Satu Data Kabupaten Contoh".into()),
        ..SiteOptions::default()
    });
    let home = text(&site, "index.html");
    let doc = Html::parse_document(&home);
    let h1: String = doc.select(&sel("h1")).next().unwrap().text().collect();
    assert_eq!(h1, "Satu Data Kabupaten Contoh");
    let title: String = doc.select(&sel("title")).next().unwrap().text().collect();
    assert_eq!(title, "Satu Data Kabupaten Contoh");
    let credit: String = doc
        .select(&sel(".datago-credit p"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert!(
        credit.starts_with("Satu Data Kabupaten Contoh adalah replikasi DataGO"),
        "{credit}"
    );
    assert!(check_homepage(&home).unwrap().compliant);
}

#[test]
fn json_ld_of_every_dataset_page_parses_and_names_the_dataset() {
    let site = sample_site(&SiteOptions::default());
    for d in sample_datasets()
        .iter()
        .filter(|d| d["status"] == "published")
    {
        let slug = d["slug"].as_str().unwrap();
        let page = Html::parse_document(&text(&site, &format!("dataset/{slug}/index.html")));
        let scripts: Vec<String> = page
            .select(&sel("script[type=\"application/ld+json\"]"))
            .map(|s| s.text().collect())
            .collect();
        assert_eq!(scripts.len(), 1, "{slug}");
        let v: Value = serde_json::from_str(&scripts[0]).unwrap();
        assert_eq!(v["@type"], "Dataset");
        assert_eq!(v["name"], d["title"]["id"]);
        assert_eq!(v["identifier"], d["id"]);
    }
}

/// A catalog whose every text tries to break out of HTML.
fn hostile_bundle() -> Bundle {
    let evil =
        r#"<script>alert("x")</script> & 'quotes' "dq" </textarea><img src=x onerror=alert(1)>"#;
    let catalog = serde_json::json!({
        "id": "evil-catalog",
        "title": {"id": format!("Katalog {evil}")},
        "description": {"id": format!("Deskripsi {evil}")},
        "publisher": "org-x",
        "homepage": "https://data.example.go.id",
        "organizations": [{"code": "org-x", "name": {"id": format!("Dinas {evil}")},
                           "kind": "dinas", "role": "produsen-data",
                           "homepage": "javascript:alert(1)"}]
    });
    let dataset = serde_json::json!({
        "id": "d-evil", "slug": "data-jahat",
        "title": {"id": evil, "en": evil},
        "description": {"id": format!("Isi {evil}")},
        "keywords": [evil], "themes": ["1.02"], "producer": "org-x", "walidata": "org-x",
        "license": "CC-BY-4.0", "access": "terbuka", "status": "published",
        "landingPage": "javascript:alert(1)",
        "contact": {"name": evil, "email": "a\"onmouseover=alert(1)@x.id"},
        "resources": [
            {"title": {"id": evil}, "format": "CSV", "mediaType": "text/csv", "path": "data/jahat.csv"},
            {"title": {"id": "tautan"}, "format": "CSV", "url": "javascript:alert(1)"}
        ]
    });
    let mut b = Bundle::new();
    b.insert("catalog.json", catalog.to_string().into_bytes());
    b.insert("datasets/data-jahat.json", dataset.to_string().into_bytes());
    b.insert(
        "data/jahat.csv",
        format!(
            "kolom,\"{}\"\n1,\"{}\"\n",
            evil.replace('"', "\"\""),
            evil.replace('"', "\"\"")
        )
        .into_bytes(),
    );
    b
}

#[test]
fn hostile_text_is_escaped_everywhere() {
    let evil =
        r#"<script>alert("x")</script> & 'quotes' "dq" </textarea><img src=x onerror=alert(1)>"#;
    for lang in [Lang::Id, Lang::En] {
        let site = build(
            &hostile_bundle(),
            &SiteOptions {
                lang,
                ..SiteOptions::default()
            },
        )
        .unwrap();
        for f in site.files.iter().filter(|f| f.path.ends_with(".html")) {
            let html = std::str::from_utf8(&f.bytes).unwrap();
            assert!(!html.contains("<script>alert"), "{}", f.path);
            assert!(!html.contains("<img src=x"), "{}", f.path);
            let doc = Html::parse_document(html);
            // `javascript:` may be shown as text, never used as a link.
            for el in doc.select(&sel("*")) {
                for (name, value) in el.value().attrs() {
                    assert!(
                        !value.trim().to_ascii_lowercase().starts_with("javascript:"),
                        "{}: {name}={value}",
                        f.path
                    );
                }
            }
            // Only DataGO's own scripts: the search module on the home page, JSON-LD on
            // dataset pages.
            for s in doc.select(&sel("script")) {
                let ty = s.value().attr("type");
                assert!(
                    ty == Some("module") || ty == Some("application/ld+json"),
                    "{}: {:?}",
                    f.path,
                    s.html()
                );
            }
            assert_eq!(
                doc.select(&sel("img")).count(),
                1,
                "{}: only the logo",
                f.path
            );
            assert!(doc
                .select(&sel("[onerror], [onmouseover]"))
                .next()
                .is_none());
            assert!(check_homepage(html).unwrap().compliant, "{}", f.path);
        }
        let page = Html::parse_document(&text(&site, "dataset/data-jahat/index.html"));
        let h1: String = page.select(&sel("h1")).next().unwrap().text().collect();
        assert_eq!(h1, evil, "the title reads back as text");
        let ld: String = page
            .select(&sel("script[type=\"application/ld+json\"]"))
            .next()
            .unwrap()
            .text()
            .collect();
        let v: Value = serde_json::from_str(&ld).unwrap();
        assert_eq!(v["name"], evil);
        let preview: Vec<String> = page
            .select(&sel("table.preview thead th"))
            .map(|c| c.text().collect())
            .collect();
        assert_eq!(preview, ["kolom", evil]);
        let home = Html::parse_document(&text(&site, "index.html"));
        let h1: String = home.select(&sel("h1")).next().unwrap().text().collect();
        assert_eq!(h1, format!("Katalog {evil}"));
        // The search data is JSON, read by the page's script with textContent.
        let data: Value =
            serde_json::from_slice(site.file("assets/search-data.json").unwrap()).unwrap();
        assert_eq!(data["datasets"]["d-evil"]["title"], evil);
    }
}

#[test]
fn machine_endpoints_hold_the_published_datasets() {
    let site = sample_site(&SiteOptions::default());
    let all = sample_datasets();
    let published: BTreeSet<&str> = published(&all)
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();

    let data = Catalog::from_json(&text(&site, "catalog.json")).unwrap();
    let ids: BTreeSet<&str> = data.datasets.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, published);

    // data.json: Project Open Data v1.1, one dcat:Dataset per published dataset, with the
    // fields its schema requires, and download URLs where the site holds the files.
    let pod: serde_json::Value = serde_json::from_str(&text(&site, "data.json")).unwrap();
    assert_eq!(
        pod["conformsTo"],
        "https://project-open-data.cio.gov/v1.1/schema"
    );
    let entries = pod["dataset"].as_array().unwrap();
    assert_eq!(entries.len(), published.len());
    for e in entries {
        let d = all
            .iter()
            .filter(|d| d["status"] == "published")
            .find(|d| {
                e["identifier"]
                    .as_str()
                    .unwrap()
                    .ends_with(&format!("dataset/{}", d["slug"].as_str().unwrap()))
            })
            .unwrap_or_else(|| panic!("no dataset for {}", e["identifier"]));
        for key in [
            "title",
            "description",
            "keyword",
            "modified",
            "publisher",
            "contactPoint",
            "identifier",
            "accessLevel",
        ] {
            assert!(!e[key].is_null(), "{key} missing in {}", e["identifier"]);
        }
        assert_eq!(e["title"], d["title"]["id"]);
        let want = match d["access"].as_str().unwrap_or("terbuka") {
            "terbuka" => "public",
            "terbatas" => "restricted public",
            _ => "non-public",
        };
        assert_eq!(e["accessLevel"], want);
        assert!(!e["keyword"].as_array().unwrap().is_empty());
        for dist in e["distribution"].as_array().into_iter().flatten() {
            if let Some(u) = dist["downloadURL"].as_str() {
                if !u.contains("://") {
                    assert!(site.file(u).is_some(), "{u} is not in the site");
                }
            }
        }
    }

    // Turtle: one dcat:Dataset per published dataset.
    let ttl = text(&site, "catalog.ttl");
    let mut datasets = 0;
    for t in oxttl::TurtleParser::new().for_slice(ttl.as_bytes()) {
        let t = t.unwrap();
        if t.predicate.as_str() == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
            && t.object.to_string() == "<http://www.w3.org/ns/dcat#Dataset>"
        {
            datasets += 1;
        }
    }
    assert_eq!(datasets, published.len());

    let jsonld: Value = serde_json::from_str(&text(&site, "catalog.jsonld")).unwrap();
    let s = jsonld.to_string();
    for id in &published {
        assert!(s.contains(id), "{id} in catalog.jsonld");
    }

    // The prebuilt index loads and finds what the documents say.
    let index = SearchIndex::from_bytes(site.file("assets/search-index.bin").unwrap()).unwrap();
    assert_eq!(index.len(), published.len());
    let r = index.search(&Query::parse("puskesmas"));
    assert!(r.hits.iter().any(|h| h.slug == "jumlah-puskesmas"));
    let search_data: Value =
        serde_json::from_slice(site.file("assets/search-data.json").unwrap()).unwrap();
    for d in all.iter().filter(|d| d["status"] == "published") {
        let entry = &search_data["datasets"][d["id"].as_str().unwrap()];
        assert_eq!(entry["title"], d["title"]["id"]);
        assert_eq!(
            entry["url"],
            format!("dataset/{}/index.html", d["slug"].as_str().unwrap())
        );
    }
}

#[test]
fn organization_pages_list_what_each_organization_produces() {
    let site = sample_site(&SiteOptions::default());
    let all = sample_datasets();
    let mut produced: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for d in published(&all) {
        produced
            .entry(d["producer"].as_str().unwrap())
            .or_default()
            .insert(d["title"]["id"].as_str().unwrap().to_string());
    }
    let catalog: Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(SAMPLE).join("catalog.json")).unwrap(),
    )
    .unwrap();
    let orgs = catalog["organizations"].as_array().unwrap();
    assert_eq!(site.organizations, orgs.len());
    for o in orgs {
        let code = o["code"].as_str().unwrap();
        let page = Html::parse_document(&text(&site, &format!("organization/{code}/index.html")));
        let h1: String = page.select(&sel("h1")).next().unwrap().text().collect();
        assert_eq!(h1, o["name"]["id"].as_str().unwrap());
        let listed: BTreeSet<String> = page
            .select(&sel("ul.results h3 a"))
            .map(|a| a.text().collect())
            .collect();
        assert_eq!(
            listed,
            produced.get(code).cloned().unwrap_or_default(),
            "{code}"
        );
    }
}

#[test]
fn without_the_web_build_the_home_page_says_search_is_off() {
    let site = sample_site(&SiteOptions {
        search: false,
        ..SiteOptions::default()
    });
    assert!(site.file("assets/search.js").is_none());
    assert!(site.file("assets/search-index.bin").is_none());
    let home = Html::parse_document(&text(&site, "index.html"));
    assert_eq!(home.select(&sel("form")).count(), 0);
    assert_eq!(home.select(&sel("script")).count(), 0);
    let note: String = home
        .select(&sel("#search-note"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert!(note.starts_with("Pencarian tidak tersedia"), "{note}");
    assert!(
        check_homepage(&text(&site, "index.html"))
            .unwrap()
            .compliant
    );
}

#[test]
fn pages_can_be_in_english() {
    let site = sample_site(&SiteOptions {
        lang: Lang::En,
        ..SiteOptions::default()
    });
    let all = sample_datasets();
    let home = Html::parse_document(&text(&site, "index.html"));
    assert_eq!(
        home.select(&sel("html"))
            .next()
            .unwrap()
            .value()
            .attr("lang"),
        Some("en")
    );
    let label: String = home
        .select(&sel("label[for=q]"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert_eq!(label, "Search datasets");
    let d = all
        .iter()
        .find(|d| d["slug"] == "jumlah-puskesmas")
        .unwrap();
    let page = Html::parse_document(&text(&site, "dataset/jumlah-puskesmas/index.html"));
    let h1: String = page.select(&sel("h1")).next().unwrap().text().collect();
    assert_eq!(h1, d["title"]["en"].as_str().unwrap());
    let credit: String = page
        .select(&sel(".datago-credit p"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert!(credit.contains("is a replica of DataGO"), "{credit}");
}

#[test]
fn restricted_datasets_keep_their_files_off_the_site() {
    let mut b = Bundle::from_dir(Path::new(SAMPLE)).unwrap();
    let path = "datasets/jumlah-puskesmas.json";
    let mut d: Value = serde_json::from_slice(b.get(path).unwrap()).unwrap();
    d["access"] = "terbatas".into();
    b.insert(path, d.to_string().into_bytes());
    let site = build(&b, &SiteOptions::default()).unwrap();
    assert!(site
        .file("dataset/jumlah-puskesmas/data/jumlah-puskesmas.csv")
        .is_none());
    let page = Html::parse_document(&text(&site, "dataset/jumlah-puskesmas/index.html"));
    assert_eq!(page.select(&sel("a[download]")).count(), 0);
    assert_eq!(page.select(&sel("table.preview")).count(), 0);
    // The catalog's own other open files are still there.
    assert!(site.file("dataset/produksi-padi/index.html").is_none());
    assert!(site
        .file("dataset/volume-sampah-terangkut/data/volume-sampah-terangkut.csv")
        .is_some());
}

#[test]
fn a_directory_without_a_catalog_is_an_error() {
    let mut b = Bundle::new();
    b.insert("datasets/x.json", b"{}".to_vec());
    let e = build(&b, &SiteOptions::default()).unwrap_err();
    assert_eq!(e.code(), "bundle.catalog-missing");
}

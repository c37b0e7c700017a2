//! The read-only CKAN API logic (`standards::ckan_api`), without a server: every action's
//! result checked against the catalog itself, and every kind of bad parameter answered with a
//! CKAN error, never a panic.

use std::collections::{BTreeMap, BTreeSet};

use datago_core::search::{Query, SearchIndex};
use datago_core::standards::ckan;
use datago_core::standards::ckan_api::{params_from_json, params_from_pairs, CkanApi, Params};
use datago_core::{Catalog, Dataset, PublicationStatus};
use serde_json::{json, Value};

fn sample() -> Catalog {
    datago_core::sample::bundle().load().unwrap().catalog
}

fn published(c: &Catalog) -> Vec<&Dataset> {
    c.datasets
        .iter()
        .filter(|d| d.status == PublicationStatus::Published)
        .collect()
}

/// Calls an action; returns the HTTP status and the parsed body, after checking the envelope.
fn call(api: &CkanApi, action: &str, params: &Params) -> (u16, Value) {
    let reply = api.call(action, params, "http://127.0.0.1:5000");
    let body: Value = serde_json::from_str(&reply.body).expect("the body is JSON");
    assert_eq!(
        body["help"],
        format!("http://127.0.0.1:5000/api/3/action/help_show?name={action}")
    );
    assert_eq!(body["success"], reply.status == 200, "{}", reply.body);
    if reply.status != 200 {
        assert!(body["error"]["__type"].is_string(), "{}", reply.body);
        assert!(body.get("result").is_none());
    }
    (reply.status, body)
}

fn ok(api: &CkanApi, action: &str, params: &Params) -> Value {
    let (status, body) = call(api, action, params);
    assert_eq!(status, 200, "{action}: {body}");
    body["result"].clone()
}

fn q(pairs: &[(&str, &str)]) -> Params {
    params_from_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())))
}

fn names(result: &Value) -> Vec<String> {
    result["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect()
}

fn formats(d: &Dataset) -> BTreeSet<String> {
    d.resources
        .iter()
        .filter_map(|r| r.format.as_deref())
        .map(str::to_ascii_uppercase)
        .collect()
}

#[test]
fn status_and_site_read() {
    let c = sample();
    let api = CkanApi::new(&c);
    let s = ok(&api, "status_show", &Params::new());
    assert_eq!(s["site_title"], "DataGO Kota Magelang (contoh)");
    assert!(s["ckan_version"].as_str().unwrap().starts_with("2."));
    assert_eq!(ok(&api, "site_read", &Params::new()), json!(true));
}

#[test]
fn package_list_is_every_published_name_in_order() {
    let c = sample();
    let api = CkanApi::new(&c);
    let mut expected: Vec<String> = published(&c).iter().map(|d| d.slug.clone()).collect();
    expected.sort();
    assert!(expected.len() >= 20 && expected.len() < c.datasets.len());
    assert_eq!(ok(&api, "package_list", &Params::new()), json!(expected));
    assert_eq!(
        ok(&api, "package_list", &q(&[("limit", "3"), ("offset", "2")])),
        json!(expected[2..5])
    );
    let (status, body) = call(&api, "package_list", &q(&[("limit", "-1")]));
    assert_eq!(status, 409);
    assert_eq!(body["error"]["limit"], json!(["Must be a natural number"]));
}

#[test]
fn package_show_by_name_or_id_only_for_published_datasets() {
    let c = sample();
    let api = CkanApi::new(&c);
    let d = published(&c)[0];
    let org = c.organization(&d.producer);
    let by_name = ok(&api, "package_show", &q(&[("id", &d.slug)]));
    assert_eq!(by_name, ckan::package_to_value(d, org));
    assert_eq!(by_name["organization"]["name"], d.producer.as_str());
    assert_eq!(ok(&api, "package_show", &q(&[("id", &d.id)])), by_name);
    // JSON bodies read the same as query strings.
    let body = params_from_json(json!({"id": d.slug}).to_string().as_bytes()).unwrap();
    assert_eq!(ok(&api, "package_show", &body), by_name);

    let draft = c
        .datasets
        .iter()
        .find(|d| d.status == PublicationStatus::Draft)
        .unwrap();
    let (status, body) = call(&api, "package_show", &q(&[("id", &draft.slug)]));
    assert_eq!(status, 404);
    assert_eq!(body["error"]["__type"], "Not Found Error");
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .starts_with("Not found"));
    let (status, body) = call(&api, "package_show", &Params::new());
    assert_eq!(status, 409);
    assert_eq!(body["error"]["__type"], "Validation Error");
    assert_eq!(body["error"]["id"], json!(["Missing value"]));
}

#[test]
fn package_search_without_parameters_lists_everything_newest_first() {
    let c = sample();
    let api = CkanApi::new(&c);
    let r = ok(&api, "package_search", &Params::new());
    let pubs = published(&c);
    assert_eq!(r["count"], pubs.len());
    assert_eq!(r["results"].as_array().unwrap().len(), 10);
    assert_eq!(r["facets"], json!({}));
    assert_eq!(r["search_facets"], json!({}));
    assert_eq!(r["sort"], "score desc, metadata_modified desc");
    let all = ok(
        &api,
        "package_search",
        &q(&[("rows", "1000"), ("q", "*:*")]),
    );
    let dates: Vec<_> = names(&all)
        .iter()
        .map(|n| {
            c.dataset(n)
                .unwrap()
                .modified
                .or(c.dataset(n).unwrap().issued)
        })
        .collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    // Every result is the package_show dict.
    let first = &all["results"][0];
    assert_eq!(
        ok(
            &api,
            "package_show",
            &q(&[("id", first["name"].as_str().unwrap())])
        ),
        *first
    );
}

#[test]
fn fq_filters_and_facets_count_what_the_catalog_holds() {
    let c = sample();
    let api = CkanApi::new(&c);
    let params = q(&[
        ("fq", "organization:dinkes res_format:CSV"),
        (
            "facet.field",
            r#"["organization", "res_format", "license_id", "tags", "year"]"#,
        ),
        ("rows", "100"),
    ]);
    let r = ok(&api, "package_search", &params);
    let expected: Vec<&Dataset> = published(&c)
        .into_iter()
        .filter(|d| d.producer == "dinkes" && formats(d).contains("CSV"))
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(r["count"], expected.len());
    let got: BTreeSet<String> = names(&r).into_iter().collect();
    let want: BTreeSet<String> = expected.iter().map(|d| d.slug.clone()).collect();
    assert_eq!(got, want);

    let mut tags: BTreeMap<String, usize> = BTreeMap::new();
    let mut fmts: BTreeMap<String, usize> = BTreeMap::new();
    for d in &expected {
        for t in d.keywords.iter().collect::<BTreeSet<_>>() {
            *tags.entry(t.clone()).or_default() += 1;
        }
        for f in formats(d) {
            *fmts.entry(f).or_default() += 1;
        }
    }
    assert_eq!(r["facets"]["tags"], json!(tags));
    assert_eq!(r["facets"]["res_format"], json!(fmts));
    assert_eq!(
        r["facets"]["organization"],
        json!({"dinkes": expected.len()})
    );
    // Licence values are CKAN ids, as in the packages.
    let mut lic: BTreeMap<String, usize> = BTreeMap::new();
    for p in r["results"].as_array().unwrap() {
        *lic.entry(p["license_id"].as_str().unwrap().to_string())
            .or_default() += 1;
    }
    assert_eq!(r["facets"]["license_id"], json!(lic));

    // search_facets: CKAN's shape, most frequent first, display names.
    let org = &r["search_facets"]["organization"];
    assert_eq!(org["title"], "Organizations");
    assert_eq!(
        org["items"],
        json!([{"name": "dinkes", "display_name": c.organization("dinkes").unwrap().name.get("id").unwrap(), "count": expected.len()}])
    );
    let items = r["search_facets"]["tags"]["items"].as_array().unwrap();
    assert_eq!(items.len(), tags.len());
    assert!(items
        .windows(2)
        .all(|w| w[0]["count"].as_u64() >= w[1]["count"].as_u64()));
    let years = r["facets"]["year"].as_object().unwrap();
    assert!(years.keys().all(|y| y.parse::<u32>().is_ok()));
}

#[test]
fn fq_values_or_and_clauses_and() {
    let c = sample();
    let api = CkanApi::new(&c);
    let count = |fq: &str| ok(&api, "package_search", &q(&[("fq", fq)]))["count"].clone();
    let pubs = published(&c);
    let with = |f: &dyn Fn(&Dataset) -> bool| pubs.iter().filter(|d| f(d)).count();
    assert_eq!(
        count("res_format:(CSV OR PDF)"),
        with(&|d| formats(d).contains("CSV") || formats(d).contains("PDF"))
    );
    assert_eq!(
        count("res_format:CSV res_format:XLSX"),
        with(&|d| formats(d).contains("CSV") && formats(d).contains("XLSX"))
    );
    assert_eq!(
        count("+res_format:csv"),
        with(&|d| formats(d).contains("CSV"))
    );
    assert_eq!(
        count("license_id:cc-by"),
        with(&|d| d.license.as_deref() == Some("CC-BY-4.0"))
    );
    assert_eq!(
        count(r#"tags:"fasilitas kesehatan""#),
        with(&|d| d.keywords.iter().any(|k| k == "fasilitas kesehatan"))
    );
    assert_eq!(count("tags:*"), with(&|d| !d.keywords.is_empty()));
    assert_eq!(count("dataset_type:dataset +state:active"), pubs.len());
    assert_eq!(count("state:deleted"), 0);
    assert_eq!(count("organization:tidak-ada"), 0);
    assert_eq!(
        count("organization:dinkes organization:bappeda"),
        0,
        "one organization per dataset"
    );
    // The same filters given in q.
    assert_eq!(
        ok(
            &api,
            "package_search",
            &q(&[("q", "organization:dinkes res_format:CSV")])
        )["count"],
        count("organization:dinkes res_format:CSV")
    );
}

#[test]
fn text_queries_agree_with_the_search_index() {
    let c = sample();
    let api = CkanApi::new(&c);
    let index = SearchIndex::build(&c, true);
    for text in [
        "penduduk",
        "kesehatan",
        "\"kota magelang\" -kelurahan",
        "tahun:2024",
    ] {
        let r = ok(&api, "package_search", &q(&[("q", text), ("rows", "1000")]));
        let mut iq = Query::parse(text);
        iq.per_page = 1000;
        let hits = index.search(&iq);
        assert_eq!(r["count"], hits.total, "{text}");
        let slugs: Vec<String> = hits.hits.iter().map(|h| h.slug.clone()).collect();
        assert_eq!(names(&r), slugs, "{text}");
    }
    // Text with a filter the index has no facet for (tags): filtered here, order kept.
    let r = ok(
        &api,
        "package_search",
        &q(&[
            ("q", "kesehatan"),
            ("fq", "tags:kesehatan"),
            ("rows", "1000"),
            ("facet.field", r#"["tags"]"#),
        ]),
    );
    let mut iq = Query::parse("kesehatan");
    iq.per_page = 1000;
    let expected: Vec<String> = index
        .search(&iq)
        .hits
        .iter()
        .filter(|h| {
            c.dataset(&h.slug)
                .unwrap()
                .keywords
                .contains(&"kesehatan".into())
        })
        .map(|h| h.slug.clone())
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(names(&r), expected);
    assert_eq!(r["facets"]["tags"]["kesehatan"], expected.len());
}

#[test]
fn sorting_and_facet_limits() {
    let c = sample();
    let api = CkanApi::new(&c);
    let by_title = ok(
        &api,
        "package_search",
        &q(&[("sort", "title_string asc"), ("rows", "1000")]),
    );
    let titles: Vec<String> = by_title["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["title"].as_str().unwrap().to_lowercase())
        .collect();
    assert!(titles.windows(2).all(|w| w[0] <= w[1]), "{titles:?}");
    let by_name = ok(
        &api,
        "package_search",
        &q(&[("sort", "name asc"), ("rows", "1000"), ("q", "kota")]),
    );
    let n = names(&by_name);
    assert!(n.len() > 1 && n.windows(2).all(|w| w[0] < w[1]), "{n:?}");
    assert_eq!(by_name["sort"], "name asc");

    let facets = |limit: &str| {
        ok(
            &api,
            "package_search",
            &q(&[
                ("facet.field", r#"["organization"]"#),
                ("facet.limit", limit),
            ]),
        )["facets"]["organization"]
            .as_object()
            .unwrap()
            .len()
    };
    let orgs_with_data: BTreeSet<&str> =
        published(&c).iter().map(|d| d.producer.as_str()).collect();
    assert_eq!(facets("-1"), orgs_with_data.len());
    assert_eq!(facets("2"), 2);
    assert_eq!(
        ok(
            &api,
            "package_search",
            &q(&[("facet.field", r#"["organization"]"#), ("facet", "false")])
        )["facets"],
        json!({})
    );
}

#[test]
fn bad_parameters_are_ckan_errors() {
    let c = sample();
    let api = CkanApi::new(&c);
    type Case<'a> = (&'a [(&'a str, &'a str)], u16, &'a str, &'a str);
    let cases: &[Case] = &[
        (&[("rows", "banyak")], 409, "rows", "Invalid integer"),
        (&[("rows", "-5")], 409, "rows", "Must be a natural number"),
        (&[("rows", "1.5")], 409, "rows", "Invalid integer"),
        (&[("start", "x")], 409, "start", "Invalid integer"),
        (
            &[("facet.limit", "x")],
            409,
            "facet.limit",
            "Invalid integer",
        ),
        (
            &[("facet.field", "organization")],
            409,
            "facet.field",
            "Could not parse as valid JSON",
        ),
        (&[("facet.field", "{}")], 409, "facet.field", "Not a list"),
        (&[("facet", "mungkin")], 409, "facet", ""),
    ];
    for (params, status, field, message) in cases {
        let (s, body) = call(&api, "package_search", &q(params));
        assert_eq!(s, *status, "{params:?}: {body}");
        assert_eq!(body["error"]["__type"], "Validation Error");
        let got = body["error"][field][0].as_str().unwrap();
        assert!(got.starts_with(message), "{params:?}: {got}");
    }
    let (s, body) = call(
        &api,
        "package_search",
        &q(&[("facet.field", r#"["nope"]"#)]),
    );
    assert_eq!(s, 409);
    assert!(body["error"]["facet.field"][0]
        .as_str()
        .unwrap()
        .contains("nope"));
    for fq in [
        "nope:1",
        "tags:\"open",
        "-organization:dinkes",
        "res_format:(CSV AND PDF)",
        "kesehatan",
        "tags:",
    ] {
        let (s, body) = call(&api, "package_search", &q(&[("fq", fq)]));
        assert_eq!(s, 409, "{fq}");
        assert_eq!(body["error"]["__type"], "Search Query Error", "{fq}");
    }
    let (s, body) = call(&api, "package_search", &q(&[("sort", "views_recent desc")]));
    assert_eq!(
        (s, body["error"]["__type"].as_str()),
        (409, Some("Search Query Error"))
    );
    // JSON bodies: lists where a string is expected, numbers where CKAN takes strings.
    let p = params_from_json(br#"{"q": ["a"], "rows": "5", "start": 1}"#).unwrap();
    let (s, body) = call(&api, "package_search", &p);
    assert_eq!(s, 409);
    assert_eq!(body["error"]["q"], json!(["Not a string"]));
    let p = params_from_json(br#"{"rows": 2, "start": 1, "facet.field": ["res_format"]}"#).unwrap();
    let r = ok(&api, "package_search", &p);
    assert_eq!(r["results"].as_array().unwrap().len(), 2);
    assert!(r["facets"]["res_format"].is_object());
    // Rows above the maximum are capped, as CKAN does.
    let r = ok(&api, "package_search", &q(&[("rows", "100000")]));
    assert_eq!(r["results"].as_array().unwrap().len(), published(&c).len());
}

#[test]
fn unknown_and_write_actions() {
    let api = CkanApi::new(&sample());
    let (s, body) = call(&api, "package_frobnicate", &Params::new());
    assert_eq!(s, 400);
    assert_eq!(body["error"]["__type"], "Bad Request");
    for a in [
        "package_create",
        "resource_update",
        "organization_delete",
        "package_patch",
    ] {
        let (s, body) = call(&api, a, &Params::new());
        assert_eq!(s, 403, "{a}");
        assert_eq!(body["error"]["__type"], "Authorization Error");
    }
    assert_eq!(
        params_from_json(b"{\"a\": ").unwrap_err().code(),
        "ckan-api.bad-body"
    );
    assert_eq!(params_from_json(b"\"x\"").unwrap_err().status(), 400);
}

#[test]
fn organizations() {
    let c = sample();
    let api = CkanApi::new(&c);
    let mut codes: Vec<&str> = c.organizations.iter().map(|o| o.code.as_str()).collect();
    codes.sort();
    assert_eq!(ok(&api, "organization_list", &Params::new()), json!(codes));
    let all = ok(&api, "organization_list", &q(&[("all_fields", "true")]));
    for o in all.as_array().unwrap() {
        let code = o["name"].as_str().unwrap();
        let n = published(&c).iter().filter(|d| d.producer == code).count();
        assert_eq!(o["package_count"], n, "{code}");
        assert_eq!(o["is_organization"], true);
        assert!(o.get("packages").is_none());
    }
    let by_count = ok(
        &api,
        "organization_list",
        &q(&[("all_fields", "true"), ("sort", "package_count desc")]),
    );
    let counts: Vec<u64> = by_count
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["package_count"].as_u64().unwrap())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]));
    let (s, _) = call(&api, "organization_list", &q(&[("sort", "umur")]));
    assert_eq!(s, 409);

    let show = ok(
        &api,
        "organization_show",
        &q(&[("id", "dinkes"), ("include_datasets", "true")]),
    );
    let org = c.organization("dinkes").unwrap();
    let n = published(&c)
        .iter()
        .filter(|d| d.producer == "dinkes")
        .count();
    assert_eq!(show["title"], org.name.get("id").unwrap());
    assert_eq!(show["package_count"], n);
    assert_eq!(show["packages"].as_array().unwrap().len(), n);
    assert!(show["packages"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["organization"]["name"] == "dinkes"));
    let plain = ok(&api, "organization_show", &q(&[("id", "dinkes")]));
    assert!(plain.get("packages").is_none());
    let (s, body) = call(&api, "organization_show", &q(&[("id", "tidak-ada")]));
    assert_eq!(s, 404);
    assert_eq!(body["error"]["__type"], "Not Found Error");
}

#[test]
fn tags_groups_and_licenses() {
    let mut c = sample();
    let slug = published(&c)[0].slug.clone();
    if let Some(d) = c.datasets.iter_mut().find(|d| d.slug == slug) {
        d.groups = vec!["ekonomi".into()];
    }
    let api = CkanApi::new(&c);
    let tags: BTreeSet<String> = published(&c)
        .iter()
        .flat_map(|d| d.keywords.clone())
        .collect();
    assert_eq!(ok(&api, "tag_list", &Params::new()), json!(tags));
    let some = ok(&api, "tag_list", &q(&[("query", "kesehatan")]));
    assert!(some.as_array().unwrap().iter().all(|t| t
        .as_str()
        .unwrap()
        .to_lowercase()
        .contains("kesehatan")));
    assert!(!some.as_array().unwrap().is_empty());
    assert_eq!(ok(&api, "group_list", &Params::new()), json!(["ekonomi"]));
    assert_eq!(
        ok(&api, "group_list", &q(&[("all_fields", "1")]))[0]["package_count"],
        1
    );
    let r = ok(
        &api,
        "package_search",
        &q(&[("fq", "groups:ekonomi"), ("facet.field", r#"["groups"]"#)]),
    );
    assert_eq!(names(&r), [slug]);
    assert_eq!(r["facets"]["groups"], json!({"ekonomi": 1}));

    let licenses = ok(&api, "license_list", &Params::new());
    let cc_by = licenses
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["id"] == "cc-by")
        .expect("cc-by is listed");
    assert_eq!(cc_by["title"], "Creative Commons Attribution");
    assert_eq!(cc_by["od_conformance"], "approved");
}

/// A generated catalog large enough for the index to page (more than 1000 hits).
fn generated(n: usize) -> Catalog {
    let mut c = Catalog::from_json(
        r#"{"id": "gen", "organizations": [
        {"code": "opd-a", "name": {"id": "A"}, "kind": "dinas", "role": "produsen-data"},
        {"code": "opd-b", "name": {"id": "B"}, "kind": "dinas", "role": "produsen-data"}]}"#,
    )
    .unwrap();
    for i in 0..n {
        let (tag, org) = (["a", "b"][i % 2], ["opd-a", "opd-b"][i % 2]);
        let (word, format) = (
            ["kecamatan", "kelurahan", "sekolah"][i % 3],
            ["CSV", "PDF", "XLSX"][i % 3],
        );
        let d = Dataset::from_json(
            &json!({
                "id": format!("id-{i}"), "slug": format!("data-{i:04}"), "status": "published",
                "title": {"id": format!("Jumlah penduduk {word}")},
                "keywords": [tag],
                "producer": org,
                "modified": format!("2024-{:02}-{:02}", 1 + i % 12, 1 + i % 28),
                "resources": [{"id": format!("r-{i}"), "format": format}]
            })
            .to_string(),
        )
        .unwrap();
        c.datasets.push(d);
    }
    c
}

#[test]
fn pages_beyond_the_index_page_size_are_consistent() {
    let c = generated(2300);
    let api = CkanApi::new(&c);
    for (text, fq, total) in [
        ("penduduk", "", 2300),
        ("penduduk", "organization:opd-a", 1150),
        ("penduduk", "tags:b", 1150),
        ("", "res_format:CSV", 767),
    ] {
        let mut all = Vec::new();
        for start in [0, 1000, 2000] {
            let r = ok(
                &api,
                "package_search",
                &q(&[
                    ("q", text),
                    ("fq", fq),
                    ("rows", "1000"),
                    ("start", &start.to_string()),
                ]),
            );
            assert_eq!(r["count"], total, "{text} {fq}");
            all.extend(names(&r));
        }
        assert_eq!(all.len(), total);
        assert_eq!(all.iter().collect::<BTreeSet<_>>().len(), total);
        for start in [0usize, 995, 1000, 1145, 1990, total - 3] {
            if start >= total {
                continue;
            }
            let r = ok(
                &api,
                "package_search",
                &q(&[
                    ("q", text),
                    ("fq", fq),
                    ("rows", "10"),
                    ("start", &start.to_string()),
                ]),
            );
            let end = (start + 10).min(total);
            assert_eq!(names(&r), all[start..end], "{text} {fq} start={start}");
        }
        let r = ok(
            &api,
            "package_search",
            &q(&[("q", text), ("fq", fq), ("start", "99999")]),
        );
        assert_eq!(r["results"], json!([]));
    }
}

#[test]
fn junk_parameters_never_panic() {
    let api = CkanApi::new(&sample());
    let keys = [
        "q",
        "fq",
        "rows",
        "start",
        "sort",
        "facet",
        "facet.field",
        "facet.limit",
        "facet.mincount",
        "id",
        "all_fields",
        "limit",
        "offset",
        "include_datasets",
        "query",
    ];
    let values = [
        json!(""),
        json!("*:*"),
        json!("-1"),
        json!(-1),
        json!(1e300),
        json!("9999999999999999999999"),
        json!(null),
        json!(true),
        json!([]),
        json!({}),
        json!(["organization", 3]),
        json!("\"\""),
        json!("((("),
        json!("tags:(a OR"),
        json!("a:b:c"),
        json!("+"),
        json!("res_format:(\"\" OR \"\")"),
        json!("\u{0}"),
        json!("organization:*"),
        json!("[\"tags\", \"groups\", \"year\"]"),
        json!(18446744073709551615u64),
    ];
    let mut seed: u64 = 42;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed as usize
    };
    let mut statuses = BTreeSet::new();
    for n in 0..3000 {
        let mut p = Params::new();
        for _ in 0..1 + n % 4 {
            p.insert(
                keys[next() % keys.len()].into(),
                values[next() % values.len()].clone(),
            );
        }
        for action in [
            "package_search",
            "package_show",
            "package_list",
            "organization_list",
            "organization_show",
            "tag_list",
            "group_list",
        ] {
            let (status, _) = call(&api, action, &p);
            assert!(
                [200, 404, 409].contains(&status),
                "{action} {p:?}: {status}"
            );
            statuses.insert(status);
        }
    }
    assert_eq!(statuses, BTreeSet::from([200, 404, 409]));
}

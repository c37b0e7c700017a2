//! The pages and machine endpoints of the site.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::{json, Map, Value};

use super::html::{document, esc, ext_link, href_path, size, Page};
use super::{search_index, Ctx, Output, WASM_DIR};
use crate::dataset::Dataset;
use crate::finding::Lang;
use crate::license::{attribution, AttributionOptions};
use crate::organization::{Organization, SatuDataRole};
use crate::quality::{dataset_quality, QualityOptions, Rating};
use crate::render::Format;
use crate::resource::Resource;
use crate::search::{FacetCount, Query};
use crate::standards::dcat_ap::{export_catalog, DcatOptions};
use crate::standards::rdf::RdfFormat;
use crate::standards::{datapackage, schema_org};
use crate::table::rows::{read_table, RowEvent};
use crate::table::{Encoding, ReadOptions};
use crate::vocab::{AccessLevel, Frequency};

const STYLE: &str = include_str!("assets/style.css");
const SEARCH_JS: &str = include_str!("assets/search.js");
const LOGO: &str = include_str!("assets/logo-datago.svg");

/// The facets shown, in order (those of [`crate::search::FACETS`]).
const FACETS: [&str; 7] = [
    "organization",
    "theme",
    "format",
    "license",
    "year",
    "classification",
    "region",
];

/// How many datasets the home page lists before search takes over.
const HOME_LIST: usize = 20;

pub(super) fn write_all(ctx: &Ctx<'_>, out: &mut Output) {
    out.add("assets/style.css", STYLE);
    out.add(format!("{WASM_DIR}/logo-datago.svg"), LOGO);
    let index = search_index(ctx.catalog);
    let all = index.search(&Query {
        per_page: 1,
        ..Query::parse("")
    });
    out.add("index.html", home(ctx, &all.facets));
    if ctx.opts.search {
        out.add("assets/search.js", SEARCH_JS);
        out.add("assets/search-index.bin", index.to_bytes());
        out.add("assets/search-data.json", search_data(ctx, &all.facets));
    }
    out.add("dataset/index.html", dataset_list(ctx));
    for i in 0..ctx.catalog.datasets.len() {
        dataset_page(ctx, i, out);
    }
    out.add("organization/index.html", organization_list(ctx));
    for o in &ctx.catalog.organizations {
        out.add(
            format!("organization/{}/index.html", ctx.org_keys[&o.code]),
            organization_page(ctx, o),
        );
    }
    let dcat = DcatOptions {
        base: ctx.opts.base_url.clone(),
        published_only: true,
    };
    out.add(
        "catalog.jsonld",
        export_catalog(ctx.catalog, RdfFormat::JsonLd, &dcat),
    );
    out.add(
        "catalog.ttl",
        export_catalog(ctx.catalog, RdfFormat::Turtle, &dcat),
    );
    let pod = crate::standards::pod::PodOptions {
        base: ctx.opts.base_url.clone(),
        published_only: true,
        site_layout: true,
    };
    let data_json = crate::standards::pod::catalog(ctx.catalog, &pod);
    // Our own values always serialize.
    out.add(
        "data.json",
        serde_json::to_string_pretty(&data_json).unwrap_or_default(),
    );
    out.add("catalog.json", ctx.catalog.to_json(true));
}

// --- labels -----------------------------------------------------------------------------------

fn facet_label(ctx: &Ctx<'_>, facet: &str) -> &'static str {
    match facet {
        "organization" => ctx.t("Organisasi", "Organization"),
        "theme" => ctx.t("Urusan", "Theme (urusan)"),
        "format" => "Format",
        "license" => ctx.t("Lisensi", "Licence"),
        "year" => ctx.t("Tahun", "Year"),
        "classification" => ctx.t("Klasifikasi", "Classification"),
        "region" => ctx.t("Wilayah", "Region"),
        _ => "",
    }
}

fn access_label(ctx: &Ctx<'_>, a: AccessLevel) -> &'static str {
    match a {
        AccessLevel::Terbuka => ctx.t("Terbuka", "Open (terbuka)"),
        AccessLevel::Terbatas => ctx.t("Terbatas", "Restricted (terbatas)"),
        AccessLevel::Tertutup => ctx.t("Tertutup", "Closed (tertutup)"),
    }
}

fn classification_label(ctx: &Ctx<'_>, value: &str) -> Option<&'static str> {
    match value {
        "terbuka" => Some(access_label(ctx, AccessLevel::Terbuka)),
        "terbatas" => Some(access_label(ctx, AccessLevel::Terbatas)),
        "tertutup" => Some(access_label(ctx, AccessLevel::Tertutup)),
        _ => None,
    }
}

fn frequency_label(ctx: &Ctx<'_>, f: Frequency) -> &'static str {
    match f {
        Frequency::Harian => ctx.t("Harian", "Daily"),
        Frequency::Mingguan => ctx.t("Mingguan", "Weekly"),
        Frequency::Bulanan => ctx.t("Bulanan", "Monthly"),
        Frequency::Triwulanan => ctx.t("Triwulanan", "Quarterly"),
        Frequency::Semesteran => ctx.t("Semesteran", "Half-yearly"),
        Frequency::Tahunan => ctx.t("Tahunan", "Annual"),
        Frequency::Lainnya => ctx.t("Lainnya", "Other"),
    }
}

fn role_label(ctx: &Ctx<'_>, r: SatuDataRole) -> &'static str {
    match r {
        SatuDataRole::PembinaData => ctx.t("Pembina Data", "Data supervisor (Pembina Data)"),
        SatuDataRole::Walidata => ctx.t("Walidata", "Data steward (Walidata)"),
        SatuDataRole::WalidataPendukung => ctx.t(
            "Walidata Pendukung",
            "Supporting data steward (Walidata Pendukung)",
        ),
        SatuDataRole::ProdusenData => ctx.t("Produsen Data", "Data producer (Produsen Data)"),
    }
}

fn rating_label(ctx: &Ctx<'_>, r: Rating) -> &'static str {
    match r {
        Rating::Excellent => ctx.t("Sangat baik", "Excellent"),
        Rating::Good => ctx.t("Baik", "Good"),
        Rating::Sufficient => ctx.t("Cukup", "Sufficient"),
        Rating::Bad => ctx.t("Kurang", "Bad"),
    }
}

fn dimension_label(ctx: &Ctx<'_>, d: &str) -> &'static str {
    match d {
        "findability" => ctx.t("Kemudahan ditemukan", "Findability"),
        "accessibility" => ctx.t("Keteraksesan", "Accessibility"),
        "interoperability" => ctx.t("Interoperabilitas", "Interoperability"),
        "reusability" => ctx.t("Kebergunaan ulang", "Reusability"),
        "contextuality" => ctx.t("Konteks", "Contextuality"),
        _ => "",
    }
}

fn org_name<'c>(ctx: &'c Ctx<'_>, code: &'c str) -> &'c str {
    ctx.catalog
        .organization(code)
        .map(|o| o.name.best(ctx.lang))
        .filter(|n| !n.trim().is_empty())
        .unwrap_or(code)
}

/// A link to an organization's page (`root` back to the site root), or its code as text.
fn org_link(ctx: &Ctx<'_>, code: &str, root: &str) -> String {
    match ctx.org_keys.get(code) {
        Some(key) => format!(
            "<a href=\"{root}organization/{}/index.html\">{}</a>",
            href_path(key),
            esc(org_name(ctx, code))
        ),
        None => esc(code),
    }
}

fn urusan_name(ctx: &Ctx<'_>, code: &str) -> Option<String> {
    crate::vocab::urusan(code).map(|u| u.name.best(ctx.lang).to_string())
}

fn region_text(code: &crate::RegionCode) -> String {
    match crate::region::reference::lookup(code) {
        Some(r) => format!("{} ({} {})", r.name, code.scheme.as_str(), code.code),
        None => format!("{} {}", code.scheme.as_str(), code.code),
    }
}

/// The facet value as people read it.
fn facet_value_label(ctx: &Ctx<'_>, facet: &str, c: &FacetCount) -> String {
    match facet {
        "organization" => org_name(ctx, &c.value).to_string(),
        "theme" => urusan_name(ctx, &c.value)
            .map(|n| format!("{} {n}", c.value))
            .unwrap_or_else(|| c.value.clone()),
        "classification" => classification_label(ctx, &c.value)
            .map(str::to_string)
            .unwrap_or_else(|| c.value.clone()),
        "license" => crate::license::get(&c.value)
            .map(|l| l.display_name().to_string())
            .unwrap_or_else(|| c.value.clone()),
        "region" => crate::RegionCode::detect(&c.value)
            .map(|r| region_text(&r))
            .unwrap_or_else(|| c.value.clone()),
        _ => c.label.clone().unwrap_or_else(|| c.value.clone()),
    }
}

/// The start of the description, at most `max` characters, cut at a word.
fn summary(ds: &Dataset, lang: Lang, max: usize) -> String {
    let d = ds
        .description
        .best(lang)
        .split_whitespace()
        .collect::<Vec<_>>();
    let mut out = String::new();
    for w in d {
        if out.chars().count() + w.chars().count() + 1 > max {
            let cut = out.trim_end_matches(['.', ',', ';', ':']).len();
            out.truncate(cut);
            out.push('…');
            return out;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn dataset_href(ctx: &Ctx<'_>, i: usize, root: &str) -> String {
    format!(
        "{root}dataset/{}/index.html",
        href_path(&ctx.dataset_keys[i])
    )
}

/// A dataset in a list: title link, organization and date, summary.
fn dataset_card(ctx: &Ctx<'_>, i: usize, root: &str) -> String {
    let d = &ctx.catalog.datasets[i];
    let mut meta = vec![esc(org_name(ctx, &d.producer))];
    if let Some(m) = d.modified.or(d.issued) {
        meta.push(format!(
            "{} <time datetime=\"{m}\">{m}</time>",
            ctx.t("diperbarui", "updated")
        ));
    }
    format!(
        "<li data-id=\"{}\"><h3><a href=\"{}\">{}</a></h3><p class=\"meta\">{}</p><p>{}</p></li>\n",
        esc(&d.id),
        dataset_href(ctx, i, root),
        esc(d.title.best(ctx.lang)),
        meta.join(" · "),
        esc(&summary(d, ctx.lang, 220)),
    )
}

fn paragraphs(text: &str) -> String {
    text.split('\n')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| format!("<p class=\"lead\">{}</p>\n", esc(p)))
        .collect()
}

// --- home ---------------------------------------------------------------------------------------

fn home(ctx: &Ctx<'_>, facets: &BTreeMap<String, Vec<FacetCount>>) -> String {
    let n = ctx.catalog.datasets.len();
    let mut m = String::new();
    let _ = writeln!(m, "<h1>{}</h1>", esc(&ctx.name));
    m.push_str(&paragraphs(ctx.catalog.description.best(ctx.lang)));
    if ctx.opts.search {
        let _ = write!(
            m,
            concat!(
                "<form id=\"search\" class=\"search\" role=\"search\" action=\"index.html\" method=\"get\">\n",
                "<fieldset disabled>\n",
                "<label for=\"q\">{find}</label>\n",
                "<input type=\"search\" id=\"q\" name=\"q\" placeholder=\"{ph}\" autocomplete=\"off\">\n",
                "<label for=\"sort\">{sort}</label>\n",
                "<select id=\"sort\" name=\"sort\"><option value=\"relevance\">{rel}</option>",
                "<option value=\"modified\">{newest}</option><option value=\"title\">{az}</option></select>\n",
                "<button type=\"submit\">{go}</button>\n",
                "</fieldset>\n</form>\n",
                "<p id=\"search-note\" class=\"note\" data-failed=\"{failed}\">{note}</p>\n"
            ),
            find = ctx.t("Cari dataset", "Search datasets"),
            ph = ctx.t("contoh: penduduk tahun:2024", "e.g. penduduk year:2024"),
            sort = ctx.t("Urutkan", "Sort"),
            rel = ctx.t("Paling sesuai", "Best match"),
            newest = ctx.t("Terbaru", "Newest"),
            az = ctx.t("Judul A–Z", "Title A–Z"),
            go = ctx.t("Cari", "Search"),
            failed = ctx.t(
                "Pencarian tidak dapat dimuat. Buka situs ini melalui server web (http://), bukan sebagai berkas.",
                "Search could not be loaded. Open this site through a web server (http://), not as a file."
            ),
            note = ctx.t(
                "Pencarian berjalan di peramban dan memerlukan JavaScript serta situs yang disajikan melalui web (http://). Tanpa itu, telusuri daftar dataset dan organisasi.",
                "Search runs in the browser and needs JavaScript and the site served over the web (http://). Without them, browse the lists of datasets and organizations."
            ),
        );
    } else {
        let _ = writeln!(
            m,
            "<p id=\"search-note\" class=\"note\">{}</p>",
            ctx.t(
                "Pencarian tidak tersedia di situs ini (modul WebAssembly DataGO tidak disertakan saat situs dibangun). Telusuri daftar dataset dan organisasi.",
                "Search is not available on this site (the DataGO WebAssembly module was not included when the site was built). Browse the lists of datasets and organizations."
            )
        );
    }
    m.push_str("<div class=\"layout\">\n");
    let _ = write!(
        m,
        "<aside class=\"facets\" aria-labelledby=\"facets-heading\"><h2 id=\"facets-heading\">{}</h2>\n<div id=\"facets\">\n",
        ctx.t("Saring", "Filter")
    );
    for facet in FACETS {
        let Some(values) = facets.get(facet).filter(|v| !v.is_empty()) else {
            continue;
        };
        let _ = writeln!(
            m,
            "<section data-facet=\"{facet}\"><h3>{}</h3><ul>",
            facet_label(ctx, facet)
        );
        for c in values {
            let label = if facet == "organization" {
                org_link(ctx, &c.value, "")
            } else {
                esc(&facet_value_label(ctx, facet, c))
            };
            let _ = writeln!(
                m,
                "<li>{label} <span class=\"count\">({})</span></li>",
                c.count
            );
        }
        m.push_str("</ul></section>\n");
    }
    m.push_str("</div></aside>\n");
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| {
        let (da, db) = (&ctx.catalog.datasets[a], &ctx.catalog.datasets[b]);
        db.modified
            .or(db.issued)
            .cmp(&da.modified.or(da.issued))
            .then_with(|| da.title.best(ctx.lang).cmp(db.title.best(ctx.lang)))
    });
    let _ = write!(
        m,
        concat!(
            "<section aria-labelledby=\"results-heading\">\n",
            "<h2 id=\"results-heading\">{newest}</h2>\n",
            "<p id=\"result-count\" aria-live=\"polite\">{count}</p>\n",
            "<ol id=\"results\" class=\"results\">\n"
        ),
        newest = ctx.t("Dataset terbaru", "Newest datasets"),
        count = match ctx.lang {
            Lang::Id => format!("{n} dataset"),
            Lang::En => format!("{n} datasets"),
        },
    );
    for &i in order.iter().take(HOME_LIST) {
        m.push_str(&dataset_card(ctx, i, ""));
    }
    let _ = write!(
        m,
        "</ol>\n<div id=\"pager\" class=\"pager\"></div>\n<p><a href=\"dataset/index.html\">{} ({n})</a></p>\n</section>\n</div>\n",
        ctx.t("Semua dataset", "All datasets")
    );
    let head = if ctx.opts.search {
        "<script type=\"module\" src=\"assets/search.js\"></script>\n".to_string()
    } else {
        String::new()
    };
    document(
        ctx,
        &Page {
            title: "",
            root: "",
            head,
            main: m,
        },
    )
}

/// What the search page needs besides the index: each dataset's page, title, organization and
/// summary in the site's language, facet labels and the page's words.
fn search_data(ctx: &Ctx<'_>, facets: &BTreeMap<String, Vec<FacetCount>>) -> String {
    let mut datasets = Map::new();
    for (i, d) in ctx.catalog.datasets.iter().enumerate() {
        datasets.insert(
            d.id.clone(),
            json!({
                "url": dataset_href(ctx, i, ""),
                "title": d.title.best(ctx.lang),
                "org": org_name(ctx, &d.producer),
                "summary": summary(d, ctx.lang, 220),
            }),
        );
    }
    let mut labels: BTreeMap<&str, BTreeMap<String, String>> = BTreeMap::new();
    for o in &ctx.catalog.organizations {
        labels
            .entry("organization")
            .or_default()
            .insert(o.code.clone(), org_name(ctx, &o.code).to_string());
    }
    for facet in ["theme", "classification", "license", "region"] {
        for c in facets.get(facet).into_iter().flatten() {
            labels
                .entry(facet)
                .or_default()
                .insert(c.value.clone(), facet_value_label(ctx, facet, c));
        }
    }
    let names: Map<String, Value> = FACETS
        .iter()
        .map(|f| (f.to_string(), json!(facet_label(ctx, f))))
        .collect();
    let ui = json!({
        "results": ctx.t("Hasil pencarian", "Search results"),
        "found": ctx.t("{n} dataset ditemukan", "{n} datasets found"),
        "previous": ctx.t("Sebelumnya", "Previous"),
        "next": ctx.t("Berikutnya", "Next"),
        "page": ctx.t("Halaman {page} dari {pages}", "Page {page} of {pages}"),
        "facets": names,
    });
    json!({"lang": ctx.lang.tag(), "datasets": datasets, "labels": labels, "ui": ui}).to_string()
}

// --- dataset list and pages ---------------------------------------------------------------------

fn dataset_list(ctx: &Ctx<'_>) -> String {
    let mut order: Vec<usize> = (0..ctx.catalog.datasets.len()).collect();
    order.sort_by_key(|&i| ctx.catalog.datasets[i].title.best(ctx.lang).to_lowercase());
    let mut m = String::new();
    let _ = write!(
        m,
        "<p class=\"crumbs\"><a href=\"../index.html\">{}</a></p>\n<h1>{}</h1>\n<p>{}</p>\n<ul class=\"results\">\n",
        ctx.t("Beranda", "Home"),
        ctx.t("Semua dataset", "All datasets"),
        match ctx.lang {
            Lang::Id => format!("{} dataset, urut judul.", order.len()),
            Lang::En => format!("{} datasets, by title.", order.len()),
        }
    );
    for i in order {
        m.push_str(&dataset_card(ctx, i, "../"));
    }
    m.push_str("</ul>\n");
    document(
        ctx,
        &Page {
            title: ctx.t("Semua dataset", "All datasets"),
            root: "../",
            head: String::new(),
            main: m,
        },
    )
}

fn row(m: &mut String, label: &str, value: String) {
    if !value.is_empty() {
        let _ = writeln!(m, "<tr><th scope=\"row\">{label}</th><td>{value}</td></tr>");
    }
}

fn dataset_page(ctx: &Ctx<'_>, i: usize, out: &mut Output) {
    let d = &ctx.catalog.datasets[i];
    let dir = format!("dataset/{}", ctx.dataset_keys[i]);
    let root = "../../";
    let lang = ctx.lang;
    let title = d.title.best(lang);
    let mut m = String::new();
    let _ = write!(
        m,
        "<p class=\"crumbs\"><a href=\"{root}index.html\">{}</a> › <a href=\"../index.html\">Dataset</a></p>\n<h1>{}</h1>\n",
        ctx.t("Beranda", "Home"),
        esc(title)
    );
    m.push_str(&paragraphs(d.description.best(lang)));

    // Metadata table.
    let _ = write!(
        m,
        "<h2 id=\"metadata\">Metadata</h2>\n<table class=\"kv\">\n<caption>{}</caption>\n<tbody>\n",
        ctx.t("Keterangan dataset", "About this dataset")
    );
    if !d.producer.is_empty() {
        row(
            &mut m,
            ctx.t("Produsen data", "Data producer"),
            org_link(ctx, &d.producer, root),
        );
    }
    if !d.walidata.is_empty() {
        row(&mut m, "Walidata", org_link(ctx, &d.walidata, root));
    }
    row(
        &mut m,
        ctx.t("Urusan", "Theme (urusan)"),
        d.themes
            .iter()
            .map(|t| match urusan_name(ctx, t) {
                Some(n) => format!("{} {}", esc(t), esc(&n)),
                None => esc(t),
            })
            .collect::<Vec<_>>()
            .join("<br>"),
    );
    row(
        &mut m,
        ctx.t("Kata kunci", "Keywords"),
        esc(&d.keywords.join(", ")),
    );
    if let Some(l) = d.license.as_deref() {
        let v = match crate::license::get(l) {
            Some(reg) => match &reg.url {
                Some(u) => ext_link(reg.display_name(), u),
                None => esc(reg.display_name()),
            },
            None => esc(l),
        };
        row(&mut m, ctx.t("Lisensi", "Licence"), v);
    }
    if let Some(a) = d.access {
        row(
            &mut m,
            ctx.t("Klasifikasi", "Classification"),
            access_label(ctx, a).to_string(),
        );
    }
    if let Some(f) = d.frequency {
        row(
            &mut m,
            ctx.t("Frekuensi pembaruan", "Update frequency"),
            frequency_label(ctx, f).to_string(),
        );
    }
    if let Some(t) = d.temporal {
        row(
            &mut m,
            ctx.t("Cakupan waktu", "Temporal coverage"),
            format!(
                "<time datetime=\"{0}\">{0}</time> – <time datetime=\"{1}\">{1}</time>",
                t.start, t.end
            ),
        );
    }
    if let Some(r) = &d.spatial {
        row(
            &mut m,
            ctx.t("Cakupan wilayah", "Spatial coverage"),
            esc(&region_text(r)),
        );
    }
    for (label, date) in [
        (ctx.t("Diterbitkan", "Issued"), d.issued),
        (ctx.t("Diperbarui", "Modified"), d.modified),
    ] {
        if let Some(x) = date {
            row(&mut m, label, format!("<time datetime=\"{x}\">{x}</time>"));
        }
    }
    if let Some(v) = &d.version {
        row(&mut m, ctx.t("Versi", "Version"), esc(v));
    }
    if let Some(c) = &d.contact {
        let mut parts = vec![esc(&c.name)];
        if let Some(e) = &c.email {
            parts.push(format!(
                "<a href=\"mailto:{}\">{}</a>",
                esc(&href_path(e).replace("%40", "@")),
                esc(e)
            ));
        }
        if let Some(p) = &c.phone {
            parts.push(esc(p));
        }
        if let Some(u) = &c.url {
            parts.push(ext_link(u, u));
        }
        parts.retain(|p| !p.is_empty());
        row(&mut m, ctx.t("Kontak", "Contact"), parts.join("<br>"));
    }
    if let Some(u) = &d.landing_page {
        row(
            &mut m,
            ctx.t("Halaman asal", "Landing page"),
            ext_link(u, u),
        );
    }
    row(&mut m, ctx.t("Pengenal", "Identifier"), esc(&d.id));
    m.push_str("</tbody>\n</table>\n");

    // Resources.
    let _ = writeln!(
        m,
        "<h2 id=\"resources\">{} ({})</h2>",
        ctx.t("Sumber daya", "Resources"),
        d.resources.len()
    );
    if !ctx.publishes_files(i) && d.resources.iter().any(|r| r.path.is_some()) {
        let _ = writeln!(
            m,
            "<p class=\"note\">{}</p>",
            ctx.t(
                "Berkas data dataset ini tidak dibagikan di portal karena klasifikasinya tidak terbuka.",
                "The data files of this dataset are not shared on the portal because it is not open data."
            )
        );
    }
    for (ri, r) in d.resources.iter().enumerate() {
        let local = ctx.local_copy(i, r.path.as_deref());
        if let (Some(site_path), Some(src)) = (&local, r.path.as_deref()) {
            if let Some(bytes) = ctx.bundle.get(src.trim()) {
                out.add(format!("{dir}/{site_path}"), bytes.to_vec());
            }
        }
        m.push_str(&resource_section(ctx, r, ri, local.as_deref()));
    }

    // Quality.
    let q = dataset_quality(
        d,
        &QualityOptions {
            reachable: ctx.local_files.clone(),
            dcat_ap_compliant: None,
        },
    );
    let _ = write!(
        m,
        concat!(
            "<h2 id=\"quality\">{h}</h2>\n",
            "<p><span class=\"score\">{score}</span> / {max} — {rating}</p>\n",
            "<table>\n<caption>{cap}</caption>\n<thead><tr><th scope=\"col\">{dim}</th>",
            "<th scope=\"col\">{pts}</th><th scope=\"col\">Maks.</th></tr></thead>\n<tbody>\n"
        ),
        h = ctx.t("Kualitas metadata (MQA)", "Metadata quality (MQA)"),
        score = fmt_points(q.score),
        max = q.max,
        rating = rating_label(ctx, q.rating),
        cap = ctx.t(
            "Skor per dimensi menurut Metadata Quality Assessment data.europa.eu",
            "Score per dimension, after data.europa.eu's Metadata Quality Assessment"
        ),
        dim = ctx.t("Dimensi", "Dimension"),
        pts = ctx.t("Poin", "Points"),
    );
    for dim in &q.dimensions {
        let _ = writeln!(
            m,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            dimension_label(ctx, dim.dimension.as_str()),
            fmt_points(dim.points),
            dim.max
        );
    }
    m.push_str("</tbody>\n</table>\n");
    if !q.hints.is_empty() {
        let _ = writeln!(
            m,
            "<p>{}</p>\n<ul>",
            ctx.t(
                "Yang dapat diperbaiki lebih dulu:",
                "What to improve first:"
            )
        );
        for h in q.hints.iter().take(3) {
            let _ = writeln!(m, "<li>{}</li>", esc(h.message.get(lang)));
        }
        m.push_str("</ul>\n");
    }

    // Attribution.
    let opts = |format| AttributionOptions {
        lang,
        format,
        base_url: ctx.opts.base_url.clone(),
        ..AttributionOptions::default()
    };
    let html = attribution(d, None, Some(ctx.catalog), &opts(Format::Html));
    let text = attribution(d, None, Some(ctx.catalog), &opts(Format::Text));
    let _ = write!(
        m,
        concat!(
            "<h2 id=\"attribution\">{h}</h2>\n<p>{intro}</p>\n",
            "<blockquote>{html}</blockquote>\n",
            "<p>{plain}</p>\n<pre>{text}</pre>\n"
        ),
        h = ctx.t("Cara mengutip", "How to credit"),
        intro = ctx.t(
            "Cantumkan atribusi ini saat menggunakan atau membagikan ulang data:",
            "Give this attribution when you use or share the data:"
        ),
        html = html.text,
        plain = ctx.t("Sebagai teks biasa:", "As plain text:"),
        text = esc(&text.text),
    );

    // Machine-readable metadata.
    let _ = write!(
        m,
        concat!(
            "<h2 id=\"machine\">{h}</h2>\n<ul>\n",
            "<li><a href=\"datapackage.json\">datapackage.json</a> (Frictionless Data Package)</li>\n",
            "<li><a href=\"{root}catalog.jsonld\">catalog.jsonld</a>, <a href=\"{root}catalog.ttl\">catalog.ttl</a> (DCAT-AP)</li>\n",
            "<li><a href=\"{root}data.json\">data.json</a> ({cat})</li>\n",
            "</ul>\n"
        ),
        h = ctx.t("Metadata terbaca mesin", "Machine-readable metadata"),
        root = root,
        cat = ctx.t("katalog DataGO", "DataGO catalog"),
    );

    let head = format!("{}\n", schema_org::script_tag(d, Some(ctx.catalog)));
    out.add(
        format!("{dir}/index.html"),
        document(
            ctx,
            &Page {
                title,
                root,
                head,
                main: m,
            },
        ),
    );
    out.add(
        format!("{dir}/datapackage.json"),
        datapackage::to_json(d, Some(ctx.catalog), true),
    );
}

fn fmt_points(p: f64) -> String {
    let s = format!("{p:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn resource_section(ctx: &Ctx<'_>, r: &Resource, ri: usize, local: Option<&str>) -> String {
    let lang = ctx.lang;
    let mut m = String::new();
    let title = r.title.best(lang);
    let title = if title.trim().is_empty() {
        r.format.as_deref().unwrap_or("")
    } else {
        title
    };
    let _ = write!(
        m,
        "<section class=\"resource\" aria-labelledby=\"r{ri}\">\n<h3 id=\"r{ri}\">{}</h3>\n",
        esc(title)
    );
    let mut meta: Vec<String> = Vec::new();
    if let Some(f) = &r.format {
        meta.push(esc(f));
    }
    if let Some(mt) = &r.media_type {
        meta.push(esc(mt));
    }
    if let Some(b) = r.byte_size {
        meta.push(size(b));
    }
    if !meta.is_empty() {
        let _ = writeln!(m, "<p class=\"meta\">{}</p>", meta.join(" · "));
    }
    if let Some(desc) = &r.description {
        m.push_str(&paragraphs(desc.best(lang)).replace(" class=\"lead\"", ""));
    }
    let mut links = Vec::new();
    if let Some(p) = local {
        links.push(format!(
            "<a class=\"button\" href=\"{}\" download>{}</a>",
            href_path(p),
            ctx.t("Unduh", "Download")
        ));
    }
    if let Some(u) = r.url.as_deref().and_then(crate::render::http_url) {
        links.push(format!(
            "<a href=\"{}\">{}</a>",
            esc(&u),
            if local.is_some() {
                ctx.t("Sumber asli", "Original source")
            } else {
                ctx.t("Buka atau unduh", "Open or download")
            }
        ));
    }
    if !links.is_empty() {
        let _ = writeln!(m, "<p>{}</p>", links.join(" "));
    }
    if let Some(schema) = r.schema.as_ref().filter(|s| !s.fields.is_empty()) {
        let _ = write!(
            m,
            concat!(
                "<details><summary>{h} ({n} {cols})</summary>\n<div class=\"scroll\"><table>\n",
                "<thead><tr><th scope=\"col\">{name}</th><th scope=\"col\">{ty}</th><th scope=\"col\">{desc}</th></tr></thead>\n<tbody>\n"
            ),
            h = ctx.t("Struktur data", "Data structure"),
            n = schema.fields.len(),
            cols = ctx.t("kolom", "columns"),
            name = ctx.t("Kolom", "Column"),
            ty = ctx.t("Tipe", "Type"),
            desc = ctx.t("Keterangan", "Description"),
        );
        for f in &schema.fields {
            let ty = serde_json::to_value(f.field_type)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            let _ = writeln!(
                m,
                "<tr><td><code>{}</code></td><td>{}</td><td>{}</td></tr>",
                esc(&f.name),
                esc(&ty),
                esc(f
                    .description
                    .as_deref()
                    .or(f.title.as_deref())
                    .unwrap_or(""))
            );
        }
        m.push_str("</tbody>\n</table></div></details>\n");
    }
    if let (Some(_), Some(src), true) = (local, r.path.as_deref(), r.is_csv()) {
        if let Some(bytes) = ctx.bundle.get(src.trim()) {
            m.push_str(&csv_preview(ctx, r, bytes));
        }
    }
    m.push_str("</section>\n");
    m
}

/// The first rows of a CSV file as a table (nothing when it cannot be read).
fn csv_preview(ctx: &Ctx<'_>, r: &Resource, bytes: &[u8]) -> String {
    let max = ctx.opts.preview_rows;
    if max == 0 {
        return String::new();
    }
    let options = ReadOptions {
        dialect: r.dialect.clone(),
        encoding: r.encoding.as_deref().and_then(Encoding::parse),
    };
    let mut header: Vec<String> = Vec::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut more = false;
    let read = read_table(bytes, &options, &mut |e| match e {
        RowEvent::Header(h) => {
            header = h.to_vec();
            true
        }
        RowEvent::Row(_, cells) => {
            if rows.len() == max {
                more = true;
                return false;
            }
            rows.push(cells.iter().map(|c| c.to_string()).collect());
            true
        }
    });
    if read.is_err() || (header.is_empty() && rows.is_empty()) {
        return String::new();
    }
    let caption = match (ctx.lang, more) {
        (Lang::Id, true) => format!("Pratinjau: {} baris pertama", rows.len()),
        (Lang::Id, false) => format!("Pratinjau: semua {} baris", rows.len()),
        (Lang::En, true) => format!("Preview: the first {} rows", rows.len()),
        (Lang::En, false) => format!("Preview: all {} rows", rows.len()),
    };
    let mut m = format!(
        "<div class=\"scroll\"><table class=\"preview\">\n<caption>{caption}</caption>\n<thead><tr>"
    );
    for h in &header {
        let _ = write!(m, "<th scope=\"col\">{}</th>", esc(h));
    }
    m.push_str("</tr></thead>\n<tbody>\n");
    for r in &rows {
        m.push_str("<tr>");
        for c in r {
            let _ = write!(m, "<td>{}</td>", esc(c));
        }
        m.push_str("</tr>\n");
    }
    m.push_str("</tbody>\n</table></div>\n");
    m
}

// --- organizations ------------------------------------------------------------------------------

fn datasets_of<'c>(ctx: &'c Ctx<'_>, code: &'c str) -> impl Iterator<Item = usize> + 'c {
    ctx.catalog
        .datasets
        .iter()
        .enumerate()
        .filter(move |(_, d)| d.producer == code)
        .map(|(i, _)| i)
}

fn organization_list(ctx: &Ctx<'_>) -> String {
    let mut m = String::new();
    let _ = write!(
        m,
        concat!(
            "<p class=\"crumbs\"><a href=\"../index.html\">{home}</a></p>\n<h1>{h}</h1>\n",
            "<table>\n<caption>{cap}</caption>\n<thead><tr><th scope=\"col\">{name}</th>",
            "<th scope=\"col\">{role}</th><th scope=\"col\">Dataset</th></tr></thead>\n<tbody>\n"
        ),
        home = ctx.t("Beranda", "Home"),
        h = ctx.t("Organisasi", "Organizations"),
        cap = ctx.t(
            "Organisasi perangkat daerah dan perannya dalam Satu Data",
            "Organizations and their Satu Data roles"
        ),
        name = ctx.t("Nama", "Name"),
        role = ctx.t("Peran Satu Data", "Satu Data role"),
    );
    let mut orgs: Vec<&Organization> = ctx.catalog.organizations.iter().collect();
    orgs.sort_by_key(|o| o.name.best(ctx.lang).to_lowercase());
    for o in orgs {
        let _ = writeln!(
            m,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            org_link(ctx, &o.code, "../"),
            role_label(ctx, o.role),
            datasets_of(ctx, &o.code).count()
        );
    }
    m.push_str("</tbody>\n</table>\n");
    document(
        ctx,
        &Page {
            title: ctx.t("Organisasi", "Organizations"),
            root: "../",
            head: String::new(),
            main: m,
        },
    )
}

fn organization_page(ctx: &Ctx<'_>, o: &Organization) -> String {
    let root = "../../";
    let name = org_name(ctx, &o.code);
    let mut m = String::new();
    let _ = write!(
        m,
        "<p class=\"crumbs\"><a href=\"{root}index.html\">{}</a> › <a href=\"../index.html\">{}</a></p>\n<h1>{}</h1>\n",
        ctx.t("Beranda", "Home"),
        ctx.t("Organisasi", "Organizations"),
        esc(name)
    );
    if let Some(d) = &o.description {
        m.push_str(&paragraphs(d.best(ctx.lang)));
    }
    let _ = write!(
        m,
        "<table class=\"kv\">\n<caption>{}</caption>\n<tbody>\n",
        ctx.t("Keterangan organisasi", "About this organization")
    );
    if let Some(s) = &o.short_name {
        row(&mut m, ctx.t("Singkatan", "Short name"), esc(s));
    }
    row(
        &mut m,
        ctx.t("Peran Satu Data", "Satu Data role"),
        role_label(ctx, o.role).to_string(),
    );
    let kind = serde_json::to_value(o.kind)
        .ok()
        .and_then(|v| v.as_str().map(|s| s.replace('-', " ")))
        .unwrap_or_default();
    row(&mut m, ctx.t("Jenis", "Kind"), esc(&kind));
    if let Some(p) = &o.parent {
        row(&mut m, ctx.t("Induk", "Parent"), org_link(ctx, p, root));
    }
    row(
        &mut m,
        ctx.t("Urusan", "Themes (urusan)"),
        o.urusan
            .iter()
            .map(|t| match urusan_name(ctx, t) {
                Some(n) => format!("{} {}", esc(t), esc(&n)),
                None => esc(t),
            })
            .collect::<Vec<_>>()
            .join("<br>"),
    );
    if let Some(r) = &o.region {
        row(&mut m, ctx.t("Wilayah", "Region"), esc(&region_text(r)));
    }
    if let Some(h) = &o.homepage {
        row(&mut m, ctx.t("Situs web", "Website"), ext_link(h, h));
    }
    if let Some(c) = &o.contact {
        let mut parts = vec![esc(&c.name)];
        parts.extend(c.email.iter().map(|e| esc(e)));
        parts.extend(c.phone.iter().map(|p| esc(p)));
        parts.retain(|p| !p.is_empty());
        row(&mut m, ctx.t("Kontak", "Contact"), parts.join("<br>"));
    }
    m.push_str("</tbody>\n</table>\n");
    let produced: Vec<usize> = datasets_of(ctx, &o.code).collect();
    let _ = writeln!(
        m,
        "<h2>{} ({})</h2>",
        ctx.t("Dataset yang dihasilkan", "Datasets produced"),
        produced.len()
    );
    if produced.is_empty() {
        let _ = writeln!(
            m,
            "<p>{}</p>",
            ctx.t("Belum ada dataset terbit.", "No published datasets yet.")
        );
    } else {
        m.push_str("<ul class=\"results\">\n");
        for i in produced {
            m.push_str(&dataset_card(ctx, i, root));
        }
        m.push_str("</ul>\n");
    }
    document(
        ctx,
        &Page {
            title: name,
            root,
            head: String::new(),
            main: m,
        },
    )
}

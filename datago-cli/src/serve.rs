//! `datago serve`: a read-only CKAN API v3 over a catalog directory (the logic is
//! `datago_core::standards::ckan_api`; this file is the HTTP layer), and a static site at `/`.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{any, get};
use axum::Router;
use datago_core::standards::ckan_api::{
    error_reply, params_from_json, params_from_pairs, CkanApi, Params, Reply, ACTIONS,
};
use datago_core::{Bundle, Error, Lang};

/// Arguments of `datago serve`.
#[derive(clap::Args)]
pub struct ServeArgs {
    /// The catalog directory; without it, the embedded Kota Magelang sample.
    dir: Option<PathBuf>,
    /// TCP port (0: any free port, printed at start).
    #[arg(long, default_value_t = 5000)]
    port: u16,
    /// Address to listen on (127.0.0.1: this machine only).
    #[arg(long, default_value = "127.0.0.1")]
    host: IpAddr,
    /// A static site directory (`datago build --out DIR`) to serve at `/`.
    #[arg(long)]
    site: Option<PathBuf>,
    /// Serve N generated datasets instead of a catalog (load benchmarks).
    #[arg(long, hide = true, conflicts_with = "dir", value_name = "N")]
    generate: Option<usize>,
}

struct AppState {
    api: CkanApi,
    /// `http://host:port` as the server was started, for `help` links without a Host header.
    base: String,
    title: String,
}

/// Runs the server until interrupted. Exit code 2 when the catalog cannot be read or the
/// address cannot be bound.
pub fn run(args: ServeArgs) -> Result<ExitCode, Error> {
    let catalog = match (&args.dir, args.generate) {
        (_, Some(n)) => datago_core::synthetic::catalog(n),
        (Some(d), None) => {
            let loaded = Bundle::from_dir(d)?.load()?;
            if !loaded.findings.is_empty() {
                eprintln!(
                    "datago: {} documents could not be read and are left out (datago check {} lists them)",
                    loaded.findings.len(),
                    d.display()
                );
            }
            loaded.catalog
        }
        (None, None) => datago_core::sample::bundle().load()?.catalog,
    };
    if let Some(site) = &args.site {
        if !site.is_dir() {
            return Err(Error::from(datago_core::BundleError::Io {
                path: site.display().to_string(),
                detail: "not a directory (build the site first: datago build --out DIR)".into(),
            }));
        }
    }
    let api = CkanApi::new(&catalog);
    let title = catalog.title.best(Lang::Id).to_string();
    drop(catalog);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("datago: cannot start the server: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    runtime.block_on(serve(args, api, title))
}

async fn serve(args: ServeArgs, api: CkanApi, title: String) -> Result<ExitCode, Error> {
    let addr = SocketAddr::new(args.host, args.port);
    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("datago: cannot listen on {addr}: {e}; choose another --port or --host");
            eprintln!(
                "datago: tidak dapat mendengarkan di {addr}: {e}; pilih --port atau --host lain"
            );
            return Ok(ExitCode::from(2));
        }
    };
    let local = listener.local_addr().unwrap_or(addr);
    let state = Arc::new(AppState {
        base: format!("http://{local}"),
        title,
        api,
    });
    let count = state.api.len();
    let mut app = Router::new()
        .route("/api/action/{name}", any(action))
        .route("/api/{version}/action/{name}", any(versioned_action))
        .route("/api", get(api_version))
        .route("/api/{version}", get(api_version));
    app = match &args.site {
        Some(site) => app.fallback_service(tower_http::services::ServeDir::new(site)),
        None => app.route("/", get(index)),
    };
    let app = app.with_state(state);
    // The first line tells scripts and tests where the API is (useful with --port 0).
    println!("DataGO CKAN API: http://{local}/api/3/action/ ({count} datasets)");
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    if let Err(e) = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
    {
        eprintln!("datago: the server stopped: {e}");
        return Ok(ExitCode::from(2));
    }
    Ok(ExitCode::SUCCESS)
}

async fn api_version() -> Response {
    json_response(200, r#"{"version": 3}"#.to_string())
}

async fn versioned_action(
    state: State<Arc<AppState>>,
    Path((_version, name)): Path<(String, String)>,
    headers: HeaderMap,
    query: RawQuery,
    body: Bytes,
) -> Response {
    action(state, Path(name), headers, query, body).await
}

async fn action(
    State(state): State<Arc<AppState>>,
    Path(name): Path<String>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    body: Bytes,
) -> Response {
    let base = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map_or_else(|| state.base.clone(), |h| format!("http://{h}"));
    let reply = match params(&headers, query.as_deref(), &body) {
        Ok(p) => state.api.call(&name, &p, &base),
        Err(e) => error_reply(&e, &name, &base),
    };
    reply_response(reply)
}

/// The parameters of a request: the query string, then the body (a form, or a JSON object)
/// over it.
fn params(
    headers: &HeaderMap,
    query: Option<&str>,
    body: &[u8],
) -> Result<Params, datago_core::standards::ckan_api::ApiError> {
    let pairs = |bytes: &[u8]| {
        params_from_pairs(
            form_urlencoded::parse(bytes).map(|(k, v)| (k.into_owned(), v.into_owned())),
        )
    };
    let mut p = pairs(query.unwrap_or("").as_bytes());
    let is_form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    let from_body = if is_form {
        pairs(body)
    } else {
        params_from_json(body)?
    };
    p.extend(from_body);
    Ok(p)
}

fn reply_response(reply: Reply) -> Response {
    json_response(reply.status, reply.body)
}

fn json_response(status: u16, body: String) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json;charset=utf-8"),
        )],
        body,
    )
        .into_response()
}

async fn index(State(state): State<Arc<AppState>>) -> Html<String> {
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let links: String = ACTIONS
        .iter()
        .map(|a| format!("<li><a href=\"/api/3/action/{a}\">{a}</a></li>"))
        .collect();
    Html(format!(
        "<!doctype html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>{t}</title></head>\
         <body><h1>{t}</h1><p>CKAN API v3 (hanya-baca / read-only): <code>/api/3/action/</code></p>\
         <ul>{links}</ul><p>Didukung oleh / powered by <a href=\"https://datago.magelangkota.go.id\">DataGO</a> \
         — Pemerintah Kota Magelang.</p></body></html>\n",
        t = esc(&state.title)
    ))
}

// Browser test of the static portal: `datago build examples/magelang` with the web build of the
// npm package, served from a loopback HTTP server, driven in headless Chromium (Debian's
// /usr/bin/chromium) through playwright-core. Expected results are computed here from the
// sample's JSON files, not by DataGO.
//
// Run by scripts/test-browser (which installs Chromium and builds what is needed):
//   DATAGO_BIN=target/debug/datago node --test datago-wasm/tests/browser/site.browser.mjs

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const sample = path.join(root, "examples/magelang");
const bin = process.env.DATAGO_BIN || path.join(root, "target/debug/datago");
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";

// --- what the sample says --------------------------------------------------------------------

const catalog = JSON.parse(fs.readFileSync(path.join(sample, "catalog.json"), "utf8"));
const orgNames = new Map(catalog.organizations.map((o) => [o.code, o.name]));
const published = fs
  .readdirSync(path.join(sample, "datasets"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(fs.readFileSync(path.join(sample, "datasets", f), "utf8")))
  .filter((d) => d.status === "published");

const texts = (t) => (t == null ? [] : typeof t === "string" ? [t] : Object.values(t));
/** The words of the fields the catalog search covers: titles, descriptions, keywords,
 * organization codes and names, resource titles and formats. */
function words(d) {
  const parts = [...texts(d.title), ...texts(d.description), ...(d.keywords || [])];
  for (const r of d.resources || []) parts.push(...texts(r.title), r.format || "");
  for (const code of [d.producer, d.walidata].filter(Boolean)) parts.push(code, ...texts(orgNames.get(code)));
  return new Set(parts.join(" ").toLowerCase().match(/[\p{L}\p{N}]+/gu));
}
function countBy(list, keys) {
  const m = new Map();
  for (const d of list) for (const k of keys(d)) m.set(k, (m.get(k) || 0) + 1);
  return Object.fromEntries([...m].sort());
}
const formatsOf = (d) => new Set((d.resources || []).map((r) => (r.format || "").toUpperCase()).filter(Boolean));

const QUERY = "jumlah";
const matches = published.filter((d) => words(d).has(QUERY));
const ORG = "disdukcapil";
const filtered = matches.filter((d) => d.producer === ORG);

// --- site, server, browser -------------------------------------------------------------------

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".json": "application/json",
  ".jsonld": "application/ld+json",
  ".ttl": "text/turtle",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".csv": "text/csv",
};

let tmp, site, server, base, context;

before(async () => {
  assert.ok(fs.existsSync(chromiumPath), `${chromiumPath} is missing: run scripts/test-browser, which installs it`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "datago-site-"));
  site = path.join(tmp, "site");
  execFileSync(bin, ["build", sample, "--out", site, "--wasm-dir", path.join(root, "datago-wasm/pkg/web")], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  server = http.createServer((req, res) => {
    let p = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (p.endsWith("/")) p += "index.html";
    const file = path.join(site, path.normalize(p));
    if (!file.startsWith(site + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${server.address().port}`;
  context = await chromium.launchPersistentContext(path.join(tmp, "profile"), {
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  context.setDefaultTimeout(20_000);
});

after(async () => {
  await context?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok()));
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

async function facetCounts(page, facet) {
  return page.$$eval(`#facets button[data-facet="${facet}"]`, (bs) =>
    Object.fromEntries(
      bs.map((b) => [b.dataset.value, Number(b.querySelector(".count").textContent.replace(/[()]/g, ""))]).sort(),
    ),
  );
}
const resultTitles = (page) => page.$$eval("#results li h3 a", (as) => as.map((a) => a.textContent).sort());
const titles = (list) => list.map((d) => d.title.id).sort();

test("search, facets and a dataset page in Chromium", async () => {
  assert.ok(matches.length > filtered.length && filtered.length > 1, "the query and facet narrow the list");
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("response", (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));

  await page.goto(`${base}/index.html`);
  await page.waitForSelector("body[data-search=ready]");
  assert.equal(await page.textContent("h1"), catalog.title.id);
  assert.equal(await page.isVisible("#search-note"), false, "the search note goes once search works");
  assert.equal(await page.textContent("#result-count"), `${published.length} dataset ditemukan`);
  // The DataGO credit: the logo, loaded and visible, linked to DataGO.
  const logo = page.locator('footer a[href="https://datago.magelangkota.go.id"] img');
  assert.ok(await logo.isVisible());
  assert.ok((await logo.evaluate((img) => img.naturalWidth)) > 0, "the logo loads");

  // Type a query.
  await page.fill("#q", QUERY);
  await page.waitForFunction((n) => document.getElementById("result-count").textContent === `${n} dataset ditemukan`, matches.length);
  assert.deepEqual(await resultTitles(page), titles(matches));
  assert.deepEqual(await facetCounts(page, "organization"), countBy(matches, (d) => [d.producer]));
  assert.deepEqual(await facetCounts(page, "format"), countBy(matches, formatsOf));
  assert.deepEqual(await facetCounts(page, "license"), countBy(matches, (d) => (d.license ? [d.license] : [])));

  // Click a facet.
  const facet = page.locator(`#facets button[data-facet="organization"][data-value="${ORG}"]`);
  assert.match(await facet.textContent(), new RegExp(`^${orgNames.get(ORG).id} `));
  await facet.click();
  await page.waitForFunction((n) => document.getElementById("result-count").textContent === `${n} dataset ditemukan`, filtered.length);
  assert.deepEqual(await resultTitles(page), titles(filtered));
  assert.equal(
    await page.getAttribute(`#facets button[data-facet="organization"][data-value="${ORG}"]`, "aria-pressed"),
    "true",
  );
  assert.deepEqual(await facetCounts(page, "organization"), { [ORG]: filtered.length });
  const url = new URL(page.url());
  assert.equal(url.searchParams.get("q"), QUERY);
  assert.deepEqual(url.searchParams.getAll("f"), [`organization:${ORG}`]);

  // The search is in the address: reloading it gives the same results.
  await page.reload();
  await page.waitForSelector("body[data-search=ready]");
  assert.equal(await page.inputValue("#q"), QUERY);
  assert.deepEqual(await resultTitles(page), titles(filtered));

  // Open a dataset page that has a CSV file.
  const d = filtered.find((x) => (x.resources || []).some((r) => r.path && r.format === "CSV"));
  assert.ok(d, "a filtered dataset with a CSV file");
  await Promise.all([page.waitForURL(`**/dataset/${d.slug}/index.html`), page.click(`#results a:text-is("${d.title.id}")`)]);
  assert.equal(await page.textContent("h1"), d.title.id);
  assert.equal(await page.title(), `${d.title.id} — ${catalog.title.id}`);
  const producer = await page.textContent('table.kv tr:has(th:text-is("Produsen data")) td');
  assert.equal(producer, orgNames.get(d.producer).id);

  const resource = d.resources.find((r) => r.path && r.format === "CSV");
  const csv = fs.readFileSync(path.join(sample, resource.path), "utf8");
  const href = await page.getAttribute("a[download]", "href");
  const download = await page.request.get(new URL(href, page.url()).href);
  assert.equal(download.status(), 200);
  assert.equal(await download.text(), csv);
  const [header, first] = csv.split(/\r?\n/).map((l) => l.split(","));
  assert.deepEqual(await page.$$eval("table.preview thead th", (ths) => ths.map((t) => t.textContent)), header);
  assert.deepEqual(await page.$$eval("table.preview tbody tr:first-child td", (tds) => tds.map((t) => t.textContent)), first);

  const ld = JSON.parse(await page.textContent('script[type="application/ld+json"]'));
  assert.equal(ld["@type"], "Dataset");
  assert.equal(ld.name, d.title.id);
  assert.ok(await page.locator('footer a[href="https://datago.magelangkota.go.id"] img').isVisible());
  const score = Number(await page.textContent(".score"));
  assert.ok(score > 0 && score <= 405, `MQA score ${score}`);

  const dp = await page.request.get(new URL("datapackage.json", page.url()).href);
  assert.equal((await dp.json()).name, d.slug);

  assert.deepEqual(errors, []);
  await page.close();
});

test("from file:// the pages work and the note says search needs http", async () => {
  const page = await context.newPage();
  await page.goto(`file://${site}/index.html`, { waitUntil: "load" });
  // Browsers do not load module scripts from file://: the form stays disabled, the note stays.
  assert.ok(await page.isVisible("#search-note"));
  assert.match(await page.textContent("#search-note"), /http:\/\//);
  assert.ok(await page.isDisabled("#q"));
  assert.notEqual(await page.getAttribute("body", "data-search"), "ready");
  // The static list, its links and the credit still work.
  const first = await page.textContent("#results li h3 a");
  await Promise.all([page.waitForURL("**/dataset/*/index.html"), page.click("#results li h3 a")]);
  assert.equal(await page.textContent("h1"), first);
  assert.ok(await page.locator('footer a[href="https://datago.magelangkota.go.id"] img').isVisible());
  await page.close();
});

// Catalog search for the DataGO static portal: loads the prebuilt index into the `datago`
// WebAssembly package (web build, copied into ./datago/) and runs every query in the browser.
// The page works without this script: it then lists the newest datasets and a note says why
// search is off (file:// pages cannot load WebAssembly modules; serve the site over HTTP).

import init, { SearchIndex } from "./datago/datago_wasm.js";

const PER_PAGE = 20;
const FACETS = ["organization", "theme", "format", "license", "year", "classification", "region"];

const form = document.getElementById("search");
const note = document.getElementById("search-note");

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

async function start() {
  const [, bytes, data] = await Promise.all([
    init(),
    fetch(new URL("search-index.bin", import.meta.url)).then((r) => r.arrayBuffer()),
    fetch(new URL("search-data.json", import.meta.url)).then((r) => r.json()),
  ]);
  const index = SearchIndex.fromBytes(new Uint8Array(bytes));
  const ui = data.ui;
  const root = new URL("../", import.meta.url);
  const input = form.querySelector("input[name=q]");
  const sort = form.querySelector("select[name=sort]");
  const results = document.getElementById("results");
  const count = document.getElementById("result-count");
  const facetsBox = document.getElementById("facets");
  const pager = document.getElementById("pager");
  const heading = document.getElementById("results-heading");

  // State, mirrored in the address (?q=…&f=facet:value&sort=…&page=…) so a search can be shared.
  const params = new URLSearchParams(location.search);
  const state = { q: params.get("q") || "", sort: params.get("sort") || "relevance", page: Number(params.get("page")) || 1, filters: new Map() };
  for (const f of params.getAll("f")) {
    const i = f.indexOf(":");
    if (i > 0) toggle(f.slice(0, i), f.slice(i + 1));
  }
  input.value = state.q;
  if (sort) sort.value = state.sort;

  function toggle(facet, value) {
    const set = state.filters.get(facet) || new Set();
    set.has(value) ? set.delete(value) : set.add(value);
    set.size ? state.filters.set(facet, set) : state.filters.delete(facet);
  }

  function queryText() {
    const parts = [state.q.trim()];
    for (const [facet, values] of state.filters) {
      // The query syntax has no quoting for filter values; a value with a space cannot be a filter.
      for (const v of values) if (!/\s/.test(v)) parts.push(`${facet}:${v}`);
    }
    return parts.filter(Boolean).join(" ");
  }

  function label(facet, value, fallback) {
    return (data.labels[facet] && data.labels[facet][value]) || fallback || value;
  }

  function render() {
    const r = index.search({ text: queryText(), sort: state.sort, page: state.page, perPage: PER_PAGE });
    heading.textContent = ui.results;
    count.textContent = ui.found.replace("{n}", String(r.total));
    results.replaceChildren(
      ...r.hits.map((h) => {
        const d = data.datasets[h.id] || { url: `dataset/${encodeURIComponent(h.slug)}/index.html`, title: h.title };
        const item = el("li", { "data-id": h.id }, el("h3", {}, el("a", { href: new URL(d.url, root).href }, d.title)));
        if (d.org) item.append(el("p", { class: "meta" }, d.org));
        if (d.summary) item.append(el("p", {}, d.summary));
        return item;
      }),
    );
    facetsBox.replaceChildren(
      ...FACETS.filter((f) => (r.facets[f] || []).length || state.filters.has(f)).map((facet) => {
        const values = new Map((r.facets[facet] || []).map((c) => [c.value, c]));
        for (const v of state.filters.get(facet) || []) if (!values.has(v)) values.set(v, { value: v, count: 0 });
        const list = el("ul");
        for (const c of values.values()) {
          const pressed = state.filters.get(facet)?.has(c.value) ?? false;
          const b = el("button", { type: "button", "aria-pressed": String(pressed), "data-facet": facet, "data-value": c.value },
            `${label(facet, c.value, c.label)} `, el("span", { class: "count" }, `(${c.count})`));
          b.addEventListener("click", () => { toggle(facet, c.value); state.page = 1; update(); });
          list.append(el("li", {}, b));
        }
        return el("section", { "data-facet": facet }, el("h3", {}, ui.facets[facet] || facet), list);
      }),
    );
    const pages = Math.max(1, Math.ceil(r.total / PER_PAGE));
    const prev = el("button", { type: "button" }, ui.previous);
    const next = el("button", { type: "button" }, ui.next);
    prev.disabled = state.page <= 1;
    next.disabled = state.page >= pages;
    prev.addEventListener("click", () => { state.page -= 1; update(); });
    next.addEventListener("click", () => { state.page += 1; update(); });
    pager.replaceChildren(prev, el("span", {}, ui.page.replace("{page}", String(state.page)).replace("{pages}", String(pages))), next);
  }

  function update() {
    const p = new URLSearchParams();
    if (state.q) p.set("q", state.q);
    for (const [facet, values] of state.filters) for (const v of values) p.append("f", `${facet}:${v}`);
    if (state.sort !== "relevance") p.set("sort", state.sort);
    if (state.page > 1) p.set("page", String(state.page));
    const s = p.toString();
    history.replaceState(null, "", `${location.pathname}${s ? `?${s}` : ""}`);
    render();
  }

  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => { state.q = input.value; state.page = 1; update(); }, 150);
  });
  sort?.addEventListener("change", () => { state.sort = sort.value; state.page = 1; update(); });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    state.q = input.value;
    state.page = 1;
    update();
  });

  render();
  note.hidden = true;
  form.querySelector("fieldset").disabled = false;
  document.body.dataset.search = "ready";
}

if (form) {
  start().catch((e) => {
    note.textContent = `${note.dataset.failed} (${e && e.message ? e.message : e})`;
    document.body.dataset.search = "failed";
  });
}

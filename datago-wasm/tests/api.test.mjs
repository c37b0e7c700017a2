// The rest of the API: documents, workflow, vocabularies, reference data.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

import { assertMessage, datago, pkgDir, schemasDir } from "./helpers.mjs";

const kinds = ["catalog", "organization", "dataset", "resource", "contact-point", "table-schema", "finding", "report"];

describe("documents", () => {
  it("parseDocument returns the canonical form", () => {
    const ds = datago.parseDocument("dataset", '{"id": "d1", "slug": "d1", "title": "Judul", "unknown": 1}');
    assert.deepEqual(ds, { id: "d1", slug: "d1", title: { id: "Judul" }, description: {}, producer: "", walidata: "", status: "draft" });
  });

  it("parseDocument reads every kind, in any accepted spelling", () => {
    const minimal = {
      catalog: { id: "c" },
      organization: { code: "dinkes", kind: "dinas", role: "produsen-data" },
      dataset: { id: "d", slug: "dd" },
      resource: {},
      "contact-point": {},
      "table-schema": {},
      finding: { code: "x", severity: "info", path: "", message: { id: "a", en: "b" } },
      report: datago.checkSample(),
    };
    for (const kind of kinds) {
      assert.equal(typeof datago.parseDocument(kind, JSON.stringify(minimal[kind])), "object", kind);
    }
    assert.deepEqual(datago.parseDocument("Contact_Point", "{}"), datago.parseDocument("contact-point", "{}"));
  });

  it("validate returns every finding, with messages in both languages", () => {
    const findings = datago.validateDataset({ id: "ds 1", slug: "X", title: { id: "" } });
    const codes = findings.map((f) => f.code);
    for (const code of ["dataset.id.invalid", "dataset.slug.invalid", "dataset.title.missing", "dataset.description.missing"]) {
      assert.ok(codes.includes(code), code);
    }
    for (const f of findings) {
      assertMessage(f.message, f.code);
      assert.ok(["error", "warning", "info"].includes(f.severity));
      assert.ok(f.path === "" || f.path.startsWith("/"));
    }
    assert.deepEqual(datago.validate("dataset", { id: "ds 1", slug: "X", title: { id: "" } }), findings);
  });

  it("validateCatalog, validateOrganization, validateResource", () => {
    assert.deepEqual(
      datago.validateOrganization({ code: "Dinkes", kind: "dinas", role: "produsen-data" }).map((f) => f.code),
      ["organization.code.invalid", "organization.name.missing", "organization.contact.missing"],
    );
    assert.ok(datago.validateCatalog({ id: "" }).some((f) => f.code === "catalog.id.missing"));
    assert.deepEqual(
      datago.validateResource('{"title": {"id": "Data 2024"}, "format": "CSV", "mediaType": "text/csv", "path": "data/penduduk.csv"}').map((f) => f.code),
      ["resource.schema.missing"],
    );
  });
});

describe("applyAction", () => {
  const dataset = { id: "d1", slug: "d1", producer: "dinkes", walidata: "diskominsta" };

  it("walks the workflow to publication, recording each step", () => {
    let ds = datago.applyAction(dataset, { action: "submit", organization: "dinkes", actor: "Ani", at: "2026-11-26T09:00:00+07:00" });
    assert.equal(ds.status, "submitted");
    assert.deepEqual(ds.history[0], {
      from: "draft",
      to: "submitted",
      action: "submit",
      by: { organization: "dinkes", name: "Ani" },
      at: "2026-11-26T02:00:00Z",
    });
    ds = datago.applyAction(JSON.stringify(ds), { action: "verify", organization: "diskominsta", actor: "Budi", at: new Date("2026-11-27T00:00:00Z") });
    ds = datago.applyAction(ds, { action: "publish", organization: "diskominsta", actor: "Budi", at: "2026-11-27T01:00:00Z", note: "Tayang" });
    assert.equal(ds.status, "published");
    assert.deepEqual(ds.history.map((t) => t.action), ["submit", "verify", "publish"]);
    assert.equal(ds.history[1].at, "2026-11-27T00:00:00Z");
    assert.equal(ds.history[2].note, "Tayang");
  });

  it("does not change the dataset it was given", () => {
    const copy = structuredClone(dataset);
    datago.applyAction(dataset, { action: "submit", organization: "dinkes", actor: "Ani", at: "2026-11-26T09:00:00Z" });
    assert.deepEqual(dataset, copy);
  });
});

describe("vocabularies", () => {
  it("slugify and isValidSlug follow CKAN", () => {
    assert.equal(datago.slugify("  Café & Résumé!! "), "cafe-resume");
    assert.equal(datago.slugify("!!!"), null);
    assert.equal(datago.isValidSlug("jumlah-penduduk_2024"), true);
    assert.equal(datago.isValidSlug("search"), false);
  });

  it("regionInfo detects the scheme when none is given", () => {
    assert.deepEqual(datago.regionInfo("33.71"), {
      scheme: "kemendagri",
      code: "33.71",
      wellFormed: true,
      level: "kabupaten-kota",
      kemendagri: "33.71",
      bps: "3371",
    });
    assert.equal(datago.regionInfo("3371010").scheme, "bps");
    assert.equal(datago.regionInfo("3371010").level, "kecamatan");
    assert.equal(datago.regionInfo("33").scheme, "kemendagri");
    assert.equal(datago.regionInfo("33.71", "bps").wellFormed, false);
    assert.deepEqual(datago.regionInfo("3371", null), datago.regionInfo("3371"));
  });

  it("euUris maps frequency, access and urusan", () => {
    assert.deepEqual(datago.euUris("frequency", "tahunan"), ["http://publications.europa.eu/resource/authority/frequency/ANNUAL"]);
    assert.deepEqual(datago.euUris("access", "terbuka"), ["http://publications.europa.eu/resource/authority/access-right/PUBLIC"]);
    assert.deepEqual(datago.euUris("urusan", "1.02"), ["http://publications.europa.eu/resource/authority/data-theme/HEAL"]);
  });

  it("urusanList has the 42 bidang urusan with names in both languages", () => {
    const list = datago.urusanList();
    assert.equal(list.length, 42);
    const statistik = list.find((u) => u.code === "2.20");
    assert.equal(statistik.name.id, "Statistik");
    for (const u of list) {
      assert.match(u.code, /^\d\.\d\d$/);
      assert.ok(u.name.id && u.name.en, u.code);
      assert.ok(u.euThemes.length > 0, u.code);
      assert.deepEqual(datago.euUris("urusan", u.code), u.euThemes.map((t) => `http://publications.europa.eu/resource/authority/data-theme/${t}`));
    }
  });
});

describe("reference data", () => {
  it("rules lists every finding code once, with both message templates", () => {
    const rules = datago.rules();
    assert.ok(rules.length > 30);
    assert.equal(new Set(rules.map((r) => r.code)).size, rules.length);
    for (const r of rules) {
      assert.ok(["error", "warning", "info"].includes(r.severity), r.code);
      assert.ok(r.id.length > 0 && r.en.length > 0, r.code);
    }
    const codes = new Set(rules.map((r) => r.code));
    for (const f of datago.validateDataset({ id: "", slug: "" })) assert.ok(codes.has(f.code), f.code);
  });

  it("jsonSchema gives the committed schema of every kind", () => {
    for (const kind of kinds) {
      const committed = JSON.parse(fs.readFileSync(path.join(schemasDir, `${kind}.schema.json`), "utf8"));
      assert.deepEqual(datago.jsonSchema(kind), committed, kind);
    }
    assert.equal(datago.jsonSchema("dataset").title, "Dataset");
  });

  it("version is the package version", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8"));
    assert.equal(datago.version(), pkg.version);
    assert.match(datago.version(), /^\d+\.\d+\.\d+/);
  });
});

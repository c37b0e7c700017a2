// Runs the shared conformance vectors (tests/vectors/*.json) through the package, with the same
// operations and comparisons as datago-core/tests/vectors.rs and the Python suite.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

import { assertMessage, datago, expectError, findingKeys, vectorsDir } from "./helpers.mjs";
import { replicationOps } from "./replication-vectors.mjs";

const ops = {
  ...replicationOps,

  validate(c) {
    const want = findingKeys(c.expect.findings.map((f) => ({ ...f, message: { id: "-", en: "-" } })));
    // As an object (written with JSON.stringify) and as JSON text: same findings.
    assert.deepEqual(findingKeys(datago.validate(c.type, c.input)), want);
    assert.deepEqual(findingKeys(datago.validate(c.type, JSON.stringify(c.input))), want);
  },

  normalize(c) {
    assert.deepEqual(datago.parseDocument(c.type, JSON.stringify(c.input)), c.expect.value);
  },

  parse(c) {
    const e = expectError(() => datago.validate(c.type, c.text), { name: "ParseError", code: c.expect.error });
    assert.equal(typeof e.line, "number");
    assert.equal(typeof e.column, "number");
    expectError(() => datago.parseDocument(c.type, c.text), { name: "ParseError", code: c.expect.error });
  },

  workflow(c) {
    let ds = c.input;
    let failed = null;
    for (const [i, step] of c.steps.entries()) {
      try {
        ds = datago.applyAction(ds, step);
      } catch (e) {
        expectError(() => {
          throw e;
        });
        failed = { i, code: e.code };
        break;
      }
    }
    assert.equal(ds.status, c.expect.status);
    if (c.expect.error !== undefined) {
      assert.deepEqual(failed, { i: c.expect.failed_step, code: c.expect.error });
    } else {
      assert.equal(failed, null, `unexpected failure ${JSON.stringify(failed)}`);
      assert.deepEqual(
        ds.history.map((t) => `${t.from}>${t.to}`),
        c.expect.history,
      );
      assert.equal(ds.history[0].at, c.expect.first_at);
      // The recorded dataset still validates its own history.
      const historyFindings = datago.validate("dataset", ds).filter((f) => f.code.startsWith("dataset.history"));
      assert.deepEqual(historyFindings, []);
    }
  },

  slug(c) {
    assert.equal(datago.isValidSlug(c.input), c.expect.valid);
    assert.equal(datago.slugify(c.input), c.expect.slugify);
  },

  region(c) {
    const info = datago.regionInfo(c.input.code, c.input.scheme);
    for (const k of ["wellFormed", "level", "kemendagri", "bps"]) {
      assert.deepEqual(info[k], c.expect[k], k);
    }
    assert.equal(info.scheme, c.input.scheme);
    assert.equal(info.code, c.input.code);
  },

  eu(c) {
    if (c.expect.error !== undefined) {
      expectError(() => datago.euUris(c.vocabulary, c.input), { code: c.expect.error });
    } else {
      assert.deepEqual(datago.euUris(c.vocabulary, c.input), c.expect.uris);
    }
  },

  convert(c) {
    if (c.expect.error) {
      expectError(() => datago.convert(c.from, c.to, c.input), { code: c.expect.error });
    } else {
      const got = datago.convert(c.from, c.to, c.input);
      assert.deepEqual(got, c.expect.output);
      // JSON text gives the same result as an object.
      assert.deepEqual(datago.convert(c.from, c.to, JSON.stringify(c.input)), got);
    }
  },

  quality(c) {
    const opts = { reachable: c.reachable ?? {}, dcatApCompliant: c.dcatApCompliant };
    const r = c.input.dataset ? datago.datasetQuality(c.input.dataset, opts) : datago.catalogQuality(c.input.catalog, opts);
    const close = (got, want) => Math.abs(got - want) < 0.005;
    assert.ok(close(r.score, c.expect.score), `score ${r.score}`);
    assert.equal(r.rating, c.expect.rating);
    for (const [name, want] of Object.entries(c.expect.dimensions)) {
      assert.ok(close(r.dimensions.find((d) => d.dimension === name).points, want), name);
    }
    for (const [name, want] of Object.entries(c.expect.indicators ?? {})) {
      assert.ok(close(r.indicators.find((i) => i.indicator === name).points, want), name);
    }
    if ("bestDistribution" in c.expect) assert.equal(r.bestDistribution, c.expect.bestDistribution);
    const gains = r.hints.map((h) => h.gain);
    assert.deepEqual(gains, [...gains].sort((a, b) => b - a));
    if (c.expect.hints) {
      if (c.expect.hints.length === 0) assert.deepEqual(r.hints, []);
      c.expect.hints.forEach((w, i) => {
        const h = r.hints[i];
        assert.deepEqual([h.indicator, h.code, h.path], [w.indicator, w.code, w.path]);
        assert.ok(close(h.gain, w.gain));
      });
    }
  },

  profile(c) {
    if (c.expect.error) {
      expectError(() => datago.validateProfile(c.type, c.input, c.profile), { code: c.expect.error });
      return;
    }
    const want = findingKeys(c.expect.findings.map((f) => ({ ...f, message: { id: "-", en: "-" } })));
    assert.deepEqual(findingKeys(datago.validateProfile(c.type, c.input, c.profile)), want);
  },

  search(c) {
    const index = new datago.SearchIndex(c.catalog, c.publishedOnly ?? false);
    const opts = { text: c.query.text, sort: c.query.sort, page: c.query.page, perPage: c.query.perPage };
    const r = index.search(opts);
    // A prebuilt index loaded from bytes answers the same.
    assert.deepEqual(datago.SearchIndex.fromBytes(index.toBytes()).search(opts), r);
    assert.equal(r.total, c.expect.total);
    if (c.expect.slugs) assert.deepEqual(r.hits.map((h) => h.slug), c.expect.slugs);
    for (const [facet, want] of Object.entries(c.expect.facets ?? {})) {
      assert.deepEqual(r.facets[facet].map((f) => [f.value, f.count]), want);
    }
  },

  stem(c) {
    assert.deepEqual(c.input.map((w) => datago.stem(w)), c.expect);
  },

  table(c) {
    const options = { ...(c.options ?? {}), ...(c.dialect ? { dialect: c.dialect } : {}) };
    const report = datago.validateTable(c.csv, c.schema, options);
    const got = report.errors.map((e) => [e.code, e.rowNumber, e.fieldNumber]);
    assert.deepEqual({ valid: report.valid, errors: got }, c.expect);
    for (const e of report.errors) assertMessage(e.message, e.code);
    // The streaming validator, fed in 3-byte chunks, agrees.
    const v = new datago.TableValidator(c.schema, options);
    const bytes = new TextEncoder().encode(c.csv);
    for (let i = 0; i < bytes.length; i += 3) v.push(bytes.subarray(i, i + 3));
    assert.deepEqual(v.finish().errors, report.errors);
  },

  "license-normalize"(c) {
    const n = datago.normalizeLicense(c.input);
    assert.equal(n.id, c.expect.id);
    assert.equal(n.spdx, n.license ? n.license.spdx : null);
    if (c.expect.assumedVersion !== undefined) assert.equal(n.assumedVersion, c.expect.assumedVersion);
    if (c.expect.top !== undefined) assert.equal(n.suggestions[0]?.id, c.expect.top);
  },

  "license-combine"(c) {
    const r = datago.combineLicenses(c.input);
    assert.deepEqual([r.allowed, r.recommended], [c.expect.allowed, c.expect.recommended]);
    if (c.expect.unknown !== undefined) assert.deepEqual(r.unknown, c.expect.unknown);
    for (const m of r.reasons) assertMessage(m, "reason");
  },

  "license-can-use"(c) {
    const v = datago.canUse(c.license, c.purpose);
    assert.equal(v.allowed, c.expect.allowed);
    assert.deepEqual(v.conditions.map((x) => x.code), c.expect.conditions);
    assert.equal(v.license, c.expect.license === undefined ? c.license : c.expect.license);
  },

  "license-check"(c) {
    const got = datago.checkDatasetLicense(c.input).map((f) => JSON.stringify([f.code, f.severity, f.path]));
    const want = c.expect.findings.map((f) => JSON.stringify([f.code, f.severity, f.path]));
    assert.deepEqual(got.sort(), want.sort());
  },

  "replica-check"(c) {
    if (c.expect.error !== undefined) {
      expectError(() => datago.checkHomepage(c.html), { name: "ReplicaError", code: c.expect.error });
      return;
    }
    const r = datago.checkHomepage(c.html);
    // Bytes give the same report as text.
    assert.deepEqual(datago.checkHomepage(new TextEncoder().encode(c.html)), r);
    assert.equal(r.compliant, c.expect.compliant);
    assert.deepEqual([...new Set(r.findings.map((f) => f.code))].sort(), c.expect.codes);
    for (const f of r.findings) assertMessage(f.message, f.code);
  },

  bundle(c) {
    // Files as text and as bytes: same outcome.
    const encoder = new TextEncoder();
    const asBytes = Object.fromEntries(Object.entries(c.files).map(([p, t]) => [p, encoder.encode(t)]));
    for (const files of [c.files, asBytes]) {
      if (c.expect.error !== undefined) {
        const e = expectError(() => datago.checkBundle(files), { name: "BundleError", code: c.expect.error });
        if (e.code.startsWith("parse.")) assert.equal(e.path, "catalog.json");
        continue;
      }
      const report = datago.checkBundle(files);
      const want = findingKeys(c.expect.findings.map((f) => ({ ...f, message: { id: "-", en: "-" } })));
      assert.deepEqual(findingKeys(report.findings), want);
      assert.equal(report.valid, c.expect.valid);
      assert.equal(report.datasets, c.expect.datasets);
      assert.equal(report.organizations, c.expect.organizations);
      for (const f of report.findings) assertMessage(f.message, f.code);
    }
  },
};

const files = fs
  .readdirSync(vectorsDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((name) => ({ name, cases: JSON.parse(fs.readFileSync(path.join(vectorsDir, name), "utf8")).cases }));

for (const { name, cases } of files) {
  describe(name, () => {
    for (const c of cases) {
      it(c.name, () => {
        assert.ok(c.op in ops, `unknown op ${c.op}`);
        ops[c.op](c);
      });
    }
  });
}

it("runs every vector file and at least 50 cases", () => {
  const count = files.reduce((n, f) => n + f.cases.length, 0);
  assert.ok(files.length >= 6, `only ${files.length} vector files`);
  assert.ok(count >= 50, `only ${count} cases`);
});

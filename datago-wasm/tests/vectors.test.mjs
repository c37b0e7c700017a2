// Runs the shared conformance vectors (tests/vectors/*.json) through the package, with the same
// operations and comparisons as datago-core/tests/vectors.rs and the Python suite.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

import { assertMessage, datago, expectError, findingKeys, vectorsDir } from "./helpers.mjs";

const ops = {
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

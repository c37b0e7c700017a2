// The embedded Kota Magelang sample and whole-directory checks.
import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { assertMessage, datago } from "./helpers.mjs";

describe("checkSample", () => {
  it("the sample is valid and has at least 25 datasets", () => {
    const report = datago.checkSample();
    assert.equal(report.valid, true, JSON.stringify(report.findings.filter((f) => f.severity === "error"), null, 1));
    assert.ok(report.datasets >= 25, `${report.datasets} datasets`);
    assert.ok(report.organizations >= 8, `${report.organizations} organizations`);
    assert.equal(report.counts.error, 0);
    assert.equal(typeof report.catalog, "string");
    for (const f of report.findings) assertMessage(f.message, f.code);
  });

  it("is checkBundle(sampleFiles())", () => {
    const files = datago.sampleFiles();
    assert.ok(files["catalog.json"] instanceof Uint8Array);
    assert.ok(Object.keys(files).some((p) => p.startsWith("datasets/")));
    assert.deepEqual(datago.checkBundle(files), datago.checkSample());
  });
});

describe("checkBundle", () => {
  it("calls onProgress with increasing done, up to the total", () => {
    const calls = [];
    const report = datago.checkBundle(datago.sampleFiles(), (done, total) => calls.push([done, total]));
    assert.equal(calls.length, report.datasets);
    calls.forEach(([done, total], i) => {
      assert.equal(done, i + 1);
      assert.equal(total, report.datasets);
    });
  });

  it("takes text, bytes and Buffers alike", () => {
    const bytes = datago.sampleFiles();
    const decoder = new TextDecoder();
    const text = Object.fromEntries(Object.entries(bytes).map(([p, b]) => [p, decoder.decode(b)]));
    const buffers = Object.fromEntries(Object.entries(bytes).map(([p, b]) => [p, Buffer.from(b)]));
    const expected = datago.checkBundle(bytes);
    assert.deepEqual(datago.checkBundle(text), expected);
    assert.deepEqual(datago.checkBundle(buffers), expected);
  });

  it("reports problems of a broken copy by document", () => {
    const files = { ...datago.sampleFiles() };
    const datasetPath = Object.keys(files).find((p) => p.startsWith("datasets/"));
    files[datasetPath] = "{ not json";
    files["data/stray.csv"] = "a,b\n1,2\n";
    const report = datago.checkBundle(files);
    assert.equal(report.valid, false);
    const unparseable = report.findings.find((f) => f.code === "bundle.document.unparseable");
    assert.equal(unparseable?.document, datasetPath);
    assert.ok(report.findings.some((f) => f.code === "bundle.file.unreferenced" && f.document === "data/stray.csv"));
    assert.equal(report.datasets, datago.checkSample().datasets - 1);
  });

  it("returns plain objects, not Maps", () => {
    const report = datago.checkSample();
    assert.equal(Object.getPrototypeOf(report), Object.prototype);
    assert.equal(Object.getPrototypeOf(report.counts), Object.prototype);
    assert.ok(Array.isArray(report.findings));
    assert.deepEqual(JSON.parse(JSON.stringify(report)), report);
  });
});

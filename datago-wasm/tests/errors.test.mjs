// Typed errors: every failure is a real Error with a name, the core's stable code and messages
// in Bahasa Indonesia and English.
import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { datago, expectError } from "./helpers.mjs";

const dataset = {
  id: "d-1",
  slug: "jumlah-puskesmas",
  title: { id: "Jumlah Puskesmas" },
  producer: "dinkes",
  walidata: "diskominsta",
};
const at = "2026-11-26T09:00:00+07:00";

describe("ParseError", () => {
  it("parseDocument('dataset', '{') has code parse.eof, a position and both messages", () => {
    const e = expectError(() => datago.parseDocument("dataset", "{"), { name: "ParseError", code: "parse.eof" });
    assert.equal(e.line, 1);
    assert.equal(e.column, 1);
    assert.match(e.messages.id, /^JSON berakhir sebelum dokumen lengkap pada baris 1, kolom 1/);
    assert.match(e.messages.en, /ends too early/);
    assert.ok(e.stack.includes("ParseError"), "stack names the error");
  });

  it("reports the line and column of a syntax error", () => {
    const e = expectError(() => datago.parseDocument("dataset", '{\n  "id": "x",\n  "slug": nope\n}'), {
      name: "ParseError",
      code: "parse.syntax",
    });
    assert.equal(e.line, 3);
    assert.ok(e.column > 1);
    assert.match(e.messages.id, /baris 3/);
  });

  it("has code parse.data for a valid JSON of the wrong shape", () => {
    const e = expectError(() => datago.validate("dataset", { id: 5, slug: "x" }), {
      name: "ParseError",
      code: "parse.data",
    });
    assert.equal(e.line, 1);
  });

  it("comes from applyAction for a dataset that cannot be read", () => {
    expectError(() => datago.applyAction("[", { action: "submit", organization: "x", actor: "y", at }), {
      name: "ParseError",
      code: "parse.eof",
    });
  });
});

describe("WorkflowError", () => {
  const cases = [
    ["publish a draft", dataset, { action: "publish", organization: "diskominsta", actor: "Budi", at }, "workflow.illegal-transition"],
    ["walidata submits", dataset, { action: "submit", organization: "diskominsta", actor: "Budi", at }, "workflow.wrong-actor"],
  ];
  for (const [name, ds, step, code] of cases) {
    it(`${name}: ${code}`, () => {
      const e = expectError(() => datago.applyAction(ds, step), { name: "WorkflowError", code });
      assert.ok(e.messages.id !== e.messages.en);
    });
  }

  it("return without a note: workflow.note-required", () => {
    const submitted = datago.applyAction(dataset, { action: "submit", organization: "dinkes", actor: "Ani", at });
    for (const note of [undefined, null, "", "   "]) {
      expectError(
        () => datago.applyAction(submitted, { action: "return", organization: "diskominsta", actor: "Budi", at, note }),
        { name: "WorkflowError", code: "workflow.note-required" },
      );
    }
    const returned = datago.applyAction(submitted, {
      action: "return",
      organization: "diskominsta",
      actor: "Budi",
      at,
      note: "Lengkapi satuan",
    });
    assert.equal(returned.status, "returned");
    assert.equal(returned.history[1].note, "Lengkapi satuan");
  });

  it("a step dated before the previous one: workflow.out-of-order", () => {
    const submitted = datago.applyAction(dataset, { action: "submit", organization: "dinkes", actor: "Ani", at });
    expectError(
      () =>
        datago.applyAction(submitted, {
          action: "verify",
          organization: "diskominsta",
          actor: "Budi",
          at: new Date(Date.UTC(2020, 0, 1)),
        }),
      { name: "WorkflowError", code: "workflow.out-of-order" },
    );
  });
});

describe("BundleError", () => {
  it("no catalog.json: bundle.catalog-missing", () => {
    const e = expectError(() => datago.checkBundle({ "datasets/a.json": "{}" }), {
      name: "BundleError",
      code: "bundle.catalog-missing",
    });
    assert.match(e.messages.id, /catalog\.json/);
  });

  it("unreadable catalog.json: parse code, with the file and position", () => {
    const e = expectError(() => datago.checkBundle({ "catalog.json": '{"id": ' }), {
      name: "BundleError",
      code: "parse.eof",
    });
    assert.equal(e.path, "catalog.json");
    assert.equal(e.line, 1);
  });
});

describe("InvalidArgumentError", () => {
  it("an unknown document kind names the accepted ones", () => {
    const e = expectError(() => datago.parseDocument("datasets", "{}"), {
      name: "InvalidArgumentError",
      code: "invalid-argument",
    });
    assert.match(e.message, /contact-point/);
    assert.match(e.messages.id, /jenis dokumen/);
    assert.equal(e.value, "datasets");
  });

  it("unknown action, bad time, unknown scheme, unknown vocabulary", () => {
    const step = { action: "submit", organization: "dinkes", actor: "Ani", at };
    expectError(() => datago.applyAction(dataset, { ...step, action: "destroy" }), { code: "invalid-argument" });
    expectError(() => datago.applyAction(dataset, { ...step, at: "kemarin" }), { code: "invalid-argument" });
    expectError(() => datago.applyAction(dataset, { ...step, at: new Date(NaN) }), { code: "invalid-argument" });
    expectError(() => datago.regionInfo("33.71", "bpd"), { code: "invalid-argument" });
    expectError(() => datago.euUris("license", "CC-BY-4.0"), { code: "invalid-argument" });
  });

  it("a region code whose scheme cannot be detected", () => {
    const e = expectError(() => datago.regionInfo("33-71"), { name: "InvalidArgumentError", code: "invalid-argument" });
    assert.equal(e.value, "33-71");
    assert.match(e.messages.id, /Kemendagri/);
  });

  const wrongTypes = [
    ["parseDocument kind", () => datago.parseDocument(5, "{}"), "kind"],
    ["parseDocument json", () => datago.parseDocument("dataset", { id: "x" }), "json"],
    ["validate doc number", () => datago.validate("dataset", 5), "doc"],
    ["validate doc undefined", () => datago.validate("dataset"), "doc"],
    ["validateDataset doc null", () => datago.validateDataset(null), "doc"],
    ["validateCatalog doc function", () => datago.validateCatalog(() => 1), "doc"],
    ["validate doc with a cycle", () => {
      const o = { id: "x" };
      o.self = o;
      datago.validate("dataset", o);
    }, "doc"],
    ["validate doc with a BigInt", () => datago.validate("dataset", { id: 1n }), "doc"],
    ["applyAction step", () => datago.applyAction(dataset, "submit"), "step"],
    ["applyAction step.action", () => datago.applyAction(dataset, { action: 1, organization: "a", actor: "b", at }), "step.action"],
    ["applyAction step.at", () => datago.applyAction(dataset, { action: "submit", organization: "dinkes", actor: "b", at: 0 }), "step.at"],
    ["applyAction step.note", () => datago.applyAction(dataset, { action: "submit", organization: "dinkes", actor: "b", at, note: 7 }), "step.note"],
    ["checkBundle files", () => datago.checkBundle("catalog.json"), "files"],
    ["checkBundle files array", () => datago.checkBundle([]), "files"],
    ["checkBundle contents", () => datago.checkBundle({ "catalog.json": 42 }), 'files["catalog.json"]'],
    ["checkBundle onProgress", () => datago.checkBundle({}, 5), "onProgress"],
    ["slugify", () => datago.slugify(12), "text"],
    ["isValidSlug", () => datago.isValidSlug(undefined), "text"],
    ["regionInfo code", () => datago.regionInfo(3371), "code"],
    ["regionInfo scheme", () => datago.regionInfo("3371", 1), "scheme"],
    ["euUris", () => datago.euUris("urusan", 1.02), "value"],
    ["jsonSchema", () => datago.jsonSchema({}), "kind"],
  ];
  for (const [name, fn, argument] of wrongTypes) {
    it(`wrong JavaScript type: ${name}`, () => {
      const e = expectError(fn, { name: "InvalidArgumentError", code: "invalid-argument" });
      assert.equal(e.argument, argument);
      assert.match(e.messages.en, /^argument `/);
      assert.match(e.messages.id, /^argumen `/);
    });
  }
});

describe("callbacks", () => {
  it("an exception thrown by onProgress is rethrown as it is, after the check", () => {
    const files = datago.sampleFiles();
    let calls = 0;
    class Stop extends Error {}
    assert.throws(
      () =>
        datago.checkBundle(files, () => {
          calls += 1;
          throw new Stop("stop");
        }),
      Stop,
    );
    assert.equal(calls, 1, "not called again after it threw");
    assert.equal(datago.checkSample().valid, true, "the module still works");
  });
});

describe("isDataGoError", () => {
  it("tells DataGO errors from others", () => {
    assert.equal(datago.isDataGoError(new Error("x")), false);
    assert.equal(datago.isDataGoError({ code: "x", messages: {} }), false);
    assert.equal(datago.isDataGoError(null), false);
    assert.equal(datago.isDataGoError("parse.eof"), false);
  });
});

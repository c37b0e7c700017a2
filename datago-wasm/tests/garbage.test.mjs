// Bad input never breaks the module: every call either returns or throws a DataGO error with a
// code; nothing traps (`WebAssembly.RuntimeError`) and the module keeps working afterwards.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

import { datago, vectorsDir } from "./helpers.mjs";

/** Calls `fn`; a throw must be a DataGO error. Returns the result or the error. */
function survives(fn, label) {
  try {
    return fn();
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) assert.fail(`${label}: the module trapped: ${e.stack}`);
    assert.ok(e instanceof Error, `${label}: threw a non-Error ${String(e)}`);
    assert.equal(typeof e.code, "string", `${label}: ${e.name} without a code: ${e.message}`);
    assert.ok(datago.isDataGoError(e), label);
    return e;
  }
}

/** A label for any value, even one `String()` refuses. */
function show(v) {
  try {
    return typeof v === "string" ? JSON.stringify(v.slice(0, 20)) : String(v).slice(0, 20);
  } catch {
    return typeof v;
  }
}

function stillWorks() {
  assert.equal(datago.slugify("Masih Jalan"), "masih-jalan");
  assert.equal(datago.validate("dataset", { id: "x", slug: "ok-slug" }).length > 0, true);
}

const revoked = Proxy.revocable({}, {});
revoked.revoke();
const hostile = new Proxy(
  {},
  {
    get() {
      throw new Error("get trap");
    },
    ownKeys() {
      throw new Error("ownKeys trap");
    },
    getPrototypeOf() {
      throw new Error("getPrototypeOf trap");
    },
    has() {
      throw new Error("has trap");
    },
    getOwnPropertyDescriptor() {
      throw new Error("getOwnPropertyDescriptor trap");
    },
  },
);
let deep = {};
for (let i = 0; i < 5000; i++) deep = { a: deep };

const values = [
  undefined,
  null,
  true,
  false,
  0,
  -1,
  NaN,
  Infinity,
  2 ** 64,
  1n,
  Symbol("s"),
  "",
  " ",
  "{",
  "}",
  "[",
  "null",
  "true",
  "0",
  '"text"',
  "[]",
  "{}",
  "\u0000",
  "\ud800",
  "\ud800\udc00\uffff",
  "é".repeat(1000),
  "a".repeat(1 << 20),
  "[".repeat(100000),
  '{"a":'.repeat(10000),
  '{"id": "x", "slug": "xx", "title": ' + "[".repeat(200) + "]".repeat(200) + "}",
  '{"id": "x", "slug": "xx", "resources": [{"byteSize": 18446744073709551615}]}',
  '{"id": "x", "slug": "xx", "resources": [{"byteSize": -1}]}',
  '{"id": "x", "slug": "xx", "resources": [{"byteSize": 1e400}]}',
  '{"fields": [{"name": "a", "x": ' + "[".repeat(120) + "]".repeat(120) + "}]}",
  '{"id": "x", "slug": "xx", "temporal": {"start": "2024-02-30", "end": "x"}}',
  '{"id": "\\ud800", "slug": "\\udfff"}',
  [],
  [1, "a", null],
  {},
  { id: null },
  Object.create(null),
  { toJSON: () => undefined },
  {
    toJSON() {
      throw new Error("toJSON");
    },
  },
  {
    get id() {
      throw new Error("getter");
    },
  },
  deep,
  new Date(NaN),
  new Date(0),
  new Map([["catalog.json", "{}"]]),
  new Set([1]),
  new Uint8Array([0xff, 0xfe, 0x00]),
  new Uint16Array([1, 2]),
  Buffer.from("{}"),
  new ArrayBuffer(8),
  () => 1,
  class {},
  hostile,
  revoked.proxy,
  new Proxy(new Date(), {}),
  new Proxy(new Uint8Array(4), {}),
  new Error("an error"),
  Promise.resolve(1),
];

const kinds = ["catalog", "organization", "dataset", "resource", "contact-point", "table-schema", "finding", "report", "DATASET", "contact_point", "nope"];

describe("garbage arguments", () => {
  it("parseDocument / validate / validate* survive any value", () => {
    for (const [i, v] of values.entries()) {
      for (const kind of [...kinds, v]) {
        survives(() => datago.parseDocument(kind, v), `parseDocument(${show(kind)}, #${i})`);
        survives(() => datago.validate(kind, v), `validate(${show(kind)}, #${i})`);
      }
      for (const f of ["validateDataset", "validateCatalog", "validateOrganization", "validateResource"]) {
        survives(() => datago[f](v), `${f}(#${i})`);
      }
    }
    stillWorks();
  });

  it("applyAction survives any dataset and any step", () => {
    const ds = { id: "d", slug: "dd", producer: "dinkes", walidata: "diskominsta" };
    const step = { action: "submit", organization: "dinkes", actor: "Ani", at: "2026-11-26T09:00:00Z" };
    for (const [i, v] of values.entries()) {
      survives(() => datago.applyAction(v, step), `applyAction(#${i}, step)`);
      survives(() => datago.applyAction(ds, v), `applyAction(ds, #${i})`);
      for (const key of Object.keys(step).concat("note")) {
        survives(() => datago.applyAction(ds, { ...step, [key]: v }), `applyAction(ds, {${key}: #${i}})`);
      }
    }
    stillWorks();
  });

  it("checkBundle survives any files and any callback", () => {
    const catalog = datago.sampleFiles()["catalog.json"];
    for (const [i, v] of values.entries()) {
      survives(() => datago.checkBundle(v), `checkBundle(#${i})`);
      survives(() => datago.checkBundle({ "catalog.json": v }), `checkBundle({catalog.json: #${i}})`);
      survives(() => datago.checkBundle({ "catalog.json": catalog, "datasets/x.json": v }), `checkBundle(dataset #${i})`);
      if (typeof v !== "function") {
        survives(() => datago.checkBundle({ "catalog.json": catalog }, v), `checkBundle(files, #${i})`);
      }
    }
    stillWorks();
  });

  it("the small functions survive any value", () => {
    for (const [i, v] of values.entries()) {
      for (const w of [undefined, "bps", "kemendagri", v]) {
        survives(() => datago.regionInfo(v, w), `regionInfo(#${i}, ${show(w)})`);
      }
      for (const vocabulary of ["frequency", "access", "urusan", v]) {
        survives(() => datago.euUris(vocabulary, v), `euUris(${show(vocabulary)}, #${i})`);
      }
      survives(() => datago.slugify(v), `slugify(#${i})`);
      survives(() => datago.isValidSlug(v), `isValidSlug(#${i})`);
      survives(() => datago.jsonSchema(v), `jsonSchema(#${i})`);
      survives(() => datago.isDataGoError(v), `isDataGoError(#${i})`);
    }
    stillWorks();
  });

  it("numbers JavaScript cannot hold exactly are refused, not rounded", () => {
    const e = survives(
      () => datago.parseDocument("resource", '{"byteSize": 18446744073709551615}'),
      "big byteSize",
    );
    assert.ok(e instanceof Error);
    assert.equal(e.code, "unrepresentable");
    assert.deepEqual(datago.parseDocument("resource", '{"byteSize": 9007199254740991}').byteSize, 2 ** 53 - 1);
  });
});

describe("mutated documents", () => {
  // A deterministic generator, so a failure can be replayed.
  function rng(seed) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const random = rng(20261126);
  const pick = (a) => a[Math.floor(random() * a.length)];
  const pieces = ['"', "{", "}", "[", "]", ",", ":", "null", "-1", "1e999", '"\\u0000"', '"x"', "true", "\\", " ", "ü"];

  function mutate(text) {
    let t = text;
    const n = 1 + Math.floor(random() * 4);
    for (let k = 0; k < n; k++) {
      const at = Math.floor(random() * (t.length + 1));
      const op = random();
      if (op < 0.4) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(random() * 8));
      else if (op < 0.8) t = t.slice(0, at) + pick(pieces) + t.slice(at);
      else t = t.slice(0, at) + t.slice(at).replace(/"[^"]*"/, pick(pieces));
    }
    return t;
  }

  const documents = [];
  for (const file of fs.readdirSync(vectorsDir).filter((f) => f.endsWith(".json"))) {
    for (const c of JSON.parse(fs.readFileSync(path.join(vectorsDir, file), "utf8")).cases) {
      if (c.op === "validate" || c.op === "workflow" || c.op === "normalize") {
        documents.push([c.type ?? "dataset", JSON.stringify(c.input, null, 1)]);
      }
    }
  }

  it("2000 mutations of the vectors' documents: parse, validate, apply", () => {
    const step = { action: "submit", organization: "dinkes", actor: "Ani", at: "2026-11-26T09:00:00Z" };
    let parsed = 0;
    for (let i = 0; i < 2000; i++) {
      const [kind, text] = pick(documents);
      const bad = mutate(text);
      const r = survives(() => datago.parseDocument(kind, bad), `parseDocument #${i}: ${bad}`);
      if (!(r instanceof Error)) parsed += 1;
      survives(() => datago.validate(kind, bad), `validate #${i}: ${bad}`);
      if (kind === "dataset") survives(() => datago.applyAction(bad, step), `applyAction #${i}: ${bad}`);
    }
    assert.ok(parsed > 0, "some mutations still parse, so validation ran on odd documents too");
    stillWorks();
  });

  it("300 mutations of the sample catalog directory", () => {
    const files = datago.sampleFiles();
    const decoder = new TextDecoder();
    const paths = Object.keys(files);
    for (let i = 0; i < 300; i++) {
      const broken = { ...files };
      for (let k = 0; k < 3; k++) {
        const p = pick(paths);
        broken[p] = mutate(decoder.decode(files[p]));
      }
      if (random() < 0.2) delete broken[pick(paths)];
      if (random() < 0.1) broken[`data/extra-${i}.csv`] = new Uint8Array([0xef, 0xbb, 0xbf, 0xff, 0x2c, 0x0a]);
      const r = survives(() => datago.checkBundle(broken), `checkBundle #${i}`);
      if (!(r instanceof Error)) assert.equal(typeof r.valid, "boolean");
    }
    stillWorks();
  });
});

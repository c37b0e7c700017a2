// The `web` build (ES module, for browsers) loads in Node when handed the .wasm bytes.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, it } from "node:test";

import { datago as nodeBuild, pkgDir } from "./helpers.mjs";

const entry = pathToFileURL(path.join(pkgDir, "web", "datago_wasm.js")).href;
const bytes = fs.readFileSync(path.join(pkgDir, "web", "datago_wasm_bg.wasm"));

// A query string gives each test its own instance of the module.
const fresh = (tag) => import(`${entry}?${tag}`);

describe("web build", () => {
  it("is an ES module package", () => {
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(pkgDir, "web", "package.json"), "utf8")), { type: "module" });
  });

  it("initSync({ module: bytes })", async () => {
    const web = await fresh("sync");
    web.initSync({ module: bytes });
    const report = web.checkSample();
    assert.equal(report.valid, true);
    assert.ok(report.datasets >= 25);
    assert.deepEqual(report, nodeBuild.checkSample());
  });

  it("await init({ module_or_path: bytes }) (default export)", async () => {
    const web = await fresh("async");
    await web.default({ module_or_path: bytes });
    assert.equal(web.slugify("Jumlah Penduduk"), "jumlah-penduduk");
    assert.equal(web.version(), nodeBuild.version());
  });

  it("init with a compiled WebAssembly.Module", async () => {
    const web = await fresh("compiled");
    await web.default({ module_or_path: await WebAssembly.compile(bytes) });
    assert.deepEqual(web.validateDataset({ id: "x", slug: "xx" }), nodeBuild.validateDataset({ id: "x", slug: "xx" }));
  });

  it("throws the same typed errors", async () => {
    const web = await fresh("errors");
    web.initSync({ module: bytes });
    assert.throws(
      () => web.parseDocument("dataset", "{"),
      (e) => e instanceof Error && e.name === "ParseError" && e.code === "parse.eof" && e.line === 1 && web.isDataGoError(e),
    );
  });
});

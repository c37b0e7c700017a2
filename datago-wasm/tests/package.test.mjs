// The npm package as users get it: `npm pack`, installed into a fresh project, then used by name
// with `require`, `import` and `datago/web`, and type-checked through its `exports`.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";

import { crateDir, datago, pkgDir } from "./helpers.mjs";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

describe("npm package", () => {
  let dir;
  let tarball;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "datago-consumer-"));
    const packed = JSON.parse(run(npm, ["pack", "--json", "--pack-destination", dir], pkgDir));
    tarball = { path: path.join(dir, packed[0].filename), files: packed[0].files.map((f) => f.path).sort() };
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    run(npm, ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", tarball.path], dir);
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("holds the two builds, the README and nothing else", () => {
    // wasm-bindgen puts the JS glue of `validateTableStream` in snippets/<crate-hash>/.
    const snippet = /^(node|web)\/snippets\/datago-wasm-[0-9a-f]+\/inline0\.js$/;
    assert.deepEqual(
      tarball.files.filter((f) => snippet.test(f)).map((f) => f.split("/")[0]),
      ["node", "web"],
    );
    assert.deepEqual(tarball.files.filter((f) => !snippet.test(f)), [
      "README.md",
      "node/datago_wasm.d.ts",
      "node/datago_wasm.js",
      "node/datago_wasm_bg.wasm",
      "node/datago_wasm_bg.wasm.d.ts",
      "package.json",
      "web/datago_wasm.d.ts",
      "web/datago_wasm.js",
      "web/datago_wasm_bg.wasm",
      "web/datago_wasm_bg.wasm.d.ts",
      "web/package.json",
    ]);
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, "node_modules", "datago", "package.json"), "utf8"));
    assert.equal(pkg.name, "datago");
    assert.equal(pkg.version, datago.version());
    assert.equal(pkg.engines.node, ">=18");
  });

  it("works with require('datago')", () => {
    fs.writeFileSync(
      path.join(dir, "use.cjs"),
      `const d = require("datago");
       const r = d.checkSample();
       console.log(JSON.stringify({ version: d.version(), valid: r.valid, datasets: r.datasets,
         pkg: require("datago/package.json").name }));`,
    );
    const out = JSON.parse(run(process.execPath, ["use.cjs"], dir));
    assert.deepEqual(out, { version: datago.version(), valid: true, datasets: datago.checkSample().datasets, pkg: "datago" });
  });

  it("works with import from 'datago' and 'datago/web'", () => {
    fs.writeFileSync(
      path.join(dir, "use.mjs"),
      `import fs from "node:fs";
       import path from "node:path";
       import { createRequire } from "node:module";
       import { checkSample, slugify } from "datago";
       import init, { checkSample as webCheckSample } from "datago/web";
       const root = path.dirname(createRequire(import.meta.url).resolve("datago/package.json"));
       await init({ module_or_path: fs.readFileSync(path.join(root, "web", "datago_wasm_bg.wasm")) });
       console.log(JSON.stringify({ slug: slugify("Kota Magelang"), same: JSON.stringify(checkSample()) === JSON.stringify(webCheckSample()) }));`,
    );
    assert.deepEqual(JSON.parse(run(process.execPath, ["use.mjs"], dir)), { slug: "kota-magelang", same: true });
  });

  it("runs the README's Node.js examples", () => {
    // The directory example reads `katalog/`: the sample catalog.
    for (const [p, bytes] of Object.entries(datago.sampleFiles())) {
      fs.mkdirSync(path.dirname(path.join(dir, "katalog", p)), { recursive: true });
      fs.writeFileSync(path.join(dir, "katalog", p), bytes);
    }
    const readme = fs.readFileSync(path.join(dir, "node_modules", "datago", "README.md"), "utf8");
    const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
    // The browser example needs `fetch` of a page's files: not run here.
    const node = blocks.filter((b) => !b.includes('"datago/web"'));
    assert.ok(node.length >= 3, `${node.length} Node.js examples`);
    for (const [i, code] of node.entries()) {
      const file = path.join(dir, `readme-${i}.${code.includes("require(") ? "cjs" : "mjs"}`);
      fs.writeFileSync(file, code);
      try {
        run(process.execPath, [file], dir);
      } catch (e) {
        assert.fail(`README example ${i + 1} failed:\n${code}\n${e.stderr}`);
      }
    }
  });

  const tsc = path.join(crateDir, "node_modules", "typescript", "bin", "tsc");
  const configs = {
    // Node's resolution picks the `node` condition: the nodejs build's types.
    node: { module: "NodeNext", moduleResolution: "NodeNext", lib: ["ES2022"] },
    // Bundlers don't: the `default` condition, the web build's types.
    bundler: { module: "ESNext", moduleResolution: "Bundler", lib: ["ES2022", "DOM"] },
  };
  for (const [name, options] of Object.entries(configs)) {
    it(`type-checks tests/ts/consumer.ts against the installed package (${name} resolution)`, () => {
      fs.copyFileSync(path.join(crateDir, "tests", "ts", "consumer.ts"), path.join(dir, "consumer.ts"));
      const config = {
        compilerOptions: { strict: true, noEmit: true, target: "ES2022", types: [], noUnusedLocals: true, ...options },
        files: ["consumer.ts"],
      };
      fs.writeFileSync(path.join(dir, `tsconfig.${name}.json`), JSON.stringify(config));
      let trace;
      try {
        trace = run(process.execPath, [tsc, "-p", `tsconfig.${name}.json`, "--traceResolution"], dir);
      } catch (e) {
        assert.fail(`tsc failed:\n${e.stdout.split("\n").filter((l) => l.includes("error")).join("\n")}${e.stderr}`);
      }
      const build = name === "node" ? "node" : "web";
      assert.match(trace, new RegExp(`'datago' was successfully resolved to '[^']*node_modules/datago/${build}/datago_wasm\\.d\\.ts'`));
    });
  }
});

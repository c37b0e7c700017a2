// The TypeScript declarations stay honest: the interfaces of documents match
// schemas/*.schema.json (which a core test keeps equal to the Rust types), the other interfaces
// match what the functions really return, nothing public is `any`, and a strict consumer
// type-checks.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

import { crateDir, datago, devDependency, expectError, pkgDir, schemasDir, vectorsDir } from "./helpers.mjs";

const ts = devDependency("typescript");
assert.ok(ts, "typescript is not installed: run `npm ci` in datago-wasm (scripts/test.sh does)");

/** Interfaces and type aliases of a .d.ts, as plain data. */
function declarations(file) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const interfaces = new Map();
  const aliases = new Map();
  const functions = new Map();
  const anys = [];
  const visit = (node) => {
    // wasm-bindgen's `InitOutput` (web build) types the raw exports of the module, not the API.
    if (ts.isInterfaceDeclaration(node) && node.name.text === "InitOutput") return;
    if (node.kind === ts.SyntaxKind.AnyKeyword) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      anys.push(`${path.basename(file)}:${line + 1}`);
    }
    if (ts.isInterfaceDeclaration(node)) {
      const props = new Map();
      let index = false;
      for (const m of node.members) {
        if (ts.isIndexSignatureDeclaration(m)) index = true;
        if (!ts.isPropertySignature(m)) continue;
        const type = m.type;
        const members = type && ts.isUnionTypeNode(type) ? type.types : [type];
        props.set(m.name.getText(source).replace(/^"|"$/g, ""), {
          optional: m.questionToken !== undefined,
          nullable: members.some((t) => t && ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword),
          unknown: type?.kind === ts.SyntaxKind.UnknownKeyword,
          text: type?.getText(source),
        });
      }
      interfaces.set(node.name.text, { props, index });
    }
    if (ts.isTypeAliasDeclaration(node) && ts.isUnionTypeNode(node.type)) {
      const literals = node.type.types.filter((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal));
      if (literals.length === node.type.types.length) {
        aliases.set(node.name.text, literals.map((t) => t.literal.text).sort());
      }
    }
    if (ts.isTypeAliasDeclaration(node) && !aliases.has(node.name.text)) aliases.set(node.name.text, null);
    // Exported classes (SearchIndex, TableValidator, …) are functions to JavaScript too.
    if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.name) {
      functions.set(node.name.text, node.getText(source));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { interfaces, aliases, functions, anys };
}

/** Every named definition of the committed schemas: the documents and their `$defs`. */
function schemaDefinitions() {
  const defs = new Map();
  const roots = new Map();
  for (const file of fs.readdirSync(schemasDir).filter((f) => f.endsWith(".schema.json")).sort()) {
    const schema = JSON.parse(fs.readFileSync(path.join(schemasDir, file), "utf8"));
    roots.set(file.replace(".schema.json", ""), schema.title);
    const { $defs = {}, ...root } = schema;
    for (const [name, def] of [[schema.title, root], ...Object.entries($defs)]) {
      if (defs.has(name)) assert.deepEqual(def.properties, defs.get(name).properties, `${name} differs between schemas`);
      else defs.set(name, def);
    }
  }
  return { defs, roots };
}

function nullable(prop) {
  const types = [prop.type, ...(prop.anyOf ?? []).map((s) => s.type)].flat();
  return types.includes("null");
}

const typed = (s) => s.type !== undefined || s.$ref !== undefined || s.anyOf !== undefined;

for (const build of ["node", "web"]) {
  const file = path.join(pkgDir, build, "datago_wasm.d.ts");

  describe(`${build}/datago_wasm.d.ts`, () => {
    const d = declarations(file);
    const { defs, roots } = schemaDefinitions();

    it("declares every schema object with the same properties, optionality and nullability", () => {
      const objects = [...defs].filter(([, def]) => def.properties);
      assert.ok(objects.length >= 15, `only ${objects.length} object definitions`);
      for (const [name, def] of objects) {
        const iface = d.interfaces.get(name);
        assert.ok(iface, `no interface ${name} for the schema definition`);
        assert.deepEqual([...iface.props.keys()].sort(), Object.keys(def.properties).sort(), `properties of ${name}`);
        const required = new Set(def.required ?? []);
        for (const [prop, schema] of Object.entries(def.properties)) {
          const ts = iface.props.get(prop);
          // The core always writes required properties and those with a default.
          const alwaysThere = required.has(prop) || "default" in schema;
          assert.equal(ts.optional, !alwaysThere, `${name}.${prop} is ${alwaysThere ? "always written" : "optional"}`);
          if (typed(schema)) assert.equal(ts.nullable, nullable(schema), `${name}.${prop}: ${ts.text} vs null in the schema`);
          else assert.ok(ts.unknown, `${name}.${prop} is untyped in the schema, so unknown`);
        }
        assert.equal(iface.index, def.additionalProperties === true, `index signature of ${name}`);
      }
    });

    it("declares every schema enumeration as the same string union", () => {
      const enums = [...defs].filter(([, def]) => def.oneOf || def.enum);
      assert.ok(enums.length >= 10);
      for (const [name, def] of enums) {
        const values = (def.enum ?? def.oneOf.map((s) => s.const)).slice().sort();
        assert.deepEqual(d.aliases.get(name), values, `type ${name}`);
      }
      assert.ok(d.aliases.has("LocalizedText"));
    });

    it("maps every document kind to its schema's type", () => {
      const kinds = d.interfaces.get("DocumentTypes");
      assert.deepEqual([...kinds.props.keys()].sort(), [...roots.keys()].sort());
      for (const [kind, title] of roots) assert.equal(kinds.props.get(kind).text, title, kind);
    });

    it("has no `any` and types every exported function", () => {
      assert.deepEqual(d.anys, []);
      const exported = Object.keys(datago).filter((k) => typeof datago[k] === "function" && !k.startsWith("__"));
      assert.ok(exported.length >= 19, exported.join());
      for (const name of exported) assert.ok(d.functions.has(name), `no declaration of ${name}`);
      if (build === "web") assert.ok(d.functions.has("initSync") && d.functions.has("__wbg_init"));
    });
  });
}

describe("interfaces match what the functions return", () => {
  const { interfaces } = declarations(path.join(pkgDir, "node", "datago_wasm.d.ts"));

  /** `value` has only declared properties, and every non-optional one. */
  function conforms(value, name) {
    const iface = interfaces.get(name);
    assert.ok(iface, `no interface ${name}`);
    for (const key of Object.keys(value)) assert.ok(iface.props.has(key) || iface.index, `${name} does not declare ${key}`);
    for (const [key, p] of iface.props) {
      if (!p.optional) assert.ok(key in value, `${name}.${key} is declared but missing`);
      if (!p.nullable && key in value) assert.notEqual(value[key], null, `${name}.${key} is null`);
    }
  }

  it("RegionInfo, Urusan, Rule", () => {
    for (const code of ["33.71", "3371010", "33.71.01.1003", "33"]) conforms(datago.regionInfo(code), "RegionInfo");
    conforms(datago.regionInfo("33.71", "bps"), "RegionInfo");
    for (const u of datago.urusanList()) conforms(u, "Urusan");
    for (const r of datago.rules()) conforms(r, "Rule");
  });

  it("Report, DatasetSummary, SeverityCounts, Finding, Message", () => {
    const files = { ...datago.sampleFiles(), "data/stray.csv": "a\n" };
    const report = datago.checkBundle(files);
    conforms(report, "Report");
    conforms(report.counts, "SeverityCounts");
    for (const w of report.worst) conforms(w, "DatasetSummary");
    for (const f of report.findings) {
      conforms(f, "Finding");
      conforms(f.message, "Message");
    }
  });

  it("Catalog, Organization, Dataset, Resource, Transition, Actor from the sample and the vectors", () => {
    const files = datago.sampleFiles();
    const decoder = new TextDecoder();
    const catalog = datago.parseDocument("catalog", decoder.decode(files["catalog.json"]));
    conforms(catalog, "Catalog");
    for (const o of catalog.organizations) conforms(o, "Organization");
    for (const [p, bytes] of Object.entries(files).filter(([p]) => p.startsWith("datasets/"))) {
      const ds = datago.parseDocument("dataset", decoder.decode(bytes));
      conforms(ds, "Dataset");
      for (const r of ds.resources ?? []) {
        conforms(r, "Resource");
        if (r.schema) conforms(r.schema, "TableSchema");
        for (const f of r.schema?.fields ?? []) conforms(f, "Field");
      }
      for (const t of ds.history ?? []) {
        conforms(t, "Transition");
        conforms(t.by, "Actor");
      }
      assert.ok(p);
    }
    const workflow = JSON.parse(fs.readFileSync(path.join(vectorsDir, "workflow.json"), "utf8")).cases[0];
    let ds = workflow.input;
    for (const step of workflow.steps) ds = datago.applyAction(ds, step);
    conforms(ds, "Dataset");
    for (const t of ds.history) conforms(t, "Transition");
  });

  it("DataGoError", () => {
    const iface = interfaces.get("DataGoError");
    const errors = [
      expectError(() => datago.parseDocument("dataset", "{")),
      expectError(() => datago.checkBundle({ "catalog.json": "{" })),
      expectError(() => datago.checkBundle({})),
      expectError(() => datago.applyAction({ id: "d", slug: "dd" }, { action: "publish", organization: "", actor: "", at: "2026-01-01T00:00:00Z" })),
      expectError(() => datago.slugify(1)),
      expectError(() => datago.euUris("x", "y")),
    ];
    const names = declarations(path.join(pkgDir, "node", "datago_wasm.d.ts")).aliases.get("DataGoErrorName");
    for (const e of errors) {
      for (const key of Object.keys(e)) assert.ok(iface.props.has(key), `DataGoError does not declare ${key}`);
      assert.ok(names.includes(e.name), e.name);
    }
  });
});

describe("tsc --noEmit --strict", () => {
  it("type-checks tests/ts/consumer.ts, @ts-expect-error lines included", () => {
    const tsc = path.join(crateDir, "node_modules", "typescript", "bin", "tsc");
    try {
      execFileSync(process.execPath, [tsc, "-p", path.join(crateDir, "tests", "ts"), "--noEmit", "--strict"], { encoding: "utf8" });
    } catch (e) {
      assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
    }
  });
});

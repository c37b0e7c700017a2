// Shared by the *.test.mjs files: where things are, the built package, and assertions every
// suite uses. The package must be built first (scripts/build.sh; scripts/test.sh does both).
import assert from "node:assert/strict";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const crateDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const rootDir = path.resolve(crateDir, "..");
export const pkgDir = path.join(crateDir, "pkg");
export const vectorsDir = path.join(rootDir, "tests", "vectors");
export const schemasDir = path.join(rootDir, "schemas");

const nodeEntry = path.join(pkgDir, "node", "datago_wasm.js");
if (!fs.existsSync(nodeEntry)) {
  throw new Error(`${nodeEntry} is missing: build the package first (bash datago-wasm/scripts/build.sh)`);
}

/** The `nodejs` build of the package. */
export const datago = createRequire(import.meta.url)(nodeEntry);

/** A module from the crate's devDependencies (typescript), or null when not installed. */
export function devDependency(name) {
  try {
    return createRequire(path.join(crateDir, "package.json"))(name);
  } catch {
    return null;
  }
}

/** Messages of findings and errors: both languages present, every placeholder filled. */
export function assertMessage(message, what) {
  for (const lang of ["id", "en"]) {
    assert.equal(typeof message?.[lang], "string", `${what}: message.${lang}`);
    assert.notEqual(message[lang].trim(), "", `${what}: empty message.${lang}`);
    // A template parameter left as `{name}`; user data such as a pattern `\d{4}` may hold braces.
    assert.ok(!/\{[A-Za-z_]\w*\}/.test(message[lang]), `${what}: unfilled placeholder in ${message[lang]}`);
  }
}

/** Findings as the set of (code, severity, path, document) the vectors compare. */
export function findingKeys(findings) {
  assert.ok(Array.isArray(findings), "findings is an array");
  const keys = findings.map((f) => {
    assertMessage(f.message, f.code);
    return JSON.stringify([f.code, f.severity, f.path, f.document ?? null]);
  });
  return [...new Set(keys)].sort();
}

/** Runs `fn`, which must throw a DataGO error; checks its shape and returns it. */
export function expectError(fn, { name, code } = {}) {
  let thrown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  assert.ok(thrown !== undefined, "expected an error");
  assert.ok(thrown instanceof Error, `thrown value is an Error, got ${typeof thrown}: ${String(thrown)}`);
  assert.notEqual(thrown.constructor.name, "RuntimeError", `the module trapped: ${thrown.message}`);
  assert.equal(typeof thrown.code, "string", `error has a code: ${thrown.name}: ${thrown.message}`);
  assert.ok(datago.isDataGoError(thrown));
  for (const lang of ["id", "en"]) {
    assert.equal(typeof thrown.messages?.[lang], "string");
    assert.notEqual(thrown.messages[lang], "", `empty messages.${lang}`);
  }
  assert.equal(thrown.message, thrown.messages.en);
  if (name) assert.equal(thrown.name, name, thrown.message);
  if (code) assert.equal(thrown.code, code, thrown.message);
  return thrown;
}

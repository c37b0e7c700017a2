// examples/js/quickstart.mjs runs and prints its summary.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { it } from "node:test";

import { datago, rootDir } from "./helpers.mjs";

it("examples/js/quickstart.mjs runs", () => {
  const out = execFileSync(process.execPath, [path.join(rootDir, "examples", "js", "quickstart.mjs")], {
    cwd: rootDir,
    encoding: "utf8",
  });
  assert.match(out, /dataset\.description\.missing/);
  assert.match(out, /draft -> submitted/);
  assert.match(out, /Ditolak \[workflow\.illegal-transition\]/);
  const report = datago.checkSample();
  assert.match(out, new RegExp(`${report.datasets} dataset, .*; sah\\.`));
});

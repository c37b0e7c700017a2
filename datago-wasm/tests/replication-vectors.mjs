// The replication operations of the shared vectors (tests/vectors/replication.json), used by
// vectors.test.mjs: the same operations and comparisons as datago-core/tests/vectors.rs and the
// Python suite.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";

import { datago, expectError, findingKeys, vectorsDir } from "./helpers.mjs";

/** The base plan tests/vectors/replication/<base>.json with the case's JSON Patch applied. */
export function replicationPlan(c) {
  const doc = JSON.parse(fs.readFileSync(path.join(vectorsDir, "replication", `${c.base}.json`), "utf8"));
  for (const op of c.patch ?? []) {
    const tokens = op.path.split("/").slice(1).map((t) => t.replaceAll("~1", "/").replaceAll("~0", "~"));
    const last = tokens.pop();
    let target = doc;
    for (const t of tokens) target = target[Array.isArray(target) ? Number(t) : t];
    if (Array.isArray(target)) {
      if (op.op === "remove") target.splice(Number(last), 1);
      else if (op.op === "add" && last === "-") target.push(op.value);
      else if (op.op === "add") target.splice(Number(last), 0, op.value);
      else target[Number(last)] = op.value;
    } else if (op.op === "remove") {
      delete target[last];
    } else {
      target[last] = op.value;
    }
  }
  return doc;
}

export const replicationOps = {
  "replication-check"(c) {
    const options = { asOf: c.asOf, homepage: c.homepage };
    if (c.text !== undefined) {
      expectError(() => datago.checkReplicationPlan(c.text, options), { name: "ParseError", code: c.expect.error });
      return;
    }
    const plan = replicationPlan(c);
    const want = findingKeys(c.expect.findings.map((f) => ({ ...f, message: { id: "-", en: "-" } })));
    assert.deepEqual(findingKeys(datago.checkReplicationPlan(plan, options)), want);
    assert.deepEqual(findingKeys(datago.checkReplicationPlan(JSON.stringify(plan), options)), want);
    // A Date as the as-of date means the same calendar day.
    if (c.asOf) {
      const [y, m, d] = c.asOf.split("-").map(Number);
      assert.deepEqual(findingKeys(datago.checkReplicationPlan(plan, { ...options, asOf: new Date(y, m - 1, d) })), want);
    }
  },

  "replication-template"(c) {
    if (c.expect.error !== undefined) {
      expectError(() => datago.replicationTemplate(c.model, c.replicator), { name: "InvalidArgumentError", code: c.expect.error });
      return;
    }
    const plan = datago.replicationTemplate(c.model, c.replicator);
    const model = datago.replicationModels().find((m) => m.model === plan.model);
    assert.deepEqual(model.stages.map((s) => [s.stage, s.activities.map((a) => a.code)]), c.expect.stages);
    assert.deepEqual(model.methods.map((m) => m.method), c.expect.methods);
    assert.deepEqual(model.parties, c.expect.parties);
    assert.deepEqual(plan.agreements.map((a) => a.kind), c.expect.agreements);
    assert.equal("facilitator" in plan.actors, c.expect.facilitator);
    assert.equal(plan.id, c.expect.id);
    assert.deepEqual(
      plan.actionPlan.map((a) => [a.stage, a.activity]),
      c.expect.stages.flatMap(([s, acts]) => acts.map((a) => [s, a])),
    );
  },

  "replication-progress"(c) {
    const p = datago.replicationProgress(replicationPlan(c), c.asOf);
    assert.deepEqual(
      {
        percent: p.percent,
        activities: p.activities.map((a) => [a.id, a.state, a.percent, a.daysLate]),
        stages: p.stages.map((s) => [s.stage, s.activities, s.done, s.inProgress, s.late, s.percent]),
        budget: p.budget,
      },
      c.expect,
    );
  },

  rupiah(c) {
    assert.equal(datago.formatRupiah(c.amount), c.expect.text);
    for (const [text, amount] of c.expect.parsed) {
      if (amount === null) expectError(() => datago.parseRupiah(text), { name: "InvalidArgumentError", code: "replication.invalid-amount" });
      else assert.equal(datago.parseRupiah(text), amount);
    }
  },
};

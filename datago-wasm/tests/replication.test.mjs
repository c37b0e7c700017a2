// Replication plans from JavaScript: templates, checks, monitoring, reports and the guide's data.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

import { assertMessage, datago, devDependency, expectError, pkgDir, rootDir, schemasDir } from "./helpers.mjs";

const samplePath = path.join(rootDir, "examples", "replication", "rencana-kerja-sama-kabupaten-contoh.json");
const sampleText = fs.readFileSync(samplePath, "utf8");
const sample = () => JSON.parse(sampleText);
const HOME =
  '<html><body><footer><a href="https://datago.magelangkota.go.id"><img src="logo-datago.png" alt="Logo DataGO"></a></footer></body></html>';
const codes = (findings) => findings.map((f) => f.code).sort();

describe("checking plans", () => {
  it("the sample Kerja Sama plan passes, and is judged on a date", () => {
    const findings = datago.checkReplicationPlan(sample());
    assert.deepEqual(findings.filter((f) => f.severity === "error"), []);
    for (const f of findings) assertMessage(f.message, f.code);
    assert.deepEqual(codes(datago.checkReplicationPlan(sampleText, { asOf: "2026-10-15" })), [
      "replication.budget.overspent",
      "replication.homepage.unchecked",
      "replication.progress.late",
    ]);
    // A Date is its local calendar day.
    assert.deepEqual(
      codes(datago.checkReplicationPlan(sampleText, { asOf: new Date(2026, 9, 15, 23, 30) })),
      codes(datago.checkReplicationPlan(sampleText, { asOf: "2026-10-15" })),
    );
    // The generic document API knows plans too.
    assert.deepEqual(datago.validate("replication-plan", sampleText).filter((f) => f.severity === "error"), []);
    assert.equal(datago.parseDocument("replication-plan", sampleText).model, "kerja-sama");
    const committed = JSON.parse(fs.readFileSync(path.join(schemasDir, "replication-plan.schema.json"), "utf8"));
    assert.deepEqual(datago.jsonSchema("replication-plan"), committed);
  });

  it("checks the replica's home page for provision 9", () => {
    const ok = datago.checkReplicationPlan(sample(), { homepageHtml: HOME });
    assert.ok(!ok.some((f) => f.code.startsWith("replication.homepage")));
    const bytes = new TextEncoder().encode(HOME);
    assert.deepEqual(datago.checkReplicationPlan(sample(), { homepageHtml: bytes }), ok);
    const hidden = HOME.replace("<a ", '<a hidden ');
    const bad = datago.checkReplicationPlan(sample(), { homepageHtml: hidden });
    const f = bad.find((x) => x.code === "replication.homepage.noncompliant");
    assert.equal(f.severity, "error");
    assert.match(f.message.en, /special provision 9/);
    assert.deepEqual(codes(datago.checkReplicationPlan(sample(), { homepage: { compliant: false } })), codes(bad));
    expectError(() => datago.checkReplicationPlan(sample(), { homepage: { compliant: true }, homepageHtml: HOME }), {
      name: "InvalidArgumentError",
    });
    expectError(() => datago.checkReplicationPlan(sample(), { homepageHtml: "" }), { code: "replica.input.empty" });
    expectError(() => datago.checkReplicationPlan(sample(), { homepageHtml: 42 }), { name: "InvalidArgumentError" });
    expectError(() => datago.checkReplicationPlan(sample(), { homepage: { compliant: "ya" } }), { name: "ParseError" });
  });

  it("refuses unusable arguments with typed errors", () => {
    expectError(() => datago.checkReplicationPlan(5), { name: "InvalidArgumentError", code: "invalid-argument" });
    expectError(() => datago.checkReplicationPlan("{"), { name: "ParseError", code: "parse.eof" });
    expectError(() => datago.checkReplicationPlan({ model: "swasta" }), { name: "ParseError", code: "parse.data" });
    expectError(() => datago.checkReplicationPlan(sample(), { asOf: "15/10/2026" }), {
      name: "InvalidArgumentError",
      code: "replication.invalid-date",
    });
    expectError(() => datago.checkReplicationPlan(sample(), { asOf: new Date("x") }), { name: "InvalidArgumentError" });
    expectError(() => datago.checkReplicationPlan(sample(), { asOf: {} }), { name: "InvalidArgumentError" });
    expectError(() => datago.checkReplicationPlan(sample(), []), { name: "InvalidArgumentError" });
    expectError(() => datago.replicationTemplate("swasta", "Kabupaten X"), { code: "replication.unknown-model" });
    expectError(() => datago.replicationTemplate("mandiri"), { name: "InvalidArgumentError" });
    expectError(() => datago.replicationReport(sample(), { format: "pdf" }), { code: "replication.unknown-format" });
    expectError(() => datago.replicationReport(sample(), { lang: "fr" }), { name: "InvalidArgumentError" });
    expectError(() => datago.formatRupiah(1.5), { code: "replication.invalid-amount" });
    expectError(() => datago.formatRupiah("12"), { code: "replication.invalid-amount" });
    expectError(() => datago.parseRupiah("dua juta"), { code: "replication.invalid-amount" });
    const e = expectError(() => datago.parseRupiah("Rp 1,5"));
    assert.match(e.messages.id, /rupiah bulat/);
  });
});

describe("templates, monitoring and reports", () => {
  it("replicationTemplate follows each model", () => {
    for (const [model, n] of [["mandiri", 12], ["kerja-sama", 13], ["Kerja Sama", 13], ["fasilitasi", 16]]) {
      const plan = datago.replicationTemplate(model, "Kabupaten X");
      assert.equal(plan.actionPlan.length, n, model);
      assert.equal(plan.actors.replicator.government, "Pemerintah Kabupaten X");
      const found = codes(datago.checkReplicationPlan(plan));
      assert.ok(found.includes("replication.action.element-missing"));
      assert.ok(!found.includes("replication.activity.missing"));
    }
  });

  it("replicationProgress and assessReplicationPlan", () => {
    const p = datago.replicationProgress(sample(), "2026-10-15");
    assert.equal(p.asOf, "2026-10-15");
    const a12 = p.activities.find((a) => a.id === "A12");
    assert.deepEqual([a12.state, a12.daysLate], ["terlambat", 20]);
    assert.equal(p.budget.planned, 334500000);
    assert.equal(datago.replicationProgress(sample()).activities.find((a) => a.id === "A12").state, "berjalan");
    const a = datago.assessReplicationPlan(sample(), { asOf: "2026-10-15", homepageHtml: HOME });
    assert.equal(a.ready, true);
    assert.deepEqual(a.counts, { error: 0, warning: 2, info: 0 });
    assert.equal(a.provisions.find((x) => x.number === 9).outcome, "terpenuhi");
    assert.equal(a.readiness.find((r) => r.area === "beranda").status, "siap");
  });

  it("the HTML report has its structure and plan text comes out inert", () => {
    const plan = sample();
    plan.actionPlan[0].what = { id: "<script>alert(1)</script>" };
    plan.actionPlan[1].who = '"><img src=x onerror=alert(1)>';
    const html = datago.replicationReport(plan, { format: "html", asOf: "2026-10-15" });
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="id">'));
    assert.ok(!/<script/i.test(html));
    assert.ok(!html.includes("<img"));
    assert.ok(html.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert.ok(html.includes("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assert.equal((html.match(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/g) ?? []).length, 1);
    assert.ok(html.includes("<figure>\n<svg"));
    for (const id of ["ringkasan", "kesiapan", "linimasa", "kemajuan", "anggaran", "rencana-aksi", "evaluasi", "ketentuan", "temuan"]) {
      assert.ok(html.includes(`<section id="${id}">`), id);
    }
    assert.ok(html.includes("Rp 334.500.000"));
    const en = datago.replicationReport(plan, { format: "html", lang: "en", asOf: new Date(2026, 9, 15) });
    assert.ok(en.includes('<html lang="en">') && en.includes("<h2>Budget</h2>") && en.includes("15 October 2026"));
    const md = datago.replicationReport(plan);
    assert.ok(md.startsWith("# Laporan Kesiapan dan Kemajuan Replikasi DataGO"));
    assert.ok(!md.includes("<script"));
    const svg = datago.replicationGanttSvg(plan, { lang: "en", asOf: "2026-10-15" });
    assert.ok(svg.startsWith("<svg") && svg.endsWith("</svg>") && svg.includes("As of 15 October 2026"));
    assert.ok(!svg.includes("<script"));
  });

  it("the guide's data and money", () => {
    assert.deepEqual(datago.replicationModels().map((m) => m.model), ["mandiri", "kerja-sama", "fasilitasi"]);
    assert.equal(datago.replicationPrinciples().length, 5);
    const provisions = datago.replicationProvisions();
    assert.deepEqual(provisions.map((p) => p.number), Array.from({ length: 17 }, (_, i) => i + 1));
    assert.equal(provisions[8].check, "beranda");
    for (const p of provisions) assertMessage(p.text, `provision ${p.number}`);
    assert.equal(datago.formatRupiah(12500000), "Rp 12.500.000");
    assert.equal(datago.formatRupiah(-75000), "-Rp 75.000");
    assert.equal(datago.parseRupiah("Rp12.500.000,00"), 12500000);
  });
});

describe("TypeScript", () => {
  it("declares every replication function and option type without any", () => {
    const dts = fs.readFileSync(path.join(pkgDir, "node", "datago_wasm.d.ts"), "utf8");
    for (const fn of [
      "replicationModels(): ModelTemplate[]",
      "replicationTemplate(model: ReplicationModel | string, replicator: string): ReplicationPlan",
      "checkReplicationPlan(plan: ReplicationPlan | string, options?: ReplicationCheckOptions): Finding[]",
      "replicationProgress(plan: ReplicationPlan | string, asOf?: string | Date | null): PlanProgress",
      "assessReplicationPlan(plan: ReplicationPlan | string, options?: ReplicationCheckOptions): PlanAssessment",
      "replicationReport(plan: ReplicationPlan | string, options?: ReplicationReportOptions): string",
      "replicationGanttSvg(plan: ReplicationPlan | string, options?: ReplicationGanttOptions): string",
      "formatRupiah(amount: number): string",
      "parseRupiah(text: string): number",
    ]) {
      assert.ok(dts.includes(`export function ${fn};`), fn);
    }
    assert.ok(devDependency("typescript"), "typescript is installed");
  });
});

// Licences, attribution and replica compliance through the npm package.
import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { datago, expectError } from "./helpers.mjs";

const DATASET = {
  id: "d-1",
  slug: "jumlah-penduduk",
  title: { id: "Penduduk <script>alert(\"x\")</script> & 'kutip'", en: "Population" },
  producer: "disdukcapil",
  license: "CC-BY-4.0",
  landingPage: "https://data.example.go.id/dataset/jumlah-penduduk",
  resources: [
    { id: "r-1", title: { id: "Tabel" }, url: "https://data.example.go.id/r1.csv" },
    { id: "r-2", title: { id: "Terbatas" }, license: "CC-BY-NC-4.0" },
  ],
};

describe("licence registry and normalisation", () => {
  it("lists, gets and looks up licences", () => {
    const reg = datago.licenseRegistry();
    assert.ok(reg.length >= 22);
    assert.equal(reg.filter((l) => l.ckan).length, 15);
    assert.equal(datago.getLicense("cc-by").id, "CC-BY-4.0");
    assert.equal(datago.getLicense("nope"), null);
    assert.equal(datago.lookupLicense("open database license").id, "ODbL-1.0");
    expectError(() => datago.lookupLicense("my own terms"), { name: "LicenseError", code: "license.unknown" });
    expectError(() => datago.getLicense(42), { name: "InvalidArgumentError" });
  });

  it("normalises strings seen in the wild, never guessing", () => {
    const n = datago.normalizeLicense("cc by 4.0");
    assert.deepEqual([n.id, n.spdx, n.matchedBy], ["CC-BY-4.0", "CC-BY-4.0", "name"]);
    const v = datago.normalizeLicense("Creative Commons Attribution");
    assert.ok(v.assumedVersion && v.confidence < 0.9 && v.notes.length > 0);
    const u = datago.normalizeLicense("Lisensi Terbuka");
    assert.equal(u.id, null);
    assert.equal(u.spdx, null);
    assert.equal(u.suggestions[0].id, "other-open");
  });
});

describe("compatibility", () => {
  it("combines licences with bilingual reasons", () => {
    const c = datago.combineLicenses(["CC-BY-SA-4.0", "ODbL-1.0"]);
    assert.equal(c.compatible, false);
    assert.deepEqual(c.allowed, []);
    assert.ok(c.reasons.some((r) => r.en.includes("share-alike") && r.id.includes("berbagi serupa")));
    assert.equal(datago.combineLicenses(["CC0-1.0", "cc-by"]).recommended, "CC-BY-4.0");
    assert.deepEqual(datago.combineLicenses(["CC-BY-4.0", "whatever"]).unknown, ["whatever"]);
    expectError(() => datago.combineLicenses("CC-BY-4.0"), { name: "InvalidArgumentError" });
    expectError(() => datago.combineLicenses(["CC-BY-4.0", 3]), { name: "InvalidArgumentError" });
  });

  it("answers purposes", () => {
    assert.equal(datago.canUse("CC-BY-NC-4.0", "commercial").allowed, "no");
    const v = datago.canUse("CC-BY-SA-4.0", "derivative");
    assert.equal(v.allowed, "yes");
    assert.deepEqual(v.conditions.map((c) => c.code), ["attribution", "share-alike", "indicate-changes"]);
    assert.equal(datago.canUse("other-open", "commercial").allowed, "unknown");
    expectError(() => datago.canUse("CC-BY-4.0", "resell"), { name: "LicenseError", code: "license.purpose-unknown" });
  });
});

describe("attribution", () => {
  it("escapes HTML and Markdown: a <script> title comes out inert", () => {
    const html = datago.attribution(DATASET, { format: "html" }).text;
    assert.ok(!html.includes("<script>"), html);
    assert.ok(html.includes("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;kutip&#39;"), html);
    assert.ok(html.includes('rel="license"'));
    const md = datago.attribution(DATASET, { format: "md" }).text;
    assert.ok(md.includes("\\<script\\>") && !md.includes("<script>"), md);
  });

  it("languages, resources, CC 4.0 rules, modifications", () => {
    assert.ok(datago.attribution(DATASET, { lang: "en" }).text.startsWith("“Population” by disdukcapil"));
    assert.equal(datago.attribution(JSON.stringify(DATASET), { resource: "r-1" }).license, "CC-BY-4.0");
    assert.equal(datago.attribution(DATASET, { resource: 1 }).license, "CC-BY-NC-4.0");
    const cc4 = datago.attribution(DATASET, { lang: "en", cc4: true, omitTitle: true });
    assert.equal(cc4.title, null);
    assert.ok(cc4.text.startsWith("Data by disdukcapil"));
    const adapted = datago.attribution(DATASET, { lang: "en", modifications: "totals per kecamatan" });
    assert.ok(adapted.modified && adapted.text.startsWith("Adapted from"));
    expectError(() => datago.attribution(DATASET, { resource: 7 }), { name: "InvalidArgumentError" });
    expectError(() => datago.attribution(DATASET, { format: "pdf" }), { name: "InvalidArgumentError" });
    expectError(() => datago.attribution("{"), { name: "ParseError" });
  });

  it("dataset licence findings", () => {
    const f = datago.checkDatasetLicense(DATASET);
    assert.deepEqual(f.map((x) => [x.code, x.path]), [["license.resource.not-open", "/resources/1/license"]]);
    assert.ok(datago.validateDataset(DATASET).some((x) => x.code === "license.resource.not-open"));
  });
});

describe("replica compliance", () => {
  it("the credit block passes the home-page check", () => {
    const block = datago.replicaCredit("Satu Data Kabupaten X", { lang: "id", format: "html" });
    assert.ok(block.includes('href="https://datago.magelangkota.go.id"') && block.includes('alt="Logo DataGO"'));
    const r = datago.checkHomepage(`<html><body><footer>${block}</footer></body></html>`);
    assert.deepEqual(r, { compliant: true, link: true, logo: true, findings: [] });
    const evil = datago.replicaCredit('<script>alert("x")</script>', { lang: "en" });
    assert.ok(!evil.includes("<script>") && evil.includes("&lt;script&gt;"));
    assert.ok(datago.replicaCredit("X", { format: "text" }).includes("https://datago.magelangkota.go.id"));
  });

  it("hidden credits and unusable input", () => {
    const block = datago.replicaCredit("X");
    const hidden = datago.checkHomepage(new TextEncoder().encode(`<body><div hidden>${block}</div></body>`));
    assert.equal(hidden.compliant, false);
    assert.deepEqual(hidden.findings.map((f) => f.code).sort(), ["replica.homepage.link-hidden", "replica.homepage.logo-hidden"]);
    expectError(() => datago.checkHomepage(""), { name: "ReplicaError", code: "replica.input.empty" });
    expectError(() => datago.checkHomepage("no markup"), { name: "ReplicaError", code: "replica.input.not-html" });
    expectError(() => datago.checkHomepage(new Uint8Array([0xff, 0xfe, 0x3c])), { name: "ReplicaError", code: "replica.input.not-text" });
    expectError(() => datago.checkHomepage(42), { name: "InvalidArgumentError" });
  });

  it("terms of use", () => {
    const ok = {
      commercialUse: false,
      reReplication: false,
      thirdPartyTransfer: false,
      governmentUseOnly: true,
      ipOwner: "Pemerintah Kota Magelang",
      hakiCertificate: "EC00202180161",
    };
    assert.deepEqual(datago.checkTerms(ok), []);
    const bad = datago.checkTerms({ ...ok, commercialUse: true });
    assert.deepEqual(bad.map((f) => f.code), ["replica.terms.commercial-use"]);
    assert.ok(datago.checkTermsText("Aplikasi ini boleh dijual kembali.").some((f) => f.code === "replica.terms.commercial-use"));
    assert.equal(datago.replicationTerms().length, 4);
    expectError(() => datago.checkTerms("{"), { name: "ParseError" });
  });
});

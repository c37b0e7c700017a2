// Metadata standards from JavaScript: crosswalks (`convert`, `convertText`), DCAT-AP export and
// import, on CKAN records in the exact shape CKAN returns (tests/vectors/ckan/).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

import { datago, expectError, vectorsDir } from "./helpers.mjs";

const search = JSON.parse(fs.readFileSync(path.join(vectorsDir, "ckan", "package_search.json"), "utf8"));
const packages = search.result.results;

describe("convertText", () => {
  it("turns a package_search response into a DCAT-AP catalog with every package", () => {
    for (const rdfFormat of ["turtle", "jsonld"]) {
      const out = datago.convertText("ckan", "dcat-ap", search, { rdfFormat });
      assert.equal(typeof out, "string");
      const catalog = datago.importDcatAp(out, { format: rdfFormat });
      const titles = catalog.datasets.map((d) => d.title.id ?? Object.values(d.title)[0]).sort();
      assert.deepEqual(titles, packages.map((p) => p.title).sort());
      const resources = catalog.datasets.reduce((n, d) => n + (d.resources ?? []).length, 0);
      assert.equal(resources, packages.reduce((n, p) => n + (p.resources ?? []).length, 0));
    }
  });

  it("gives the same text for an object and for JSON text, and a list for several packages", () => {
    const one = packages[0];
    assert.equal(datago.convertText("ckan", "ckan", one), datago.convertText("ckan", "ckan", JSON.stringify(one)));
    const back = JSON.parse(datago.convertText("ckan", "ckan", one));
    assert.equal(back.name, one.name);
    assert.equal(back.license_id, one.license_id);
    const list = JSON.parse(datago.convertText("ckan", "datapackage", packages));
    assert.deepEqual(list.map((p) => p.name), packages.map((p) => p.name));
  });

  it("reads DCAT-AP back into CKAN packages", () => {
    const ttl = datago.convertText("ckan", "dcat-ap", packages, { rdfFormat: "turtle" });
    const out = JSON.parse(datago.convertText("dcat-ap", "ckan", ttl, { inputFormat: "turtle" }));
    assert.deepEqual(out.map((p) => p.title).sort(), packages.map((p) => p.title).sort());
  });

  it("throws typed errors", () => {
    const e = expectError(() => datago.convertText("ckan", "dcat-ap", "{"));
    assert.match(e.code, /^parse\./);
    expectError(() => datago.convertText("ckan", "rdf", "{}"), { code: "invalid-argument" });
    expectError(() => datago.convertText("ckan", "dcat-ap", 42));
    expectError(() => datago.convert("ckan", "model", "[1"));
  });
});

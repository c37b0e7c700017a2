// Tables in JavaScript: validateTable on strings and bytes, the streaming TableValidator,
// validateTableStream over a ReadableStream and an async iterable with progress, inference,
// profiles, region checks, the personal-data scan, typed errors.
import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { datago, expectError } from "./helpers.mjs";

const schema = {
  fields: [
    { name: "id", type: "integer" },
    { name: "kode_kabupaten_kota", type: "integer" },
    { name: "nilai", type: "number", decimalChar: ",", groupChar: "." },
    { name: "tahun", type: "year" },
  ],
  primaryKey: ["id"],
};
const csv = 'id,kode_kabupaten_kota,nilai,tahun\n1,3371,"1.234,5",2024\n1,3371,x,2024\n';
const want = [
  ["type-error", 3, 3, "nilai"],
  ["primary-key", 3, null, null],
];
const keys = (r) => r.errors.map((e) => [e.code, e.rowNumber, e.fieldNumber, e.fieldName]);

function bigTable(rows) {
  const lines = ["id,kode_kabupaten_kota,nilai,tahun"];
  for (let i = 0; i < rows; i++) lines.push(`${i},3371,${i % 1000 === 999 ? "x" : i},2024`);
  return new TextEncoder().encode(lines.join("\n") + "\n");
}

describe("validateTable", () => {
  it("reports frictionless codes and positions for text and bytes", () => {
    for (const data of [csv, new TextEncoder().encode(csv), Buffer.from(csv)]) {
      const r = datago.validateTable(data, schema);
      assert.equal(r.valid, false);
      assert.deepEqual(keys(r), want);
      assert.match(r.errors[0].message.id, /^Baris 3/);
      assert.equal(r.stats.rows, 2);
    }
    assert.deepEqual(keys(datago.validateTable(csv, JSON.stringify(schema))), want);
  });

  it("limits errors and resolves references", () => {
    const r = datago.validateTable(bigTable(5000), schema, { limitErrors: 2 });
    assert.equal(r.errors.length, 2);
    assert.equal(r.partial, true);
    const fk = {
      ...schema,
      foreignKeys: [{ fields: ["kode_kabupaten_kota"], reference: { resource: "wilayah", fields: ["kode"] } }],
    };
    const references = { wilayah: { data: "kode\n3308\n", schema: { fields: [{ name: "kode", type: "integer" }] } } };
    const out = datago.validateTable("id,kode_kabupaten_kota,nilai,tahun\n1,3371,1,2024\n", fk, { references });
    assert.deepEqual(keys(out), [["foreign-key", 2, null, null]]);
  });

  it("stops at frictionless's default of 1000 errors", () => {
    const lines = ["id,kode_kabupaten_kota,nilai,tahun"];
    for (let i = 0; i < 1200; i++) lines.push(`${i},3371,x,2024`);
    const data = lines.join("\n") + "\n";
    const r = datago.validateTable(data, schema);
    assert.equal(r.errors.length, 1000);
    assert.equal(r.partial, true);
    assert.equal(datago.validateTable(data, schema, { limitErrors: 0 }).errors.length, 1200);
  });

  it("detects Windows-1252 and skips a BOM", () => {
    const s = { fields: [{ name: "nama", type: "string", constraints: { maxLength: 4 } }] };
    const latin = Uint8Array.from([...Buffer.from("nama\ncaf"), 0xe9, 0x0a]);
    const r = datago.validateTable(latin, s);
    assert.equal(r.valid, true);
    assert.equal(r.stats.encoding, "windows-1252");
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from("nama\nabcde\n")]);
    assert.deepEqual(
      datago.validateTable(bom, s).errors.map((e) => [e.code, e.rowNumber, e.fieldName]),
      [["constraint-error", 2, "nama"]],
    );
  });

  it("throws typed errors", () => {
    expectError(() => datago.validateTable(42, schema), { name: "InvalidArgumentError" });
    expectError(() => datago.validateTable(csv, "{nope"), { name: "TableError", code: "table.schema" });
    expectError(() => datago.validateTable(csv, schema, { encoding: "utf-16" }), { name: "InvalidArgumentError" });
    expectError(() => datago.inferSchema(""), { name: "TableError", code: "table.empty" });
  });
});

describe("streaming", () => {
  it("TableValidator gives the same report in any chunking", () => {
    const bytes = bigTable(20000);
    const whole = datago.validateTable(bytes, schema, { limitErrors: 0 });
    for (const size of [1, 1000, 65536]) {
      const v = new datago.TableValidator(schema, { limitErrors: 0 });
      for (let i = 0; i < bytes.length; i += size) v.push(bytes.subarray(i, i + size));
      assert.equal(v.progress.bytes, bytes.length);
      assert.deepEqual(v.finish().errors, whole.errors);
      expectError(() => v.finish(), { name: "InvalidArgumentError" });
    }
  });

  it("validateTableStream reads a ReadableStream with progress", async () => {
    const bytes = bigTable(50000);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 100000) controller.enqueue(bytes.subarray(i, i + 100000));
        controller.close();
      },
    });
    const seen = [];
    const report = await datago.validateTableStream(stream, schema, { limitErrors: 0, onProgress: (p) => seen.push(p) });
    assert.deepEqual(report.errors, datago.validateTable(bytes, schema, { limitErrors: 0 }).errors);
    assert.ok(seen.length >= 5);
    assert.equal(seen.at(-1).bytes, bytes.length);
    assert.equal(seen.at(-1).rows, 50000);
  });

  it("validateTableStream reads async iterables and stops at the error limit", async () => {
    let pulled = 0;
    async function* chunks() {
      const bytes = bigTable(200000);
      for (let i = 0; i < bytes.length; i += 4096) {
        pulled++;
        yield bytes.subarray(i, i + 4096);
      }
    }
    const report = await datago.validateTableStream(chunks(), schema, { limitErrors: 3 });
    assert.equal(report.errors.length, 3);
    assert.ok(pulled < 1000, `stopped reading early (${pulled} chunks)`);
  });
});

describe("inference, profiles, regions, personal data", () => {
  const table =
    "id,kode_kabupaten_kota,nama_kabupaten_kota,nik,nilai,satuan,tahun\n" +
    '1,3371,KOTA MAGELANG,3371014107850003,"1.234,5",ORANG,2024\n' +
    "2,3308,KOTA SEMARANG,3371010101900001,-,ORANG,2024\n";

  it("infers a schema that validates its sample", () => {
    const s = datago.inferSchema(table);
    assert.deepEqual(s.primaryKey, ["id"]);
    assert.equal(s.fields.find((f) => f.name === "nilai").decimalChar, ",");
    assert.equal(datago.validateTable(table, s).valid, true);
  });

  it("profiles columns", () => {
    const p = datago.profileTable(table);
    const nilai = p.columns.find((c) => c.name === "nilai");
    assert.deepEqual([nilai.count, nilai.missing], [1, 1]);
    assert.equal(p.rows, 2);
  });

  it("checks region codes against the reference", () => {
    const r = datago.checkRegions(table);
    assert.equal(r.columns[0].scheme, "bps");
    assert.deepEqual(r.columns[0].nameMismatch.rows, [3]);
    assert.match(r.reference, /ODbL/);
  });

  it("scans for personal data without revealing it", () => {
    const r = datago.scanPersonalData(table);
    const nik = r.findings.find((f) => f.kind === "nik");
    assert.deepEqual([nik.count, nik.sampleRows, r.severity], [2, [2, 3], "high"]);
    assert.ok(!JSON.stringify(r).includes("3371014107850003"));
    assert.equal(datago.isValidNik("3371014107850003"), true);
    assert.equal(datago.isValidNik("1234"), false);
  });
});

// DataGO from JavaScript: validate a dataset, take a workflow step, check the Kota Magelang
// sample catalog.
//
//   bash datago-wasm/scripts/build.sh     # builds the npm package into datago-wasm/pkg
//   node examples/js/quickstart.mjs
//
// In a project that installed the package, import from "datago" instead.
import { applyAction, checkSample, isDataGoError, validateDataset } from "../../datago-wasm/pkg/node/datago_wasm.js";

const dataset = {
  id: "0b6a8c1e-4f3d-4c2a-9e5b-1a2b3c4d5e6f",
  slug: "jumlah-puskesmas-kota-magelang",
  title: { id: "Jumlah Puskesmas di Kota Magelang" },
  keywords: ["puskesmas", "kesehatan"],
  themes: ["1.02"],
  producer: "dinkes",
  walidata: "diskominsta",
  frequency: "tahunan",
  spatial: { scheme: "bps", code: "3371" },
  license: "CC-BY-4.0",
  access: "terbuka",
};

// 1. Validation reports every finding at once, in Bahasa Indonesia and English.
const findings = validateDataset(dataset);
console.log(`Temuan (${findings.length}):`);
for (const f of findings) {
  console.log(`  ${f.severity.padEnd(7)} ${f.code.padEnd(28)} ${f.path || "/"}  ${f.message.id}`);
}

// 2. The producer (dinkes) submits it to the walidata (diskominsta)...
const submitted = applyAction(dataset, {
  action: "submit",
  organization: "dinkes",
  actor: "Ani",
  at: "2026-11-26T09:00:00+07:00",
});
const step = submitted.history.at(-1);
console.log(`\nStatus: ${dataset.status ?? "draft"} -> ${submitted.status} (by ${step.by.name}, ${step.by.organization}, ${step.at})`);

// ...and only the walidata may publish, once it has verified.
try {
  applyAction(submitted, { action: "publish", organization: "diskominsta", actor: "Budi", at: "2026-11-26T10:00:00+07:00" });
} catch (e) {
  if (!isDataGoError(e)) throw e;
  console.log(`Ditolak [${e.code}]: ${e.messages.id}`);
}

// 3. The embedded sample catalog of Kota Magelang, checked as a whole directory.
const report = checkSample();
console.log(
  `\nKatalog ${report.catalog}: ${report.organizations} organisasi, ${report.datasets} dataset, ` +
    `${report.resources} sumber daya; ${report.counts.error} galat, ${report.counts.warning} peringatan, ` +
    `${report.counts.info} info; ${report.valid ? "sah" : "TIDAK sah"}.`,
);

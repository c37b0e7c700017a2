// A small TypeScript consumer of the package, type-checked with `tsc --noEmit --strict` by
// tests/types.test.mjs (in-tree against pkg/node, and by tests/package.test.mjs against the
// installed package). The `@ts-expect-error` lines prove the types are enforced: were anything
// typed `any`, tsc would report those directives as unused.
import {
  applyAction,
  checkBundle,
  checkSample,
  euUris,
  isDataGoError,
  jsonSchema,
  parseDocument,
  regionInfo,
  rules,
  sampleFiles,
  slugify,
  urusanList,
  validate,
  validateDataset,
  version,
} from "datago";
import type {
  Dataset,
  Finding,
  Organization,
  PublicationStatus,
  RegionInfo,
  RegionLevel,
  Report,
  Rule,
  SatuDataRole,
  Transition,
  Urusan,
} from "datago";

const ds: Dataset = parseDocument("dataset", '{"id": "d1", "slug": "d1", "producer": "dinkes", "walidata": "diskominsta"}');
const org: Organization = parseDocument("organization", '{"code": "dinkes", "kind": "dinas", "role": "produsen-data"}');
const role: SatuDataRole = org.role;
const shortName: string | null | undefined = org.shortName;

const findings: Finding[] = validateDataset(ds);
const blocking: string[] = findings.filter((f) => f.severity === "error").map((f) => `${f.path}: ${f.message.id}`);
const sameFindings: Finding[] = validate("dataset", JSON.stringify(ds));

const submitted: Dataset = applyAction(ds, {
  action: "submit",
  organization: "dinkes",
  actor: "Ani",
  at: new Date("2026-11-26T02:00:00Z"),
});
const status: PublicationStatus = submitted.status;
const first: Transition | undefined = submitted.history?.[0];
const by: string | undefined = first?.by.organization;

const report: Report = checkBundle(sampleFiles(), (done, total) => {
  const share: number = done / total;
  void share;
});
const valid: boolean = checkSample().valid && report.counts.error === 0;
const worst: string[] = report.worst.map((w) => w.slug);

const info: RegionInfo = regionInfo("33.71");
const level: RegionLevel | null = info.level;
const bps: string | null = regionInfo("33.71", "kemendagri").bps;
const uris: string[] = euUris("urusan", "1.02");
const slug: string | null = slugify("Jumlah Penduduk");
const urusan: Urusan[] = urusanList();
const themes: string[] = urusan.flatMap((u) => u.euThemes);
const allRules: Rule[] = rules();
const title: string | undefined = jsonSchema("dataset").title;
const v: string = version();

try {
  parseDocument("dataset", "{");
} catch (e: unknown) {
  if (isDataGoError(e)) {
    const code: string = e.code;
    const id: string = e.messages.id;
    const line: number | undefined = e.line;
    void [code, id, line];
  }
}

// @ts-expect-error "destroy" is not an Action
applyAction(ds, { action: "destroy", organization: "dinkes", actor: "Ani", at: "2026-11-26T09:00:00Z" });
// @ts-expect-error a step needs an actor
applyAction(ds, { action: "submit", organization: "dinkes", at: "2026-11-26T09:00:00Z" });
// @ts-expect-error not a document kind
parseDocument("datasets", "{}");
// @ts-expect-error a Dataset has no `name`
void ds.name;
// @ts-expect-error slugify may return null
const notNull: string = slugify("Judul");
// @ts-expect-error version() is a string
const notNumber: number = version();
// @ts-expect-error the scheme is kemendagri or bps
regionInfo("3371", "dukcapil");
// @ts-expect-error contents are text or bytes
checkBundle({ "catalog.json": 42 });
// @ts-expect-error the callback gets numbers
checkBundle({}, (done: string) => done);

export const used = [role, shortName, blocking, sameFindings, status, by, valid, worst, level, bps, uris, slug, themes, allRules, title, v, notNull, notNumber];

// A TypeScript consumer of the replication API, type-checked with `tsc --noEmit --strict` by
// tests/types.test.mjs (listed in tsconfig.json). The `@ts-expect-error` lines prove the types
// are enforced.
import {
  assessReplicationPlan,
  checkReplicationPlan,
  formatRupiah,
  replicationGanttSvg,
  replicationModels,
  replicationProgress,
  replicationProvisions,
  replicationReport,
  replicationTemplate,
} from "datago";
import type {
  ActionItem,
  ActivityState,
  Finding,
  ModelTemplate,
  PlanAssessment,
  PlanProgress,
  Provision,
  ReplicationModel,
  ReplicationPlan,
  ReplicationReportOptions,
  Rupiah,
} from "datago";

const plan: ReplicationPlan = replicationTemplate("kerja-sama", "Kabupaten X");
const model: ReplicationModel = plan.model;
const first: ActionItem = plan.actionPlan[0];
const cost: Rupiah | null | undefined = first.cost;
const findings: Finding[] = checkReplicationPlan(plan, { asOf: new Date(), homepageHtml: "<html></html>" });
const progress: PlanProgress = replicationProgress(JSON.stringify(plan), "2026-10-15");
const state: ActivityState = progress.activities[0].state;
const assessment: PlanAssessment = assessReplicationPlan(plan);
const options: ReplicationReportOptions = { format: "html", lang: "en", asOf: "2026-10-15" };
const html: string = replicationReport(plan, options);
const svg: string = replicationGanttSvg(plan, { lang: "id" });
const models: ModelTemplate[] = replicationModels();
const provisions: Provision[] = replicationProvisions();
const money: string = formatRupiah(assessment.progress.budget.planned);

// @ts-expect-error: the model is a string, not a number
replicationTemplate(1, "Kabupaten X");
// @ts-expect-error: the report format is md or html
replicationReport(plan, { format: "pdf" });
// @ts-expect-error: an activity's state is a known word
const wrong: ActivityState = "done";
// @ts-expect-error: stages are the guide's
const stage: ActionItem["stage"] = "implementation";

export const used = [model, cost, findings, state, html, svg, models, provisions, money, wrong, stage];

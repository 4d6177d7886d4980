// The commit message: `<source sha7>: <subject>` (the Argo CD source hydrator's convention), the plan as
// the body, and trailers naming the source commit and each Blueprint published, with its digest:
//
//   1a2b3c4: hydrate streaming/clickstream for prod (1 risk flagged)
//
//   <plan>
//
//   Tributary-Source: 1a2b3c4d…
//   Tributary-Blueprint: streaming/clickstream sha256:…
import { type ChangeSummary, formatChangeSummary } from "./change-summary.ts";
import type { Provenance } from "./types.ts";

export const TRAILER_SOURCE = "Tributary-Source";
export const TRAILER_BLUEPRINT = "Tributary-Blueprint";

export function commitSubject(plan: ChangeSummary): string {
  const changed = plan.blueprints.filter((b) => b.status !== "unchanged");
  const what =
    changed.length === 1
      ? `${changed[0]!.status === "removed" ? "unpublish" : "hydrate"} ${changed[0]!.blueprint}`
      : changed.length > 1
        ? `hydrate ${changed.length} Blueprints`
        : "update Tributary bookkeeping";
  const risks = plan.risks > 0 ? ` (${plan.risks} risk${plan.risks === 1 ? "" : "s"} flagged)` : "";
  return `${what} for ${plan.cluster}${risks}`;
}

export function commitMessage(plan: ChangeSummary, provenance: Pick<Provenance, "drySha">): string {
  const trailers = [
    `${TRAILER_SOURCE}: ${provenance.drySha}`,
    ...plan.blueprints
      .filter((b) => b.status !== "unchanged")
      .map((b) => `${TRAILER_BLUEPRINT}: ${b.blueprint} ${b.digest}`),
  ];
  return `${provenance.drySha.slice(0, 7)}: ${commitSubject(plan)}\n\n${formatChangeSummary(plan)}\n${trailers.join("\n")}\n`;
}

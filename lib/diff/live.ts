// `trib diff`: what applying a Blueprint's objects changes in the live cluster, in the fields Tributary
// manages. The API server computes the applied object (a server-side dry-run apply: its own defaulting,
// admission and merge); both sides are then restricted to the fields the `tributary` field manager owns
// after that apply, so other managers' fields (an operator's status, a controller's defaults) never show.
import { type Risk, risksOfChange, risksOfRemoval } from "../gitops/risks.ts";
import type { K8sObject } from "../model/k8s-object.ts";
import { canonicalYaml } from "../synth/canonical.ts";
import { appliedFields, project } from "./managed-fields.ts";
import { unifiedDiff } from "./unified.ts";

export interface ObjectDiff {
  /** `Kind namespace/name`. */
  object: string;
  action: "add" | "change" | "remove";
  /** Unified diff of the managed fields, as YAML. */
  diff: string;
  risks: Risk[];
}

const describe = (o: K8sObject) =>
  `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ""}${o.metadata.name}`;
const path = (side: string, o: K8sObject) =>
  `${side}/${o.kind}/${o.metadata.namespace ? `${o.metadata.namespace}/` : ""}${o.metadata.name}`;

/** The object restricted to those fields, identified by apiVersion, kind, name and namespace. */
function managed(o: K8sObject, fields: Record<string, unknown>): K8sObject {
  const projected = project(o, fields) as Record<string, unknown>;
  const metadata = (projected.metadata ?? {}) as Record<string, unknown>;
  return {
    ...projected,
    apiVersion: o.apiVersion,
    kind: o.kind,
    metadata: {
      ...metadata,
      name: o.metadata.name,
      ...(o.metadata.namespace ? { namespace: o.metadata.namespace } : {}),
    },
  };
}

/**
 * The change from `live` (undefined: absent) to `applied`, the dry-run result of applying as `manager`;
 * undefined when the managed fields are equal.
 */
export function changeDiff(
  live: K8sObject | undefined,
  applied: K8sObject,
  manager: string,
): ObjectDiff | undefined {
  const fields = appliedFields(applied, manager);
  if (!fields)
    throw new Error(`${describe(applied)}: the dry-run result has no fields applied by ${manager}`);
  const after = managed(applied, fields);
  const before = live ? managed(live, fields) : undefined;
  const diff = unifiedDiff(
    before ? canonicalYaml(before) : "",
    canonicalYaml(after),
    path("live", applied),
    path("applied", applied),
  );
  if (diff === "") return undefined;
  return {
    object: describe(applied),
    action: before ? "change" : "add",
    diff,
    risks: before ? risksOfChange(before, after) : [],
  };
}

/** An object of the Blueprint in the cluster that the Blueprint no longer has: the engine prunes it. */
export function removalDiff(live: K8sObject, manager: string): ObjectDiff {
  const fields = appliedFields(live, manager);
  const before = fields ? managed(live, fields) : live;
  return {
    object: describe(live),
    action: "remove",
    diff: unifiedDiff(canonicalYaml(before), "", path("live", live), path("applied", live)),
    risks: risksOfRemoval(live),
  };
}

const PAINT: Record<string, string> = { "+": "\x1b[32m", "-": "\x1b[31m", "@": "\x1b[36m", "!": "\x1b[33m" };

/** The diffs as text: per object a header with its risk flags, then its unified diff; coloured on request. */
export function formatDiffs(diffs: readonly ObjectDiff[], color = false): string {
  const text = diffs
    .map((d) => {
      const flags = d.risks.map((r) => `! ${r.code}: ${r.message}\n`).join("");
      const count = d.risks.length ? `, ${d.risks.length} risk${d.risks.length === 1 ? "" : "s"}` : "";
      return `# ${d.object} (${d.action}${count})\n${flags}${d.diff}`;
    })
    .join("\n");
  if (!color) return text;
  return text
    .split("\n")
    .map((l) => {
      const paint = l.startsWith("+++") || l.startsWith("---") ? "\x1b[1m" : PAINT[l[0] ?? ""];
      return paint && l ? `${paint}${l}\x1b[0m` : l;
    })
    .join("\n");
}

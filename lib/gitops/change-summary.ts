// The change summary: what a publish changes, per Blueprint and per kind — objects added, changed and
// removed, with risky changes flagged. The same text is `trib plan`'s output and the commit message's body.
// Objects are matched by identity (group, kind, namespace, name), so an object whose wave moved is
// "changed", not removed and added.

import { groupOrCore } from "../../kube/objects.ts";
import type { PlacementGroup } from "../placement/rules.ts";
import { describe, type ObjectFile, objectFiles, objectKey } from "./objects.ts";
import {
  argoApplicationPath,
  blueprintDir,
  byBlueprintDir,
  clusterDir,
  fluxPath,
  isOwned,
  type Owned,
} from "./paths.ts";
import { diffLeaves, formatPath, type Risk, risksOfChange, risksOfRemoval } from "./risks.ts";
import type { AsPublished, BlueprintOutput, FileChange, FileMap, Named, Target } from "./types.ts";
import { newWatchedNamespaces } from "./watched-namespaces.ts";

export type Action = "add" | "change" | "remove";

export interface ObjectChange {
  action: Action;
  apiVersion: string;
  kind: string;
  group: string;
  namespace: string;
  name: string;
  /** File inside the Blueprint's directory (the new one, or the old one for a removal). */
  file: string;
  /** Changed fields (`spec.partitions`), for a change. */
  fields: string[];
  risks: Risk[];
}

export interface FileSummary {
  added: string[];
  changed: string[];
  removed: string[];
}

export interface BlueprintChanges {
  /** `namespace/name`. */
  blueprint: string;
  namespace: string;
  name: string;
  digest: string;
  /** The Blueprint's directory in the repo. */
  path: string;
  /** `removed`: unpublished (its inputs no longer produce it: lib/gitops/unpublish.ts). */
  status: "added" | "changed" | "unchanged" | "removed";
  objects: ObjectChange[];
  /** Repo paths of this Blueprint's files (its directory, Application and Flux file). */
  files: FileSummary;
  /** Where placement rules send its roles, by node class (empty: no rules, every role runs anywhere). */
  placement: PlacementGroup[];
}

export interface ChangeSummary {
  cluster: string;
  changed: boolean;
  blueprints: BlueprintChanges[];
  /** Files no single Blueprint owns: .gitattributes, the ApplicationSet, health checks, READMEs. */
  shared: FileSummary;
  risks: number;
  /** What the cluster's operators must be told (a job's operator meeting a new namespace). */
  notes: string[];
}

/** Files to write or delete: owned paths whose content differs (deleted when absent from `desired`). */
export function fileChanges(old: FileMap, desired: FileMap, owned: Owned): FileChange[] {
  const changes: FileChange[] = [];
  for (const [path, after] of desired) {
    const before = old.get(path);
    if (before !== after) changes.push({ path, before, after });
  }
  for (const [path, before] of old) {
    if (!desired.has(path) && isOwned(owned, path)) changes.push({ path, before });
  }
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export const summarize = (changes: readonly FileChange[]): FileSummary => ({
  added: changes.filter((c) => c.before === undefined).map((c) => c.path),
  changed: changes.filter((c) => c.before !== undefined && c.after !== undefined).map((c) => c.path),
  removed: changes.filter((c) => c.after === undefined).map((c) => c.path),
});

function objectChange(action: Action, f: ObjectFile, fields: string[], risks: Risk[]): ObjectChange {
  const o = f.object;
  return {
    action,
    apiVersion: o.apiVersion,
    kind: o.kind,
    group: groupOrCore(o.apiVersion),
    namespace: o.metadata.namespace ?? "",
    name: o.metadata.name,
    file: f.path,
    fields,
    risks,
  };
}

/**
 * The object-level changes inside one Blueprint's directory, from its files before and after (paths
 * relative to the directory). A file with the same bytes at the same path on both sides holds the same,
 * unchanged object: it is not parsed.
 */
export function objectChanges(old: FileMap, desired: FileMap): ObjectChange[] {
  const differing = (files: FileMap, other: FileMap) =>
    new Map([...files].filter(([p, t]) => other.get(p) !== t));
  const before = new Map(objectFiles(differing(old, desired)).map((f) => [objectKey(f.object), f]));
  const after = new Map(objectFiles(differing(desired, old)).map((f) => [objectKey(f.object), f]));
  const out: ObjectChange[] = [];
  for (const [key, a] of after) {
    const b = before.get(key);
    if (!b) out.push(objectChange("add", a, [], []));
    else if (b.text !== a.text || b.path !== a.path) {
      const leaves = diffLeaves(b.object, a.object);
      const fields = leaves.map((l) => formatPath(l.path));
      if (b.path !== a.path) fields.unshift(`(moved from ${b.path})`);
      out.push(objectChange("change", a, fields, risksOfChange(b.object, a.object, leaves)));
    }
  }
  for (const [key, b] of before) {
    if (!after.has(key)) out.push(objectChange("remove", b, [], risksOfRemoval(b.object)));
  }
  return out.sort(
    (x, y) =>
      compare(x.file.split("/")[0]!, y.file.split("/")[0]!) ||
      compare(x.kind, y.kind) ||
      compare(x.name, y.name) ||
      compare(x.action, y.action),
  );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function summarizeChanges(
  old: FileMap,
  desired: FileMap,
  owned: Owned,
  blueprints: readonly (BlueprintOutput | AsPublished)[],
  target: Pick<Target, "cluster">,
): ChangeSummary {
  const changes = fileChanges(old, desired, owned);
  const oldByDir = byBlueprintDir(old, target);
  const desiredByDir = byBlueprintDir(desired, target);
  const changesByOwner = changesOf(changes, blueprints, target);
  const claimed = new Set<string>();
  const plans = blueprints.map((b): BlueprintChanges => {
    const dir = blueprintDir(target, b);
    const mine = changesByOwner.get(`${b.namespace}/${b.name}`) ?? [];
    for (const c of mine) claimed.add(c.path);
    return {
      blueprint: `${b.namespace}/${b.name}`,
      namespace: b.namespace,
      name: b.name,
      digest: b.digest,
      path: dir,
      status: mine.length === 0 ? "unchanged" : oldByDir.has(dir) ? "changed" : "added",
      objects:
        "asPublished" in b ? [] : objectChanges(oldByDir.get(dir) ?? NONE, desiredByDir.get(dir) ?? NONE),
      files: summarize(mine),
      placement: [...(b.placement ?? [])],
    };
  });
  const shared = summarize(changes.filter((c) => !claimed.has(c.path)));
  return {
    cluster: target.cluster,
    changed: changes.length > 0,
    blueprints: plans,
    shared,
    risks: plans.reduce((n, p) => n + p.objects.reduce((m, o) => m + o.risks.length, 0), 0),
    notes: newWatchedNamespaces(old, desired, `${clusterDir(target)}/`),
  };
}

const NONE: FileMap = new Map();

/** The changes of each Blueprint (`namespace/name`): in its directory, its Application and its Flux file. */
function changesOf(
  changes: readonly FileChange[],
  blueprints: readonly Named[],
  target: Pick<Target, "cluster">,
): Map<string, FileChange[]> {
  const owner = new Map<string, string>();
  for (const b of blueprints) {
    const key = `${b.namespace}/${b.name}`;
    owner.set(blueprintDir(target, b), key);
    owner.set(argoApplicationPath(target, b), key);
    owner.set(fluxPath(target, b), key);
  }
  const out = new Map<string, FileChange[]>();
  for (const c of changes) {
    const key = owner.get(c.path) ?? ownerDir(c.path, owner);
    if (key === undefined) continue;
    const list = out.get(key) ?? [];
    list.push(c);
    out.set(key, list);
  }
  return out;
}

/** The owner of the nearest directory above `path` that belongs to a Blueprint. */
function ownerDir(path: string, owner: ReadonlyMap<string, string>): string | undefined {
  for (let i = path.lastIndexOf("/"); i > 0; i = path.lastIndexOf("/", i - 1)) {
    const key = owner.get(path.slice(0, i));
    if (key !== undefined) return key;
  }
  return undefined;
}

export interface FormatOptions {
  /** ANSI colours (a terminal that wants them). */
  color?: boolean;
  /** List unchanged Blueprints too. */
  unchanged?: boolean;
}

const ANSI = { green: "32", yellow: "33", red: "31", bold: "1", dim: "2" } as const;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function counts(objects: readonly ObjectChange[]): string {
  const n = (a: Action) => objects.filter((o) => o.action === a).length;
  return `${n("add")} added, ${n("change")} changed, ${n("remove")} removed`;
}

const MAX_FIELDS = 4;

/** `  placement: metal (systemd, one per host): zk/servers, events/brokers; general: app/app`. */
function placementLines(groups: readonly PlacementGroup[]): string[] {
  if (groups.length === 0) return [];
  return [
    "  placement:",
    ...groups.map((g) => {
      const how = [g.runtime === "systemd" ? "systemd" : "", g.onePerHost ? "one per host" : ""].filter(
        Boolean,
      );
      return `    ${g.nodeClass}${how.length > 0 ? ` (${how.join(", ")})` : ""}: ${g.roles.join(", ")}`;
    }),
  ];
}

/** The plan as text: per Blueprint, per kind, each object with its changed fields and flags. */
export function formatChangeSummary(plan: ChangeSummary, options: FormatOptions = {}): string {
  const paint = (code: keyof typeof ANSI, s: string) =>
    options.color ? `\x1b[${ANSI[code]}m${s}\x1b[0m` : s;
  const changed = plan.blueprints.filter((b) => b.status !== "unchanged");
  const objects = changed.flatMap((b) => b.objects);
  const lines: string[] = [];
  lines.push(
    `${plural(changed.length, "Blueprint")} changed, ${plan.blueprints.length - changed.length} unchanged` +
      ` (deploy/${plan.cluster}): objects ${counts(objects)}; ${plural(plan.risks, "risk")} flagged`,
  );
  for (const b of plan.blueprints) {
    if (b.status === "unchanged" && !options.unchanged) continue;
    lines.push("");
    lines.push(`${paint("bold", b.blueprint)} (${b.status}, ${b.digest.slice(0, 19)})`);
    if (b.objects.length === 0 && b.status !== "unchanged") {
      lines.push(
        `  no object changes; ${plural(b.files.added.length + b.files.changed.length + b.files.removed.length, "file")} rewritten`,
      );
    }
    if (b.status !== "unchanged") lines.push(...placementLines(b.placement));
    const kinds = [...new Set(b.objects.map((o) => `${o.kind} (${o.group})`))];
    for (const kind of kinds) {
      const of = b.objects.filter((o) => `${o.kind} (${o.group})` === kind);
      lines.push(`  ${kind}: ${counts(of)}`);
      for (const o of of) {
        const sign =
          o.action === "add"
            ? paint("green", "+")
            : o.action === "change"
              ? paint("yellow", "~")
              : paint("red", "-");
        const shown = o.fields.slice(0, MAX_FIELDS).join(", ");
        const more = o.fields.length > MAX_FIELDS ? `, +${o.fields.length - MAX_FIELDS} more` : "";
        const name = describe(
          { apiVersion: o.apiVersion, kind: o.kind, metadata: { name: o.name, namespace: o.namespace } },
          b.namespace,
        ).slice(o.kind.length + 1);
        lines.push(`    ${sign} ${name}${shown ? `: ${shown}${more}` : ""}`);
        for (const r of o.risks) lines.push(`      ${paint("red", `! ${r.code}`)}: ${r.message}`);
      }
    }
  }
  const shared = plan.shared.added.length + plan.shared.changed.length + plan.shared.removed.length;
  if (shared > 0) {
    lines.push("");
    lines.push(
      `Shared files: ${[...plan.shared.added.map((p) => `+ ${p}`), ...plan.shared.changed.map((p) => `~ ${p}`), ...plan.shared.removed.map((p) => `- ${p}`)].join(", ")}`,
    );
  }
  if (plan.notes.length > 0) lines.push("", ...plan.notes.map((n) => `note: ${n}`));
  return `${lines.join("\n")}\n`;
}

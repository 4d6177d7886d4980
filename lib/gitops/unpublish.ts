// Which published Blueprints a publish removes, and the removal added to a hydration (pure).
//
// The rule, so a user can predict it: each Blueprint's hydrator.metadata records the inputs of the publish
// that last wrote it (`trib synth <inputs> --out <dir>`, relative to the source repository) and that
// source repository's URL. A publish removes a Blueprint under deploy/<cluster>/ that it does not produce
// when it read everything that publish read — every recorded input is one of its own inputs or inside
// one (`.` covers all) — from the same source repository. So `trib publish teams/a` never removes what
// `trib publish teams/b` (or another source repository) published into the same cluster directory.

import { TOOL_DIRS } from "../blueprint/fields.ts";
import { type BlueprintChanges, fileChanges, objectChanges, summarize } from "./change-summary.ts";
import type { Hydration } from "./hydrate.ts";
import {
  argoApplicationPath,
  blueprintDir,
  byBlueprintDir,
  clusterDir,
  fluxPath,
  isOwned,
  METADATA,
  type Owned,
  ownedUnion,
} from "./paths.ts";
import { readMetadata } from "./provenance.ts";
import type { FileMap, Provenance, Target } from "./types.ts";

export interface Published {
  namespace: string;
  name: string;
  /** Repo path of its hydrator.metadata. */
  metadata: string;
}

const isToolDir = (namespace: string) => (TOOL_DIRS as readonly string[]).includes(namespace);

/** Blueprints published under the cluster directory (by their hydrator.metadata) that `produced` lacks. */
export function othersPublished(
  paths: Iterable<string>,
  produced: ReadonlySet<string>,
  target: Pick<Target, "cluster">,
): Published[] {
  const prefix = `${clusterDir(target)}/`;
  const out: Published[] = [];
  for (const path of paths) {
    if (!path.startsWith(prefix)) continue;
    const parts = path.slice(prefix.length).split("/");
    if (parts.length !== 3 || parts[2] !== METADATA || isToolDir(parts[0]!)) continue;
    const [namespace, name] = parts as [string, string];
    if (!produced.has(`${namespace}/${name}`)) out.push({ namespace, name, metadata: path });
  }
  return out;
}

/** The inputs recorded in hydrator.metadata's command (`trib synth a b --out <dir>`). */
export function recordedInputs(metadata: string | undefined): string[] | undefined {
  const command = readMetadata(metadata)?.commands?.[0];
  const m = typeof command === "string" ? /^trib synth (.+) --out <dir>$/.exec(command) : null;
  return m && m[1] !== "<blueprints>" ? m[1]!.split(" ") : undefined;
}

const covers = (inputs: readonly string[], path: string): boolean =>
  inputs.some((i) => i === "." || i === path || path.startsWith(`${i}/`));

/** Those of `candidates` this publish removes (the rule above). */
export function toUnpublish(
  candidates: readonly Published[],
  metadata: FileMap,
  provenance: Pick<Provenance, "inputs" | "repoURL">,
): Published[] {
  return candidates.filter((c) => {
    const text = metadata.get(c.metadata);
    const recorded = recordedInputs(text);
    return (
      recorded !== undefined &&
      readMetadata(text)?.repoURL === provenance.repoURL &&
      recorded.every((r) => covers(provenance.inputs, r))
    );
  });
}

/** The paths a removed Blueprint leaves: its directory, its Application and its Flux file. */
export function removedPaths(target: Pick<Target, "cluster">, removed: readonly Published[]): Owned {
  return {
    dirs: new Set(removed.map((b) => `${blueprintDir(target, b)}/`)),
    files: new Set(removed.flatMap((b) => [argoApplicationPath(target, b), fluxPath(target, b)])),
  };
}

/** The hydration with the removed Blueprints' files deleted and each shown in the plan as removed. */
export function withRemovals(
  h: Hydration,
  old: FileMap,
  removed: readonly Published[],
  target: Pick<Target, "cluster">,
): Hydration {
  if (removed.length === 0) return h;
  const owned = ownedUnion(h.owned, removedPaths(target, removed));
  const changes = fileChanges(old, h.desired, owned);
  const oldByDir = byBlueprintDir(old, target);
  const plans = removed.map((b): BlueprintChanges => {
    const dir = blueprintDir(target, b);
    const own = removedPaths(target, [b]);
    const mine = changes.filter((c) => isOwned(own, c.path));
    return {
      blueprint: `${b.namespace}/${b.name}`,
      namespace: b.namespace,
      name: b.name,
      digest: readMetadata(old.get(b.metadata))?.digest ?? "",
      path: dir,
      status: "removed",
      objects: objectChanges(oldByDir.get(dir) ?? new Map(), new Map()),
      files: summarize(mine),
      placement: [],
    };
  });
  const risks = plans.reduce((n, p) => n + p.objects.reduce((m, o) => m + o.risks.length, 0), 0);
  return {
    owned,
    desired: h.desired,
    changes,
    plan: {
      ...h.plan,
      changed: changes.length > 0,
      blueprints: [...h.plan.blueprints, ...plans],
      risks: h.plan.risks + risks,
    },
  };
}

// Apply mode: each component's health, read from its children in their own operators' words (what our
// applies returned, else the cache), with the children kept by deletionPolicy Retain listed.

import type { KObject } from "../../kube/objects.ts";
import type { Health } from "../../lib/model/k8s-object.ts";
import type { ModelBlueprint } from "../../lib/model/types.ts";
import { healthOf } from "../../lib/providers/health.ts";
import type { SynthObject } from "../../lib/synth/synthesize.ts";
import {
  type ChildHealth,
  type ComponentStatus,
  componentHealth,
  withRetained,
} from "../decisions/kstatus.ts";
import { childKey, conflictMessage, retainedFrom } from "../decisions/ownership.ts";
import type { ApplyResult } from "./apply.ts";
import type { Context } from "./context.ts";

export function componentsHealth(
  ctx: Context,
  model: ModelBlueprint,
  synth: readonly SynthObject[],
  applied: ApplyResult,
  released: readonly KObject[],
): ComponentStatus[] {
  const { ref } = ctx;
  const conflicts = new Map(applied.plan.conflicts.map((c) => [childKey(c.object), c.owner]));
  const health = new Map<string, ChildHealth[]>();
  for (const s of synth) {
    const k = childKey(s.object);
    const object = applied.fresh.get(k) ?? applied.observed.get(k);
    const owner = conflicts.get(k);
    const h: Health = owner
      ? { state: "Failed", message: conflictMessage(owner) }
      : !object
        ? { state: "Progressing", message: "not created yet" }
        : object.metadata.deletionTimestamp
          ? { state: "Progressing", message: "being deleted; it will be created again" }
          : healthOf(object);
    const list = health.get(s.component.name) ?? [];
    list.push({ object: object ?? (s.object as KObject), ...h });
    health.set(s.component.name, list);
  }
  const desiredKeys = new Set(applied.desired.map(childKey));
  const retained = new Map<string, KObject>();
  for (const o of [
    ...retainedFrom(ctx.deps.cache.labelled(ref.name), ref.namespace, ref.name),
    ...released,
  ]) {
    if (!desiredKeys.has(childKey(o))) retained.set(childKey(o), o);
  }
  return withRetained(
    model.components.map((c) => componentHealth(c.name, health.get(c.name) ?? [], ref.namespace)),
    [...retained.values()],
    ref.namespace,
  );
}

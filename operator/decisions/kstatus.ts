// The Blueprint's status, kstatus-style: per component its worst child's health in that child's words, the
// retained objects, and the Ready / Reconciling / Stalled conditions for an outcome. Pure: no I/O, no clock.

import type { KObject } from "../../kube/objects.ts";
import type { BlueprintStatusT } from "../../lib/blueprint/schema.ts";
import type { HealthState } from "../../lib/model/k8s-object.ts";
import { stableStringify } from "../../lib/values/stable-json.ts";
import { componentOf, describe } from "./ownership.ts";

export type Status = BlueprintStatusT;
export type Condition = NonNullable<Status["conditions"]>[number];
export type ComponentStatus = NonNullable<Status["components"]>[number];

export interface ChildHealth {
  object: KObject;
  state: HealthState;
  message: string;
}

const SEVERITY: Record<HealthState, number> = { Ready: 0, Unknown: 1, Progressing: 2, Failed: 3 };

/** One component's health: its worst child, in that child's words. */
export function componentHealth(name: string, children: readonly ChildHealth[], ns: string): ComponentStatus {
  if (children.length === 0) return { name, health: "Unknown", message: "no objects" };
  const worst = [...children].sort((a, b) => SEVERITY[b.state] - SEVERITY[a.state])[0]!;
  if (worst.state === "Ready") return { name, health: "Ready" };
  return { name, health: worst.state, message: `${describe(worst.object, ns)}: ${worst.message}` };
}

export type Outcome =
  /** The spec is invalid: nothing applied. */
  | { kind: "invalid"; message: string }
  /** Waiting on something outside this Blueprint (a referenced Blueprint's endpoints). */
  | { kind: "waiting"; message: string }
  /** Children applied; their health read. `failure`: an apply or prune failed (retried). */
  | {
      kind: "applied";
      components: ComponentStatus[];
      endpoints: Record<string, Record<string, string>>;
      failure?: { message: string; stalled: boolean };
    }
  /** Gitops mode: the generation was published. */
  | { kind: "published"; commit: string; message: string; endpoints: Record<string, Record<string, string>> }
  /** Gitops mode: the publish failed. */
  | { kind: "publish-failed"; message: string; stalled: boolean };

function condition(
  type: string,
  status: Condition["status"],
  reason: string,
  message: string,
  generation: number,
  previous: readonly Condition[],
  now: string,
): Condition {
  const before = previous.find((c) => c.type === type);
  return {
    type,
    status,
    reason,
    message,
    observedGeneration: generation,
    lastTransitionTime: before && before.status === status ? before.lastTransitionTime : now,
  };
}

/** A sentence naming the components that are not ready, with each child's own message. */
export function unreadyMessage(components: readonly ComponentStatus[]): string {
  const live = components.filter((c) => !isRemovedEntry(c));
  const unready = live.filter((c) => c.health !== "Ready");
  const head = `${live.length - unready.length} of ${live.length} components ready`;
  const shown = unready.slice(0, 5).map((c) => `${c.name} (${c.health}): ${c.message ?? ""}`);
  const more = unready.length > 5 ? [`and ${unready.length - 5} more`] : [];
  return [head, ...shown, ...more].join("; ");
}

/**
 * The status for an outcome, kstatus-style: `Ready` (normal-true), `Reconciling` and `Stalled`
 * (abnormal-true), each with observedGeneration; lastTransitionTime moves only when a status flips.
 */
export function computeStatus(
  generation: number,
  outcome: Outcome,
  previous: Status | undefined,
  now: string,
): Status {
  const prev = previous?.conditions ?? [];
  const c = (type: string, status: Condition["status"], reason: string, message: string) =>
    condition(type, status, reason, message, generation, prev, now);
  const conditions = (
    ready: [Condition["status"], string, string],
    reconciling: [boolean, string, string],
    stalled: [boolean, string, string],
  ) => [
    c("Ready", ...ready),
    c("Reconciling", reconciling[0] ? "True" : "False", reconciling[1], reconciling[2]),
    c("Stalled", stalled[0] ? "True" : "False", stalled[1], stalled[2]),
  ];
  switch (outcome.kind) {
    case "invalid":
      return {
        observedGeneration: generation,
        conditions: conditions(
          ["False", "Invalid", outcome.message],
          [false, "Invalid", "the spec is invalid: nothing was applied"],
          [true, "Invalid", outcome.message],
        ),
      };
    case "waiting":
      return {
        observedGeneration: generation,
        conditions: conditions(
          ["False", "WaitingForReference", outcome.message],
          [true, "WaitingForReference", outcome.message],
          [false, "WaitingForReference", ""],
        ),
      };
    case "published":
      return {
        observedGeneration: generation,
        conditions: conditions(
          ["True", "Published", outcome.message],
          [false, "Published", ""],
          [false, "Published", ""],
        ),
        commit: outcome.commit,
        ...(Object.keys(outcome.endpoints).length ? { endpoints: outcome.endpoints } : {}),
      };
    case "publish-failed":
      return {
        observedGeneration: generation,
        conditions: conditions(
          ["False", "PublishFailed", outcome.message],
          [!outcome.stalled, "PublishFailed", outcome.stalled ? "" : outcome.message],
          [outcome.stalled, "PublishFailed", outcome.stalled ? outcome.message : ""],
        ),
        ...(previous?.commit ? { commit: previous.commit } : {}),
      };
    case "applied": {
      const { components, endpoints, failure } = outcome;
      const live = components.filter((x) => !isRemovedEntry(x));
      const ready = live.filter((x) => x.health === "Ready").length;
      const failed = live.filter((x) => x.health === "Failed");
      const allReady = ready === live.length && !failure;
      const base = {
        observedGeneration: generation,
        ready: `${ready}/${live.length}`,
        components,
        ...(Object.keys(endpoints).length ? { endpoints } : {}),
      };
      if (failure) {
        return {
          ...base,
          conditions: conditions(
            ["False", failure.stalled ? "ApplyRejected" : "ApplyFailed", failure.message],
            [!failure.stalled, "ApplyFailed", failure.stalled ? "" : failure.message],
            [
              failure.stalled,
              failure.stalled ? "ApplyRejected" : "ApplyFailed",
              failure.stalled ? failure.message : "",
            ],
          ),
        };
      }
      if (allReady) {
        const message = `${ready} of ${live.length} components ready`;
        return {
          ...base,
          conditions: conditions(["True", "Ready", message], [false, "Ready", ""], [false, "Ready", ""]),
        };
      }
      const message = unreadyMessage(components);
      if (failed.length > 0) {
        return {
          ...base,
          conditions: conditions(
            ["False", "ComponentFailed", message],
            [false, "ComponentFailed", ""],
            [true, "ComponentFailed", message],
          ),
        };
      }
      return {
        ...base,
        conditions: conditions(
          ["False", "Progressing", message],
          [true, "Progressing", message],
          [false, "Progressing", ""],
        ),
      };
    }
  }
}

/** A status entry for a component that left the Blueprint and whose objects were kept. */
export const REMOVED_MESSAGE = "removed from the Blueprint; objects kept by deletionPolicy Retain";
export const isRemovedEntry = (c: ComponentStatus): boolean => c.message === REMOVED_MESSAGE;

/**
 * Components' statuses with the retained objects attached: to their component when it is still in the
 * Blueprint, else as an entry of its own (health Unknown: we no longer read it).
 */
export function withRetained(
  components: ComponentStatus[],
  retained: readonly KObject[],
  ns: string,
): ComponentStatus[] {
  const byComponent = new Map<string, string[]>();
  for (const o of retained) {
    const name = componentOf(o) || "(unknown)";
    byComponent.set(name, [...(byComponent.get(name) ?? []), describe(o, ns)]);
  }
  const out = components.map((c) => {
    const kept = byComponent.get(c.name);
    byComponent.delete(c.name);
    return kept ? { ...c, retained: kept.sort() } : c;
  });
  for (const [name, kept] of [...byComponent].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    out.push({ name, health: "Unknown", message: REMOVED_MESSAGE, retained: kept.sort() });
  }
  return out;
}

/** Equal statuses (key order aside): a reconcile that changes nothing writes nothing. */
export const sameStatus = (a: Status | undefined, b: Status | undefined): boolean =>
  stableStringify(a ?? {}) === stableStringify(b ?? {});

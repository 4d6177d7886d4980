// The last step: the Blueprint's status (kstatus conditions, per-component health, endpoints, commit)
// for an outcome, the Events its transitions make (and its spec's warnings), and the write, only when the
// status changed.

import { objectPath } from "../../kube/objects.ts";
import { API_VERSION, KIND } from "../../lib/blueprint/api.ts";
import type { ModelBlueprint } from "../../lib/model/types.ts";
import { providerFor } from "../../lib/providers/registry.ts";
import { stableStringify } from "../../lib/values/stable-json.ts";
import { computeStatus, type Outcome, type Status, sameStatus } from "../decisions/kstatus.ts";
import { SPEC_WARNING_REASON, specWarningToPost } from "../decisions/spec-warnings.ts";
import { type Deferral, deferStatus } from "../decisions/status-deferral.ts";
import {
  BLUEPRINT_RESOURCE,
  type Compiled,
  type Context,
  gate,
  generationKey,
  now,
  nowMs,
  type ReconcileResult,
} from "./context.ts";
import { APPLY } from "./writes.ts";

/** An invalid spec (with a Warning the first time) or a wait for a reference: nothing applied. */
export async function reportNotCompiled(
  ctx: Context,
  compiled: Exclude<Compiled, { kind: "ok" }>,
): Promise<void> {
  const generation = ctx.bp.metadata.generation ?? 0;
  const previous = ctx.bp.status as Status | undefined;
  const status = computeStatus(generation, compiled, previous, now(ctx));
  if (compiled.kind === "invalid" && !isStalled(previous, generation))
    ctx.deps.events.emit(ctx.ref, "Warning", "Invalid", compiled.message);
  await writeStatus(ctx, status);
}

/** The Blueprint's warnings, as one Warning Event per generation (decisions/spec-warnings.ts). */
export function postSpecWarnings(ctx: Context, warnings: readonly string[]): void {
  const version = generationKey(ctx.bp);
  const message = specWarningToPost(warnings, version, ctx.memory.warned.get(ctx.key));
  if (message === undefined) return;
  ctx.deps.events.emit(ctx.ref, "Warning", SPEC_WARNING_REASON, message);
  ctx.memory.warned.set(ctx.key, version);
}

/**
 * An apply's or a publish's outcome, with the Events of a flip to Ready or to a new Stalled reason; the
 * result asks for a reconcile when an in-progress status waits for one.
 */
export async function reportOutcome(ctx: Context, outcome: Outcome): Promise<ReconcileResult> {
  const previous = ctx.bp.status as Status | undefined;
  const status = computeStatus(ctx.bp.metadata.generation ?? 0, outcome, previous, now(ctx));
  const deferral = leftForLater(ctx, status);
  if (deferral.defer) return deferral.requeueAfterMs ? { requeueAfterMs: deferral.requeueAfterMs } : {};
  const was = previous?.conditions?.find((c) => c.type === "Ready");
  const ready = status.conditions?.find((c) => c.type === "Ready");
  const stalled = status.conditions?.find((c) => c.type === "Stalled");
  if (ready?.status === "True" && was?.status !== "True")
    ctx.deps.events.emit(ctx.ref, "Normal", "Ready", ready.message);
  if (
    stalled?.status === "True" &&
    stalled.message !== previous?.conditions?.find((c) => c.type === "Stalled")?.message
  )
    ctx.deps.events.emit(ctx.ref, "Warning", stalled.reason, stalled.message);
  await writeStatus(ctx, status);
  return {};
}

/**
 * A Progressing status that a reconcile already queued will supersede, or that comes too soon after the last
 * write, is not written now (nor its Events): operator/decisions/status-deferral.ts.
 */
function leftForLater(ctx: Context, status: Status): Deferral {
  const { key, memory, deps } = ctx;
  const at = nowMs(ctx);
  const deferral = deferStatus({
    status,
    queuedAgain: deps.queuedAgain?.(key) ?? false,
    deferredSince: memory.statusDeferred.get(key),
    lastWritten: memory.statusWritten.get(key)?.at,
    now: at,
  });
  if (!deferral.defer) {
    memory.statusDeferred.delete(key);
    return deferral;
  }
  if (!memory.statusDeferred.has(key)) memory.statusDeferred.set(key, at);
  ctx.log.debug("status left for a later reconcile", { requeueAfterMs: deferral.requeueAfterMs });
  return deferral;
}

async function writeStatus(ctx: Context, status: Status): Promise<void> {
  const { bp, ref, key, memory } = ctx;
  if (sameStatus(status, bp.status as Status | undefined)) return;
  const text = stableStringify(status);
  const memo = memory.statusWritten.get(key);
  // Written already by us from this very resourceVersion: the cache has not shown our write yet.
  if (memo && memo.basedOn === bp.metadata.resourceVersion && memo.written === text) return;
  gate(ctx);
  await ctx.deps.client.request("PATCH", statusPath(ref), statusApply(ref, status));
  memory.statusWritten.set(key, {
    basedOn: bp.metadata.resourceVersion ?? "",
    written: text,
    at: nowMs(ctx),
  });
  ctx.log.debug("status written", { ready: status.conditions?.find((c) => c.type === "Ready")?.status });
}

/** Where a Blueprint's status is written. */
export const statusPath = (ref: { namespace: string; name: string }) =>
  `${objectPath(BLUEPRINT_RESOURCE, ref.namespace, ref.name)}/status`;

/** The server-side apply of a Blueprint's whole status, by our field manager. */
export const statusApply = (ref: { namespace: string; name: string; uid: string }, status: Status) => ({
  body: {
    apiVersion: API_VERSION,
    kind: KIND,
    metadata: { name: ref.name, namespace: ref.namespace, uid: ref.uid },
    status,
  },
  ...APPLY,
});

/** Each component's endpoints, which other Blueprints' references read from the status. */
export function endpointsOf(model: ModelBlueprint): Record<string, Record<string, string>> {
  return Object.fromEntries(
    model.components.map((c) => [c.name, { ...providerFor(c).endpoints(c as never, model) }]),
  );
}

const condition = (s: Status | undefined, type: string) => s?.conditions?.find((c) => c.type === type);
const isStalled = (s: Status | undefined, generation: number) =>
  condition(s, "Stalled")?.status === "True" && s?.observedGeneration === generation;
export const isReady = (s: Status | undefined, generation: number) =>
  condition(s, "Ready")?.status === "True" && s?.observedGeneration === generation;

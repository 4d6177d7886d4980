// One Blueprint's reconcile, level-triggered, as a list of steps (one file each, sharing one Context):
//
//   finalizer   add ours; a deleted Blueprint runs it instead (Retain kept, the rest in reverse waves)
//   references  the Blueprints it reads, from the cache
//   compile     the pipeline over it and them; invalid or waiting → status, nothing applied; so is a
//               job needing identity glue the chart did not grant (--no-job-identity)
//   apply       server-side apply of each drifted child          │ publish   gitops mode: what `trib
//   prune       what left the Blueprint: deleted, or retained    │           publish` would commit,
//   health      per component, in the children's own words      │           then its status
//   status      kstatus conditions, written only when changed
//
// The decisions are operator/decisions/'s pure functions; the steps are the I/O around them. Every write
// passes the leader gate first, and nothing is written when nothing changed.

import { identityRefusal } from "../decisions/identity.ts";
import { applyChildren } from "./apply.ts";
import { compile } from "./compile.ts";
import { contextFor, Memory, type ReconcileResult, type ReconcilerDeps, RetryError } from "./context.ts";
import { addFinalizer, runFinalizer } from "./finalizer.ts";
import { componentsHealth } from "./health.ts";
import { pruneChildren } from "./prune.ts";
import { publish } from "./publish.ts";
import { resolveReferences } from "./references.ts";
import { endpointsOf, postSpecWarnings, reportNotCompiled, reportOutcome } from "./status.ts";

export {
  BLUEPRINT_RESOURCE,
  NotLeaderError,
  type ReconcileResult,
  type ReconcilerDeps,
  RetryError,
} from "./context.ts";
export { referencesOf } from "./references.ts";

export class Reconciler {
  private readonly memory = new Memory();

  constructor(private readonly deps: ReconcilerDeps) {}

  async reconcile(key: string): Promise<ReconcileResult> {
    const bp = this.deps.cache.blueprint(key);
    if (!bp) return this.gone(key);
    const ctx = contextFor(this.deps, this.memory, key, bp);

    if (bp.metadata.deletionTimestamp) return runFinalizer(ctx);
    // The pipeline runs while the finalizer's patch is in flight (sent before the pipeline takes the event
    // loop); the patch lands before any child is applied.
    const finalizer = addFinalizer(ctx);
    if (finalizer) {
      finalizer.catch(() => undefined);
      await new Promise(setImmediate);
    }
    const compiled = compile(ctx, resolveReferences(ctx));
    await finalizer;

    if (compiled.kind !== "ok") {
      await reportNotCompiled(ctx, compiled);
      return {};
    }
    postSpecWarnings(ctx, compiled.warnings);
    if (this.deps.gitops) return publish(ctx, compiled);
    const refused = this.deps.jobIdentity === false ? identityRefusal(compiled.synth) : undefined;
    if (refused) {
      await reportNotCompiled(ctx, { kind: "invalid", message: refused });
      return {};
    }

    const applied = await applyChildren(ctx, compiled.synth);
    // Prune only after every apply succeeded: a half-applied spec never deletes.
    const released = applied.failures.length === 0 ? await pruneChildren(ctx, applied.plan) : [];
    const components = await componentsHealth(ctx, compiled.model, compiled.synth, applied, released);
    const { failures } = applied;
    const reported = await reportOutcome(ctx, {
      kind: "applied",
      components,
      endpoints: endpointsOf(compiled.model),
      ...(failures.length ? { failure: { message: failures.join("; "), stalled: true } } : {}),
    });
    if (failures.length) throw new RetryError(failures.join("; "));
    return reported;
  }

  /** Blueprints whose last reconcile read this one (to requeue when it changes). */
  dependentsOf(key: string): string[] {
    return [...this.memory.references].filter(([, refs]) => refs.has(key)).map(([k]) => k);
  }

  /** A child was deleted: whatever we remember about applying it no longer holds. */
  forgetChild(key: string): void {
    this.memory.forgetChild(key);
  }

  /** How many children's last applies are remembered (a metric: it must not grow with deleted Blueprints). */
  get rememberedChildren(): number {
    return this.memory.applied.size;
  }

  /**
   * The Blueprint is gone. Gitops mode: it leaves the repo (its data-bearing objects stay in the cluster
   * through their prune annotations).
   */
  private async gone(key: string): Promise<ReconcileResult> {
    this.memory.forget(key);
    if (this.deps.gitops) await this.deps.gitops.unpublish(key);
    return {};
  }
}

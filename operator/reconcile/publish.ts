// Gitops mode, instead of apply → prune → health: publish what `trib publish` would write for this
// generation (once: a generation published and reported Ready is not published again), then report it.
import { withoutCredentials } from "../../lib/git-writer/git.ts";
import { PublishError } from "../../lib/gitops/hydrate.ts";
import type { Outcome, Status } from "../decisions/kstatus.ts";
import { type Compiled, type Context, gate, type ReconcileResult, RetryError } from "./context.ts";
import { endpointsOf, isReady, reportOutcome } from "./status.ts";

export async function publish(
  ctx: Context,
  compiled: Extract<Compiled, { kind: "ok" }>,
): Promise<ReconcileResult> {
  const { bp, ref, key, log, deps } = ctx;
  const { model, models, synth } = compiled;
  const gitops = deps.gitops!;
  const generation = bp.metadata.generation ?? 0;
  const previous = bp.status as Status | undefined;
  const marker = `${model.digest}@${generation}`;
  if (ctx.memory.published.get(key) === marker && previous?.commit && isReady(previous, generation))
    return {};
  gate(ctx);
  let outcome: Outcome;
  let retry: Error | undefined;
  const repo = withoutCredentials(gitops.options.repo);
  try {
    const r = await gitops.publish(model, synth, models);
    deps.metrics.publishes.inc({ result: r.created ? "commit" : "unchanged" });
    const commit = r.commit ?? previous?.commit ?? "";
    outcome = {
      kind: "published",
      commit,
      message: `generation ${generation} published to ${repo} (${r.branch}) in ${commit.slice(0, 12) || "no commit"}`,
      endpoints: endpointsOf(model),
    };
    if (r.created) deps.events.emit(ref, "Normal", "Published", `${commit.slice(0, 7)}: ${r.summary}`);
    log.info("published", { commit, created: r.created });
  } catch (error) {
    deps.metrics.publishes.inc({ result: "error" });
    const stalled = error instanceof PublishError;
    outcome = { kind: "publish-failed", message: `publish to ${repo}: ${(error as Error).message}`, stalled };
    retry = error as Error;
  }
  await reportOutcome(ctx, outcome);
  if (retry) throw new RetryError(retry.message);
  ctx.memory.published.set(key, marker);
  return {};
}

// Where a pod's files live on the host: the per-pod runtime directory (tmpfs), the per-pod state directory
// and the data directories of claims, all under the agent's own directories.
import type { PlanContext } from "./types.ts";

export function stateRoot(ctx: Pick<PlanContext, "stateDirectory">): string {
  return `/var/lib/${ctx.stateDirectory}`;
}

/** The per-pod runtime directory (tmpfs): environment files and ConfigMap/Secret volumes. */
export function podRunDirectory(ctx: Pick<PlanContext, "runtimeDirectory">, uid: string): string {
  return `${ctx.runtimeDirectory}/pods/${uid}`;
}

/** Per-pod directory on disk for emptyDirs (removed with the pod). */
export function podStateDirectory(ctx: Pick<PlanContext, "stateDirectory">, uid: string): string {
  return `${stateRoot(ctx)}/pods/${uid}`;
}

/** The data directory of a PersistentVolumeClaim volume (kept when the pod goes), relative to /var/lib. */
export function claimStateDirectory(
  ctx: Pick<PlanContext, "stateDirectory">,
  ns: string,
  claim: string,
): string {
  return `${ctx.stateDirectory}/volumes/${ns}/${claim}`;
}

// From a Pod to what the agent puts on the host: files (environment files, ConfigMap and Secret volumes),
// directories, and one service unit per container. Pure: the shell gathers the facts (referenced
// ConfigMaps/Secrets, existing mount points) and carries the plan out.
//
// Three outcomes: `refused` (the Pod can never run here: the agent reports it Failed with an Event),
// `waiting` (something referenced is missing: retried, reported as the container's waiting reason), `ready`.
// Phase one is `checkPod` (check.ts); phase two, here, reads like the order of the work: mount points,
// volumes (volumes.ts), then per container its environment (environment.ts) and unit (container.ts): the
// init containers first, in their order (oneshot units the shell runs one after the other), then the rest.
import type { Pod } from "../types.ts";
import { checkPod } from "./check.ts";
import { planContainer } from "./container.ts";
import { containerEnvironment } from "./environment.ts";
import { podRunDirectory, podStateDirectory } from "./paths.ts";
import type { PlanContext, PlannedContainer, PlanResult, PodPlan, PodWorld } from "./types.ts";
import { planVolumes } from "./volumes.ts";

/**
 * Phase two: the full plan, given what was looked up. `refused` here means a fact about the Pod itself;
 * missing ConfigMaps, Secrets, keys and mount points are `waiting` (they may appear), and so are those the
 * node may not read yet.
 */
export function planPod(pod: Pod, world: PodWorld, ctx: PlanContext): PlanResult {
  const checked = checkPod(pod, ctx);
  if (!checked.ok) return { kind: "refused", errors: checked.errors };
  const warnings: string[] = [];
  const uid = pod.metadata.uid!;
  const spec = pod.spec!;

  const [unreadable] = world.unreadable ?? [];
  if (unreadable) return { kind: "waiting", reason: "ContainerCreating", message: unreadable };

  for (const mp of checked.refs.mountPoints) {
    if (!world.existingMountPoints.has(mp)) {
      return {
        kind: "waiting",
        reason: "CreateContainerConfigError",
        message: `mount point ${mp} does not exist on node ${ctx.nodeName}; the agent does not create directories outside its own`,
      };
    }
  }

  const volumes = planVolumes(pod, world, ctx, warnings);
  if ("kind" in volumes) return volumes;
  const volumeByName = new Map(volumes.map((v) => [v.name, v]));

  const podSc = spec.securityContext ?? {};
  const containers: PlannedContainer[] = [];
  let owner: PodPlan["owner"];
  const all = [
    ...(spec.initContainers ?? []).map((c) => ({ c, init: true })),
    ...spec.containers!.map((c) => ({ c, init: false })),
  ];
  for (const { c, init } of all) {
    const env = containerEnvironment(pod, c, world, ctx, warnings);
    if ("kind" in env) return env;
    const planned = planContainer(pod, c, env, volumeByName, ctx, init);
    if ("kind" in planned) return planned;
    const user = planned.user;
    if (user.kind === "static" && !owner) owner = { uid: user.uid, gid: podSc.fsGroup ?? user.gid };
    containers.push(planned);
  }
  return {
    kind: "ready",
    plan: {
      namespace: pod.metadata.namespace!,
      name: pod.metadata.name!,
      uid,
      runDirectory: podRunDirectory(ctx, uid),
      podStateDirectory: podStateDirectory(ctx, uid),
      volumes,
      containers,
      ...(owner ? { owner } : {}),
      restartPolicy: (spec.restartPolicy ?? "Always") as PodPlan["restartPolicy"],
    },
    warnings,
  };
}

// Phase one: is the Pod something this node can run at all, and what must be looked up? Checks every name,
// path and field the agent would use; anything it does not support is an error, never silently dropped.
import type { Pod } from "../types.ts";
import { checkContainer } from "./check-container.ts";
import { checkVolumes } from "./check-volumes.ts";
import { containersOf, DNS_LABEL, DNS_SUBDOMAIN, initContainersOf, isName, UID } from "./rules.ts";
import type { PlanContext, PodRefs, RefsFound } from "./types.ts";

export function checkPod(
  pod: Pod,
  ctx: PlanContext,
): { ok: true; refs: PodRefs } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const m = pod.metadata ?? {};
  const spec = pod.spec ?? {};
  if (!isName(m.namespace, DNS_LABEL, 63))
    errors.push(`namespace ${JSON.stringify(m.namespace)} is not a DNS-1123 label`);
  if (!isName(m.name, DNS_SUBDOMAIN, 253))
    errors.push(`name ${JSON.stringify(m.name)} is not a DNS-1123 subdomain`);
  if (!isName(m.uid, UID, 64)) errors.push(`uid ${JSON.stringify(m.uid)} is not a UID`);
  if (spec.nodeName !== ctx.nodeName) errors.push(`spec.nodeName is not ${ctx.nodeName}`);
  if ((spec.ephemeralContainers ?? []).length > 0) errors.push("ephemeral containers are not supported");
  if (spec.hostPID || spec.hostIPC) errors.push("hostPID and hostIPC are not supported");
  const policy = spec.restartPolicy ?? "Always";
  if (!["Always", "OnFailure", "Never"].includes(policy)) errors.push(`restartPolicy ${policy} is unknown`);
  const grace = spec.terminationGracePeriodSeconds ?? 30;
  if (!Number.isInteger(grace) || grace < 0)
    errors.push("terminationGracePeriodSeconds must be a non-negative integer");

  const refs: RefsFound = {
    configMaps: new Set(),
    secrets: new Set(),
    mountPoints: new Set(),
    tokens: new Map(),
    claims: new Set(),
  };
  const volumes = checkVolumes(pod, ctx, errors, refs);

  const containers = containersOf(pod);
  if (containers.length === 0) errors.push("the pod has no containers");
  // Init containers are checked like the others (each becomes a oneshot unit); names are unique across both.
  const names = new Set<string>();
  for (const c of [...initContainersOf(pod), ...containers]) {
    if (isName(c.name, DNS_LABEL, 63)) {
      if (names.has(c.name)) errors.push(`container ${JSON.stringify(c.name)} is defined twice`);
      names.add(c.name);
    }
    checkContainer(c, pod, ctx, volumes, errors, refs);
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    refs: {
      configMaps: [...refs.configMaps].sort(),
      secrets: [...refs.secrets].sort(),
      mountPoints: [...refs.mountPoints].sort(),
      tokens: [...refs.tokens.values()],
      claims: [...refs.claims].sort(),
    },
  };
}

// Pod status as the agent reports it: observed from unit state and probes, written with a merge patch only
// when it changed (conditions of other writers kept), and the status of a Pod the agent refuses to run.

import {
  type ContainerObservation,
  type LastExit,
  podStatus,
  refusedStatus,
  statusChanged,
  type UnitState,
} from "./pod/status.ts";
import type { PlannedContainer } from "./pod/translate/types.ts";
import type { Container, Pod, PodCondition, PodStatus } from "./pod/types.ts";
import { podEvent } from "./pod-events.ts";
import { probeSetFor, scheduleProbes } from "./probing.ts";
import { type AgentState, enc, podKey, type Runtime, runtimeOf } from "./state.ts";

export async function patchStatus(state: AgentState, pod: Pod, status: PodStatus): Promise<void> {
  if (!statusChanged(pod.status, status)) return;
  const ours = new Set((status.conditions ?? []).map((c) => c.type));
  const foreign = (pod.status?.conditions ?? []).filter((c: PodCondition) => !ours.has(c.type));
  const body = {
    metadata: { uid: pod.metadata.uid },
    status: { ...status, conditions: [...(status.conditions ?? []), ...foreign] },
  };
  const r = await state.kube.send<Pod>(
    "PATCH",
    `/api/v1/namespaces/${enc(pod.metadata.namespace!)}/pods/${enc(pod.metadata.name!)}/status`,
    { body, contentType: "application/merge-patch+json" },
  );
  if (r.status === 200) {
    // Keep the cache current so the next pass compares with what we wrote.
    const cur = state.pods.get(podKey(pod));
    if (cur?.metadata.uid === pod.metadata.uid) state.pods.set(podKey(pod), r.body);
  } else if (r.status !== 404 && r.status !== 409) {
    state.log.warn("pod status update failed", {
      pod: podKey(pod),
      status: r.status,
      body: r.text.slice(0, 300),
    });
  }
}

/** Refuse a Pod for good: a Warning event and the Failed status with every reason. */
export async function refuse(state: AgentState, pod: Pod, errors: string[]): Promise<void> {
  const rt = runtimeOf(state, pod);
  const message = `refused by the Tributary agent on ${state.config.nodeName}: ${errors.join("; ")}`;
  rt.refused = message;
  await podEvent(state, pod, "Warning", "Refused", message);
  await patchRefusedStatus(state, pod, message);
}

export function patchRefusedStatus(state: AgentState, pod: Pod, message: string): Promise<void> {
  return patchStatus(
    state,
    pod,
    refusedStatus(pod, message, { nodeIP: state.host.nodeIP, now: Date.now() / 1000 }),
  );
}

/** Observe each container (unit state, probes, last exit), init containers too, and report the Pod's status. */
export async function reportStatus(
  state: AgentState,
  pod: Pod,
  rt: Runtime,
  units: Map<string, UnitState>,
): Promise<void> {
  const nowMs = Date.now();
  const observe = (cs: Container[]) =>
    Promise.all(cs.map((c) => observeContainer(state, pod, rt, units, c, nowMs)));
  const status = podStatus(
    pod,
    await observe(pod.spec?.containers ?? []),
    { nodeIP: state.host.nodeIP, now: nowMs / 1000, prepared: rt.prepared },
    await observe(pod.spec?.initContainers ?? []),
  );
  await patchStatus(state, pod, status);
}

async function observeContainer(
  state: AgentState,
  pod: Pod,
  rt: Runtime,
  units: Map<string, UnitState>,
  c: Container,
  nowMs: number,
): Promise<ContainerObservation> {
  const pc = rt.plan?.containers.find((x) => x.name === c.name);
  const st = pc ? units.get(pc.unitName) : undefined;
  const running = st?.activeState === "active" && st.subState === "running";
  const probeSet = probeSetFor(rt, c.name!, st?.invocationID ?? "");
  if (pc && st && running) scheduleProbes(state, pod, rt, pc, st, probeSet, nowMs);
  const started = !pc?.startup || probeSet.startup?.result === true;
  const ready = running && started && (!pc?.readiness || probeSet.readiness?.result === true);
  const executing = running || (st?.activeState === "activating" && st.subState === "start");
  let lastExit: LastExit | undefined;
  if (pc && st && st.nRestarts > 0 && executing) lastExit = await lastExitOf(state, rt, pc, st, pod);
  return {
    name: c.name!,
    image: c.image ?? "",
    imageID: pc ? `sha256:${pc.packageSha256}` : "",
    ...(st ? { unit: st } : {}),
    ...(rt.waiting ? { waiting: rt.waiting } : {}),
    ready,
    started: running && started,
    ...(lastExit ? { lastExit } : {}),
  };
}

/** The last exit of a restarted container, from the journal once per restart. */
async function lastExitOf(
  state: AgentState,
  rt: Runtime,
  pc: PlannedContainer,
  st: UnitState,
  pod: Pod,
): Promise<LastExit | undefined> {
  const cached = rt.lastExits.get(pc.name);
  if (cached && cached.nRestarts === st.nRestarts) return cached.exit;
  const since = Math.floor(Date.parse(pod.metadata.creationTimestamp ?? "") / 1000) || 0;
  const exit = await state.systemd.lastExit(pc.unitName, since);
  rt.lastExits.set(pc.name, { nRestarts: st.nRestarts, ...(exit ? { exit } : {}) });
  return exit;
}

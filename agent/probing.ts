// Readiness, liveness and startup probes of running containers: run when due (in the background; a result
// that changes asks for a pass), and a failed liveness or startup probe kills the container's main process
// (systemd restarts it, as a kubelet would).

import { freshProbeState, probeDue, recordProbe } from "./pod/probes.ts";
import type { UnitState } from "./pod/status.ts";
import type { PlannedContainer, PlannedProbe } from "./pod/translate/types.ts";
import type { Pod } from "./pod/types.ts";
import { podEvent } from "./pod-events.ts";
import type { AgentState, ProbeSet, Runtime } from "./state.ts";

/** The probe states of a container's current run (a new systemd invocation starts afresh). */
export function probeSetFor(rt: Runtime, container: string, invocation: string): ProbeSet {
  let set = rt.probes.get(container);
  const stale = (s: ProbeSet[keyof ProbeSet]) => s && s.invocation !== invocation;
  if (!set || stale(set.readiness) || stale(set.liveness) || stale(set.startup)) {
    set = {};
    rt.probes.set(container, set);
  }
  return set;
}

export function scheduleProbes(
  state: AgentState,
  pod: Pod,
  rt: Runtime,
  pc: PlannedContainer,
  st: UnitState,
  set: ProbeSet,
  nowMs: number,
): void {
  const since = (st.execMainStartTimestamp ?? nowMs / 1000) * 1000;
  const run = (kind: keyof ProbeSet, probe: PlannedProbe) => {
    const cur = set[kind] ?? freshProbeState(st.invocationID);
    set[kind] = cur;
    if (!probeDue(cur, probe, since, nowMs)) return;
    cur.inFlight = true;
    cur.lastRun = nowMs;
    state.probes
      .run(probe.action, {
        host: state.host.nodeIP,
        mainPID: st.mainPID,
        environment: pc.environment,
        workingDirectory: pc.workingDirectory,
        timeoutSeconds: probe.timeoutSeconds,
      })
      .then(async (ok) => {
        const before = set[kind]!;
        const next = recordProbe(before, probe, ok);
        set[kind] = next;
        if (next.result !== before.result) state.kick();
        if ((kind === "liveness" || kind === "startup") && next.result === false) {
          await podEvent(
            state,
            pod,
            "Warning",
            "Unhealthy",
            `${kind} probe failed ${probe.failureThreshold} times; killing container ${pc.name}`,
          );
          rt.events.delete(
            `Unhealthy\0${kind} probe failed ${probe.failureThreshold} times; killing container ${pc.name}`,
          );
          await state.systemd.kill([pc.unitName], "SIGKILL", "main");
          set[kind] = freshProbeState("");
        }
      })
      .catch(() => {
        set[kind] = { ...cur, inFlight: false };
      });
  };
  if (pc.startup && set.startup?.result !== true) {
    run("startup", pc.startup);
    return;
  }
  if (pc.readiness) run("readiness", pc.readiness);
  if (pc.liveness) run("liveness", pc.liveness);
}

// Deletion, as a kubelet finishes it: stop a pod's units, remove its unit files and per-pod files, report
// the final status and delete the Pod (grace period 0, UID precondition). Units whose Pod is gone (orphans)
// are stopped and removed the same way.
import { readdir, rm } from "node:fs/promises";
import { rfc3339 } from "./pod/status.ts";
import { podRunDirectory, podStateDirectory } from "./pod/translate/paths.ts";
import type { Pod } from "./pod/types.ts";
import { reportStatus } from "./pod-report.ts";
import { type AgentState, enc, podKey, runtimeOf, type UnitFile } from "./state.ts";

export class Teardown {
  /** What was done to the units of pods that are gone, by pod UID. */
  private readonly orphans = new Map<string, { stopRequested: boolean; killed: boolean }>();

  constructor(private readonly state: AgentState) {}

  /**
   * Stop a pod's units (within the grace period: systemd's TimeoutStopSec, then SIGKILL by the agent when the
   * deletion deadline passes), remove the unit files and per-pod files (data directories stay), and for a
   * Pod being deleted, report the final status and finish the deletion (grace period 0, UID precondition).
   */
  async run(uid: string, units: UnitFile[], pod: Pod | undefined): Promise<void> {
    const { config, systemd, log } = this.state;
    if (!/^[0-9a-fA-F][0-9a-fA-F-]{7,63}$/.test(uid)) {
      log.error("unit file with a malformed pod UID marker left alone", { podUID: uid });
      return;
    }
    const names = units.map((u) => u.name);
    const rt = pod ? runtimeOf(this.state, pod) : undefined;
    const states = await systemd.show(names);
    const running = names.filter((n) => {
      const s = states.get(n);
      return s && s.loadState !== "not-found" && !["inactive", "failed"].includes(s.activeState);
    });
    if (running.length > 0) {
      const state = rt ?? this.orphanState(uid);
      if (!state.stopRequested) {
        state.stopRequested = true;
        await systemd.queue("stop", names);
        log.info("stopping units", { podUID: uid, units: names, pod: pod ? podKey(pod) : undefined });
      }
      const deadline = pod?.metadata.deletionTimestamp
        ? Date.parse(pod.metadata.deletionTimestamp)
        : Number.POSITIVE_INFINITY;
      if (Date.now() > deadline && !state.killed) {
        state.killed = true;
        await systemd.kill(running, "SIGKILL");
        log.warn("grace period over: killed units", { podUID: uid, units: running });
      }
      if (pod && rt) await reportStatus(this.state, pod, rt, states);
      return;
    }
    for (const n of names) await rm(`${config.unitDirectory}/${n}`, { force: true });
    if (names.length > 0) {
      await systemd.daemonReload();
      await systemd.resetFailed(names);
    }
    await rm(podRunDirectory(config, uid), { recursive: true, force: true });
    await rm(podStateDirectory(config, uid), { recursive: true, force: true });
    this.orphans.delete(uid);
    if (names.length > 0)
      log.info("removed units", { podUID: uid, units: names, pod: pod ? podKey(pod) : undefined });
    if (!pod) return;

    // Final status: every container terminated (a kubelet's last word), then the deletion itself.
    if (rt?.plan && pod.status?.phase !== "Failed" && pod.status?.phase !== "Succeeded") {
      const statuses = (pod.status?.containerStatuses ?? []).map((s) => {
        const st = states.get(rt.plan!.containers.find((c) => c.name === s.name)?.unitName ?? "");
        const finishedAt = rfc3339(st?.execMainExitTimestamp ?? Date.now() / 1000);
        const terminated = s.state.terminated ?? {
          exitCode: st?.execMainCode
            ? st.execMainCode === 1
              ? st.execMainStatus
              : 128 + st.execMainStatus
            : 0,
          reason: "Completed",
          ...(s.state.running?.startedAt ? { startedAt: s.state.running.startedAt } : {}),
          finishedAt,
        };
        return { ...s, ready: false, started: false, state: { terminated } };
      });
      await this.state.kube.send(
        "PATCH",
        `/api/v1/namespaces/${enc(pod.metadata.namespace!)}/pods/${enc(pod.metadata.name!)}/status`,
        {
          body: { metadata: { uid }, status: { containerStatuses: statuses } },
          contentType: "application/merge-patch+json",
        },
      );
    }
    const r = await this.state.kube.send(
      "DELETE",
      `/api/v1/namespaces/${enc(pod.metadata.namespace!)}/pods/${enc(pod.metadata.name!)}`,
      { body: { apiVersion: "v1", kind: "DeleteOptions", gracePeriodSeconds: 0, preconditions: { uid } } },
    );
    if (r.status === 200 || r.status === 404 || r.status === 409) {
      log.info("pod deletion finished", { pod: podKey(pod), podUID: uid });
      this.state.pods.delete(podKey(pod));
      this.state.runtimes.delete(uid);
    } else
      log.warn("pod deletion failed", {
        pod: podKey(pod),
        status: r.status,
        body: r.text.slice(0, 300),
      });
  }

  private orphanState(uid: string) {
    let s = this.orphans.get(uid);
    if (!s) {
      s = { stopRequested: false, killed: false };
      this.orphans.set(uid, s);
    }
    return s;
  }

  /** Per-pod directories left behind by an interrupted teardown (no unit, no pod): removed. */
  async removeStrayDirectories(live: Set<string>, withUnits: Set<string>): Promise<void> {
    for (const base of [`${this.state.config.runtimeDirectory}/pods`, `${this.state.stateRoot}/pods`]) {
      const entries = await readdir(base).catch(() => [] as string[]);
      for (const uid of entries) {
        if (live.has(uid) || withUnits.has(uid)) continue;
        await rm(`${base}/${uid}`, { recursive: true, force: true });
      }
    }
  }
}

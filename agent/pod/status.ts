// Pod status from unit state, the way a kubelet reports container state. Pure: unit properties, probe
// results and the previous status in, the new status out (with transition times kept when nothing changed).

import { metaTime } from "../../kube/time.ts";
import type {
  ContainerState,
  ContainerStateTerminated,
  ContainerStatus,
  Pod,
  PodCondition,
  PodStatus,
} from "./types.ts";

/** The `systemctl show` properties the agent reads, parsed. Times are Unix seconds. */
export interface UnitState {
  loadState: string;
  activeState: string;
  subState: string;
  result: string;
  mainPID: number;
  nRestarts: number;
  execMainStartTimestamp?: number;
  execMainExitTimestamp?: number;
  /** siginfo si_code of the last main-process exit: 1 exited, 2 killed, 3 dumped; 0 none yet. */
  execMainCode: number;
  execMainStatus: number;
  invocationID: string;
  /**
   * The user and group the unit runs as (its dynamic user), from the moment systemd has resolved them for
   * its first process: `UID`/`GID`, systemd's `Unit.ref_uid`/`ref_gid` (src/core/dbus-service.c).
   */
  user?: { uid: number; gid: number };
}

/** A previous run's end, read from the journal (systemd's "process exited" record). */
export interface LastExit {
  exitCode: number;
  signal?: number;
  finishedAt: number;
  startedAt?: number;
}

export interface ContainerObservation {
  name: string;
  image: string;
  /** `sha256:<package hash>` once the package is known. */
  imageID: string;
  unit?: UnitState;
  /** Why the container has not started (package being fetched, missing ConfigMap…). */
  waiting?: { reason: string; message?: string };
  /** Readiness from the probes (true without a readiness probe once running). */
  ready: boolean;
  /** Startup probe passed (true without one once running). */
  started: boolean;
  lastExit?: LastExit;
}

export const rfc3339 = (unixSeconds: number): string => metaTime(Math.floor(unixSeconds) * 1000);

const SIGNALS: Record<string, number> = {
  HUP: 1,
  INT: 2,
  QUIT: 3,
  ILL: 4,
  TRAP: 5,
  ABRT: 6,
  BUS: 7,
  FPE: 8,
  KILL: 9,
  USR1: 10,
  SEGV: 11,
  USR2: 12,
  PIPE: 13,
  ALRM: 14,
  TERM: 15,
};

/** systemd's EXIT_STATUS for a signal is a name ("KILL") in the journal, a number in `systemctl show`. */
export function signalNumber(s: string | number): number | undefined {
  if (typeof s === "number") return s;
  if (/^\d+$/.test(s)) return Number(s);
  return SIGNALS[s.replace(/^SIG/, "")];
}

/** Exit code as Kubernetes reports it: the status, or 128 + signal. */
export function exitOf(code: number, status: number): { exitCode: number; signal?: number } {
  if (code === 2 || code === 3) return { exitCode: 128 + status, signal: status };
  return { exitCode: status };
}

function terminated(u: UnitState): ContainerStateTerminated {
  const { exitCode, signal } = exitOf(u.execMainCode, u.execMainStatus);
  const reason = u.result === "oom-kill" ? "OOMKilled" : exitCode === 0 ? "Completed" : "Error";
  return {
    exitCode,
    ...(signal !== undefined ? { signal } : {}),
    reason,
    ...(u.execMainStartTimestamp ? { startedAt: rfc3339(u.execMainStartTimestamp) } : {}),
    ...(u.execMainExitTimestamp ? { finishedAt: rfc3339(u.execMainExitTimestamp) } : {}),
  };
}

function lastTerminated(e: LastExit): ContainerStateTerminated {
  return {
    exitCode: e.exitCode,
    ...(e.signal !== undefined ? { signal: e.signal } : {}),
    reason: e.exitCode === 0 ? "Completed" : "Error",
    ...(e.startedAt ? { startedAt: rfc3339(e.startedAt) } : {}),
    finishedAt: rfc3339(e.finishedAt),
  };
}

/** One container's status. `previous` is what the Pod reported before (state survives unit GC and agent restarts). */
export function containerStatus(
  o: ContainerObservation,
  previous: ContainerStatus | undefined,
): ContainerStatus {
  const u = o.unit;
  const restartCount = Math.max(previous?.restartCount ?? 0, u?.nRestarts ?? 0);
  const base = { name: o.name, image: o.image, imageID: o.imageID, restartCount };
  const neverStarted = u?.loadState !== "loaded" || (!u.execMainStartTimestamp && u.activeState !== "active");
  let state: ContainerState;
  let lastState: ContainerState = previous?.lastState ?? {};
  let running = false;
  if (neverStarted) {
    if (previous?.state.terminated) state = previous.state;
    else
      state = {
        waiting: {
          reason: o.waiting?.reason ?? "ContainerCreating",
          ...(o.waiting?.message ? { message: o.waiting.message } : {}),
        },
      };
  } else if (u.activeState === "activating" && u.subState === "auto-restart") {
    state = {
      waiting: { reason: "CrashLoopBackOff", message: `back-off restarting failed container ${o.name}` },
    };
    lastState = { terminated: terminated(u) };
  } else if (u.activeState === "activating" && u.subState === "start" && u.mainPID > 0) {
    // A oneshot unit (an init container) is "activating" while its process runs.
    running = true;
    state = {
      running: { ...(u.execMainStartTimestamp ? { startedAt: rfc3339(u.execMainStartTimestamp) } : {}) },
    };
    if (restartCount > 0 && o.lastExit) lastState = { terminated: lastTerminated(o.lastExit) };
  } else if (u.activeState === "activating") {
    state = { waiting: { reason: "ContainerCreating" } };
  } else if (
    (u.activeState === "active" && u.subState !== "exited") ||
    u.activeState === "reloading" ||
    u.activeState === "deactivating"
  ) {
    running = u.subState !== "stop-post" && u.mainPID > 0;
    state = running
      ? { running: { ...(u.execMainStartTimestamp ? { startedAt: rfc3339(u.execMainStartTimestamp) } : {}) } }
      : { terminated: terminated(u) };
    if (restartCount > 0 && o.lastExit) lastState = { terminated: lastTerminated(o.lastExit) };
  } else {
    // inactive, failed, or active (exited) with RemainAfterExit: the last run is over.
    state =
      u.execMainExitTimestamp || u.execMainCode
        ? { terminated: terminated(u) }
        : (previous?.state ?? { waiting: { reason: "ContainerCreating" } });
  }
  const containerID = u?.invocationID ? `systemd://${u.invocationID}` : previous?.containerID;
  return {
    ...base,
    ...(containerID ? { containerID } : {}),
    ready: running && o.ready,
    started: running && o.started,
    state,
    lastState,
  };
}

function condition(
  type: string,
  ok: boolean,
  now: number,
  previous: PodCondition[] | undefined,
  reason?: string,
  message?: string,
): PodCondition {
  const status = ok ? "True" : "False";
  const prev = previous?.find((c) => c.type === type);
  const lastTransitionTime =
    prev && prev.status === status && prev.lastTransitionTime ? prev.lastTransitionTime : rfc3339(now);
  return {
    type,
    status,
    lastProbeTime: null,
    lastTransitionTime,
    ...(ok || !reason ? {} : { reason }),
    ...(ok || !message ? {} : { message }),
  };
}

export interface StatusFacts {
  nodeIP: string;
  now: number;
  /** True once the pod's files and units are in place (PodReadyToStartContainers). */
  prepared: boolean;
}

/** Has this init container run to completion (exit 0)? */
export const initDone = (s: ContainerStatus): boolean => s.state.terminated?.exitCode === 0;

/** Has this init container failed (its last run exited non-zero, being restarted or not)? */
const initFailed = (s: ContainerStatus): boolean =>
  (s.state.terminated !== undefined && s.state.terminated.exitCode !== 0) ||
  (s.state.waiting !== undefined && (s.lastState.terminated?.exitCode ?? 0) !== 0);

/**
 * The init containers' statuses, as a kubelet reports them: `ready` once a container has exited 0
 * (pkg/kubelet/prober/prober_manager.go UpdatePodStatus), and each not yet run waiting with reason
 * `PodInitializing` (pkg/kubelet/kubelet_pods.go convertToAPIContainerStatuses: the default waiting
 * state of a pod with init containers) unless something more precise holds it (ErrImagePull...).
 */
export function initContainerStatuses(pod: Pod, observations: ContainerObservation[]): ContainerStatus[] {
  return observations.map((o) => {
    const s = containerStatus(
      o,
      pod.status?.initContainerStatuses?.find((x) => x.name === o.name),
    );
    const generic = !o.waiting || o.waiting.reason === "ContainerCreating";
    if (s.state.waiting?.reason === "ContainerCreating" && generic)
      s.state = { waiting: { reason: "PodInitializing" } };
    return { ...s, ready: initDone(s), started: s.state.running !== undefined };
  });
}

/**
 * The Pod's status: phase, conditions, container statuses, IPs. With init containers (`initObservations`,
 * in their order) the pod is `Pending` until every one has exited 0, its main containers waiting with reason
 * `PodInitializing` and the `Initialized` condition False (`ContainersNotInitialized`, listing those not
 * done: pkg/kubelet/status/generate.go GeneratePodInitializedCondition); a failed init container fails the
 * pod when its restartPolicy is Never (pkg/kubelet/kubelet_pods.go getPhase), and is run again otherwise.
 * kubectl shows these as `Init:N/M`, `Init:Error`, `Init:CrashLoopBackOff` (pkg/printers/internalversion/
 * printers.go printPod).
 */
export function podStatus(
  pod: Pod,
  observations: ContainerObservation[],
  facts: StatusFacts,
  initObservations: ContainerObservation[] = [],
): PodStatus {
  const prev = pod.status ?? {};
  const inits = initContainerStatuses(pod, initObservations);
  const initialized = inits.every(initDone);
  const statuses = observations.map((o) =>
    containerStatus(
      initialized ? o : { ...o, waiting: { reason: "PodInitializing" } },
      prev.containerStatuses?.find((s) => s.name === o.name),
    ),
  );
  const policy = pod.spec?.restartPolicy ?? "Always";
  const terminatedAll = statuses.every((s) => s.state.terminated);
  const anyStarted = statuses.some(
    (s) => s.state.running || s.state.terminated || s.restartCount > 0 || s.lastState.terminated,
  );
  let phase: string;
  if (statuses.length > 0 && terminatedAll && policy !== "Always") {
    const ok = statuses.every((s) => s.state.terminated!.exitCode === 0);
    phase = ok ? "Succeeded" : policy === "Never" ? "Failed" : "Running";
  } else if (anyStarted) phase = "Running";
  else phase = "Pending";
  if (!initialized) phase = policy === "Never" && inits.some(initFailed) ? "Failed" : "Pending";
  if (prev.phase === "Succeeded" || prev.phase === "Failed") phase = prev.phase; // terminal phases are final

  const notReady = statuses.filter((s) => !s.ready).map((s) => s.name);
  const allReady = statuses.length > 0 && notReady.length === 0;
  const completed = phase === "Succeeded" || phase === "Failed";
  const readyReason = completed ? "PodCompleted" : "ContainersNotReady";
  const readyMessage = completed ? undefined : `containers with unready status: [${notReady.join(" ")}]`;
  const conditions: PodCondition[] = [
    condition("PodReadyToStartContainers", facts.prepared, facts.now, prev.conditions),
    condition(
      "Initialized",
      initialized,
      facts.now,
      prev.conditions,
      "ContainersNotInitialized",
      `containers with incomplete status: [${inits
        .filter((s) => !initDone(s))
        .map((s) => s.name)
        .join(" ")}]`,
    ),
    condition("Ready", allReady, facts.now, prev.conditions, readyReason, readyMessage),
    condition("ContainersReady", allReady, facts.now, prev.conditions, readyReason, readyMessage),
    condition("PodScheduled", true, facts.now, prev.conditions),
  ];
  return {
    phase,
    conditions,
    containerStatuses: statuses,
    ...(inits.length > 0 ? { initContainerStatuses: inits } : {}),
    hostIP: facts.nodeIP,
    hostIPs: [{ ip: facts.nodeIP }],
    podIP: facts.nodeIP,
    podIPs: [{ ip: facts.nodeIP }],
    startTime: prev.startTime ?? rfc3339(facts.now),
  };
}

/** Does `next` say something `prev` does not (ignoring fields the agent does not own)? */
export function statusChanged(prev: PodStatus | undefined, next: PodStatus): boolean {
  const pick = (s: PodStatus | undefined) =>
    JSON.stringify([
      s?.phase,
      s?.reason,
      s?.message,
      s?.conditions,
      s?.containerStatuses,
      s?.initContainerStatuses,
      s?.hostIP,
      s?.podIP,
      s?.startTime,
    ]);
  return pick(prev) !== pick(next);
}

/** The condition that says a Pod was refused by the agent (False, reason `Refused`, every problem listed). */
export const RUNNABLE_CONDITION = "tributary.dev/RunnableOnSystemd";

/** The status of a Pod the agent refuses: Failed, with the reason, like a kubelet's admission rejection. */
export function refusedStatus(pod: Pod, message: string, facts: Omit<StatusFacts, "prepared">): PodStatus {
  const prev = pod.status ?? {};
  return {
    phase: "Failed",
    reason: "Refused",
    message,
    conditions: [
      condition(RUNNABLE_CONDITION, false, facts.now, prev.conditions, "Refused", message),
      condition("Ready", false, facts.now, prev.conditions, "PodFailed", message),
      condition("PodScheduled", true, facts.now, prev.conditions),
    ],
    hostIP: facts.nodeIP,
    hostIPs: [{ ip: facts.nodeIP }],
    startTime: prev.startTime ?? rfc3339(facts.now),
  };
}

/** Parse `systemctl show --timestamp=unix` output (blocks separated by blank lines) into one map per unit. */
export function parseShow(text: string): Array<Record<string, string>> {
  const out: Array<Record<string, string>> = [];
  let cur: Record<string, string> = {};
  for (const line of text.split("\n")) {
    if (line === "") {
      if (Object.keys(cur).length > 0) out.push(cur);
      cur = {};
      continue;
    }
    const eq = line.indexOf("=");
    if (eq > 0) cur[line.slice(0, eq)] = line.slice(eq + 1);
  }
  if (Object.keys(cur).length > 0) out.push(cur);
  return out;
}

const unixTime = (v: string | undefined): number | undefined => {
  const m = /^@(\d+)$/.exec(v ?? "");
  return m ? Number(m[1]) : undefined;
};

/** A UID or GID `systemctl show` printed; undefined for "[not set]" (and for systemd's invalid ID, -1). */
const unixId = (v: string | undefined): number | undefined => {
  const n = /^\d+$/.test(v ?? "") ? Number(v) : undefined;
  return n !== undefined && n < 0xffffffff ? n : undefined;
};

/** One `systemctl show` block as a UnitState. */
export function unitState(p: Record<string, string>): UnitState {
  const start = unixTime(p.ExecMainStartTimestamp);
  const exit = unixTime(p.ExecMainExitTimestamp);
  const uid = unixId(p.UID);
  const gid = unixId(p.GID);
  return {
    loadState: p.LoadState ?? "",
    activeState: p.ActiveState ?? "",
    subState: p.SubState ?? "",
    result: p.Result ?? "",
    mainPID: Number(p.MainPID ?? 0) || 0,
    nRestarts: Number(p.NRestarts ?? 0) || 0,
    ...(start ? { execMainStartTimestamp: start } : {}),
    ...(exit ? { execMainExitTimestamp: exit } : {}),
    execMainCode: Number(p.ExecMainCode ?? 0) || 0,
    execMainStatus: Number(p.ExecMainStatus ?? 0) || 0,
    invocationID: p.InvocationID ?? "",
    ...(uid !== undefined && gid !== undefined ? { user: { uid, gid } } : {}),
  };
}

export const SHOW_PROPERTIES = [
  "Id",
  "LoadState",
  "ActiveState",
  "SubState",
  "Result",
  "MainPID",
  "NRestarts",
  "ExecMainStartTimestamp",
  "ExecMainExitTimestamp",
  "ExecMainCode",
  "ExecMainStatus",
  "InvocationID",
  "UID",
  "GID",
];

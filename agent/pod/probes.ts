// Probe bookkeeping as a kubelet does it: when a probe is due, and what consecutive results mean. Pure.
import type { PlannedProbe } from "./translate/types.ts";

export interface ProbeState {
  /** Undefined until the threshold decides (readiness starts false, liveness and startup start true/false). */
  result: boolean | undefined;
  successes: number;
  failures: number;
  /** Unix ms of the last run's start (0: never). */
  lastRun: number;
  inFlight: boolean;
  /** The container run (invocation) this state belongs to: a restart resets it. */
  invocation: string;
}

export const freshProbeState = (invocation: string): ProbeState => ({
  result: undefined,
  successes: 0,
  failures: 0,
  lastRun: 0,
  inFlight: false,
  invocation,
});

/** Is a run due? `runningSinceMs` is when the container's current run started. */
export function probeDue(s: ProbeState, p: PlannedProbe, runningSinceMs: number, nowMs: number): boolean {
  if (s.inFlight) return false;
  if (nowMs < runningSinceMs + p.initialDelaySeconds * 1000) return false;
  return s.lastRun === 0 || nowMs - s.lastRun >= p.periodSeconds * 1000;
}

/** Fold one result in: the result flips after successThreshold successes or failureThreshold failures. */
export function recordProbe(s: ProbeState, p: PlannedProbe, ok: boolean): ProbeState {
  const successes = ok ? s.successes + 1 : 0;
  const failures = ok ? 0 : s.failures + 1;
  let result = s.result;
  if (ok && successes >= p.successThreshold) result = true;
  if (!ok && failures >= p.failureThreshold) result = false;
  return { ...s, successes, failures, result, inFlight: false };
}

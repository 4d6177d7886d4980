// Whether to leave an in-progress status unwritten for now. Only a Progressing status (children applied,
// some not ready yet) ever waits: Ready, a failure, an invalid spec or a wait for a reference is written at
// once. A Progressing status waits when
//   - the Blueprint's next reconcile is already queued (a child or the Blueprint changed while this one
//     ran): the status is stale before it lands, and the queued reconcile writes a newer one. A Blueprint
//     whose reconciles keep being queued (a child that changes all the time) still gets its status after
//     MAX_DEFER_MS;
//   - this Blueprint's status was written less than PROGRESS_INTERVAL_MS ago: then the status waits for a
//     reconcile queued for the end of the interval. Each child that becomes ready changes the status, so an
//     operator with a core of its own (the API server slower than it) wrote one status per child during a
//     rollout (12 per Blueprint of 10 children); now it writes the first at once and then at most one per
//     interval, and Ready at once.
// During a rollout each rule saves status writes, and the watch events and reconciles they cause. A status
// is never older than MAX_DEFER_MS or PROGRESS_INTERVAL_MS. Pure: no I/O, no clock.

import type { Status } from "./kstatus.ts";

/** How long a Blueprint's in-progress status may wait for a newer reconcile. */
export const MAX_DEFER_MS = 5_000;
/** The least time between two writes of a Blueprint's status when the second is an in-progress one. */
export const PROGRESS_INTERVAL_MS = 5_000;

export interface DeferralFacts {
  /** The status this reconcile would write. */
  status: Status;
  /** The Blueprint was queued again while this reconcile ran. */
  queuedAgain: boolean;
  /** When this Blueprint's status was first left unwritten since its last write (ms), if it was. */
  deferredSince: number | undefined;
  /** When this operator last wrote this Blueprint's status (ms), if it did. */
  lastWritten: number | undefined;
  now: number;
}

/** Write now; or wait, for the reconcile already queued or for one to queue in `requeueAfterMs`. */
export type Deferral = { defer: false } | { defer: true; requeueAfterMs?: number };

export function deferStatus({
  status,
  queuedAgain,
  deferredSince,
  lastWritten,
  now,
}: DeferralFacts): Deferral {
  const reconciling = status.conditions?.find((c) => c.type === "Reconciling");
  if (reconciling?.status !== "True" || reconciling.reason !== "Progressing") return { defer: false };
  if (queuedAgain && (deferredSince === undefined || now - deferredSince < MAX_DEFER_MS))
    return { defer: true };
  const since = lastWritten === undefined ? Number.POSITIVE_INFINITY : now - lastWritten;
  if (since >= 0 && since < PROGRESS_INTERVAL_MS)
    return { defer: true, requeueAfterMs: PROGRESS_INTERVAL_MS - since };
  return { defer: false };
}

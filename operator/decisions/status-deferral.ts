// Whether to leave an in-progress status unwritten: when the Blueprint's next reconcile is already queued
// (a child or the Blueprint changed while this one ran), the status this reconcile computed is stale before
// it lands, and the next one writes a newer one. During a rollout that is one status write (and the watch
// event and reconcile it causes) saved per Blueprint. Only a Progressing status (children applied, some not
// ready yet) waits: Ready, a failure, an invalid spec or a wait for a reference is written at once, and a
// Blueprint whose reconciles keep being queued (a child that changes all the time) still gets its status
// after MAX_DEFER_MS. Pure: no I/O, no clock.

import type { Status } from "./kstatus.ts";

/** How long a Blueprint's in-progress status may wait for a newer reconcile. */
export const MAX_DEFER_MS = 5_000;

export interface DeferralFacts {
  /** The status this reconcile would write. */
  status: Status;
  /** The Blueprint was queued again while this reconcile ran. */
  queuedAgain: boolean;
  /** When this Blueprint's status was first left unwritten since its last write (ms), if it was. */
  deferredSince: number | undefined;
  now: number;
}

export function deferStatus({ status, queuedAgain, deferredSince, now }: DeferralFacts): boolean {
  if (!queuedAgain) return false;
  const reconciling = status.conditions?.find((c) => c.type === "Reconciling");
  if (reconciling?.status !== "True" || reconciling.reason !== "Progressing") return false;
  return deferredSince === undefined || now - deferredSince < MAX_DEFER_MS;
}

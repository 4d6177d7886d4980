// When a Blueprint's status may wait for the reconcile already queued (operator/decisions/status-deferral.ts).
import { describe, expect, it } from "vitest";
import { computeStatus } from "../../../operator/decisions/kstatus.ts";
import {
  deferStatus,
  MAX_DEFER_MS,
  PROGRESS_INTERVAL_MS,
} from "../../../operator/decisions/status-deferral.ts";

describe("deferStatus", () => {
  const now = "2026-11-21T10:00:00Z";
  const progressing = computeStatus(
    1,
    { kind: "applied", components: [{ name: "a", health: "Progressing", message: "m" }], endpoints: {} },
    undefined,
    now,
  );
  const facts = {
    status: progressing,
    queuedAgain: true,
    deferredSince: undefined,
    lastWritten: undefined,
    now: 1_000_000,
  };
  const write = { defer: false };

  it("leaves a Progressing status to the reconcile already queued, for at most MAX_DEFER_MS", () => {
    expect(deferStatus(facts)).toEqual({ defer: true });
    expect(deferStatus({ ...facts, deferredSince: facts.now - MAX_DEFER_MS + 1 })).toEqual({ defer: true });
    expect(deferStatus({ ...facts, deferredSince: facts.now - MAX_DEFER_MS })).toEqual(write);
    expect(deferStatus({ ...facts, queuedAgain: false })).toEqual(write);
  });

  it("writes a Progressing status at most once per PROGRESS_INTERVAL_MS, and asks for the reconcile that writes it", () => {
    const alone = { ...facts, queuedAgain: false };
    // The first in-progress status, or one long after the last write: at once.
    expect(deferStatus(alone)).toEqual(write);
    expect(deferStatus({ ...alone, lastWritten: alone.now - PROGRESS_INTERVAL_MS })).toEqual(write);
    // Soon after a write: held, and a reconcile is asked for when the interval ends.
    expect(deferStatus({ ...alone, lastWritten: alone.now - 1_200 })).toEqual({
      defer: true,
      requeueAfterMs: PROGRESS_INTERVAL_MS - 1_200,
    });
    expect(deferStatus({ ...alone, lastWritten: alone.now })).toEqual({
      defer: true,
      requeueAfterMs: PROGRESS_INTERVAL_MS,
    });
    // A queued reconcile past MAX_DEFER_MS still waits for the interval, not longer.
    expect(
      deferStatus({ ...facts, deferredSince: facts.now - MAX_DEFER_MS, lastWritten: facts.now - 4_000 }),
    ).toEqual({ defer: true, requeueAfterMs: PROGRESS_INTERVAL_MS - 4_000 });
    // A clock that went back (a write "in the future") does not hold the status.
    expect(deferStatus({ ...alone, lastWritten: alone.now + 60_000 })).toEqual(write);
  });

  it("writes every other status at once, queued reconcile or not", () => {
    const others = [
      computeStatus(
        1,
        { kind: "applied", components: [{ name: "a", health: "Ready" }], endpoints: {} },
        undefined,
        now,
      ),
      computeStatus(
        1,
        { kind: "applied", components: [{ name: "a", health: "Failed", message: "bad" }], endpoints: {} },
        undefined,
        now,
      ),
      computeStatus(
        1,
        {
          kind: "applied",
          components: [{ name: "a", health: "Progressing", message: "m" }],
          endpoints: {},
          failure: { message: "refused", stalled: true },
        },
        undefined,
        now,
      ),
      computeStatus(1, { kind: "invalid", message: "bad" }, undefined, now),
      computeStatus(1, { kind: "waiting", message: "for x/y" }, undefined, now),
      computeStatus(1, { kind: "published", commit: "abc", message: "ok", endpoints: {} }, undefined, now),
    ];
    for (const status of others) {
      expect(deferStatus({ ...facts, status }), JSON.stringify(status)).toEqual(write);
      expect(deferStatus({ ...facts, status, lastWritten: facts.now }), JSON.stringify(status)).toEqual(
        write,
      );
    }
  });
});

// When a Blueprint's status may wait for the reconcile already queued (operator/decisions/status-deferral.ts).
import { describe, expect, it } from "vitest";
import { computeStatus } from "../../../operator/decisions/kstatus.ts";
import { deferStatus, MAX_DEFER_MS } from "../../../operator/decisions/status-deferral.ts";

describe("deferStatus", () => {
  const now = "2026-11-21T10:00:00Z";
  const progressing = computeStatus(
    1,
    { kind: "applied", components: [{ name: "a", health: "Progressing", message: "m" }], endpoints: {} },
    undefined,
    now,
  );
  const facts = { status: progressing, queuedAgain: true, deferredSince: undefined, now: 1_000_000 };

  it("leaves a Progressing status to the reconcile already queued, for at most MAX_DEFER_MS", () => {
    expect(deferStatus(facts)).toBe(true);
    expect(deferStatus({ ...facts, deferredSince: facts.now - MAX_DEFER_MS + 1 })).toBe(true);
    expect(deferStatus({ ...facts, deferredSince: facts.now - MAX_DEFER_MS })).toBe(false);
    expect(deferStatus({ ...facts, queuedAgain: false })).toBe(false);
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
    for (const status of others)
      expect(deferStatus({ ...facts, status }), JSON.stringify(status)).toBe(false);
  });
});

// The latest Warning Event about a child, as the operator hands it to the health rules
// (operator/decisions/warning-event.ts).
import { describe, expect, it } from "vitest";
import { latestWarning } from "../../../operator/decisions/warning-event.ts";

describe("latestWarning", () => {
  it("takes the newest Warning by whichever time the Event carries, ignoring Normal Events", () => {
    expect(
      latestWarning([
        // kube-rs' Recorder (events.k8s.io/v1): eventTime, then series.lastObservedTime once it repeats.
        {
          type: "Warning",
          reason: "ValidateCluster",
          message: "failed to validate cluster",
          eventTime: "2026-01-01T00:00:00.000001Z",
          series: { lastObservedTime: "2026-01-03T00:00:00.500000Z" },
        },
        // A core v1 Event: lastTimestamp.
        { type: "Warning", reason: "Dereference", message: "x", lastTimestamp: "2026-01-02T00:00:00Z" },
        { type: "Normal", reason: "Applied", message: "ok", lastTimestamp: "2026-01-04T00:00:00Z" },
      ]),
    ).toEqual({
      reason: "ValidateCluster",
      message: "failed to validate cluster",
      time: "2026-01-03T00:00:00.500Z",
    });
  });

  it("is undefined without a Warning", () => {
    expect(latestWarning([])).toBeUndefined();
    expect(latestWarning([{ type: "Normal", reason: "Applied" }])).toBeUndefined();
  });
});

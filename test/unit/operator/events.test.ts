// The operator's Events yield to its reconciles: queued while it has work, posted one at a time once it is
// quiet or once the oldest has waited MAX_WAIT_MS, deduplicated, bounded, drained at stop.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { KubeClient } from "../../../kube/client.ts";
import { silentLogger } from "../../../kube/log.ts";
import { EventRecorder, type EventRecorderOptions, MAX_WAIT_MS } from "../../../operator/events.ts";
import { Metrics } from "../../../operator/metrics.ts";

interface Posted {
  path: string;
  body: { reason: string; message: string; firstTimestamp: string; involvedObject: { name: string } };
}

/** A client that records each POST; `inFlight` counts the requests not answered yet. */
function recordingClient() {
  const posted: Posted[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const client = {
    request: async (_method: string, path: string, options: { body: Posted["body"] }) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await Promise.resolve();
      inFlight--;
      posted.push({ path, body: options.body });
      return {};
    },
  } as unknown as KubeClient;
  return { client, posted, maxInFlight: () => maxInFlight };
}

/** A leading replica's recorder over `client`, with `options` on top. */
const recorder = (client: KubeClient, options: Partial<EventRecorderOptions> = {}) =>
  new EventRecorder({ client, instance: "op-0", log: silentLogger, canWrite: () => true, ...options });

const bp = (name: string) => ({
  apiVersion: "tributary.dev/v1alpha1",
  kind: "Blueprint",
  name,
  namespace: "data",
  uid: `uid-${name}`,
});

describe("EventRecorder", () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date("2026-12-06T10:00:00Z") }));
  afterEach(() => vi.useRealTimers());

  it("holds Events while the operator has work and posts them, in order and one at a time, once it is quiet", async () => {
    const { client, posted, maxInFlight } = recordingClient();
    const metrics = new Metrics();
    let quiet = false;
    const events = recorder(client, { quiet: () => quiet, metrics });
    events.emit(bp("a"), "Normal", "Created", "created Kafka/a");
    await vi.advanceTimersByTimeAsync(1_000);
    events.emit(bp("b"), "Normal", "Ready", "all 3 components ready");
    await vi.advanceTimersByTimeAsync(5_000);
    expect(posted).toEqual([]);
    expect(events.queued).toBe(2);
    expect(metrics.render()).toContain("tributary_events_pending 2");

    quiet = true;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(posted.map((p) => [p.path, p.body.reason, p.body.involvedObject.name])).toEqual([
      ["/api/v1/namespaces/data/events", "Created", "a"],
      ["/api/v1/namespaces/data/events", "Ready", "b"],
    ]);
    // Each Event keeps the time of its action, not of its posting.
    expect(posted[0]!.body.firstTimestamp).toBe("2026-12-06T10:00:00Z");
    expect(posted[1]!.body.firstTimestamp).toBe("2026-12-06T10:00:01Z");
    expect(maxInFlight()).toBe(1);
    expect(events.queued).toBe(0);
    expect(metrics.render()).toContain('tributary_events_total{result="posted"} 2');
  });

  it("posts an Event that waited MAX_WAIT_MS even while the operator stays busy", async () => {
    const { client, posted } = recordingClient();
    const events = recorder(client, { quiet: () => false });
    events.emit(bp("a"), "Normal", "Created", "created Kafka/a");
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS / 2);
    events.emit(bp("b"), "Normal", "Created", "created Kafka/b");
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS / 2 - 1_000);
    expect(posted).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(posted.map((p) => p.body.involvedObject.name)).toEqual(["a"]);
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS / 2);
    expect(posted.map((p) => p.body.involvedObject.name)).toEqual(["a", "b"]);
  });

  it("does not repeat an Event within ten minutes, and makes none while this replica may not write", async () => {
    const { client, posted } = recordingClient();
    let leading = true;
    const events = recorder(client, { canWrite: () => leading });
    events.emit(bp("a"), "Normal", "Ready", "ready");
    events.emit(bp("a"), "Normal", "Ready", "ready");
    leading = false;
    events.emit(bp("a"), "Warning", "Invalid", "spec.components[0]: unknown field");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(posted.map((p) => p.body.reason)).toEqual(["Ready"]);
  });

  it("keeps at most 1,000 Events waiting and counts the ones it drops", async () => {
    const { client, posted } = recordingClient();
    const metrics = new Metrics();
    const events = recorder(client, { quiet: () => false, metrics });
    for (let i = 0; i < 1_005; i++) events.emit(bp(`bp-${i}`), "Normal", "Created", "created");
    expect(events.queued).toBe(1_000);
    expect(metrics.render()).toContain('tributary_events_total{result="dropped"} 5');
    await events.drain(10_000);
    expect(posted).toHaveLength(1_000);
    expect(posted.at(-1)!.body.involvedObject.name).toBe("bp-999");
  });

  it("posts what waits when the operator stops, busy or not, and nothing after", async () => {
    const { client, posted } = recordingClient();
    const events = recorder(client, { quiet: () => false });
    events.emit(bp("a"), "Normal", "Created", "created Kafka/a");
    events.emit(bp("b"), "Normal", "Deleting", "wave 1");
    await events.drain(5_000);
    expect(posted.map((p) => p.body.reason)).toEqual(["Created", "Deleting"]);
    events.emit(bp("c"), "Normal", "Created", "created Kafka/c");
    await vi.advanceTimersByTimeAsync(2 * MAX_WAIT_MS);
    expect(posted).toHaveLength(2);
  });
});

// The work queue: deduplication, one worker per key, delayed adds, capped exponential retry backoff.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Backoff, delayFor, ExponentialBackoff, WorkQueue } from "../../../kube/workqueue.ts";

describe("WorkQueue", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("hands out a key added many times once", async () => {
    const q = new WorkQueue();
    for (let i = 0; i < 5; i++) q.add("ns/a");
    q.add("ns/b");
    q.add("ns/a");
    expect(q.len()).toBe(2);
    expect(await q.get()).toBe("ns/a");
    expect(await q.get()).toBe("ns/b");
    expect(q.len()).toBe(0);
  });

  it("never gives a key being processed to a second worker; re-added meanwhile, it comes back after done", async () => {
    const q = new WorkQueue();
    q.add("k");
    const key = await q.get();
    q.add("k");
    q.add("k");
    expect(q.len()).toBe(0);
    const second = q.get();
    let delivered = false;
    void second.then(() => {
      delivered = true;
    });
    await Promise.resolve();
    expect(delivered).toBe(false);
    q.done(key!);
    expect(await second).toBe("k");
    q.done("k");
    expect(q.len()).toBe(0);
  });

  it("tells whether a key being processed was added again meanwhile", async () => {
    const q = new WorkQueue();
    q.add("k");
    expect(q.isQueuedAgain("k")).toBe(false);
    const key = (await q.get())!;
    expect(q.isQueuedAgain(key)).toBe(false);
    q.add("k");
    expect(q.isQueuedAgain(key)).toBe(true);
    q.done(key);
    // Queued again, not being processed: a worker has yet to take it.
    expect(q.isQueuedAgain("k")).toBe(false);
    expect(q.len()).toBe(1);
  });

  it("is idle only with nothing queued and nothing being processed (a delayed key does not count)", async () => {
    const q = new WorkQueue();
    expect(q.idle()).toBe(true);
    q.add("k");
    expect(q.idle()).toBe(false);
    const key = await q.get();
    expect(q.idle()).toBe(false);
    q.addAfter("later", 1_000);
    q.done(key!);
    expect(q.idle()).toBe(true);
    vi.advanceTimersByTime(1_000);
    expect(q.idle()).toBe(false);
  });

  it("wakes a waiting worker when a key arrives", async () => {
    const q = new WorkQueue();
    const waiting = q.get();
    q.add("x");
    expect(await waiting).toBe("x");
  });

  it("keeps the earliest deadline of delayed adds", async () => {
    const q = new WorkQueue();
    q.addAfter("k", 1000);
    q.addAfter("k", 5000);
    q.addAfter("k", 200);
    expect(q.delayedLen()).toBe(1);
    vi.advanceTimersByTime(199);
    expect(q.len()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(q.len()).toBe(1);
    vi.advanceTimersByTime(10_000);
    expect(q.len()).toBe(1);
  });

  it("retries a failing key with doubling delays up to the cap, and starts over after forget", () => {
    const q = new WorkQueue({ backoff: new ExponentialBackoff(100, 1_000) });
    expect([1, 2, 3, 4, 5, 6].map(() => q.addRateLimited("k"))).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect(q.retries("k")).toBe(6);
    expect(q.addRateLimited("other")).toBe(100);
    q.forget("k");
    expect(q.retries("k")).toBe(0);
    expect(q.addRateLimited("k")).toBe(100);
  });

  it("shuts down: waiting workers get undefined, nothing more is queued", async () => {
    const q = new WorkQueue();
    const waiting = q.get();
    q.addAfter("later", 100);
    q.shutDown();
    expect(await waiting).toBeUndefined();
    q.add("k");
    vi.advanceTimersByTime(1000);
    expect(q.len()).toBe(0);
    expect(await q.get()).toBeUndefined();
  });

  it("reports its depth", () => {
    const depths: number[] = [];
    const q = new WorkQueue({ onChange: (d) => depths.push(d) });
    q.add("a");
    q.add("b");
    q.add("a");
    expect(depths.at(-1)).toBe(2);
  });
});

describe("backoff", () => {
  it("doubles from the base and caps", () => {
    expect([0, 1, 2, 3, 10, 60, 2000].map((n) => delayFor(n, 5, 1000))).toEqual([
      5, 10, 20, 40, 1000, 1000, 1000,
    ]);
  });

  it("applies jitter as a factor", () => {
    expect(delayFor(3, 100, 10_000, () => 0.5)).toBe(400);
  });

  it("a loop backoff grows until reset", () => {
    const b = new Backoff(200, 1000, () => 1);
    expect([b.next(), b.next(), b.next(), b.next()]).toEqual([200, 400, 800, 1000]);
    b.reset();
    expect(b.next()).toBe(200);
  });
});

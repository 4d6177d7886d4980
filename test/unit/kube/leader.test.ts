// Lease leader election against an in-memory Lease API with optimistic concurrency: one leader at a time,
// a released Lease is taken at once, an expired one after its duration, and a leader cut off from the API
// steps down before anyone else may lead.
import { afterEach, describe, expect, it } from "vitest";
import type { KubeClient } from "../../../kube/client.ts";
import { ApiError } from "../../../kube/errors.ts";
import { LeaderElector } from "../../../kube/leader.ts";
import { silentLogger } from "../../../kube/log.ts";

interface Stored {
  body: { metadata: Record<string, unknown>; spec: Record<string, unknown> };
  rv: number;
}

/** A Lease API: GET, POST (409 when it exists), PUT (409 on a stale resourceVersion). */
function leaseApi() {
  let stored: Stored | undefined;
  const writes: string[] = [];
  const clientFor = (who: string, reachable: () => boolean): KubeClient =>
    ({
      async request(method: string, _path: string, o: { body?: Stored["body"] } = {}) {
        if (!reachable()) throw new ApiError(0, "NoResponse", "connection refused");
        const copy = () =>
          structuredClone({
            ...stored!.body,
            metadata: { ...stored!.body.metadata, resourceVersion: String(stored!.rv) },
          });
        if (method === "GET") {
          if (!stored) throw new ApiError(404, "NotFound", "not found");
          return copy();
        }
        writes.push(`${who} ${method}`);
        if (method === "POST") {
          if (stored) throw new ApiError(409, "AlreadyExists", "exists");
          stored = { body: structuredClone(o.body!), rv: 1 };
          return copy();
        }
        if (method === "PUT") {
          if (!stored || String(o.body!.metadata.resourceVersion) !== String(stored.rv))
            throw new ApiError(409, "Conflict", "the object has been modified");
          stored = { body: structuredClone(o.body!), rv: stored.rv + 1 };
          return copy();
        }
        throw new Error(method);
      },
    }) as unknown as KubeClient;
  return { clientFor, writes, holder: () => stored?.body.spec.holderIdentity };
}

const timing = { leaseDurationMs: 1000, renewDeadlineMs: 600, retryPeriodMs: 100 };
const electors: LeaderElector[] = [];
afterEach(async () => {
  await Promise.all(electors.splice(0).map((e) => e.stop()));
});

function elector(api: ReturnType<typeof leaseApi>, identity: string, log: string[], reachable = () => true) {
  const e = new LeaderElector({
    client: api.clientFor(identity, reachable),
    namespace: "ns",
    name: "lease",
    identity,
    ...timing,
    log: silentLogger,
    onStartedLeading: () => log.push(`${Date.now()} ${identity} +`),
    onStoppedLeading: () => log.push(`${Date.now()} ${identity} -`),
  });
  electors.push(e);
  e.start();
  return e;
}

const until = async (check: () => boolean, ms = 5000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe("LeaderElector", () => {
  it("elects one leader; the follower only reads; a released Lease is taken at once", async () => {
    const api = leaseApi();
    const log: string[] = [];
    const a = elector(api, "a", log);
    await until(() => a.isLeader);
    const b = elector(api, "b", log);
    await new Promise((r) => setTimeout(r, 1500));
    expect(b.isLeader).toBe(false);
    expect(api.writes.filter((w) => w.startsWith("b"))).toEqual([]);
    expect(api.writes.filter((w) => w === "a PUT").length).toBeGreaterThan(5);
    const released = Date.now();
    await a.stop();
    expect(api.holder()).toBe("");
    await until(() => b.isLeader);
    expect(Date.now() - released).toBeLessThan(500);
    expect(api.holder()).toBe("b");
  });

  it("takes an expired Lease only after its duration, and the cut-off leader has stepped down by then", async () => {
    const api = leaseApi();
    const log: string[] = [];
    let aReachable = true;
    const a = elector(api, "a", log, () => aReachable);
    await until(() => a.isLeader);
    const b = elector(api, "b", log);
    await new Promise((r) => setTimeout(r, 300));
    const cut = Date.now();
    aReachable = false;
    await until(() => b.isLeader, 5000);
    const aDown = Number(log.find((l) => l.endsWith("a -"))?.split(" ")[0]);
    const bUp = Number(log.find((l) => l.endsWith("b +"))?.split(" ")[0]);
    expect(a.isLeader).toBe(false);
    expect(aDown).toBeLessThan(bUp);
    expect(bUp - cut).toBeGreaterThanOrEqual(timing.leaseDurationMs - timing.retryPeriodMs * 2);
    expect(aDown - cut).toBeLessThan(timing.leaseDurationMs);
  });

  it("refuses timings where a leader could outlive its Lease", () => {
    expect(
      () =>
        new LeaderElector({
          client: leaseApi().clientFor("x", () => true),
          namespace: "ns",
          name: "l",
          identity: "x",
          leaseDurationMs: 1000,
          renewDeadlineMs: 1000,
          retryPeriodMs: 100,
          log: silentLogger,
          onStartedLeading() {},
          onStoppedLeading() {},
        }),
    ).toThrow(/lease-duration > renew-deadline/);
  });
});

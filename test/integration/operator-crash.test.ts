import { readFileSync } from "node:fs";
// Crash safety: the operator is killed with SIGKILL at random moments while it reconciles 50 Blueprints
// that keep changing (components added and removed, Blueprints deleted and created, also while it is
// down). After the last restart the cluster holds exactly the desired set: every child of every
// Blueprint, each owned by it, and nothing else — no duplicates, no orphans, no Blueprint stuck deleting.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { sleep } from "../../kube/time.ts";
import { connect, waitFor } from "../cluster/harness.ts";
import { deniedRequests, operatorKubeconfig } from "../support/helm.ts";
import { desiredSet, Kube, type OperatorProcess, startOperator } from "../support/operator.ts";

const provided = inject("controlPlane");
const cluster = connect({ ...provided, controllerManager: true });
const kube = new Kube(cluster);
const NS = "op-crash";
const TRIALS = 12;
const SEED = Number(process.env.TRIB_CRASH_SEED ?? Date.now() % 100_000);

/** mulberry32: a seeded PRNG, so a failing run can be replayed with TRIB_CRASH_SEED. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

const blueprint = (name: string, topics: number) => `apiVersion: tributary.dev/v1alpha1
kind: Blueprint
metadata:
  name: ${name}
  namespace: ${NS}
spec:
  components:
    - name: kafka
      deletionPolicy: Delete
      kafka: { brokers: { replicas: 1 }, controllers: { replicas: 1 } }
${Array.from(
  { length: topics },
  (_, i) => `    - name: t${i}
      deletionPolicy: Delete
      topic: { partitions: ${1 + i}, replicas: 1 }`,
).join("\n")}
`;

/** What the test has asked for: Blueprint name → number of topics. */
const wanted = new Map<string, number>();
let next = 0;
const operators: OperatorProcess[] = [];

async function apply(name: string, topics: number): Promise<void> {
  wanted.set(name, topics);
  await kube.applyYaml(blueprint(name, topics));
}

async function remove(name: string): Promise<void> {
  wanted.delete(name);
  await kube.delete("Blueprint", NS, name);
}

/** A few changes of every kind, as a team would make them. */
async function mutate(): Promise<string[]> {
  const names = [...wanted.keys()];
  const changes: Promise<void>[] = [];
  const done: string[] = [];
  for (let i = 0; i < 3; i++) {
    // Three different Blueprints: two concurrent applies to one would race, and the test could not know
    // which one the API server kept.
    const name = pick(names.filter((n) => !done.some((d) => d.startsWith(`${n}:`))));
    const topics = 1 + Math.floor(random() * 3);
    changes.push(apply(name, topics));
    done.push(`${name}:${topics} topics`);
  }
  const gone = pick(names.filter((n) => !done.some((d) => d.startsWith(`${n}:`))));
  changes.push(remove(gone));
  done.push(`${gone}: deleted`);
  const born = `bp-${String(next++).padStart(2, "0")}`;
  changes.push(apply(born, 1 + Math.floor(random() * 3)));
  done.push(`${born}: created`);
  await Promise.all(changes);
  return done;
}

let kubeconfig = "";

const start = async () => {
  const op = await startOperator(
    kubeconfig,
    [`--namespace=${NS}`, "--concurrency=4", "--resync-period=1m", "--log-level=warn"],
    { identity: "op-crash-0" },
  );
  operators.push(op);
  return op;
};

beforeAll(async () => {
  await cluster.createNamespace(NS);
  kubeconfig = await operatorKubeconfig(cluster, { leaseNamespace: NS });
});

afterAll(async () => {
  for (const op of operators) await op.kill("SIGKILL");
});

describe("SIGKILL at random moments", () => {
  it(`ends, after restart, in exactly the desired set (${TRIALS} kills, 50 Blueprints; seed ${SEED})`, async () => {
    const t0 = Date.now();
    for (let i = 0; i < 50; i += 10) {
      await Promise.all(
        Array.from({ length: 10 }, () =>
          apply(`bp-${String(next++).padStart(2, "0")}`, 1 + Math.floor(random() * 3)),
        ),
      );
    }
    const kills: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const op = await start();
      // Kill before or after it leads, while it works through the queue and while changes arrive.
      const early = random() < 0.25;
      if (!early) {
        await waitFor(
          "leading",
          async () =>
            /became leader/.test(op.logs()) ||
            (await op
              .get("/metrics")
              .then((m) => /^tributary_leader 1$/m.test(m.text))
              .catch(() => false)),
          {
            timeoutMs: 20_000,
            intervalMs: 50,
          },
        );
      }
      const changes = random() < 0.7 ? mutate() : Promise.resolve([] as string[]);
      const delay = Math.floor(random() * (early ? 1500 : 2500));
      await sleep(delay);
      const code = await op.kill("SIGKILL");
      expect(code).toBe("SIGKILL");
      kills.push(
        `trial ${trial}: killed ${early ? "at start" : "while leading"} after ${delay} ms; ${(await changes).join(", ")}`,
      );
      // Sometimes change things while it is down too.
      if (random() < 0.3) kills.push(`  while down: ${(await mutate()).join(", ")}`);
    }
    const t1 = Date.now();

    const op = await start();
    await op.waitReady(30_000);
    const expected = desiredSet([...wanted].map(([n, t]) => blueprint(n, t)).join("---\n"));
    let actual: string[] = [];
    await waitFor(
      "convergence",
      async () => {
        const bps = await kube.list("Blueprint", NS);
        if (bps.length !== wanted.size) return false;
        if (!bps.every((b) => b.status?.observedGeneration === b.metadata.generation)) return false;
        actual = (await kube.managed(NS))
          .map((o) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`)
          .sort();
        return actual.length === expected.length && actual.every((a, i) => a === expected[i]);
      },
      { timeoutMs: 120_000, intervalMs: 1000 },
    ).catch((error) => {
      console.log(kills.join("\n"));
      console.log(
        "missing:",
        expected.filter((e) => !actual.includes(e)),
        "extra:",
        actual.filter((a) => !expected.includes(a)),
      );
      throw error;
    });
    const t2 = Date.now();

    // Exactly the desired set, each child owned by the Blueprint that wants it (its current uid), once.
    const bps = new Map((await kube.list("Blueprint", NS)).map((b) => [b.metadata.name, b]));
    expect([...bps.keys()].sort()).toEqual([...wanted.keys()].sort());
    for (const b of bps.values()) {
      expect(b.metadata.deletionTimestamp).toBeUndefined();
      expect(b.metadata.finalizers).toEqual(["tributary.dev/cleanup"]);
    }
    const children = await kube.managed(NS);
    expect(new Set(children.map((c) => `${c.kind}/${c.metadata.name}`)).size).toBe(children.length);
    expect(children.map((o) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`).sort()).toEqual(
      expected,
    );
    for (const c of children) {
      const owner = bps.get(c.metadata.labels?.["tributary.dev/blueprint"] ?? "");
      expect(c.metadata.deletionTimestamp, `${c.kind}/${c.metadata.name}`).toBeUndefined();
      expect(c.metadata.ownerReferences, `${c.kind}/${c.metadata.name}`).toEqual([
        expect.objectContaining({
          kind: "Blueprint",
          name: owner?.metadata.name,
          uid: owner?.metadata.uid,
          controller: true,
        }),
      ]);
    }
    console.log(
      `operator crash test (seed ${SEED}): ${TRIALS} SIGKILLs in ${Math.round((t1 - t0) / 1000)} s, ` +
        `converged in ${Math.round((t2 - t1) / 1000)} s after the last restart: ${bps.size} Blueprints, ${children.length} children\n${kills.join("\n")}`,
    );
  }, 420_000);
});

describe("least privilege", () => {
  it("the operator ran as the chart's ServiceAccount and was never denied", () => {
    expect(readFileSync(provided.auditLogPath, "utf8")).toMatch(/system:serviceaccount:[^"]+:trib-/);
    expect(deniedRequests(provided.auditLogPath)).toEqual([]);
  });
});

// Hybrid placement on the real scheduler. kwok fake nodes stand for two ordinary nodes and three bare-metal
// hosts run by the Tributary agent (labelled and tainted as the agent registers them). One Blueprint with
// every provider says: data roles on the `metal` systemd class, except the Stackable ones (their pods
// mount CSI volumes the agent cannot provide: `trib validate` refuses them there), everything else on
// `general`. For each provider, the pods its operator would create from our custom resources (test/support/
// operator-pods.ts: the mapping from each CRD to the pods its operator makes) are created on the real API
// server, and the real kube-scheduler binds them: data roles the agent runs land on the systemd hosts, one
// per host; Stackable's data roles on ordinary nodes, one per host; stateless roles never on systemd hosts.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { providers } from "../../lib/providers/registry.ts";
import { connect, waitFor } from "../cluster/harness.ts";
import { blueprint, objectsOf } from "../support/blueprints.ts";
import { type OperatorPod, operatorPods, podManifest } from "../support/operator-pods.ts";
import { EVERY_PROVIDER, rules, STACKABLE_OFF_METAL } from "../support/placement-fixtures.ts";

const provided = inject("controlPlane");
const cluster = connect({ ...provided, controllerManager: true, kwok: true });

const RUNTIME = "tributary.dev/runtime";
/** This file's own labels, so that nodes other test files add never take its pods (and vice versa). */
const RACK = { "tributary.dev/rack": "placement-e2e" };
const POOL = { "tributary.dev/pool": "placement-e2e" };
const ORDINARY = ["placement-worker-1", "placement-worker-2", "placement-worker-3"];
const METAL = ["placement-metal-1", "placement-metal-2", "placement-metal-3"];
const DATA_ROLES = new Set(["servers", "brokers", "controllers"]);

/** The provider declares that the agent runs this role (Role.agentLacks absent). */
const onAgent = (providerId: string, role: string) =>
  providers()
    .find((p) => providerId.startsWith(p.id))!
    .roles.find((r) => r.name === role)?.agentLacks === undefined;

interface Pod {
  metadata: { name: string };
  spec: { nodeName?: string };
  status?: { conditions?: { type: string; status: string; reason?: string; message?: string }[] };
}

/** The Blueprint's objects, per component (the tributary.dev/component label). */
function objectsByComponent(text: string) {
  const byComponent = new Map<string, ReturnType<typeof objectsOf>>();
  for (const o of objectsOf(text)) {
    const c = o.metadata.labels?.["tributary.dev/component"] ?? "";
    byComponent.set(c, [...(byComponent.get(c) ?? []), o]);
  }
  return byComponent;
}

const CASES: { provider: string; component: string; strimziApiVersion?: "v1beta2" }[] = [
  { provider: "stackable-zookeeper", component: "zk" },
  { provider: "pravega-zookeeper", component: "pzk" },
  { provider: "strimzi-kafka", component: "events" },
  { provider: "strimzi-kafka-v1beta2", component: "events", strimziApiVersion: "v1beta2" },
  { provider: "stackable-kafka", component: "logs" },
  { provider: "stackable-topic", component: "audit" },
  { provider: "kubeflow-spark", component: "enrich" },
  { provider: "flink-flink", component: "sessions" },
  { provider: "native-streamlet", component: "app" },
];

/** Said once: data roles to the systemd hosts of this file's rack, everything else to its ordinary pool. */
const blueprintText = (strimziApiVersion?: string) =>
  blueprint(
    "shop",
    `${strimziApiVersion ? `strimziApiVersion: ${strimziApiVersion}\n` : ""}${EVERY_PROVIDER}
nodeClasses:
  - name: metal
    runtime: systemd
    selector: {tributary.dev/rack: placement-e2e}
  - name: general
    selector: {tributary.dev/pool: placement-e2e}
${rules("{nodeClass: metal, match: {stateful: true}}", "{nodeClass: general, match: {}}", ...STACKABLE_OFF_METAL)}`,
  );

const created: string[] = [];

async function createPods(ns: string, pods: OperatorPod[]): Promise<void> {
  await cluster.createNamespace(ns);
  created.push(ns);
  for (const p of pods) {
    const r = await cluster.request("POST", `/api/v1/namespaces/${ns}/pods`, podManifest(p, ns));
    expect(r.status, `${p.name}: ${r.text}`).toBe(201);
  }
}

const getPod = async (ns: string, name: string) =>
  (await cluster.request<Pod>("GET", `/api/v1/namespaces/${ns}/pods/${name}`)).body;

/** Where each pod was bound, once all are. */
async function nodesOf(ns: string, pods: OperatorPod[]): Promise<Map<string, string>> {
  return waitFor(
    `${pods.length} pods in ${ns} to be scheduled`,
    async () => {
      const r = await cluster.request<{ items: Pod[] }>("GET", `/api/v1/namespaces/${ns}/pods`);
      const bound = new Map(
        r.body.items.flatMap((p) => (p.spec.nodeName ? [[p.metadata.name, p.spec.nodeName]] : [])),
      );
      return bound.size === pods.length ? bound : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 250 },
  );
}

beforeAll(async () => {
  await Promise.all([
    ...ORDINARY.map((n) => cluster.addFakeNode(n, { labels: POOL })),
    ...METAL.map((n) =>
      cluster.addFakeNode(n, {
        labels: { ...RACK, [RUNTIME]: "systemd" },
        taints: [{ key: RUNTIME, value: "systemd", effect: "NoSchedule" }],
      }),
    ),
  ]);
});

afterAll(async () => {
  // Other test files schedule onto `tributary.dev/runtime=systemd` nodes: leave none of ours behind.
  await Promise.all([
    ...[...ORDINARY, ...METAL].map((n) => cluster.request("DELETE", `/api/v1/nodes/${n}`)),
    ...created.map((ns) => cluster.request("DELETE", `/api/v1/namespaces/${ns}`)),
  ]);
});

describe("hybrid placement on the real scheduler (kwok nodes: 3 ordinary, 3 systemd)", () => {
  it.each(CASES)(
    "$provider: data roles one per host (systemd hosts if the agent runs them), stateless roles on ordinary nodes",
    async (c) => {
      const objects = objectsByComponent(blueprintText(c.strimziApiVersion)).get(c.component) ?? [];
      const pods = objects.flatMap((o) => operatorPods(o, objects));
      expect(pods.length, "the operator would make pods").toBeGreaterThan(0);
      // Every pod carries the Blueprint's placement (else the test would prove nothing).
      for (const p of pods) expect(p.placement.nodeSelector ?? p.placement.affinity, p.name).toBeDefined();

      const ns = `placement-${c.provider}`;
      await createPods(ns, pods);
      const bound = await nodesOf(ns, pods);

      const byRole = new Map<string, string[]>();
      for (const p of pods) byRole.set(p.role, [...(byRole.get(p.role) ?? []), bound.get(p.name)!]);
      for (const [role, nodes] of byRole) {
        if (DATA_ROLES.has(role)) {
          // Three replicas on three hosts, one per host: the systemd hosts when the agent runs the role.
          expect(nodes.length, role).toBe(3);
          expect([...nodes].sort(), role).toEqual(onAgent(c.provider, role) ? METAL : ORDINARY);
        } else {
          for (const n of nodes) expect(ORDINARY, `${role} on ${n}`).toContain(n);
        }
      }
    },
  );

  it("a fourth broker finds no host: the one-per-host anti-affinity is required, not preferred", async () => {
    const objects = objectsByComponent(blueprintText()).get("events") ?? [];
    const brokers = objects
      .filter((o) => o.kind === "KafkaNodePool" && o.metadata.name.endsWith("-brokers"))
      .map((o) => ({ ...o, spec: { ...(o.spec as object), replicas: 4 } }));
    const pods = brokers.flatMap((o) => operatorPods(o, objects));
    expect(pods).toHaveLength(4);
    const ns = "placement-fourth-broker";
    await createPods(ns, pods);
    const unschedulable = await waitFor(
      "one broker to be reported unschedulable",
      async () => {
        for (const p of pods) {
          const condition = (await getPod(ns, p.name)).status?.conditions?.find(
            (x) => x.type === "PodScheduled" && x.status === "False",
          );
          if (condition) return { name: p.name, condition };
        }
        return undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    expect(unschedulable.condition.reason).toBe("Unschedulable");
    expect(unschedulable.condition.message).toMatch(/anti-affinity/);
    const placed = (await Promise.all(pods.map((p) => getPod(ns, p.name)))).flatMap((p) =>
      p.spec.nodeName ? [p.spec.nodeName] : [],
    );
    expect(placed.sort()).toEqual(METAL);
  });
});

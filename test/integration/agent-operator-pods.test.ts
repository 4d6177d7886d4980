// Every data role Tributary lets a Blueprint place on systemd hosts, started by the agent on real systemd
// from the pod its operator makes (test/support/operator-pods.ts, each shape cited from upstream): one test
// per provider and role, with the operator's volumes (Strimzi's `kube-api-access` projected volume through
// the TokenRequest API, per-node ConfigMaps, Memory emptyDirs, data claims), probes, and Strimzi's
// rack-aware `kafka-init` init container. The images are fixture packages whose scripts stand in for the
// upstream ones at the same paths (test/fixtures/agent/*). The world is the agent suite's
// (test/support/agent-e2e/world.ts): a control plane of its own, the agent in a locked-down systemd namespace.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { containerUnitName } from "../../agent/systemd/unit.ts";
import type { K8sObject } from "../../lib/model/k8s-object.ts";
import { agentCanRun } from "../../lib/placement/agent.ts";
import { providers } from "../../lib/providers/registry.ts";
import { createPod, ready, waitPod } from "../support/agent-e2e/pods.ts";
import { cp, NS, node, sd, setUpAgentWorldWith, tearDownAgentWorld } from "../support/agent-e2e/world.ts";
import { blueprint, objectsOf } from "../support/blueprints.ts";
import { type OperatorPod, operatorPods, podObject } from "../support/operator-pods.ts";

/** A Blueprint placing Strimzi controllers and brokers and a Pravega ensemble; the Kafka is made rack-aware. */
const SPEC = `
components:
  - name: coord
    operator: pravega
    zookeeper: {replicas: 1}
  - name: events
    kafka: {controllers: {replicas: 1}, brokers: {replicas: 1}}
`;

function withRack(o: K8sObject): K8sObject {
  const spec = (o as unknown as { spec: { kafka: Record<string, unknown> } }).spec;
  return {
    ...o,
    spec: { ...spec, kafka: { ...spec.kafka, rack: { topologyKey: "topology.kubernetes.io/zone" } } },
  } as K8sObject;
}

function dataPods(): Map<string, OperatorPod> {
  const objects = objectsOf(blueprint("metal", SPEC)).map((o) =>
    // Rack awareness (Tributary never sets it; a Kafka may): Strimzi adds its kafka-init container to brokers.
    o.kind === "Kafka" ? withRack(o) : o,
  );
  const out = new Map<string, OperatorPod>();
  for (const o of objects)
    for (const p of operatorPods(o, objects)) {
      if (!p.spec) continue;
      const provider = p.owner.startsWith("KafkaNodePool") ? "strimzi-kafka" : "pravega-zookeeper";
      if (!out.has(`${provider} ${p.role}`)) out.set(`${provider} ${p.role}`, p);
    }
  return out;
}

const pods = dataPods();

beforeAll(
  () =>
    setUpAgentWorldWith({
      packages: [
        { fixture: "strimzi-kafka", image: "quay.io/strimzi/kafka:*" },
        { fixture: "strimzi-operator", image: "quay.io/strimzi/operator:*" },
        { fixture: "pravega-zookeeper", image: "pravega/zookeeper:*", commandDir: "/usr/local/bin" },
      ],
      mountPoints: [
        ...new Set(
          [...pods.values()].flatMap((p) =>
            [...(p.spec.initContainers ?? []), ...p.spec.containers].flatMap(
              (c: { volumeMounts?: Array<{ mountPath: string }> }) =>
                (c.volumeMounts ?? []).map((m) => m.mountPath.replace(/\/$/, "")),
            ),
          ),
        ),
      ],
    }),
  600_000,
);

let failed = false;
afterEach((ctx) => {
  if (ctx.task.result?.state === "fail") failed = true;
});
afterAll(() => tearDownAgentWorld(failed));

async function post(resource: string, body: Record<string, unknown>): Promise<void> {
  const r = await cp.request("POST", `/api/v1/namespaces/${NS}/${resource}`, body);
  if (r.status !== 201 && r.status !== 409) throw new Error(`POST ${resource}: HTTP ${r.status} ${r.text}`);
}

/** The pod as the operator makes it, bound to the agent's node. */
async function start(p: OperatorPod): Promise<void> {
  const o = podObject(p, NS) as unknown as {
    metadata: Record<string, unknown>;
    spec: Record<string, unknown>;
  };
  await createPod({ metadata: o.metadata, spec: { ...o.spec, nodeName: node } });
}

/** The REPORT line the stand-in script printed, as key=value pairs. */
async function report(pod: string, container: string, prefix = "REPORT"): Promise<Record<string, string>> {
  const r = await sd.journalctl("-u", containerUnitName(NS, pod, container), "-o", "cat");
  const line = r.stdout.split("\n").find((l) => l.startsWith(`${prefix} `));
  expect(line, r.stdout).toBeDefined();
  return Object.fromEntries(
    line!
      .slice(prefix.length + 1)
      .split(" ")
      .map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]),
  );
}

describe.sequential("the operators' data pods on real systemd", () => {
  it("covers exactly the data roles Tributary allows on systemd hosts", () => {
    const allowed = providers().flatMap((p) =>
      p.roles.filter((r) => r.stateful && agentCanRun(r)).map((r) => `${p.id} ${r.name}`),
    );
    expect([...pods.keys()].sort()).toEqual(allowed.sort());
  });

  const strimzi = async (p: OperatorPod) => {
    const cluster = p.labels["strimzi.io/cluster"]!;
    await post("serviceaccounts", {
      apiVersion: "v1",
      kind: "ServiceAccount",
      metadata: { name: `${cluster}-kafka` },
    });
    await post("configmaps", {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: p.name },
      data: { "log4j.properties": "log4j.rootLogger=INFO\n", "server.config": "node.id=0\n" },
    });
    await start(p);
    const pod = await waitPod(
      p.name,
      "Running and Ready",
      (x) => x.status?.phase === "Running" && ready(x),
      120_000,
    );
    const r = await report(p.name, "kafka");
    expect(r).toMatchObject({
      token: "yes",
      namespace: NS,
      ca: "-----BEGIN_CERTIFICATE-----",
      config: "log4j.properties,server.config,",
    });
    expect(r.data).toMatch(/^\/var\/lib\/kafka\/data/);
    return { pod, report: r };
  };

  it("strimzi-kafka controllers: kafka_run.sh with the kube-api-access projected volume, per-node ConfigMap, emptyDirs and data claim", async () => {
    const p = pods.get("strimzi-kafka controllers")!;
    const { report: r } = await strimzi(p);
    expect(r.rack).toBe("none");
  });

  it("strimzi-kafka brokers: the rack-aware kafka-init container runs first and hands the rack to kafka_run.sh", async () => {
    const p = pods.get("strimzi-kafka brokers")!;
    expect(p.spec.initContainers?.map((c: { name: string }) => c.name)).toEqual(["kafka-init"]);
    const { pod, report: r } = await strimzi(p);
    expect(r.rack).toBe(`zone-of-${node}`);
    const init = (
      pod.status as {
        initContainerStatuses?: Array<{
          name: string;
          ready: boolean;
          state: Record<string, Record<string, unknown>>;
        }>;
      }
    ).initContainerStatuses;
    expect(init).toMatchObject([
      { name: "kafka-init", ready: true, state: { terminated: { exitCode: 0, reason: "Completed" } } },
    ]);
    expect(await report(p.name, "kafka-init", "INIT")).toEqual({
      rack: `zone-of-${node}`,
      key: "topology.kubernetes.io/zone",
    });
  });

  it("pravega-zookeeper servers: zookeeperStart.sh with the operator's ConfigMap and data claim, the probes' scripts from the package", async () => {
    const p = pods.get("pravega-zookeeper servers")!;
    const cluster = p.labels.app!;
    // The ConfigMap `<name>-configmap` the operator writes (pkg/zk/generators.go MakeConfigMap: zoo.cfg and
    // env.sh, here with only the keys the stand-in reads).
    await post("configmaps", {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: `${cluster}-configmap` },
      data: {
        "zoo.cfg": "dataDir=/data\nstandaloneEnabled=false\ndynamicConfigFile=/data/zoo.cfg.dynamic\n",
        "env.sh": `#!/usr/bin/env bash\nQUORUM_PORT=2888\nLEADER_PORT=3888\nCLIENT_PORT=2181\nCLUSTER_NAME=${cluster}\nCLUSTER_SIZE=1\n`,
      },
    });
    await start(p);
    await waitPod(p.name, "Running and Ready", (x) => x.status?.phase === "Running" && ready(x), 120_000);
    expect(await report(p.name, "zookeeper")).toMatchObject({
      conf: "env.sh,zoo.cfg,",
      dataDir: "/data",
      myid: "1",
      cluster,
    });
  });
});

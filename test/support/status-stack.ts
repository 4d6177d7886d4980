// The example `legacy` stack (blueprints/legacy.yaml: Stackable ZooKeeper and Kafka, a topic made by a Job,
// a Pravega ZooKeeper, data roles on agent nodes) brought to life on a real control plane for `trib status`:
// the statuses its sub-operators would write, in their own shapes, and the pods they would make, bound to
// kwok nodes that stand for agent hosts. The sub-operators cannot run here (DESIGN "Testing against real
// things"); each shape below cites where it comes from. Used by test/integration/status.test.ts and
// scripts/readme-output/status.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { K8sObject } from "../../lib/model/k8s-object.ts";
import { type Cluster, repoRoot } from "../cluster/harness.ts";
import { operatorPods, podManifest } from "./operator-pods.ts";
import { zookeeperUpgradeFailed } from "./operator-statuses.ts";

/** blueprints/legacy.yaml in another namespace. */
export const legacyYaml = (namespace: string): string =>
  readFileSync(path.join(repoRoot, "blueprints", "legacy.yaml"), "utf8").replace(
    "namespace: streaming",
    `namespace: ${namespace}`,
  );

/**
 * How the Pravega ZooKeeper operator words an upgrade stuck for 10 minutes (controllers/
 * zookeepercluster_controller.go checkSyncTimeout, at v0.2.15), the message of its Error condition.
 */
export const UPGRADE_FAILED = "progress deadline exceeded";

/**
 * The Pravega ZooKeeper's upgrade from 0.2.13 to its spec's tag (the provider's default, 0.2.14), failed
 * with 2 of its 3 servers updated (operator-statuses/pravega.ts).
 */
export const coordinationFailed = (o: K8sObject): unknown =>
  zookeeperUpgradeFailed(o, "0.2.13", UPGRADE_FAILED);

/** What its health says (lib/providers/pravega-zookeeper/health.ts). */
export const COORDINATION_FAILED = `upgrade to 0.2.14 failed: ${UPGRADE_FAILED} (2 of 3 servers updated)`;

const plural: Record<string, string> = {
  ZookeeperCluster: "zookeeperclusters",
  KafkaCluster: "kafkaclusters",
  ZookeeperZnode: "zookeeperznodes",
};

/** Writes `status` through the status subresource, as the object's own operator does. */
export async function writeStatus(cluster: Cluster, o: K8sObject, status: unknown): Promise<void> {
  const url = `/apis/${o.apiVersion}/namespaces/${o.metadata.namespace}/${plural[o.kind]}/${o.metadata.name}/status`;
  const r = await cluster.request("PATCH", url, { status }, { contentType: "application/merge-patch+json" });
  if (r.status !== 200) throw new Error(`status of ${o.kind} ${o.metadata.name}: ${r.status} ${r.text}`);
}

/**
 * What zookeeper-operator (Stackable) writes once a ZookeeperZnode's znode exists: the discovery ConfigMap
 * named after it (rust/operator-binary/src/znode_controller.rs: the znode first, then the ConfigMap;
 * discovery.rs: ZOOKEEPER, ZOOKEEPER_HOSTS, ZOOKEEPER_CLIENT_PORT, ZOOKEEPER_CHROOT). Tributary's operator
 * reads the znode as ready only once it exists.
 */
export async function writeZnodeDiscovery(cluster: Cluster, o: K8sObject): Promise<void> {
  const hosts = `${o.metadata.name}-server.${o.metadata.namespace}.svc.cluster.local:2282`;
  const chroot = `/znode-${o.metadata.uid ?? "0"}`;
  const r = await cluster.request("POST", `/api/v1/namespaces/${o.metadata.namespace}/configmaps`, {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: o.metadata.name },
    data: {
      ZOOKEEPER: `${hosts}${chroot}`,
      ZOOKEEPER_HOSTS: hosts,
      ZOOKEEPER_CLIENT_PORT: "2282",
      ZOOKEEPER_CHROOT: chroot,
    },
  });
  if (r.status !== 201) throw new Error(`discovery ConfigMap ${o.metadata.name}: ${r.status} ${r.text}`);
}

/** The labelled children of the Blueprint in the namespace (the kinds legacy.yaml emits). */
export async function legacyChildren(cluster: Cluster, namespace: string): Promise<K8sObject[]> {
  const kinds: [string, string][] = [
    ["zookeeper.stackable.tech/v1alpha1", "ZookeeperCluster"],
    ["zookeeper.stackable.tech/v1alpha1", "ZookeeperZnode"],
    ["kafka.stackable.tech/v1alpha1", "KafkaCluster"],
    ["zookeeper.pravega.io/v1beta1", "ZookeeperCluster"],
  ];
  const out: K8sObject[] = [];
  for (const [apiVersion, kind] of kinds) {
    const p = kind === "ZookeeperCluster" ? "zookeeperclusters" : plural[kind];
    const r = await cluster.request<{ items: K8sObject[] }>(
      "GET",
      `/apis/${apiVersion}/namespaces/${namespace}/${p}?labelSelector=tributary.dev/blueprint%3Dlegacy`,
    );
    out.push(...(r.body.items ?? []).map((o) => ({ ...o, apiVersion, kind })));
  }
  return out;
}

/**
 * Creates the pods the data roles' operators make (test/support/operator-pods.ts: names and labels from
 * the operators' sources), bound as the scheduler would place them: a child whose rendered pod template
 * tolerates the agent nodes' taint (`tributary.dev/runtime`, the placement onto a systemd class) on the
 * agent nodes in turn (one per host), every other on the general node.
 */
export async function createDataPods(
  cluster: Cluster,
  children: K8sObject[],
  nodes: { metal: string[]; general: string },
): Promise<string[]> {
  const made: string[] = [];
  for (const o of children) {
    const onAgents = JSON.stringify(o.spec ?? {}).includes('"tributary.dev/runtime"');
    for (const [i, p] of operatorPods(o).entries()) {
      const manifest = podManifest(p, o.metadata.namespace!);
      (manifest.spec as Record<string, unknown>).nodeName = onAgents
        ? nodes.metal[i % nodes.metal.length]
        : nodes.general;
      const r = await cluster.request("POST", `/api/v1/namespaces/${o.metadata.namespace}/pods`, manifest);
      if (r.status !== 201) throw new Error(`pod ${p.name}: ${r.status} ${r.text}`);
      made.push(p.name);
    }
  }
  return made;
}

/** Agent nodes (labelled and tainted as the agent registers them) and one general node, all kwok. */
export async function addStatusNodes(
  cluster: Cluster,
  prefix: string,
): Promise<{ metal: string[]; general: string }> {
  const metal = [1, 2, 3].map((i) => `${prefix}-metal-${i}`);
  const general = `${prefix}-general-1`;
  await Promise.all([
    ...metal.map((n) =>
      cluster.addFakeNode(n, {
        labels: { "tributary.dev/runtime": "systemd" },
        taints: [{ key: "tributary.dev/runtime", value: "systemd", effect: "NoSchedule" }],
      }),
    ),
    cluster.addFakeNode(general, { labels: { "node.kubernetes.io/pool": "general" } }),
  ]);
  return { metal, general };
}

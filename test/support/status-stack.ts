// The example `legacy` stack (blueprints/legacy.yaml: Stackable ZooKeeper and Kafka, a topic made by a Job,
// a Pravega ZooKeeper, data roles on agent nodes) brought to life on a real control plane for `trib status`:
// the statuses its sub-operators would write, in their own shapes, and the pods they would make, bound to
// kwok nodes that stand for agent hosts. The sub-operators cannot run here (DESIGN "Testing against real
// things"); each shape below cites where it comes from. Used by test/integration/status.test.ts and
// scripts/readme-output/status.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { metaTime } from "../../kube/time.ts";
import type { K8sObject } from "../../lib/model/k8s-object.ts";
import { type Cluster, repoRoot } from "../cluster/harness.ts";
import { operatorPods, podManifest } from "./operator-pods.ts";

/** blueprints/legacy.yaml in another namespace. */
export const legacyYaml = (namespace: string): string =>
  readFileSync(path.join(repoRoot, "blueprints", "legacy.yaml"), "utf8").replace(
    "namespace: streaming",
    `namespace: ${namespace}`,
  );

/** A Pravega upgrade failure: the message as the operator words it (see `coordinationFailed`). */
export const UPGRADE_FAILED = "pod legacy-coordination-2 update failed because of ImagePullBackOff";

/**
 * The status each sub-operator writes when its object is ready (undefined: written by a real controller,
 * or no status subresource).
 */
export function readyStatus(o: K8sObject): unknown {
  const now = metaTime();
  switch (`${o.apiVersion.split("/")[0]} ${o.kind}`) {
    // Stackable operator-rs status/condition (ClusterCondition, StatefulSetConditionBuilder): Available
    // True once every StatefulSet has its ready replicas; the operators write Available, Degraded,
    // Progressing, ReconciliationPaused and Stopped together.
    case "zookeeper.stackable.tech ZookeeperCluster":
    case "kafka.stackable.tech KafkaCluster":
      return {
        conditions: [
          {
            type: "Available",
            status: "True",
            lastTransitionTime: now,
            lastUpdateTime: now,
            reason: "Available",
            message: "The cluster has the desired amount of replicas.",
          },
          {
            type: "Degraded",
            status: "False",
            lastTransitionTime: now,
            lastUpdateTime: now,
            reason: "Available",
            message: "The cluster is not degraded.",
          },
          {
            type: "Progressing",
            status: "False",
            lastTransitionTime: now,
            lastUpdateTime: now,
            reason: "Available",
            message: "The cluster has been reconciled.",
          },
          {
            type: "ReconciliationPaused",
            status: "False",
            lastTransitionTime: now,
            lastUpdateTime: now,
            reason: "Available",
            message: "The cluster is reconciled normally.",
          },
          {
            type: "Stopped",
            status: "False",
            lastTransitionTime: now,
            lastUpdateTime: now,
            reason: "Available",
            message: "The cluster is running.",
          },
        ],
      };
    // zookeeper-operator (Stackable) ZookeeperZnode: status.znodePath once the chroot exists (crd/mod.rs
    // ZookeeperZnodeStatus).
    case "zookeeper.stackable.tech ZookeeperZnode":
      return { znodePath: `/znode-${o.metadata.uid ?? "0"}` };
    // Pravega zookeeper-operator api/v1beta1/status.go: replicas, readyReplicas, members, and the
    // PodsReady / Upgrading / Error conditions.
    case "zookeeper.pravega.io ZookeeperCluster":
      return {
        replicas: 3,
        readyReplicas: 3,
        currentVersion: "0.2.15",
        members: { ready: ["legacy-coordination-0", "legacy-coordination-1", "legacy-coordination-2"] },
        conditions: [
          { type: "PodsReady", status: "True", lastTransitionTime: now, lastUpdateTime: now },
          { type: "Upgrading", status: "False", lastTransitionTime: now, lastUpdateTime: now },
          { type: "Error", status: "False", lastTransitionTime: now, lastUpdateTime: now },
        ],
      };
    default:
      return undefined;
  }
}

/**
 * A failed upgrade of the Pravega ZooKeeper: the operator sets Error=True, reason UpgradeFailed, with the
 * cause (zookeeper-operator api/v1beta1/status.go SetErrorConditionTrue; the wording of pravega-operator
 * doc/rollback-cluster.md: "pod … update failed because of ImagePullBackOff"), PodsReady False.
 */
export function coordinationFailed(): unknown {
  const now = metaTime();
  return {
    replicas: 3,
    readyReplicas: 2,
    currentVersion: "0.2.14",
    conditions: [
      { type: "PodsReady", status: "False", lastTransitionTime: now, lastUpdateTime: now },
      { type: "Upgrading", status: "False", lastTransitionTime: now, lastUpdateTime: now },
      {
        type: "Error",
        status: "True",
        reason: "UpgradeFailed",
        message: UPGRADE_FAILED,
        lastTransitionTime: now,
        lastUpdateTime: now,
      },
    ],
  };
}

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

// Hydrated trees made by hand, shaped like the providers' output (same kinds, fields, labels and
// annotations), so the GitOps writer is tested without depending on any provider.
import { createHash } from "node:crypto";
import { stringify } from "yaml";
import type { BlueprintOutput } from "../../../lib/gitops/types.ts";
import type { K8sObject } from "../../../lib/model/k8s-object.ts";
import { canonicalYaml } from "../../../lib/synth/canonical.ts";

export interface Placed {
  wave: number;
  layer: string;
  component: string;
  retain?: boolean;
  object: K8sObject;
}

const fileName = (o: K8sObject) =>
  `${o.kind.toLowerCase()}.${o.apiVersion.includes("/") ? o.apiVersion.split("/")[0] : "core"}.${o.metadata.name}.yaml`;

/** A Blueprint's tree as lib/synth/layout lays it out. */
export function tree(namespace: string, name: string, placed: Placed[], digest?: string): BlueprintOutput {
  const files = new Map<string, string>();
  for (const p of [...placed].sort((a, b) => a.wave - b.wave)) {
    const object: K8sObject = {
      ...p.object,
      metadata: {
        ...p.object.metadata,
        namespace,
        labels: {
          ...p.object.metadata.labels,
          "app.kubernetes.io/part-of": name,
          "app.kubernetes.io/managed-by": "tributary",
          "tributary.dev/blueprint": name,
          "tributary.dev/component": p.component,
        },
        annotations: {
          "argocd.argoproj.io/sync-wave": String(p.wave),
          ...(p.retain
            ? {
                "argocd.argoproj.io/sync-options": "Prune=false",
                "kustomize.toolkit.fluxcd.io/prune": "disabled",
              }
            : {}),
        },
      },
    };
    files.set(`${p.layer}/${fileName(object)}`, canonicalYaml(object));
  }
  const kustomization = stringify(
    { apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", resources: [...files.keys()] },
    { lineWidth: 0 },
  );
  const all = new Map([["kustomization.yaml", kustomization], ...files]);
  const d =
    digest ??
    `sha256:${createHash("sha256")
      .update([...all.values()].join("\0"))
      .digest("hex")}`;
  // Each layer waits for the one before it, as the stack's components depend on each other.
  const layers = [...new Set([...placed].sort((a, b) => a.wave - b.wave).map((p) => p.layer))];
  const requires = new Map(
    layers.slice(1).map((l, i) => [l, [{ namespace, blueprint: name, layer: layers[i]! }]] as const),
  );
  return { namespace, name, digest: d, files: all, requires };
}

export interface StackOptions {
  zookeeper?: number;
  zookeeperSize?: string;
  brokers?: number;
  brokerSize?: string;
  storageClass?: string;
  replicationFactor?: number;
  topics?: Record<string, { partitions: number; replicas: number }>;
  image?: string;
  /** Env of the app: plain values or Secret references. */
  env?: { name: string; value?: string; secretKeyRef?: { name: string; key: string } }[];
  spark?: boolean;
  /** More objects of the app component (wave 3, layer apps), e.g. a Secret or a large ConfigMap. */
  appObjects?: K8sObject[];
}

/** ZooKeeper (Stackable), Kafka with a broker pool (Strimzi), topics, an app (Deployment). */
export function stack(namespace: string, name: string, o: StackOptions = {}): BlueprintOutput {
  const placed: Placed[] = [];
  if (o.zookeeper !== undefined)
    placed.push({
      wave: 0,
      layer: "coordination",
      component: "zk",
      retain: true,
      object: {
        apiVersion: "zookeeper.stackable.tech/v1alpha1",
        kind: "ZookeeperCluster",
        metadata: { name: `${name}-zk` },
        spec: {
          image: { productVersion: "3.9.3" },
          servers: {
            config: { resources: { storage: { data: { capacity: o.zookeeperSize ?? "10Gi" } } } },
            roleGroups: { default: { replicas: o.zookeeper } },
          },
        },
      },
    });
  placed.push(
    {
      wave: 1,
      layer: "brokers",
      component: "kafka",
      retain: true,
      object: {
        apiVersion: "kafka.strimzi.io/v1",
        kind: "Kafka",
        metadata: { name: `${name}-kafka` },
        spec: {
          kafka: {
            version: "4.1.0",
            listeners: [{ name: "plain", port: 9092, type: "internal", tls: false }],
            config: { "default.replication.factor": o.replicationFactor ?? 3, "min.insync.replicas": 2 },
          },
          entityOperator: { topicOperator: {} },
        },
      },
    },
    {
      wave: 1,
      layer: "brokers",
      component: "kafka",
      retain: true,
      object: {
        apiVersion: "kafka.strimzi.io/v1",
        kind: "KafkaNodePool",
        metadata: { name: `${name}-kafka-brokers`, labels: { "strimzi.io/cluster": `${name}-kafka` } },
        spec: {
          replicas: o.brokers ?? 3,
          roles: ["broker"],
          storage: {
            type: "jbod",
            volumes: [
              {
                id: 0,
                type: "persistent-claim",
                size: o.brokerSize ?? "100Gi",
                deleteClaim: false,
                ...(o.storageClass ? { class: o.storageClass } : {}),
              },
            ],
          },
        },
      },
    },
  );
  for (const [topic, t] of Object.entries(o.topics ?? { events: { partitions: 6, replicas: 3 } }))
    placed.push({
      wave: 2,
      layer: "topics",
      component: topic,
      retain: true,
      object: {
        apiVersion: "kafka.strimzi.io/v1",
        kind: "KafkaTopic",
        metadata: { name: `${name}-${topic}`, labels: { "strimzi.io/cluster": `${name}-kafka` } },
        spec: {
          topicName: topic,
          partitions: t.partitions,
          replicas: t.replicas,
          config: { "retention.ms": 604800000 },
        },
      },
    });
  placed.push({
    wave: 3,
    layer: "apps",
    component: "app",
    object: {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: `${name}-app` },
      spec: {
        replicas: 2,
        selector: { matchLabels: { "tributary.dev/component": "app" } },
        template: {
          metadata: { labels: { "tributary.dev/component": "app" } },
          spec: {
            containers: [
              {
                name: "app",
                image: o.image ?? "ghcr.io/example/app:1.0.0",
                env: (o.env ?? []).map((e) =>
                  e.secretKeyRef ? { name: e.name, valueFrom: { secretKeyRef: e.secretKeyRef } } : e,
                ),
                resources: {
                  limits: { cpu: "250m", memory: "256Mi" },
                  requests: { cpu: "250m", memory: "256Mi" },
                },
              },
            ],
          },
        },
      },
    },
  });
  if (o.spark)
    placed.push({
      wave: 3,
      layer: "apps",
      component: "job",
      object: {
        apiVersion: "sparkoperator.k8s.io/v1beta2",
        kind: "SparkApplication",
        metadata: { name: `${name}-job` },
        spec: {
          type: "Scala",
          mode: "cluster",
          image: "spark:4.0.0",
          mainApplicationFile: "local:///opt/job.jar",
          sparkVersion: "4.0.0",
          driver: { cores: 1, memory: "1g" },
          executor: { cores: 1, memory: "1g", instances: 2 },
        },
      },
    });
  for (const object of o.appObjects ?? []) placed.push({ wave: 3, layer: "apps", component: "app", object });
  return tree(namespace, name, placed, digestOf(namespace, name, o));
}

export const digestOf = (namespace: string, name: string, o: unknown) =>
  `sha256:${createHash("sha256").update(JSON.stringify({ namespace, name, o })).digest("hex")}`;

export const PROVENANCE = {
  repoURL: "https://git.example.com/platform/blueprints.git",
  drySha: "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d",
  inputs: ["blueprints"],
  generator: "tributary 0.1.0",
};

/**
 * Two versions of a repo's Blueprints for the fault-injection tests: version 2 changes `s/a` (partitions,
 * image), removes its `audit` topic, keeps `s/b` and adds `s/c`.
 */
export function faultVersion(version: number): BlueprintOutput[] {
  const a =
    version === 1
      ? stack("s", "a", {
          zookeeper: 3,
          topics: { events: { partitions: 6, replicas: 3 }, audit: { partitions: 3, replicas: 3 } },
        })
      : stack("s", "a", {
          zookeeper: 3,
          topics: { events: { partitions: 12, replicas: 3 } },
          image: "ghcr.io/example/app:2",
        });
  return version === 1 ? [a, stack("s", "b")] : [a, stack("s", "b"), stack("s", "c")];
}

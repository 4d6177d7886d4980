// The check of the checker: the strict upstream-schema validator must accept every example that the
// operator projects ship (../shared/upstream-examples), reject the mistakes it exists to catch, and accept
// what the generated lib/imports classes produce.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { groupOf } from "../../kube/objects.ts";
import {
  KafkaNodePool,
  KafkaNodePoolSpecResourcesLimits,
  KafkaNodePoolSpecRoles,
  KafkaNodePoolSpecStorageType,
  KafkaTopic,
} from "../../lib/imports/kafka.strimzi.io.ts";
import * as strimziV1beta2 from "../../lib/imports/kafka.strimzi.io-v1beta2.ts";
import { ZookeeperCluster as PravegaZookeeperCluster } from "../../lib/imports/zookeeper.pravega.io.ts";
import { ZookeeperZnode } from "../../lib/imports/zookeeper.stackable.tech.ts";
import { sharedDir, upstreamGroups, upstreamKinds, validateUpstream } from "../support/upstream-schemas.ts";

const examplesDir = path.join(sharedDir, "upstream-examples");
// Core Kubernetes kinds that the example files also contain; they have no CRD and are not checked.
const CORE_KINDS = new Set(["ConfigMap", "Secret"]);

interface Sample {
  file: string;
  index: number;
  doc: Record<string, unknown>;
}

function samples(): Sample[] {
  const out: Sample[] = [];
  for (const dir of readdirSync(examplesDir, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const name of readdirSync(path.join(examplesDir, dir.name)).sort()) {
      if (!/\.ya?ml$/.test(name)) continue; // LICENSE, SOURCES.md
      const file = `${dir.name}/${name}`;
      const docs = YAML.parseAllDocuments(readFileSync(path.join(examplesDir, file), "utf8"));
      docs.forEach((d, index) => {
        const doc = d.toJS() as Record<string, unknown> | null;
        if (doc) out.push({ file, index, doc });
      });
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.index - b.index);
}

const all = samples();
const groups = upstreamGroups();
const custom = all.filter((s) =>
  groups.has(typeof s.doc.apiVersion === "string" ? groupOf(s.doc.apiVersion) : ""),
);
const others = all.filter((s) => !custom.includes(s));

describe("upstream examples validate against the upstream CRDs", () => {
  it("finds the 34 custom objects listed in upstream-examples/SOURCES.md, and only core objects besides", () => {
    expect(custom).toHaveLength(34);
    for (const s of others) {
      expect(s.doc.apiVersion, `${s.file}#${s.index}`).toBe("v1");
      expect(CORE_KINDS.has(String(s.doc.kind)), `${s.file}#${s.index} ${String(s.doc.kind)}`).toBe(true);
    }
  });

  it.each(custom.map((s) => [`${s.file}#${s.index} ${String(s.doc.kind)}`, s] as const))("%s", (_, s) => {
    const result = validateUpstream(s.doc);
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe("the validator rejects", () => {
  const topic = () => ({
    apiVersion: "kafka.strimzi.io/v1",
    kind: "KafkaTopic",
    metadata: { name: "my-topic", labels: { "strimzi.io/cluster": "my-cluster" } },
    spec: { partitions: 3, replicas: 3, config: { "retention.ms": 7200000 } },
  });

  it("nothing in the baseline object", () => {
    expect(validateUpstream(topic())).toEqual({ ok: true, errors: [] });
  });

  it("an unknown field under spec", () => {
    const obj = topic();
    Object.assign(obj.spec, { partitionz: 3 });
    const r = validateUpstream(obj);
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual(["KafkaTopic my-topic: /spec/partitionz is not allowed (unknown field)"]);
  });

  it("an unknown field deep in a big CRD", () => {
    const r = validateUpstream({
      apiVersion: "kafka.strimzi.io/v1",
      kind: "KafkaNodePool",
      metadata: { name: "pool" },
      spec: {
        replicas: 1,
        roles: ["broker"],
        storage: { type: "ephemeral" },
        template: { pod: { affinity: { nodeAffinity: { requiredDuringScheduling: {} } } } },
      },
    });
    expect(r.ok).toBe(false);
    expect(r.errors.join("\n")).toContain(
      "KafkaNodePool pool: /spec/template/pod/affinity/nodeAffinity/requiredDuringScheduling is not allowed",
    );
  });

  it("an unknown field at the root (only apiVersion, kind and metadata are added there)", () => {
    const r = validateUpstream({ ...topic(), extra: true });
    expect(r.errors).toEqual(["KafkaTopic my-topic: /extra is not allowed (unknown field)"]);
  });

  it("a wrong type", () => {
    const obj = topic();
    Object.assign(obj.spec, { partitions: "3" });
    const r = validateUpstream(obj);
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual(["KafkaTopic my-topic: /spec/partitions must be integer"]);
  });

  it("null on a field that is not nullable", () => {
    const obj = topic();
    Object.assign(obj.spec, { replicas: null });
    expect(validateUpstream(obj).errors).toEqual(["KafkaTopic my-topic: /spec/replicas must be integer"]);
  });

  it("a value outside an enum", () => {
    const r = validateUpstream({
      apiVersion: "kafka.strimzi.io/v1",
      kind: "KafkaNodePool",
      metadata: { name: "pool" },
      spec: { replicas: 1, roles: ["leader"], storage: { type: "ephemeral" } },
    });
    expect(r.errors).toEqual(['KafkaNodePool pool: /spec/roles/0 must be one of "controller", "broker"']);
  });

  it("a missing required field", () => {
    const r = validateUpstream({
      apiVersion: "kafka.strimzi.io/v1",
      kind: "KafkaNodePool",
      metadata: { name: "pool" },
      spec: { replicas: 1, storage: { type: "ephemeral" } },
    });
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual(["KafkaNodePool pool: /spec/roles is required"]);
  });

  it("a missing spec and a missing metadata.name", () => {
    const r = validateUpstream({ apiVersion: "kafka.strimzi.io/v1", kind: "KafkaTopic", metadata: {} });
    expect(r.errors).toEqual([
      "KafkaTopic <unnamed>: /metadata/name is required",
      "KafkaTopic <unnamed>: /spec is required",
    ]);
  });

  it("labels that are not strings", () => {
    const obj = { ...topic(), metadata: { name: "my-topic", labels: { replicas: 3 } } };
    expect(validateUpstream(obj).errors).toEqual([
      "KafkaTopic my-topic: /metadata/labels/replicas must be string",
    ]);
  });

  it("an unknown kind", () => {
    const r = validateUpstream({
      apiVersion: "kafka.strimzi.io/v1",
      kind: "KafkaBridge",
      metadata: { name: "b" },
    });
    expect(r.ok).toBe(false);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain("KafkaBridge b: unknown upstream kind kafka.strimzi.io/v1 KafkaBridge");
  });

  it("a kind at a version that no CRD serves, naming the versions that exist", () => {
    const r = validateUpstream({ ...topic(), apiVersion: "kafka.strimzi.io/v2" });
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toContain("unknown upstream kind kafka.strimzi.io/v2 KafkaTopic");
    expect(r.errors[0]).toContain("kafka.strimzi.io/v1, kafka.strimzi.io/v1alpha1");
  });

  it("v1beta2-only fields under kafka.strimzi.io/v1 (Strimzi 1.x dropped ZooKeeper)", () => {
    const r = validateUpstream({
      apiVersion: "kafka.strimzi.io/v1",
      kind: "Kafka",
      metadata: { name: "k" },
      spec: { kafka: { listeners: [] }, zookeeper: { replicas: 3, storage: { type: "ephemeral" } } },
    });
    expect(r.ok).toBe(false);
    expect(r.errors.join("\n")).toContain("Kafka k: /spec/zookeeper is not allowed (unknown field)");
  });
});

describe("Kubernetes schema extensions", () => {
  const pool = (limits: Record<string, unknown>) => ({
    apiVersion: "kafka.strimzi.io/v1",
    kind: "KafkaNodePool",
    metadata: { name: "pool" },
    spec: { replicas: 1, roles: ["broker"], storage: { type: "ephemeral" }, resources: { limits } },
  });

  it("x-kubernetes-int-or-string accepts integers and strings, nothing else", () => {
    expect(validateUpstream(pool({ cpu: 2, memory: "2Gi" })).ok).toBe(true);
    expect(validateUpstream(pool({ cpu: true })).errors).toEqual([
      "KafkaNodePool pool: /spec/resources/limits/cpu must be integer,string",
    ]);
  });

  it("x-kubernetes-preserve-unknown-fields allows any content (Flink flinkConfiguration)", () => {
    const r = validateUpstream({
      apiVersion: "flink.apache.org/v1beta1",
      kind: "FlinkSessionJob",
      metadata: { name: "job" },
      spec: { deploymentName: "session", flinkConfiguration: { anything: { nested: [1, "two"] } } },
    });
    expect(r.errors).toEqual([]);
  });

  it("nullable fields accept null (Stackable), others do not", () => {
    const znode = {
      apiVersion: "zookeeper.stackable.tech/v1alpha1",
      kind: "ZookeeperZnode",
      metadata: { name: "z" },
    };
    expect(validateUpstream({ ...znode, spec: { clusterRef: { name: "zk", namespace: null } } }).ok).toBe(
      true,
    );
    expect(validateUpstream({ ...znode, spec: { clusterRef: null } }).errors).toEqual([
      "ZookeeperZnode z: /spec/clusterRef must be object",
    ]);
  });

  it("integer formats are range-checked (int32)", () => {
    const r = validateUpstream({
      apiVersion: "zookeeper.pravega.io/v1beta1",
      kind: "ZookeeperCluster",
      metadata: { name: "zk" },
      spec: { replicas: 2 ** 31 },
    });
    expect(r.errors).toEqual(['ZookeeperCluster zk: /spec/replicas must match format "int32"']);
  });

  it("lists every kind with its source file, Strimzi v1 from 1.2.0 and v1beta2 from 0.51.0", () => {
    const kinds = upstreamKinds();
    const find = (apiVersion: string, kind: string) =>
      kinds.find((k) => k.apiVersion === apiVersion && k.kind === kind)?.source;
    expect(find("kafka.strimzi.io/v1", "Kafka")).toBe("strimzi/040-Crd-kafka.yaml");
    expect(find("kafka.strimzi.io/v1beta2", "Kafka")).toBe("strimzi-0.51.0/040-Crd-kafka.yaml");
    expect(find("sparkoperator.k8s.io/v1beta2", "ScheduledSparkApplication")).toBeDefined();
    expect(find("zookeeper.pravega.io/v1beta1", "ZookeeperCluster")).toBeDefined();
    expect(find("zookeeper.stackable.tech/v1alpha1", "ZookeeperCluster")).toBeDefined();
  });
});

describe("objects built with the generated lib/imports classes validate", () => {
  it("KafkaTopic.manifest (kafka.strimzi.io/v1), without a Chart", () => {
    const obj = KafkaTopic.manifest({
      metadata: { name: "t", labels: { "strimzi.io/cluster": "c" } },
      spec: { partitions: 3, replicas: 3, config: { "retention.ms": 604800000 } },
    });
    expect(obj.apiVersion).toBe("kafka.strimzi.io/v1");
    expect(obj.kind).toBe("KafkaTopic");
    expect(validateUpstream(obj)).toEqual({ ok: true, errors: [] });
  });

  it("KafkaTopic.manifest from the v1beta2 module", () => {
    const obj = strimziV1beta2.KafkaTopic.manifest({
      metadata: { name: "t" },
      spec: { partitions: 3, replicas: 3 },
    });
    expect(obj.apiVersion).toBe("kafka.strimzi.io/v1beta2");
    expect(validateUpstream(obj)).toEqual({ ok: true, errors: [] });
  });

  it("KafkaNodePool.manifest with enums and int-or-string quantities", () => {
    const obj = KafkaNodePool.manifest({
      metadata: { name: "broker", labels: { "strimzi.io/cluster": "c" } },
      spec: {
        replicas: 3,
        roles: [KafkaNodePoolSpecRoles.BROKER],
        storage: { type: KafkaNodePoolSpecStorageType.EPHEMERAL },
        resources: {
          limits: {
            cpu: KafkaNodePoolSpecResourcesLimits.fromNumber(1),
            memory: KafkaNodePoolSpecResourcesLimits.fromString("2Gi"),
          },
        },
      },
    });
    expect(obj.spec.resources.limits).toEqual({ cpu: 1, memory: "2Gi" });
    expect(validateUpstream(obj)).toEqual({ ok: true, errors: [] });
  });

  it("Pravega ZookeeperCluster and Stackable ZookeeperZnode manifests", () => {
    const zk = PravegaZookeeperCluster.manifest({ metadata: { name: "zk" }, spec: { replicas: 3 } });
    expect(zk.apiVersion).toBe("zookeeper.pravega.io/v1beta1");
    expect(validateUpstream(zk)).toEqual({ ok: true, errors: [] });
    const znode = ZookeeperZnode.manifest({ metadata: { name: "z" }, spec: { clusterRef: { name: "zk" } } });
    expect(znode.apiVersion).toBe("zookeeper.stackable.tech/v1alpha1");
    expect(validateUpstream(znode)).toEqual({ ok: true, errors: [] });
  });
});

// The Stackable providers (stackable-zookeeper, stackable-kafka, stackable-topic): what they emit, every
// custom resource checked strictly against the 26.7.0 CRDs; the ZNode wiring between a KafkaCluster and
// its ZooKeeper; the topic Job's exact command line, run under bash against stand-in Kafka tools; and
// health over statuses shaped like the operators (and the Job controller) write them.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { K8sObject } from "../../../lib/model/k8s-object.ts";
import type { Placement } from "../../../lib/model/placement.ts";
import type { Endpoints, RenderContext } from "../../../lib/model/render-context.ts";
import type { KafkaComponent, ModelBlueprint, TopicComponent } from "../../../lib/model/types.ts";
import { provider as stackableKafka } from "../../../lib/providers/stackable-kafka/index.ts";
import {
  checkStackableKafka,
  DEFAULT_VERSION as KAFKA_DEFAULT,
} from "../../../lib/providers/stackable-kafka/render.ts";
import { provider as stackableTopic } from "../../../lib/providers/stackable-topic/index.ts";
import { exactTopicPattern, SCRIPT } from "../../../lib/providers/stackable-topic/render.ts";
import { provider as stackableZookeeper } from "../../../lib/providers/stackable-zookeeper/index.ts";
import { blueprint, modelsOf, objectsOf, only } from "../../support/blueprints.ts";
import { stubContext } from "../../support/context.ts";
import { precompile, validateUpstream } from "../../support/upstream-schemas.ts";

// biome-ignore lint/suspicious/noExplicitAny: assertions walk the plain JSON of emitted objects
type Json = any;

beforeAll(() => {
  precompile("kafka.stackable.tech/v1alpha1", "KafkaCluster");
  precompile("zookeeper.stackable.tech/v1alpha1", "ZookeeperCluster");
  precompile("zookeeper.stackable.tech/v1alpha1", "ZookeeperZnode");
}, 240_000);

/** Custom resources validate strictly; the Job (a core kind) is checked later against a real API server. */
const expectValid = (objects: K8sObject[]) => {
  for (const o of objects.filter((x) => x.kind !== "Job")) {
    expect(validateUpstream(o), `${o.kind} ${o.metadata.name}`).toEqual({ ok: true, errors: [] });
  }
};

const ANYWHERE: Placement = { nodeSelector: {}, tolerations: [], affinity: {}, runtime: "container" };
const PLACED: Placement = {
  nodeSelector: { "tributary.dev/node-class": "data" },
  tolerations: [{ key: "tributary.dev/runtime", operator: "Equal", value: "systemd", effect: "NoSchedule" }],
  affinity: {
    podAntiAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: [
        { topologyKey: "kubernetes.io/hostname", labelSelector: { matchLabels: { app: "x" } } },
      ],
    },
  },
  runtime: "container",
};

function ctxOf(
  model: ModelBlueprint,
  options: { placement?: Placement; endpoints?: Endpoints } = {},
): RenderContext {
  return stubContext(model, {
    ...(options.placement ? { placement: options.placement } : {}),
    connect: () => ({ endpoints: options.endpoints ?? {}, objects: [] }),
  });
}

const ZK_MODE = blueprint(
  "shop",
  `
components:
  - name: zk
    zookeeper: {replicas: 5, storage: {size: 20Gi, class: local-ssd}, resources: {cpu: "1", memory: 2Gi}}
  - name: events
    operator: stackable
    kafka:
      zookeeper: zk
      brokers: {replicas: 3, storage: {size: 200Gi}}
  - name: orders
    topic: {partitions: 6, retention: 12h}
`,
);

describe("stackable-zookeeper: ZookeeperCluster and a ZNode per consumer", () => {
  const objects = objectsOf(ZK_MODE);
  const zk: Json = only(objects, "ZookeeperCluster", "shop-zk");

  it("writes the ensemble: role group default of servers, replicas, storage and resources", () => {
    expect(zk.apiVersion).toBe("zookeeper.stackable.tech/v1alpha1");
    expect(zk.spec.image).toEqual({ productVersion: "3.9.5" });
    expect(zk.spec.servers.roleGroups).toEqual({ default: { replicas: 5 } });
    expect(zk.spec.servers.config.resources).toEqual({
      cpu: { min: "1", max: "1" },
      memory: { limit: "2Gi" },
      storage: { data: { capacity: "20Gi", storageClass: "local-ssd" } },
    });
  });

  it("makes one ZookeeperZnode for the Kafka, named after it, on the cluster, emitted with the Kafka", () => {
    const znode: Json = only(objects, "ZookeeperZnode");
    expect(znode.metadata.name).toBe("shop-events-znode");
    expect(znode.spec).toEqual({ clusterRef: { name: "shop-zk", namespace: "streaming" } });
    // Emitted with its consumer: the Kafka's component labels and wave, after the ZooKeeper's.
    expect(znode.metadata.labels["tributary.dev/component"]).toBe("events");
    expect(znode.metadata.annotations["argocd.argoproj.io/sync-wave"]).toBe("1");
    expect(zk.metadata.annotations["argocd.argoproj.io/sync-wave"]).toBe("0");
  });

  it("connect() gives the ZNode's discovery ConfigMap (named like the ZNode)", () => {
    const [model] = modelsOf(ZK_MODE);
    const z = model!.components.find((c) => c.product === "zookeeper")!;
    const k = model!.components.find((c) => c.product === "kafka")!;
    const connected = stackableZookeeper.connect(z as never, k, ctxOf(model!), model!);
    expect(connected.endpoints).toEqual({
      discoveryConfigMap: "shop-events-znode",
      znode: "shop-events-znode",
    });
    expect(connected.objects.map((o) => o.metadata.name)).toEqual(["shop-events-znode"]);
    expect(stackableZookeeper.endpoints(z as never, model!)).toEqual({
      discoveryConfigMap: "shop-zk",
      namespace: "streaming",
    });
  });

  it("a Kafka in another namespace gets its ZNode in its own namespace, pointing at the cluster's", () => {
    const objs = objectsOf(
      blueprint("infra", "components:\n  - name: zk\n    zookeeper: {}", "platform"),
      blueprint(
        "shop",
        "components:\n  - name: events\n    operator: stackable\n    kafka: {zookeeper: platform/infra/zk}",
      ),
    );
    const znode: Json = only(objs, "ZookeeperZnode");
    expect(znode.metadata.namespace).toBe("streaming");
    expect(znode.spec.clusterRef).toEqual({ name: "infra-zk", namespace: "platform" });
    expect((only(objs, "KafkaCluster") as Json).spec.clusterConfig.zookeeperConfigMapName).toBe(
      znode.metadata.name,
    );
  });

  it("derives the servers' names with their limits", () => {
    const [model] = modelsOf(ZK_MODE);
    const z = model!.components.find((c) => c.product === "zookeeper")!;
    expect(stackableZookeeper.derivedNames(z as never, model!).map((n) => n.name)).toEqual([
      "shop-zk-server-default-headless",
      "shop-zk-server-default-metrics",
      "shop-zk-server-default-4",
      "shop-zk-server-default-0123456789",
    ]);
  });
});

describe("stackable-kafka: KafkaCluster", () => {
  it("ZooKeeper mode: zookeeperConfigMapName is the name of the ZNode made for this Kafka", () => {
    const objects = objectsOf(ZK_MODE);
    const kafka: Json = only(objects, "KafkaCluster", "shop-events");
    const znode = only(objects, "ZookeeperZnode");
    expect(kafka.spec.clusterConfig.zookeeperConfigMapName).toBe(znode.metadata.name);
    expect(kafka.spec.clusterConfig.metadataManager).toBe("zookeeper");
    expect(kafka.spec.controllers).toBeUndefined();
    expect(kafka.spec.image).toEqual({ productVersion: KAFKA_DEFAULT });
    expect(KAFKA_DEFAULT).toBe("3.9.2");
    expectValid(objects);
  });

  it("keeps the client listener plain unless a listener asks for TLS (serverSecretClass: null)", () => {
    const kafka: Json = only(objectsOf(ZK_MODE), "KafkaCluster");
    expect(kafka.spec.clusterConfig.tls).toEqual({ serverSecretClass: null });
  });

  it("writes brokers' replicas, storage, resources and replication defaults as broker.properties", () => {
    const kafka: Json = only(objectsOf(ZK_MODE), "KafkaCluster");
    expect(kafka.spec.brokers.roleGroups).toEqual({ default: { replicas: 3 } });
    expect(kafka.spec.brokers.config).toEqual({
      bootstrapListenerClass: "cluster-internal",
      brokerListenerClass: "cluster-internal",
      resources: {
        cpu: { min: "2", max: "2" },
        memory: { limit: "4Gi" },
        storage: { logDirs: { capacity: "200Gi" } },
      },
    });
    expect(kafka.spec.brokers.configOverrides["broker.properties"]).toEqual({
      "default.replication.factor": "3",
      "min.insync.replicas": "2",
      "offsets.topic.replication.factor": "3",
      "transaction.state.log.min.isr": "2",
      "transaction.state.log.replication.factor": "3",
    });
  });

  it("KRaft mode without a ZooKeeper: controllers next to brokers, metadataManager kraft", () => {
    const objects = objectsOf(
      blueprint(
        "shop",
        `
components:
  - name: events
    operator: stackable
    kafka:
      version: 4.2.1
      controllers: {replicas: 3, storage: {size: 5Gi, class: fast}}
      brokers: {replicas: 2}
      config: {min.insync.replicas: 2, log.retention.hours: 24}
`,
      ),
    );
    expect(objects.map((o) => o.kind)).toEqual(["KafkaCluster"]);
    const kafka: Json = objects[0];
    expect(kafka.spec.clusterConfig).toEqual({ metadataManager: "kraft", tls: { serverSecretClass: null } });
    expect(kafka.spec.controllers.roleGroups).toEqual({ default: { replicas: 3 } });
    expect(kafka.spec.controllers.config.resources.storage).toEqual({
      logDirs: { capacity: "5Gi", storageClass: "fast" },
    });
    expect(kafka.spec.brokers.configOverrides["broker.properties"]).toMatchObject({
      "default.replication.factor": "2",
      "min.insync.replicas": "2",
      "log.retention.hours": "24",
    });
    expectValid(objects);
  });

  it("the default version runs KRaft too (3.9.2 with metadataManager: kraft)", () => {
    const kafka: Json = only(
      objectsOf(blueprint("s", "components:\n  - name: k\n    operator: stackable\n    kafka: {}")),
      "KafkaCluster",
    );
    expect(kafka.spec.image.productVersion).toBe("3.9.2");
    expect(kafka.spec.clusterConfig.metadataManager).toBe("kraft");
    expect(kafka.spec.controllers).toBeDefined();
  });

  it("a TLS listener turns the server SecretClass on, and the endpoints move to 9093", () => {
    const [model] = modelsOf(
      blueprint(
        "s",
        "components:\n  - name: k\n    operator: stackable\n    kafka: {listeners: [{name: tls, port: 9093, type: internal, tls: true}]}",
      ),
    );
    const k = model!.components[0] as KafkaComponent;
    const kafka: Json = stackableKafka.render(k, ctxOf(model!))[0];
    expect(kafka.spec.clusterConfig.tls).toEqual({ serverSecretClass: "tls" });
    expect(stackableKafka.endpoints(k, model!)).toMatchObject({
      bootstrapServers: "s-k-broker-default-bootstrap.streaming.svc:9093",
      securityProtocol: "SSL",
    });
    expectValid([kafka]);
  });

  it("offers the bootstrap Service Stackable names, the discovery ConfigMap and the tools image", () => {
    const [model] = modelsOf(ZK_MODE);
    const k = model!.components.find((c) => c.product === "kafka") as KafkaComponent;
    expect(stackableKafka.endpoints(k, model!)).toEqual({
      bootstrapServers: "shop-events-broker-default-bootstrap.streaming.svc:9092",
      discoveryConfigMap: "shop-events",
      namespace: "streaming",
      securityProtocol: "PLAINTEXT",
      version: "3.9.2",
      toolsImage: "oci.stackable.tech/sdp/kafka:3.9.2-stackable26.7.0",
    });
    expect(stackableKafka.derivedNames(k, model!).map((n) => n.name)).toEqual([
      "shop-events-broker-default-bootstrap",
      "shop-events-broker-default-2-listener-broker",
      "shop-events-broker-default-headless",
      "shop-events-broker-default-0123456789",
    ]);
  });

  it("exposes the cluster outside Kubernetes when a listener is a load balancer or node port", () => {
    const classes = (type: string) => {
      const [model] = modelsOf(
        blueprint(
          "s",
          `components:\n  - name: k\n    operator: stackable\n    kafka: {listeners: [{name: x, port: 9092, type: ${type}}]}`,
        ),
      );
      const kafka: Json = stackableKafka.render(model!.components[0] as KafkaComponent, ctxOf(model!))[0];
      return [
        kafka.spec.brokers.config.bootstrapListenerClass,
        kafka.spec.brokers.config.brokerListenerClass,
      ];
    };
    expect(classes("loadbalancer")).toEqual(["external-stable", "external-unstable"]);
    expect(classes("nodeport")).toEqual(["external-unstable", "external-unstable"]);
    expect(classes("cluster-ip")).toEqual(["cluster-internal", "cluster-internal"]);
  });

  it("writes placement per role group: affinity with the node selector, tolerations through podOverrides", () => {
    const [model] = modelsOf(
      blueprint("s", "components:\n  - name: k\n    operator: stackable\n    kafka: {}"),
    );
    const kafka: Json = stackableKafka.render(
      model!.components[0] as KafkaComponent,
      ctxOf(model!, { placement: PLACED }),
    )[0];
    for (const role of ["brokers", "controllers"]) {
      expect(kafka.spec[role].roleGroups.default.config.affinity).toEqual({
        ...PLACED.affinity,
        nodeSelector: PLACED.nodeSelector,
      });
      expect(kafka.spec[role].roleGroups.default.podOverrides).toEqual({
        spec: { tolerations: PLACED.tolerations },
      });
    }
    expectValid([kafka]);
  });
});

describe("stackable-kafka: what a KafkaCluster cannot do, said before the apply (check)", () => {
  const [model] = modelsOf(
    blueprint("s", "components:\n  - name: k\n    operator: stackable\n    kafka: {}"),
  );
  const kafkaWith = (listeners: KafkaComponent["listeners"]): KafkaComponent => ({
    ...(model!.components[0] as KafkaComponent),
    listeners,
  });
  const plain = (port: number) => ({
    name: "plain",
    port,
    type: "internal" as const,
    tls: false,
    authentication: "none" as const,
  });
  const tls = (port: number) => ({
    name: "tls",
    port,
    type: "loadbalancer" as const,
    tls: true,
    authentication: "none" as const,
  });

  it("accepts the one client listener, plain on 9092 or TLS on 9093", () => {
    expect(checkStackableKafka(kafkaWith([plain(9092)]))).toEqual([]);
    expect(checkStackableKafka(kafkaWith([tls(9093)]))).toEqual([]);
  });

  it("rejects listeners that disagree on TLS, and ports Stackable does not use", () => {
    expect(checkStackableKafka(kafkaWith([plain(9092), tls(9093)]))).toEqual([
      {
        path: "/listeners/0/tls",
        message: "Stackable Kafka has a single client listener: TLS is on for every listener or for none",
      },
      {
        path: "/listeners/0/port",
        message: "Stackable Kafka serves clients on port 9093 (TLS); port 9092 cannot be chosen",
      },
    ]);
    expect(checkStackableKafka(kafkaWith([plain(9094)]))).toEqual([
      {
        path: "/listeners/0/port",
        message: "Stackable Kafka serves clients on port 9092; port 9094 cannot be chosen",
      },
    ]);
  });
});

describe("checks reach compile as Blueprint errors at the field", () => {
  it("a Stackable Kafka listener on another port fails to compile, pointing at the port", () => {
    expect(() =>
      modelsOf(
        blueprint(
          "s",
          "components:\n  - name: k\n    operator: stackable\n    kafka: {listeners: [{name: p, port: 9094, type: internal}]}",
        ),
      ),
    ).toThrow(/components\/0\/kafka\/listeners\/0\/port[\s\S]*port 9092; port 9094 cannot be chosen/);
  });

  it("a topic with more replicas than its Kafka's brokers fails to compile", () => {
    expect(() =>
      modelsOf(
        blueprint(
          "s",
          "components:\n  - name: k\n    operator: stackable\n    kafka: {brokers: {replicas: 1}}\n  - name: t\n    topic: {replicas: 2}",
        ),
      ),
    ).toThrow(/components\/1\/topic\/replicas[\s\S]*more than the 1 broker/);
  });
});

describe("stackable-topic: the Job that makes a topic", () => {
  const HOSTILE = "--delete.me_NOW-";
  const TEXT = blueprint(
    "shop",
    `
components:
  - name: events
    operator: stackable
    kafka: {brokers: {replicas: 3}}
  - name: hostile
    topic: {topicName: "${HOSTILE}", partitions: 12, replicas: 2, retention: 1h, config: {cleanup.policy: "compact,delete", min.insync.replicas: 1}}
`,
  );
  const [model] = modelsOf(TEXT);
  const topic = model!.components.find((c) => c.product === "topic") as TopicComponent;
  const objects = objectsOf(TEXT);
  const job: Json = only(objects, "Job");
  const container = job.spec.template.spec.containers[0];

  it("runs bash with the fixed script; the topic's values are arguments and environment, never script text", () => {
    expect(container.command).toEqual(["/bin/bash", "-c", SCRIPT, "topic"]);
    expect(SCRIPT).not.toContain(HOSTILE);
    expect(container.args).toEqual([
      "cleanup.policy=compact,delete",
      "min.insync.replicas=1",
      "retention.ms=3600000",
    ]);
    expect(container.env).toEqual([
      { name: "BOOTSTRAP_SERVERS", value: "shop-events-broker-default-bootstrap.streaming.svc:9092" },
      { name: "PARTITIONS", value: "12" },
      { name: "REPLICATION_FACTOR", value: "2" },
      { name: "SECURITY_PROTOCOL", value: "PLAINTEXT" },
      { name: "TOPIC", value: HOSTILE },
      { name: "TOPIC_PATTERN", value: "--delete\\.me_NOW-" },
      { name: "LOG_DIR", value: "/tmp/kafka-logs" },
    ]);
    expect(exactTopicPattern("a.b.c")).toBe("a\\.b\\.c");
  });

  it("uses Stackable's Kafka image of that Kafka's version", () => {
    expect(container.image).toBe("oci.stackable.tech/sdp/kafka:3.9.2-stackable26.7.0");
  });

  it("is restricted, with explicit resources, a backoff limit and no TTL", () => {
    expect(job.apiVersion).toBe("batch/v1");
    expect(job.spec.backoffLimit).toBe(8);
    expect(job.spec.ttlSecondsAfterFinished).toBeUndefined();
    const pod = job.spec.template.spec;
    expect(pod.restartPolicy).toBe("Never");
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(pod.securityContext).toEqual({
      runAsNonRoot: true,
      runAsUser: 1000,
      runAsGroup: 1000,
      seccompProfile: { type: "RuntimeDefault" },
    });
    expect(container.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      capabilities: { drop: ["ALL"] },
    });
    expect(container.resources).toEqual({
      requests: { cpu: "500m", memory: "512Mi" },
      limits: { cpu: "500m", memory: "512Mi" },
    });
    expect(container.volumeMounts).toEqual([{ name: "tmp", mountPath: "/tmp" }]);
    expect(pod.volumes).toEqual([{ name: "tmp", emptyDir: { sizeLimit: "64Mi" } }]);
  });

  it("is named after the topic and a digest of what it does: a changed topic is a new Job", () => {
    expect(job.metadata.name).toMatch(/^shop-hostile-[0-9a-f]{8}$/);
    const again = stackableTopic.render(topic, realConnect(model!));
    expect(again[0]!.metadata.name).toBe(job.metadata.name);
    const more = stackableTopic.render({ ...topic, partitions: 24 }, realConnect(model!));
    expect(more[0]!.metadata.name).not.toBe(job.metadata.name);
    expect(stackableTopic.derivedNames(topic, model!)).toEqual([
      { name: "shop-hostile-00000000", limit: 63, what: "Job that creates the topic" },
    ]);
  });

  it("against a TLS Kafka: SSL with the CA from the secret-operator", () => {
    const [tlsModel] = modelsOf(
      blueprint(
        "s",
        "components:\n  - name: k\n    operator: stackable\n    kafka: {listeners: [{name: tls, port: 9093, type: internal, tls: true}]}\n  - name: t\n    topic: {}",
      ),
    );
    const t = tlsModel!.components.find((c) => c.product === "topic") as TopicComponent;
    const j: Json = stackableTopic.render(t, realConnect(tlsModel!))[0];
    const c = j.spec.template.spec.containers[0];
    expect(c.env).toContainEqual({ name: "SECURITY_PROTOCOL", value: "SSL" });
    expect(c.env).toContainEqual({
      name: "BOOTSTRAP_SERVERS",
      value: "s-k-broker-default-bootstrap.streaming.svc:9093",
    });
    expect(c.volumeMounts).toContainEqual({ name: "tls", mountPath: "/stackable/tls", readOnly: true });
    expect(j.spec.template.spec.volumes[1].ephemeral.volumeClaimTemplate.metadata.annotations).toEqual({
      "secrets.stackable.tech/class": "tls",
      "secrets.stackable.tech/format": "tls-pem",
      "secrets.stackable.tech/scope": "pod",
    });
  });

  it("places the Job's pod like any other (role job)", () => {
    const j: Json = stackableTopic.render(topic, {
      ...realConnect(model!),
      placement: (_c, role) => (role === "job" ? PLACED : ANYWHERE),
    })[0];
    expect(j.spec.template.spec.nodeSelector).toEqual(PLACED.nodeSelector);
    expect(j.spec.template.spec.tolerations).toEqual(PLACED.tolerations);
    expect(j.spec.template.spec.affinity).toEqual(PLACED.affinity);
  });

  describe("the script, run by bash against stand-in kafka-topics.sh and kafka-configs.sh", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "trib-topic-"));
    const log = path.join(dir, "calls");
    // Each call is written as its words separated by NUL, one call per line.
    const stub = `#!/bin/bash
{ printf '%s' "$(basename "$0")"; printf '\\0%s' "$@"; printf '\\n'; } >>"$LOG"
for a in "$@"; do
  if [ "$a" = --describe ]; then
    printf 'Topic: %s\\tTopicId: abc\\tPartitionCount: %s\\tReplicationFactor: %s\\tConfigs: \\n' "$TOPIC" "$STUB_PARTITIONS" "$STUB_RF"
    printf '\\tTopic: %s\\tPartition: 0\\tLeader: 1\\tReplicas: 1\\tIsr: 1\\n' "$TOPIC"
  fi
done
`;
    for (const tool of ["kafka-topics.sh", "kafka-configs.sh"]) {
      writeFileSync(path.join(dir, tool), stub);
      chmodSync(path.join(dir, tool), 0o755);
    }
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const run = (existing: { partitions: number; rf: number }) => {
      writeFileSync(log, "");
      // A bare environment (HOME in the scratch directory): nothing of the user's shell setup is read.
      const env: Record<string, string> = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: dir, LOG: log };
      for (const e of container.env as { name: string; value: string }[]) env[e.name] = e.value;
      env.STUB_PARTITIONS = String(existing.partitions);
      env.STUB_RF = String(existing.rf);
      const script = (container.command[2] as string).replace("bin=/stackable/kafka/bin", `bin=${dir}`);
      const result = spawnSync("/bin/bash", ["-c", script, "topic", ...container.args], {
        env,
        encoding: "utf8",
        // stdin not a socket: bash would otherwise take itself for a remote shell and read ~/.bashrc.
        stdio: ["ignore", "pipe", "pipe"],
      });
      const calls = readFileSync(log, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => line.split("\0"));
      return { status: result.status, stderr: result.stderr, calls };
    };
    const BOOT = ["--bootstrap-server", "shop-events-broker-default-bootstrap.streaming.svc:9092"];

    it("creates the topic with its settings (the hostile name is --topic's argument), then sets its config", () => {
      const { status, calls, stderr } = run({ partitions: 12, rf: 2 });
      expect(stderr).toBe("");
      expect(status).toBe(0);
      expect(calls).toEqual([
        [
          "kafka-topics.sh",
          ...BOOT,
          "--create",
          "--if-not-exists",
          "--topic",
          HOSTILE,
          "--partitions",
          "12",
          "--replication-factor",
          "2",
          "--config",
          "cleanup.policy=compact,delete",
          "--config",
          "min.insync.replicas=1",
          "--config",
          "retention.ms=3600000",
        ],
        ["kafka-topics.sh", ...BOOT, "--describe", "--topic", "--delete\\.me_NOW-"],
        [
          "kafka-configs.sh",
          ...BOOT,
          "--entity-type",
          "topics",
          "--entity-name",
          HOSTILE,
          "--alter",
          "--add-config",
          "cleanup.policy=[compact,delete],min.insync.replicas=1,retention.ms=3600000",
        ],
      ]);
    });

    it("raises the partition count of an existing topic that has fewer", () => {
      const { status, calls } = run({ partitions: 4, rf: 2 });
      expect(status).toBe(0);
      expect(calls[2]).toEqual([
        "kafka-topics.sh",
        ...BOOT,
        "--alter",
        "--topic",
        "--delete\\.me_NOW-",
        "--partitions",
        "12",
      ]);
      expect(calls.map((c) => c[0])).toEqual([
        "kafka-topics.sh",
        "kafka-topics.sh",
        "kafka-topics.sh",
        "kafka-configs.sh",
      ]);
    });

    it("never lowers partitions nor changes replication: it says so and goes on", () => {
      const { status, calls, stderr } = run({ partitions: 48, rf: 3 });
      expect(status).toBe(0);
      expect(calls.some((c) => c.includes("--alter") && c[0] === "kafka-topics.sh")).toBe(false);
      expect(calls.some((c) => c.includes("--delete"))).toBe(false);
      expect(stderr).toContain(
        `topic ${HOSTILE} has 48 partitions, more than 12: partitions are never removed`,
      );
      expect(stderr).toContain("replication factor 3, not 2");
    });
  });
});

/** A context whose connect() asks the real Kafka provider, as synth does. */
function realConnect(model: ModelBlueprint): RenderContext {
  const ctx: RenderContext = {
    ...ctxOf(model),
    connect: (consumer, ref) => {
      const kafka = model.components.find((c) => c.name === ref.component) as KafkaComponent;
      return stackableKafka.connect(kafka, consumer, ctx, model);
    },
  };
  return ctx;
}

describe("every Stackable custom resource validates strictly, over a matrix of options", () => {
  const listenerSets = {
    plain: "[{name: plain, port: 9092, type: internal}]",
    tls: "[{name: tls, port: 9093, type: internal, tls: true}]",
    nodeport: "[{name: np, port: 9092, type: nodeport}]",
    loadbalancer: "[{name: lb, port: 9093, type: loadbalancer, tls: true}]",
  };
  const cases: [string, string, string, string][] = [];
  for (const mode of ["zookeeper", "kraft"]) {
    for (const storageClass of ["default", "fast"]) {
      for (const [name, listeners] of Object.entries(listenerSets))
        cases.push([mode, storageClass, name, listeners]);
    }
  }
  it.each(cases)("%s mode, storage class %s, listeners %s", (mode, storageClass, _name, listeners) => {
    const cls = storageClass === "default" ? "" : `, class: ${storageClass}`;
    const text = blueprint(
      "m",
      `
components:
  - name: zk
    zookeeper: {replicas: 1, storage: {size: 1Gi${cls}}}
  - name: k
    operator: stackable
    kafka:
      ${mode === "zookeeper" ? "zookeeper: zk" : "version: 4.2.1"}
      controllers: {replicas: 1, storage: {size: 1Gi${cls}}}
      brokers: {replicas: 1, storage: {size: 2Gi${cls}}, resources: {cpu: 250m, memory: 1Gi}}
      listeners: ${listeners}
  - name: t
    topic: {partitions: 2, topicName: "m.T_1"}
`,
    );
    const objects = objectsOf(text);
    expect(objects.map((o) => o.kind).sort()).toEqual(
      mode === "zookeeper"
        ? ["Job", "KafkaCluster", "ZookeeperCluster", "ZookeeperZnode"]
        : ["Job", "KafkaCluster", "ZookeeperCluster"],
    );
    expectValid(objects);
    const [model] = modelsOf(text);
    const zk = model!.components.find((c) => c.product === "zookeeper")!;
    const kafka = model!.components.find((c) => c.product === "kafka") as KafkaComponent;
    const placedCtx = { ...realConnect(model!), placement: () => PLACED };
    expectValid([
      ...stackableZookeeper.render(zk as never, placedCtx),
      ...stackableKafka.render(kafka, {
        ...placedCtx,
        connect: () => ({ endpoints: { discoveryConfigMap: "m-k-znode" }, objects: [] }),
      }),
    ]);
    const job: Json = only(objects, "Job");
    expect(job.spec.template.spec.containers[0].env[0]).toEqual({
      name: "BOOTSTRAP_SERVERS",
      value: `m-k-broker-default-bootstrap.streaming.svc:${listeners.includes("tls: true") ? 9093 : 9092}`,
    });
  });
});

describe("health of Stackable objects and of the topic Job", () => {
  const obj = (kind: string, status?: object): K8sObject => ({
    apiVersion: "kafka.stackable.tech/v1alpha1",
    kind,
    metadata: { name: "x", generation: 3 },
    ...(status ? { status } : {}),
  });
  const cond = (type: string, status: string, message?: string) => ({
    type,
    status,
    lastTransitionTime: "2026-07-01T00:00:00Z",
    ...(message ? { message } : {}),
  });
  const running = [
    cond("Available", "True", "All StatefulSet have the requested amount of ready replicas."),
    cond("ReconciliationPaused", "False", "The cluster is reconciled normally."),
    cond("Stopped", "False", "The cluster is running."),
  ];

  it("no status is Unknown, for every kind", () => {
    expect(stackableKafka.health(obj("KafkaCluster")).state).toBe("Unknown");
    expect(stackableZookeeper.health(obj("ZookeeperCluster")).state).toBe("Unknown");
    expect(stackableZookeeper.health(obj("ZookeeperZnode")).state).toBe("Unknown");
    expect(stackableTopic.health({ ...obj("Job"), apiVersion: "batch/v1" }).state).toBe("Unknown");
    expect(stackableKafka.health(obj("KafkaCluster", { conditions: [] })).state).toBe("Unknown");
  });

  it("Available is Ready, with the operator's message", () => {
    expect(stackableKafka.health(obj("KafkaCluster", { conditions: running }))).toEqual({
      state: "Ready",
      message: "All StatefulSet have the requested amount of ready replicas.",
    });
  });

  it("unavailable while StatefulSets lack ready replicas is Progressing; Degraded is Failed", () => {
    expect(
      stackableZookeeper.health(
        obj("ZookeeperCluster", {
          conditions: [
            cond("Available", "False", 'StatefulSet ["simple-zk-server-default"] missing ready replicas.'),
            ...running.slice(1),
          ],
        }),
      ),
    ).toEqual({
      state: "Progressing",
      message: 'StatefulSet ["simple-zk-server-default"] missing ready replicas.',
    });
    expect(
      stackableKafka.health(
        obj("KafkaCluster", { conditions: [...running, cond("Degraded", "True", "broker 2 down")] }),
      ),
    ).toEqual({ state: "Failed", message: "broker 2 down" });
  });

  it("paused or stopped clusters are Unknown: the spec is not being applied, or nothing runs", () => {
    const paused = [
      running[0]!,
      cond("ReconciliationPaused", "True", "The cluster reconciliation is paused."),
      running[2]!,
    ];
    expect(stackableKafka.health(obj("KafkaCluster", { conditions: paused }))).toEqual({
      state: "Unknown",
      message: "reconciliation paused: The cluster reconciliation is paused.",
    });
    const stopped = [
      cond("Available", "False", "x"),
      running[1]!,
      cond("Stopped", "True", "The cluster is stopped."),
    ];
    expect(stackableKafka.health(obj("KafkaCluster", { conditions: stopped })).state).toBe("Unknown");
  });

  it("a ZNode is Ready once the operator has written its path", () => {
    expect(stackableZookeeper.health(obj("ZookeeperZnode", { znodePath: "/znode-1234" }))).toEqual({
      state: "Ready",
      message: "ZNode /znode-1234 created",
    });
  });

  it("Job: Complete is Ready, Failed carries the controller's reason, running is Progressing", () => {
    const job = (status: object): K8sObject => ({ ...obj("Job"), apiVersion: "batch/v1", status });
    expect(
      stackableTopic.health(
        job({ succeeded: 1, conditions: [cond("SuccessCriteriaMet", "True"), cond("Complete", "True")] }),
      ).state,
    ).toBe("Ready");
    expect(
      stackableTopic.health(
        job({
          failed: 9,
          conditions: [
            {
              ...cond("Failed", "True", "Job has reached the specified backoff limit"),
              reason: "BackoffLimitExceeded",
            },
          ],
        }),
      ),
    ).toEqual({
      state: "Failed",
      message: "BackoffLimitExceeded: Job has reached the specified backoff limit",
    });
    expect(stackableTopic.health(job({ active: 1, failed: 2, startTime: "2026-07-01T00:00:00Z" }))).toEqual({
      state: "Progressing",
      message: "running (1 active, 2 failed attempts)",
    });
  });
});

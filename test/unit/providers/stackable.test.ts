import { beforeAll, describe, expect, it } from "vitest";
import type { KafkaComponent } from "../../../lib/model/types.ts";
import { connectTo } from "../../../lib/providers/registry.ts";
import { checkStackableKafka } from "../../../lib/providers/stackable-kafka/check.ts";
import { provider as stackableKafka } from "../../../lib/providers/stackable-kafka/index.ts";
import { DEFAULT_VERSION as KAFKA_DEFAULT } from "../../../lib/providers/stackable-kafka/versions.ts";
import { provider as stackableZookeeper } from "../../../lib/providers/stackable-zookeeper/index.ts";
import { blueprint, modelsOf, objectsOf, only } from "../../support/blueprints.ts";
import {
  ctxOf,
  expectValid,
  type Json,
  PLACED,
  precompileStackable,
  realConnect,
  ZK_MODE,
} from "../../support/stackable.ts";

beforeAll(precompileStackable, 240_000);

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
    const connected = connectTo(z as never, k, ctxOf(model!), model!);
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
      bootstrapServers: "s-k-broker-default-bootstrap.streaming.svc.cluster.local:9093",
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
      // Under TLS, the certificate's name: fully qualified with the cluster domain (secret-operator).
      value: listeners.includes("tls: true")
        ? "m-k-broker-default-bootstrap.streaming.svc.cluster.local:9093"
        : "m-k-broker-default-bootstrap.streaming.svc:9092",
    });
  });
});

// The Strimzi Kafka provider: what it emits for a Kafka component in both Strimzi APIs (v1 of Strimzi
// 1.2.0, v1beta2 of Strimzi 0.51.0); the names and endpoints it derives; what Strimzi would reject after
// the apply, said before (check). KafkaUser and KafkaTopic: strimzi-user-topic.test.ts; health:
// strimzi-health.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import type { KafkaComponent } from "../../../lib/model/types.ts";
import { connectTo } from "../../../lib/providers/registry.ts";
import { checkStrimziKafka } from "../../../lib/providers/strimzi-kafka/check.ts";
import { provider as strimziKafka } from "../../../lib/providers/strimzi-kafka/index.ts";
import {
  DEFAULT_VERSION,
  defaultVersionFor,
  V1BETA2_DEFAULT_VERSION,
} from "../../../lib/providers/strimzi-kafka/versions.ts";
import { blueprint, modelsOf, objectsOf, only } from "../../support/blueprints.ts";
import {
  checkedShop,
  ctxOf,
  expectValid,
  type Json,
  kafkaOf,
  PLACED,
  precompileStrimzi,
} from "../../support/strimzi.ts";
import { validateUpstream } from "../../support/upstream-schemas.ts";

beforeAll(precompileStrimzi, 240_000);

describe("strimzi-kafka: Kafka and node pools", () => {
  const objects = objectsOf(
    blueprint(
      "shop",
      `
components:
  - name: events
    kafka:
      controllers: {replicas: 3, storage: {size: 20Gi, class: fast-ssd}}
      brokers: {replicas: 5, storage: {size: 500Gi}, resources: {cpu: "4", memory: 16Gi}}
      listeners:
        - {name: plain, port: 9092, type: internal}
        - {name: tls, port: 9093, type: internal, tls: true}
      config: {min.insync.replicas: 3, auto.create.topics.enable: false}
`,
    ),
  );
  const kafka: Json = only(objects, "Kafka", "shop-events");
  const controllers: Json = only(objects, "KafkaNodePool", "shop-events-controllers");
  const brokers: Json = only(objects, "KafkaNodePool", "shop-events-brokers");

  it("emits exactly a Kafka and two node pools, in kafka.strimzi.io/v1 by default, all valid", () => {
    expect(objects.map((o) => `${o.apiVersion} ${o.kind}/${o.metadata.name}`).sort()).toEqual([
      "kafka.strimzi.io/v1 Kafka/shop-events",
      "kafka.strimzi.io/v1 KafkaNodePool/shop-events-brokers",
      "kafka.strimzi.io/v1 KafkaNodePool/shop-events-controllers",
    ]);
    expectValid(objects);
  });

  it("gives each pool one KRaft role, its replicas, a JBOD persistent claim with kraftMetadata: shared", () => {
    expect(controllers.spec.roles).toEqual(["controller"]);
    expect(brokers.spec.roles).toEqual(["broker"]);
    expect(controllers.spec.replicas).toBe(3);
    expect(brokers.spec.replicas).toBe(5);
    expect(controllers.spec.storage).toEqual({
      type: "jbod",
      volumes: [
        {
          id: 0,
          type: "persistent-claim",
          size: "20Gi",
          class: "fast-ssd",
          deleteClaim: false,
          kraftMetadata: "shared",
        },
      ],
    });
    // No class: the cluster's default StorageClass (the field is absent, not empty).
    expect(brokers.spec.storage.volumes).toEqual([
      { id: 0, type: "persistent-claim", size: "500Gi", deleteClaim: false, kraftMetadata: "shared" },
    ]);
  });

  it("labels the pools with their cluster, and sets requests equal to limits", () => {
    for (const pool of [controllers, brokers])
      expect(pool.metadata.labels["strimzi.io/cluster"]).toBe("shop-events");
    expect(brokers.spec.resources).toEqual({
      requests: { cpu: "4", memory: "16Gi" },
      limits: { cpu: "4", memory: "16Gi" },
    });
    expect(controllers.spec.resources.requests).toEqual(controllers.spec.resources.limits);
  });

  it("adds Tributary's common labels and wave annotation (synth), data-bearing ones kept from pruning", () => {
    for (const o of objects) {
      expect(o.metadata.labels).toMatchObject({
        "app.kubernetes.io/managed-by": "tributary",
        "tributary.dev/blueprint": "shop",
        "tributary.dev/component": "events",
      });
      expect(o.metadata.annotations).toMatchObject({ "argocd.argoproj.io/sync-wave": "0" });
      expect(o.metadata.namespace).toBe("streaming");
    }
  });

  it("writes the Blueprint's listeners, the default Kafka version and the entity operator", () => {
    expect(kafka.spec.kafka.version).toBe(DEFAULT_VERSION);
    expect(DEFAULT_VERSION).toBe("4.3.1");
    expect(kafka.spec.kafka.listeners).toEqual([
      { name: "plain", port: 9092, type: "internal", tls: false },
      { name: "tls", port: 9093, type: "internal", tls: true },
    ]);
    expect(kafka.spec.entityOperator).toEqual({ topicOperator: {}, userOperator: {} });
    // No authentication asked for: no authorization either (ACLs need a principal).
    expect(kafka.spec.kafka.authorization).toBeUndefined();
    expect(kafka.spec.kafka.metadataVersion).toBeUndefined();
  });

  it("sizes replication defaults to the brokers, and the Blueprint's config wins", () => {
    expect(kafka.spec.kafka.config).toEqual({
      "offsets.topic.replication.factor": 3,
      "transaction.state.log.replication.factor": 3,
      "transaction.state.log.min.isr": 2,
      "default.replication.factor": 3,
      "min.insync.replicas": 3,
      "auto.create.topics.enable": false,
    });
  });

  it.each([
    [1, 1, 1],
    [2, 2, 1],
    [3, 3, 2],
    [7, 3, 2],
  ])("with %i broker(s): replication factor %i, min ISR %i", (n, rf, isr) => {
    const k: Json = only(
      objectsOf(blueprint("rf", `components:\n  - name: k\n    kafka: {brokers: {replicas: ${n}}}`)),
      "Kafka",
    );
    expect(k.spec.kafka.config).toEqual({
      "offsets.topic.replication.factor": rf,
      "transaction.state.log.replication.factor": rf,
      "transaction.state.log.min.isr": isr,
      "default.replication.factor": rf,
      "min.insync.replicas": isr,
    });
  });

  it("deletes the pools' claims with the cluster only when the component's deletionPolicy is Delete", () => {
    const objs = objectsOf(
      blueprint("tmp", "components:\n  - name: k\n    deletionPolicy: Delete\n    kafka: {}"),
    );
    for (const pool of objs.filter((o) => o.kind === "KafkaNodePool")) {
      expect((pool as Json).spec.storage.volumes[0].deleteClaim).toBe(true);
    }
  });

  it("writes placement into the pool's pod template; the node selector becomes required node affinity", () => {
    const [model] = modelsOf(blueprint("shop", "components:\n  - name: events\n    kafka: {}"));
    const objs = strimziKafka.render(kafkaOf(model!), ctxOf(model!, { placement: PLACED }));
    const pool: Json = only(objs, "KafkaNodePool", "shop-events-brokers");
    expect(pool.spec.template.pod.tolerations).toEqual(PLACED.tolerations);
    expect(
      pool.spec.template.pod.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution,
    ).toEqual({
      nodeSelectorTerms: [
        {
          matchExpressions: [
            { key: "kubernetes.io/arch", operator: "In", values: ["amd64"] },
            { key: "tributary.dev/node-class", operator: "In", values: ["data"] },
          ],
        },
      ],
    });
    expect(pool.spec.template.pod.affinity.podAntiAffinity).toEqual(PLACED.affinity.podAntiAffinity);
    expect(pool.spec.template.pod.nodeSelector).toBeUndefined();
    expectValid(objs);
  });
});

describe("strimzi-kafka: kafka.strimzi.io/v1beta2 (Strimzi <= 0.51)", () => {
  const objects = objectsOf(
    blueprint(
      "legacy",
      `
strimziApiVersion: v1beta2
components:
  - name: events
    kafka:
      version: "${V1BETA2_DEFAULT_VERSION}"
      brokers: {replicas: 3, storage: {size: 100Gi, class: standard}}
  - name: orders
    topic: {partitions: 12, retention: 2d}
`,
    ),
  );

  it("emits every object in v1beta2, valid against Strimzi 0.51.0's CRDs", () => {
    expect(objects.map((o) => o.apiVersion)).toEqual(objects.map(() => "kafka.strimzi.io/v1beta2"));
    expect(objects.map((o) => o.kind).sort()).toEqual([
      "Kafka",
      "KafkaNodePool",
      "KafkaNodePool",
      "KafkaTopic",
    ]);
    expectValid(objects);
  });

  it("v1 objects are not v1beta2 ones: the same Kafka under the other apiVersion is checked by that schema", () => {
    const kafka = only(objects, "Kafka");
    expect(validateUpstream({ ...kafka, apiVersion: "kafka.strimzi.io/v1" }).ok).toBe(true);
    // v1beta2's ZooKeeper section is gone from v1: the schemas differ, and each object is checked by its own.
    const withZk = {
      ...kafka,
      spec: { ...(kafka.spec as object), zookeeper: { replicas: 3, storage: { type: "ephemeral" } } },
    };
    expect(validateUpstream(withZk).ok).toBe(true);
    expect(validateUpstream({ ...withZk, apiVersion: "kafka.strimzi.io/v1" }).ok).toBe(false);
  });

  it("annotates the Kafka for KRaft with node pools (read by Strimzi 0.46-0.47, harmless after)", () => {
    expect(only(objects, "Kafka").metadata.annotations).toMatchObject({
      "strimzi.io/kraft": "enabled",
      "strimzi.io/node-pools": "enabled",
    });
  });

  it("picks a Kafka that Strimzi 0.51 runs when the Blueprint names none (for normalize)", () => {
    expect(defaultVersionFor("v1beta2")).toBe("4.2.0");
    expect(defaultVersionFor("v1")).toBe("4.3.1");
    expect(strimziKafka.defaultVersion({ strimziApiVersion: "v1" })).toBe("4.3.1");
    expect(strimziKafka.defaultVersion({ strimziApiVersion: "v1beta2" })).toBe("4.2.0");
    const [model] = modelsOf(
      blueprint("shop", "strimziApiVersion: v1beta2\ncomponents:\n  - name: events\n    kafka: {}"),
    );
    expect((model!.components[0] as KafkaComponent).version).toBe("4.2.0");
  });
});

describe("strimzi-kafka: names and endpoints", () => {
  const modelWith = (listeners: string, name = "events") =>
    modelsOf(
      blueprint("shop", `components:\n  - name: ${name}\n    kafka:\n      listeners:\n${listeners}`),
    )[0]!;

  it("bootstrapServers is the bootstrap Service of the first plain internal listener, with its port", () => {
    const model = modelWith(
      "        - {name: tls, port: 9093, type: internal, tls: true}\n        - {name: plain, port: 9094, type: internal}",
    );
    expect(strimziKafka.endpoints(kafkaOf(model), model)).toEqual({
      cluster: "shop-events",
      namespace: "streaming",
      strimziApiVersion: "v1",
      bootstrapServers: "shop-events-kafka-bootstrap.streaming.svc:9094",
      securityProtocol: "PLAINTEXT",
    });
  });

  it("falls back to the TLS internal listener, then to a cluster-ip listener's own bootstrap Service", () => {
    const tls = modelWith("        - {name: tls, port: 9093, type: internal, tls: true}");
    expect(strimziKafka.endpoints(kafkaOf(tls), tls)).toMatchObject({
      bootstrapServers: "shop-events-kafka-bootstrap.streaming.svc:9093",
      securityProtocol: "SSL",
      clusterCaSecret: "shop-events-cluster-ca-cert",
    });
    const ip = modelWith("        - {name: clients, port: 9095, type: cluster-ip}");
    expect(strimziKafka.endpoints(kafkaOf(ip), ip).bootstrapServers).toBe(
      "shop-events-kafka-clients-bootstrap.streaming.svc:9095",
    );
  });

  it("derives the longest names: pod names of each pool at the highest node id, per-broker Services", () => {
    const model = modelWith("        - {name: external, port: 9094, type: loadbalancer}");
    const names = strimziKafka.derivedNames(kafkaOf(model), model);
    expect(names.every((n) => n.limit === 63)).toBe(true);
    expect(names.map((n) => n.name)).toEqual(
      expect.arrayContaining([
        "shop-events-kafka-bootstrap",
        "shop-events-controllers-5",
        "shop-events-brokers-5",
        "shop-events-kafka-external-bootstrap",
        "shop-events-brokers-external-5",
      ]),
    );
  });

  it("a name whose pods would not fit 63 characters is rejected at compile time, pointing at the component", () => {
    expect(() =>
      modelsOf(
        blueprint(
          "a-rather-long-blueprint-name",
          "components:\n  - name: event-stream-cluster\n    kafka: {}",
        ),
      ),
    ).toThrow(/name-too-long|at most 63/);
  });

  it("connects a topic with endpoints only, naming the Kafka's namespace from the topic's reference", () => {
    const models = modelsOf(
      blueprint("infra", "components:\n  - name: events\n    kafka: {}", "platform"),
      blueprint("shop", "components:\n  - name: orders\n    topic: {kafka: platform/infra/events}"),
    );
    const infra = models.find((m) => m.name === "infra")!;
    const shop = models.find((m) => m.name === "shop")!;
    const topic = shop.components[0]!;
    const connected = connectTo(kafkaOf(infra), topic, ctxOf(shop), infra);
    expect(connected.objects).toEqual([]);
    expect(connected.endpoints).toMatchObject({
      cluster: "infra-events",
      namespace: "platform",
      bootstrapServers: "infra-events-kafka-bootstrap.platform.svc:9092",
    });
  });
});

describe("what Strimzi would reject after the apply, said before (check)", () => {
  // Valid as written; the offending values are set below (compile would reject them, which is the point).
  const model = checkedShop();
  const k: KafkaComponent = {
    ...kafkaOf(model),
    listeners: [
      { name: "plain", port: 9092, type: "internal", tls: false, authentication: "none" },
      { name: "plain", port: 9999, type: "internal", tls: false, authentication: "none" },
      { name: "other", port: 9092, type: "cluster-ip", tls: false, authentication: "none" },
    ],
  };

  it("listeners sharing a name or a port, or on a port Strimzi keeps (ListenersValidator)", () => {
    expect(checkStrimziKafka(k, model)).toEqual([
      {
        path: "/listeners/1/name",
        message: "listener name plain is used twice (also listeners[0]); every listener needs a unique name",
      },
      { path: "/listeners/1/port", message: "port 9999 is reserved by Strimzi (9404 metrics, 9999 JMX)" },
      {
        path: "/listeners/2/port",
        message: "port 9092 is used by two listeners (also listeners[0]); every listener needs a unique port",
      },
    ]);
  });

  it("tls authentication on a listener without TLS (ListenersValidator.validateTlsFeaturesOnNonTlsListener)", () => {
    const listener = { name: "mtls", port: 9093, type: "internal" as const, authentication: "tls" as const };
    expect(checkStrimziKafka({ ...k, listeners: [{ ...listener, tls: false }] }, model)).toEqual([
      {
        path: "/listeners/0/authentication",
        code: "tls-authentication-without-tls",
        message: "listener mtls cannot use tls authentication with TLS encryption disabled",
        hint: "set `tls: true` on the listener, or use `authentication: scram-sha-512`",
      },
    ]);
    expect(checkStrimziKafka({ ...k, listeners: [{ ...listener, tls: true }] }, model)).toEqual([]);
    // SCRAM needs no TLS, and two listeners of one type are fine (Strimzi has no such rule).
    const scram = { ...listener, tls: false, authentication: "scram-sha-512" as const };
    const two = [scram, { ...scram, name: "other", port: 9094 }];
    expect(checkStrimziKafka({ ...k, listeners: two }, model)).toEqual([]);
  });

  it("a Kafka version the targeted Strimzi line does not run", () => {
    const ok = { ...k, listeners: [k.listeners[0]!] };
    expect(checkStrimziKafka(ok, model)).toEqual([]);
    expect(checkStrimziKafka({ ...ok, version: "3.9.1" }, model)).toEqual([
      {
        path: "/version",
        code: "unsupported-version",
        message: "Strimzi 1.2.0 (kafka.strimzi.io/v1) does not run Kafka 3.9.1",
        hint: "Strimzi 1.2.0 (kafka.strimzi.io/v1) supports Kafka 4.2.0, 4.2.1, 4.3.0, 4.3.1",
      },
    ]);
    // kafka-versions.yaml lists exact versions, not lines: 4.3.2 is not one of 1.2.0's.
    expect(checkStrimziKafka({ ...ok, version: "4.3.2" }, model)).toHaveLength(1);
    const legacy = { ...model, strimziApiVersion: "v1beta2" as const };
    expect(checkStrimziKafka({ ...ok, version: "4.2.0" }, legacy)).toEqual([]);
    expect(checkStrimziKafka({ ...ok, version: "4.1.1" }, legacy)).toEqual([]);
    expect(checkStrimziKafka({ ...ok, version: "4.3.1" }, legacy)).toEqual([
      {
        path: "/version",
        code: "unsupported-version",
        message: "Strimzi 0.51.0 (kafka.strimzi.io/v1beta2) does not run Kafka 4.3.1",
        hint: "Strimzi 0.51.0 (kafka.strimzi.io/v1beta2) supports Kafka 4.1.0, 4.1.1, 4.2.0",
      },
    ]);
    expect(checkStrimziKafka({ ...ok, version: "4.2.1" }, legacy)).toHaveLength(1);
  });
});

describe("Strimzi checks reach compile as Blueprint errors at the field", () => {
  it("a listener on a port Strimzi reserves", () => {
    expect(() =>
      modelsOf(
        blueprint(
          "s",
          "components:\n  - name: k\n    kafka: {listeners: [{name: p, port: 9404, type: internal}]}",
        ),
      ),
    ).toThrow(/components\/0\/kafka\/listeners\/0\/port[\s\S]*reserved by Strimzi/);
  });

  it("a v1beta2 Blueprint naming a Kafka that Strimzi 0.51 does not run", () => {
    expect(() =>
      modelsOf(
        blueprint("s", "strimziApiVersion: v1beta2\ncomponents:\n  - name: k\n    kafka: {version: 4.3.1}"),
      ),
    ).toThrow(
      /error\[unsupported-version\] \/spec\/components\/0\/kafka\/version: Strimzi 0.51.0 \(kafka.strimzi.io\/v1beta2\) does not run Kafka 4.3.1\n\s*hint: Strimzi 0.51.0 \(kafka.strimzi.io\/v1beta2\) supports Kafka 4.1.0, 4.1.1, 4.2.0/,
    );
  });
});

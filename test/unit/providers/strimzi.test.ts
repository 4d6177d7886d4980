// The Strimzi providers (strimzi-kafka, strimzi-topic): what they emit for Kafka and topic components in
// both Strimzi APIs (v1 of Strimzi 1.2.0, v1beta2 of Strimzi 0.51.0), every object checked strictly
// against those CRDs; the names and endpoints they derive; the KafkaUser of a streamlet on an
// authenticated listener; and health over statuses shaped like the operators write them.
import { beforeAll, describe, expect, it } from "vitest";
import type { K8sObject } from "../../../lib/model/k8s-object.ts";
import type { Placement } from "../../../lib/model/placement.ts";
import type { RenderContext, Wiring } from "../../../lib/model/render-context.ts";
import type {
  KafkaComponent,
  ModelBlueprint,
  StreamletComponent,
  TopicComponent,
} from "../../../lib/model/types.ts";
import { checkTopic } from "../../../lib/providers/shared/kafka.ts";
import { provider as strimziKafka } from "../../../lib/providers/strimzi-kafka/index.ts";
import {
  aclsOf,
  checkStrimziKafka,
  DEFAULT_VERSION,
  defaultVersionFor,
  V1BETA2_DEFAULT_VERSION,
} from "../../../lib/providers/strimzi-kafka/render.ts";
import { provider as strimziTopic } from "../../../lib/providers/strimzi-topic/index.ts";
import { blueprint, modelsOf, objectsOf, only } from "../../support/blueprints.ts";
import { stubContext } from "../../support/context.ts";
import { precompile, validateUpstream } from "../../support/upstream-schemas.ts";

// biome-ignore lint/suspicious/noExplicitAny: assertions walk the plain JSON of emitted objects
type Json = any;

const KINDS = ["Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser"];

beforeAll(() => {
  // The Kafka CRDs are large: compile their validators once, up front.
  for (const v of ["v1", "v1beta2"]) for (const kind of KINDS) precompile(`kafka.strimzi.io/${v}`, kind);
}, 240_000);

const expectValid = (objects: K8sObject[]) => {
  for (const o of objects)
    expect(validateUpstream(o), `${o.kind} ${o.metadata.name}`).toEqual({ ok: true, errors: [] });
};

const PLACED: Placement = {
  nodeSelector: { "tributary.dev/node-class": "data" },
  tolerations: [{ key: "tributary.dev/runtime", operator: "Equal", value: "systemd", effect: "NoSchedule" }],
  affinity: {
    nodeAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [
          { matchExpressions: [{ key: "kubernetes.io/arch", operator: "In", values: ["amd64"] }] },
        ],
      },
    },
    podAntiAffinity: {
      preferredDuringSchedulingIgnoredDuringExecution: [
        { weight: 100, podAffinityTerm: { topologyKey: "kubernetes.io/hostname", labelSelector: {} } },
      ],
    },
  },
  runtime: "container",
};
const NO_WIRING: Wiring = { bootstrapServers: "", consumerGroup: "", inlets: [], outlets: [], env: {} };

function ctxOf(
  model: ModelBlueprint,
  options: { wiring?: Wiring; placement?: Placement } = {},
): RenderContext {
  return stubContext(model, options);
}

const kafkaOf = (model: ModelBlueprint, name = "events") =>
  model.components.find((c) => c.name === name) as KafkaComponent;

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
    const connected = strimziKafka.connect(kafkaOf(infra), topic, ctxOf(shop), infra);
    expect(connected.objects).toEqual([]);
    expect(connected.endpoints).toMatchObject({
      cluster: "infra-events",
      namespace: "platform",
      bootstrapServers: "infra-events-kafka-bootstrap.platform.svc:9092",
    });
  });
});

describe("strimzi-kafka: KafkaUser of a streamlet on an authenticated listener", () => {
  const WIRING: Wiring = {
    bootstrapServers: "ignored",
    consumerGroup: "streaming.shop.enrich",
    inlets: [
      { port: "orders", topic: "shop.orders", fingerprint: "sha256:a" },
      { port: "audit", topic: "shop.audit", fingerprint: "sha256:b" },
    ],
    outlets: [
      { port: "enriched", topic: "shop.enriched", fingerprint: "sha256:c" },
      { port: "replay", topic: "shop.orders", fingerprint: "sha256:d" },
    ],
    env: {},
  };
  const [model] = modelsOf(
    blueprint(
      "shop",
      `
components:
  - name: events
    kafka:
      listeners:
        - {name: plain, port: 9092, type: internal}
        - {name: secure, port: 9093, type: internal, tls: true}
  - name: enrich
    streamlet: {image: "registry.example/enrich:1.0"}
`,
    ),
  );
  /** The Model once listeners can ask for client authentication (proposed schema addition). */
  const secured = (auth: "tls" | "scram-sha-512"): KafkaComponent => {
    const k = kafkaOf(model!);
    return {
      ...k,
      listeners: k.listeners.map((l) => (l.name === "secure" ? { ...l, authentication: auth } : l)),
    };
  };
  const streamlet = model!.components.find((c) => c.name === "enrich") as StreamletComponent;

  it("derives least-privilege ACLs from the wiring", () => {
    expect(aclsOf(WIRING)).toEqual([
      { resource: { type: "topic", name: "shop.audit" }, operations: ["Describe", "Read"] },
      { resource: { type: "topic", name: "shop.enriched" }, operations: ["Describe", "Write"] },
      { resource: { type: "topic", name: "shop.orders" }, operations: ["Describe", "Read", "Write"] },
      { resource: { type: "group", name: "streaming.shop.enrich" }, operations: ["Read"] },
    ]);
    expect(aclsOf({ ...WIRING, inlets: [] }).some((a) => a.resource.type === "group")).toBe(false);
  });

  it("no authentication on the Kafka: no KafkaUser (its ACLs would not be enforced)", () => {
    const connected = strimziKafka.connect(
      kafkaOf(model!),
      streamlet,
      ctxOf(model!, { wiring: WIRING }),
      model!,
    );
    expect(connected.objects).toEqual([]);
  });

  it.each(["v1", "v1beta2"] as const)(
    "with TLS client authentication (%s): a valid KafkaUser, simple authorization on the Kafka",
    (api) => {
      const m = { ...model!, strimziApiVersion: api };
      const k = secured("tls");
      const connected = strimziKafka.connect(k, streamlet, ctxOf(m, { wiring: WIRING }), m);
      const user: Json = only(connected.objects, "KafkaUser", "shop-enrich");
      expect(user.apiVersion).toBe(`kafka.strimzi.io/${api}`);
      expect(user.metadata).toEqual({
        name: "shop-enrich",
        namespace: "streaming",
        labels: { "strimzi.io/cluster": "shop-events" },
      });
      expect(user.spec.authentication).toEqual({ type: "tls" });
      expect(user.spec.authorization.type).toBe("simple");
      expect(user.spec.authorization.acls[0]).toEqual({
        resource: { type: "topic", name: "shop.audit", patternType: "literal" },
        operations: ["Describe", "Read"],
      });
      expect(connected.endpoints).toMatchObject({
        bootstrapServers: "shop-events-kafka-bootstrap.streaming.svc:9093",
        securityProtocol: "SSL",
        user: "shop-enrich",
        userSecret: "shop-enrich",
      });
      expectValid(connected.objects);
      const kafkaObjects = strimziKafka.render(k, ctxOf(m));
      const kafka: Json = only(kafkaObjects, "Kafka");
      expect(kafka.spec.kafka.authorization).toEqual({ type: "simple" });
      expect(kafka.spec.kafka.listeners[1].authentication).toEqual({ type: "tls" });
      expectValid(kafkaObjects);
    },
  );

  it("with SCRAM-SHA-512: a SCRAM user, SASL endpoints", () => {
    const connected = strimziKafka.connect(
      secured("scram-sha-512"),
      streamlet,
      ctxOf(model!, { wiring: WIRING }),
      model!,
    );
    const user: Json = only(connected.objects, "KafkaUser");
    expect(user.spec.authentication).toEqual({ type: "scram-sha-512" });
    expect(connected.endpoints).toMatchObject({
      securityProtocol: "SASL_SSL",
      saslMechanism: "SCRAM-SHA-512",
    });
    expectValid(connected.objects);
  });

  it('a listener whose authentication is "none" authenticates nobody: no user, no authorization', () => {
    const k = kafkaOf(model!);
    const open: KafkaComponent = {
      ...k,
      listeners: k.listeners.map((l) => ({ ...l, authentication: "none" as const })),
    };
    expect(strimziKafka.connect(open, streamlet, ctxOf(model!, { wiring: WIRING }), model!).objects).toEqual(
      [],
    );
    const kafka: Json = only(strimziKafka.render(open, ctxOf(model!)), "Kafka");
    expect(kafka.spec.kafka.authorization).toBeUndefined();
    expect(kafka.spec.kafka.listeners.every((l: Json) => l.authentication === undefined)).toBe(true);
  });

  it("a topic consumer of an authenticated Kafka gets no user", () => {
    const [m] = modelsOf(
      blueprint("shop", "components:\n  - name: events\n    kafka: {}\n  - name: t\n    topic: {}"),
    );
    const topic = m!.components.find((c) => c.product === "topic")!;
    expect(strimziKafka.connect(secured("tls"), topic, ctxOf(m!), m!).objects).toEqual([]);
  });
});

describe("strimzi-topic: KafkaTopic", () => {
  const objects = objectsOf(
    blueprint(
      "shop",
      `
components:
  - name: events
    kafka: {brokers: {replicas: 3}}
  - name: orders
    topic: {partitions: 12, replicas: 2, retention: 3d, config: {cleanup.policy: compact, segment.bytes: 1073741824}}
  - name: audit
    topic: {topicName: shop-audit}
  - name: legacy
    topic: {topicName: "--Legacy.Orders_v1"}
`,
    ),
  );

  it("labels each KafkaTopic with the Kafka's cluster name, from the Kafka's provider", () => {
    for (const t of objects.filter((o) => o.kind === "KafkaTopic")) {
      expect(t.metadata.labels?.["strimzi.io/cluster"]).toBe("shop-events");
    }
    expectValid(objects);
  });

  it("writes partitions, replicas and retention.ms, with the topic's own config", () => {
    const t: Json = only(objects, "KafkaTopic", "shop-orders");
    expect(t.spec).toEqual({
      topicName: "orders",
      partitions: 12,
      replicas: 2,
      config: { "retention.ms": 259_200_000, "cleanup.policy": "compact", "segment.bytes": 1073741824 },
    });
  });

  it("defaults: 3 partitions, replicas up to the brokers, Kafka's 7-day retention written out", () => {
    const t: Json = only(objects, "KafkaTopic", "shop-audit");
    expect(t.spec).toEqual({ partitions: 3, replicas: 3, config: { "retention.ms": 604_800_000 } });
  });

  it("sets spec.topicName only when the topic's name differs from the object's name", () => {
    expect((only(objects, "KafkaTopic", "shop-audit") as Json).spec.topicName).toBeUndefined();
    expect((only(objects, "KafkaTopic", "shop-legacy") as Json).spec.topicName).toBe("--Legacy.Orders_v1");
  });

  it("a topic on another Blueprint's Kafka lives in that Kafka's namespace (where its topic operator watches)", () => {
    const objs = objectsOf(
      blueprint("infra", "components:\n  - name: events\n    kafka: {}", "platform"),
      blueprint(
        "shop",
        "components:\n  - name: orders\n    topic: {kafka: platform/infra/events, replicas: 1}",
      ),
    );
    const t = only(objs, "KafkaTopic", "shop-orders");
    expect(t.metadata.namespace).toBe("platform");
    expect(t.metadata.labels?.["strimzi.io/cluster"]).toBe("infra-events");
    expect(t.metadata.labels?.["tributary.dev/blueprint"]).toBe("shop");
  });

  it("derives the object name and offers the topic's name", () => {
    const [model] = modelsOf(
      blueprint(
        "shop",
        "components:\n  - name: events\n    kafka: {}\n  - name: o\n    topic: {topicName: x.y}",
      ),
    );
    const t = model!.components.find((c) => c.product === "topic")!;
    expect(strimziTopic.derivedNames(t as never, model!)).toEqual([
      { name: "shop-o", limit: 253, what: "KafkaTopic name" },
    ]);
    expect(strimziTopic.endpoints(t as never, model!)).toEqual({ topic: "x.y" });
  });
});

describe("what Strimzi would reject after the apply, said before (check)", () => {
  // Valid as written; the offending values are set below (compile would reject them, which is the point).
  const [model] = modelsOf(
    blueprint(
      "shop",
      `
components:
  - name: events
    kafka:
      brokers: {replicas: 2}
  - name: orders
    topic: {replicas: 2}
`,
    ),
  );
  const k: KafkaComponent = {
    ...kafkaOf(model!),
    listeners: [
      { name: "plain", port: 9092, type: "internal", tls: false, authentication: "none" },
      { name: "plain", port: 9999, type: "internal", tls: false, authentication: "none" },
      { name: "other", port: 9092, type: "cluster-ip", tls: false, authentication: "none" },
    ],
  };

  it("listeners sharing a name or a port, or on a port Strimzi keeps (ListenersValidator)", () => {
    expect(checkStrimziKafka(k, model!)).toEqual([
      { path: "/listeners/1/name", message: "listener name plain is used twice" },
      { path: "/listeners/1/port", message: "port 9999 is reserved by Strimzi (9404 metrics, 9999 JMX)" },
      { path: "/listeners/2/port", message: "port 9092 is used by two listeners" },
    ]);
  });

  it("a Kafka version the targeted Strimzi line does not run", () => {
    const ok = { ...k, listeners: [k.listeners[0]!] };
    expect(checkStrimziKafka(ok, model!)).toEqual([]);
    expect(checkStrimziKafka({ ...ok, version: "3.9.1" }, model!)).toEqual([
      {
        path: "/version",
        message:
          "Strimzi 1.x (kafka.strimzi.io/v1) runs Kafka 4.2 and newer, not 3.9.1: set `version`, e.g. 4.3.1",
      },
    ]);
    const legacy = { ...model!, strimziApiVersion: "v1beta2" as const };
    expect(checkStrimziKafka({ ...ok, version: "4.2.0" }, legacy)).toEqual([]);
    expect(checkStrimziKafka({ ...ok, version: "4.1.1" }, legacy)).toEqual([]);
    expect(checkStrimziKafka({ ...ok, version: "4.3.1" }, legacy)).toEqual([
      {
        path: "/version",
        message:
          "Strimzi 0.51 (kafka.strimzi.io/v1beta2) runs Kafka 4.1 and 4.2, not 4.3.1: set `version`, e.g. 4.2.0",
      },
    ]);
  });

  it("a topic with more replicas than its Kafka's brokers, or a min.insync.replicas above its replicas", () => {
    const t = model!.components.find((c) => c.product === "topic") as TopicComponent;
    expect(checkTopic({ ...t, replicas: 3, config: { "min.insync.replicas": 4 } }, model!)).toEqual([
      { path: "/replicas", message: "replicas 3 is more than the 2 broker(s) of Kafka events" },
      {
        path: "/config/min.insync.replicas",
        message: "min.insync.replicas 4 is more than the topic's 3 replica(s): every write would fail",
      },
    ]);
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
    ).toThrow(/components\/0\/kafka\/version[\s\S]*runs Kafka 4.1 and 4.2, not 4.3.1/);
  });
});

describe("every Strimzi object validates strictly, over a matrix of options", () => {
  const listenerSets = {
    plain: "[{name: plain, port: 9092, type: internal}]",
    "plain+tls":
      "[{name: plain, port: 9092, type: internal}, {name: tls, port: 9093, type: internal, tls: true}]",
    "cluster-ip": "[{name: ip, port: 9094, type: cluster-ip, tls: true}]",
    nodeport:
      "[{name: plain, port: 9092, type: internal}, {name: np, port: 9095, type: nodeport, tls: true}]",
    loadbalancer: "[{name: lb, port: 9096, type: loadbalancer, tls: false}]",
  };
  const cases: [string, string, string, string][] = [];
  for (const api of ["v1", "v1beta2"]) {
    for (const storageClass of ["", "fast"]) {
      for (const [listenerName, listeners] of Object.entries(listenerSets)) {
        cases.push([api, storageClass || "default", listenerName, listeners]);
      }
    }
  }
  it.each(cases)("%s, storage class %s, listeners %s", (api, storageClass, _name, listeners) => {
    const cls = storageClass === "default" ? "" : `, class: ${storageClass}`;
    const text = blueprint(
      "matrix",
      `
strimziApiVersion: ${api}
components:
  - name: k
    kafka:
      ${api === "v1beta2" ? "version: 4.2.0" : ""}
      controllers: {replicas: 1, storage: {size: 5Gi${cls}}}
      brokers: {replicas: 2, storage: {size: 10Gi${cls}}, resources: {cpu: 500m, memory: 1Gi}}
      listeners: ${listeners}
  - name: t
    topic: {partitions: 1, topicName: "matrix.T-1_x"}
`,
    );
    const objects = objectsOf(text);
    expect(objects.length).toBe(4);
    for (const o of objects) expect(o.apiVersion).toBe(`kafka.strimzi.io/${api}`);
    expectValid(objects);
    // The same component rendered with placement, and its user on an authenticated listener.
    const [model] = modelsOf(text);
    const k = kafkaOf(model!, "k");
    const authed: KafkaComponent = {
      ...k,
      listeners: k.listeners.map((l, i) =>
        i === 0 ? { ...l, authentication: "scram-sha-512" as const } : l,
      ),
    };
    const placed = strimziKafka.render(authed, ctxOf(model!, { placement: PLACED }));
    const streamlet = {
      ...model!.components[0]!,
      product: "streamlet",
      name: "s",
      childName: "matrix-s",
    } as never;
    const user = strimziKafka.connect(
      authed,
      streamlet,
      ctxOf(model!, {
        wiring: {
          ...NO_WIRING,
          consumerGroup: "g",
          inlets: [{ port: "i", topic: "matrix.T-1_x", fingerprint: "" }],
        },
      }),
      model!,
    ).objects;
    expectValid([...placed, ...user]);
  });
});

describe("health of Strimzi objects, from statuses as the operators write them", () => {
  const obj = (kind: string, status?: object, extra: Partial<K8sObject> = {}): K8sObject => ({
    apiVersion: "kafka.strimzi.io/v1",
    kind,
    metadata: { name: "x", generation: 2 },
    spec: { replicas: 3 },
    ...(status ? { status } : {}),
    ...extra,
  });
  const ready = { type: "Ready", status: "True", lastTransitionTime: "2026-01-01T00:00:00Z" };
  const kafkaHealth = (status?: object) => strimziKafka.health(obj("Kafka", status));

  it("no status at all is Unknown, never Ready", () => {
    for (const kind of ["Kafka", "KafkaNodePool", "KafkaUser"])
      expect(strimziKafka.health(obj(kind)).state).toBe("Unknown");
    expect(strimziTopic.health(obj("KafkaTopic")).state).toBe("Unknown");
    expect(kafkaHealth({}).state).toBe("Unknown");
  });

  it("Kafka: Ready, with warnings in the message", () => {
    expect(kafkaHealth({ observedGeneration: 2, conditions: [ready] })).toEqual({
      state: "Ready",
      message: "Ready",
    });
    const h = kafkaHealth({
      observedGeneration: 2,
      conditions: [
        ready,
        { type: "Warning", status: "True", reason: "KafkaStorage", message: "The storage class is not set" },
      ],
    });
    expect(h).toEqual({ state: "Ready", message: "Ready; warning: The storage class is not set" });
  });

  it("Kafka: NotReady while Creating is Progressing; any other NotReady is Failed with the operator's words", () => {
    expect(
      kafkaHealth({
        conditions: [
          {
            type: "NotReady",
            status: "True",
            reason: "Creating",
            message: "Kafka cluster is being deployed",
          },
        ],
      }),
    ).toEqual({ state: "Progressing", message: "Kafka cluster is being deployed" });
    expect(
      kafkaHealth({
        observedGeneration: 2,
        conditions: [
          {
            type: "NotReady",
            status: "True",
            reason: "InvalidResourceException",
            message: "Version 3.7.0 is not supported. Supported versions are: 4.2.0, 4.2.1, 4.3.0, 4.3.1.",
          },
        ],
      }),
    ).toEqual({
      state: "Failed",
      message:
        "InvalidResourceException: Version 3.7.0 is not supported. Supported versions are: 4.2.0, 4.2.1, 4.3.0, 4.3.1.",
    });
  });

  it("Kafka: a generation the operator has not applied yet is Progressing, even if the last one was Ready", () => {
    expect(kafkaHealth({ observedGeneration: 1, conditions: [ready] })).toEqual({
      state: "Progressing",
      message: "the operator has not yet applied generation 2 (observed 1)",
    });
  });

  it("paused reconciliation is Unknown (the spec is not being applied)", () => {
    const h = kafkaHealth({
      observedGeneration: 2,
      conditions: [{ type: "ReconciliationPaused", status: "True", reason: "ReconciliationPaused" }],
    });
    expect(h.state).toBe("Unknown");
  });

  it("KafkaNodePool: Ready once every node has an id; fewer is Progressing; no status is Unknown", () => {
    const pool = (status?: object) => strimziKafka.health(obj("KafkaNodePool", status));
    expect(
      pool({
        observedGeneration: 2,
        nodeIds: [3, 4, 5],
        clusterId: "abc",
        roles: ["broker"],
        replicas: 3,
        labelSelector: "s",
      }),
    ).toEqual({ state: "Ready", message: "3 nodes assigned (ids 3, 4, 5); pod readiness is on the Kafka" });
    expect(pool({ observedGeneration: 2, nodeIds: [3], replicas: 1, roles: ["broker"] })).toEqual({
      state: "Progressing",
      message: "1 of 3 nodes assigned",
    });
    expect(pool().state).toBe("Unknown");
  });

  it("KafkaTopic: Ready=False from the topic operator is Failed with its reason; Unmanaged is Unknown", () => {
    const topic = (status: object) => strimziTopic.health(obj("KafkaTopic", status));
    expect(topic({ observedGeneration: 2, topicName: "orders", conditions: [ready] }).state).toBe("Ready");
    expect(
      topic({
        observedGeneration: 2,
        conditions: [
          {
            type: "Ready",
            status: "False",
            reason: "KafkaError",
            message:
              "org.apache.kafka.common.errors.InvalidReplicationFactorException: Replication factor: 3 larger than available brokers: 1.",
          },
        ],
      }),
    ).toEqual({
      state: "Failed",
      message:
        "KafkaError: org.apache.kafka.common.errors.InvalidReplicationFactorException: Replication factor: 3 larger than available brokers: 1.",
    });
    expect(topic({ conditions: [{ type: "Unmanaged", status: "True" }] }).state).toBe("Unknown");
  });

  it("KafkaUser: Ready, or NotReady with the user operator's message", () => {
    expect(
      strimziKafka.health(
        obj("KafkaUser", { observedGeneration: 2, username: "CN=x", secret: "x", conditions: [ready] }),
      ).state,
    ).toBe("Ready");
    expect(
      strimziKafka.health(
        obj("KafkaUser", {
          observedGeneration: 2,
          conditions: [
            { type: "NotReady", status: "True", reason: "InvalidResourceException", message: "bad ACL" },
          ],
        }),
      ),
    ).toEqual({ state: "Failed", message: "InvalidResourceException: bad ACL" });
  });
});

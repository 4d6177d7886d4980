// The Strimzi companions of a Kafka: the KafkaUser of a streamlet on an authenticated listener and the
// KafkaTopic of a topic component; and every Strimzi object checked strictly against the CRDs of both
// APIs over a matrix of options.
import { beforeAll, describe, expect, it } from "vitest";
import type { Wiring } from "../../../lib/model/render-context.ts";
import type { KafkaComponent, StreamletComponent } from "../../../lib/model/types.ts";
import { connectTo } from "../../../lib/providers/registry.ts";
import { provider as strimziKafka } from "../../../lib/providers/strimzi-kafka/index.ts";
import { aclsOf } from "../../../lib/providers/strimzi-kafka/user.ts";
import { provider as strimziTopic } from "../../../lib/providers/strimzi-topic/index.ts";
import { blueprint, modelsOf, objectsOf, only } from "../../support/blueprints.ts";
import {
  ctxOf,
  expectValid,
  type Json,
  kafkaOf,
  NO_WIRING,
  PLACED,
  precompileStrimzi,
} from "../../support/strimzi.ts";

beforeAll(precompileStrimzi, 240_000);

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
    const connected = connectTo(kafkaOf(model!), streamlet, ctxOf(model!, { wiring: WIRING }), model!);
    expect(connected.objects).toEqual([]);
  });

  it.each(["v1", "v1beta2"] as const)(
    "with TLS client authentication (%s): a valid KafkaUser, simple authorization on the Kafka",
    (api) => {
      const m = { ...model!, strimziApiVersion: api };
      const k = secured("tls");
      const connected = connectTo(k, streamlet, ctxOf(m, { wiring: WIRING }), m);
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
    const connected = connectTo(
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
    expect(connectTo(open, streamlet, ctxOf(model!, { wiring: WIRING }), model!).objects).toEqual([]);
    const kafka: Json = only(strimziKafka.render(open, ctxOf(model!)), "Kafka");
    expect(kafka.spec.kafka.authorization).toBeUndefined();
    expect(kafka.spec.kafka.listeners.every((l: Json) => l.authentication === undefined)).toBe(true);
  });

  it("a topic consumer of an authenticated Kafka gets no user", () => {
    const [m] = modelsOf(
      blueprint("shop", "components:\n  - name: events\n    kafka: {}\n  - name: t\n    topic: {}"),
    );
    const topic = m!.components.find((c) => c.product === "topic")!;
    expect(connectTo(secured("tls"), topic, ctxOf(m!), m!).objects).toEqual([]);
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
    const user = connectTo(
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

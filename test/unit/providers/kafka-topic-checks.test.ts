// What Kafka itself refuses for a topic (lib/providers/shared/kafka.ts), said before the apply: the rules
// both topic providers share, and the Kafka version they depend on (Strimzi runs Kafka 4 only).
import { describe, expect, it } from "vitest";
import type { TopicComponent } from "../../../lib/model/types.ts";
import { checkTopic } from "../../../lib/providers/shared/kafka.ts";
import { provider as strimziTopic } from "../../../lib/providers/strimzi-topic/index.ts";
import { compile } from "../../../lib/stages.ts";
import { blueprint } from "../../support/blueprints.ts";
import { checkedShop, kafkaOf } from "../../support/strimzi.ts";

describe("a topic's checks (what Kafka refuses)", () => {
  const model = checkedShop();

  it("a topic with more replicas than its Kafka's brokers, or a min.insync.replicas above its replicas", () => {
    const t = model.components.find((c) => c.product === "topic") as TopicComponent;
    expect(checkTopic({ ...t, replicas: 3, config: { "min.insync.replicas": 4 } }, model)).toEqual([
      { path: "/replicas", message: "replicas 3 is more than the 2 broker(s) of Kafka events" },
      {
        path: "/config/min.insync.replicas",
        message: "min.insync.replicas 4 is more than the topic's 3 replica(s): every write would fail",
      },
    ]);
  });

  it("a topic configuration name Kafka does not define is a warning, with the name it was likely meant to be", () => {
    const t = model.components.find((c) => c.product === "topic") as TopicComponent;
    const config = {
      "retention.ms": 5,
      "leader.replication.throttled.replicas": "*",
      "retention.mss": 1,
      "a/b": 2,
    };
    expect(checkTopic({ ...t, config }, model)).toEqual([
      {
        path: "/config/retention.mss",
        message:
          "`retention.mss` is not a topic configuration of Kafka 3.9 to 4.3: a Kafka that does not define it refuses the topic (Unknown topic config name)",
        hint: "did you mean `retention.ms`?",
        severity: "warning",
      },
      expect.objectContaining({ path: "/config/a~1b", hint: undefined, severity: "warning" }),
    ]);
    // The enumerated values, as exactly as Kafka compares them; cleanup.policy a list.
    const values = {
      "cleanup.policy": "compact, delete",
      "compression.type": "LZ4",
      "message.timestamp.type": "CreateTime",
    };
    expect(checkTopic({ ...t, config: values }, model)).toEqual([
      {
        path: "/config/compression.type",
        message:
          "compression.type `LZ4` is not a value Kafka 3.9 to 4.3 accepts (uncompressed, zstd, lz4, snappy, gzip, producer): it refuses the topic (Invalid value)",
        hint: "did you mean `lz4`?",
        severity: "warning",
      },
    ]);
    expect(checkTopic({ ...t, config: { "cleanup.policy": "compact,compacted" } }, model)).toMatchObject([
      { path: "/config/cleanup.policy", hint: "did you mean `compact`?", severity: "warning" },
    ]);
    // Kafka reads an empty list value as the empty list, which it accepts; an empty item is refused.
    expect(checkTopic({ ...t, config: { "cleanup.policy": " " } }, model)).toEqual([]);
    expect(checkTopic({ ...t, config: { "cleanup.policy": "compact," } }, model)).toMatchObject([
      { path: "/config/cleanup.policy", severity: "warning" },
    ]);
    // Compiled: a warning at the field, and the Blueprint still valid.
    const { diagnostics } = compile([
      {
        file: "t.yaml",
        text: blueprint(
          "t",
          "components:\n  - name: k\n    kafka: {}\n  - name: t\n    topic: {config: {segment.bytez: 1}}",
        ),
      },
    ]);
    expect(diagnostics.map((d) => [d.severity, d.code, d.path, d.hint])).toEqual([
      [
        "warning",
        "topic-config",
        "/spec/components/1/topic/config/segment.bytez",
        "did you mean `segment.bytes`?",
      ],
    ]);
  });

  it("a topic configuration Kafka 4.0 removed is a warning on a Kafka 4, with what to do instead", () => {
    const t = model.components.find((c) => c.product === "topic") as TopicComponent;
    const config = {
      "message.format.version": "3.0",
      "message.timestamp.difference.max.ms": 60_000,
      "message.downconversion.enable": true,
      "retention.ms": 5,
    };
    const kafka = kafkaOf(model);
    expect(kafka.version).toMatch(/^4\./);
    expect(strimziTopic.check({ ...t, config }, model)).toEqual([
      {
        path: "/config/message.format.version",
        message: `\`message.format.version\` is a topic configuration Kafka 4.0 removed: Kafka ${kafka.version} refuses the topic (Unknown topic config name)`,
        hint: "remove it: Kafka 4 writes message format v2 only (KIP-724)",
        severity: "warning",
      },
      expect.objectContaining({
        path: "/config/message.timestamp.difference.max.ms",
        hint: "use `message.timestamp.before.max.ms` and `message.timestamp.after.max.ms` instead (KIP-937)",
      }),
      expect.objectContaining({ path: "/config/message.downconversion.enable", severity: "warning" }),
    ]);
    // A Kafka 3.9 (Stackable runs one) defines them.
    const on39 = {
      ...model,
      components: model.components.map((c) => (c === kafka ? { ...kafka, version: "3.9.2" } : c)),
    };
    expect(checkTopic({ ...t, config }, on39)).toEqual([]);
    // A Kafka of another Blueprint: every Kafka a Strimzi release runs is a Kafka 4, of either API line.
    const elsewhere = { ...t, kafka: { ...t.kafka, blueprint: "infra" }, config };
    expect(strimziTopic.check(elsewhere, model).map((p) => p.message)).toContain(
      "`message.format.version` is a topic configuration Kafka 4.0 removed: Kafka 4 refuses the topic (Unknown topic config name)",
    );
    expect(strimziTopic.check(elsewhere, { ...model, strimziApiVersion: "v1beta2" })).toHaveLength(3);
    // Without a release to tell (Stackable runs 3.9.2 and 4.x), nothing is said.
    expect(checkTopic(elsewhere, model)).toEqual([]);
  });
});

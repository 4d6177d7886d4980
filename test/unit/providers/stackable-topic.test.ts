// The Stackable topic provider: the Job that makes a topic, its exact command line run under bash against
// stand-in Kafka tools.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { TopicComponent } from "../../../lib/model/types.ts";
import { provider as stackableTopic } from "../../../lib/providers/stackable-topic/index.ts";
import { exactTopicPattern, SCRIPT } from "../../../lib/providers/stackable-topic/render.ts";
import { blueprint, modelsOf, objectsOf, only } from "../../support/blueprints.ts";
import { ANYWHERE, type Json, PLACED, realConnect } from "../../support/stackable.ts";

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

  it("uses Stackable's Kafka image of that Kafka's version, from the release's repository by default", () => {
    // kafka-operator 26.7.0 deploy/helm/kafka-operator/values/oci.stackable.tech.yaml: oci.stackable.tech/sdp
    expect(container.image).toBe("oci.stackable.tech/sdp/kafka:3.9.2-stackable26.7.0");
  });

  it("pulls it from the Blueprint's Stackable image repository (a mirror), for a topic in another Blueprint too", () => {
    const mirrored = blueprint(
      "shop",
      `
images: {stackableRepository: registry.internal:5000/mirror/sdp}
components:
  - name: events
    operator: stackable
    kafka: {brokers: {replicas: 3}}
  - name: orders
    topic: {partitions: 3, replicas: 2}
`,
    );
    const other = blueprint(
      "billing",
      "components:\n  - name: invoices\n    topic: {kafka: shop/events, replicas: 2}",
    );
    const images = objectsOf(mirrored, other)
      .filter((o) => o.kind === "Job")
      .map((o) => (o as Json).spec.template.spec.containers[0].image);
    expect(images).toEqual([
      "registry.internal:5000/mirror/sdp/kafka:3.9.2-stackable26.7.0",
      "registry.internal:5000/mirror/sdp/kafka:3.9.2-stackable26.7.0",
    ]);
  });

  it("refuses a repository that is not an image repository, at the field", () => {
    expect(() =>
      modelsOf(
        blueprint(
          "shop",
          "images: {stackableRepository: 'https://oci.stackable.tech/sdp'}\ncomponents:\n  - name: zk\n    zookeeper: {}",
        ),
      ),
    ).toThrow(/\/spec\/images\/stackableRepository/);
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
      // The name the secret-operator puts on the certificate: fully qualified with the cluster domain.
      value: "s-k-broker-default-bootstrap.streaming.svc.cluster.local:9093",
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
    for ((p = 0; p < STUB_PARTITIONS; p++)); do
      printf '\\tTopic: %s\\tPartition: %s\\tLeader: 1\\tReplicas: 1\\tIsr: 1\\n' "$TOPIC" "$p"
    done
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

    it("reads the counts of a topic whose description outgrows a pipe (one line per partition)", () => {
      // 3,000 partitions: about 200 KiB of description, more than a pipe holds. The counts are on its first
      // line; a reader that stops there must not fail the writer (SIGPIPE, exit 141, under pipefail).
      const { status, calls, stderr } = run({ partitions: 3000, rf: 2 });
      expect(stderr).toContain(
        `topic ${HOSTILE} has 3000 partitions, more than 12: partitions are never removed`,
      );
      expect(status).toBe(0);
      expect(calls.map((c) => c[0])).toEqual(["kafka-topics.sh", "kafka-topics.sh", "kafka-configs.sh"]);
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

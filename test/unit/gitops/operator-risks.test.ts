// Changes the operators cannot make in one step, flagged in the plan (lib/gitops/operator-risks.ts): each
// case renders real Blueprints before and after, and reads the risks of the changed object.
import { describe, expect, it } from "vitest";
import { risksOfChange } from "../../../lib/gitops/risks.ts";
import type { K8sObject } from "../../../lib/model/k8s-object.ts";
import { blueprint, objectsOf, only } from "../../support/blueprints.ts";

const rendered = (spec: string, kind: string): K8sObject => only(objectsOf(blueprint("bp", spec)), kind);
const risks = (before: K8sObject, after: K8sObject) => risksOfChange(before, after);
const codes = (before: K8sObject, after: K8sObject) => risks(before, after).map((r) => r.code);

describe("a Stackable Kafka moving between ZooKeeper and KRaft", () => {
  // kafka-operator 26.7.0 docs usage-guide/kraft-controller.adoc: no automatic migration; a staged guide.
  const zk = "  - name: zk\n    operator: stackable\n    zookeeper: {}\n";
  const kafka = (extra: string) =>
    rendered(
      `components:\n${zk}  - name: events\n    operator: stackable\n    kafka: {version: 3.9.2${extra}}\n`,
      "KafkaCluster",
    );
  const zookeeperMode = kafka(", zookeeper: zk");
  const kraftMode = kafka("");

  it("is flagged both ways, and not when the mode stays", () => {
    expect(codes(zookeeperMode, kraftMode)).toContain("kraft-migration");
    expect(risks(zookeeperMode, kraftMode).find((r) => r.code === "kraft-migration")?.message).toMatch(
      /^Kafka zookeeper → kraft mode: the Stackable operator does not migrate/,
    );
    expect(codes(kraftMode, zookeeperMode)).toContain("kraft-migration");
    expect(codes(zookeeperMode, kafka(", zookeeper: zk, brokers: {replicas: 5}"))).not.toContain(
      "kraft-migration",
    );
  });
});

describe("a Strimzi Kafka version change that skips a step", () => {
  // Strimzi 1.2.0 proc-upgrade-kafka-kraft.adoc / proc-downgrade-kafka-kraft.adoc; KRaftVersionChangeCreator.
  const kafka = (version: string) =>
    rendered(`components:\n  - name: events\n    kafka: {version: "${version}"}\n`, "Kafka");
  const withMetadata = (k: K8sObject, metadataVersion: string): K8sObject => {
    const copy = structuredClone(k) as K8sObject & { spec: { kafka: Record<string, unknown> } };
    copy.spec.kafka.metadataVersion = metadataVersion;
    return copy;
  };

  it("an upgrade is one step when metadataVersion is not pinned (Strimzi moves it after the roll)", () => {
    expect(codes(kafka("4.2.1"), kafka("4.3.1"))).toEqual([]);
    expect(codes(kafka("4.3.0"), kafka("4.3.1"))).toEqual([]);
  });

  it("version and metadataVersion changed together are flagged", () => {
    const r = risks(withMetadata(kafka("4.2.1"), "4.2-IV1"), withMetadata(kafka("4.3.1"), "4.3-IV0"));
    expect(r.map((x) => x.code)).toEqual(["kafka-version-step"]);
    expect(r[0]!.message).toBe(
      "Kafka 4.2.1 → 4.3.1 and metadataVersion 4.2-IV1 → 4.3-IV0 in one step: Strimzi needs the version changed first and metadataVersion after the rolling update",
    );
    // The version first, metadataVersion kept: the documented first step.
    expect(codes(withMetadata(kafka("4.2.1"), "4.2-IV1"), withMetadata(kafka("4.3.1"), "4.2-IV1"))).toEqual(
      [],
    );
  });

  it("a downgrade below the metadata version in use is flagged; within one metadata version it is not", () => {
    const r = risks(kafka("4.3.1"), kafka("4.2.1"));
    expect(r.map((x) => x.code)).toEqual(["kafka-version-step"]);
    expect(r[0]!.message).toMatch(
      /^Kafka 4.3.1 → 4.2.1 downgrade: the metadata version in use \(4.3-IV0\) is newer than 4.2.1 runs \(4.2-IV1\)/,
    );
    expect(codes(kafka("4.3.1"), kafka("4.3.0"))).toEqual([]);
    // Held at 4.2 beforehand, the downgrade is the documented second step.
    expect(codes(withMetadata(kafka("4.3.1"), "4.2-IV1"), withMetadata(kafka("4.2.1"), "4.2-IV1"))).toEqual(
      [],
    );
  });
});

describe("a Flink job whose upgrade mode change would drop its state", () => {
  // AbstractJobReconciler (release-1.15.0) upgrades with the new spec's upgradeMode.
  const job = (mode: string) =>
    rendered(
      `components:\n  - name: scoring\n    flink:\n      jarURI: local:///opt/job.jar\n      checkpoints: gs://b/cp\n      savepoints: gs://b/sp\n      upgradeMode: ${mode}\n`,
      "FlinkDeployment",
    );

  it("savepoint or last-state to stateless is flagged; the other way is not", () => {
    expect(codes(job("savepoint"), job("stateless"))).toEqual(["flink-state-dropped"]);
    expect(codes(job("last-state"), job("stateless"))).toEqual(["flink-state-dropped"]);
    expect(risks(job("last-state"), job("stateless"))[0]!.message).toMatch(
      /^upgradeMode last-state → stateless: the operator applies this change statelessly/,
    );
    expect(codes(job("stateless"), job("savepoint"))).toEqual([]);
    expect(codes(job("savepoint"), job("last-state"))).toEqual([]);
  });
});

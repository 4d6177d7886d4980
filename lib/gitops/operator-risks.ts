// Changes an operator cannot make in one step, flagged in the plan: each rule reads the operator's own
// objects (before and after) and cites the upstream source that says why.

import type { K8sObject } from "../model/k8s-object.ts";
import { compareMetadata, metadataOf } from "../providers/strimzi-kafka/versions.ts";

export type OperatorRiskCode = "kraft-migration" | "kafka-version-step" | "flink-state-dropped";

export interface OperatorRisk {
  code: OperatorRiskCode;
  message: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);
/** The value at `path` under the object, or undefined. */
function at(o: unknown, ...path: string[]): unknown {
  let v = o;
  for (const p of path) v = isObject(v) ? v[p] : undefined;
  return v;
}
const group = (o: K8sObject) => o.apiVersion.split("/")[0];

/**
 * A Stackable KafkaCluster moving between ZooKeeper and KRaft: the metadata manager, or the ZooKeeper
 * discovery ConfigMap against the controllers role. stackabletech/kafka-operator 26.7.0
 * docs/modules/kafka/pages/usage-guide/kraft-controller.adoc: the operator does no automatic migration;
 * its "Kraft migration guide" is five staged manifests (kraft_migration/01..05) with manual steps.
 */
function stackableMode(o: K8sObject): string {
  const manager = at(o, "spec", "clusterConfig", "metadataManager");
  if (typeof manager === "string") return manager;
  if (at(o, "spec", "clusterConfig", "zookeeperConfigMapName") !== undefined) return "zookeeper";
  return at(o, "spec", "controllers") !== undefined ? "kraft" : "unknown";
}

function kraftMigration(before: K8sObject, after: K8sObject): OperatorRisk[] {
  const from = stackableMode(before);
  const to = stackableMode(after);
  if (from === to || from === "unknown" || to === "unknown") return [];
  return [
    {
      code: "kraft-migration",
      message:
        `Kafka ${from} → ${to} mode: the Stackable operator does not migrate a cluster between ZooKeeper and ` +
        "KRaft; follow its staged KRaft migration guide (controllers in migration mode first, then brokers), " +
        "or the brokers lose their metadata",
    },
  ];
}

/**
 * A Strimzi Kafka version change that skips a step. strimzi/strimzi-kafka-operator 1.2.0
 * documentation/modules/upgrading/proc-upgrade-kafka-kraft.adoc: change `version` first with
 * `metadataVersion` left at the current one, then `metadataVersion`; proc-downgrade-kafka-kraft.adoc: the
 * reverse order for a downgrade, and cluster-operator KRaftVersionChangeCreator.metadataVersionAtDowngrade
 * fails the reconcile while the metadata version in use is newer than the target version's.
 */
function kafkaVersionStep(before: K8sObject, after: K8sObject): OperatorRisk[] {
  const v0 = at(before, "spec", "kafka", "version");
  const v1 = at(after, "spec", "kafka", "version");
  if (typeof v0 !== "string" || typeof v1 !== "string" || v0 === v1) return [];
  const m0 = at(before, "spec", "kafka", "metadataVersion");
  const m1 = at(after, "spec", "kafka", "metadataVersion");
  if (m1 !== undefined && m0 !== m1) {
    return [
      {
        code: "kafka-version-step",
        message: `Kafka ${v0} → ${v1} and metadataVersion ${String(m0)} → ${String(m1)} in one step: Strimzi needs the version changed first and metadataVersion after the rolling update`,
      },
    ];
  }
  // Without a pinned metadataVersion, Strimzi moved the cluster to the default of the version it runs.
  const inUse = typeof m0 === "string" ? m0 : metadataOf(v0);
  const target = metadataOf(v1);
  if (inUse && target && typeof m1 !== "string" && compareMetadata(inUse, target) > 0) {
    return [
      {
        code: "kafka-version-step",
        message: `Kafka ${v0} → ${v1} downgrade: the metadata version in use (${inUse}) is newer than ${v1} runs (${target}); Strimzi refuses until metadataVersion is set to ${target} at ${v0} first, and Kafka may not allow it at all`,
      },
    ];
  }
  return [];
}

/**
 * A FlinkDeployment leaving `savepoint` or `last-state` for `stateless`: the operator upgrades with the new
 * spec's mode (AbstractJobReconciler.getJobUpgrade reads resource.getSpec().getJob().getUpgradeMode(),
 * release-1.15.0), so the job is cancelled without a savepoint and restarts from empty state.
 */
function flinkStateDropped(before: K8sObject, after: K8sObject): OperatorRisk[] {
  const m0 = at(before, "spec", "job", "upgradeMode");
  const m1 = at(after, "spec", "job", "upgradeMode");
  if (m1 !== "stateless" || (m0 !== "savepoint" && m0 !== "last-state")) return [];
  return [
    {
      code: "flink-state-dropped",
      message: `upgradeMode ${m0} → stateless: the operator applies this change statelessly, so the job restarts without its state (apply a change of mode alone, after a savepoint, if the state matters)`,
    },
  ];
}

/** The operator-specific risks of changing `before` into `after` (the same object). */
export function operatorRisks(before: K8sObject, after: K8sObject): OperatorRisk[] {
  if (after.kind === "KafkaCluster" && group(after) === "kafka.stackable.tech")
    return kraftMigration(before, after);
  if (after.kind === "Kafka" && group(after) === "kafka.strimzi.io") return kafkaVersionStep(before, after);
  if (after.kind === "FlinkDeployment" && group(after) === "flink.apache.org")
    return flinkStateDropped(before, after);
  return [];
}

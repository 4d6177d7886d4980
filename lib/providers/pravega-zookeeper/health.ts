// A Pravega ZookeeperCluster's health (pravega/zookeeper-operator api/v1beta1/status.go): the operator
// keeps three conditions, PodsReady, Upgrading and Error, and counts `readyReplicas` against `replicas`.
// There is no observedGeneration: the closest signal is readyReplicas against the *desired* spec.replicas
// (status.replicas lags a resize). Argo CD's built-in check, which calls a changed object healthy on its
// previous spec's counts, is replaced.
// An upgrade (v0.2.15 controllers/zookeepercluster_controller.go, reconcileClusterStatus) sets
// `targetVersion` and Upgrading=True with neither reason nor message, then reason "Updating Zookeeper" with
// the StatefulSet's updated replicas, a bare count, as the message. When that count has not moved for 10
// minutes (checkSyncTimeout), Error=True with reason UpgradeFailed and the timeout's text, Upgrading left as
// it was. The messages put those pieces into words.
import { checksFrom, healthFrom, type KindRules, type Msg } from "../shared/health-rules.ts";

const target: Msg = { field: "status.targetVersion" };
/** "1 of 3 servers updated", from the Upgrading condition's count. */
const progress: Msg = {
  join: [{ conditionMessage: "Upgrading" }, " of ", { field: "spec.replicas" }, " servers updated"],
};

const ZOOKEEPER: KindRules = {
  kind: "ZookeeperCluster",
  cite: "pravega/zookeeper-operator api/v1beta1/status.go",
  rules: [
    {
      when: { condition: "Error", status: "True" },
      state: "Failed",
      message: [
        { join: ["upgrade to ", target, " failed: ", { conditionMessage: "Error" }, " (", progress, ")"] },
        { join: ["upgrade to ", target, " failed: ", { conditionMessage: "Error" }] },
        { conditionCause: "Error" },
        "Error",
      ],
    },
    {
      when: { condition: "Upgrading", status: "True" },
      state: "Progressing",
      message: [
        { join: ["upgrading to ", target, ": ", progress] },
        { join: ["upgrading to ", target] },
        "upgrading",
      ],
    },
    {
      when: { not: { any: [{ has: "status.readyReplicas" }, { has: "status.conditions" }] } },
      state: "Unknown",
      message: ["no status yet: the ZooKeeper operator has not reported on it"],
    },
    {
      when: { same: ["status.readyReplicas", "spec.replicas"] },
      state: "Ready",
      message: ["every server ready"],
    },
  ],
  otherwise: {
    state: "Progressing",
    message: [
      { join: [{ field: "status.readyReplicas" }, " of ", { field: "spec.replicas" }, " servers ready"] },
      "not every server is ready",
    ],
  },
};

export const HEALTH_RULES = [ZOOKEEPER];
export const health = healthFrom(HEALTH_RULES);
export const healthChecks = checksFrom(HEALTH_RULES);

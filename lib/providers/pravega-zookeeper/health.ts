// A Pravega ZookeeperCluster's health (pravega/zookeeper-operator api/v1beta1/status.go): the operator
// keeps three conditions, PodsReady, Upgrading and Error (Error=True with reason UpgradeFailed when an
// upgrade failed), and counts `readyReplicas` against `replicas`. There is no observedGeneration: the
// closest signal is readyReplicas against the *desired* spec.replicas (status.replicas lags a resize).
// Argo CD's built-in check, which calls a changed object healthy on its previous spec's counts, is replaced.
import { checksFrom, healthFrom, type KindRules } from "../shared/health-rules.ts";

const ZOOKEEPER: KindRules = {
  kind: "ZookeeperCluster",
  cite: "pravega/zookeeper-operator api/v1beta1/status.go",
  rules: [
    {
      when: { condition: "Error", status: "True" },
      state: "Failed",
      message: [{ conditionMessage: "Error" }, "Error"],
    },
    {
      when: { condition: "Upgrading", status: "True" },
      state: "Progressing",
      message: [{ conditionMessage: "Upgrading" }, "upgrading"],
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
  otherwise: { state: "Progressing", message: ["not every server is ready"] },
};

export const HEALTH_RULES = [ZOOKEEPER];
export const health = healthFrom(HEALTH_RULES);
export const healthChecks = checksFrom(HEALTH_RULES);

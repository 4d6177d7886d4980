// A Pravega ZookeeperCluster's health (api/v1beta1/status.go): the operator keeps three conditions,
// PodsReady, Upgrading and Error (Error=True with reason UpgradeFailed when an upgrade failed), and counts
// `readyReplicas` against `replicas`. Argo CD's built-in check calls it healthy when the counts match.

import type { Health, K8sObject } from "../../model/k8s-object.ts";
import { describeCondition, trueCondition } from "../shared/conditions.ts";

interface PravegaStatus {
  replicas?: number;
  readyReplicas?: number;
}

export function health(o: K8sObject): Health {
  const status = o.status as PravegaStatus | undefined;
  if (!status || Object.keys(status).length === 0) {
    return { state: "Unknown", message: "no status yet: the ZooKeeper operator has not reported on it" };
  }
  const error = trueCondition(o, "Error");
  if (error) return { state: "Failed", message: describeCondition(error) };
  const desired = (o.spec as { replicas?: number } | undefined)?.replicas ?? status.replicas ?? 0;
  const ready = status.readyReplicas ?? 0;
  const upgrading = trueCondition(o, "Upgrading");
  if (upgrading) {
    return {
      state: "Progressing",
      message: `upgrading: ${describeCondition(upgrading)} (${ready}/${desired} ready)`,
    };
  }
  if (trueCondition(o, "PodsReady") && ready === desired && desired > 0) {
    return { state: "Ready", message: `${ready}/${desired} servers ready` };
  }
  return { state: "Progressing", message: `${ready}/${desired} servers ready` };
}

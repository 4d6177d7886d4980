// Stackable (stackabletech/operator-rs 7b9f9ac9 crates/stackable-operator/src/status/condition/, the
// zookeeper-operator 79a5f62e and kafka-operator that use it): the statuses of a ready ZookeeperCluster or
// KafkaCluster, and of a ZookeeperZnode.
import { metaTime } from "../../../kube/time.ts";
import type { Json, StatusSubject } from "./subject.ts";

/**
 * A ready cluster: ClusterCondition (mod.rs: type, status, lastTransitionTime, reason, message; no
 * lastUpdateTime since operator-rs 0.94.0) from the builders the operators combine (compute_conditions,
 * ordered by type): statefulset.rs StatefulSetConditionBuilder (Available True once every StatefulSet has
 * its replicas available) and operations.rs ClusterOperationsConditionBuilder (ReconciliationPaused and
 * Stopped False). No builder writes Degraded or Progressing, and none sets a reason. update_timestamps
 * sets lastTransitionTime only when a condition's status changes: Available turned True (it was False
 * while the pods started); the other two have been False since the first write, so they carry none.
 * (A ZookeeperCluster also has `discoveryHash`, a hash of its discovery ConfigMap: left out.)
 */
export function clusterReady(): Json {
  return {
    conditions: [
      {
        type: "Available",
        status: "True",
        lastTransitionTime: metaTime(),
        message: "All StatefulSet have the requested amount of ready replicas.",
      },
      { type: "ReconciliationPaused", status: "False", message: "The cluster is reconciled normally." },
      { type: "Stopped", status: "False", message: "The cluster is running." },
    ],
  };
}

/**
 * A ZookeeperZnode: zookeeper-operator rust/operator-binary/src/znode_controller.rs writes
 * `status.znodePath` first, `/znode-<uid>` ("Default to the uid … rather than the object name"), then
 * creates the znode and its discovery ConfigMap.
 */
export function znodeReady(o: StatusSubject): Json {
  if (!o.metadata.uid)
    throw new Error(`ZookeeperZnode ${o.metadata.name}: the live object (with its uid) is needed`);
  return { znodePath: `/znode-${o.metadata.uid}` };
}

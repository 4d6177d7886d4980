// Pravega's ZooKeeper operator (pravega/zookeeper-operator v0.2.15, the release of the CRD the tests use):
// the status of a ready ZookeeperCluster and of one whose upgrade failed.
import { metaTime } from "../../../kube/time.ts";
import type { Json, StatusSubject } from "./subject.ts";

/**
 * The conditions (api/v1beta1/status.go): Init adds PodsReady, Upgrading and Error as False with no
 * reason, message or time; setClusterCondition stamps lastTransitionTime and lastUpdateTime (RFC 3339,
 * whole seconds) only when a status changes, and lastUpdateTime when a reason or message does.
 */
const condition = (type: string, status: string, changed: boolean, reason?: string, message?: string) => {
  const now = metaTime();
  return {
    type,
    status,
    ...(reason ? { reason } : {}),
    ...(message ? { message } : {}),
    ...(changed ? { lastUpdateTime: now, lastTransitionTime: now } : {}),
  };
};

const replicasOf = (o: StatusSubject): number => o.spec?.replicas ?? 3;
const members = (o: StatusSubject, n: number) =>
  Array.from({ length: n }, (_, i) => `${o.metadata.name}-${i}`);

/**
 * Ready (controllers/zookeepercluster_controller.go reconcileClusterStatus): replicas and readyReplicas
 * from the StatefulSet; members.ready the pods `<name>-<i>` whose containers are all ready; once every
 * replica is ready, PodsReady True, the znode /zookeeper-operator/<name> made (metaRootCreated) and
 * currentVersion the image tag (default 0.2.15). reconcileClientService: internalClientEndpoint is the
 * client Service's ClusterIP and port 2181 (a stand-in address here), externalClientEndpoint "N/A" unless
 * the Service is a LoadBalancer.
 */
export function zookeeperReady(o: StatusSubject): Json {
  const n = replicasOf(o);
  return {
    members: { ready: members(o, n) },
    replicas: n,
    readyReplicas: n,
    internalClientEndpoint: "10.96.0.42:2181",
    externalClientEndpoint: "N/A",
    metaRootCreated: true,
    currentVersion: o.spec?.image?.tag ?? "0.2.15",
    conditions: [
      condition("PodsReady", "True", true),
      condition("Upgrading", "False", false),
      condition("Error", "False", false),
    ],
  };
}

/**
 * An upgrade that timed out (controllers/zookeepercluster_controller.go upgradeStatefulSet at v0.2.15): it
 * began with targetVersion the spec's tag, PodsReady False and Upgrading True; UpdateProgress keeps
 * Upgrading's reason "Updating Zookeeper" and its message the StatefulSet's updated replicas; with no
 * progress for 10 minutes checkSyncTimeout gives "progress deadline exceeded", set as Error True with
 * reason UpgradeFailed (IsClusterInUpgradeFailedState), and Upgrading stays True. replicas and
 * readyReplicas are the StatefulSet's (updateStatefulSet; the last pod not ready); reconcileClusterStatus
 * is skipped while upgrading, so members are those from before the upgrade.
 */
export function zookeeperUpgradeFailed(o: StatusSubject, fromVersion: string, message: string): Json {
  const n = replicasOf(o);
  return {
    ...zookeeperReady(o),
    readyReplicas: n - 1,
    currentVersion: fromVersion,
    targetVersion: o.spec?.image?.tag,
    conditions: [
      condition("PodsReady", "False", true),
      condition("Upgrading", "True", true, "Updating Zookeeper", String(n - 1)),
      condition("Error", "True", true, "UpgradeFailed", message),
    ],
  };
}

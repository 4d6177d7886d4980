// ZookeeperCluster and ZookeeperZnode health in the Stackable dialect (shared/stackable-health.ts;
// Event reasons from stackabletech/zookeeper-operator rust/operator-binary/src/zk_controller.rs and
// znode_controller.rs, enum Error).
//
// A ZNode has no conditions. Its `status.znodePath` is written first, before the znode exists in the
// ensemble (znode_controller.rs reconcile_znode: "Writing default configuration to status"); the znode is
// created next and only then the discovery ConfigMap, named after the ZookeeperZnode, that consumers
// read (znode_controller.rs reconcile_apply: "The znode must exist in the ZooKeeper ensemble before the
// discovery ConfigMap advertises it"; znode_controller/build.rs). So it is ready when that ConfigMap
// exists.
import { checksFrom, healthFrom, type KindRules } from "../shared/health-rules.ts";
import { stackableClusterRules, stackableEventRules } from "../shared/stackable-health.ts";

const [invalid, failing] = stackableEventRules(["InvalidZookeeperZnode", "ValidateCluster"]);

const ZNODE: KindRules = {
  kind: "ZookeeperZnode",
  cite: "stackabletech/zookeeper-operator rust/operator-binary/src/znode_controller.rs",
  rules: [
    invalid!,
    {
      when: {
        fact: { exists: "ConfigMap" },
        // Argo CD's Lua and Flux's CEL read one object: the path written back is the closest signal.
        closest: { has: "status.znodePath" },
        why: "a health check sees only its own object, not the discovery ConfigMap",
      },
      state: "Ready",
      message: ["discovery ConfigMap written"],
    },
    failing!,
  ],
  otherwise: {
    state: "Progressing",
    message: ["Waiting for the Stackable operator to create the znode and its discovery ConfigMap"],
  },
};

export const HEALTH_RULES = [stackableClusterRules("ZookeeperCluster"), ZNODE];
export const health = healthFrom(HEALTH_RULES);
export const healthChecks = checksFrom(HEALTH_RULES);

// What a Stackable ZooKeeper offers. Each ZookeeperCluster and each ZookeeperZnode gets a discovery
// ConfigMap named like the object (keys ZOOKEEPER, ZOOKEEPER_HOSTS, ZOOKEEPER_CHROOT,
// ZOOKEEPER_CLIENT_PORT; zookeeper-operator src/discovery.rs). A consumer is connected through a ZNode of
// its own (its chroot, `/znode-<uid>`), so two consumers never share ZooKeeper paths (connect.ts).
//
// Names (operator-rs role_utils): role group `default` of role `servers` is the StatefulSet
// `<cluster>-server-default`, pods `<cluster>-server-default-<n>`, Services `…-headless` and `…-metrics`.
import type { Endpoints } from "../../model/render-context.ts";
import type { ModelBlueprint, ModelComponent, ZookeeperComponent } from "../../model/types.ts";
import type { DerivedName } from "../types.ts";

export const ROLE_GROUP = "default";
export const clusterName = (z: ZookeeperComponent): string => z.childName;
const statefulSet = (z: ZookeeperComponent) => `${clusterName(z)}-server-${ROLE_GROUP}`;

/** The ZNode a consumer gets: named after the consumer, so each consumer has its own. */
export const znodeName = (consumer: ModelComponent): string => `${consumer.childName}-znode`;

export function derivedNames(z: ZookeeperComponent, _blueprint: ModelBlueprint): DerivedName[] {
  const sts = statefulSet(z);
  return [
    { name: `${sts}-headless`, limit: 63, what: "headless Service of the servers" },
    { name: `${sts}-metrics`, limit: 63, what: "metrics Service of the servers" },
    { name: `${sts}-${z.replicas - 1}`, limit: 63, what: "Pod name (and hostname) of a server" },
    // The StatefulSet controller labels pods controller-revision-hash=<statefulset>-<10 characters>.
    {
      name: `${sts}-0123456789`,
      limit: 63,
      what: "controller-revision-hash label of the servers' StatefulSet",
    },
  ];
}

export function endpoints(z: ZookeeperComponent, blueprint: ModelBlueprint): Endpoints {
  return { discoveryConfigMap: clusterName(z), namespace: blueprint.namespace };
}

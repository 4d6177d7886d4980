// What a Pravega ZooKeeper offers, under the operator's names (pravega/zookeeper-operator v0.2.15,
// api/v1beta1 zookeepercluster_types.go and pkg/zk/generators.go): the client Service
// `<name>-client` on port 2181, the headless Service `<name>-headless`, the admin server Service
// `<name>-admin-server`, and the StatefulSet `<name>` with pods `<name>-<n>`.

import type { Endpoints } from "../../model/render-context.ts";
import type { ModelBlueprint, ZookeeperComponent } from "../../model/types.ts";
import type { DerivedName } from "../types.ts";

export const CLIENT_PORT = 2181;
export const clusterName = (z: ZookeeperComponent): string => z.childName;

export function derivedNames(z: ZookeeperComponent, _blueprint: ModelBlueprint): DerivedName[] {
  const c = clusterName(z);
  return [
    { name: `${c}-admin-server`, limit: 63, what: "admin server Service" },
    { name: `${c}-headless`, limit: 63, what: "headless Service of the servers" },
    // The StatefulSet controller labels pods controller-revision-hash=<statefulset>-<10 characters>.
    {
      name: `${c}-0123456789`,
      limit: 63,
      what: "controller-revision-hash label of the servers' StatefulSet",
    },
  ];
}

export function endpoints(z: ZookeeperComponent, blueprint: ModelBlueprint): Endpoints {
  return {
    connectString: `${clusterName(z)}-client.${blueprint.namespace}.svc:${CLIENT_PORT}`,
    namespace: blueprint.namespace,
  };
}

// A ZooKeeper component as a Stackable `ZookeeperCluster`: one role group `default` of `servers`, with
// the ensemble size, persistent storage and resources (requests = limits), like upstream's
// getting-started zookeeper.yaml. The ZNodes of its consumers are made by `connect` (endpoints.ts).
import { ZookeeperCluster } from "../../imports/zookeeper.stackable.tech.ts";
import type { ZookeeperComponent } from "../../model/types.ts";
import { stackablePlacement } from "../shared/stackable.ts";
import type { K8sObject, RenderContext } from "../types.ts";
import { clusterName, ROLE_GROUP } from "./endpoints.ts";

/** ZooKeeper of the Stackable 26.7.0 examples (docs getting_started/zookeeper.yaml at tag 26.7.0). */
export const DEFAULT_VERSION = "3.9.5";

export function render(z: ZookeeperComponent, ctx: RenderContext): K8sObject[] {
  const placement = stackablePlacement(ctx.placement(z, "servers"));
  return [
    ZookeeperCluster.manifest({
      metadata: { name: clusterName(z) },
      spec: {
        image: { productVersion: z.version },
        servers: {
          config: {
            resources: {
              cpu: { min: z.resources.cpu, max: z.resources.cpu },
              memory: { limit: z.resources.memory },
              storage: {
                data: {
                  capacity: z.storage.size,
                  ...(z.storage.class ? { storageClass: z.storage.class } : {}),
                },
              },
            },
          },
          roleGroups: { [ROLE_GROUP]: { replicas: z.replicas, ...placement } },
        },
      },
    }),
  ];
}

// A ZooKeeper component as a Stackable `ZookeeperCluster`: one role group `default` of `servers`, with
// the ensemble size, persistent storage and resources (requests = limits), like upstream's
// getting-started zookeeper.yaml. The ZNodes of its consumers are made by `connect` (endpoints.ts).
import { ZookeeperCluster } from "../../imports/zookeeper.stackable.tech.ts";
import type { K8sObject } from "../../model/k8s-object.ts";
import type { RenderContext } from "../../model/render-context.ts";
import type { ZookeeperComponent } from "../../model/types.ts";
import { withOnePerHost } from "../shared/affinity.ts";
import { stackablePlacement } from "../shared/stackable.ts";
import { clusterName, ROLE_GROUP } from "./endpoints.ts";

/**
 * Labels the operator puts on every server pod (operator-rs recommended labels: `app.kubernetes.io/name`
 * = zookeeper, `instance` = the cluster, `component` = the role `server`; the same three its own default
 * anti-affinity selects, crd/affinity.rs `affinity_between_role_pods`), across role groups.
 */
export const serverPodLabels = (z: ZookeeperComponent): Record<string, string> => ({
  "app.kubernetes.io/name": "zookeeper",
  "app.kubernetes.io/instance": clusterName(z),
  "app.kubernetes.io/component": "server",
});

export function render(z: ZookeeperComponent, ctx: RenderContext): K8sObject[] {
  // The one-per-host anti-affinity replaces the operator's default preferred one (weight 70): affinity
  // fields merge atomically (operator-rs commons/affinity.rs).
  const placement = stackablePlacement(withOnePerHost(ctx.placement(z, "servers"), serverPodLabels(z)));
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

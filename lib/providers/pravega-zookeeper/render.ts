// A ZooKeeper component as a Pravega `ZookeeperCluster` (zookeeper.pravega.io/v1beta1), shaped like
// upstream's config/samples/pravega/zookeeper_v1beta1_zookeepercluster_cr.yaml: replicas, the
// pravega/zookeeper image, persistent storage. The PVCs follow the component's deletion policy
// (`reclaimPolicy`, Retain for a data-bearing component by default); requests equal limits.
import {
  ZookeeperCluster,
  ZookeeperClusterSpecPersistenceReclaimPolicy,
  ZookeeperClusterSpecPersistenceSpecResourcesRequests,
  type ZookeeperClusterSpecPodAffinity,
  ZookeeperClusterSpecPodResourcesLimits,
  ZookeeperClusterSpecPodResourcesRequests,
} from "../../imports/zookeeper.pravega.io.ts";
import type { K8sObject } from "../../model/k8s-object.ts";
import type { RenderContext } from "../../model/render-context.ts";
import type { ZookeeperComponent } from "../../model/types.ts";
import { withOnePerHost } from "../shared/affinity.ts";
import { placementFields } from "../shared/pod.ts";
import { clusterName } from "./endpoints.ts";

/** The operator's own ZooKeeper image, tagged with the operator release it ships with. */
export const IMAGE_REPOSITORY = "pravega/zookeeper";

/**
 * Labels the operator puts on every ZooKeeper pod (pkg/zk/generators.go MakeStatefulSet: `app: <cluster>`,
 * `kind: ZookeeperMember`): what the one-per-host anti-affinity selects.
 */
export const memberPodLabels = (z: ZookeeperComponent): Record<string, string> => ({
  app: clusterName(z),
  kind: "ZookeeperMember",
});

export function render(z: ZookeeperComponent, ctx: RenderContext): K8sObject[] {
  // `pod.affinity` replaces the operator's default (a preferred anti-affinity of weight 20, PodPolicy
  // withDefaults, set only when the field is empty); nodeSelector and tolerations go to the pods as they are.
  const { affinity, ...placement } = placementFields(
    withOnePerHost(ctx.placement(z, "servers"), memberPodLabels(z)),
  );
  const req = ZookeeperClusterSpecPodResourcesRequests.fromString;
  const lim = ZookeeperClusterSpecPodResourcesLimits.fromString;
  return [
    ZookeeperCluster.manifest({
      metadata: { name: clusterName(z) },
      spec: {
        replicas: z.replicas,
        image: { repository: IMAGE_REPOSITORY, tag: z.version },
        storageType: "persistence",
        persistence: {
          reclaimPolicy:
            z.deletionPolicy === "Delete"
              ? ZookeeperClusterSpecPersistenceReclaimPolicy.DELETE
              : ZookeeperClusterSpecPersistenceReclaimPolicy.RETAIN,
          spec: {
            accessModes: ["ReadWriteOnce"],
            ...(z.storage.class ? { storageClassName: z.storage.class } : {}),
            resources: {
              requests: {
                storage: ZookeeperClusterSpecPersistenceSpecResourcesRequests.fromString(z.storage.size),
              },
            },
          },
        },
        pod: {
          resources: {
            requests: { cpu: req(z.resources.cpu), memory: req(z.resources.memory) },
            limits: { cpu: lim(z.resources.cpu), memory: lim(z.resources.memory) },
          },
          ...placement,
          ...(affinity ? { affinity: affinity as ZookeeperClusterSpecPodAffinity } : {}),
        },
      },
    }),
  ];
}

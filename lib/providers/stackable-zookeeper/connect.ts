// A consumer connected to a Stackable ZooKeeper: a ZookeeperZnode of its own, whose discovery ConfigMap it
// reads. Part of the provider's rendering half (lazy-renderer.ts).
import { ZookeeperZnode } from "../../imports/zookeeper.stackable.tech.ts";
import type { K8sObject } from "../../model/k8s-object.ts";
import type { Connected, RenderContext } from "../../model/render-context.ts";
import type { ModelBlueprint, ModelComponent, ZookeeperComponent } from "../../model/types.ts";
import { ownerNamespace } from "../shared/refs.ts";
import { clusterName, znodeName } from "./endpoints.ts";

export function znode(z: ZookeeperComponent, consumer: ModelComponent, clusterNamespace: string): K8sObject {
  return ZookeeperZnode.manifest({
    // In the consumer's namespace: the discovery ConfigMap appears next to the ZNode, where the consumer
    // (a KafkaCluster's zookeeperConfigMapName) can read it.
    metadata: { name: znodeName(consumer) },
    spec: { clusterRef: { name: clusterName(z), namespace: clusterNamespace } },
  });
}

export function connect(
  z: ZookeeperComponent,
  consumer: ModelComponent,
  ctx: RenderContext,
  ownerBlueprint?: ModelBlueprint,
): Connected {
  const namespace = ownerBlueprint?.namespace ?? ownerNamespace(z, consumer, ctx);
  const object = znode(z, consumer, namespace);
  return {
    endpoints: { discoveryConfigMap: object.metadata.name, znode: object.metadata.name },
    objects: [object],
  };
}

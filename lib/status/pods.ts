// Which pods a data-bearing child's operator makes, by the labels that operator puts on them. Only data
// roles are listed: they are the roles placement sends to agent nodes (lib/placement/README.md), made by
// their operator from a fixed template. Each selector is the one the one-per-host anti-affinity of that
// provider selects (lib/providers/*/render.ts), read off the live object rather than the Model, because
// `trib status` also serves stacks a GitOps engine published (no Blueprint in the cluster).
import { groupOf } from "../../kube/objects.ts";
import type { K8sObject } from "../model/k8s-object.ts";

/**
 * The label selector of the pods the operator of `child` runs for it, or undefined when it runs none that
 * hold data (topics, jobs, streamlets, ZNodes…).
 */
export function dataPodSelector(child: K8sObject): Record<string, string> | undefined {
  const name = child.metadata.name;
  switch (`${groupOf(child.apiVersion)} ${child.kind}`) {
    // Strimzi cluster operator, KafkaPool: pods `<kafka>-<pool>-<id>` labelled strimzi.io/cluster and
    // strimzi.io/pool-name (the pool's cluster is its own strimzi.io/cluster label).
    case "kafka.strimzi.io KafkaNodePool": {
      const cluster = child.metadata.labels?.["strimzi.io/cluster"];
      return cluster ? { "strimzi.io/cluster": cluster, "strimzi.io/pool-name": name } : undefined;
    }
    // Stackable operators (operator-rs recommended labels): name = product, instance = cluster,
    // component = role (zookeeper-operator `server`; kafka-operator `broker` and `controller`).
    case "zookeeper.stackable.tech ZookeeperCluster":
      return {
        "app.kubernetes.io/name": "zookeeper",
        "app.kubernetes.io/instance": name,
        "app.kubernetes.io/component": "server",
      };
    case "kafka.stackable.tech KafkaCluster":
      return { "app.kubernetes.io/name": "kafka", "app.kubernetes.io/instance": name };
    // Pravega zookeeper-operator, pkg/zk/generators.go MakeStatefulSet: app=<cluster>, kind=ZookeeperMember.
    case "zookeeper.pravega.io ZookeeperCluster":
      return { app: name, kind: "ZookeeperMember" };
    default:
      return undefined;
  }
}

/** The pod carries every label of the selector. */
export const selects = (selector: Record<string, string>, labels: Record<string, string> | undefined) =>
  Object.entries(selector).every(([k, v]) => labels?.[k] === v);

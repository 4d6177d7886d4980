// The KafkaUser of a streamlet on an authenticated listener (the companion object of `connect`), with ACLs
// for exactly the topics it reads and writes.
import * as v1 from "../../imports/kafka.strimzi.io.ts";
import { KafkaUser as KafkaUserV1beta2 } from "../../imports/kafka.strimzi.io-v1beta2.ts";
import type { K8sObject } from "../../model/k8s-object.ts";
import type { Wiring } from "../../model/render-context.ts";
import type { KafkaComponent, ModelBlueprint } from "../../model/types.ts";
import { CLUSTER_LABEL, clusterName } from "./cluster.ts";

interface AclPlan {
  resource: { type: "topic" | "group"; name: string };
  operations: ("Read" | "Write" | "Describe")[];
}

/**
 * Least privilege from the wiring: Describe+Read on each topic read, Read on the consumer group,
 * Describe+Write on each topic written. No Create (Tributary makes the topics), no IdempotentWrite (not
 * needed since Kafka 3.0, KIP-679). Topics in name order, operations in a fixed order: stable output.
 */
export function aclsOf(wiring: Wiring): AclPlan[] {
  const ops = new Map<string, Set<AclPlan["operations"][number]>>();
  const add = (topic: string, ...o: AclPlan["operations"]) => {
    const set = ops.get(topic) ?? new Set();
    for (const x of o) set.add(x);
    ops.set(topic, set);
  };
  for (const i of wiring.inlets) add(i.topic, "Describe", "Read");
  for (const o of wiring.outlets) add(o.topic, "Describe", "Write");
  const order: AclPlan["operations"] = ["Describe", "Read", "Write"];
  const acls: AclPlan[] = [...ops.keys()].sort().map((name) => ({
    resource: { type: "topic", name },
    operations: order.filter((o) => ops.get(name)!.has(o)),
  }));
  if (wiring.inlets.length > 0 && wiring.consumerGroup) {
    acls.push({ resource: { type: "group", name: wiring.consumerGroup }, operations: ["Read"] });
  }
  return acls;
}

const OPERATION_KEYS = { Read: "READ", Write: "WRITE", Describe: "DESCRIBE" } as const;

/**
 * The KafkaUser of a streamlet, in the Kafka's namespace (where the User Operator watches). Built with
 * the v1 classes for either API: the fields written here (authentication type, simple authorization, ACLs
 * with `operations`) are the same in Strimzi 0.51's v1beta2 CRD, so a v1beta2 user differs only by its
 * apiVersion (the tests validate both against their own CRD).
 */
export function kafkaUser(
  k: KafkaComponent,
  streamlet: { childName: string },
  wiring: Wiring,
  authentication: "tls" | "scram-sha-512",
  namespace: string,
  apiVersion: ModelBlueprint["strimziApiVersion"],
): K8sObject {
  const user = v1.KafkaUser.manifest({
    metadata: { name: streamlet.childName, namespace, labels: { [CLUSTER_LABEL]: clusterName(k) } },
    spec: {
      authentication: {
        type:
          authentication === "tls"
            ? v1.KafkaUserSpecAuthenticationType.TLS
            : v1.KafkaUserSpecAuthenticationType.SCRAM_HYPHEN_SHA_HYPHEN_512,
      },
      authorization: {
        type: v1.KafkaUserSpecAuthorizationType.SIMPLE,
        acls: aclsOf(wiring).map((a) => ({
          resource: {
            type:
              a.resource.type === "topic"
                ? v1.KafkaUserSpecAuthorizationAclsResourceType.TOPIC
                : v1.KafkaUserSpecAuthorizationAclsResourceType.GROUP,
            name: a.resource.name,
            patternType: v1.KafkaUserSpecAuthorizationAclsResourcePatternType.LITERAL,
          },
          operations: a.operations.map((o) => v1.KafkaUserSpecAuthorizationAclsOperations[OPERATION_KEYS[o]]),
        })),
      },
    },
  });
  return apiVersion === "v1beta2" ? { ...user, apiVersion: KafkaUserV1beta2.GVK.apiVersion } : user;
}

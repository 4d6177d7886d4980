// A topic component as a Strimzi `KafkaTopic`, reconciled by the Kafka's topic operator. Which Kafka,
// in which namespace and through which API version all come from the Kafka's provider (`ctx.connect`),
// never from names guessed here: the KafkaTopic must carry `strimzi.io/cluster: <Kafka>` and live in the
// namespace the topic operator watches, the Kafka's own.
import * as v1 from "../../imports/kafka.strimzi.io.ts";
import * as v1beta2 from "../../imports/kafka.strimzi.io-v1beta2.ts";
import type { K8sObject } from "../../model/k8s-object.ts";
import type { RenderContext } from "../../model/render-context.ts";
import type { TopicComponent } from "../../model/types.ts";
import { CLUSTER_LABEL } from "../strimzi-kafka/cluster.ts";
import { topicObjectName } from "./endpoints.ts";

/**
 * The topic's configuration: `retention.ms` from the component, then the Blueprint's own `config`, which
 * wins (a `config["retention.ms"]` written by hand is not overridden by the default retention).
 */
export const topicConfig = (t: TopicComponent): Record<string, string | number | boolean> => ({
  "retention.ms": t.retentionMs,
  ...t.config,
});

export function render(t: TopicComponent, ctx: RenderContext): K8sObject[] {
  const { endpoints } = ctx.connect(t, t.kafka);
  const cluster = endpoints.cluster;
  if (!cluster) {
    throw new Error(
      `${t.path}: the Kafka of topic ${t.name} gave no Strimzi cluster name (is it run by Strimzi?)`,
    );
  }
  const name = topicObjectName(t);
  const metadata = {
    name,
    ...(endpoints.namespace ? { namespace: endpoints.namespace } : {}),
    labels: { [CLUSTER_LABEL]: cluster },
  };
  const spec = {
    ...(t.topicName !== name ? { topicName: t.topicName } : {}),
    partitions: t.partitions,
    replicas: t.replicas,
    config: topicConfig(t),
  };
  const api = endpoints.strimziApiVersion ?? ctx.blueprint.strimziApiVersion;
  return [
    api === "v1beta2"
      ? v1beta2.KafkaTopic.manifest({ metadata, spec })
      : v1.KafkaTopic.manifest({ metadata, spec }),
  ];
}

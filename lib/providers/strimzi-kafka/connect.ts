// A consumer connected to a Strimzi Kafka: the endpoints of its listener, and a KafkaUser of its own when
// the listener authenticates clients. Part of the provider's rendering half (lazy-renderer.ts).
import type { Connected, RenderContext } from "../../model/render-context.ts";
import type { KafkaComponent, ModelBlueprint, ModelComponent } from "../../model/types.ts";
import { isStreamlet } from "../../model/types.ts";
import { ownerNamespace } from "../shared/refs.ts";
import { authenticatedListener, authenticationOf, endpoints, listenerEndpoints } from "./endpoints.ts";
import { kafkaUser } from "./user.ts";

export function connect(
  k: KafkaComponent,
  consumer: ModelComponent,
  ctx: RenderContext,
  ownerBlueprint?: ModelBlueprint,
): Connected {
  const namespace = ownerBlueprint?.namespace ?? ownerNamespace(k, consumer, ctx);
  const strimziApiVersion = ownerBlueprint?.strimziApiVersion ?? ctx.blueprint.strimziApiVersion;
  const base = endpoints(k, { ...ctx.blueprint, namespace, strimziApiVersion });
  const secured = authenticatedListener(k);
  const authentication = secured && authenticationOf(secured);
  if (!isStreamlet(consumer) || !secured || !authentication) return { endpoints: base, objects: [] };
  const user = kafkaUser(k, consumer, ctx.wiring(consumer), authentication, namespace, strimziApiVersion);
  return {
    endpoints: {
      ...base,
      ...listenerEndpoints(k, namespace, secured),
      user: user.metadata.name,
      // The User Operator writes the credentials into a Secret named like the KafkaUser.
      userSecret: user.metadata.name,
      userAuthentication: authentication,
      ...(authentication === "scram-sha-512" ? { saslMechanism: "SCRAM-SHA-512" } : {}),
    },
    objects: [user],
  };
}

// What the Strimzi provider tests share: validators compiled up front, a placement with every field, a
// stub render context.
import { expect } from "vitest";
import type { K8sObject } from "../../lib/model/k8s-object.ts";
import type { Placement } from "../../lib/model/placement.ts";
import type { RenderContext, Wiring } from "../../lib/model/render-context.ts";
import type { KafkaComponent, ModelBlueprint } from "../../lib/model/types.ts";
import { blueprint, modelsOf } from "./blueprints.ts";
import { stubContext } from "./context.ts";
import { precompile, validateUpstream } from "./upstream-schemas.ts";

// biome-ignore lint/suspicious/noExplicitAny: assertions walk the plain JSON of emitted objects
export type Json = any;

const KINDS = ["Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser"];

/** The Kafka CRDs are large: compile their validators once, up front (a `beforeAll`). */
export function precompileStrimzi(): void {
  for (const v of ["v1", "v1beta2"]) for (const kind of KINDS) precompile(`kafka.strimzi.io/${v}`, kind);
}

export const expectValid = (objects: K8sObject[]) => {
  for (const o of objects)
    expect(validateUpstream(o), `${o.kind} ${o.metadata.name}`).toEqual({ ok: true, errors: [] });
};

export const PLACED: Placement = {
  nodeSelector: { "tributary.dev/node-class": "data" },
  tolerations: [{ key: "tributary.dev/runtime", operator: "Equal", value: "systemd", effect: "NoSchedule" }],
  affinity: {
    nodeAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [
          { matchExpressions: [{ key: "kubernetes.io/arch", operator: "In", values: ["amd64"] }] },
        ],
      },
    },
    podAntiAffinity: {
      preferredDuringSchedulingIgnoredDuringExecution: [
        { weight: 100, podAffinityTerm: { topologyKey: "kubernetes.io/hostname", labelSelector: {} } },
      ],
    },
  },
  runtime: "container",
};
export const NO_WIRING: Wiring = {
  bootstrapServers: "",
  consumerGroup: "",
  inlets: [],
  outlets: [],
  env: {},
};

export function ctxOf(
  model: ModelBlueprint,
  options: { wiring?: Wiring; placement?: Placement } = {},
): RenderContext {
  return stubContext(model, options);
}

export const kafkaOf = (model: ModelBlueprint, name = "events") =>
  model.components.find((c) => c.name === name) as KafkaComponent;

/**
 * A Blueprint valid as written for the checks' tests: Kafka `events` with 2 brokers and topic `orders` with 2
 * replicas on it. The tests set the offending values on its components (compile would reject them).
 */
export function checkedShop(): ModelBlueprint {
  const [model] = modelsOf(
    blueprint(
      "shop",
      `
components:
  - name: events
    kafka:
      brokers: {replicas: 2}
  - name: orders
    topic: {replicas: 2}
`,
    ),
  );
  return model!;
}

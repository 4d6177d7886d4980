import { expect } from "vitest";
import type { K8sObject } from "../../lib/model/k8s-object.ts";
import type { Placement } from "../../lib/model/placement.ts";
import type { Endpoints, RenderContext } from "../../lib/model/render-context.ts";
import type { KafkaComponent, ModelBlueprint } from "../../lib/model/types.ts";
import { connectTo } from "../../lib/providers/registry.ts";
import { blueprint } from "./blueprints.ts";
import { stubContext } from "./context.ts";
import { precompile, validateUpstream } from "./upstream-schemas.ts";

// biome-ignore lint/suspicious/noExplicitAny: assertions walk the plain JSON of emitted objects
export type Json = any;

/** The Stackable CRDs are large: compile their validators once, up front (a `beforeAll`). */
export function precompileStackable(): void {
  precompile("kafka.stackable.tech/v1alpha1", "KafkaCluster");
  precompile("zookeeper.stackable.tech/v1alpha1", "ZookeeperCluster");
  precompile("zookeeper.stackable.tech/v1alpha1", "ZookeeperZnode");
}

/** Custom resources validate strictly; the Job (a core kind) is checked later against a real API server. */
export const expectValid = (objects: K8sObject[]) => {
  for (const o of objects.filter((x) => x.kind !== "Job")) {
    expect(validateUpstream(o), `${o.kind} ${o.metadata.name}`).toEqual({ ok: true, errors: [] });
  }
};

export const ANYWHERE: Placement = { nodeSelector: {}, tolerations: [], affinity: {}, runtime: "container" };
export const PLACED: Placement = {
  nodeSelector: { "tributary.dev/node-class": "data" },
  tolerations: [{ key: "tributary.dev/runtime", operator: "Equal", value: "systemd", effect: "NoSchedule" }],
  affinity: {
    podAntiAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: [
        { topologyKey: "kubernetes.io/hostname", labelSelector: { matchLabels: { app: "x" } } },
      ],
    },
  },
  runtime: "container",
};

export function ctxOf(
  model: ModelBlueprint,
  options: { placement?: Placement; endpoints?: Endpoints } = {},
): RenderContext {
  return stubContext(model, {
    ...(options.placement ? { placement: options.placement } : {}),
    connect: () => ({ endpoints: options.endpoints ?? {}, objects: [] }),
  });
}

export const ZK_MODE = blueprint(
  "shop",
  `
components:
  - name: zk
    zookeeper: {replicas: 5, storage: {size: 20Gi, class: local-ssd}, resources: {cpu: "1", memory: 2Gi}}
  - name: events
    operator: stackable
    kafka:
      zookeeper: zk
      brokers: {replicas: 3, storage: {size: 200Gi}}
  - name: orders
    topic: {partitions: 6, retention: 12h}
`,
);

/** A context whose connect() asks the real Kafka provider, as synth does. */
export function realConnect(model: ModelBlueprint): RenderContext {
  const ctx: RenderContext = {
    ...ctxOf(model),
    connect: (consumer, ref) => {
      const kafka = model.components.find((c) => c.name === ref.component) as KafkaComponent;
      return connectTo(kafka, consumer, ctx, model);
    },
  };
  return ctx;
}

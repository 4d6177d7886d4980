// The operator bench's workload: N Blueprints of one Kafka (the Kafka and its two node pools) and T topics
// each, their children as the pipeline synthesizes them, and the edits the churn phase makes.

import type { KObject } from "../../kube/objects.ts";
import type { ModelBlueprint } from "../../lib/model/types.ts";
import { compile } from "../../lib/stages.ts";
import { synthesizeBlueprint } from "../../lib/synth/synthesize.ts";
import { computeStatus, type Status } from "../../operator/decisions/kstatus.ts";
import { endpointsOf } from "../../operator/reconcile/status.ts";

export interface Shape {
  /** Topics per Blueprint (the children: 3 + topics). */
  topics: number;
  /** Partitions of every topic (the churn changes it). */
  partitions: number;
  /** An extra topic, added and removed by the churn. */
  extraTopic?: boolean;
}

export const BASE_SHAPE = (topics: number): Shape => ({ topics, partitions: 3 });

export const blueprintName = (i: number) => `b${String(i).padStart(3, "0")}`;

/** The Blueprint as a user writes it. */
export function blueprintDoc(namespace: string, name: string, shape: Shape): KObject {
  const topic = (n: string) => ({
    name: n,
    deletionPolicy: "Delete",
    topic: { partitions: shape.partitions, replicas: 1 },
  });
  return {
    apiVersion: "tributary.dev/v1alpha1",
    kind: "Blueprint",
    metadata: { name, namespace },
    spec: {
      components: [
        {
          name: "kafka",
          deletionPolicy: "Delete",
          kafka: { brokers: { replicas: 1 }, controllers: { replicas: 1 } },
        },
        ...Array.from({ length: shape.topics }, (_, t) => topic(`t${t}`)),
        ...(shape.extraTopic ? [topic("extra")] : []),
      ],
    },
  };
}

/** The Blueprint's model, as the pipeline compiles it. */
export function modelOf(doc: KObject): ModelBlueprint {
  const key = `${doc.metadata.namespace}/${doc.metadata.name}`;
  const { models, diagnostics } = compile([{ file: key, text: JSON.stringify(doc) }]);
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(`${key}: ${errors.map((e) => e.message).join("; ")}`);
  return models[0] as ModelBlueprint;
}

/** The status the operator writes for that Blueprint once every component is Ready, stamped `now`. */
export function readyStatusOf(doc: KObject, now: string): Status {
  const model = modelOf(doc);
  const components = model.components.map((c) => ({ name: c.name, health: "Ready" as const }));
  return computeStatus(1, { kind: "applied", components, endpoints: endpointsOf(model) }, undefined, now);
}

/** The children the pipeline synthesizes for that Blueprint (what the operator applies, less ownership). */
export function childrenOf(doc: KObject): KObject[] {
  const model = modelOf(doc);
  return synthesizeBlueprint(model, [model]).map((s) => s.object as KObject);
}

/** `Kind/name` of an object (the bench works in one namespace per contender). */
export const kindName = (o: { kind: string; metadata: { name: string } }) => `${o.kind}/${o.metadata.name}`;

/** One random edit of the churn: partitions changed, the extra topic added or removed. */
export function churnEdit(shape: Shape, random: () => number): Shape {
  return random() < 0.5
    ? { ...shape, partitions: shape.partitions === 3 ? 6 : 3 }
    : { ...shape, extraTopic: !shape.extraTopic };
}

/** The churn's generator: the same churn in every run. */
export { random } from "../../test/support/random.ts";

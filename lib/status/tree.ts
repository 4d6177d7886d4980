// `trib status`: a Blueprint's tree from what is in the cluster — the Blueprint (when there is one), its
// components, each child with its health in its operator's words, and for data roles the pods their
// operator made and the node each runs on. Pure: the command lists the objects, this arranges them.
//
// Children are found by Tributary's labels (`tributary.dev/blueprint`, `tributary.dev/component`), which
// every emitted object carries whoever applied it: the operator in apply mode, or Argo CD / Flux syncing
// the hydrated repository (then there is no Blueprint object and the tree is built from the labels alone).

import type { HealthState, K8sObject } from "../model/k8s-object.ts";
import { healthOf } from "../providers/health.ts";
import { ANNOTATION_WAVE, LABEL_COMPONENT } from "../synth/labels.ts";
import { ageOf } from "./age.ts";
import { dataPodSelector, selects } from "./pods.ts";

/** The node label and value of hosts run by the Tributary agent (agent/, lib/placement/agent.ts). */
export const AGENT_NODE_LABEL = "tributary.dev/runtime";
export const AGENT_NODE_VALUE = "systemd";

export interface StatusInput {
  namespace: string;
  name: string;
  /** The Blueprint object; absent when a GitOps engine published the hydrated tree. */
  blueprint?: K8sObject;
  /** The objects labelled `tributary.dev/blueprint=<name>` in the namespace. */
  children: readonly K8sObject[];
  /** The namespace's pods (those of data children are picked by their operators' labels). */
  pods: readonly K8sObject[];
  /** Nodes, to tell agent nodes apart. */
  nodes: readonly K8sObject[];
  now: Date;
}

export interface PodStatus {
  name: string;
  /** The node it is bound to; "" while unscheduled. */
  node: string;
  /** The node is run by the Tributary agent (label tributary.dev/runtime=systemd). */
  agentNode: boolean;
  health: HealthState;
  message: string;
  age: string;
}

export interface ChildStatus {
  apiVersion: string;
  kind: string;
  namespace: string;
  name: string;
  health: HealthState;
  /** The child's own words (its operator's status), also when ready. */
  message: string;
  age: string;
  /** Data roles only: the pods its operator made. */
  pods?: PodStatus[];
}

export interface ComponentStatus {
  name: string;
  /** The product block the Blueprint gives it (`kafka`, `topic`…); "" without a Blueprint object. */
  product: string;
  /** Its worst child's health. */
  health: HealthState;
  message: string;
  children: ChildStatus[];
}

export interface BlueprintStatus {
  namespace: string;
  name: string;
  /** `blueprint`: a Blueprint object is in the cluster; `labels`: only its children (published from git). */
  source: "blueprint" | "labels";
  health: HealthState;
  message: string;
  age: string;
  /** Everything in the tree is Ready: the Blueprint, every component, child and pod. */
  ready: boolean;
  components: ComponentStatus[];
}

const SEVERITY: Record<HealthState, number> = { Ready: 0, Unknown: 1, Progressing: 2, Failed: 3 };
const worst = (states: readonly HealthState[]): HealthState =>
  states.reduce<HealthState>((w, s) => (SEVERITY[s] > SEVERITY[w] ? s : w), "Ready");

const PRODUCTS = ["zookeeper", "kafka", "topic", "spark", "flink", "streamlet"];

interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}
const conditions = (o: K8sObject | undefined): Condition[] => {
  const list = (o?.status as { conditions?: unknown } | undefined)?.conditions;
  return Array.isArray(list) ? (list as Condition[]) : [];
};

/** The Blueprint's own kstatus conditions, as the operator writes them (operator/decisions/kstatus.ts computeStatus). */
function blueprintHealth(bp: K8sObject): { health: HealthState; message: string } {
  const cs = conditions(bp);
  const observed = (bp.status as { observedGeneration?: number } | undefined)?.observedGeneration;
  const generation = bp.metadata.generation as number | undefined;
  const said = (c: Condition) => c.message || c.reason || `${c.type}=${c.status}`;
  if (cs.length === 0)
    return { health: "Unknown", message: "no status yet: the operator has not reported on it" };
  const stalled = cs.find((c) => c.type === "Stalled" && c.status === "True");
  if (stalled) return { health: "Failed", message: said(stalled) };
  if (generation !== undefined && observed !== undefined && observed < generation)
    return {
      health: "Progressing",
      message: `generation ${generation} not observed yet (observed ${observed})`,
    };
  const ready = cs.find((c) => c.type === "Ready");
  if (ready?.status === "True") return { health: "Ready", message: said(ready) };
  const reconciling = cs.find((c) => c.type === "Reconciling" && c.status === "True");
  if (reconciling) return { health: "Progressing", message: said(reconciling) };
  return { health: ready ? "Progressing" : "Unknown", message: ready ? said(ready) : "no Ready condition" };
}

/** A pod as kubectl judges it: Ready condition, else its phase and the reason it waits. */
function podHealth(pod: K8sObject): { health: HealthState; message: string } {
  const status = pod.status as { phase?: string; reason?: string; message?: string } | undefined;
  const phase = status?.phase ?? "Pending";
  if (pod.metadata.deletionTimestamp) return { health: "Progressing", message: "terminating" };
  if (phase === "Failed") return { health: "Failed", message: status?.message || status?.reason || phase };
  const ready = conditions(pod).find((c) => c.type === "Ready");
  if (ready?.status === "True") return { health: "Ready", message: phase };
  const scheduled = conditions(pod).find((c) => c.type === "PodScheduled" && c.status === "False");
  if (scheduled)
    return { health: "Progressing", message: `${phase}: ${scheduled.message || scheduled.reason}` };
  return { health: "Progressing", message: ready?.message || ready?.reason || phase };
}

const wave = (o: K8sObject) => Number(o.metadata.annotations?.[ANNOTATION_WAVE] ?? 0) || 0;
const byWaveKindName = (a: K8sObject, b: K8sObject) =>
  wave(a) - wave(b) ||
  (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
  (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0);

function childStatus(o: K8sObject, input: StatusInput, agentNodes: ReadonlySet<string>): ChildStatus {
  const h = o.metadata.deletionTimestamp
    ? { state: "Progressing" as const, message: "being deleted" }
    : healthOf(o);
  const child: ChildStatus = {
    apiVersion: o.apiVersion,
    kind: o.kind,
    namespace: o.metadata.namespace ?? input.namespace,
    name: o.metadata.name,
    health: h.state,
    message: h.message,
    age: ageOf(o.metadata.creationTimestamp as string | undefined, input.now),
  };
  const selector = dataPodSelector(o);
  if (selector) {
    child.pods = input.pods
      .filter((p) => (p.metadata.namespace ?? input.namespace) === child.namespace)
      .filter((p) => selects(selector, p.metadata.labels))
      .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0))
      .map((p) => {
        const node = (p.spec as { nodeName?: string } | undefined)?.nodeName ?? "";
        const ph = podHealth(p);
        return {
          name: p.metadata.name,
          node,
          agentNode: agentNodes.has(node),
          health: ph.health,
          message: ph.message,
          age: ageOf(p.metadata.creationTimestamp as string | undefined, input.now),
        };
      });
  }
  return child;
}

/** The tree of one Blueprint. */
export function statusTree(input: StatusInput): BlueprintStatus {
  const agentNodes = new Set(
    input.nodes
      .filter((n) => n.metadata.labels?.[AGENT_NODE_LABEL] === AGENT_NODE_VALUE)
      .map((n) => n.metadata.name),
  );
  const spec = (input.blueprint?.spec ?? {}) as { components?: Record<string, unknown>[] };
  const declared = (spec.components ?? []).map((c) => ({
    name: String(c.name),
    product: PRODUCTS.find((p) => p in c) ?? "",
  }));
  const byComponent = new Map<string, K8sObject[]>();
  for (const o of [...input.children].sort(byWaveKindName)) {
    const c = o.metadata.labels?.[LABEL_COMPONENT] ?? "";
    byComponent.set(c, [...(byComponent.get(c) ?? []), o]);
  }
  const names = [
    ...declared,
    ...[...byComponent.keys()]
      .filter((n) => !declared.some((d) => d.name === n))
      .sort()
      .map((name) => ({ name, product: "" })),
  ];
  const components = names.map(({ name, product }): ComponentStatus => {
    const children = (byComponent.get(name) ?? []).map((o) => childStatus(o, input, agentNodes));
    if (children.length === 0)
      return { name, product, health: "Unknown", message: "no objects in the cluster", children };
    const health = worst(children.map((c) => c.health));
    const first = children.find((c) => c.health === health)!;
    return {
      name,
      product,
      health,
      message: health === "Ready" ? "" : `${first.kind}/${first.name}: ${first.message}`,
      children,
    };
  });
  const own = input.blueprint
    ? blueprintHealth(input.blueprint)
    : {
        health: components.length ? worst(components.map((c) => c.health)) : ("Unknown" as HealthState),
        message: "no Blueprint object in the cluster: its children, found by their labels",
      };
  const everything = [
    own.health,
    ...components.flatMap((c) => [
      c.health,
      ...c.children.flatMap((ch) => [ch.health, ...(ch.pods ?? []).map((p) => p.health)]),
    ]),
  ];
  return {
    namespace: input.namespace,
    name: input.name,
    source: input.blueprint ? "blueprint" : "labels",
    health: own.health,
    message: own.message,
    age: ageOf((input.blueprint?.metadata.creationTimestamp as string | undefined) ?? undefined, input.now),
    ready: everything.every((s) => s === "Ready"),
    components,
  };
}

// The provider contract: the seam where Tributary federates an operator. A provider turns one Model
// component into exactly the objects its upstream operator consumes, tells consumers how to reach it,
// and reads that operator's status back. Providers are pure: no I/O, no clock.
import type { Report } from "../blueprint/report.ts";
import type { ComponentSpec, Product } from "../blueprint/schema.ts";
import type { ComponentOf, ModelBlueprint, ModelComponent, OperatorName } from "../model/types.ts";

/** A Kubernetes object as emitted (plain JSON). */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

export type HealthState = "Ready" | "Progressing" | "Failed" | "Unknown";

/** A child's health in Tributary's terms, with the child's own words. */
export interface Health {
  state: HealthState;
  message: string;
}

export interface Role {
  /** As users name it in placement rules: `servers`, `brokers`, `controllers`, `driver`… */
  name: string;
  /** Holds data: placed on data nodes, spread one per host, Retain by default. */
  stateful: boolean;
  /**
   * Why the Tributary agent cannot run this role's pods on a systemd host: the volume or feature of the
   * pods its operator makes that the agent lacks. Absent: the agent runs them (lib/placement/agent.ts).
   */
  agentLacks?: string;
}

/** A name the provider derives for a child object, with the Kubernetes limit it must fit. */
export interface DerivedName {
  name: string;
  /** 63 for labels, Services and pod-name prefixes; 253 for other object names; less where an operator says. */
  limit: number;
  /** What the name is, for the diagnostic: "Service of the bootstrap address". */
  what: string;
}

/** What a component offers to others (Kafka bootstrap address, ZooKeeper discovery...). */
export type Endpoints = Record<string, string>;

/** Where a role runs, in operator-neutral terms (lib/placement fills it; empty means anywhere). */
export interface Placement {
  nodeSelector: Record<string, string>;
  tolerations: { key: string; operator: "Equal" | "Exists"; value?: string; effect: string }[];
  /** Kubernetes affinity object (nodeAffinity, podAntiAffinity), already in API shape. */
  affinity: Record<string, unknown>;
  runtime: "container" | "systemd";
  /**
   * Spread the role's pods one per host: a data role a placement rule sends to a node class. The provider
   * writes it in its own dialect as a required pod anti-affinity on `kubernetes.io/hostname` that selects
   * the role's pods by the labels its operator puts on them (lib/providers/shared/affinity.ts). Absent: no.
   */
  onePerHost?: boolean;
}

/** What a streamlet is told about its topics (lib/pipeline fills it). */
export interface Wiring {
  bootstrapServers: string;
  consumerGroup: string;
  inlets: { port: string; topic: string; fingerprint: string }[];
  outlets: { port: string; topic: string; fingerprint: string }[];
  /** The same facts as environment variables, names fixed by lib/pipeline. */
  env: Record<string, string>;
}

/** Flux `healthCheckExprs` for one kind: CEL over the object, guarded with has() (status comes late). */
export interface CelCheck {
  current: string;
  failed?: string;
}

/**
 * How each GitOps tool judges one emitted kind (lib/gitops/health.ts ships them). Flux: CEL where kstatus
 * would misjudge the kind (it calls an object without a Ready condition Current), else `"kstatus"`. Argo
 * CD: a Lua check for argocd-cm where it has none or a wrong one, else `"built-in"`.
 */
export interface KindHealth {
  flux: CelCheck | "kstatus";
  argo: { lua: string } | "built-in";
}

export interface Connected {
  endpoints: Endpoints;
  /** Objects the owner needs for this consumer (a Stackable ZNode, a Strimzi KafkaUser...). */
  objects: K8sObject[];
}

export interface RenderContext {
  blueprint: ModelBlueprint;
  /** Tributary's common labels for a component's objects. */
  labels(component: ModelComponent): Record<string, string>;
  /**
   * Connects `consumer` to the component `ref` points at, through that component's provider: the
   * endpoints to use, and companion objects emitted with the consumer. Never guess another's names.
   */
  connect(consumer: ModelComponent, ref: ModelComponent["dependsOn"][number]): Connected;
  /** Where a role of the component goes. */
  placement(component: ModelComponent, role: string): Placement;
  /** A streamlet's topics and settings. */
  wiring(component: ModelComponent): Wiring;
}

/** What a provider's `checkSpec` is given by the Blueprint's semantic checks (lib/blueprint/semantic.ts). */
export interface SpecCheck {
  /** The component's field path, `/spec/components/<i>`. */
  path: string;
  report: Report;
  /** The component a reference names, when it is a `want`; else reported, and undefined. */
  resolve(ref: string, path: string, want: Product): ComponentSpec | undefined;
  /** The operator serving a component as written: its own, else its product's default. */
  operatorOf(component: ComponentSpec, product: Product): string;
}

export interface Provider<P extends Product = Product, O extends string = OperatorName> {
  /** `<operator>-<product>`, also the folder name. */
  id: string;
  product: P;
  /** The registry's operators make the Blueprint's `operator` enum (lib/blueprint/operators.ts). */
  operator: O;
  /**
   * The upstream API it emits, and which releases it was checked against. The chart's RBAC grants on
   * these (`npm run rbac`): a custom resource's plural is read from its CRD in ../shared/crds, a built-in
   * kind names its `resource` here (there is no CRD to read it from).
   */
  emits: readonly { apiVersion: string; kind: string; resource?: string }[];
  upstream: string;
  roles: readonly Role[];
  /** Product version used when the Blueprint names none (it may depend on the upstream API chosen). */
  defaultVersion(blueprint: Pick<ModelBlueprint, "strimziApiVersion">): string;
  /** Kinds it emits that hold data: kept out of GitOps prunes while the component says Retain. */
  dataKinds: readonly string[];
  derivedNames(component: ComponentOf<P>, blueprint: ModelBlueprint): DerivedName[];
  /**
   * What the operator would reject only after the apply, said before anything is written: each entry is
   * a Blueprint error about this component (the field path is relative to its product block).
   */
  check(component: ComponentOf<P>, blueprint: ModelBlueprint): { path: string; message: string }[];
  /**
   * Rules on the component as written that need the components it references (a Kafka's ZooKeeper), run
   * with the Blueprint's semantic checks, before normalization. Optional.
   */
  checkSpec?(component: ComponentSpec, check: SpecCheck): void;
  endpoints(component: ComponentOf<P>, blueprint: ModelBlueprint): Endpoints;
  /**
   * Endpoints and companion objects for one consumer; `owner` is the component's own Blueprint. Absent:
   * the endpoints in the owner's namespace and no objects (`defaultConnect`, registry.ts).
   */
  connect?(
    component: ComponentOf<P>,
    consumer: ModelComponent,
    ctx: RenderContext,
    owner: ModelBlueprint,
  ): Connected;
  render(component: ComponentOf<P>, ctx: RenderContext): K8sObject[];
  /** Health of one emitted object from its status, in that operator's dialect (operator, `trib status`). */
  health(object: K8sObject): Health;
  /** The same rules for Flux and Argo CD, for every emitted kind (by kind). */
  healthChecks: Readonly<Record<string, KindHealth>>;
}

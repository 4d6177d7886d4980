// The provider contract: the seam where Tributary federates an operator. A provider turns one Model
// component into exactly the objects its upstream operator consumes, tells consumers how to reach it,
// and reads that operator's status back. Providers are pure: no I/O, no clock.
import type { ComponentSpec, Product } from "../blueprint/schema.ts";
import type { SpecCheck } from "../blueprint/semantic.ts";
import type { Health, HealthFact, HealthFacts, K8sObject } from "../model/k8s-object.ts";
import type { Role } from "../model/placement.ts";
import type { Connected, Endpoints, RenderContext } from "../model/render-context.ts";
import type { ComponentOf, ModelBlueprint, ModelComponent, OperatorName } from "../model/types.ts";

/** A name the provider derives for a child object, with the Kubernetes limit it must fit. */
export interface DerivedName {
  name: string;
  /** 63 for labels, Services and pod-name prefixes; 253 for other object names; less where an operator says. */
  limit: number;
  /** What the name is, for the diagnostic: "Service of the bootstrap address". */
  what: string;
}

/** One thing the operator would reject, as a Blueprint error at the component (`check`). */
export interface CheckProblem {
  /** Relative to the component's product block: `/version`, `/listeners/1/tls`. */
  path: string;
  message: string;
  /** The diagnostic's code; `<product>-config` when absent. */
  code?: string;
  /** What would be accepted (the supported versions), when one list says it. */
  hint?: string;
  /** A warning where the operator may still accept it (a name a later release may define); else an error. */
  severity?: "warning";
}

/** One RBAC rule of a job's Role (no resourceNames: upstream's job Roles have none). */
export interface JobRule {
  apiGroups: readonly string[];
  resources: readonly string[];
  verbs: readonly string[];
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
  /** What the operator reads beyond the object for this kind (neither GitOps tool can). */
  facts?: readonly HealthFact[];
}

export type { SpecCheck };

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
  /**
   * For a job whose pods call the API server: the rules of the Role its operator's chart gives job pods
   * (cited where defined). The provider then emits a ServiceAccount, Role and RoleBinding with exactly
   * these (shared/job-identity.ts) unless the Blueprint names a ServiceAccount, and the chart grants the
   * operator these rules when `jobIdentity` is on (scripts/rbac.ts), so the API server lets it create them.
   */
  jobRole?: readonly JobRule[];
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
  check(component: ComponentOf<P>, blueprint: ModelBlueprint): CheckProblem[];
  /**
   * Rules on the component as written that need the components it references (a Kafka's ZooKeeper), run
   * with the Blueprint's semantic checks (handed to them by lib/stages.ts), before normalization. Optional.
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
  /** Needs the provider's renderer loaded: `loadRenderers()` (registry.ts) first. */
  render(component: ComponentOf<P>, ctx: RenderContext): K8sObject[];
  /**
   * Imports the render modules (the generated imports and cdk8s) once; `render` and `connect` need them.
   * Validation never does (lazy-renderer.ts).
   */
  loadRenderer(): Promise<void>;
  /**
   * Health of one emitted object from its status, in that operator's dialect (operator, `trib status`),
   * with the facts the operator has beyond the object (Events, other objects) where it has them.
   */
  health(object: K8sObject, facts?: HealthFacts): Health;
  /** The same rules for Flux and Argo CD, for every emitted kind (by kind): one table drives all three. */
  healthChecks: Readonly<Record<string, KindHealth>>;
}

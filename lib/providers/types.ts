// The provider contract: the seam where Tributary federates an operator. A provider turns one Model
// component into exactly the objects its upstream operator consumes, tells consumers how to reach it,
// and reads that operator's status back. Providers are pure: no I/O, no clock.
import type { Product } from "../blueprint/schema.ts";
import type { Health, K8sObject } from "../model/k8s-object.ts";
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

export interface Provider<P extends Product = Product> {
  /** `<operator>-<product>`, also the folder name. */
  id: string;
  product: P;
  operator: OperatorName;
  /** The upstream API it emits, and which releases it was checked against. */
  emits: readonly { apiVersion: string; kind: string }[];
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
  endpoints(component: ComponentOf<P>, blueprint: ModelBlueprint): Endpoints;
  /** Endpoints and companion objects for one consumer; `owner` is the component's own Blueprint. */
  connect(
    component: ComponentOf<P>,
    consumer: ModelComponent,
    ctx: RenderContext,
    owner: ModelBlueprint,
  ): Connected;
  render(component: ComponentOf<P>, ctx: RenderContext): K8sObject[];
  /** Health of one emitted object from its status, in that operator's dialect. */
  health(object: K8sObject): Health;
}

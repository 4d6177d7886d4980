// The typed front door: a Blueprint as a cdk8s construct. The construct holds the same document a YAML file
// would hold and runs it through the same pipeline (compile → synthesize → canonical objects), so a typed
// program and its YAML twin give the same objects. Names come from the spec (`name`, component names),
// never from construct ids or path hashes: renaming a construct renames nothing in the cluster.
import type { Static } from "@sinclair/typebox";
import { ApiObject, Chart } from "cdk8s";
import { Construct, type IConstruct } from "constructs";
import { groupOrCore } from "../../kube/objects.ts";
import { type Diagnostic, formatDiagnostic, hasErrors } from "../blueprint/diagnostics.ts";
import {
  API_VERSION,
  type BlueprintDoc,
  type BlueprintSpecT,
  type ComponentSpec,
  type ConnectionSpec,
  KIND,
  type Metadata,
  type NodeClassSpec,
  type PlacementRuleSpec,
} from "../blueprint/schema.ts";
import type { K8sObject } from "../model/k8s-object.ts";
import { loadRenderers } from "../providers/registry.ts";
import { type ObjectSource, runStages } from "../stages.ts";
import { canonicalObject } from "../synth/canonical.ts";

// A Blueprint construct renders synchronously, inside cdk8s' synthesis: the providers' render modules load
// with this module.
await loadRenderers();

type MetadataT = Static<typeof Metadata>;

/**
 * What `metadata` and `spec` of a Blueprint YAML hold, flattened: `name`, `namespace`, `labels` and
 * `annotations` are the metadata, every other field is the spec. The types are the schema's own
 * (`lib/blueprint/schema.ts`), so they cannot drift from what the YAML path accepts.
 */
export interface BlueprintProps extends Omit<BlueprintSpecT, "components"> {
  /** `metadata.name`: prefixes every child's name. Never derived from the construct id. */
  readonly name: MetadataT["name"];
  /** `metadata.namespace` of the Blueprint and its children; `default` when absent. */
  readonly namespace?: MetadataT["namespace"];
  readonly labels?: MetadataT["labels"];
  readonly annotations?: MetadataT["annotations"];
  /** The parts of the stack; more can be added with `addComponent`. At least one in the end. */
  readonly components?: readonly ComponentSpec[];
}

/** The options of a connection besides its ends. */
export type ConnectionOptions = Omit<ConnectionSpec, "from" | "to">;

/** Thrown at synthesis when a Blueprint is invalid: every problem, as the YAML path reports them. */
export class BlueprintError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    super(`${errors} error(s) in Blueprint constructs:\n${diagnostics.map(formatDiagnostic).join("\n")}`);
    this.name = "BlueprintError";
    this.diagnostics = diagnostics;
  }
}

const BRAND = Symbol.for("tributary.dev/cdk8s.Blueprint");
const METADATA_KEYS = new Set(["name", "namespace", "labels", "annotations"]);

/** Per construct tree (App): the Blueprints rendered into it, once. */
const rendered = new WeakMap<IConstruct, readonly Blueprint[]>();

/**
 * A Blueprint in a cdk8s chart. At synthesis every Blueprint of the App is compiled together (references
 * between them resolve as between YAML files) and each emits its objects into its chart as ApiObjects,
 * in canonical form. An invalid Blueprint throws a `BlueprintError` listing every diagnostic, with the
 * construct path in place of the file name and the same codes and field paths as the YAML path.
 */
export class Blueprint extends Construct {
  /** True for a Blueprint construct, even one from another copy of this library. */
  static isBlueprint(x: unknown): x is Blueprint {
    return x !== null && typeof x === "object" && BRAND in x;
  }

  /** The Blueprints under `scope` (the whole tree when given an App), in construct-tree order. */
  static allOf(scope: IConstruct): Blueprint[] {
    return scope.node.findAll().filter((c): c is Blueprint => Blueprint.isBlueprint(c));
  }

  /** `metadata.name`. */
  readonly name: string;
  /** `metadata.namespace` as given (the pipeline defaults it to `default`). */
  readonly namespace: string | undefined;
  /** Warnings found at synthesis (errors throw instead). */
  warnings: readonly Diagnostic[] = [];

  private readonly metadata: Record<string, unknown>;
  private readonly spec: Record<string, unknown>;
  private readonly components: ComponentSpec[];
  private locked = false;

  constructor(scope: Construct, id: string, props: BlueprintProps) {
    super(scope, id);
    Chart.of(this); // fails now, with cdk8s's message, rather than at synthesis: objects need a chart
    Object.defineProperty(this, BRAND, { value: true });
    const metadata: Record<string, unknown> = {};
    const spec: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(props)) {
      (METADATA_KEYS.has(key) ? metadata : spec)[key] = value;
    }
    this.components = [...(props.components ?? [])];
    spec.components = this.components;
    for (const key of ["connections", "nodeClasses", "placement"]) {
      if (Array.isArray(spec[key])) spec[key] = [...spec[key]];
    }
    this.metadata = metadata;
    this.spec = spec;
    this.name = props.name;
    this.namespace = props.namespace;
    // Rendered when cdk8s validates the App, which it does before writing any chart (App.synth,
    // synthYaml, Testing.synth): by then every Blueprint of the App exists, so references resolve.
    this.node.addValidation({
      validate: () => {
        render(this.node.root);
        return [];
      },
    });
  }

  /** Adds components (see the helpers `kafka`, `topic`, `streamlet`…). */
  addComponent(...components: readonly ComponentSpec[]): this {
    this.mutable();
    this.components.push(...components);
    return this;
  }

  /** Joins an outlet (`streamlet.outlet`) to one or more inlets through a topic. */
  connect(from: string, to: string | readonly string[], options: ConnectionOptions = {}): this {
    this.list("connections").push({ from, to: typeof to === "string" ? [to] : [...to], ...options });
    return this;
  }

  /** Adds node classes: named groups of nodes that placement rules send roles to. */
  addNodeClass(...classes: readonly NodeClassSpec[]): this {
    this.list("nodeClasses").push(...classes);
    return this;
  }

  /** Sends the roles that `match` selects to a node class. */
  place(nodeClass: string, match: PlacementRuleSpec["match"]): this {
    this.list("placement").push({ nodeClass, match });
    return this;
  }

  /** The Blueprint as a YAML file would hold it: what the pipeline compiles. A copy (lists included). */
  toDocument(): BlueprintDoc {
    const spec = { ...this.spec };
    for (const [key, value] of Object.entries(spec)) if (Array.isArray(value)) spec[key] = [...value];
    return { apiVersion: API_VERSION, kind: KIND, metadata: { ...this.metadata }, spec } as BlueprintDoc;
  }

  /** What the compiler reads for this construct: its document, named by its construct path. */
  toSource(prefix = ""): ObjectSource {
    return { file: `${prefix}${this.node.path}`, value: this.toDocument() };
  }

  private list<K extends "connections" | "nodeClasses" | "placement">(
    key: K,
  ): NonNullable<BlueprintSpecT[K]> {
    this.mutable();
    if (!Array.isArray(this.spec[key])) this.spec[key] = [];
    return this.spec[key] as NonNullable<BlueprintSpecT[K]>;
  }

  private mutable(): void {
    if (this.locked) throw new Error(`${this.node.path}: a Blueprint cannot change after synthesis`);
  }

  /** @internal Called once per App by `render`. */
  _emit(objects: readonly K8sObject[], warnings: readonly Diagnostic[]): void {
    this.locked = true;
    this.warnings = warnings;
    for (const object of objects) {
      const { kind, apiVersion, metadata } = object;
      const id = [kind, groupOrCore(apiVersion), metadata.namespace ?? "", metadata.name].join(".");
      // A plain JSON copy: cdk8s refuses objects that are not plain, and sorts keys as we do.
      new ApiObject(this, id, JSON.parse(JSON.stringify(canonicalObject(object))));
    }
  }
}

/** Compiles and synthesizes every Blueprint of a construct tree, once; throws when any is invalid. */
function render(root: IConstruct): void {
  const blueprints = Blueprint.allOf(root);
  const done = rendered.get(root);
  if (done) {
    const added = blueprints.find((b) => !done.includes(b));
    if (added) throw new Error(`${added.node.path}: a Blueprint was added after synthesis`);
    return;
  }
  const { models, diagnostics, render } = runStages({ objects: blueprints.map((b) => b.toSource()) });
  if (hasErrors(diagnostics)) throw new BlueprintError(diagnostics);
  const objects = render();
  rendered.set(root, blueprints);
  blueprints.forEach((blueprint, i) => {
    const model = models[i]!;
    blueprint._emit(
      objects.filter((o) => o.blueprint === model).map((o) => o.object),
      diagnostics.filter((d) => d.file === blueprint.node.path),
    );
  });
}

// Stage 2b: what a schema cannot say. References resolve (within a Blueprint and across the loaded
// Blueprints), names are unique, each operator serves its product, modes are ones the operator supports;
// and, each in its own file, field values Kubernetes would reject (fields.ts), values whose meaning the
// syntax does not bound (values.ts), credentials written in plain text (plaintext.ts).
// Runs only on documents that passed the schema, over all of them at once (cross-Blueprint references).
// The providers' own rules on a component as written are handed in (lib/stages.ts): the registry is a
// later stage.

import { PRODUCTS, type Product } from "./api.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { checkFields } from "./fields.ts";
import type { LoadedDocument } from "./load.ts";
import { SERVED_BY } from "./operators.ts";
import { checkPlaintext } from "./plaintext.ts";
import { referenceSlots } from "./references.ts";
import { type Report, reporter } from "./report.ts";
import type { BlueprintDoc, ComponentSpec } from "./schema.ts";
import { didYouMean } from "./suggest.ts";
import { checkValues } from "./values.ts";

export interface CheckedBlueprint {
  loaded: LoadedDocument;
  doc: BlueprintDoc;
}

/** What a provider's rules on a component as written (its `checkSpec`) are given. */
export interface SpecCheck {
  /** The component's field path, `/spec/components/<i>`. */
  path: string;
  report: Report;
  /**
   * The component the reference field at `pointer` names, resolved (lib/blueprint/references.ts's table);
   * undefined when the field is left out or its reference is broken (reported already).
   */
  referenced(pointer: string): ComponentSpec | undefined;
  /** The operator serving a component as written: its own, else its product's default. */
  operatorOf(component: ComponentSpec, product: Product): string;
}

/** Runs the rules of the provider serving `product` by `operator`, if it has any (a registry lookup). */
export type CheckSpec = (
  component: ComponentSpec,
  product: Product,
  operator: string,
  check: SpecCheck,
) => void;

export const namespaceOf = (doc: BlueprintDoc): string => doc.metadata.namespace ?? "default";

/** The product block a component sets (the first, if a broken one sets several). */
export const productOf = (c: ComponentSpec): Product | undefined => PRODUCTS.find((p) => c[p] !== undefined);

export interface ParsedRef {
  namespace: string;
  blueprint: string;
  component: string;
}

/** `c`, `bp/c` or `ns/bp/c`, relative to the Blueprint that writes it. */
export function parseRef(ref: string, from: BlueprintDoc): ParsedRef {
  const parts = ref.split("/");
  const component = parts.at(-1)!;
  const blueprint = parts.length >= 2 ? parts.at(-2)! : from.metadata.name;
  const namespace = parts.length === 3 ? parts[0]! : namespaceOf(from);
  return { namespace, blueprint, component };
}

const key = (ns: string, name: string) => `${ns}/${name}`;

/** How messages name a product. */
const TITLES: Record<Product, string> = {
  zookeeper: "ZooKeeper",
  kafka: "Kafka",
  topic: "topic",
  spark: "Spark",
  flink: "Flink",
  streamlet: "streamlet",
};

/** The operator serving a component as written: its own, else its product's default. */
const operatorOf = (c: ComponentSpec, product: Product): string => c.operator ?? SERVED_BY[product][0]!;

export function checkSemantics(blueprints: CheckedBlueprint[], checkSpec: CheckSpec): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byName = new Map<string, CheckedBlueprint>();

  for (const bp of blueprints) {
    const report = reporter(bp.loaded, diagnostics);
    const id = key(namespaceOf(bp.doc), bp.doc.metadata.name);
    const first = byName.get(id);
    if (first) {
      report(
        "duplicate-blueprint",
        "/metadata/name",
        `Blueprint ${id} is also defined in ${first.loaded.file}`,
      );
    } else {
      byName.set(id, bp);
    }
  }

  for (const bp of blueprints) {
    const { doc, loaded } = bp;
    const report = reporter(loaded, diagnostics);
    checkFields(doc, report);
    checkValues(doc, report);
    checkPlaintext(doc, report);
    const components = doc.spec.components;
    const local = new Map<string, ComponentSpec>();

    components.forEach((c, i) => {
      const path = `/spec/components/${i}`;
      const set = PRODUCTS.filter((p) => c[p] !== undefined);
      if (set.length === 0) {
        report("missing-product", path, `component \`${c.name}\` sets none of: ${PRODUCTS.join(", ")}`);
      } else if (set.length > 1) {
        report(
          "multiple-products",
          `${path}/${set[1]}`,
          `component \`${c.name}\` sets both ${set.join(" and ")}`,
          {
            key: true,
            hint: "split it into one component per product",
          },
        );
      }
      if (local.has(c.name)) {
        report("duplicate-name", `${path}/name`, `component name \`${c.name}\` is used twice`);
      } else {
        local.set(c.name, c);
      }
      const product = set[0];
      if (product && c.operator && !SERVED_BY[product].includes(c.operator)) {
        report(
          "operator-mismatch",
          `${path}/operator`,
          `operator \`${c.operator}\` does not serve ${product}`,
          {
            hint: `${product} is served by: ${SERVED_BY[product].join(", ")}`,
          },
        );
      }
      for (const [ports, kind] of [
        [portsOf(c)?.inlets, "inlets"],
        [portsOf(c)?.outlets, "outlets"],
      ] as const) {
        const seen = new Set<string>();
        ports?.forEach((port, j) => {
          if (seen.has(port.name))
            report(
              "duplicate-name",
              `${path}/${productOf(c)}/${kind}/${j}/name`,
              `port \`${port.name}\` twice`,
            );
          seen.add(port.name);
        });
      }
    });

    /** Resolves a reference to a component of `want`; reports and returns undefined when it cannot. */
    const resolve = (ref: string, path: string, want: Product): ComponentSpec | undefined => {
      const parsed = parseRef(ref, doc);
      const target = byName.get(key(parsed.namespace, parsed.blueprint));
      if (!target) {
        report(
          "unknown-blueprint",
          path,
          `\`${ref}\` names Blueprint ${parsed.namespace}/${parsed.blueprint}, which is not among the inputs`,
          {
            hint:
              didYouMean(
                parsed.blueprint,
                [...byName.values()].map((b) => b.doc.metadata.name),
              ) ?? "pass the file of the referenced Blueprint too",
          },
        );
        return undefined;
      }
      const found = target.doc.spec.components.find((c) => c.name === parsed.component);
      if (!found) {
        report(
          "dangling-reference",
          path,
          `no component \`${parsed.component}\` in Blueprint ${parsed.blueprint}`,
          {
            hint: didYouMean(
              parsed.component,
              target.doc.spec.components.filter((c) => productOf(c) === want).map((c) => c.name),
            ),
          },
        );
        return undefined;
      }
      if (productOf(found) !== want) {
        report(
          "wrong-reference-kind",
          path,
          `\`${ref}\` is a ${productOf(found) ?? "component"}, not a ${want}`,
        );
        return undefined;
      }
      return found;
    };

    /** The Kafka a reference names, or undefined; reports nothing (the reference's own check does). */
    const lookup = (ref: string): ComponentSpec | undefined => {
      const parsed = parseRef(ref, doc);
      return byName
        .get(key(parsed.namespace, parsed.blueprint))
        ?.doc.spec.components.find((c) => c.name === parsed.component && c.kafka !== undefined);
    };

    /**
     * A left-out reference the table defaults (a topic's Kafka): the Blueprint's only component of `target`.
     * `pointer` is the field's; the problem is reported at its block's.
     */
    const theOnly = (target: Product, pointer: string): ComponentSpec | undefined => {
      const candidates = components.filter((c) => c[target] !== undefined);
      if (candidates.length === 1) return candidates[0];
      const block = pointer.slice(0, pointer.lastIndexOf("/"));
      const field = pointer.slice(pointer.lastIndexOf("/") + 1);
      const title = TITLES[target];
      report(
        candidates.length === 0 ? `no-${target}` : `ambiguous-${target}`,
        block,
        candidates.length === 0
          ? `no ${title} in this Blueprint to carry the topic`
          : `${candidates.length} ${title} components here (${candidates.map((k) => k.name).join(", ")}): say which`,
        {
          hint: `set \`${field}: <component>\` (or \`<blueprint>/<component>\` for another Blueprint's ${title})`,
        },
      );
      return undefined;
    };
    /** Resolves the reference fields of one item, in table order: pointer → the component named. */
    const resolved = new Map<string, ComponentSpec | undefined>();
    const resolveFields = (list: "components" | "connections", item: unknown, i: number) => {
      for (const { pointer, value, field } of referenceSlots(list, item, i)) {
        if (typeof value === "string") resolved.set(pointer, resolve(value, pointer, field.target));
        else if (field.defaultsToTheOnly) resolved.set(pointer, theOnly(field.target, pointer));
      }
    };

    components.forEach((c, i) => {
      const path = `/spec/components/${i}`;
      resolveFields("components", c, i);
      const product = productOf(c);
      if (product) {
        checkSpec(c, product, operatorOf(c, product), {
          path,
          report,
          referenced: (pointer) => resolved.get(pointer),
          operatorOf,
        });
      }
      if (c.topic) {
        const kafka = resolved.get(`${path}/topic/kafka`);
        const kafkaOperator = kafka ? (kafka.operator ?? SERVED_BY.kafka[0]) : undefined;
        if (kafka && c.operator && c.operator !== kafkaOperator) {
          report(
            "operator-mismatch",
            `${path}/operator`,
            `the topic's Kafka \`${kafka.name}\` is run by ${kafkaOperator}`,
            {
              hint: "drop `operator`: a topic follows its Kafka",
            },
          );
        }
      }
    });

    doc.spec.connections?.forEach((conn, i) => {
      resolveFields("connections", conn, i);
      const path = `/spec/connections/${i}`;
      const declared = components.find(
        (c) =>
          c.topic && conn.topic !== undefined && (c.name === conn.topic || c.topic.topicName === conn.topic),
      );
      const ref = conn.kafka ?? declared?.topic?.kafka;
      const kafka = ref !== undefined ? lookup(ref) : undefined;
      if (kafka && ref !== undefined) checkCredentialsNamespace(kafka, parseRef(ref, doc), doc, path, report);
    });

    const classes = new Set<string>();
    doc.spec.nodeClasses?.forEach((nc, i) => {
      if (classes.has(nc.name))
        report("duplicate-name", `/spec/nodeClasses/${i}/name`, `node class \`${nc.name}\` twice`);
      classes.add(nc.name);
    });
    doc.spec.placement?.forEach((rule, i) => {
      if (!classes.has(rule.nodeClass)) {
        report(
          "dangling-reference",
          `/spec/placement/${i}/nodeClass`,
          `no node class \`${rule.nodeClass}\``,
          {
            hint: didYouMean(rule.nodeClass, classes),
          },
        );
      }
      if (rule.match.component !== undefined && !local.has(rule.match.component)) {
        report(
          "dangling-reference",
          `/spec/placement/${i}/match/component`,
          `no component \`${rule.match.component}\``,
          {
            hint: didYouMean(rule.match.component, local.keys()),
          },
        );
      }
    });
  }
  return diagnostics;
}

/**
 * A streamlet on a Strimzi listener that authenticates clients reads its credentials from the Secret the
 * User Operator writes for its KafkaUser, and the User Operator writes it in the Kafka's namespace only
 * (strimzi/strimzi-kafka-operator 1.2.0 user-operator/src/main/java/io/strimzi/operator/user/operator/
 * KafkaUserOperator.java: the Secret is created next to the KafkaUser, which must be in the namespace the
 * User Operator watches, the Kafka's). A pod cannot read a Secret of another namespace: refuse the
 * connection rather than emit a client that cannot start.
 */
function checkCredentialsNamespace(
  kafka: ComponentSpec,
  ref: ParsedRef,
  doc: BlueprintDoc,
  path: string,
  report: ReturnType<typeof reporter>,
): void {
  if (ref.namespace === namespaceOf(doc) || (kafka.operator ?? SERVED_BY.kafka[0]) !== "strimzi") return;
  const secured = (kafka.kafka?.listeners ?? []).find(
    (l) =>
      (l.authentication === "tls" || l.authentication === "scram-sha-512") &&
      (l.type === "internal" || l.type === "cluster-ip"),
  );
  if (!secured) return;
  report(
    "credentials-namespace",
    path,
    `the Kafka ${ref.namespace}/${ref.blueprint}/${ref.component} authenticates clients on listener ` +
      `\`${secured.name}\` (${secured.authentication}): Strimzi writes each KafkaUser's Secret in namespace ` +
      `${ref.namespace}, which the streamlets of namespace ${namespaceOf(doc)} cannot read`,
    {
      hint:
        `run the streamlets in namespace ${ref.namespace} (this Blueprint's metadata.namespace), or connect ` +
        "them to a Kafka of their own namespace",
    },
  );
}

export function portsOf(c: ComponentSpec) {
  return c.spark ?? c.flink ?? c.streamlet;
}

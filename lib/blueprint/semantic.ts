// Stage 2b: what a schema cannot say. References resolve (within a Blueprint and across the loaded
// Blueprints), names are unique, each operator serves its product, modes are ones the operator supports;
// and, each in its own file, field values Kubernetes would reject (fields.ts), values whose meaning the
// syntax does not bound (values.ts), credentials written in plain text (plaintext.ts).
// Runs only on documents that passed the schema, over all of them at once (cross-Blueprint references).

import { findProvider } from "../providers/registry.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { checkFields } from "./fields.ts";
import type { LoadedDocument } from "./load.ts";
import { SERVED_BY } from "./operators.ts";
import { checkPlaintext } from "./plaintext.ts";
import { reporter } from "./report.ts";
import { type BlueprintDoc, type ComponentSpec, PRODUCTS, type Product } from "./schema.ts";
import { didYouMean } from "./suggest.ts";
import { checkValues } from "./values.ts";

export interface CheckedBlueprint {
  loaded: LoadedDocument;
  doc: BlueprintDoc;
}

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

/** The operator serving a component as written: its own, else its product's default. */
const operatorOf = (c: ComponentSpec, product: Product): string => c.operator ?? SERVED_BY[product][0]!;

export function checkSemantics(blueprints: CheckedBlueprint[]): Diagnostic[] {
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

    /** The component a reference names, or undefined; reports nothing. */
    const lookup = (ref: string): ComponentSpec | undefined => {
      const parsed = parseRef(ref, doc);
      return byName
        .get(key(parsed.namespace, parsed.blueprint))
        ?.doc.spec.components.find((c) => c.name === parsed.component && c.kafka !== undefined);
    };

    const kafkas = components.filter((c) => c.kafka !== undefined);
    /** A topic's or connection's Kafka: explicit, else the Blueprint's only Kafka. */
    const kafkaOf = (ref: string | undefined, path: string, field: string): ComponentSpec | undefined => {
      if (ref !== undefined) return resolve(ref, `${path}/${field}`, "kafka");
      if (kafkas.length === 1) return kafkas[0];
      report(
        kafkas.length === 0 ? "no-kafka" : "ambiguous-kafka",
        path,
        kafkas.length === 0
          ? "no Kafka in this Blueprint to carry the topic"
          : `${kafkas.length} Kafka components here (${kafkas.map((k) => k.name).join(", ")}): say which`,
        {
          hint: `set \`${field}: <component>\` (or \`<blueprint>/<component>\` for another Blueprint's Kafka)`,
        },
      );
      return undefined;
    };

    components.forEach((c, i) => {
      const path = `/spec/components/${i}`;
      const product = productOf(c);
      if (product) {
        findProvider(product, operatorOf(c, product))?.checkSpec?.(c, { path, report, resolve, operatorOf });
      }
      if (c.topic) {
        const kafka = kafkaOf(c.topic.kafka, `${path}/topic`, "kafka");
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
      const path = `/spec/connections/${i}`;
      const declared = components.find(
        (c) =>
          c.topic && conn.topic !== undefined && (c.name === conn.topic || c.topic.topicName === conn.topic),
      );
      const ref = conn.kafka ?? declared?.topic?.kafka;
      // A declared topic's Kafka was resolved (and reported) with the topic: look it up quietly.
      const kafka =
        conn.kafka === undefined && ref !== undefined
          ? lookup(ref)
          : conn.kafka === undefined && declared
            ? undefined
            : kafkaOf(conn.kafka, path, "kafka");
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

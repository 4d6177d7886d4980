// Field values that Kubernetes or an operator would reject only after the apply, said at validate time:
// label, annotation and taint keys (qualified names), label and taint values, blank images, env entries
// (twice the same name; both `value` and `secretKeyRef`), Kafka settings that break the cluster, and
// namespaces the GitOps layout keeps for itself.
import { pointerSegment as segment } from "../values/json-pointer.ts";
import type { Report } from "./report.ts";
import type { BlueprintDoc } from "./schema.ts";

// Kubernetes apimachinery pkg/util/validation/validation.go: IsQualifiedName and IsValidLabelValue.
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** Why a label, annotation or taint key is not a Kubernetes qualified name (`prefix/name`), or undefined. */
export function qualifiedNameProblem(key: string): string | undefined {
  const parts = key.split("/");
  if (parts.length > 2) return "has more than one `/`";
  const name = parts.at(-1)!;
  const prefix = parts.length === 2 ? parts[0]! : undefined;
  if (prefix !== undefined && (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix)))
    return `prefix \`${prefix}\` is not a DNS subdomain (lower-case letters, digits, '-' and '.', at most 253)`;
  if (name.length > 63) return `name part is ${name.length} characters; at most 63`;
  if (!QUALIFIED_NAME_PART.test(name))
    return "name part must be letters, digits, '-', '_' and '.', starting and ending with a letter or digit";
  return undefined;
}

/** Why a value is not a Kubernetes label value, or undefined. */
export function labelValueProblem(value: string): string | undefined {
  if (value.length > 63) return `is ${value.length} characters; a label value has at most 63`;
  if (!LABEL_VALUE.test(value))
    return "a label value is letters, digits, '-', '_' and '.', starting and ending with a letter or digit";
  return undefined;
}

/**
 * The GitOps layout's directories beside the namespaces (deploy/<cluster>/<tool>, lib/gitops/paths.ts): a
 * Blueprint may not live in a namespace of these names. Defined here, the first stage that needs them.
 */
export const TOOL_DIRS = ["argocd", "flux"] as const;

/** Strimzi and Stackable both run Kafka with at least one in-sync replica: 0 makes acks=all meaningless. */
const MIN_INSYNC = "min.insync.replicas";

export function checkFields(doc: BlueprintDoc, report: Report): void {
  const namespace = doc.metadata.namespace;
  if (namespace !== undefined && (TOOL_DIRS as readonly string[]).includes(namespace))
    report(
      "reserved-namespace",
      "/metadata/namespace",
      `namespace \`${namespace}\` is reserved: the GitOps repository keeps its ${namespace} manifests in deploy/<cluster>/${namespace}`,
      { hint: "use another namespace" },
    );
  const keys = (map: Record<string, string> | undefined, path: string, values: boolean) => {
    for (const [key, value] of Object.entries(map ?? {})) {
      const keyProblem = qualifiedNameProblem(key);
      if (keyProblem)
        report("invalid-key", `${path}/${segment(key)}`, `key \`${key}\` ${keyProblem}`, { key: true });
      const valueProblem = values ? labelValueProblem(value) : undefined;
      if (valueProblem) report("invalid-label-value", `${path}/${segment(key)}`, `value ${valueProblem}`);
    }
  };
  keys(doc.metadata.labels, "/metadata/labels", true);
  keys(doc.metadata.annotations, "/metadata/annotations", false);
  doc.spec.nodeClasses?.forEach((nc, i) => {
    keys(nc.selector, `/spec/nodeClasses/${i}/selector`, true);
    nc.taints?.forEach((t, j) => {
      const path = `/spec/nodeClasses/${i}/taints/${j}`;
      const keyProblem = qualifiedNameProblem(t.key);
      if (keyProblem) report("invalid-key", `${path}/key`, `taint key \`${t.key}\` ${keyProblem}`);
      const valueProblem = t.value === undefined ? undefined : labelValueProblem(t.value);
      if (valueProblem) report("invalid-label-value", `${path}/value`, `taint value ${valueProblem}`);
    });
  });

  doc.spec.components.forEach((c, i) => {
    const path = `/spec/components/${i}`;
    for (const product of ["spark", "flink", "streamlet"] as const) {
      const image = c[product]?.image;
      if (image !== undefined && (image.trim() === "" || /\s/.test(image)))
        report(
          "invalid-image",
          `${path}/${product}/image`,
          image.trim() === "" ? "the image is blank" : "an image reference has no whitespace",
        );
    }
    const seen = new Set<string>();
    c.streamlet?.env?.forEach((e, j) => {
      const at = `${path}/streamlet/env/${j}`;
      if (seen.has(e.name))
        report("duplicate-name", `${at}/name`, `env \`${e.name}\` is set twice`, {
          hint: "Kubernetes keeps the last one; keep one",
        });
      seen.add(e.name);
      if (e.value !== undefined && e.secretKeyRef !== undefined)
        report(
          "conflicting-fields",
          `${at}/secretKeyRef`,
          `env \`${e.name}\` sets both \`value\` and \`secretKeyRef\``,
          {
            key: true,
            hint: "keep `secretKeyRef` (a value of its own would be a secret in git)",
          },
        );
    });
    for (const [product, config] of [
      ["kafka", c.kafka?.config],
      ["topic", c.topic?.config],
    ] as const) {
      const value = config?.[MIN_INSYNC];
      if (value !== undefined && Number(value) < 1)
        report(
          "kafka-config",
          `${path}/${product}/config/${MIN_INSYNC}`,
          `${MIN_INSYNC} is ${value}; at least 1`,
          {
            hint: "with 0, acknowledged writes may exist on no replica at all",
          },
        );
    }
  });
}

// The Blueprint CustomResourceDefinition, generated from the one schema (lib/blueprint/schema.ts).
// Kubernetes wants a *structural* OpenAPI v3 schema, so the JSON Schema is translated: named formats
// become patterns, records become additionalProperties, scalar maps keep unknown fields, draft-7
// exclusive bounds become OpenAPI booleans, and `additionalProperties: false` is dropped (the API server
// prunes unknown fields; kubectl's strict field validation rejects them).
import { FORMATS, type FormatName } from "./formats.ts";
import { Blueprint, BlueprintStatus, GROUP, KIND, VERSION } from "./schema.ts";

type Json = Record<string, unknown>;

export const CRD_NAME = `blueprints.${GROUP}`;

export function toStructural(schema: unknown): Json {
  const s = structuredClone(schema) as Json;
  const out: Json = {};
  if (s["x-tributary-scalar-map"]) {
    return {
      type: "object",
      ...(s.description ? { description: s.description } : {}),
      "x-kubernetes-preserve-unknown-fields": true,
    };
  }
  for (const [key, value] of Object.entries(s)) {
    switch (key) {
      case "$id":
      case "additionalProperties":
        if (key === "additionalProperties" && typeof value === "object")
          out.additionalProperties = toStructural(value);
        break;
      case "format":
        if (typeof value === "string" && value in FORMATS) out.pattern = FORMATS[value as FormatName].source;
        else out.format = value;
        break;
      case "const":
        out.enum = [value];
        break;
      case "exclusiveMinimum":
      case "exclusiveMaximum": {
        out[key === "exclusiveMinimum" ? "minimum" : "maximum"] = value;
        out[key] = true;
        break;
      }
      case "properties":
        out.properties = Object.fromEntries(
          Object.entries(value as Json).map(([k, v]) => [k, toStructural(v)]),
        );
        break;
      case "patternProperties":
        out.additionalProperties = toStructural(Object.values(value as Json)[0]);
        break;
      case "items":
        out.items = toStructural(value);
        break;
      default:
        out[key] = value;
    }
  }
  return out;
}

export function blueprintCrd(): Json {
  const schema = toStructural(Blueprint) as { properties: Json; required?: string[] };
  const properties = {
    apiVersion: { type: "string" },
    kind: { type: "string" },
    // The API server owns metadata's schema; a CRD may not restrict more than name.
    metadata: { type: "object" },
    spec: schema.properties.spec,
    status: toStructural(BlueprintStatus),
  };
  return {
    apiVersion: "apiextensions.k8s.io/v1",
    kind: "CustomResourceDefinition",
    metadata: {
      name: CRD_NAME,
      labels: { "app.kubernetes.io/name": "tributary", "app.kubernetes.io/part-of": "tributary" },
    },
    spec: {
      group: GROUP,
      scope: "Namespaced",
      names: {
        kind: KIND,
        listKind: `${KIND}List`,
        plural: "blueprints",
        singular: "blueprint",
        shortNames: ["bp"],
        categories: ["tributary"],
      },
      versions: [
        {
          name: VERSION,
          served: true,
          storage: true,
          subresources: { status: {} },
          additionalPrinterColumns: [
            { name: "Ready", type: "string", jsonPath: '.status.conditions[?(@.type=="Ready")].status' },
            { name: "Components", type: "string", jsonPath: ".status.ready" },
            { name: "Age", type: "date", jsonPath: ".metadata.creationTimestamp" },
          ],
          schema: {
            openAPIV3Schema: {
              type: "object",
              description: "A whole streaming stack, decomposed by Tributary into its operators' resources.",
              required: ["spec"],
              properties,
            },
          },
        },
      ],
    },
  };
}

// The Blueprint CRD is generated from the one schema; the committed file must be current and structural.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { crdYaml } from "../../../lib/blueprint/crd-yaml.ts";
import { REPO_ROOT } from "../../support/cli.ts";

const COMMITTED = join(REPO_ROOT, "charts/tributary/crds/blueprints.tributary.dev.yaml");

type Node = Record<string, unknown>;

/** Kubernetes' structural-schema rules (apiextensions-apiserver), the parts a generator can break. */
function structuralProblems(node: Node, path: string, out: string[] = []): string[] {
  const preserve = node["x-kubernetes-preserve-unknown-fields"] === true;
  const intOrString = node["x-kubernetes-int-or-string"] === true;
  if (!("type" in node) && !intOrString && !preserve) out.push(`${path}: no type`);
  if (node.properties && node.additionalProperties !== undefined)
    out.push(`${path}: properties and additionalProperties`);
  if (node.additionalProperties === false) out.push(`${path}: additionalProperties: false`);
  for (const k of ["patternProperties", "$ref", "const", "$id", "definitions", "dependencies"]) {
    if (k in node) out.push(`${path}: ${k} is not allowed`);
  }
  for (const k of ["anyOf", "oneOf", "allOf", "not"]) {
    if (k in node) out.push(`${path}: ${k} (the generator never needs it)`);
  }
  if (Array.isArray(node.enum) && node.type) {
    for (const v of node.enum)
      if (typeof v !== node.type) out.push(`${path}: enum value ${String(v)} is not ${String(node.type)}`);
  }
  if (
    node.type === "object" &&
    !node.properties &&
    node.additionalProperties === undefined &&
    !preserve &&
    path !== "/metadata"
  ) {
    out.push(`${path}: object with no properties (would be pruned empty)`);
  }
  for (const [k, v] of Object.entries((node.properties as Record<string, Node>) ?? {}))
    structuralProblems(v, `${path}/${k}`, out);
  if (node.items) structuralProblems(node.items as Node, `${path}[]`, out);
  if (typeof node.additionalProperties === "object")
    structuralProblems(node.additionalProperties as Node, `${path}{}`, out);
  return out;
}

describe("Blueprint CRD", () => {
  const crd = parse(crdYaml());
  const version = crd.spec.versions[0];
  const schema = version.schema.openAPIV3Schema;

  it("the committed CRD is the one the schema generates (run `npm run crd` when this fails)", () => {
    expect(readFileSync(COMMITTED, "utf8")).toBe(crdYaml());
  });

  it("is structural: every property typed, nothing Kubernetes rejects", () => {
    expect(structuralProblems(schema, "")).toEqual([]);
  });

  it("names, scope, subresource and printer columns", () => {
    expect(crd.metadata.name).toBe("blueprints.tributary.dev");
    expect(crd.spec.scope).toBe("Namespaced");
    expect(crd.spec.names).toMatchObject({
      kind: "Blueprint",
      plural: "blueprints",
      shortNames: ["bp"],
      categories: ["tributary"],
    });
    expect(version.subresources).toEqual({ status: {} });
    expect(version.additionalPrinterColumns.map((c: { name: string }) => c.name)).toEqual([
      "Ready",
      "Components",
      "Age",
    ]);
  });

  it("keeps the schema's rules: formats become patterns, enums stay, CEL for exactly one product", () => {
    const component = schema.properties.spec.properties.components.items;
    expect(component.properties.name.pattern).toBe("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");
    expect(component.properties.deletionPolicy.enum).toEqual(["Retain", "Delete"]);
    expect(component["x-kubernetes-validations"][0].rule).toContain("has(self.kafka)");
    const storage = component.properties.kafka.properties.brokers.properties.storage.properties.size;
    expect(new RegExp(storage.pattern).test("100Gi")).toBe(true);
    expect(new RegExp(storage.pattern).test("100GB")).toBe(false);
    expect(component.properties.kafka.properties.config["x-kubernetes-preserve-unknown-fields"]).toBe(true);
  });

  it("status follows kstatus: conditions with observedGeneration", () => {
    const status = schema.properties.status.properties;
    expect(status.observedGeneration.type).toBe("integer");
    expect(Object.keys(status.conditions.items.properties)).toEqual(
      expect.arrayContaining([
        "type",
        "status",
        "reason",
        "message",
        "observedGeneration",
        "lastTransitionTime",
      ]),
    );
  });
});

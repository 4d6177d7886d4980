// `trib explain` against the schema: every field of the committed JSON Schema is explained with its own
// description, type, allowed values and sub-fields; unknown fields are usage errors with a suggestion.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXPLAINED, explainField, resolveField } from "../../../lib/blueprint/explain.ts";
import { JSON_SCHEMA_PATH } from "../../../lib/blueprint/json-schema.ts";
import { REPO_ROOT, trib } from "../../support/cli.ts";

type Json = Record<string, unknown>;
const written = JSON.parse(readFileSync(join(REPO_ROOT, JSON_SCHEMA_PATH), "utf8")) as Json;

const items = (node: Json): Json => (node.type === "array" ? items(node.items as Json) : node);

/** Every field path of a JSON Schema with its node and whether its parent requires it. */
function fields(node: Json, path: string[] = []): { path: string[]; node: Json; required: boolean }[] {
  const inner = items(node);
  const required = (inner.required as string[] | undefined) ?? [];
  return Object.entries((inner.properties as Record<string, Json> | undefined) ?? {}).flatMap(
    ([name, child]) => [
      { path: [...path, name], node: child, required: required.includes(name) },
      ...fields(child, [...path, name]),
    ],
  );
}

const explained = (path: string, recursive = false) => {
  const field = resolveField(EXPLAINED, path);
  if (!field.ok) throw new Error(field.message);
  return explainField(field, recursive);
};

const section = (text: string, title: string) =>
  (text.split(`\n${title}:\n`)[1]?.split(/\n[A-Z ]+:\n/)[0] ?? "").trimEnd();
const words = (s: string) => s.replace(/\s+/g, " ").trim();

describe("trib explain", () => {
  const all = fields(written).filter((f) => f.path[0] !== "status");

  it("explains every field of the committed schema with its type, description, values and sub-fields", () => {
    expect(all.length).toBeGreaterThan(100);
    for (const { path, node, required } of all) {
      const text = explained(path.join("."));
      const head = text.split("\n").find((l) => l.startsWith("FIELD: "))!;
      expect(head, path.join(".")).toMatch(new RegExp(`^FIELD: ${path.at(-1)} <`));
      expect(head.endsWith(" -required-"), path.join(".")).toBe(required);
      if (node.type === "array") expect(head, path.join(".")).toContain("<[]");
      if (items(node).type === "object")
        expect(head, path.join(".")).toMatch(node.patternProperties ? /<map\[string\]/ : /Object>/);
      for (const d of [node.description, items(node).description])
        if (typeof d === "string")
          expect(words(section(text, "DESCRIPTION")), path.join(".")).toContain(words(d));
      for (const v of (items(node).enum as string[] | undefined) ?? [])
        expect(section(text, "ALLOWED VALUES").split("\n").map(words), path.join(".")).toContain(v);
      const children = Object.keys((items(node).properties as Json | undefined) ?? {});
      const listed = section(text, "FIELDS")
        .split("\n")
        .filter((l) => /^ {2}\S/.test(l))
        .map((l) => l.trim().split("\t")[0]);
      expect(listed, path.join(".")).toEqual(children);
    }
  });

  it("`trib explain spec.components.kafka.listeners` reads like kubectl explain", async () => {
    const run = await trib(["explain", "spec.components.kafka.listeners"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^KIND: {5}Blueprint\nVERSION: {2}tributary\.dev\/v1alpha1\n/);
    expect(run.stdout).toContain("FIELD: listeners <[]Object>\n");
    expect(run.stdout).toContain("Client listeners; one internal plain listener by default.");
    expect(run.stdout).toContain(
      "  type\t<string> -required-\n    enum: internal, cluster-ip, nodeport, loadbalancer\n",
    );
    expect(run.stdout).toContain("  tls\t<boolean>\n");
    expect((await trib(["explain", "blueprint.spec.components.kafka.listeners"])).stdout).toBe(run.stdout);
  });

  it("shows a scalar's allowed values: formats in words, bounds, enums", () => {
    expect(section(explained("spec.components.topic.partitions"), "ALLOWED VALUES")).toBe(
      "    from 1 to 100000",
    );
    expect(explained("spec.components.topic.retention")).toContain(
      "a duration such as 7d, 12h, 1h30m or 500ms",
    );
    expect(section(explained("spec.components.flink.jobManager.cpu"), "ALLOWED VALUES")).toBe(
      "    greater than 0\n    at most 64",
    );
    expect(explained("status.conditions.status")).toContain(
      "ALLOWED VALUES:\n    True\n    False\n    Unknown\n",
    );
  });

  it("shows a default when the schema has one", () => {
    const schema = { type: "object", properties: { replicas: { type: "integer", default: 3, minimum: 1 } } };
    const field = resolveField(schema, "replicas");
    expect(field.ok && explainField(field)).toContain("DEFAULT:\n    3\n");
  });

  it("--recursive lists every field below as an indented tree", async () => {
    const run = await trib(["explain", "spec.placement", "--recursive"]);
    expect(run.stdout.split("FIELDS:\n")[1]).toBe(
      "  nodeClass\t<string> -required-\n  match\t<Object> -required-\n    product\t<string>\n" +
        "    component\t<string>\n    role\t<string>\n    stateful\t<boolean>\n",
    );
  });

  it("an unknown field is a usage error with a suggestion; no path explains the Blueprint", async () => {
    const typo = await trib(["explain", "spec.components.kafka.listners"]);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe("");
    expect(typo.stderr).toContain("field `listners` does not exist in `spec.components.kafka`");
    expect(typo.stderr).toContain("did you mean `spec.components.kafka.listeners`?");
    const scalar = await trib(["explain", "spec.components.topic.partitions.x"]);
    expect(scalar.code).toBe(2);
    expect(scalar.stderr).toContain("`spec.components.topic.partitions` has no fields");
    const root = await trib(["explain"]);
    expect(root.code).toBe(0);
    expect(root.stdout).toContain("  spec\t<Object> -required-\n");
  });
});

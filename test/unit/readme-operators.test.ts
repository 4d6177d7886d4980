// The README's "What the operators need" table against the providers: every kind a provider emits for an
// operator is named in the table, and every kind the table names is one a provider emits.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { providers } from "../../lib/providers/registry.ts";

function section(): string {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const start = readme.indexOf("## What the operators need");
  expect(start, "README has the section").toBeGreaterThanOrEqual(0);
  const end = readme.indexOf("\n## ", start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** Column 4 of each table row ("What Tributary creates there"). */
function createdColumn(): string[] {
  return section()
    .split("\n")
    .filter((l) => l.startsWith("| ") && !l.startsWith("| Operator") && !l.startsWith("| ---"))
    .map((l) => l.split("|")[4]!.trim());
}

/** CamelCase words of two or more parts: the way the table writes a kind (KafkaTopic, ServiceAccount). */
const KIND = /\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b/g;

describe("README: What the operators need", () => {
  const rows = createdColumn();
  // Streamlets run as plain Deployments: no operator of their own, so no row.
  const operatorProviders = providers().filter((p) => p.id !== "native-streamlet");
  const emitted = new Set(operatorProviders.flatMap((p) => p.emits.map((e) => e.kind)));

  it("has one row per operator", () => {
    expect(rows.length).toBe(5);
  });

  it("names every kind the operators' providers emit", () => {
    const text = rows.join(" ");
    const missing = [...emitted].filter((k) => !new RegExp(`\\b${k}\\b`).test(text));
    expect(missing).toEqual([]);
  });

  it("names no kind that no provider emits", () => {
    const named = new Set(rows.flatMap((r) => r.match(KIND) ?? []));
    expect([...named].filter((k) => !emitted.has(k))).toEqual([]);
  });
});

// The build (scripts/precompile.ts) replaces the compiled Blueprint schema module with the schema as data,
// generated from the TypeBox definitions at each build: the built module holds the current schema, and
// loading it loads neither TypeBox nor the TypeBox definitions.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Blueprint } from "../../../lib/blueprint/schema.ts";

const BUILT = new URL("../../../dist/lib/blueprint/blueprint-schema.js", import.meta.url);

describe("the built Blueprint schema module", () => {
  it("is the TypeBox schema as JSON", async () => {
    const built = (await import(BUILT.href)) as { blueprintSchema: unknown };
    expect(built.blueprintSchema).toEqual(JSON.parse(JSON.stringify(Blueprint)));
  });

  it("imports nothing", () => {
    expect(readFileSync(BUILT, "utf8")).not.toMatch(/\bimport\b/);
  });
});

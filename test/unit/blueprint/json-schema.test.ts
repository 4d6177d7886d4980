// The Blueprint JSON Schema for editors: generated from the one schema, committed current, named by every
// example's yaml-language-server modeline, and accepting every example under a standard validator (ajv
// in draft-07 mode with the standard formats only — not Tributary's own loader).
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { blueprintJsonSchemaText, JSON_SCHEMA_PATH } from "../../../lib/blueprint/json-schema.ts";
import { REPO_ROOT, trib } from "../../support/cli.ts";
import { EXAMPLES, exampleFiles, exampleText } from "../../support/examples.ts";

const COMMITTED = join(REPO_ROOT, JSON_SCHEMA_PATH);
const examples = exampleFiles();
const MODELINE = /^# yaml-language-server: \$schema=(\S+)\n/;

function standardValidator() {
  // strictRequired is an ajv lint (a `required` in oneOf naming a property declared beside it), not draft-07.
  const ajv = new Ajv({ strict: true, strictRequired: false, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(COMMITTED, "utf8")));
}

const kafkaBlueprint = (component: Record<string, unknown>) => ({
  apiVersion: "tributary.dev/v1alpha1",
  kind: "Blueprint",
  metadata: { name: "demo" },
  spec: { components: [{ name: "events", ...component }] },
});

describe("Blueprint JSON Schema", () => {
  it(`the committed ${JSON_SCHEMA_PATH} is the one the schema generates (run \`npm run crd\` when this fails)`, () => {
    expect(readFileSync(COMMITTED, "utf8")).toBe(blueprintJsonSchemaText());
  });

  it("every example starts with the yaml-language-server modeline naming the committed file", () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const file of examples) {
      const path = join(EXAMPLES, file);
      const modeline = MODELINE.exec(exampleText(file));
      expect(modeline, file).not.toBeNull();
      expect(resolve(dirname(path), modeline![1]!)).toBe(COMMITTED);
    }
  });

  it("a standard draft-07 validator accepts every example document", () => {
    const validate = standardValidator();
    let documents = 0;
    for (const file of examples) {
      for (const doc of parseAllDocuments(exampleText(file))) {
        documents++;
        expect(validate(doc.toJS()) ? [] : validate.errors, file).toEqual([]);
      }
    }
    expect(documents).toBeGreaterThanOrEqual(examples.length);
  });

  it("rejects what trib validate rejects by shape: a bad name, an unknown field, two products in one component", () => {
    const validate = standardValidator();
    const failures = (doc: unknown) =>
      validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    expect(failures(kafkaBlueprint({ kafka: {} }))).toEqual([]);
    expect(failures({ ...kafkaBlueprint({ kafka: {} }), metadata: { name: "Demo_1" } })).toContain(
      "/metadata/name pattern",
    );
    expect(failures(kafkaBlueprint({ kafka: { brokers: { replica: 3 } } }))).toContain(
      "/spec/components/0/kafka/brokers additionalProperties",
    );
    expect(failures(kafkaBlueprint({ kafka: {}, topic: {} }))).toContain("/spec/components/0 oneOf");
    expect(failures(kafkaBlueprint({}))).toContain("/spec/components/0 oneOf");
    expect(failures(kafkaBlueprint({ topic: { retention: "a week" } }))).toContain(
      "/spec/components/0/topic/retention pattern",
    );
  });

  it("`trib schema` prints the committed file", async () => {
    const run = await trib(["schema"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(COMMITTED, "utf8"));
    expect((await trib(["schema", "extra"])).code).toBe(2);
  });
});

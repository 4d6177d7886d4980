// Writes the Blueprint's generated files from the one schema (lib/blueprint/schema.ts):
//   charts/tributary/crds/blueprints.tributary.dev.yaml   the CRD the chart installs
//   schemas/blueprint.schema.json                         the JSON Schema editors and validators read
// `npm run crd` regenerates them; `npm run crd -- --check` fails when a committed file is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { crdYaml } from "../lib/blueprint/crd-yaml.ts";
import { blueprintJsonSchemaText, JSON_SCHEMA_PATH } from "../lib/blueprint/json-schema.ts";

const generated: [path: string, text: string][] = [
  ["charts/tributary/crds/blueprints.tributary.dev.yaml", crdYaml()],
  [JSON_SCHEMA_PATH, blueprintJsonSchemaText()],
];
const check = process.argv.includes("--check");
let stale = false;
for (const [path, wanted] of generated) {
  const target = fileURLToPath(new URL(`../${path}`, import.meta.url));
  if (check) {
    let current = "";
    try {
      current = readFileSync(target, "utf8");
    } catch {}
    if (current !== wanted) {
      console.error(`${path} is stale: run \`npm run crd\``);
      stale = true;
    }
  } else {
    writeFileSync(target, wanted);
    console.log(`wrote ${path}`);
  }
}
if (stale) process.exit(1);

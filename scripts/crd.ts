// Writes the Blueprint's generated files:
//   lib/blueprint/operators.generated.ts                  the registry's operators (scripts/operator-names.ts)
//   charts/tributary/crds/blueprints.tributary.dev.yaml   the CRD the chart installs
//   schemas/blueprint.schema.json                         the JSON Schema editors and validators read
// The last two from the one schema (lib/blueprint/schema.ts), whose `operator` enum is the first's.
// `npm run crd` regenerates them; `npm run crd -- --check` fails when a committed file is stale.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { crdYaml } from "../lib/blueprint/crd-yaml.ts";
import { blueprintJsonSchemaText, JSON_SCHEMA_PATH } from "../lib/blueprint/json-schema.ts";
import { OPERATORS_FILE, operatorsFileText } from "./operator-names.ts";

const check = process.argv.includes("--check");
const pathOf = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const current = (path: string) => {
  try {
    return readFileSync(pathOf(path), "utf8");
  } catch {
    return "";
  }
};

// The schema read its operators when this script loaded: a new list is written, then read by a fresh run.
const operators = operatorsFileText();
if (!check && current(OPERATORS_FILE) !== operators) {
  writeFileSync(pathOf(OPERATORS_FILE), operators);
  console.log(`wrote ${OPERATORS_FILE}`);
  execFileSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(0);
}

const generated: [path: string, text: string][] = [
  [OPERATORS_FILE, operators],
  ["charts/tributary/crds/blueprints.tributary.dev.yaml", crdYaml()],
  [JSON_SCHEMA_PATH, blueprintJsonSchemaText()],
];
let stale = false;
for (const [path, wanted] of generated) {
  if (check) {
    if (current(path) !== wanted) {
      console.error(`${path} is stale: run \`npm run crd\``);
      stale = true;
    }
  } else if (path !== OPERATORS_FILE) {
    writeFileSync(pathOf(path), wanted);
    console.log(`wrote ${path}`);
  }
}
if (stale) process.exit(1);

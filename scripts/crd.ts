// Writes charts/tributary/crds/blueprints.tributary.dev.yaml from the Blueprint schema.
// `npm run crd` regenerates it; `npm run crd -- --check` fails when the committed file is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { crdYaml } from "../lib/blueprint/crd-yaml.ts";

const target = fileURLToPath(
  new URL("../charts/tributary/crds/blueprints.tributary.dev.yaml", import.meta.url),
);
const wanted = crdYaml();
if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {}
  if (current !== wanted) {
    console.error("charts/tributary/crds/blueprints.tributary.dev.yaml is stale: run `npm run crd`");
    process.exit(1);
  }
} else {
  writeFileSync(target, wanted);
  console.log("wrote charts/tributary/crds/blueprints.tributary.dev.yaml");
}

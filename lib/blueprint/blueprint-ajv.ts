// The ajv instance the Blueprint schema is compiled with: its options, keywords and formats, in one place
// for the runtime compile (blueprint-validator.ts) and the build's standalone code (scripts/precompile.ts).
import { Ajv, type CodeOptions } from "ajv";
import { FORMATS } from "./formats.ts";

export function blueprintAjv(code: CodeOptions = {}): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true, code });
  ajv.addKeyword("x-kubernetes-validations");
  ajv.addKeyword("x-tributary-scalar-map");
  for (const [name, regex] of Object.entries(FORMATS)) ajv.addFormat(name, regex);
  return ajv;
}

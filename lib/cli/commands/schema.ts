import { blueprintJsonSchemaText, JSON_SCHEMA_PATH } from "../../blueprint/json-schema.ts";
import type { Command } from "../command.ts";
import { UsageError } from "../usage-error.ts";

export const schema: Command = {
  name: "schema",
  help: `Usage: trib schema

Prints the Blueprint API as a standard JSON Schema (draft-07), generated from the same schema
trib validate and the CRD use. Point an editor at it for completion, hover documentation and
validation while you type: with the YAML language server (VS Code's YAML extension, Neovim,
Helix, …) start a Blueprint file with the modeline

  # yaml-language-server: $schema=<path or URL of the file>

This repository commits it as ${JSON_SCHEMA_PATH} (npm run crd writes it); every example in
blueprints/ starts with such a modeline. The schema checks each field's shape; trib validate
also checks what a schema cannot (references, names, the pipeline graph, placement).

Exit codes: 0 printed, 2 usage error.

Examples:
  trib schema > blueprint.schema.json
  trib schema | jq '.properties.spec.properties.components.items.properties | keys'`,
  options: {},
  async run({ positionals }, io) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument \`${positionals[0]}\``);
    io.out(blueprintJsonSchemaText());
    return 0;
  },
};

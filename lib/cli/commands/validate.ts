import { hasErrors } from "../../blueprint/diagnostics.ts";
import { runStages } from "../../stages.ts";
import type { Command } from "../command.ts";
import { loadSources } from "../load-cache.ts";
import { jsonOutput, outputOption, printDiagnostics } from "../output.ts";
import { fileReader, readSources } from "../read.ts";
import { UsageError } from "../usage-error.ts";

export const validate: Command = {
  name: "validate",
  help: `Usage: trib validate <file|dir>... [--output text|json]

Checks the Blueprints against the schema and the rules a schema cannot express (references,
names, operators, derived name lengths, the pipeline graph, placement). Reports every problem
at once. Exit 0 when valid, 1 when the input is invalid, 2 on a usage error.

Options:
  -o, --output text|json   diagnostics as text on stderr (default) or as JSON on stdout

Examples:
  trib validate blueprints/
  trib validate clickstream.yaml --output json | jq '.diagnostics[].code'`,
  options: outputOption,
  async run({ positionals, values }, io) {
    if (!["text", "json"].includes(String(values.output)))
      throw new UsageError("--output must be text or json");
    const loaded = loadSources(readSources(positionals, io.cwd));
    const { diagnostics, models } = runStages({
      documents: loaded.documents,
      earlier: loaded.diagnostics,
      readFile: fileReader(io.cwd),
    });
    printDiagnostics(diagnostics, io, jsonOutput(values));
    if (hasErrors(diagnostics)) return 1;
    if (!jsonOutput(values)) io.err(`${models.length} Blueprint(s) valid\n`);
    return 0;
  },
};

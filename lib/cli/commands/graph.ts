import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { hasErrors } from "../../blueprint/diagnostics.ts";
import { makeDirs } from "../../files/make-dirs.ts";
import { removeStaleStaging } from "../../files/stale-staging.ts";
import { GRAPH_FORMATS, type GraphFormat, renderGraph } from "../../pipeline/diagram.ts";
import { providers } from "../../providers/registry.ts";
import type { Command } from "../command.ts";
import { printDiagnostics } from "../output.ts";
import { compileInputs } from "../read.ts";
import { UsageError } from "../usage-error.ts";

export const graph: Command = {
  name: "graph",
  help: `Usage: trib graph <file|dir|program.ts>... [--format svg|dot|mermaid] [--out <file>]

Draws the Blueprints for review: one box per Blueprint with its Kafka and ZooKeeper, its topics
(dashed when derived from a connection), its streamlets coloured by runtime (native, Spark, Flink)
with inlets on the left and outlets on the right, data flowing outlet → topic → inlet, dotted
dependencies, and the node classes placement rules send roles to. The input must be valid
(problems are reported as by trib validate, and nothing is drawn).

SVG is rendered by Graphviz compiled to WebAssembly: no Graphviz install is needed.

Options:
  -f, --format svg|dot|mermaid   output format (default svg); mermaid for Markdown (GitHub renders it)
  --out <file>                   write to this file instead of standard output

Examples:
  trib graph blueprints/clickstream.yaml --out clickstream.svg
  trib graph blueprints/ --format dot | dot -Tpng > stack.png
  trib graph blueprints/clickstream.yaml --format mermaid >> docs/pipeline.md`,
  options: { format: { type: "string", short: "f", default: "svg" }, out: { type: "string" } },
  async run({ positionals, values }, io) {
    const format = String(values.format) as GraphFormat;
    if (!GRAPH_FORMATS.includes(format))
      throw new UsageError(`--format must be one of ${GRAPH_FORMATS.join(", ")}`);
    if (values.out === "") throw new UsageError("--out needs a file name");
    const { diagnostics, models } = await compileInputs(positionals, io.cwd);
    printDiagnostics(diagnostics, io, false);
    if (hasErrors(diagnostics)) return 1;
    const text = await renderGraph(models, format, providers());
    if (typeof values.out !== "string") {
      io.out(text);
      return 0;
    }
    // Written beside the target, then renamed: an interrupted run never leaves half a file.
    const out = resolve(io.cwd, values.out);
    makeDirs(dirname(out));
    removeStaleStaging(dirname(out), `${basename(out)}.tmp-`);
    const staging = `${out}.tmp-${process.pid}`;
    try {
      writeFileSync(staging, text);
      renameSync(staging, out);
    } finally {
      rmSync(staging, { force: true });
    }
    io.err(`wrote ${format} of ${models.length} Blueprint(s) to ${values.out}\n`);
    return 0;
  },
};

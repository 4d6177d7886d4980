import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { hasErrors } from "../../blueprint/diagnostics.ts";
import { makeDirs } from "../../files/make-dirs.ts";
import { removeStaleStaging } from "../../files/stale-staging.ts";
import { loadRenderers } from "../../providers/registry.ts";
import { layout } from "../../synth/layout.ts";
import type { Command } from "../command.ts";
import { jsonOutput, outputOption, printDiagnostics } from "../output.ts";
import { compileInputs } from "../read.ts";
import { UsageError } from "../usage-error.ts";

/** Marks a directory as trib's output, so a later synth may replace it. */
const MARKER = ".tributary-synth";

export const synth: Command = {
  name: "synth",
  help: `Usage: trib synth <file|dir|program.ts>... --out <dir> [--output text|json]

Synthesizes the Blueprints into the custom resources their operators consume, in canonical
form, laid out as <out>/<namespace>/<blueprint>/<layer>/<kind>.<group>.<name>.yaml
with a kustomization.yaml per Blueprint. If any input is invalid nothing is written.
A typed program (*.ts, *.js) is a cdk8s program whose default export adds Blueprint constructs to
the App it is given; its Blueprints go through the same pipeline as YAML (directories never run one).
The output directory is replaced as a whole; trib refuses to replace a directory it did not write.

Options:
  --out <dir>              output directory (required)
  -o, --output text|json   diagnostics as text on stderr (default) or as JSON on stdout

Examples:
  trib synth blueprints/ --out out/
  trib synth clickstream.yaml platform.yaml --out /tmp/render && kubectl apply -k /tmp/render/streaming/clickstream
  trib synth blueprints/typed/main.ts --out out/`,
  options: { ...outputOption, out: { type: "string" } },
  async run({ positionals, values }, io) {
    if (typeof values.out !== "string" || values.out === "") throw new UsageError("--out <dir> is required");
    const out = resolve(io.cwd, values.out);
    if (existsSync(out) && !statSync(out).isDirectory())
      throw new UsageError(`${values.out} is not a directory`);
    if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, MARKER))) {
      throw new UsageError(`${values.out} exists and was not written by trib synth; refusing to replace it`);
    }
    const { diagnostics, models, render } = await compileInputs(positionals, io.cwd);
    printDiagnostics(diagnostics, io, jsonOutput(values));
    if (hasErrors(diagnostics)) return 1;

    await loadRenderers();
    const trees = layout(models, render());
    // Written beside the target, then swapped in: an interrupted synth never leaves a half tree.
    const stagingPrefix = `.${basename(out)}.tmp-`;
    removeStaleStaging(dirname(out), stagingPrefix);
    const staging = join(dirname(out), `${stagingPrefix}${process.pid}`);
    rmSync(staging, { recursive: true, force: true });
    let count = 0;
    try {
      for (const tree of trees) {
        for (const [path, content] of tree.files) {
          const file = join(staging, tree.dir, path);
          makeDirs(dirname(file));
          writeFileSync(file, content);
          count++;
        }
      }
      makeDirs(staging);
      writeFileSync(join(staging, MARKER), "");
      rmSync(out, { recursive: true, force: true });
      renameSync(staging, out);
    } finally {
      // A write that failed (a full disk, a forbidden directory) leaves no staging tree behind.
      rmSync(staging, { recursive: true, force: true });
    }
    if (!jsonOutput(values))
      io.err(`wrote ${count} file(s) for ${trees.length} Blueprint(s) to ${values.out}\n`);
    return 0;
  },
};

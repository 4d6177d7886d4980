// `node --import tsx operator/main.ts [flags]`: the operator without the rest of the CLI (same flags as
// `trib operator`; see operator/flags.ts).
import { parseArgs } from "node:util";
import { OPERATOR_HELP, OPERATOR_OPTIONS } from "./flags.ts";
import { runOperator } from "./run.ts";

let values: Record<string, unknown>;
try {
  values = parseArgs({
    args: process.argv.slice(2),
    options: { ...OPERATOR_OPTIONS, help: { type: "boolean", short: "h" } },
    allowPositionals: false,
    strict: true,
  }).values;
} catch (error) {
  process.stderr.write(`operator: ${(error as Error).message}\n\n${OPERATOR_HELP}\n`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(`${OPERATOR_HELP}\n`);
  process.exit(0);
}
process.exitCode = await runOperator(values, { err: (t) => process.stderr.write(t), cwd: process.cwd() });
// Open handles (keep-alive sockets closing) must not hold a stopped operator.
process.exit();

// The `trib` command line: a thin shell over the pure pipeline. Exit codes: 0 success, 1 invalid input
// (or the machine refused: a full disk, a forbidden directory), 2 usage error, 70 internal error (a bug:
// reported without a stack unless TRIB_DEBUG is set).
import { parseArgs } from "node:util";
import { describeSystemError } from "../files/system-error.ts";
import { VERSION } from "../version.ts";
import type { Io } from "./command.ts";
import { COMMANDS } from "./commands/index.ts";
import { UsageError } from "./usage-error.ts";

const processIo = (): Io => ({
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  tty: Boolean(process.stdout.isTTY),
});

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `trib ${VERSION} — compose streaming stacks from one Blueprint, for GitOps

Usage: trib <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Options:
  -h, --help      help for trib or a command (trib <command> --help)
  -v, --version   print the version

Exit codes: 0 success, 1 invalid input (or a write the machine refused), 2 usage error.
`;
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    io.out(overview());
    return name === undefined ? 2 : 0;
  }
  if (name === "-v" || name === "--version" || name === "version") {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.err(`trib: unknown command \`${name}\`\n\n${overview()}`);
    return 2;
  }
  const command = await entry.load();
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.out(`${command.help}\n`);
      return 0;
    }
    return await command.run({ positionals, values: values as Record<string, unknown> }, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(
        `trib ${command.name}: ${(error as Error).message}\nRun \`trib ${command.name} --help\` for usage.\n`,
      );
      return 2;
    }
    const described = describeSystemError(error);
    if (described) {
      io.err(`trib ${command.name}: ${described}\n`);
      return 1;
    }
    const detail = process.env.TRIB_DEBUG ? `\n${(error as Error).stack}` : "";
    io.err(`trib ${command.name}: internal error: ${(error as Error).message}${detail}\n`);
    return 70;
  }
}

import type { ParseArgsConfig } from "node:util";

/** Where a command writes: injected so tests can capture output without spawning a process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  /** Standard output is a terminal (colour allowed). */
  tty: boolean;
}

/** A command, loaded when it runs (its one-line summary is in the command table, commands/index.ts). */
export interface Command {
  name: string;
  /** Full help: usage line, options, examples. */
  help: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  /** Returns the exit code: 0 success, 1 invalid input, 2 usage error. */
  run(args: { positionals: string[]; values: Record<string, unknown> }, io: Io): Promise<number>;
}

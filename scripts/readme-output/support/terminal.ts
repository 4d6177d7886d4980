// Helpers for the README capture modules (scripts/readme-output/*.ts): run trib as a user would.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Io } from "../../../lib/cli/command.ts";
import { main } from "../../../lib/cli/main.ts";

export const REPO_ROOT = fileURLToPath(new URL("../../..", import.meta.url));

/**
 * `trib <args>` run in `cwd` as a user would see it on a terminal without colour: the command line
 * (as `shown`, default `trib <args>`), then stdout and stderr in the order written.
 */
export async function terminal(
  args: string[],
  cwd: string,
  shown = `trib ${args.join(" ")}`,
): Promise<string> {
  let text = `$ ${shown}\n`;
  const write = (t: string) => {
    text += t;
  };
  const io: Io = { out: write, err: write, cwd, tty: false };
  await main(args, io);
  return text;
}

/** Runs `work` in a fresh scratch directory, removed afterwards. */
export async function inScratch<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "trib-readme-"));
  try {
    return await work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

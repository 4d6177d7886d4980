// `git init` that is whole or absent: the repository is made in a scratch directory inside the target
// and its `.git` renamed into place, so a failure half-way (a full disk, a kill) never leaves a `.git`
// that every later publish would refuse. What a failed init left behind is removed; a scratch directory
// left by a killed one is recognised and removed by the next publish.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { run } from "./git.ts";

/** The scratch directory an init works in, inside the repository directory. */
export const INIT_SCRATCH = ".trib-init";

/** The directory holds nothing, or only what a killed init left: a new repository goes there. */
export function isFresh(dir: string): boolean {
  if (!existsSync(dir)) return true;
  return readdirSync(dir).every((name) => name === INIT_SCRATCH);
}

/** Creates a repository with `branch` checked out (unborn) in `dir`, atomically. */
export async function initRepo(dir: string, branch: string): Promise<void> {
  const created = !existsSync(dir);
  const scratch = join(dir, INIT_SCRATCH);
  try {
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch, { recursive: true });
    await run(scratch, ["init", "--quiet", "--initial-branch", branch]);
    renameSync(join(scratch, ".git"), join(dir, ".git"));
    rmSync(scratch, { recursive: true, force: true });
  } catch (error) {
    rmSync(created ? dir : scratch, { recursive: true, force: true });
    throw error;
  }
}

// `git init` that is whole or absent: the repository is made in a scratch directory inside the target
// (`.trib-init-<pid>`) and its `.git` renamed into place, so a failure half-way (a full disk, a kill)
// never leaves a `.git` that every later publish would refuse. Publishes racing to create the same
// repository: one rename wins, the others use its repository. Scratch directories of dead processes are
// removed by the next init.
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { makeDirs } from "../files/make-dirs.ts";
import { isStaging, removeStaleStaging } from "../files/stale-staging.ts";
import { run } from "./git.ts";

const SCRATCH_PREFIX = ".trib-init-";

/** The directory holds nothing, or only what inits left: a new repository goes there. */
export function isFresh(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).every((name) => isStaging(name, SCRATCH_PREFIX));
}

/** Creates a repository with `branch` (unborn) in `dir`; false when another publish created it first. */
export async function initRepo(dir: string, branch: string): Promise<boolean> {
  const made = !existsSync(dir);
  makeDirs(dir);
  removeStaleStaging(dir, SCRATCH_PREFIX);
  const scratch = join(dir, `${SCRATCH_PREFIX}${process.pid}`);
  try {
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch);
    await run(scratch, ["init", "--quiet", "--initial-branch", branch]);
    return moveInto(join(scratch, ".git"), join(dir, ".git"));
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    if (made) rmdirQuietly(dir);
    throw error;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function moveInto(from: string, to: string): boolean {
  try {
    renameSync(from, to);
    return true;
  } catch (error) {
    if (existsSync(join(to, "HEAD"))) return false;
    throw error;
  }
}

function rmdirQuietly(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // Not empty: something else is there now; leave it.
  }
}

// Moving a local branch to a publish's commit: compare-and-swap on the ref and, when the branch is checked
// out, the index and work tree at the paths the commit changed — recorded as pending first (pending.ts), so
// a publish killed in between is finished by the next one; a work tree that cannot follow moves the branch
// back. Nothing is left half-way.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PublishError } from "../gitops/hydrate.ts";
import { asEnvironmentError, firstLine } from "./environment.ts";
import { isRaceLost, type Repo } from "./git.ts";
import { clearPending, readPending, writePending } from "./pending.ts";

/** A local branch a publish moves: checked out (index and work tree follow) or not. */
export interface Local {
  branch: string;
  checkedOut: boolean;
  gitDir: string;
}

/** Refuses (before anything moves) when local changes sit where the new commit would write. */
export async function checkWorkTree(repo: Repo, paths: readonly string[]): Promise<void> {
  const dirty = await repo.localChanges(paths);
  if (dirty.length > 0)
    throw new PublishError(
      `local changes would be overwritten: ${dirty.slice(0, 5).join(", ")}${dirty.length > 5 ? ` and ${dirty.length - 5} more` : ""}; commit or discard them first`,
    );
}

const REASON = "trib publish";

/**
 * Moves the branch (compare-and-swap) and, when it is checked out, the index and work tree at the paths
 * the commit changed — recorded as pending first, so a kill in between is finished by the next publish.
 * A failure to update the work tree moves the branch back; nothing is left half-way. `changed`, when the
 * caller built `to` on `from` itself: the paths it changed and their blobs (undefined: removed), which
 * git is then not asked for.
 */
export async function advance(
  repo: Repo,
  local: Local,
  from: string | undefined,
  to: string,
  changed?: ReadonlyMap<string, string | undefined>,
): Promise<void> {
  const ref = `refs/heads/${local.branch}`;
  if (!local.checkedOut) return moveRef(repo, local, to, from);
  const paths = changed ? [...changed.keys()] : await repo.changedPaths(from, to);
  await checkWorkTree(repo, paths);
  checkIndexLock(local.gitDir);
  writePending(local.gitDir, { ref, from, to });
  try {
    await moveRef(repo, local, to, from);
  } catch (error) {
    clearPending(local.gitDir);
    throw error;
  }
  try {
    await repo.syncPaths(to, paths, changed);
  } catch (error) {
    await rollBack(repo, local, from, to, paths, error);
  }
  clearPending(local.gitDir);
}

async function moveRef(repo: Repo, local: Local, to: string, from: string | undefined): Promise<void> {
  try {
    await repo.updateRef(`refs/heads/${local.branch}`, to, from, REASON);
  } catch (error) {
    if (!isRaceLost(error)) throw error;
    throw new PublishError(
      `the branch ${local.branch} moved during the publish (another writer, not trib publish); nothing was changed: publish again`,
    );
  }
}

/** The work tree could not follow the new commit: the branch goes back, the paths with it. */
async function rollBack(
  repo: Repo,
  local: Local,
  from: string | undefined,
  to: string,
  paths: readonly string[],
  cause: unknown,
): Promise<never> {
  const reason = firstLine(asEnvironmentError(cause));
  try {
    await repo.updateRef(`refs/heads/${local.branch}`, from, to, `${REASON}: rolled back`);
    await repo.syncPaths(from, paths);
    clearPending(local.gitDir);
  } catch {
    throw new PublishError(
      `committed ${to.slice(0, 7)} to ${local.branch}, but the work tree could not be updated (${reason}); publish again to finish`,
    );
  }
  throw new PublishError(`the work tree could not be updated (${reason}); nothing was changed`);
}

/** Git's own index lock held (or left by a crashed git): refuse before anything moves. */
function checkIndexLock(gitDir: string): void {
  const lock = join(gitDir, "index.lock");
  if (existsSync(lock))
    throw new PublishError(
      `${lock} exists: another git process is using this repository, or one crashed and left it; if no git is running, remove that file`,
    );
}

/** A publish killed after moving its branch left the work tree behind: bring it up to the branch. */
export async function finishPending(repo: Repo, gitDir: string): Promise<void> {
  const p = readPending(gitDir);
  if (!p) return;
  const branch = await repo.currentBranch();
  if (`refs/heads/${branch}` === p.ref && (await repo.resolve(p.ref)) === p.to) {
    checkIndexLock(gitDir);
    await repo.syncPaths(p.to, await repo.changedPaths(p.from, p.to));
  }
  clearPending(gitDir);
}

// One publish at a time per repository, the way git locks its index: an exclusive file created with
// O_EXCL in the git directory, removed when the publish ends. A publisher that finds it waits (polling,
// with a bound) and then fails cleanly. A lock left by a killed process (its pid no longer alive on this
// host) is stale and is broken — under a second, short-lived lock, so two waiters never both break it.
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { isAlive } from "../files/process-alive.ts";
import { PublishError } from "../gitops/hydrate.ts";

export const LOCK_FILE = "trib-publish.lock";
export const DEFAULT_LOCK_TIMEOUT_MS = 120_000;
/** The breaker lock is held for a few system calls; older than this, its holder died. */
const BREAKER_STALE_MS = 10_000;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Creates `path` exclusively with `content`; false when it exists. */
function create(path: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx", 0o644);
  } catch (error) {
    if ((error as { code?: string }).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
};

/** `<pid> <host>`: stale when the host is this one and no such process lives. */
function isStale(owner: string | undefined): boolean {
  const [pid, host] = (owner ?? "").trim().split(" ");
  return host === hostname() && /^\d+$/.test(pid ?? "") && !isAlive(Number(pid));
}

/** Removes the lock when its owner is dead and it is still the same lock (checked under the breaker). */
function breakIfStale(path: string): void {
  const breaker = `${path}.break`;
  const age = statSync(breaker, { throwIfNoEntry: false });
  if (age && Date.now() - age.mtimeMs > BREAKER_STALE_MS) rmSync(breaker, { force: true });
  const seen = read(path);
  if (!isStale(seen) || !create(breaker, `${process.pid} ${hostname()}\n`)) return;
  try {
    if (read(path) === seen) rmSync(path, { force: true });
  } finally {
    rmSync(breaker, { force: true });
  }
}

/** Runs `fn` holding the publish lock of the git directory `gitDir`. */
export async function withLock<T>(
  gitDir: string,
  fn: () => Promise<T>,
  timeoutMs = DEFAULT_LOCK_TIMEOUT_MS,
): Promise<T> {
  const path = join(gitDir, LOCK_FILE);
  const owner = `${process.pid} ${hostname()}\n`;
  const deadline = Date.now() + timeoutMs;
  for (let wait = 10; !create(path, owner); wait = Math.min(wait * 2, 250)) {
    breakIfStale(path);
    if (Date.now() >= deadline)
      throw new PublishError(
        `${path}: another publish holds this repository (pid ${read(path)?.trim() || "?"}) and did not finish within ${Math.round(timeoutMs / 1000)} s; try again`,
      );
    await sleep(wait);
  }
  try {
    return await fn();
  } finally {
    if (read(path) === owner) rmSync(path, { force: true });
  }
}

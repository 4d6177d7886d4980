// The record of a work tree update in flight. A publish that moves a checked-out branch writes it before
// moving the branch and removes it once the index and the work tree match the new commit; a publish killed
// in between leaves it, and the next publish (under the same lock) finishes the update first — so a kill
// at any point converges without manual repair. Written with rename, so it is whole or absent.
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const PENDING_FILE = "trib-publish.pending";

export interface Pending {
  /** `refs/heads/<branch>`. */
  ref: string;
  /** The commit the branch was at (undefined: unborn). */
  from?: string;
  to: string;
}

export function writePending(gitDir: string, p: Pending): void {
  const path = join(gitDir, PENDING_FILE);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(p)}\n`);
  renameSync(`${path}.tmp`, path);
}

export function readPending(gitDir: string): Pending | undefined {
  try {
    const p = JSON.parse(readFileSync(join(gitDir, PENDING_FILE), "utf8")) as Pending;
    return typeof p?.ref === "string" && typeof p.to === "string" ? p : undefined;
  } catch {
    return undefined;
  }
}

export function clearPending(gitDir: string): void {
  rmSync(join(gitDir, PENDING_FILE), { force: true });
}

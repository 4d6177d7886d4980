// What a write killed midway (SIGKILL, a crash, a machine that lost power) left beside its target: a staging
// tree or file named `<prefix><pid>`. The next write removes those whose process is gone; a live one's is
// another run's, in progress, and stays.
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { isAlive } from "./process-alive.ts";

/** The pid of a staging name `<prefix><pid>`; undefined for any other name. */
function stagingPid(name: string, prefix: string): number | undefined {
  if (!name.startsWith(prefix)) return undefined;
  const pid = name.slice(prefix.length);
  return /^[1-9]\d*$/.test(pid) ? Number(pid) : undefined;
}

/** A staging tree or file of some run, live or not. */
export const isStaging = (name: string, prefix: string): boolean => stagingPid(name, prefix) !== undefined;

export function removeStaleStaging(dir: string, prefix: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return; // no directory yet: nothing was left in it
  }
  for (const name of names) {
    const pid = stagingPid(name, prefix);
    if (pid !== undefined && !isAlive(pid)) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

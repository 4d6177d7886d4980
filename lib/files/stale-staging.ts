// What a write killed midway (SIGKILL, a crash, a machine that lost power) left beside its target: a staging
// tree or file named `<prefix><pid>`. The next write removes those whose process is gone; a live one's is
// another run's, in progress, and stays.
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { isAlive } from "./process-alive.ts";

export function removeStaleStaging(dir: string, prefix: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return; // no directory yet: nothing was left in it
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = name.slice(prefix.length);
    if (/^[1-9]\d*$/.test(pid) && !isAlive(Number(pid)))
      rmSync(join(dir, name), { recursive: true, force: true });
  }
}

// The directory of one agent-suite run under /var/tmp (units must not see it through PrivateTmp=), named by
// the test process's PID so that a later run removes the leftovers of runs that died without cleaning up.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import path from "node:path";

/** Is a process of this PID alive? */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Remove `/var/tmp/<prefix>-<dead pid>-*`, then make `/var/tmp/<prefix>-<pid>-XXXXXX`. */
export async function runDirectory(prefix: string): Promise<string> {
  const stale = new RegExp(`^${prefix}-(\\d+)-`);
  for (const name of await readdir("/var/tmp")) {
    const m = stale.exec(name);
    if (m && !processAlive(Number(m[1])))
      await rm(path.join("/var/tmp", name), { recursive: true, force: true });
  }
  return mkdtemp(`/var/tmp/${prefix}-${process.pid}-`);
}

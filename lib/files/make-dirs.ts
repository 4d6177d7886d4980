// `mkdir -p` that fails rather than spins. Node's recursive mkdir (fs.mkdirSync with `recursive`, Node 20)
// loops forever, at full CPU, where mkdir answers ENOENT although the parent exists: procfs does (`trib
// synth --out /proc/x` never returned). Here each missing directory is made on its own, from the nearest
// existing ancestor down, and the first real error (ENOENT, ENOTDIR, EACCES, EROFS) is thrown.
import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

export function makeDirs(dir: string, mode?: number): void {
  const missing: string[] = [];
  for (let at = resolve(dir); !existsSync(at); at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const path of missing.reverse()) {
    try {
      mkdirSync(path, mode === undefined ? undefined : { mode });
    } catch (error) {
      // Made meanwhile by a concurrent run; a dangling symlink answers EEXIST too, and its child ENOENT.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}

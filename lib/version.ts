// Tributary's version, from its package.json: the nearest one above this module, which is the repository's
// whether it runs from the sources (lib/version.ts) or from the build (dist/lib/version.js).
import { existsSync, readFileSync } from "node:fs";

function packageJson(): URL {
  for (let dir = new URL(".", import.meta.url); ; dir = new URL("..", dir)) {
    const file = new URL("package.json", dir);
    if (existsSync(file)) return file;
    if (dir.pathname === "/") throw new Error(`no package.json above ${import.meta.url}`);
  }
}

export const VERSION: string = JSON.parse(readFileSync(packageJson(), "utf8")).version;

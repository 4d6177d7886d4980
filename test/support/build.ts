// vitest globalSetup: the CLI tests spawn bin/trib.js, which runs the build in dist/. Rebuilds it when any
// source is newer than the last build, so a test never runs stale compiled code (an unchanged tree costs
// one stat per source file).
import { execFileSync } from "node:child_process";
import { readdirSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/**
 * What `npm run build` compiles (tsconfig.build.json, then the precompiled schema and validator, then the
 * bundle of validate's modules), and what changes its output.
 */
const INPUTS = [
  "lib",
  "kube",
  "operator",
  "agent",
  "package.json",
  "tsconfig.json",
  "tsconfig.build.json",
  "scripts/precompile.ts",
  "scripts/bundle-validate.ts",
];
const STAMP = join(ROOT, "dist", ".tsbuildinfo");

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

const mtime = (path: string) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
};

export default function setup(): void {
  if (Math.max(...INPUTS.map((p) => newest(join(ROOT, p)))) <= mtime(STAMP)) return;
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"],
    {
      cwd: ROOT,
      stdio: "inherit",
    },
  );
  for (const script of ["scripts/precompile.ts", "scripts/bundle-validate.ts"])
    execFileSync(process.execPath, ["--import", "tsx", script], { cwd: ROOT, stdio: "inherit" });
  // tsc leaves its build info untouched when no output changed: mark the build as current.
  const now = new Date();
  utimesSync(STAMP, now, now);
}

// `npm run bench`: every `bench:*` script of package.json, one after the other (each rewrites its own
// section of bench/RESULTS.md). Stops at the first that fails.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const scripts: Record<string, string> = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.url), "utf8"),
).scripts;
for (const name of Object.keys(scripts).filter((s) => s.startsWith("bench:"))) {
  console.log(`\n> npm run ${name}`);
  const run = spawnSync("npm", ["run", "--silent", name], { stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

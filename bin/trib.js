#!/usr/bin/env node
// The `trib` command: runs the compiled JavaScript in dist/ (`npm run build`, also run by `npm ci`).
// No transpiler is loaded here: only a typed cdk8s program (*.ts) given to a command loads one.
import { existsSync } from "node:fs";

const entry = new URL("../dist/lib/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("trib: the build is missing (dist/): run `npm run build` (npm ci runs it)\n");
  process.exit(70);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));

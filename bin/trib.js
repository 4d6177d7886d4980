#!/usr/bin/env node
// The `trib` command. Tributary runs its TypeScript sources directly (Node 20 cannot strip types).
import { register } from "tsx/esm/api";

register();
const { main } = await import("../lib/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));

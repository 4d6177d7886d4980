#!/usr/bin/env node
// The agent's executable: Node 20 runs the TypeScript sources through tsx (a runtime dependency).
import { register } from "tsx/esm/api";

register();
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
// Open handles (timers, sockets) must not keep a stopped agent alive.
process.exit();

// Runs the trib CLI in-process with captured output (fast), or as a real process (what users run).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Io } from "../../lib/cli/command.ts";
import { main } from "../../lib/cli/main.ts";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const TRIB_BIN = fileURLToPath(new URL("../../bin/trib.js", import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function trib(args: string[], cwd = REPO_ROOT): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: Io = { out: (t) => (stdout += t), err: (t) => (stderr += t), cwd, tty: false };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

export function tribProcess(args: string[], cwd = REPO_ROOT, env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, [TRIB_BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

// The control-plane binaries: built from Go modules by build.sh (cached), or TRIB_K8S_BIN_DIR.
import { existsSync } from "node:fs";
import path from "node:path";
import { run } from "./exec.ts";
import { repoRoot } from "./paths.ts";

let cachedBinDir: string | undefined;

/**
 * The directory with the control-plane binaries: TRIB_K8S_BIN_DIR if set, else build.sh's cache directory
 * (build.sh checks it in about a second, and builds it when missing: 20-40 minutes cold).
 */
export async function ensureBinaries(): Promise<string> {
  if (cachedBinDir) return cachedBinDir;
  const fromEnv = process.env.TRIB_K8S_BIN_DIR;
  if (fromEnv) {
    for (const b of BINARIES) {
      if (!existsSync(path.join(fromEnv, b))) throw new Error(`TRIB_K8S_BIN_DIR=${fromEnv} has no ${b}`);
    }
    cachedBinDir = fromEnv;
    return fromEnv;
  }
  const script = path.join(repoRoot, "test", "cluster", "build.sh");
  const result = await run("bash", [script, "--quiet", "--print-bin-dir"], { inheritStderr: true });
  const dir = result.stdout.trim().split("\n").pop() ?? "";
  if (result.code !== 0 || !dir || !existsSync(path.join(dir, "kube-apiserver"))) {
    throw new Error(`test/cluster/build.sh failed (exit ${result.code}); the control plane cannot start`);
  }
  cachedBinDir = dir;
  return dir;
}

const BINARIES = ["etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler", "kubectl", "kwok"];

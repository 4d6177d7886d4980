// Real Flux for the integration tests: source-controller and kustomize-controller, built from their Go
// modules by test/cluster/flux/build.sh, run as processes against the test API server (KUBECONFIG: neither
// controller has a --kubeconfig flag), with their CRDs installed from the same modules.
//
// Flags are upstream's defaults except: no leader election (one replica), loopback addresses on free ports
// for metrics, health and source-controller's artifact server (which kustomize-controller downloads from),
// and a 2 s dependency requeue (default 30 s) so the suite does not idle between layers.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../../../kube/port.ts";
import { type Cluster, installCrds, keepLogs, ManagedProcess, repoRoot, waitFor } from "../harness.ts";

export interface FluxBuild {
  /** The cache directory of test/cluster/flux/build.sh. */
  dir: string;
  bin: string;
  /** config/crd/bases of both controller modules. */
  fluxCrds: string;
  /** manifests/crds of the argo-cd module. */
  argocdCrds: string;
}

let built: Promise<FluxBuild> | undefined;

const layout = (dir: string): FluxBuild => ({
  dir,
  bin: path.join(dir, "bin"),
  fluxCrds: path.join(dir, "share", "flux-crds"),
  argocdCrds: path.join(dir, "share", "argocd-crds"),
});

/**
 * The Flux build: TRIB_FLUX_DIR if set (a directory laid out like build.sh's cache), else build.sh's cache
 * directory (built on first use when test/setup.sh has not run).
 */
export function ensureFluxBuild(): Promise<FluxBuild> {
  const fromEnv = process.env.TRIB_FLUX_DIR;
  if (fromEnv) return Promise.resolve(layout(fromEnv));
  built ??= (async () => {
    const script = path.join(repoRoot, "test", "cluster", "flux", "build.sh");
    const dir = await new Promise<string>((resolve, reject) => {
      const child = spawn("bash", [script, "--quiet", "--print-dir"], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      let out = "";
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
      });
      child.on("error", reject);
      child.on("close", (code) =>
        code === 0
          ? resolve(out.trim())
          : reject(new Error(`test/cluster/flux/build.sh failed (exit ${code})`)),
      );
    });
    return layout(dir);
  })();
  return built;
}

export interface Flux {
  /** The namespace the controllers run for (RUNTIME_NAMESPACE), where GitRepositories live. */
  readonly namespace: string;
  /** Stop both controllers; keep their logs under test/.artifacts when `keep` (or TRIB_KEEP_LOGS=1). */
  stop(keep?: boolean): Promise<string | undefined>;
}

export async function startFlux(
  cluster: Cluster,
  options: { namespace?: string; name?: string } = {},
): Promise<Flux> {
  const build = await ensureFluxBuild();
  const namespace = options.namespace ?? "flux-system";
  await Promise.all([installCrds(cluster, [build.fluxCrds]), cluster.createNamespace(namespace)]);
  const dir = await mkdtemp(path.join(tmpdir(), "trib-flux-"));
  await mkdir(path.join(dir, "logs"));
  await mkdir(path.join(dir, "storage"));
  const env = { ...process.env, KUBECONFIG: cluster.kubeconfigPath, RUNTIME_NAMESPACE: namespace };
  const [storage, scHealth, kcHealth, scMetrics, kcMetrics] = await Promise.all(
    Array.from({ length: 5 }, () => freePort()),
  );
  const common = ["--enable-leader-election=false", "--log-level=debug", "--requeue-dependency=2s"];
  const processes = [
    new ManagedProcess(
      "source-controller",
      path.join(build.bin, "source-controller"),
      [
        ...common,
        `--storage-path=${path.join(dir, "storage")}`,
        `--storage-addr=127.0.0.1:${storage}`,
        `--storage-adv-addr=127.0.0.1:${storage}`,
        `--health-addr=127.0.0.1:${scHealth}`,
        `--metrics-addr=127.0.0.1:${scMetrics}`,
      ],
      path.join(dir, "logs", "source-controller.log"),
      env,
    ),
    new ManagedProcess(
      "kustomize-controller",
      path.join(build.bin, "kustomize-controller"),
      [...common, `--health-addr=127.0.0.1:${kcHealth}`, `--metrics-addr=127.0.0.1:${kcMetrics}`],
      path.join(dir, "logs", "kustomize-controller.log"),
      env,
    ),
  ];
  const label = options.name ?? "flux";
  let stopped = false;
  const stop = async (keep?: boolean) => {
    if (stopped) return undefined;
    stopped = true;
    await Promise.all(processes.map((p) => p.stop(5_000)));
    const kept = keep || process.env.TRIB_KEEP_LOGS === "1" ? await keepLogs(dir, label) : undefined;
    await rm(dir, { recursive: true, force: true });
    return kept;
  };
  try {
    for (const p of processes) p.start();
    // Exits after a successful start are stop()'s: only the race below may observe these rejections.
    const exits = processes.map((p) => p.failOnExit());
    for (const e of exits) e.catch(() => {});
    await Promise.race([
      Promise.all(
        [scHealth, kcHealth].map((port) =>
          waitFor(
            `Flux controller ready on 127.0.0.1:${port}`,
            async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).ok,
            { timeoutMs: 60_000, intervalMs: 200 },
          ),
        ),
      ),
      ...exits,
    ]);
  } catch (e) {
    await stop(true);
    throw e;
  }
  return { namespace, stop };
}

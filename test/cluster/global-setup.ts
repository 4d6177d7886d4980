// vitest globalSetup of the "integration" project: one real control plane (etcd, kube-apiserver,
// kube-scheduler, kube-controller-manager, kwok) for the whole run, with the upstream CRDs and Tributary's own
// installed. Tests read it with `inject("controlPlane")`. Missing binaries are built (never skipped).
import type { TestProject } from "vitest/node";
import { defaultCrdPaths, ensureBinaries, installCrds, startControlPlane } from "./harness.ts";

export interface ProvidedControlPlane {
  /** https://127.0.0.1:<port> */
  server: string;
  /** Admin bearer token (system:masters). */
  token: string;
  /** Admin kubeconfig (token + CA). */
  kubeconfigPath: string;
  /** CA certificate (PEM file) of the API server. */
  caPath: string;
  /** kubectl, helm, kwok, etcd, kube-* */
  binDir: string;
  /** JSON-lines audit log of the API server. */
  auditLogPath: string;
  /** Names of the CRDs installed by the global setup. */
  crds: string[];
}

declare module "vitest" {
  export interface ProvidedContext {
    controlPlane: ProvidedControlPlane;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const t0 = Date.now();
  const binDir = await ensureBinaries();
  const cp = await startControlPlane({ binDir, name: "integration" });
  try {
    // The components and the CRDs in parallel, once the API server is ready.
    const [crds] = await Promise.all([
      defaultCrdPaths().then((paths) => installCrds(cp, paths)),
      cp.startScheduler(),
      cp.startControllerManager(),
      cp.startKwok(),
    ]);
    project.provide("controlPlane", {
      server: cp.server,
      token: cp.token,
      kubeconfigPath: cp.kubeconfigPath,
      caPath: cp.caPath,
      binDir: cp.binDir,
      auditLogPath: cp.auditLogPath ?? "",
      crds,
    });
    console.log(`control plane ready in ${Date.now() - t0} ms: ${cp.server}, ${crds.length} CRDs`);
  } catch (e) {
    await cp.stop(true);
    throw e;
  }

  return async () => {
    const state = project.vitest.state;
    const failed =
      state.getCountOfFailedTests() > 0 ||
      state.getFailedFilepaths().length > 0 ||
      state.getUnhandledErrors().length > 0;
    const kept = await cp.stop(failed);
    if (kept) console.log(`control plane logs kept in ${kept}`);
  };
}

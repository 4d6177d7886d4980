// Talking to a control plane (also from test files, with what the global setup provides): kubectl, API
// requests, namespaces and kwok's fake nodes.
import { tmpdir } from "node:os";
import path from "node:path";
import { type ContentType, KubeClient, type KubeResponse } from "../../kube/client.ts";
import { type ExecResult, run, waitFor } from "./exec.ts";

export const FAKE_NODE_ANNOTATION = "kwok.x-k8s.io/node";

export interface FakeNodeOptions {
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  taints?: Array<{ key: string; value?: string; effect: "NoSchedule" | "PreferNoSchedule" | "NoExecute" }>;
  /** Capacity (= allocatable). Default cpu 32, memory 256Gi, pods 110. */
  capacity?: Record<string, string>;
  /** Wait for the node's Ready condition (default: true when kwok runs). */
  waitReady?: boolean;
}

/** What a test needs to reach a control plane (the global setup provides this). */
export interface ClusterConnection {
  /** https://127.0.0.1:<port> */
  server: string;
  /** Admin bearer token (user `admin`, group system:masters). */
  token: string;
  /** Kubeconfig with the admin token and the CA (context `tributary-test`). */
  kubeconfigPath: string;
  /** PEM file of the CA that signed the API server's serving certificate. */
  caPath: string;
  /** Directory with kubectl, helm, kwok, etcd, kube-*. */
  binDir: string;
}

export interface Cluster extends ClusterConnection {
  /** Environment for running kubectl/helm yourself: PATH with binDir first, KUBECONFIG, KUBECACHEDIR. */
  readonly env: NodeJS.ProcessEnv;
  /** Run kubectl against this control plane (never throws on a non-zero exit). */
  kubectl(args: string[], input?: string): Promise<ExecResult>;
  /** An HTTP request with the admin token (or `token`), JSON in and out; never throws on HTTP errors. */
  request<T = unknown>(
    method: string,
    urlPath: string,
    body?: unknown,
    options?: { token?: string; contentType?: ContentType },
  ): Promise<KubeResponse<T>>;
  /** Create a namespace (ok if it exists); waits for its `default` ServiceAccount when KCM runs. */
  createNamespace(name: string): Promise<void>;
  /** Create a Node managed by kwok (annotation `kwok.x-k8s.io/node: fake`). */
  addFakeNode(name: string, options?: FakeNodeOptions): Promise<void>;
}

/**
 * A client for a running control plane, e.g. `connect({ ...inject("controlPlane"), kwok: true })` in a test.
 * `controllerManager`/`kwok` say whether those run (createNamespace and addFakeNode then wait for them).
 */
export function connect(conn: ClusterConnection & { controllerManager?: boolean; kwok?: boolean }): Cluster {
  const { controllerManager = false, kwok = false, ...connection } = conn;
  return makeCluster(connection, path.join(tmpdir(), `trib-kube-cache-${process.pid}`), {
    controllerManager: () => controllerManager,
    kwok: () => kwok,
  });
}

/** A client for the control plane at `conn`; `running` says whether the controller manager and kwok run. */
export function makeCluster(
  conn: ClusterConnection,
  cacheDir: string,
  running: { controllerManager(): boolean; kwok(): boolean },
): Cluster {
  const { kubeconfigPath, binDir } = conn;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ""}`,
    KUBECONFIG: kubeconfigPath,
    KUBECACHEDIR: cacheDir,
  };

  const kubectl = (args: string[], input?: string) =>
    run(path.join(binDir, "kubectl"), [`--kubeconfig=${kubeconfigPath}`, ...args], { input, env });

  const client = KubeClient.load({ kubeconfig: kubeconfigPath, userAgent: "tributary-test" });
  const request = <T = unknown>(
    method: string,
    urlPath: string,
    body?: unknown,
    opts: { token?: string; contentType?: ContentType } = {},
  ): Promise<KubeResponse<T>> =>
    client.send<T>(method, urlPath, { body, contentType: opts.contentType, token: opts.token });

  const createNamespace = async (name: string) => {
    const r = await request("POST", "/api/v1/namespaces", {
      apiVersion: "v1",
      kind: "Namespace",
      metadata: { name },
    });
    if (r.status !== 201 && r.status !== 409) throw new Error(`create namespace ${name}: ${r.text}`);
    if (running.controllerManager()) {
      await waitFor(
        `ServiceAccount ${name}/default`,
        async () =>
          (await request("GET", `/api/v1/namespaces/${name}/serviceaccounts/default`)).status === 200,
        { timeoutMs: 30_000, intervalMs: 100 },
      );
    }
  };

  const addFakeNode = async (name: string, o: FakeNodeOptions = {}) => {
    const capacity = o.capacity ?? { cpu: "32", memory: "256Gi", pods: "110" };
    const node = {
      apiVersion: "v1",
      kind: "Node",
      metadata: {
        name,
        annotations: {
          [FAKE_NODE_ANNOTATION]: "fake",
          "node.alpha.kubernetes.io/ttl": "0",
          ...o.annotations,
        },
        labels: {
          "kubernetes.io/hostname": name,
          "kubernetes.io/os": "linux",
          "kubernetes.io/arch": "amd64",
          type: "kwok",
          ...o.labels,
        },
      },
      spec: { taints: o.taints ?? [] },
      status: { capacity, allocatable: capacity },
    };
    const r = await request("POST", "/api/v1/nodes", node);
    if (r.status !== 201) throw new Error(`create node ${name}: HTTP ${r.status} ${r.text}`);
    if (o.waitReady ?? running.kwok()) {
      await waitFor(
        `node ${name} Ready`,
        async () => {
          const n = await request<{ status?: { conditions?: Array<{ type: string; status: string }> } }>(
            "GET",
            `/api/v1/nodes/${name}`,
          );
          return n.body.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True");
        },
        { timeoutMs: 30_000, intervalMs: 100 },
      );
    }
  };

  return { ...conn, env, kubectl, request, createNamespace, addFakeNode };
}

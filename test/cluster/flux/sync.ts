// What the Flux suite (test/integration/flux*.test.ts) reads and waits for: the objects a published
// commit holds, the live objects and Flux Kustomizations on the API server, and "every generated
// Kustomization Ready at this revision" while standing in for the operators (test/support/operator-statuses.ts).
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { parse } from "yaml";
import { readyStatus } from "../../support/operator-statuses.ts";
import { type Cluster, waitFor } from "../harness.ts";

export type Obj = {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    generation?: number;
    managedFields?: Array<{ manager: string }>;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec?: Record<string, unknown>;
  status?: {
    conditions?: Array<{ type: string; status: string; reason?: string; message?: string }>;
    observedGeneration?: number;
    lastAppliedRevision?: string;
    inventory?: { entries?: Array<{ id: string }> };
  };
};

export const FLUX_NS = "flux-system";

export const gitIn = (dir: string, ...args: string[]) =>
  execFileSync("git", ["-C", dir, ...args], {
    encoding: "utf8",
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0" },
  });

/** Push HEAD asynchronously: the loopback git server runs in this process (a synchronous push blocks it). */
export const pushHead = (dir: string) =>
  promisify(execFile)("git", ["-C", dir, "push", "-q", "origin", "HEAD:main"]);

/** The plural resource path of a kind (the kinds the examples use). */
export function resourcePath(o: Pick<Obj, "apiVersion" | "kind">, namespace?: string, name?: string): string {
  const plural = `${o.kind.toLowerCase()}${o.kind.endsWith("s") ? "es" : "s"}`.replace(/ys$/, "ies");
  const base = o.apiVersion.includes("/") ? `/apis/${o.apiVersion}` : `/api/${o.apiVersion}`;
  return `${base}${namespace ? `/namespaces/${namespace}` : ""}/${plural}${name ? `/${name}` : ""}`;
}

export const pathOf = (o: Obj) => resourcePath(o, o.metadata.namespace, o.metadata.name);

export const ready = (o: Obj) => o.status?.conditions?.find((c) => c.type === "Ready");

/** Objects of the published tree at `rev` (every object file under deploy/<cluster>/<ns>/<bp>/<layer>/). */
export function publishedObjectsAt(work: string, rev: string, under = ""): Obj[] {
  const files = gitIn(work, "ls-tree", "-r", "--name-only", rev, `deploy/in-cluster/${under}`).split("\n");
  return files
    .filter(
      (f) =>
        /^deploy\/in-cluster\/[^/]+\/[^/]+\/[a-z-]+\/[^/]+\.yaml$/.test(f) &&
        !f.endsWith("/kustomization.yaml"),
    )
    .filter((f) => !/\/(argocd|flux)\//.test(f))
    .map((f) => parse(gitIn(work, "show", `${rev}:${f}`), { version: "1.1" }) as Obj);
}

export function fluxSync(cluster: Cluster, work: () => string) {
  const get = async (o: Obj) => cluster.request<Obj>("GET", pathOf(o));

  const kustomizations = async () =>
    (
      await cluster.request<{ items: Obj[] }>(
        "GET",
        `/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/${FLUX_NS}/kustomizations`,
      )
    ).body.items ?? [];

  const kustomization = async (name: string) =>
    (await kustomizations()).find((k) => k.metadata.name === name);

  /** Write an object's status as its operator would (merge patch of the status subresource). */
  const writeStatus = (o: Obj, status: Record<string, unknown>) =>
    cluster.request(
      "PATCH",
      `${pathOf(o)}/status?fieldManager=test-operator`,
      { status },
      { contentType: "application/merge-patch+json" },
    );

  /** Stand in for the operators: write each object's ready status, for its current generation. */
  async function writeStatuses(objects: readonly Obj[]): Promise<void> {
    for (const o of objects) {
      const live = await get(o);
      if (live.status !== 200) continue;
      const status = readyStatus(live.body, { siblings: objects });
      if (status) await writeStatus(o, status);
    }
  }

  /** Until every generated Kustomization is Ready at `revision`, writing operator statuses meanwhile. */
  const reconciled = (revision: string, timeoutMs = 150_000): Promise<Obj[]> =>
    waitFor(
      `every Kustomization Ready at ${revision.slice(0, 7)}`,
      async () => {
        await writeStatuses(publishedObjectsAt(work(), "HEAD"));
        const generated = (await kustomizations()).filter(
          (k) => k.metadata.labels?.["app.kubernetes.io/managed-by"] === "tributary",
        );
        return generated.length > 0 &&
          generated.every(
            (k) => ready(k)?.status === "True" && k.status?.lastAppliedRevision?.endsWith(revision),
          )
          ? generated
          : undefined;
      },
      { timeoutMs, intervalMs: 1_000 },
    );

  /**
   * Ask source-controller to fetch now rather than at the GitRepository's next interval (1m): what
   * `flux reconcile source git` or a forge webhook's Receiver does after a push.
   */
  const fetchNow = (name = FLUX_NS) =>
    cluster.request(
      "PATCH",
      `/apis/source.toolkit.fluxcd.io/v1/namespaces/${FLUX_NS}/gitrepositories/${name}`,
      { metadata: { annotations: { "reconcile.fluxcd.io/requestedAt": new Date().toISOString() } } },
      { contentType: "application/merge-patch+json" },
    );

  return { get, kustomizations, kustomization, writeStatus, reconciled, fetchNow };
}

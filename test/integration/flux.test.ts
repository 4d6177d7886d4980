// Real Flux syncs what Tributary publishes: source-controller and kustomize-controller (built from their Go
// modules) against the suite's API server, fetching the published repository over smart HTTP from a git
// server on loopback. The GitRepository and the root Kustomization are exactly what the generated
// deploy/<cluster>/flux/README.md tells a user to create (lib/gitops/flux.ts gitRepository, rootKustomization).
// The operators Flux waits for cannot run here; the test writes the statuses they write
// (test/cluster/flux/statuses.ts, each shape cited).
import { execFile, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parse } from "yaml";
import { gitRepository, rootKustomization } from "../../lib/gitops/flux.ts";
import { defaultTarget } from "../../lib/gitops/types.ts";
import { ensureFluxBuild, type Flux, startFlux } from "../cluster/flux/engine.ts";
import { readyStatus } from "../cluster/flux/statuses.ts";
import { type GitServer, startGitServer } from "../cluster/git-server.ts";
import { connect, installCrds, waitFor } from "../cluster/harness.ts";
import { REPO_ROOT, trib } from "../support/cli.ts";

const cluster = connect({ ...inject("controlPlane"), controllerManager: true, kwok: true });
const FLUX_NS = "flux-system";

type Obj = {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    generation?: number;
    managedFields?: Array<{ manager: string }>;
    labels?: Record<string, string>;
  };
  spec?: Record<string, unknown>;
  status?: {
    conditions?: Array<{ type: string; status: string; reason?: string; message?: string }>;
    observedGeneration?: number;
    lastAppliedRevision?: string;
    inventory?: { entries?: Array<{ id: string }> };
  };
};

let flux: Flux;
let git: GitServer;
let scratch: string;
let work: string;
let failed = false;

const gitIn = (dir: string, ...args: string[]) =>
  execFileSync("git", ["-C", dir, ...args], {
    encoding: "utf8",
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0" },
  });

/** The plural resource path of a kind (the kinds the examples use). */
function resourcePath(o: Pick<Obj, "apiVersion" | "kind">, namespace?: string, name?: string): string {
  const plural = `${o.kind.toLowerCase()}${o.kind.endsWith("s") ? "es" : "s"}`.replace(/ys$/, "ies");
  const base = o.apiVersion.includes("/") ? `/apis/${o.apiVersion}` : `/api/${o.apiVersion}`;
  return `${base}${namespace ? `/namespaces/${namespace}` : ""}/${plural}${name ? `/${name}` : ""}`;
}

const kustomizations = async () =>
  (
    await cluster.request<{ items: Obj[] }>(
      "GET",
      `/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/${FLUX_NS}/kustomizations`,
    )
  ).body.items ?? [];

const ready = (o: Obj) => o.status?.conditions?.find((c) => c.type === "Ready");

/** Objects of the published tree at `rev` (every object file under deploy/<cluster>/<ns>/<bp>/<layer>/). */
function publishedObjectsAt(rev: string, under = ""): Obj[] {
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

const publishedObjects = () => publishedObjectsAt("HEAD");

/** Stand in for the operators: write each object's ready status, for its current generation. */
async function writeStatuses(objects: readonly Obj[]): Promise<void> {
  for (const o of objects) {
    const live = await cluster.request<Obj>("GET", resourcePath(o, o.metadata.namespace, o.metadata.name));
    if (live.status !== 200) continue;
    const status = readyStatus(live.body);
    if (!status) continue;
    await cluster.request(
      "PATCH",
      `${resourcePath(o, o.metadata.namespace, o.metadata.name)}/status?fieldManager=test-operator`,
      { status },
      { contentType: "application/merge-patch+json" },
    );
  }
}

async function publish(inputs: string[]): Promise<string> {
  const r = await trib(["publish", ...inputs, "--repo", work, "--push"]);
  expect(r.code, r.stderr).toBe(0);
  return gitIn(work, "rev-parse", "HEAD").trim();
}

/** Until every generated Kustomization is Ready at `revision`, writing operator statuses meanwhile. */
async function reconciled(revision: string, timeoutMs = 150_000): Promise<Obj[]> {
  return waitFor(
    `every Kustomization Ready at ${revision.slice(0, 7)}`,
    async () => {
      await writeStatuses(publishedObjects());
      const ks = await kustomizations();
      const generated = ks.filter((k) => k.metadata.labels?.["app.kubernetes.io/managed-by"] === "tributary");
      return generated.length > 0 &&
        generated.every(
          (k) => ready(k)?.status === "True" && k.status?.lastAppliedRevision?.endsWith(revision),
        )
        ? generated
        : undefined;
    },
    { timeoutMs, intervalMs: 1_000 },
  );
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), "trib-flux-test-"));
  const root = path.join(scratch, "srv");
  await mkdir(root);
  execFileSync("git", ["init", "--bare", "-q", "-b", "main", path.join(root, "gitops.git")]);
  [flux, git] = await Promise.all([startFlux(cluster), startGitServer(root)]);
  work = path.join(scratch, "gitops");
  await Promise.all(["data", "streaming"].map((n) => cluster.createNamespace(n)));
  // Nodes for the pods of the examples' Deployments and the Stackable topic Job (kwok runs them).
  await cluster.addFakeNode("flux-general", { labels: { "node.kubernetes.io/pool": "general" } });
}, 1_800_000);

afterAll(async () => {
  await cluster.request("DELETE", "/api/v1/nodes/flux-general");
  const kept = await flux?.stop(failed);
  if (kept) console.log(`Flux logs kept in ${kept}`);
  // The examples' namespaces are shared with the other suites: remove what Flux applied (every object of
  // the first publish, which held all four Blueprints), so no field stays owned by kustomize-controller.
  if (existsSync(path.join(work, ".git"))) {
    const first = gitIn(work, "rev-list", "--max-parents=0", "HEAD").trim();
    for (const o of publishedObjectsAt(first))
      await cluster.request("DELETE", resourcePath(o, o.metadata.namespace, o.metadata.name));
  }
  await git?.stop();
  await rm(scratch, { recursive: true, force: true });
});

describe("Argo CD", () => {
  it("the generated Applications and ApplicationSet validate against Argo CD's own CRDs (argo-cd v3.5.8 module)", async () => {
    const build = await ensureFluxBuild();
    await installCrds(cluster, [build.argocdCrds]);
    await cluster.createNamespace("argocd");
    const out = path.join(scratch, "argo");
    const r = await trib(["publish", path.join(REPO_ROOT, "blueprints"), "--repo", out]);
    expect(r.code, r.stderr).toBe(0);
    const files = gitIn(out, "ls-files", "deploy/in-cluster/argocd").split("\n");
    const manifests = files.filter((f) => /(applications\/.*|applicationset)\.yaml$/.test(f));
    expect(manifests.length).toBeGreaterThan(2);
    for (const f of manifests) {
      const o = parse(gitIn(out, "show", `HEAD:${f}`)) as Obj;
      const res = await cluster.request(
        "PATCH",
        `${resourcePath(o, o.metadata.namespace, o.metadata.name)}?fieldManager=argocd-check&dryRun=All&fieldValidation=Strict`,
        o,
        { contentType: "application/apply-patch+yaml" },
      );
      expect(res.status, `${f}: ${res.text}`).toBeLessThan(300);
    }
  });
});

describe("Flux syncs trib publish", () => {
  it("reconciles the examples: every object applied by kustomize-controller, every Kustomization accepted", async () => {
    try {
      // The Blueprints are published from a copy the later steps edit: a Blueprint's hydrator.metadata keeps
      // the inputs that first published it while its output is unchanged, and unpublishing goes by them.
      const dir = path.join(scratch, "edit");
      await mkdir(dir, { recursive: true });
      await cp(path.join(REPO_ROOT, "blueprints"), dir, { recursive: true });
      const inputs = ["platform.yaml", "analytics.yaml", "clickstream.yaml", "legacy.yaml"].map((f) =>
        path.join(dir, f),
      );
      // First publish makes the repository; the loopback forge is its origin.
      const first = await trib(["publish", ...inputs, "--repo", work]);
      expect(first.code, first.stderr).toBe(0);
      gitIn(work, "remote", "add", "origin", git.repoURL("gitops.git"));
      // Asynchronously: the git server runs in this process (a synchronous push would block it).
      await promisify(execFile)("git", ["-C", work, "push", "-q", "origin", "HEAD:main"]);
      const revision = gitIn(work, "rev-parse", "HEAD").trim();

      // Exactly what deploy/in-cluster/flux/README.md says to create.
      const target = defaultTarget("in-cluster", git.repoURL("gitops.git"), "main");
      const readme = gitIn(work, "show", "HEAD:deploy/in-cluster/flux/README.md");
      for (const o of [gitRepository(target, git.repoURL("gitops.git")), rootKustomization(target)]) {
        expect(readme).toContain(`kind: ${o.kind}`);
        const r = await cluster.request(
          "PATCH",
          `${resourcePath(o, FLUX_NS, o.metadata.name)}?fieldManager=flux-setup&force=true`,
          o,
          { contentType: "application/apply-patch+yaml" },
        );
        expect(r.status, r.text).toBeLessThan(300);
      }

      const generated = await reconciled(revision, 170_000);
      // One Kustomization per layer of each Blueprint, all accepted (Ready at the pushed revision).
      const names = generated.map((k) => k.metadata.name).sort();
      expect(names).toContain("data.platform.brokers");
      expect(names).toContain("data.analytics.topics");
      // A topic on platform/events waits for platform's brokers.
      const topics = generated.find((k) => k.metadata.name === "data.analytics.topics")!;
      expect(topics.spec?.dependsOn).toEqual([{ name: "data.platform.brokers" }]);

      // Every object is in the cluster, applied by kustomize-controller, and in some inventory.
      const inventory = new Set(
        generated.flatMap((k) => (k.status?.inventory?.entries ?? []).map((e) => e.id)),
      );
      for (const o of publishedObjects()) {
        const live = await cluster.request<Obj>(
          "GET",
          resourcePath(o, o.metadata.namespace, o.metadata.name),
        );
        expect(live.status, `${o.kind} ${o.metadata.namespace}/${o.metadata.name}`).toBe(200);
        expect(live.body.metadata.managedFields?.map((f) => f.manager)).toContain("kustomize-controller");
        const group = o.apiVersion.includes("/") ? o.apiVersion.split("/")[0] : "";
        expect(inventory).toContain(`${o.metadata.namespace}_${o.metadata.name}_${group}_${o.kind}`);
      }
      // The loopback forge served source-controller's fetches.
      expect(git.requests.some((r) => r.path.endsWith("/git-upload-pack") && r.status === 200)).toBe(true);
    } catch (e) {
      failed = true;
      throw e;
    }
  });

  it("a FlinkDeployment changed to generation 2 is not healthy on its generation-1 status", async () => {
    try {
      const dir = path.join(scratch, "edit");
      const file = path.join(dir, "analytics.yaml");
      const text = (await readFile(file, "utf8")).replace("parallelism: 4", "parallelism: 6");
      await writeFile(file, text);
      const revision = await publish(
        ["platform.yaml", "analytics.yaml", "clickstream.yaml", "legacy.yaml"].map((f) => path.join(dir, f)),
      );
      const flinkPath =
        "/apis/flink.apache.org/v1beta1/namespaces/data/flinkdeployments/analytics-fraud-scoring";
      const flink = await waitFor(
        "FlinkDeployment at generation 2",
        async () => {
          const r = await cluster.request<Obj>("GET", flinkPath);
          return (r.body.metadata.generation ?? 0) >= 2 ? r.body : undefined;
        },
        { timeoutMs: 90_000, intervalMs: 500 },
      );
      // Its operator has not seen generation 2: the status still says STABLE for generation 1.
      expect(flink.status?.observedGeneration).toBe(1);
      const apps = async () =>
        (await kustomizations()).find((k) => k.metadata.name === "data.analytics.apps")!;
      await new Promise((r) => setTimeout(r, 8_000));
      const waiting = await apps();
      expect(ready(waiting)?.status).not.toBe("True");
      expect(waiting.status?.lastAppliedRevision ?? "").not.toContain(revision);
      // The operator observes generation 2: the layer becomes Ready at the new revision.
      await reconciled(revision);
    } catch (e) {
      failed = true;
      throw e;
    }
  });

  // Needs the unpublishing of removed Blueprints (lib/git-writer/publisher.ts, on the `gitwriter` branch).
  it("a Blueprint file removed from the published directory: Flux prunes its Delete data and stateless objects, keeps Retain data", async () => {
    try {
      const dir = path.join(scratch, "edit");
      await rm(path.join(dir, "legacy.yaml"));
      const revision = await publish([dir]);
      expect(gitIn(work, "ls-files", "deploy/in-cluster/streaming/legacy")).toBe("");
      const legacy = publishedObjectsAt(`${revision}~1`, "streaming/legacy");
      await waitFor(
        "streaming.legacy Kustomizations gone",
        async () => !(await kustomizations()).some((k) => k.metadata.name.startsWith("streaming.legacy.")),
        { timeoutMs: 120_000, intervalMs: 1_000 },
      );
      for (const o of legacy) {
        const live = await cluster.request<Obj>(
          "GET",
          resourcePath(o, o.metadata.namespace, o.metadata.name),
        );
        const retain = (o.metadata as { annotations?: Record<string, string> }).annotations?.[
          "kustomize.toolkit.fluxcd.io/prune"
        ];
        // Retain data stays (its prune annotation); the Delete Pravega ensemble and the rest are pruned.
        expect(live.status, `${o.kind} ${o.metadata.name}`).toBe(retain === "disabled" ? 200 : 404);
      }
      expect(
        legacy.some((o) => o.kind === "ZookeeperCluster" && o.apiVersion.startsWith("zookeeper.pravega.io")),
      ).toBe(true);
    } catch (e) {
      failed = true;
      throw e;
    }
  });
});

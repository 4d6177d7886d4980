// Real Flux syncs what Tributary publishes: source-controller and kustomize-controller (built from their Go
// modules) against the suite's API server, fetching the published repository over smart HTTP from a git
// server on loopback. The GitRepository and the root Kustomization are the deploy/<cluster>/flux/source.yaml
// that `trib publish --flux-source <url>` writes: what the generated README tells a user to create.
// The operators Flux waits for cannot run here; the test writes the statuses they write
// (test/support/operator-statuses.ts, each shape cited).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { ensureFluxBuild, type Flux, startFlux } from "../cluster/flux/engine.ts";
import {
  fluxSync,
  gitIn,
  type Obj,
  pathOf,
  publishedObjectsAt,
  pushHead,
  ready,
  resourcePath,
} from "../cluster/flux/sync.ts";
import { type GitServer, startGitServer } from "../cluster/git-server.ts";
import { connect, installCrds, waitFor } from "../cluster/harness.ts";
import { REPO_ROOT, trib } from "../support/cli.ts";
import { readAudit, writesBy } from "../support/operator.ts";
import { topicFailed } from "../support/operator-statuses.ts";

const provided = inject("controlPlane");
const cluster = connect({ ...provided, controllerManager: true, kwok: true });

let flux: Flux;
let git: GitServer;
let scratch: string;
let work: string;
let failed = false;
const sync = fluxSync(cluster, () => work);
const { kustomizations, reconciled } = sync;
const publishedObjects = () => publishedObjectsAt(work, "HEAD");
/** The Blueprints, copied so the steps can edit them (see the first step). */
const edits = () => path.join(scratch, "edit");

async function publish(inputs: string[]): Promise<string> {
  const r = await trib(["publish", ...inputs, "--repo", work, "--push"]);
  expect(r.code, r.stderr).toBe(0);
  await sync.fetchNow();
  return gitIn(work, "rev-parse", "HEAD").trim();
}

/** Replace `from` (which must occur) in one of the edited Blueprints. */
async function edit(file: string, from: string, to: string): Promise<void> {
  const full = path.join(edits(), file);
  const text = await readFile(full, "utf8");
  expect(text).toContain(from);
  await writeFile(full, text.replace(from, to));
}

/** analytics' `orders` topic as published at `rev`. */
const ordersAt = (rev: string) =>
  publishedObjectsAt(work, rev, "data/analytics").find((o) => o.kind === "KafkaTopic")!;

/** The live orders topic, once Flux has applied `partitions` to it. */
const ordersLive = (partitions: number) =>
  waitFor(
    `the live orders topic at ${partitions} partitions`,
    async () => {
      const r = await sync.get(ordersAt("HEAD"));
      return r.body.spec?.partitions === partitions ? r.body : undefined;
    },
    { timeoutMs: 90_000, intervalMs: 500 },
  );

/** A step of the suite: later steps build on its state, so a failure keeps the Flux logs. */
const step = (fn: () => Promise<void>) => async () => {
  try {
    await fn();
  } catch (e) {
    failed = true;
    throw e;
  }
};

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), "trib-flux-test-"));
  const root = path.join(scratch, "srv");
  await mkdir(root);
  execFileSync("git", ["init", "--bare", "-q", "-b", "main", path.join(root, "gitops.git")]);
  [flux, git] = await Promise.all([startFlux(cluster), startGitServer(root)]);
  work = path.join(scratch, "gitops");
  await Promise.all(["data", "streaming", "payments"].map((n) => cluster.createNamespace(n)));
  // Nodes for the pods of the examples' Deployments and the Stackable topic Job (kwok runs them).
  await cluster.addFakeNode("flux-general", { labels: { "node.kubernetes.io/pool": "general" } });
}, 1_800_000);

afterAll(async () => {
  await cluster.request("DELETE", "/api/v1/nodes/flux-general");
  const kept = await flux?.stop(failed);
  if (kept) console.log(`Flux logs kept in ${kept}`);
  // The examples' namespaces are shared with the other suites: remove what Flux applied (every object of
  // the first publish, which held all four Blueprints, and of the last, which moved a topic), so no field
  // stays owned by kustomize-controller.
  if (existsSync(path.join(work, ".git"))) {
    const first = gitIn(work, "rev-list", "--max-parents=0", "HEAD").trim();
    const paths = new Set([...publishedObjectsAt(work, first), ...publishedObjects()].map(pathOf));
    for (const p of paths) await cluster.request("DELETE", p);
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
        `${pathOf(o)}?fieldManager=argocd-check&dryRun=All&fieldValidation=Strict`,
        o,
        { contentType: "application/apply-patch+yaml" },
      );
      expect(res.status, `${f}: ${res.text}`).toBeLessThan(300);
    }
  });
});

describe("Flux syncs trib publish", () => {
  it(
    "reconciles the examples: every object applied by kustomize-controller, every Kustomization accepted",
    step(async () => {
      // The Blueprints are published from a copy the later steps edit: a Blueprint's hydrator.metadata keeps
      // the inputs that first published it while its output is unchanged, and unpublishing goes by them.
      await mkdir(edits(), { recursive: true });
      await cp(path.join(REPO_ROOT, "blueprints"), edits(), { recursive: true });
      const inputs = ["platform.yaml", "analytics.yaml", "clickstream.yaml", "legacy.yaml"].map((f) =>
        path.join(edits(), f),
      );
      // First publish makes the repository, with the Flux source for the loopback forge, its origin.
      const url = git.repoURL("gitops.git");
      const first = await trib(["publish", ...inputs, "--repo", work, "--flux-source", url]);
      expect(first.code, first.stderr).toBe(0);
      gitIn(work, "remote", "add", "origin", url);
      await pushHead(work);
      const revision = gitIn(work, "rev-parse", "HEAD").trim();

      // Exactly the source.yaml trib wrote, which deploy/in-cluster/flux/README.md says to apply once.
      const readme = gitIn(work, "show", "HEAD:deploy/in-cluster/flux/README.md");
      expect(readme).toContain("kubectl apply -f deploy/in-cluster/flux/source.yaml");
      const setup = parseAllDocuments(gitIn(work, "show", "HEAD:deploy/in-cluster/flux/source.yaml")).map(
        (d) => d.toJS() as Obj,
      );
      expect(setup.map((o) => o.kind)).toEqual(["GitRepository", "Kustomization"]);
      expect(setup[0]!.spec?.url).toBe(url);
      for (const o of setup) {
        expect(readme).toContain(`kind: ${o.kind}`);
        const r = await cluster.request("PATCH", `${pathOf(o)}?fieldManager=flux-setup&force=true`, o, {
          contentType: "application/apply-patch+yaml",
        });
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
        const live = await sync.get(o);
        expect(live.status, `${o.kind} ${o.metadata.namespace}/${o.metadata.name}`).toBe(200);
        expect(live.body.metadata.managedFields?.map((f) => f.manager)).toContain("kustomize-controller");
        const group = o.apiVersion.includes("/") ? o.apiVersion.split("/")[0] : "";
        expect(inventory).toContain(`${o.metadata.namespace}_${o.metadata.name}_${group}_${o.kind}`);
      }
      // The loopback forge served source-controller's fetches.
      expect(git.requests.some((r) => r.path.endsWith("/git-upload-pack") && r.status === 200)).toBe(true);
    }),
  );

  it(
    "a FlinkDeployment changed to generation 2 is not healthy on its generation-1 status",
    step(async () => {
      await edit("analytics.yaml", "parallelism: 4", "parallelism: 6");
      const revision = await publish(
        ["platform.yaml", "analytics.yaml", "clickstream.yaml", "legacy.yaml"].map((f) =>
          path.join(edits(), f),
        ),
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
      await new Promise((r) => setTimeout(r, 8_000));
      const waiting = (await sync.kustomization("data.analytics.apps"))!;
      expect(ready(waiting)?.status).not.toBe("True");
      expect(waiting.status?.lastAppliedRevision ?? "").not.toContain(revision);
      // The operator observes generation 2: the layer becomes Ready at the new revision.
      await reconciled(revision);
    }),
  );

  it(
    "a Blueprint file removed from the published directory: Flux prunes its Delete data and stateless objects, keeps Retain data",
    step(async () => {
      await rm(path.join(edits(), "legacy.yaml"));
      const revision = await publish([edits()]);
      expect(gitIn(work, "ls-files", "deploy/in-cluster/streaming/legacy")).toBe("");
      const legacy = publishedObjectsAt(work, `${revision}~1`, "streaming/legacy");
      await waitFor(
        "streaming.legacy Kustomizations gone",
        async () => !(await kustomizations()).some((k) => k.metadata.name.startsWith("streaming.legacy.")),
        { timeoutMs: 120_000, intervalMs: 1_000 },
      );
      for (const o of legacy) {
        const live = await sync.get(o);
        const retain = o.metadata.annotations?.["kustomize.toolkit.fluxcd.io/prune"];
        // Retain data stays (its prune annotation); the Delete Pravega ensemble and the rest are pruned.
        expect(live.status, `${o.kind} ${o.metadata.name}`).toBe(retain === "disabled" ? 200 : 404);
      }
      expect(
        legacy.some((o) => o.kind === "ZookeeperCluster" && o.apiVersion.startsWith("zookeeper.pravega.io")),
      ).toBe(true);
    }),
  );

  it(
    "a change commit (a topic's partitions) is applied by Flux",
    step(async () => {
      const topic = ordersAt("HEAD");
      expect((await sync.get(topic)).body.spec?.partitions).toBe(12);
      await edit("analytics.yaml", "partitions: 12", "partitions: 24");
      const revision = await publish([edits()]);
      expect(ordersAt(revision).spec?.partitions).toBe(24);
      const live = await ordersLive(24);
      expect(live.metadata.managedFields?.map((f) => f.manager)).toContain("kustomize-controller");
      await reconciled(revision);
    }),
  );

  it(
    "a topic the topic operator refuses keeps its layer's Kustomization not Ready, naming the topic",
    step(async () => {
      // A decrease, which the topic operator refuses (the plan flags it; publishing is the user's call).
      await edit("analytics.yaml", "partitions: 24", "partitions: 12");
      const revision = await publish([edits()]);
      const topic = ordersAt(revision);
      const live = await ordersLive(12);
      // What the topic operator writes for it (operator-statuses/strimzi.ts topicFailed), at the new generation.
      const failure = topicFailed(
        live,
        live.metadata.generation ?? 1,
        "NotSupported",
        "Decreasing partitions not supported",
      );
      expect((await sync.writeStatus(topic, failure)).status).toBe(200);
      const layer = await waitFor(
        "data.analytics.topics failed on the topic",
        async () => {
          const k = await sync.kustomization("data.analytics.topics");
          return ready(k!)?.reason === "HealthCheckFailed" ? k : undefined;
        },
        { timeoutMs: 90_000, intervalMs: 1_000 },
      );
      // kustomize-controller names the child and its kstatus state (fluxcd/pkg ssa/manager_wait.go); the
      // CEL status reader it uses (fluxcd/pkg runtime/cel/status_evaluator.go) carries no child message.
      expect(ready(layer)?.status).toBe("False");
      expect(ready(layer)?.message).toContain(`KafkaTopic/data/${topic.metadata.name} status: 'Failed'`);
      expect(layer.status?.lastAppliedRevision ?? "").not.toContain(revision);
    }),
  );

  it(
    "git revert of a publish commit, pushed, restores the previous objects",
    step(async () => {
      const refused = gitIn(work, "rev-parse", "HEAD").trim();
      const before = ordersAt(`${refused}~1`);
      expect(ordersAt(refused).spec).not.toEqual(before.spec);
      gitIn(
        work,
        "-c",
        "user.name=Reviewer",
        "-c",
        "user.email=reviewer@localhost",
        "revert",
        "--no-edit",
        refused,
      );
      await pushHead(work);
      await sync.fetchNow();
      const revision = gitIn(work, "rev-parse", "HEAD").trim();
      await reconciled(revision);
      expect((await sync.get(before)).body.spec).toEqual(before.spec);
      // The sources follow the revert, so the next publish does not undo it.
      await edit("analytics.yaml", "partitions: 12", "partitions: 24");
    }),
  );

  it(
    "an edit moving topics to another Blueprint's Kafka deletes no object that stays (API server audit log)",
    step(async () => {
      const flux = (rev: string) =>
        parseAllDocuments(
          gitIn(work, "show", `${rev}:deploy/in-cluster/flux/streaming.clickstream.yaml`),
        ).map((d) => d.toJS() as Obj);
      // Objects as the audit log names them: group/resource/namespace/name.
      const key = (o: Obj) =>
        [o.apiVersion.includes("/") ? o.apiVersion.split("/")[0] : "", resourcePath(o).split("/").pop()]
          .concat([o.metadata.namespace ?? "", o.metadata.name])
          .join("/");
      const audit = () => readAudit(provided.auditLogPath);
      const deletesByFlux = (events: ReturnType<typeof audit>) =>
        writesBy(events, "kustomize-controller")
          .filter((e) => e.verb === "delete" && e.objectRef)
          .map(({ objectRef: r }) => [r!.apiGroup ?? "", r!.resource, r!.namespace ?? "", r!.name].join("/"));
      // The audit log shows Flux's deletes: the legacy Blueprint's prune above is in it.
      const earlier = audit();
      expect(deletesByFlux(earlier).some((k) => k.includes("/streaming/legacy-"))).toBe(true);

      const base = gitIn(work, "rev-parse", "HEAD").trim();
      await edit(
        "clickstream.yaml",
        "    - name: clicks\n      topic:\n",
        "    - name: clicks\n      topic:\n        kafka: data/platform/events\n",
      );
      const revision = await publish([edits()]);
      const topics = flux(revision).find((k) => k.metadata.name === "streaming.clickstream.topics")!;
      expect(topics.spec?.dependsOn).toContainEqual({ name: "data.platform.brokers" });
      await reconciled(revision);

      const after = new Set(
        [...publishedObjectsAt(work, revision, "streaming/clickstream"), ...flux(revision)].map(key),
      );
      const stays = [...publishedObjectsAt(work, base, "streaming/clickstream"), ...flux(base)]
        .map(key)
        .filter((k) => after.has(k));
      expect(stays.length).toBeGreaterThan(10);
      const deleted = deletesByFlux(audit().slice(earlier.length));
      expect(deleted.filter((p) => stays.includes(p))).toEqual([]);
    }),
  );
});

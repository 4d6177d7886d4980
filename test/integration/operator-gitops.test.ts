// Gitops mode: a Blueprint applied to the cluster is published to a bare repository, and the commit is
// byte for byte the one `trib publish` makes of the same spec (same tree, message, author and parents:
// the same commit id when both run with the same clock); the commit is reported on the status and
// nothing is applied to the cluster.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { connect, repoRoot } from "../cluster/harness.ts";
import { deniedRequests, operatorKubeconfig } from "../support/helm.ts";
import { condition, Kube, type OperatorProcess, startOperator } from "../support/operator.ts";

const provided = inject("controlPlane");
const cluster = connect({ ...provided, controllerManager: true });
const kube = new Kube(cluster);
const NS = "op-gitops";

const blueprint = (partitions: number) => `apiVersion: tributary.dev/v1alpha1
kind: Blueprint
metadata:
  name: ledger
  namespace: ${NS}
spec:
  description: Published, not applied.
  components:
    - name: kafka
      kafka: { brokers: { replicas: 3 }, controllers: { replicas: 3 } }
    - name: entries
      topic: { partitions: ${partitions}, replicas: 3, retention: 30d }
    - name: api
      streamlet: { image: "registry.example/ledger-api:2.1.0", port: 8080, replicas: 2 }
`;

// Same clock and identity for both publishers, so equal content gives an equal commit id.
const gitEnv = {
  GIT_AUTHOR_NAME: "Tributary",
  GIT_AUTHOR_EMAIL: "tributary@localhost",
  GIT_COMMITTER_NAME: "Tributary",
  GIT_COMMITTER_EMAIL: "tributary@localhost",
  GIT_AUTHOR_DATE: "2026-11-21T12:00:00Z",
  GIT_COMMITTER_DATE: "2026-11-21T12:00:00Z",
};

let dir = "";
let op: OperatorProcess;
const git = (repo: string, ...args: string[]) =>
  execFileSync("git", ["-C", repo, ...args], { encoding: "utf8", env: { ...process.env, ...gitEnv } }).trim();

/** `trib publish <namespace>/<name>.yaml --repo <bare>` of the same spec, from a directory outside git. */
function tribPublish(yaml: string, repo: string): string {
  const src = path.join(dir, "src");
  mkdirSync(path.join(src, NS), { recursive: true });
  writeFileSync(path.join(src, NS, "ledger.yaml"), yaml);
  return execFileSync(
    process.execPath,
    [path.join(repoRoot, "bin", "trib.js"), "publish", `${NS}/ledger.yaml`, "--repo", repo],
    {
      cwd: src,
      encoding: "utf8",
      env: { ...process.env, ...gitEnv },
    },
  );
}

let kubeconfig = "";

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "trib-op-gitops-"));
  for (const r of ["operator.git", "cli.git"])
    execFileSync("git", ["init", "--quiet", "--bare", "--initial-branch=main", path.join(dir, r)]);
  await cluster.createNamespace(NS);
  kubeconfig = await operatorKubeconfig(cluster, { leaseNamespace: NS, mode: "gitops" });
  op = await startOperator(
    kubeconfig,
    [
      "--mode=gitops",
      `--repo=${path.join(dir, "operator.git")}`,
      `--namespace=${NS}`,
      "--no-leader-election",
    ],
    { env: gitEnv, cwd: dir, viaTrib: true },
  );
  await op.waitReady();
});

afterAll(async () => {
  const code = await op?.kill("SIGTERM");
  if (code !== 0) console.log(op.logs().slice(-4000));
  rmSync(dir, { recursive: true, force: true });
});

describe("gitops mode", () => {
  it("publishes the commit trib publish makes of the same spec, and reports it", async () => {
    await kube.applyYaml(blueprint(12));
    const bp = await kube.waitForBlueprint(NS, "ledger", "published", (b) => !!b.status?.commit);
    expect(condition(bp, "Ready")).toMatchObject({ status: "True", reason: "Published" });
    const published = git(path.join(dir, "operator.git"), "rev-parse", "refs/heads/main");
    expect(bp.status?.commit).toBe(published);

    tribPublish(blueprint(12), path.join(dir, "cli.git"));
    const byCli = git(path.join(dir, "cli.git"), "rev-parse", "refs/heads/main");
    expect(git(path.join(dir, "operator.git"), "rev-parse", "main^{tree}")).toBe(
      git(path.join(dir, "cli.git"), "rev-parse", "main^{tree}"),
    );
    expect(git(path.join(dir, "operator.git"), "cat-file", "commit", "main")).toBe(
      git(path.join(dir, "cli.git"), "cat-file", "commit", "main"),
    );
    expect(published).toBe(byCli);
    expect(git(path.join(dir, "operator.git"), "ls-tree", "-r", "--name-only", "main")).toContain(
      `deploy/in-cluster/${NS}/ledger/topics/kafkatopic.kafka.strimzi.io.ledger-entries.yaml`,
    );

    // Gitops mode applies nothing.
    expect(await kube.managed(NS)).toEqual([]);
    expect(bp.status?.endpoints?.kafka?.bootstrapServers).toBe(`ledger-kafka-kafka-bootstrap.${NS}.svc:9092`);
  });

  it("publishes a changed spec as the next commit, again identical to trib publish", async () => {
    await kube.applyYaml(blueprint(24));
    const bp = await kube.waitForBlueprint(
      NS,
      "ledger",
      "republished",
      (b) => (b.status?.observedGeneration ?? 0) >= 2,
    );
    tribPublish(blueprint(24), path.join(dir, "cli.git"));
    const head = git(path.join(dir, "operator.git"), "rev-parse", "main");
    expect(bp.status?.commit).toBe(head);
    expect(head).toBe(git(path.join(dir, "cli.git"), "rev-parse", "main"));
    expect(git(path.join(dir, "operator.git"), "rev-list", "--count", "main")).toBe("2");
    expect(
      git(path.join(dir, "operator.git"), "show", "main", "--", `deploy/in-cluster/${NS}/ledger/topics`),
    ).toContain("+  partitions: 24");
  });

  it("makes no commit when nothing changed (a restart republishes nothing)", async () => {
    await op.kill("SIGTERM");
    op = await startOperator(
      kubeconfig,
      [
        "--mode=gitops",
        `--repo=${path.join(dir, "operator.git")}`,
        `--namespace=${NS}`,
        "--no-leader-election",
      ],
      { env: gitEnv, cwd: dir, viaTrib: true },
    );
    await op.waitReady();
    await new Promise((r) => setTimeout(r, 3000));
    expect(git(path.join(dir, "operator.git"), "rev-list", "--count", "main")).toBe("2");
    const bp = await kube.blueprint(NS, "ledger");
    expect(bp?.status?.commit).toBe(git(path.join(dir, "operator.git"), "rev-parse", "main"));
  });
});

describe("gitops mode: a deleted Blueprint", () => {
  it("is unpublished: its directory, Application and Flux file leave the repo in one commit", async () => {
    const repo = path.join(dir, "operator.git");
    const before = git(repo, "ls-tree", "-r", "--name-only", "main").split("\n");
    await kube.delete("Blueprint", NS, "ledger");
    const deadline = Date.now() + 60_000;
    while (git(repo, "rev-list", "--count", "main") === "2" && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 250));
    expect(git(repo, "rev-list", "--count", "main")).toBe("3");
    // Its data-bearing objects leave git (they stay in the cluster by their prune annotations): flagged.
    expect(git(repo, "log", "-1", "--format=%s", "main")).toMatch(
      new RegExp(`^0000000: unpublish ${NS}/ledger for in-cluster \\(\\d+ risks? flagged\\)$`),
    );
    const mine = (p: string) =>
      p.startsWith(`deploy/in-cluster/${NS}/ledger/`) ||
      p === `deploy/in-cluster/argocd/applications/${NS}.ledger.yaml` ||
      p === `deploy/in-cluster/flux/${NS}.ledger.yaml`;
    expect(before.filter(mine).length).toBeGreaterThan(5);
    expect(git(repo, "ls-tree", "-r", "--name-only", "main").split("\n")).toEqual(
      before.filter((p) => !mine(p)),
    );
  });
});

describe("least privilege", () => {
  it("the operator ran as the chart's ServiceAccount and was never denied", () => {
    expect(readFileSync(provided.auditLogPath, "utf8")).toMatch(/system:serviceaccount:[^"]+:trib-/);
    expect(deniedRequests(provided.auditLogPath)).toEqual([]);
  });
});

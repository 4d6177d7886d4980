// trib publish and trib plan end to end: real Blueprints through the real providers, real git.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import type { Io } from "../../../lib/cli/command.ts";
import { main } from "../../../lib/cli/main.ts";
import { blueprint } from "../../support/blueprints.ts";
import { everything, git, isolateGit, snapshot, tempDirsPerTest } from "./git-helpers.ts";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../../..");

beforeAll(isolateGit);
const temp = tempDirsPerTest("trib-cli-");

async function trib(cwd: string, args: string[], tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => void out.push(t), err: (t) => void err.push(t), cwd, tty };
  const code = await main(args, io);
  return { code, out: out.join(""), err: err.join("") };
}

interface Spec {
  zk?: number;
  brokerSize?: string;
  storageClass?: string;
  events?: number;
  auditReplicas?: number | null;
  image?: string;
}
/** A Stackable ZooKeeper, a Strimzi Kafka, two topics and a streamlet reading its password from a Secret. */
const stackYaml = (s: Spec = {}) =>
  blueprint(
    "stack",
    `
components:
  - name: zk
    operator: stackable
    zookeeper: { replicas: ${s.zk ?? 3}, storage: { size: 10Gi } }
  - name: kafka
    kafka:
      brokers: { replicas: 3, storage: { size: ${s.brokerSize ?? "100Gi"}, class: ${s.storageClass ?? "fast"} } }
  - name: events
    topic: { partitions: ${s.events ?? 12}, replicas: 3 }
${s.auditReplicas === null ? "" : `  - name: audit\n    topic: { partitions: 3, replicas: ${s.auditReplicas ?? 3} }`}
  - name: app
    streamlet:
      image: ${s.image ?? "ghcr.io/example/app:1"}
      env:
        - name: KAFKA_USER
          value: stack
        - name: KAFKA_PASSWORD
          secretKeyRef: { name: kafka-credentials, key: password }
`,
  );

function source(spec: Spec = {}): string {
  const cwd = temp();
  mkdirSync(join(cwd, "bp"));
  writeFileSync(join(cwd, "bp", "stack.yaml"), stackYaml(spec));
  return cwd;
}

describe("the quickstart's main job", () => {
  it("trib publish blueprints, in a fresh clone, commits to ./gitops and prints the plan", {
    timeout: 120_000,
  }, async () => {
    const clone = temp();
    cpSync(join(ROOT, "blueprints"), join(clone, "blueprints"), { recursive: true });
    git(clone, "init", "-q", "--initial-branch", "main");
    git(clone, "add", "blueprints");
    git(clone, "-c", "user.name=Dev", "-c", "user.email=dev@localhost", "commit", "-q", "-m", "examples");
    const sourceHead = git(clone, "rev-parse", "HEAD").trim();

    const first = await run(process.execPath, [join(ROOT, "bin/trib.js"), "publish", "blueprints"], {
      cwd: clone,
    });
    expect(first.stdout).toMatch(
      /^\d+ Blueprints changed, 0 unchanged \(deploy\/in-cluster\): objects \d+ added/,
    );
    expect(first.stdout).toContain("streaming/clickstream (added, sha256:");
    expect(first.stderr).toContain("initialized gitops with git init");
    const repo = join(clone, "gitops");
    expect(first.stderr).toContain(
      `committed ${git(repo, "rev-parse", "--short=7", "HEAD").trim()} to gitops (main)`,
    );
    expect(git(repo, "log", "-1", "--format=%s").trim()).toMatch(
      new RegExp(`^${sourceHead.slice(0, 7)}: hydrate \\d+ Blueprints for in-cluster$`),
    );
    expect(git(repo, "log", "-1", "--format=%(trailers:key=Tributary-Source,valueonly)").trim()).toBe(
      sourceHead,
    );
    expect(git(repo, "status", "--porcelain")).toBe("");

    const second = await run(process.execPath, [join(ROOT, "bin/trib.js"), "publish", "blueprints"], {
      cwd: clone,
    });
    expect(second.stderr).toContain("nothing changed in gitops (main): no commit");
    expect(Number(git(repo, "rev-list", "--count", "HEAD").trim())).toBe(1);
  });
});

describe("trib plan", () => {
  it("prints the change summary without writing; JSON on request; colour on a terminal", async () => {
    const cwd = source();
    const text = await trib(cwd, ["plan", "bp"]);
    expect(text.code).toBe(0);
    expect(text.out).toContain("streaming/stack (added, sha256:");
    expect(text.out).toContain(
      "  KafkaTopic (kafka.strimzi.io): 2 added, 0 changed, 0 removed\n    + stack-audit\n    + stack-events\n",
    );
    expect(text.out).not.toContain("\x1b[");
    const json = await trib(cwd, ["plan", "bp", "--output", "json"]);
    expect(JSON.parse(json.out).plan).toMatchObject({ cluster: "in-cluster", changed: true, risks: 0 });
    expect((await trib(cwd, ["plan", "bp"], true)).out).toContain("\x1b[32m+\x1b[0m stack-events");
    expect(() => git(join(cwd, "gitops"), "status")).toThrow();
  });

  it("says so when the repository does not exist yet (a mistyped --repo shows everything added)", async () => {
    const cwd = source();
    const missing = await trib(cwd, ["plan", "bp", "--repo", "../platfrom-gitops"]);
    expect(missing.code).toBe(0);
    expect(missing.err).toContain(
      "note: ../platfrom-gitops holds no git repository yet: compared with an empty one (trib publish would create it)",
    );
    expect((await trib(cwd, ["plan", "bp", "-o", "markdown"])).err).toContain("note: gitops holds no");
    expect((await trib(cwd, ["publish", "bp"])).code).toBe(0);
    expect((await trib(cwd, ["plan", "bp"])).err).not.toContain("holds no git repository");
  });

  it("flags every risky change made through the real providers, in the plan and in the commit body", async () => {
    const cwd = source();
    expect((await trib(cwd, ["publish", "bp", "--source-commit", "abcdef1"])).code).toBe(0);
    writeFileSync(
      join(cwd, "bp", "stack.yaml"),
      stackYaml({ zk: 5, brokerSize: "50Gi", storageClass: "slow", events: 6, auditReplicas: 2 }),
    );
    const plan = await trib(cwd, ["plan", "bp", "--output", "json"]);
    const codes = JSON.parse(plan.out)
      .plan.blueprints.flatMap((b: { objects: { risks: { code: string }[] }[] }) => b.objects)
      .flatMap((o: { risks: { code: string }[] }) => o.risks.map((r) => r.code))
      .sort();
    expect(codes).toEqual([
      "immutable-change",
      "partitions-decrease",
      "replication-change",
      "storage-shrink",
      "zookeeper-resize",
    ]);
    const published = await trib(cwd, ["publish", "bp", "--source-commit", "abcdef2"]);
    expect(published.code).toBe(0);
    const body = git(join(cwd, "gitops"), "log", "-1", "--format=%B");
    expect(body).toMatch(/^abcdef2: hydrate streaming\/stack for in-cluster \(5 risks flagged\)\n/);
    for (const flag of [
      "! partitions-decrease: partitions 12 → 6",
      "! replication-change: replication factor 3 → 2",
      "! storage-shrink: spec.storage.volumes[0].size 100Gi → 50Gi",
      "! zookeeper-resize: ZooKeeper ensemble 3 → 5 servers",
      "! immutable-change: spec.storage.volumes[0].class fast → slow",
    ])
      expect(body).toContain(flag);

    writeFileSync(
      join(cwd, "bp", "stack.yaml"),
      stackYaml({ zk: 5, brokerSize: "50Gi", storageClass: "slow", events: 6, auditReplicas: null }),
    );
    expect((await trib(cwd, ["publish", "bp", "--source-commit", "abcdef3"])).code).toBe(0);
    const removal = git(join(cwd, "gitops"), "log", "-1", "--format=%B");
    expect(removal).toContain(
      "    - stack-audit\n      ! data-removed: data-bearing KafkaTopic removed from git: Prune=false keeps it",
    );
    expect(git(join(cwd, "gitops"), "show", "--name-status", "--format=", "HEAD")).toContain(
      "D\tdeploy/in-cluster/streaming/stack/",
    );
  });
});

describe("trib publish", () => {
  it("one invalid Blueprint among valid ones: exit 1, HEAD, index and work tree exactly as they were", async () => {
    const cwd = source();
    expect((await trib(cwd, ["publish", "bp"])).code).toBe(0);
    const repo = join(cwd, "gitops");
    writeFileSync(join(repo, "notes.md"), "staged\n");
    git(repo, "add", "notes.md");
    writeFileSync(join(repo, "notes.md"), "staged, then edited\n");
    writeFileSync(join(repo, "scratch.txt"), "untracked\n");
    const before = snapshot(repo);
    writeFileSync(join(cwd, "bp", "stack.yaml"), stackYaml({ image: "ghcr.io/example/app:2" }));
    writeFileSync(
      join(cwd, "bp", "other.yaml"),
      blueprint("other", "components:\n  - name: t\n    topic: { partitions: 0 }"),
    );
    const r = await trib(cwd, ["publish", "bp"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/other\.yaml:\d+:\d+: error/);
    expect(snapshot(repo)).toBe(before);
  });

  it("a Blueprint referencing credentials yields only references: the value is nowhere in the history", async () => {
    const cwd = source();
    const value = `pw-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    // The real Secret exists in this test only (kept beside the inputs, never among them).
    mkdirSync(join(cwd, "secrets"));
    writeFileSync(
      join(cwd, "secrets", "kafka-credentials.yaml"),
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: kafka-credentials\n  namespace: streaming\nstringData:\n  password: ${value}\n`,
    );
    process.env.KAFKA_PASSWORD = value;
    try {
      expect((await trib(cwd, ["publish", "bp"])).code).toBe(0);
      writeFileSync(join(cwd, "bp", "stack.yaml"), stackYaml({ image: "ghcr.io/example/app:2" }));
      expect((await trib(cwd, ["publish", "bp"])).code).toBe(0);
    } finally {
      delete process.env.KAFKA_PASSWORD;
    }
    const repo = join(cwd, "gitops");
    expect(git(repo, "grep", "-c", "name: kafka-credentials", "HEAD", "--", "deploy")).toMatch(
      /deployment\.apps\.stack-app\.yaml:1\n/,
    );
    const all = everything(repo);
    expect(all).toContain("secretKeyRef");
    expect(all).toContain("kafka-credentials");
    expect(all).not.toContain(value);
  });

  it("--flux-source writes the GitRepository and root Kustomization of the Flux README, without credentials", async () => {
    const cwd = source();
    const url = "https://deploy:s3cr3t-token@git.example.com/platform/gitops.git";
    expect((await trib(cwd, ["publish", "bp", "--flux-source", url])).code).toBe(0);
    const repo = join(cwd, "gitops");
    const file = git(repo, "show", "HEAD:deploy/in-cluster/flux/source.yaml");
    const [fetched, root] = parseAllDocuments(file).map((d) => d.toJS());
    expect(fetched).toMatchObject({
      kind: "GitRepository",
      metadata: { name: "flux-system", namespace: "flux-system" },
      spec: { url: "https://git.example.com/platform/gitops.git", ref: { branch: "main" } },
    });
    expect(root).toMatchObject({
      kind: "Kustomization",
      spec: { sourceRef: { kind: "GitRepository", name: "flux-system" }, path: "./deploy/in-cluster/flux" },
    });
    // The README's setup section shows exactly these objects (with a placeholder URL).
    const readme = git(repo, "show", "HEAD:deploy/in-cluster/flux/README.md");
    expect(readme).toContain(file.split("---\n")[1]);
    expect(readme).toContain("trib publish --flux-source <url>");
    expect(everything(repo)).not.toContain("s3cr3t-token");
    // A publish without the flag leaves the file as it is; a URL Flux would refuse is a usage error.
    writeFileSync(join(cwd, "bp", "stack.yaml"), stackYaml({ image: "ghcr.io/example/app:2" }));
    expect((await trib(cwd, ["publish", "bp"])).code).toBe(0);
    expect(git(repo, "show", "HEAD:deploy/in-cluster/flux/source.yaml")).toBe(file);
    expect((await trib(cwd, ["publish", "bp", "--flux-source", "git.example.com:gitops.git"])).code).toBe(2);
    expect((await trib(cwd, ["publish", "--help"])).out).toContain("--flux-source <url>");
  });

  it("--repo-url goes into the Argo CD Applications; a URL with a line break or of another transport is a usage error", async () => {
    const cwd = source();
    const url = "git@git.example.com:platform/gitops.git";
    expect((await trib(cwd, ["publish", "bp", "--repo-url", url])).code).toBe(0);
    const repo = join(cwd, "gitops");
    const head = git(repo, "rev-parse", "HEAD");
    expect(git(repo, "show", "HEAD:deploy/in-cluster/argocd/applicationset.yaml")).toContain(
      `repoURL: ${url}\n`,
    );
    writeFileSync(join(cwd, "bp", "stack.yaml"), stackYaml({ image: "ghcr.io/example/app:3" }));
    for (const bad of [
      "https://git.example.com/x\n  evil: true",
      "ext::sh -c touch% /tmp/x",
      "https://a b",
    ]) {
      expect((await trib(cwd, ["publish", "bp", "--repo-url", bad])).code).toBe(2);
      expect((await trib(cwd, ["publish", "bp", "--flux-source", bad])).code).toBe(2);
    }
    expect(git(repo, "rev-parse", "HEAD")).toBe(head);
  });

  it("reports usage errors with exit 2 and refusals with exit 1", async () => {
    const cwd = source();
    expect((await trib(cwd, ["publish", "bp", "--source-commit", "main"])).code).toBe(2);
    expect((await trib(cwd, ["publish", "bp", "--author", "nobody"])).code).toBe(2);
    expect((await trib(cwd, ["plan", "bp", "--output", "xml"])).code).toBe(2);
    writeFileSync(join(cwd, "not-a-dir"), "");
    const refused = await trib(cwd, ["publish", "bp", "--repo", "not-a-dir"]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("trib publish: not-a-dir is not a directory");
    expect((await trib(cwd, ["publish", "bp", "--cluster", "Prod"])).code).toBe(1);
  });

  it("is listed in trib --help, with help and examples of its own", async () => {
    const cwd = temp();
    const overview = (await trib(cwd, ["--help"])).out;
    expect(overview).toMatch(/\n {2}plan +show what trib publish would change/);
    expect(overview).toMatch(/\n {2}publish +commit the hydrated manifests/);
    for (const command of ["publish", "plan"]) {
      const help = (await trib(cwd, [command, "--help"])).out;
      expect(help).toContain(`Usage: trib ${command} <file|dir|program.ts>...`);
      expect(help).toContain("Examples:\n");
    }
  });
});

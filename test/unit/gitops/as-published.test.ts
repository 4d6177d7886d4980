// A publish costs what changed: a Blueprint whose hydrator.metadata records the same inputs and the blob
// ids the branch holds is neither rendered nor rewritten; anything else is rendered and compared as before.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type PublishOptions, publish } from "../../../lib/git-writer/publisher.ts";
import { isAsPublished } from "../../../lib/gitops/as-published.ts";
import { blobId } from "../../../lib/gitops/blob-id.ts";
import { hydrate } from "../../../lib/gitops/hydrate.ts";
import { byBlueprintDir } from "../../../lib/gitops/paths.ts";
import { type BlueprintOutput, type DeferredBlueprint, defaultTarget } from "../../../lib/gitops/types.ts";
import { PROVENANCE, stack } from "./fixtures.ts";
import { git, isolateGit, tempDirsPerTest } from "./git-helpers.ts";

beforeAll(isolateGit);

const temp = tempDirsPerTest();

/** A deferred Blueprint over a fixture tree; each render is recorded in `renders`. */
function deferred(tree: BlueprintOutput, inputs: string, renders: string[]): DeferredBlueprint {
  const { files, requires, ...head } = tree;
  return {
    ...head,
    inputs,
    render: async () => {
      renders.push(`${tree.namespace}/${tree.name}`);
      return { files, requires };
    },
  };
}

const target = defaultTarget("prod", "https://git.example.com/platform/gitops.git", "main");

describe("found as published (pure)", () => {
  const bp = { ...stack("s", "a"), inputs: "sha256:inputs-1" };
  const published = hydrate([bp], target, PROVENANCE, new Map()).desired;
  const listed = new Map([...published].map(([p, c]) => [p, blobId(c)]));
  const dir = "deploy/prod/s/a";
  const metadata = published.get(`${dir}/hydrator.metadata`);
  const asPublished = (l: Map<string, string>, b = bp, t = target) =>
    isAsPublished(b, t, dir, byBlueprintDir(l, t).get(dir), l, metadata);
  const kafka = `${dir}/brokers/kafka.kafka.strimzi.io.a-kafka.yaml`;

  it("records the inputs and the files' blob ids in hydrator.metadata", () => {
    const meta = JSON.parse(metadata!);
    expect(meta.inputs).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(meta.files).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(asPublished(listed)).toBe(true);
  });

  it("is not as published when a file was edited, added or removed, its Application or Flux file too", () => {
    expect(asPublished(new Map([...listed, [kafka, blobId("edited\n")]]))).toBe(false);
    expect(asPublished(new Map([...listed, [`${dir}/brokers/stray.yaml`, blobId("x\n")]]))).toBe(false);
    expect(asPublished(new Map([...listed].filter(([p]) => p !== kafka)))).toBe(false);
    const app = "deploy/prod/argocd/applications/s.a.yaml";
    expect(asPublished(new Map([...listed, [app, blobId("edited\n")]]))).toBe(false);
    expect(asPublished(new Map([...listed].filter(([p]) => p !== "deploy/prod/flux/s.a.yaml")))).toBe(false);
  });

  it("is not as published with other inputs, another spec digest, or another target", () => {
    expect(asPublished(listed, { ...bp, inputs: "sha256:inputs-2" })).toBe(false);
    expect(asPublished(listed, { ...bp, digest: "sha256:other" })).toBe(false);
    expect(asPublished(listed, bp, { ...target, repoURL: "https://git.example.com/other.git" })).toBe(false);
    expect(asPublished(listed, bp, { ...target, branch: "environments/dev" })).toBe(false);
  });

  it("is not as published when the metadata records no digests (a publish without inputs)", () => {
    const plain = hydrate([stack("s", "a")], target, PROVENANCE, new Map()).desired;
    const l = new Map([...plain].map(([p, c]) => [p, blobId(c)]));
    expect(
      isAsPublished(
        bp,
        target,
        dir,
        byBlueprintDir(l, target).get(dir),
        l,
        plain.get(`${dir}/hydrator.metadata`),
      ),
    ).toBe(false);
  });
});

describe("publish renders only what changed", () => {
  const trees = { a: stack("s", "a"), b: stack("s", "b"), c: stack("s", "c") };
  const all = (renders: string[], version = "v1", changed: Partial<typeof trees> = {}) =>
    Object.entries({ ...trees, ...changed }).map(([name, t]) =>
      deferred(t, `sha256:${version}-${name}-${t === trees[name as keyof typeof trees] ? 1 : 2}`, renders),
    );
  const options = (cwd: string, blueprints: DeferredBlueprint[], extra: Partial<PublishOptions> = {}) => ({
    blueprints,
    provenance: PROVENANCE,
    repo: "gitops",
    cwd,
    cluster: "prod",
    unpublish: true,
    ...extra,
  });

  async function published(): Promise<{ cwd: string; repo: string }> {
    const cwd = temp();
    const renders: string[] = [];
    await publish(options(cwd, all(renders)));
    expect(renders.sort()).toEqual(["s/a", "s/b", "s/c"]);
    return { cwd, repo: join(cwd, "gitops") };
  }

  it("nothing changed: no Blueprint rendered, no commit, every one unchanged in the plan", async () => {
    const { cwd, repo } = await published();
    const head = git(repo, "rev-parse", "HEAD");
    const renders: string[] = [];
    const r = await publish(
      options(cwd, all(renders), { provenance: { ...PROVENANCE, drySha: "e".repeat(40) } }),
    );
    expect(renders).toEqual([]);
    expect(r.commit).toBeUndefined();
    expect(r.plan.blueprints.map((b) => [b.blueprint, b.status])).toEqual([
      ["s/a", "unchanged"],
      ["s/b", "unchanged"],
      ["s/c", "unchanged"],
    ]);
    expect(git(repo, "rev-parse", "HEAD")).toBe(head);
    const plan = await publish(options(cwd, all(renders), { dryRun: true }));
    expect(renders).toEqual([]);
    expect(plan.plan.changed).toBe(false);
  });

  it("one Blueprint's inputs changed: only it is rendered, and only its files change", async () => {
    const { cwd, repo } = await published();
    const renders: string[] = [];
    const r = await publish(options(cwd, all(renders, "v1", { b: stack("s", "b", { image: "app:2" }) })));
    expect(renders).toEqual(["s/b"]);
    expect(r.plan.blueprints.filter((b) => b.status !== "unchanged").map((b) => b.blueprint)).toEqual([
      "s/b",
    ]);
    expect(git(repo, "show", "--name-only", "--format=", "HEAD").trim().split("\n")).toEqual([
      "deploy/prod/s/b/README.md",
      "deploy/prod/s/b/apps/deployment.apps.b-app.yaml",
      "deploy/prod/s/b/hydrator.metadata",
    ]);
  });

  it("another Tributary version (every inputs digest changed) renders every Blueprint", async () => {
    const { cwd, repo } = await published();
    const renders: string[] = [];
    const r = await publish(options(cwd, all(renders, "v2")));
    expect(renders.sort()).toEqual(["s/a", "s/b", "s/c"]);
    // The same trees: only the recorded inputs change, so the next publish skips them again.
    expect(r.plan.blueprints.flatMap((b) => b.objects)).toEqual([]);
    expect(git(repo, "show", "--name-only", "--format=", "HEAD").trim().split("\n")).toEqual([
      "deploy/prod/s/a/hydrator.metadata",
      "deploy/prod/s/b/hydrator.metadata",
      "deploy/prod/s/c/hydrator.metadata",
    ]);
    const again: string[] = [];
    await publish(options(cwd, all(again, "v2")));
    expect(again).toEqual([]);
  });

  it("a hand-edited manifest is rendered again and overwritten, shown as a change", async () => {
    const { cwd, repo } = await published();
    const file = "deploy/prod/s/c/brokers/kafka.kafka.strimzi.io.c-kafka.yaml";
    const original = readFileSync(join(repo, file), "utf8");
    writeFileSync(join(repo, file), original.replace("min.insync.replicas: 2", "min.insync.replicas: 1"));
    git(repo, "-c", "user.name=H", "-c", "user.email=h@localhost", "commit", "-qam", "hand edit");
    const renders: string[] = [];
    const r = await publish(options(cwd, all(renders)));
    expect(renders).toEqual(["s/c"]);
    expect(readFileSync(join(repo, file), "utf8")).toBe(original);
    expect(git(repo, "show", "--name-only", "--format=", "HEAD").trim()).toBe(file);
    const c = r.plan.blueprints.find((b) => b.blueprint === "s/c")!;
    expect(c.objects.map((o) => [o.action, o.kind])).toEqual([["change", "Kafka"]]);
  });

  it("a file added by hand in a Blueprint's directory is rendered again and removed", async () => {
    const { cwd, repo } = await published();
    writeFileSync(
      join(repo, "deploy/prod/s/a/brokers/extra.yaml"),
      "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n",
    );
    git(repo, "add", ".");
    git(repo, "-c", "user.name=H", "-c", "user.email=h@localhost", "commit", "-qm", "stray file");
    const renders: string[] = [];
    await publish(options(cwd, all(renders)));
    expect(renders).toEqual(["s/a"]);
    expect(git(repo, "show", "--name-status", "--format=", "HEAD").trim()).toBe(
      "D\tdeploy/prod/s/a/brokers/extra.yaml",
    );
  });

  it("a Blueprint the inputs no longer produce is still unpublished, the others not rendered", async () => {
    const { cwd, repo } = await published();
    const renders: string[] = [];
    const r = await publish(options(cwd, all(renders).slice(0, 2)));
    expect(renders).toEqual([]);
    expect(r.plan.blueprints.map((b) => [b.blueprint, b.status])).toEqual([
      ["s/a", "unchanged"],
      ["s/b", "unchanged"],
      ["s/c", "removed"],
    ]);
    expect(git(repo, "ls-tree", "-r", "--name-only", "HEAD", "deploy/prod/s/c")).toBe("");
  });
});

// The published repo against the real control plane: `kubectl kustomize` builds every hydrated path (each
// Blueprint's directory, which Argo CD syncs, and each layer, which a Flux Kustomization syncs), and what it
// builds passes `kubectl apply --server-side --dry-run=server` with the upstream CRDs installed.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseAllDocuments } from "yaml";
import type { Io } from "../../lib/cli/command.ts";
import { main } from "../../lib/cli/main.ts";
import { connect } from "../cluster/harness.ts";

const provided = inject("controlPlane");
const cluster = connect({ ...provided, controllerManager: true, kwok: true });
const ROOT = join(import.meta.dirname, "../..");
const tmp = mkdtempSync(join(tmpdir(), "trib-dryrun-"));
const repo = join(tmp, "gitops");
const deploy = join(repo, "deploy", "in-cluster");

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Directories holding a kustomization.yaml, under the Blueprint paths (not argocd/ or flux/). */
function kustomizationDirs(dir: string): string[] {
  const out: string[] = [];
  if (existsSync(join(dir, "kustomization.yaml"))) out.push(dir);
  for (const e of readdirSync(dir, { withFileTypes: true }))
    if (e.isDirectory()) out.push(...kustomizationDirs(join(dir, e.name)));
  return out;
}

const ids = (yaml: string) =>
  parseAllDocuments(yaml)
    .map((d) => d.toJS() as { kind: string; metadata: { name: string; namespace?: string } } | null)
    .filter((o) => o !== null)
    .map((o) => `${o.kind}/${o.metadata.namespace ?? ""}/${o.metadata.name}`)
    .sort();

let blueprintDirs: string[] = [];

beforeAll(async () => {
  process.env.GIT_CONFIG_GLOBAL = "/dev/null";
  process.env.GIT_CONFIG_NOSYSTEM = "1";
  const err: string[] = [];
  const io: Io = { out: () => undefined, err: (t) => void err.push(t), cwd: ROOT, tty: false };
  const code = await main(["publish", "blueprints", "--repo", repo, "--source-commit", "0000000"], io);
  expect(code, err.join("")).toBe(0);
  const namespaces = readdirSync(deploy).filter((n) => n !== "argocd" && n !== "flux");
  for (const ns of namespaces) await cluster.createNamespace(ns);
  blueprintDirs = namespaces.flatMap((ns) => readdirSync(join(deploy, ns)).map((bp) => join(deploy, ns, bp)));
});

describe("the hydrated repo on the real control plane", () => {
  it("publishes every example", () => {
    expect(blueprintDirs.map((d) => relative(deploy, d)).sort()).toEqual(
      expect.arrayContaining([
        "data/analytics",
        "data/platform",
        "payments/secured",
        "streaming/clickstream",
        "streaming/legacy",
      ]),
    );
  });

  it("kubectl kustomize builds every Blueprint path and every layer; the layers add up to the path", async () => {
    for (const dir of blueprintDirs) {
      const whole = await cluster.kubectl(["kustomize", dir]);
      expect(whole.code, `${relative(repo, dir)}: ${whole.stderr}`).toBe(0);
      const layers = kustomizationDirs(dir).filter((d) => d !== dir);
      expect(layers.length).toBeGreaterThan(0);
      const parts: string[] = [];
      for (const layer of layers) {
        const built = await cluster.kubectl(["kustomize", layer]);
        expect(built.code, `${relative(repo, layer)}: ${built.stderr}`).toBe(0);
        parts.push(...ids(built.stdout));
      }
      expect(parts.sort()).toEqual(ids(whole.stdout));
    }
  });

  it("what each path builds passes server-side dry-run", async () => {
    for (const dir of blueprintDirs) {
      const built = await cluster.kubectl(["kustomize", dir]);
      const applied = await cluster.kubectl(
        ["apply", "--server-side", "--dry-run=server", "--field-manager=tributary", "-f", "-"],
        built.stdout,
      );
      expect(applied.code, `${relative(repo, dir)}:\n${applied.stderr}`).toBe(0);
      expect(applied.stdout.trim().split("\n")).toHaveLength(ids(built.stdout).length);
    }
  });
});

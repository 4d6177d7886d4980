// Adding a provider is copying a folder and adding one registry line (lib/providers/README.md). This test
// does exactly that: it copies pravega-zookeeper/ to a throwaway folder beside it, renames the operator in
// the copy's index.ts to `example`, and stands in for registry.ts a copy of it with one import and one
// entry more; then it does what `npm run crd` does, writing the Blueprint stage's operators file from that
// registry (beside the copy, in place of lib/blueprint/operators.generated.ts). Everything that reads the
// registry (schema, SERVED_BY, compile, synth, health, RBAC) then sees the new provider, with no other edit.
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";

vi.mock("../../../lib/providers/registry.ts", async () => {
  const { cpSync, mkdtempSync, readFileSync, writeFileSync } = await import("node:fs");
  const { basename, join } = await import("node:path");
  const { fileURLToPath } = await import("node:url");
  const dir = fileURLToPath(new URL("../../../lib/providers", import.meta.url));
  // Inside the tree, so the copy's relative imports (../shared, ../../imports) resolve as the original's.
  const folder = mkdtempSync(join(dir, "throwaway-"));
  cpSync(join(dir, "pravega-zookeeper"), folder, { recursive: true });
  const index = join(folder, "index.ts");
  writeFileSync(
    index,
    readFileSync(index, "utf8")
      .replace('id: "pravega-zookeeper"', 'id: "example-zookeeper"')
      .replace('operator: "pravega"', 'operator: "example"')
      .replace('Provider<"zookeeper", "pravega">', 'Provider<"zookeeper", "example">'),
  );
  // The one registry line (and its import).
  const original = readFileSync(join(dir, "registry.ts"), "utf8");
  const entry = "  nativeStreamlet,\n] as const;";
  if (!original.includes(entry))
    throw new Error("registry.ts: the PROVIDERS list no longer ends as expected");
  const registry = `import { provider as example } from "./${basename(folder)}/index.ts";\n${original.replace(
    entry,
    "  nativeStreamlet,\n  example,\n] as const;",
  )}`;
  const copy = join(folder, "..", `${basename(folder)}-registry.ts`);
  writeFileSync(copy, registry);
  return { ...(await import(copy)), THROWAWAY: [folder, copy] };
});

// `npm run crd`: the generated operators file, written from the registry above.
vi.mock("../../../lib/blueprint/operators.generated.ts", async () => {
  const { writeFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { THROWAWAY } = (await import("../../../lib/providers/registry.ts")) as unknown as {
    THROWAWAY: string[];
  };
  const { operatorsFileText } = await import("../../../scripts/operator-names.ts");
  const file = join(THROWAWAY[0]!, "operators.generated.ts");
  writeFileSync(file, operatorsFileText());
  return await import(file);
});

const providersDir = path.resolve(fileURLToPath(new URL("../../../lib/providers", import.meta.url)));

const { THROWAWAY, findProvider, loadRenderers, providerFor, providers } = (await import(
  "../../../lib/providers/registry.ts"
)) as typeof import("../../../lib/providers/registry.ts") & { THROWAWAY: string[] };
// The stand-in registry loads its providers' render modules as the real one does (the copy's among them).
await loadRenderers();
const { SERVED_BY } = await import("../../../lib/blueprint/operators.ts");
const { CEL_CHECKS, LUA_CHECKS } = await import("../../../lib/gitops/health.ts");
const { childRules, emittedKinds } = await import("../../../scripts/rbac.ts");
const { modelsOf, blueprint, objectsOf, only } = await import("../../support/blueprints.ts");
const { expectComplete, schemaOperators } = await import("../../support/provider-completeness.ts");

afterAll(() => {
  for (const p of THROWAWAY) {
    expect(path.dirname(p)).toBe(providersDir);
    rmSync(p, { recursive: true, force: true });
  }
});

const SPEC = blueprint("demo", "components:\n  - name: zk\n    operator: example\n    zookeeper: {}");

describe("a provider added by copying a folder and adding one registry line", () => {
  it("is registered with every piece", () => {
    const example = providers().find((p) => p.id === "example-zookeeper")!;
    expect(findProvider("zookeeper", "example")).toBe(example);
    expect(providers().at(-1)).toBe(example);
    expectComplete(example);
  });

  it("is a Blueprint operator: the schema enum (`npm run crd`) and who serves ZooKeeper", () => {
    expect(schemaOperators()).toContain("example");
    expect(SERVED_BY.zookeeper).toEqual(["stackable", "pravega", "example"]);
  });

  it("validates and renders a component that names it", () => {
    const [model] = modelsOf(SPEC);
    const zk = model!.components[0]!;
    expect(zk.operator).toBe("example");
    expect(providerFor(zk).id).toBe("example-zookeeper");
    const cluster = only(objectsOf(SPEC), "ZookeeperCluster", "demo-zk");
    expect(cluster.apiVersion).toBe("zookeeper.pravega.io/v1beta1");
    expect(() =>
      modelsOf(blueprint("demo", "components:\n  - name: k\n    operator: example\n    kafka: {}")),
    ).toThrow(/operator `example` does not serve kafka/);
  });

  it("is health-checked in all three renderings and granted RBAC", () => {
    const example = findProvider("zookeeper", "example")!;
    const ready = {
      apiVersion: "zookeeper.pravega.io/v1beta1",
      kind: "ZookeeperCluster",
      metadata: { name: "demo-zk" },
      spec: { replicas: 3 },
      status: { readyReplicas: 3, conditions: [{ type: "PodsReady", status: "True" }] },
    };
    expect(example.health(ready).state).toBe("Ready");
    expect(CEL_CHECKS["zookeeper.pravega.io/ZookeeperCluster"]).toBeDefined();
    expect(LUA_CHECKS.some((c) => c.group === "zookeeper.pravega.io" && c.kind === "ZookeeperCluster")).toBe(
      true,
    );
    expect(emittedKinds().filter((e) => e.provider === "example-zookeeper")).toEqual([
      { provider: "example-zookeeper", apiVersion: "zookeeper.pravega.io/v1beta1", kind: "ZookeeperCluster" },
    ]);
    expect(childRules()).toContainEqual({
      apiGroups: ["zookeeper.pravega.io"],
      resources: ["zookeeperclusters"],
    });
  });
});

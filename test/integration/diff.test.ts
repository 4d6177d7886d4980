// `trib diff` against the real API server: blueprints/platform.yaml's objects applied as the operator
// applies them (server-side apply, field manager `tributary`), then diffed through server-side dry-run
// apply: no change prints nothing and exits 0; fewer topic partitions exits 1 with a diff naming
// `partitions` and the plan's risk flag; invalid input and an unreachable cluster exit above 1.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { connect, repoRoot } from "../cluster/harness.ts";
import { objectsOf } from "../support/blueprints.ts";
import { trib } from "../support/cli.ts";

const provided = inject("controlPlane");
const cluster = connect(provided);
const NS = "diff-live";
const KC = `--kubeconfig=${provided.kubeconfigPath}`;
const platform = readFileSync(path.join(repoRoot, "blueprints", "platform.yaml"), "utf8").replace(
  "namespace: data",
  `namespace: ${NS}`,
);
const PLURAL: Record<string, string> = {
  Kafka: "kafkas",
  KafkaNodePool: "kafkanodepools",
  KafkaTopic: "kafkatopics",
};

let dir: string;
const write = (name: string, text: string) => {
  writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "trib-diff-"));
  await cluster.createNamespace(NS);
  for (const o of objectsOf(platform)) {
    const r = await cluster.request(
      "PATCH",
      `/apis/${o.apiVersion}/namespaces/${NS}/${PLURAL[o.kind]}/${o.metadata.name}?fieldManager=tributary&force=true`,
      o,
      { contentType: "application/apply-patch+yaml" },
    );
    if (r.status !== 200 && r.status !== 201) throw new Error(`apply ${o.kind}: ${r.status} ${r.text}`);
  }
}, 60_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await cluster.request("DELETE", `/api/v1/namespaces/${NS}`);
});

describe("trib diff", () => {
  it("prints nothing and exits 0 when the cluster already holds what the Blueprint says", async () => {
    const r = await trib(["diff", write("same.yaml", platform), KC]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("");
    expect(r.code).toBe(0);
  });

  it("exits 1 with a unified diff of partitions and the risk flag when a topic loses partitions", async () => {
    const r = await trib([
      "diff",
      write("fewer.yaml", platform.replace("partitions: 24", "partitions: 12")),
      KC,
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines.slice(0, 4)).toEqual([
      `# KafkaTopic ${NS}/platform-audit (change, 1 risk)`,
      "! partitions-decrease: partitions 24 → 12: Kafka cannot remove partitions (the topic operator rejects it; recreate the topic to shrink it)",
      `--- live/KafkaTopic/${NS}/platform-audit`,
      `+++ applied/KafkaTopic/${NS}/platform-audit`,
    ]);
    expect(lines.filter((l) => /^[-+] /.test(l))).toEqual(["-  partitions: 24", "+  partitions: 12"]);
    // Nothing was written: the live topic keeps its partitions.
    const live = await cluster.request<{ spec: { partitions: number } }>(
      "GET",
      `/apis/kafka.strimzi.io/v1/namespaces/${NS}/kafkatopics/platform-audit`,
    );
    expect(live.body.spec.partitions).toBe(24);
  });

  it("exits 3 on an invalid Blueprint (with its diagnostics), 4 when the cluster cannot be reached, 2 on bad usage", async () => {
    const bad = await trib([
      "diff",
      write("bad.yaml", platform.replace("partitions: 24", "partitions: many")),
      KC,
    ]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/bad\.yaml:\d+:\d+: error/);
    expect(bad.stdout).toBe("");
    const kubeconfig = write(
      "unreachable.kubeconfig",
      readFileSync(provided.kubeconfigPath, "utf8").replace(
        /server: https:\/\/127\.0\.0\.1:\d+/,
        "server: https://127.0.0.1:1",
      ),
    );
    const down = await trib(["diff", write("same2.yaml", platform), `--kubeconfig=${kubeconfig}`]);
    expect(down.code).toBe(4);
    expect(down.stderr).toContain("trib diff:");
    expect((await trib(["diff", KC])).code).toBe(2);
  });
});

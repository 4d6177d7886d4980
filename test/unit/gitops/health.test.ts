// One table of health rules per kind, three renderings, one verdict. Each kind is driven through the
// statuses its upstream operator writes (cited per fixture) and judged by:
// - the operator's TypeScript (healthOf, which `trib status` and the Blueprint's status use);
// - the Argo CD Lua check, run in github.com/yuin/gopher-lua, the interpreter Argo CD embeds, with only the
//   libraries Argo CD opens for health scripts (test/cluster/flux/argocd-lua);
// - the Flux healthCheckExprs, run by github.com/fluxcd/pkg/runtime/cel's StatusEvaluator, the evaluator
//   kustomize-controller uses (test/cluster/flux/kustomize-controller/flux-cel).
// Both binaries are built by test/cluster/flux/build.sh (which test/setup.sh runs).
//
// The GitOps tools see only the object: where the operator also reads a fact (a Warning Event, the
// ZNode's discovery ConfigMap), the fixture gives it, and the Lua and CEL verdicts must equal the
// TypeScript verdict *without* the facts (the rule's closest signal). Flux consults observedGeneration
// before any expression (fluxcd/pkg runtime/cel/status_evaluator.go): where it lags, Flux waits.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { groupOf } from "../../../kube/objects.ts";
import { CEL_CHECKS, LUA_CHECKS } from "../../../lib/gitops/health.ts";
import type { HealthState, K8sObject } from "../../../lib/model/k8s-object.ts";
import { healthFactsOf, healthOf } from "../../../lib/providers/health.ts";
import { providers } from "../../../lib/providers/registry.ts";
import { ensureFluxBuild } from "../../cluster/flux/engine.ts";
import {
  at,
  cond,
  pravegaUpgrade,
  pravegaUpgradeFailed,
  SHAPES,
  type Verdict,
  warning,
} from "./health-shapes.ts";

let bin = "";
beforeAll(async () => {
  bin = (await ensureFluxBuild()).bin;
}, 1_800_000);

const fromTs = (s: HealthState): Verdict => (s === "Ready" || s === "Failed" ? s : "Waiting");
const fromArgo: Record<string, Verdict> = {
  Healthy: "Ready",
  Degraded: "Failed",
  Progressing: "Waiting",
  Suspended: "Waiting",
};
const fromFlux: Record<string, Verdict> = {
  Current: "Ready",
  Failed: "Failed",
  InProgress: "Waiting",
  Unknown: "Waiting",
};

/** Every emitted kind, by `group/Kind`, with the apiVersion it is emitted as. */
const emitted = new Map<string, string>(
  providers().flatMap((p) =>
    p.emits.map((e) => [`${groupOf(e.apiVersion)}/${e.kind}`, e.apiVersion] as const),
  ),
);

function runLua(group: string, kind: string, object: unknown): { status: string; message: string } {
  const check = LUA_CHECKS.find((c) => c.group === group && c.kind === kind)!;
  const [r] = JSON.parse(
    execFileSync(path.join(bin, "argocd-lua"), {
      input: JSON.stringify([{ script: check.lua, object }]),
    }).toString(),
  ) as Array<{ status?: string; message?: string; error?: string }>;
  if (r!.error) throw new Error(r!.error);
  return { status: r!.status!, message: r!.message ?? "" };
}

function runCel(key: string, object: unknown): string {
  const check = CEL_CHECKS[key]!;
  const [r] = JSON.parse(
    execFileSync(path.join(bin, "flux-cel"), { input: JSON.stringify([{ ...check, object }]) }).toString(),
  ) as Array<{ status?: string; error?: string }>;
  // Only a missing top-level `status` may fail to evaluate (CEL cannot test a variable's presence).
  if (r!.error) expect(r!.error, key).toMatch(/no such attribute\(s\): (status|spec)\b/);
  return r!.status!;
}

const generationLags = (o: Record<string, unknown>) => {
  const observed = (o.status as { observedGeneration?: number } | undefined)?.observedGeneration;
  return observed !== undefined && observed !== (o.metadata as { generation?: number }).generation;
};

describe("one table of health rules per kind, three renderings, one verdict", () => {
  it("every emitted kind has all three renderings, or is a built-in kind both tools judge", () => {
    for (const p of providers()) {
      for (const e of p.emits) {
        const key = `${groupOf(e.apiVersion)}/${e.kind}`;
        const checks = p.healthChecks[e.kind];
        expect(checks, `${key}: no health table`).toBeDefined();
        if (checks!.argo === "built-in") {
          expect(checks!.flux, `${key}: built-in for Argo CD, so for Flux too`).toBe("kstatus");
          continue;
        }
        expect(CEL_CHECKS[key], `${key}: no Flux healthCheckExprs`).toBeDefined();
        expect(
          LUA_CHECKS.some((c) => `${c.group}/${c.kind}` === key),
          `${key}: no Lua`,
        ).toBe(true);
        const shapes = SHAPES[key] ?? [];
        expect(
          shapes.map((s) => s.ts),
          `${key}: driven through success and failure`,
        ).toEqual(expect.arrayContaining(["Ready", "Failed"]));
      }
    }
  });

  for (const [key, shapes] of Object.entries(SHAPES)) {
    it(`${key}: the TypeScript, Lua and CEL agree on every upstream shape`, () => {
      const [group, kind] = key.split("/") as [string, string];
      const apiVersion = emitted.get(key);
      expect(apiVersion, `${key} is emitted`).toBeDefined();
      for (const s of shapes) {
        const object = { apiVersion, ...s.object } as unknown as K8sObject;
        const what = `${key}: ${s.what}`;
        const ts = healthOf(object, s.facts);
        expect(ts.state, what).toBe(s.ts);
        expect(ts.message, what).not.toBe("");
        // What the GitOps tools can know: the object alone.
        const alone = fromTs(healthOf(object).state);
        expect(alone, `${what} (without the operator's facts)`).toBe(s.gitops ?? fromTs(s.ts));
        const lua = runLua(group, kind, object);
        expect(fromArgo[lua.status], `${what}: Lua ${lua.status} | ${lua.message}`).toBe(alone);
        if (s.argo) expect(lua.status, what).toBe(s.argo);
        if (alone !== "Ready") expect(lua.message, `${what}: Lua says why`).not.toBe("");
        const flux = runCel(key, object);
        expect(fromFlux[flux], `${what}: CEL ${flux}`).toBe(generationLags(s.object) ? "Waiting" : alone);
      }
    });
  }

  it("the operator's messages are the upstream words", () => {
    const api = (kind: string) => emitted.get(`zookeeper.stackable.tech/${kind}`)!;
    const zk = { apiVersion: api("ZookeeperCluster"), ...at("ZookeeperCluster", 1) } as unknown as K8sObject;
    expect(healthOf(zk, warning("InvalidZookeeperCluster", "2026-01-01T00:00:00Z"))).toEqual({
      state: "Failed",
      message: "InvalidZookeeperCluster: InvalidZookeeperCluster: failed",
    });
    const flink = {
      apiVersion: emitted.get("flink.apache.org/FlinkDeployment")!,
      ...at("FlinkDeployment", 2, {
        observedGeneration: 1,
        error: '{"type":"x","message":"Invalid parallelism"}',
      }),
    } as unknown as K8sObject;
    expect(healthOf(flink)).toEqual({ state: "Failed", message: "Invalid parallelism" });
    // A Strimzi failure: the exception's class (the reason) and its message, in the operator and Argo CD.
    const message = "Exceeded timeout of 300000ms while waiting for Pods resource x-brokers-0 to be ready";
    const kafka = at("Kafka", 1, {
      observedGeneration: 1,
      conditions: [cond("NotReady", "True", { reason: "TimeoutException", message })],
    });
    const kafkaApi = emitted.get("kafka.strimzi.io/Kafka")!;
    expect(healthOf({ apiVersion: kafkaApi, ...kafka } as unknown as K8sObject)).toEqual({
      state: "Failed",
      message: `TimeoutException: ${message}`,
    });
    expect(runLua("kafka.strimzi.io", "Kafka", { apiVersion: kafkaApi, ...kafka })).toEqual({
      status: "Degraded",
      message: `TimeoutException: ${message}`,
    });
    // A Pravega ZooKeeper in words: how many servers of the spec are ready, an upgrade's target and progress.
    const pravegaApi = emitted.get("zookeeper.pravega.io/ZookeeperCluster")!;
    const said = [
      [
        at("ZookeeperCluster", 2, { replicas: 3, readyReplicas: 0 }, { replicas: 5 }),
        "Progressing",
        "0 of 5 servers ready",
      ],
      [pravegaUpgrade("", ""), "Progressing", "upgrading to 0.2.15"],
      [
        pravegaUpgrade("Updating Zookeeper", "1"),
        "Progressing",
        "upgrading to 0.2.15: 1 of 3 servers updated",
      ],
      [
        pravegaUpgradeFailed,
        "Degraded",
        "upgrade to 0.2.15 failed: progress deadline exceeded (2 of 3 servers updated)",
      ],
    ] as const;
    for (const [zk, argo, words] of said) {
      const object = { apiVersion: pravegaApi, ...zk };
      expect(healthOf(object as unknown as K8sObject).message).toBe(words);
      expect(runLua("zookeeper.pravega.io", "ZookeeperCluster", object)).toEqual({
        status: argo,
        message: words,
      });
    }
  });

  it("names the facts the operator reads beyond the object, and falls back to the object when one is unread", () => {
    const of = (group: string, kind: string) =>
      ({ apiVersion: emitted.get(`${group}/${kind}`)!, ...at(kind, 1) }) as unknown as K8sObject;
    const znode = of("zookeeper.stackable.tech", "ZookeeperZnode");
    expect(healthFactsOf(znode)).toEqual(
      expect.arrayContaining([{ exists: "ConfigMap" }, { warning: "any" }]),
    );
    expect(healthFactsOf(of("kafka.stackable.tech", "KafkaCluster"))).toEqual(
      expect.arrayContaining([{ warning: "any" }]),
    );
    expect(healthFactsOf(of("kafka.strimzi.io", "Kafka"))).toEqual([]);
    const written = { ...znode, status: { znodePath: "/znode-x" } } as K8sObject;
    const read = (present: boolean | undefined) => ({ exists: () => present });
    expect(healthOf(written, read(false)).state).toBe("Progressing");
    expect(healthOf(written, read(true)).state).toBe("Ready");
    // Not read (no answer, no right): the path on the object, as Argo CD and Flux judge it.
    expect(healthOf(written, read(undefined)).state).toBe("Ready");
  });

  it("runs without the libraries Argo CD does not open for health checks (no string, math, io)", () => {
    for (const c of LUA_CHECKS) expect(c.lua).not.toMatch(/\b(string|math|io)\./);
  });

  it("Blueprint: kstatus (observedGeneration, Ready, Reconciling, Stalled)", () => {
    const bp = (status: object) =>
      runLua("tributary.dev", "Blueprint", {
        metadata: { generation: 2 },
        status: { observedGeneration: 2, ...status },
      });
    expect(
      runLua("tributary.dev", "Blueprint", { metadata: { generation: 2 }, status: { observedGeneration: 1 } })
        .status,
    ).toBe("Progressing");
    expect(bp({ conditions: [cond("Ready", "True", { message: "3/3 ready" })] })).toEqual({
      status: "Healthy",
      message: "3/3 ready",
    });
    expect(
      bp({
        conditions: [
          cond("Ready", "False", { message: "kafka" }),
          cond("Stalled", "True", { message: "bad spec" }),
        ],
      }),
    ).toEqual({ status: "Degraded", message: "bad spec" });
    expect(bp({ conditions: [cond("Reconciling", "True", { reason: "Applying" })] })).toEqual({
      status: "Progressing",
      message: "Applying",
    });
    expect(bp({ conditions: [cond("Ready", "False", { message: "kafka not ready" })] })).toEqual({
      status: "Progressing",
      message: "kafka not ready",
    });
  });
});

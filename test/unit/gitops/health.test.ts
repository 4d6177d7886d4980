// The Lua health checks run the way Argo CD runs them: in github.com/yuin/gopher-lua, the interpreter Argo CD
// embeds, with only the libraries Argo CD opens for health scripts (test/cluster/flux/argocd-lua, built by
// test/cluster/flux/build.sh, which test/setup.sh runs), on the statuses each operator writes.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { LUA_CHECKS } from "../../../lib/gitops/health.ts";
import { ensureFluxBuild } from "../../cluster/flux/engine.ts";

let runner = "";
beforeAll(async () => {
  runner = path.join((await ensureFluxBuild()).bin, "argocd-lua");
}, 1_800_000);

/** `status | message` of the shipped check for `kind` (Stackable's group unless another is named). */
function health(kind: string, obj: unknown, group?: string): string {
  const check =
    LUA_CHECKS.find((c) => c.kind === kind && (group ? c.group === group : !c.group.endsWith(".io"))) ??
    LUA_CHECKS.find((c) => c.kind === kind)!;
  const [r] = JSON.parse(
    execFileSync(runner, { input: JSON.stringify([{ script: check.lua, object: obj }]) }).toString(),
  ) as Array<{ status?: string; message?: string; error?: string }>;
  if (r!.error) throw new Error(r!.error);
  return `${r!.status} | ${r!.message}`;
}

const cond = (type: string, status: string, extra: object = {}) => ({ type, status, ...extra });

describe("Argo CD Lua health checks in gopher-lua", () => {
  it("KafkaNodePool: generation observed, replicas reached, NotReady degraded", () => {
    const spec = { replicas: 3 };
    expect(health("KafkaNodePool", { metadata: { generation: 1 }, spec })).toBe(
      "Progressing | Waiting for the Strimzi cluster operator",
    );
    expect(
      health("KafkaNodePool", {
        metadata: { generation: 2 },
        spec,
        status: { observedGeneration: 1, replicas: 3 },
      }),
    ).toMatch(/^Progressing \| Waiting for the Strimzi cluster operator to observe generation 2/);
    expect(
      health("KafkaNodePool", {
        metadata: { generation: 2 },
        spec,
        status: { observedGeneration: 2, replicas: 3, roles: ["broker"] },
      }),
    ).toBe("Healthy | 3 node(s): broker");
    expect(
      health("KafkaNodePool", {
        metadata: { generation: 2 },
        spec,
        status: { observedGeneration: 2, replicas: 2 },
      }),
    ).toBe("Progressing | Nodes: 2/3");
    expect(
      health("KafkaNodePool", {
        metadata: { generation: 2 },
        spec,
        status: {
          observedGeneration: 2,
          replicas: 2,
          conditions: [cond("NotReady", "True", { message: "boom" })],
        },
      }),
    ).toBe("Degraded | boom");
  });

  it("Strimzi kinds: both failure forms degrade, Creating progresses, a new generation waits", () => {
    const topic = (generation: number, status: object) => ({
      kind: "KafkaTopic",
      metadata: { generation },
      status,
    });
    const group = "kafka.strimzi.io";
    // The topic operator's refusal (strimzi-kafka-operator BatchingTopicController.updateStatusForException).
    const refused = topic(2, {
      observedGeneration: 2,
      conditions: [
        cond("Ready", "False", { reason: "NotSupported", message: "Decreasing partitions not supported" }),
      ],
    });
    expect(health("KafkaTopic", refused, group)).toBe("Degraded | Decreasing partitions not supported");
    expect(
      health("KafkaTopic", topic(2, { observedGeneration: 1, conditions: [cond("Ready", "True")] }), group),
    ).toMatch(/^Progressing \| Waiting for the Strimzi operator to observe generation 2/);
    expect(
      health("KafkaTopic", topic(2, { observedGeneration: 2, conditions: [cond("Ready", "True")] }), group),
    ).toMatch(/^Healthy/);
    const kafka = (reason: string) => ({
      kind: "Kafka",
      metadata: { generation: 1 },
      status: { observedGeneration: 1, conditions: [cond("NotReady", "True", { reason, message: reason })] },
    });
    expect(health("Kafka", kafka("Creating"), group)).toBe("Progressing | Creating");
    expect(health("Kafka", kafka("TimeoutException"), group)).toBe("Degraded | TimeoutException");
    expect(health("KafkaUser", { kind: "KafkaUser", metadata: { generation: 1 } }, group)).toBe(
      "Progressing | Waiting for the Strimzi operator",
    );
  });

  it("ScheduledSparkApplication: Scheduled, FailedValidation, suspended", () => {
    expect(health("ScheduledSparkApplication", { metadata: {}, spec: {} })).toMatch(/^Progressing/);
    expect(
      health("ScheduledSparkApplication", {
        metadata: {},
        spec: {},
        status: { scheduleState: "Scheduled", nextRun: "t" },
      }),
    ).toBe("Healthy | Scheduled; next run t");
    expect(
      health("ScheduledSparkApplication", {
        metadata: {},
        spec: {},
        status: { scheduleState: "FailedValidation", reason: "bad cron" },
      }),
    ).toBe("Degraded | bad cron");
    expect(health("ScheduledSparkApplication", { metadata: {}, spec: { suspend: true } })).toBe(
      "Suspended | Suspended",
    );
  });

  it("Stackable clusters: Available, Degraded, paused; znodes by their path", () => {
    for (const kind of ["ZookeeperCluster", "KafkaCluster"]) {
      expect(health(kind, { metadata: {} })).toBe("Progressing | Waiting for the Stackable operator");
      expect(
        health(kind, {
          metadata: {},
          status: { conditions: [cond("Available", "True", { message: "ok" }), cond("Degraded", "False")] },
        }),
      ).toBe("Healthy | ok");
      expect(
        health(kind, {
          metadata: {},
          status: { conditions: [cond("Available", "True"), cond("Degraded", "True", { message: "crash" })] },
        }),
      ).toBe("Degraded | crash");
      expect(
        health(kind, { metadata: {}, status: { conditions: [cond("ReconciliationPaused", "True")] } }),
      ).toBe("Suspended | Paused");
    }
    expect(health("ZookeeperZnode", { metadata: {} })).toMatch(/^Progressing/);
    expect(health("ZookeeperZnode", { metadata: {}, status: { znodePath: "/znode-1" } })).toBe(
      "Healthy | /znode-1",
    );
  });

  it("FlinkDeployment: generation 2 is not healthy on the STABLE status of generation 1", () => {
    // The status the Flink operator writes (apache/flink-kubernetes-operator api/status: CommonStatus
    // observedGeneration, ResourceLifecycleState, JobManagerDeploymentStatus).
    const stable = {
      lifecycleState: "STABLE",
      jobManagerDeploymentStatus: "READY",
      jobStatus: { state: "RUNNING" },
    };
    expect(
      health("FlinkDeployment", {
        metadata: { generation: 1 },
        status: { ...stable, observedGeneration: 1 },
      }),
    ).toBe("Healthy | STABLE");
    expect(
      health("FlinkDeployment", {
        metadata: { generation: 2 },
        status: { ...stable, observedGeneration: 1 },
      }),
    ).toBe("Progressing | Waiting for the Flink operator to observe generation 2");
    expect(
      health("FlinkDeployment", {
        metadata: { generation: 2 },
        status: { lifecycleState: "FAILED", observedGeneration: 2, error: "JobManager deployment failed" },
      }),
    ).toBe("Degraded | JobManager deployment failed");
    expect(health("FlinkDeployment", { metadata: { generation: 1 } })).toBe(
      "Progressing | Waiting for the Flink operator",
    );
  });

  it("Pravega ZookeeperCluster: ready servers against the desired replicas, upgrades, errors", () => {
    const g = "zookeeper.pravega.io";
    const at = (status: object) =>
      health("ZookeeperCluster", { metadata: {}, spec: { replicas: 3 }, status }, g);
    expect(at({ replicas: 3, readyReplicas: 3 })).toBe("Healthy | 3/3 servers ready");
    // Scaled to 5: the old counts (3/3) are not health.
    expect(
      health(
        "ZookeeperCluster",
        { metadata: {}, spec: { replicas: 5 }, status: { replicas: 3, readyReplicas: 3 } },
        g,
      ),
    ).toBe("Progressing | 3/5 servers ready");
    expect(at({ readyReplicas: 3, conditions: [cond("Upgrading", "True", { message: "3.8 to 3.9" })] })).toBe(
      "Progressing | 3.8 to 3.9",
    );
    expect(
      at({ conditions: [cond("Error", "True", { reason: "UpgradeFailed", message: "pod crash" })] }),
    ).toBe("Degraded | pod crash");
  });

  it("runs without the libraries Argo CD does not open for health checks (no string, math, io)", () => {
    for (const c of LUA_CHECKS) expect(c.lua).not.toMatch(/\b(string|math|io)\./);
  });

  it("Blueprint: kstatus (observedGeneration, Ready, Reconciling, Stalled)", () => {
    const at = (status: object) =>
      health("Blueprint", { metadata: { generation: 2 }, status: { observedGeneration: 2, ...status } });
    expect(health("Blueprint", { metadata: { generation: 2 }, status: { observedGeneration: 1 } })).toMatch(
      /^Progressing \| Waiting for the Tributary operator to observe generation 2/,
    );
    expect(at({ conditions: [cond("Ready", "True", { message: "3/3 ready" })] })).toBe("Healthy | 3/3 ready");
    expect(
      at({
        conditions: [
          cond("Ready", "False", { message: "kafka" }),
          cond("Stalled", "True", { message: "bad spec" }),
        ],
      }),
    ).toBe("Degraded | bad spec");
    expect(at({ conditions: [cond("Reconciling", "True", { reason: "Applying" })] })).toBe(
      "Progressing | Applying",
    );
    expect(at({ conditions: [cond("Ready", "False", { message: "kafka not ready" })] })).toBe(
      "Progressing | kafka not ready",
    );
  });
});

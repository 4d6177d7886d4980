// The Lua health checks run in a real Lua 5.1 (Argo CD's gopher-lua speaks 5.1) on the statuses each
// operator writes. `lua5.1` is installed by test/setup.sh; without it this suite fails, never skips.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { LUA_CHECKS } from "../../../lib/gitops/health.ts";

const lua = (v: unknown): string =>
  Array.isArray(v)
    ? `{${v.map(lua).join(",")}}`
    : v && typeof v === "object"
      ? `{${Object.entries(v)
          .map(([k, x]) => `[${JSON.stringify(k)}]=${lua(x)}`)
          .join(",")}}`
      : JSON.stringify(v);

function health(kind: string, obj: unknown): string {
  const check = LUA_CHECKS.find((c) => c.kind === kind)!;
  const src = `local function check(obj)\n${check.lua}\nend\nlocal hs = check(${lua(obj)})\nio.write(hs.status .. " | " .. tostring(hs.message))`;
  return execFileSync("lua5.1", ["-"], { input: src }).toString();
}

const cond = (type: string, status: string, extra: object = {}) => ({ type, status, ...extra });

describe("Lua health checks in Lua 5.1", () => {
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

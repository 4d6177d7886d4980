// The milestones of one contender's run, timed from `t0` while its load runs: every child exists, every
// child reported, every parent Ready; and the CPU the control plane and the bench used meanwhile.
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { ControlPlane } from "../../test/cluster/harness.ts";
import { type Tracker, until } from "./fleet.ts";
import { controlPlaneCpu } from "./proc.ts";
import type { Timing } from "./report.ts";

export async function milestones(
  cp: ControlPlane,
  t0: number,
  tracker: Tracker,
  expected: ReadonlySet<string>,
  parents: ReadonlySet<string> | undefined,
  timeoutMs: number,
): Promise<Timing> {
  const cpDir = path.dirname(cp.kubeconfigPath);
  const serverCpu0 = controlPlaneCpu(cpDir);
  const benchCpu0 = process.cpuUsage();
  await until("every child", () => tracker.childrenExist(expected), timeoutMs);
  const children = performance.now() - t0;
  await until("every child reported", () => tracker.childrenReported(), timeoutMs);
  const reported = performance.now() - t0;
  await until(
    "every child reported and every parent Ready",
    () =>
      tracker.childrenExist(expected) &&
      tracker.childrenReported() &&
      (parents === undefined || tracker.parentsReady(parents)),
    timeoutMs,
  );
  const ready = performance.now() - t0;
  const bench = process.cpuUsage(benchCpu0);
  return {
    children,
    reported,
    ready,
    serverCpu: controlPlaneCpu(cpDir) - serverCpu0,
    benchCpu: (bench.user + bench.system) / 1e6,
  };
}

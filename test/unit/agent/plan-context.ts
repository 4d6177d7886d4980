// The planner's context for unit tests: a node `metal-1` at 192.0.2.10 with the agent's default
// directories and these packages.
import type { PackageEntry } from "../../../agent/config.ts";
import type { PlanContext } from "../../../agent/pod/translate/types.ts";

export const planContext = (packages: PackageEntry[]): PlanContext => ({
  nodeName: "metal-1",
  nodeIP: "192.0.2.10",
  unitDirectory: "/run/systemd/system",
  runtimeDirectory: "/run/tributary",
  stateDirectory: "tributary",
  packages,
  chownBinary: "/usr/bin/chown",
  allocatable: { cpuMilli: 4000n, memoryBytes: 8n * 1024n ** 3n },
});

// Flink jobs served by the Apache Flink Kubernetes operator (flink.apache.org/v1beta1), application mode.
import { FlinkDeployment } from "../../imports/flink.apache.org.ts";
import type { Provider } from "../types.ts";
import { checkFlink } from "./check.ts";
import { derivedNames, endpoints } from "./endpoints.ts";
import { health, healthChecks } from "./health.ts";
import { render } from "./render.ts";

export { checkFlink } from "./check.ts";

/** Why the agent cannot run a Flink job's pods (no package stands for the job's image). */
const FLINK_ON_AGENT =
  "a Flink job runs its own image, and the JobManager creates the TaskManager pods itself";

export const provider: Provider<"flink", "flink"> = {
  id: "flink-flink",
  product: "flink",
  operator: "flink",
  emits: [FlinkDeployment.GVK],
  upstream: "apache/flink-kubernetes-operator release-1.15.0 (CRDs and examples checked)",
  roles: [
    { name: "jobmanager", stateful: false, agentLacks: FLINK_ON_AGENT },
    { name: "taskmanager", stateful: false, agentLacks: FLINK_ON_AGENT },
  ],
  // The newest 1.x the operator's CRD lists (the Blueprint schema accepts v1_N versions only).
  defaultVersion: () => "v1_20",
  dataKinds: [],
  derivedNames,
  endpoints,
  render,
  health,
  healthChecks,
  check: checkFlink,
};

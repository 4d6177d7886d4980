// Flink jobs served by the Apache Flink Kubernetes operator (flink.apache.org/v1beta1), application mode.
import { lazyRenderer } from "../lazy-renderer.ts";
import { IDENTITY_EMITS, withIdentityHealth } from "../shared/job-identity.ts";
import { ownImageJob } from "../shared/own-image-job.ts";
import type { Provider } from "../types.ts";
import { checkFlink } from "./check.ts";
import { derivedNames, endpoints } from "./endpoints.ts";
import { health, healthChecks } from "./health.ts";
import { FLINK_JOB_RULES } from "./identity.ts";

export { checkFlink } from "./check.ts";

const { render, loadRenderer } = lazyRenderer<"flink">("flink-flink", async () => ({
  render: (await import("./render.ts")).render,
}));

/** Why the agent cannot run a Flink job's pods (no package stands for the job's image). */
const FLINK_ON_AGENT =
  "a Flink job runs its own image, and the JobManager creates the TaskManager pods itself";

export const provider: Provider<"flink", "flink"> = {
  id: "flink-flink",
  product: "flink",
  operator: "flink",
  emits: [{ apiVersion: "flink.apache.org/v1beta1", kind: "FlinkDeployment" }, ...IDENTITY_EMITS],
  jobRole: FLINK_JOB_RULES,
  upstream: "apache/flink-kubernetes-operator release-1.15.0 (CRDs and examples checked)",
  ...ownImageJob(FLINK_ON_AGENT, "jobmanager", "taskmanager"),
  // The newest 1.x the operator's CRD lists (the Blueprint schema accepts v1_N versions only).
  defaultVersion: () => "v1_20",
  derivedNames,
  endpoints,
  render,
  loadRenderer,
  ...withIdentityHealth(health, healthChecks),
  check: checkFlink,
};

// Spark jobs served by the Kubeflow Spark operator (sparkoperator.k8s.io/v1beta2).

import { lazyRenderer } from "../lazy-renderer.ts";
import { IDENTITY_EMITS, withIdentityHealth } from "../shared/job-identity.ts";
import { noChecks } from "../shared/no-checks.ts";
import { ownImageJob } from "../shared/own-image-job.ts";
import type { Provider } from "../types.ts";
import { derivedNames, endpoints } from "./endpoints.ts";
import { health, healthChecks } from "./health.ts";
import { SPARK_JOB_RULES } from "./identity.ts";

const { render, loadRenderer } = lazyRenderer<"spark">("kubeflow-spark", async () => ({
  render: (await import("./render.ts")).render,
}));

/** Why the agent cannot run a Spark job's pods (no package stands for the job's image). */
const SPARK_ON_AGENT =
  "a Spark job runs its own image, and the driver creates the executor pods itself at run time";

export const provider: Provider<"spark", "kubeflow"> = {
  id: "kubeflow-spark",
  product: "spark",
  operator: "kubeflow",
  emits: [
    { apiVersion: "sparkoperator.k8s.io/v1beta2", kind: "SparkApplication" },
    { apiVersion: "sparkoperator.k8s.io/v1beta2", kind: "ScheduledSparkApplication" },
    ...IDENTITY_EMITS,
  ],
  jobRole: SPARK_JOB_RULES,
  upstream: "kubeflow/spark-operator v2.5.2 (CRDs and examples checked)",
  ...ownImageJob(SPARK_ON_AGENT, "driver", "executor"),
  // The Spark of upstream's own examples at v2.5.2 (examples/spark-pi.yaml).
  defaultVersion: () => "4.0.4",
  derivedNames,
  endpoints,
  render,
  loadRenderer,
  ...withIdentityHealth(health, healthChecks),
  check: noChecks,
};

// Spark jobs served by the Kubeflow Spark operator (sparkoperator.k8s.io/v1beta2).
import { ScheduledSparkApplication, SparkApplication } from "../../imports/sparkoperator.k8s.io.ts";
import { noChecks } from "../shared/no-checks.ts";
import type { Provider } from "../types.ts";
import { connect, derivedNames, endpoints } from "./endpoints.ts";
import { health } from "./health.ts";
import { render } from "./render.ts";

export const provider: Provider<"spark"> = {
  id: "kubeflow-spark",
  product: "spark",
  operator: "kubeflow",
  emits: [SparkApplication.GVK, ScheduledSparkApplication.GVK],
  upstream: "kubeflow/spark-operator v2.5.2 (CRDs and examples checked)",
  roles: [
    { name: "driver", stateful: false },
    { name: "executor", stateful: false },
  ],
  // The Spark of upstream's own examples at v2.5.2 (examples/spark-pi.yaml).
  defaultVersion: () => "4.0.4",
  dataKinds: [],
  derivedNames,
  endpoints,
  connect,
  render,
  health,
  check: noChecks,
};

// The Role a Spark driver needs: it creates and deletes its executor pods, their ConfigMaps, the driver's
// Service and, with dynamic allocation, PersistentVolumeClaims.
import type { JobRule } from "../types.ts";

/**
 * Exactly the rules of the Role the operator's chart gives its `spark` ServiceAccount in each of
 * `spark.jobNamespaces` (kubeflow/spark-operator v2.5.2 charts/spark-operator-chart/templates/spark/
 * rbac.yaml).
 */
export const SPARK_JOB_RULES: readonly JobRule[] = [
  {
    apiGroups: [""],
    resources: ["pods", "configmaps", "persistentvolumeclaims", "services"],
    verbs: ["get", "list", "watch", "create", "update", "patch", "delete", "deletecollection"],
  },
];

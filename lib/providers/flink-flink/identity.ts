// The Role a Flink JobManager needs: it creates its TaskManager pods, keeps its HA state in ConfigMaps and
// owns its own Deployment (the pods' owner reference).
import type { JobRule } from "../types.ts";

/**
 * Exactly the rules of the `flink` job Role the operator's chart creates in each of `watchNamespaces`
 * (apache/flink-kubernetes-operator release-1.15.0 helm/flink-kubernetes-operator/templates/rbac/
 * _helpers.tpl, `flink-operator.jobRbacRules`, used by templates/flink/role.yaml).
 */
export const FLINK_JOB_RULES: readonly JobRule[] = [
  {
    apiGroups: [""],
    resources: ["pods", "configmaps"],
    verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
  },
  {
    apiGroups: ["apps"],
    resources: ["deployments", "deployments/finalizers"],
    verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
  },
];

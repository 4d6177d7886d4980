// Identity glue: the ServiceAccount a job's pods run as, with the Role and RoleBinding its operator's Helm
// chart would give it. The Spark and Flink operators' charts create that account and its Role only in the
// namespaces named at install time (`spark.jobNamespaces`, `watchNamespaces`), so a job anywhere else would
// run as an account that does not exist. Unless the Blueprint names an existing ServiceAccount, the job's
// provider emits the three objects next to the job, named after it, with exactly upstream's rules.
import type { Health, HealthFacts, K8sObject } from "../../model/k8s-object.ts";
import type { JobRule, KindHealth } from "../types.ts";
import { checksFrom, type KindTable } from "./health-rules.ts";

const RBAC_API = "rbac.authorization.k8s.io/v1";

/** The kinds identity glue adds to a provider's `emits` (built-in, so each names its resource). */
export const IDENTITY_EMITS = [
  { apiVersion: "v1", kind: "ServiceAccount", resource: "serviceaccounts" },
  { apiVersion: RBAC_API, kind: "Role", resource: "roles" },
  { apiVersion: RBAC_API, kind: "RoleBinding", resource: "rolebindings" },
] as const;

/** Whether an object is identity glue (the operator skips these when the chart grants no job identity). */
export const isIdentityKind = (o: { apiVersion: string; kind: string }): boolean =>
  IDENTITY_EMITS.some((e) => e.apiVersion === o.apiVersion && e.kind === o.kind);

/** The ServiceAccount a job runs as: the Blueprint's, or the one `identityObjects` emits (the job's name). */
export const jobServiceAccount = (c: { serviceAccount: string; childName: string }): string =>
  c.serviceAccount || c.childName;

/**
 * The ServiceAccount, Role and RoleBinding of one job, all named after it, in `namespace` (the job's own,
 * the Blueprint's); nothing when the Blueprint names its own ServiceAccount.
 */
export function identityObjects(
  c: { serviceAccount: string; childName: string },
  namespace: string,
  rules: readonly JobRule[],
): K8sObject[] {
  if (c.serviceAccount) return [];
  const name = c.childName;
  return [
    { apiVersion: "v1", kind: "ServiceAccount", metadata: { name } },
    {
      apiVersion: RBAC_API,
      kind: "Role",
      metadata: { name },
      rules: rules.map((r) => ({
        apiGroups: [...r.apiGroups],
        resources: [...r.resources],
        verbs: [...r.verbs],
      })),
    },
    {
      apiVersion: RBAC_API,
      kind: "RoleBinding",
      metadata: { name },
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name },
      // The API server refuses a ServiceAccount subject without its namespace.
      subjects: [{ kind: "ServiceAccount", name, namespace }],
    },
  ];
}

const present = (): Health => ({ state: "Ready", message: "present" });

/** Built-in kinds both GitOps tools judge on their own; present is all they need to be. */
const IDENTITY_HEALTH_RULES: readonly KindTable[] = IDENTITY_EMITS.map((e) => ({
  kind: e.kind,
  builtIn: present,
}));

/** A job provider's health and checks, extended to its identity glue. */
export function withIdentityHealth(
  health: (object: K8sObject, facts?: HealthFacts) => Health,
  checks: Readonly<Record<string, KindHealth>>,
): {
  health: (object: K8sObject, facts?: HealthFacts) => Health;
  healthChecks: Readonly<Record<string, KindHealth>>;
} {
  return {
    health: (object, facts) => (isIdentityKind(object) ? present() : health(object, facts)),
    healthChecks: { ...checks, ...checksFrom(IDENTITY_HEALTH_RULES) },
  };
}

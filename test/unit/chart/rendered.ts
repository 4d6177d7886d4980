// The chart as the unit tests read it: the three value sets rendered once per test file, and accessors for
// what they check: the operator's pod and container, its flags, and the RBAC rules.
import { beforeAll } from "vitest";
import { type Doc, only, type PolicyRule, render, VALUE_SETS } from "../../support/helm.ts";

/** The release namespace `helm template` renders into. */
export const NS = "tributary-system";

export const rulesOf = (d: Doc) => (d as unknown as { rules: PolicyRule[] }).rules;
export const rbacDocs = (docs: Doc[]) => docs.filter((d) => d.kind === "ClusterRole" || d.kind === "Role");

export interface Container {
  name: string;
  image: string;
  args: string[];
  env?: { name: string; value?: string; valueFrom?: Record<string, unknown> }[];
  ports: { name: string; containerPort: number }[];
  resources: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext: Record<string, unknown>;
  livenessProbe: { httpGet: { path: string; port: string } };
  readinessProbe: { httpGet: { path: string; port: string } };
  startupProbe?: { httpGet: { path: string; port: string } };
  volumeMounts: { name: string; mountPath: string; readOnly?: boolean }[];
}

export interface PodSpec {
  serviceAccountName: string;
  automountServiceAccountToken?: boolean;
  securityContext: Record<string, unknown>;
  containers: Container[];
  volumes: { name: string; emptyDir?: Record<string, unknown>; secret?: Record<string, unknown> }[];
  hostNetwork?: boolean;
  hostPID?: boolean;
  hostIPC?: boolean;
}

export const podSpec = (docs: Doc[]): PodSpec =>
  (only(docs, "Deployment") as unknown as { spec: { template: { spec: PodSpec } } }).spec.template.spec;
export const container = (docs: Doc[]): Container => podSpec(docs).containers[0]!;
/** The values of `--<flag>=` on the container's command line. */
export const arg = (c: Container, flag: string): string[] =>
  c.args.filter((a) => a.startsWith(`--${flag}=`)).map((a) => a.slice(flag.length + 3));

/** The three value sets, rendered in a beforeAll of the calling test file: read them in its tests. */
export function renderedValueSets(): Record<keyof typeof VALUE_SETS, Doc[]> {
  const rendered = {} as Record<keyof typeof VALUE_SETS, Doc[]>;
  beforeAll(async () => {
    const [d, n, g] = await Promise.all([
      render({ values: VALUE_SETS.default }),
      render({ values: VALUE_SETS.namespaced }),
      render({ values: VALUE_SETS.gitops }),
    ]);
    Object.assign(rendered, { default: d, namespaced: n, gitops: g });
  }, 600_000);
  return rendered;
}

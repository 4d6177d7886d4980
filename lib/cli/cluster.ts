// What `trib status` and `trib diff` share to reach a cluster: the operator's API client (kubeconfig from
// --kubeconfig, else $KUBECONFIG, ~/.kube/config, then the in-cluster ServiceAccount), loaded only by the
// commands that talk to a cluster, and the served resources of every kind Tributary emits.
import type { KubeClient } from "../../kube/client.ts";
import { type ApiResource, groupOf, type KObject } from "../../kube/objects.ts";
import { API_VERSION, KIND } from "../blueprint/api.ts";
import { providers } from "../providers/registry.ts";

export const clusterOptions = {
  kubeconfig: { type: "string" as const },
  context: { type: "string" as const },
};

/** The API client for the kubeconfig the flags (or the environment) name. */
export async function connectCluster(
  values: Record<string, unknown>,
  userAgent: string,
): Promise<KubeClient> {
  const { KubeClient } = await import("../../kube/client.ts");
  return KubeClient.load({
    kubeconfig: typeof values.kubeconfig === "string" && values.kubeconfig ? values.kubeconfig : undefined,
    context: typeof values.context === "string" && values.context ? values.context : undefined,
    userAgent,
  });
}

/** One served resource per group and kind the providers emit (the first served version); CRDs absent are skipped. */
export async function childResources(client: KubeClient): Promise<ApiResource[]> {
  const seen = new Set<string>();
  const candidates = providers()
    .flatMap((p) => p.emits)
    .filter((e) => {
      const k = `${e.apiVersion}/${e.kind}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  const served = await Promise.all(candidates.map((e) => client.resourceFor(e.apiVersion, e.kind)));
  const byGroupKind = new Map<string, ApiResource>();
  for (const r of served) {
    if (r && !byGroupKind.has(`${groupOf(r.apiVersion)}/${r.kind}`))
      byGroupKind.set(`${groupOf(r.apiVersion)}/${r.kind}`, r);
  }
  return [...byGroupKind.values()];
}

/** The Blueprint resource, when its CRD is installed. */
export const blueprintResource = (client: KubeClient): Promise<ApiResource | undefined> =>
  client.resourceFor(API_VERSION, KIND);

/** Lists set no apiVersion and kind on their items: put them back. */
export const typed = (r: ApiResource, items: readonly KObject[]): KObject[] =>
  items.map((o) => ({ ...o, apiVersion: r.apiVersion, kind: r.kind }));

/**
 * A request retried while the API server answers 429 (too many requests, or a resource's storage still
 * initializing after its CRD was created), as client-go retries them: up to 10 times, a second apart.
 */
export async function requestRetrying<T>(
  client: KubeClient,
  method: string,
  path: string,
  options: Parameters<KubeClient["request"]>[2] = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.request<T>(method, path, options);
    } catch (e) {
      if ((e as { status?: number }).status !== 429 || attempt >= 10) throw e;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

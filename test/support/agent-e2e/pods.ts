// Pods in the agent's end-to-end suite: create, get, wait for (with the agent's journal when it times out),
// delete, readiness, and their events.
import { waitFor } from "../../cluster/harness.ts";
import { withAgentLog } from "./units.ts";
import { cp, NS, node, TOLERATION } from "./world.ts";

export interface PodJson {
  metadata: { name: string; uid: string; deletionTimestamp?: string };
  status?: {
    phase?: string;
    reason?: string;
    message?: string;
    hostIP?: string;
    podIP?: string;
    conditions?: Array<{ type: string; status: string; reason?: string }>;
    containerStatuses?: Array<{
      name: string;
      image: string;
      imageID: string;
      containerID?: string;
      ready: boolean;
      started?: boolean;
      restartCount: number;
      state: Record<string, Record<string, unknown>>;
      lastState: Record<string, Record<string, unknown>>;
    }>;
  };
}

export const getPod = (name: string) => cp.request<PodJson>("GET", `/api/v1/namespaces/${NS}/pods/${name}`);

export async function waitPod(
  name: string,
  what: string,
  check: (p: PodJson) => boolean,
  timeoutMs = 60_000,
): Promise<PodJson> {
  let last: PodJson | undefined;
  return withAgentLog(
    waitFor(
      `pod ${name}: ${what}`,
      async () => {
        const r = await getPod(name);
        last = r.body;
        return r.status === 200 && check(r.body) ? r.body : undefined;
      },
      { timeoutMs, intervalMs: 250 },
    ).catch((e) => {
      throw new Error(`${(e as Error).message}\nlast seen: ${JSON.stringify(last?.status, null, 1)}`);
    }),
  );
}

/** Deletes the pod (the API server must accept it) and waits until it is gone. */
export async function deletePod(name: string, timeoutMs = 60_000): Promise<void> {
  const r = await cp.request("DELETE", `/api/v1/namespaces/${NS}/pods/${name}`);
  if (r.status !== 200) throw new Error(`delete pod ${name}: HTTP ${r.status} ${r.text}`);
  await withAgentLog(
    waitFor(`pod ${name} gone`, async () => (await getPod(name)).status === 404, {
      timeoutMs,
      intervalMs: 200,
    }),
  );
}

export const ready = (p: PodJson) =>
  p.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") === true;

/** A pod's spec for the suite's node: bound to it, tolerating its taint, with no service account token. */
export const onNode = (spec: Record<string, unknown>) => ({
  nodeName: node,
  tolerations: [TOLERATION],
  automountServiceAccountToken: false,
  ...spec,
});

export async function createPod(pod: Record<string, unknown>): Promise<void> {
  const r = await cp.request("POST", `/api/v1/namespaces/${NS}/pods`, {
    apiVersion: "v1",
    kind: "Pod",
    ...pod,
  });
  if (r.status !== 201) throw new Error(`create pod: HTTP ${r.status} ${r.text}`);
}

export async function events(
  podName: string,
): Promise<Array<{ reason: string; message: string; type: string }>> {
  const r = await cp.request<{ items: Array<{ reason: string; message: string; type: string }> }>(
    "GET",
    `/api/v1/namespaces/${NS}/events?fieldSelector=${encodeURIComponent(`involvedObject.name=${podName}`)}`,
  );
  return r.body.items ?? [];
}

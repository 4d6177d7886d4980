// The pod source: list the Pods bound to this node (`spec.nodeName`), then watch them from that list's
// resourceVersion; relist (with backoff) when the watch fails or its resourceVersion is too old. Every
// change asks for a reconcile pass.
import { sleep } from "../kube/time.ts";
import { Backoff } from "../kube/workqueue.ts";
import type { Pod } from "./pod/types.ts";
import { type AgentState, enc, podKey } from "./state.ts";

/** Runs until the agent stops; `synced` is called after each full list. */
export async function watchPods(state: AgentState, synced: () => void): Promise<void> {
  const { kube, pods, signal } = state;
  const nodeName = state.config.nodeName;
  const selector = enc(`spec.nodeName=${nodeName}`);
  const backoff = new Backoff(200, 10_000, () => 1);
  while (!signal.aborted) {
    try {
      const list = await kube.request<{ metadata: { resourceVersion: string }; items: Pod[] }>(
        "GET",
        `/api/v1/pods?fieldSelector=${selector}`,
      );
      pods.clear();
      for (const p of list.items) pods.set(podKey(p), p);
      synced();
      state.kick();
      let rv = list.metadata.resourceVersion;
      let gone = false;
      while (!gone && !signal.aborted) {
        await kube.watch<Pod & { metadata: { resourceVersion: string } }>(
          "/api/v1/pods",
          {
            fieldSelector: `spec.nodeName=${nodeName}`,
            allowWatchBookmarks: true,
            resourceVersion: rv,
            timeoutSeconds: 240 + Math.floor(Math.random() * 60),
          },
          (ev) => {
            if (ev.type === "ERROR") {
              gone = true;
              return;
            }
            rv = ev.object.metadata.resourceVersion ?? rv;
            if (ev.type === "BOOKMARK") return;
            const key = podKey(ev.object);
            if (ev.type === "DELETED") pods.delete(key);
            else pods.set(key, ev.object);
            state.kick();
          },
          signal,
        );
      }
      backoff.reset();
    } catch (e) {
      if (signal.aborted) break;
      state.log.warn("pod watch failed; relisting", { error: (e as Error).message });
      await sleep(backoff.next(), signal);
    }
  }
}

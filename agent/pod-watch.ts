// The pod source: list the Pods bound to this node (`spec.nodeName`), then watch them from that list's
// resourceVersion; relist (with backoff) when the watch fails or its resourceVersion is too old. Every
// change asks for a reconcile pass.
import type { Pod } from "./pod/types.ts";
import { type AgentState, enc, podKey, sleep } from "./state.ts";

/** Runs until the agent stops; `synced` is called after each full list. */
export async function watchPods(state: AgentState, synced: () => void): Promise<void> {
  const { kube, pods, signal } = state;
  const selector = enc(`spec.nodeName=${state.config.nodeName}`);
  let backoff = 200;
  while (!signal.aborted) {
    try {
      const list = await kube.must<{ metadata: { resourceVersion: string }; items: Pod[] }>(
        "GET",
        `/api/v1/pods?fieldSelector=${selector}`,
      );
      pods.clear();
      for (const p of list.body.items) pods.set(podKey(p), p);
      synced();
      state.kick();
      let rv = list.body.metadata.resourceVersion;
      let gone = false;
      while (!gone && !signal.aborted) {
        await kube.watch<Pod & { code?: number; metadata: { resourceVersion: string } }>(
          `/api/v1/pods?fieldSelector=${selector}&watch=1&allowWatchBookmarks=true&resourceVersion=${enc(rv)}&timeoutSeconds=${240 + Math.floor(Math.random() * 60)}`,
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
      backoff = 200;
    } catch (e) {
      if (signal.aborted) break;
      state.log("warn", "pod watch failed; relisting", { error: (e as Error).message });
      await sleep(backoff, signal);
      backoff = Math.min(backoff * 2, 10_000);
    }
  }
}

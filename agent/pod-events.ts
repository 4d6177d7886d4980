// Events about a Pod (Refused, FailedMount, Unhealthy, ...): each distinct reason and message once per Pod,
// also written to the agent's log.

import { metaTime } from "../kube/time.ts";
import type { Pod } from "./pod/types.ts";
import { type AgentState, enc, runtimeOf } from "./state.ts";

export async function podEvent(
  state: AgentState,
  pod: Pod,
  type: "Normal" | "Warning",
  reason: string,
  message: string,
): Promise<void> {
  const rt = runtimeOf(state, pod);
  const id = `${reason}\0${message}`;
  if (rt.events.has(id)) return;
  rt.events.add(id);
  const nodeName = state.config.nodeName;
  const now = metaTime();
  const ns = pod.metadata.namespace!;
  const r = await state.kube.send("POST", `/api/v1/namespaces/${enc(ns)}/events`, {
    body: {
      apiVersion: "v1",
      kind: "Event",
      metadata: { generateName: `${pod.metadata.name}.`, namespace: ns },
      involvedObject: {
        apiVersion: "v1",
        kind: "Pod",
        namespace: ns,
        name: pod.metadata.name,
        uid: pod.metadata.uid,
      },
      reason,
      message: message.slice(0, 1024),
      type,
      source: { component: "tributary-agent", host: nodeName },
      reportingComponent: "tributary-agent",
      reportingInstance: nodeName,
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
    },
  });
  if (r.status >= 300) state.log.warn("event not recorded", { pod: rt.key, status: r.status });
  state.log[type === "Warning" ? "warn" : "info"](message, { pod: rt.key, reason });
}

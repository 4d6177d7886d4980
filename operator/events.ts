// Kubernetes Events on Blueprints (core/v1, what `kubectl describe` and `kubectl events` show). Only
// actions make events (applied, pruned, retained, deleted, published, invalid, ready), so a steady state
// makes none; the same reason and message for the same object within ten minutes is not repeated. Events
// are best effort: a failure to record one is logged, never fails a reconcile.
import { randomBytes } from "node:crypto";
import type { KubeClient } from "../kube/client.ts";
import type { Logger } from "../kube/log.ts";

export interface Involved {
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string;
  uid: string;
}

export type EventType = "Normal" | "Warning";

const REPEAT_MS = 10 * 60_000;
const MAX_MESSAGE = 1024;

export class EventRecorder {
  private readonly recent = new Map<string, number>();

  constructor(
    private readonly client: KubeClient,
    private readonly instance: string,
    private readonly log: Logger,
    private readonly canWrite: () => boolean,
  ) {}

  emit(on: Involved, type: EventType, reason: string, message: string): void {
    const text = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
    const key = `${on.uid}\u0000${reason}\u0000${text}`;
    const now = Date.now();
    if ((this.recent.get(key) ?? 0) > now - REPEAT_MS) return;
    if (!this.canWrite()) return;
    this.recent.set(key, now);
    if (this.recent.size > 5000) {
      for (const [k, at] of this.recent) if (at <= now - REPEAT_MS) this.recent.delete(k);
    }
    const time = new Date(now).toISOString().replace(/\.\d{3}Z$/, "Z");
    const body = {
      apiVersion: "v1",
      kind: "Event",
      metadata: { name: `${on.name}.${randomBytes(8).toString("hex")}`, namespace: on.namespace },
      involvedObject: {
        apiVersion: on.apiVersion,
        kind: on.kind,
        name: on.name,
        namespace: on.namespace,
        uid: on.uid,
      },
      type,
      reason,
      message: text,
      source: { component: "tributary-operator" },
      reportingComponent: "tributary.dev/operator",
      reportingInstance: this.instance.slice(0, 128),
      firstTimestamp: time,
      lastTimestamp: time,
      count: 1,
    };
    this.client
      .request("POST", `/api/v1/namespaces/${on.namespace}/events`, { body })
      .catch((error: Error) => {
        this.log.debug("could not record an event", { reason, error: error.message });
      });
  }
}

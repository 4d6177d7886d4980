// Kubernetes Events on Blueprints (core/v1, what `kubectl describe` and `kubectl events` show). Only
// actions make events (applied, pruned, retained, deleted, published, invalid, ready), so a steady state
// makes none; the same reason and message for the same object within ten minutes is not repeated. Events
// are best effort: a failure to record one is logged, never fails a reconcile.
//
// Events yield to the writes that converge the stack. They wait in a queue while the operator has
// reconciles to run (`quiet` says when it has none) and go out one at a time once it is quiet, or once the
// oldest has waited MAX_WAIT_MS; an Event keeps the time of its action. In a rollout of 200 Blueprints the
// two Events of each (Created, Ready) cost the API server about a tenth of its time on a 2-core machine,
// posted beside the children's applies (bench/operator.ts). The queue holds at most MAX_PENDING Events
// (client-go's broadcaster drops beyond 1,000 queued too); a stopping operator posts what is left, for a
// bounded time (`drain`).
import { randomBytes } from "node:crypto";
import type { KubeClient } from "../kube/client.ts";
import type { Logger } from "../kube/log.ts";
import type { Counter, Gauge } from "../kube/metrics.ts";
import { metaTime } from "../kube/time.ts";

export interface Involved {
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string;
  uid: string;
}

export type EventType = "Normal" | "Warning";

export interface EventRecorderOptions {
  client: KubeClient;
  /** This replica's identity (the Events' reportingInstance). */
  instance: string;
  log: Logger;
  /** Whether this replica may write now (it leads): an Event made while it may not is not recorded. */
  canWrite: () => boolean;
  /** Whether the operator has nothing to reconcile: queued Events go out then. Default: always. */
  quiet?: () => boolean;
  /** Events by outcome (posted, failed, dropped), and how many wait. */
  metrics?: { events: Counter; eventsPending: Gauge };
}

const REPEAT_MS = 10 * 60_000;
const MAX_MESSAGE = 1024;
/** The longest an Event waits for the operator to be quiet. */
export const MAX_WAIT_MS = 30_000;
/** How often a queue that waits looks again. */
const POLL_MS = 200;
const MAX_PENDING = 1000;

interface Pending {
  at: number;
  reason: string;
  body: unknown;
  path: string;
}

export class EventRecorder {
  private readonly recent = new Map<string, number>();
  private readonly pending: Pending[] = [];
  private timer: NodeJS.Timeout | undefined;
  private sending: Promise<void> | undefined;
  private dropping = false;
  private closed = false;

  constructor(private readonly options: EventRecorderOptions) {}

  emit(on: Involved, type: EventType, reason: string, message: string): void {
    const text = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
    const key = `${on.uid}\u0000${reason}\u0000${text}`;
    const now = Date.now();
    if ((this.recent.get(key) ?? 0) > now - REPEAT_MS) return;
    if (!this.options.canWrite()) return;
    if (this.pending.length >= MAX_PENDING) {
      this.options.metrics?.events.inc({ result: "dropped" });
      if (!this.dropping) this.options.log.warn("event queue full: dropping events", { max: MAX_PENDING });
      this.dropping = true;
      return;
    }
    this.dropping = false;
    this.recent.set(key, now);
    if (this.recent.size > 5000) {
      for (const [k, at] of this.recent) if (at <= now - REPEAT_MS) this.recent.delete(k);
    }
    const time = metaTime(now);
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
      reportingInstance: this.options.instance.slice(0, 128),
      firstTimestamp: time,
      lastTimestamp: time,
      count: 1,
    };
    this.pending.push({ at: now, reason, body, path: `/api/v1/namespaces/${on.namespace}/events` });
    this.options.metrics?.eventsPending.set(this.pending.length);
    this.schedule();
  }

  /** Events made and not posted yet. */
  get queued(): number {
    return this.pending.length;
  }

  /** Posts every queued Event now, quiet or not, for at most `timeoutMs`; what is left then is dropped. */
  async drain(timeoutMs: number): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    const deadline = Date.now() + timeoutMs;
    await this.sending;
    await this.postWhile(() => Date.now() < deadline);
    if (this.pending.length > 0) {
      this.options.log.warn("stopping: events not posted", { count: this.pending.length });
      this.options.metrics?.events.inc({ result: "dropped" }, this.pending.length);
      this.pending.length = 0;
    }
    this.options.metrics?.eventsPending.set(0);
  }

  private schedule(): void {
    if (this.closed || this.timer || this.sending || this.pending.length === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // Due: the operator is quiet, or the oldest Event has waited long enough.
      const quiet = this.options.quiet ?? (() => true);
      this.sending = this.postWhile((next) => quiet() || Date.now() - next.at >= MAX_WAIT_MS).finally(() => {
        this.sending = undefined;
        this.schedule();
      });
    }, POLL_MS);
    this.timer.unref();
  }

  /** Posts queued Events, oldest first and one at a time, while `more` holds for the next one. */
  private async postWhile(more: (next: Pending) => boolean): Promise<void> {
    for (let next = this.pending[0]; next && more(next); next = this.pending[0]) {
      this.pending.shift();
      await this.post(next);
    }
  }

  private async post(p: Pending): Promise<void> {
    try {
      await this.options.client.request("POST", p.path, { body: p.body });
      this.options.metrics?.events.inc({ result: "posted" });
    } catch (error) {
      this.options.metrics?.events.inc({ result: "failed" });
      this.options.log.debug("could not record an event", {
        reason: p.reason,
        error: (error as Error).message,
      });
    }
    this.options.metrics?.eventsPending.set(this.pending.length);
  }
}

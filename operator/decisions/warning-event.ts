// The latest Warning Event about an object, as health rules read it (lib/providers/shared/health-rules.ts
// `warning` facts). Stackable operators write no status when a reconcile fails: the error goes to a Warning
// Event through kube-rs' Recorder (stackabletech/operator-rs crates/stackable-operator/src/logging/
// k8s_events.rs error_to_event), an events.k8s.io/v1 Event that the core v1 API serves with `regarding` as
// `involvedObject`, `note` as `message` and its time in `eventTime` (or `series.lastObservedTime` once it
// repeats); Events recorded through the core API carry `lastTimestamp` instead.
import type { HealthFacts } from "../../lib/model/k8s-object.ts";

export interface CoreEvent {
  type?: string;
  reason?: string;
  message?: string;
  eventTime?: string | null;
  lastTimestamp?: string | null;
  firstTimestamp?: string | null;
  series?: { lastObservedTime?: string } | null;
  metadata?: { creationTimestamp?: string };
}

/** When the Event last happened (ms), from whichever of its times is set. */
function lastSeen(e: CoreEvent): number {
  const times = [
    e.series?.lastObservedTime,
    e.lastTimestamp,
    e.eventTime,
    e.firstTimestamp,
    e.metadata?.creationTimestamp,
  ]
    .map((t) => Date.parse(t ?? ""))
    .filter((t) => !Number.isNaN(t));
  return times.length ? Math.max(...times) : 0;
}

/** The newest Warning among `events` (about one object), undefined when there is none. */
export function latestWarning(events: readonly CoreEvent[]): HealthFacts["warning"] {
  const warnings = events.filter((e) => e.type === "Warning" && e.reason);
  if (warnings.length === 0) return undefined;
  const newest = warnings.reduce((a, b) => (lastSeen(b) > lastSeen(a) ? b : a));
  return {
    reason: newest.reason!,
    message: newest.message ?? "",
    time: new Date(lastSeen(newest)).toISOString(),
  };
}

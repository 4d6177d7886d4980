// The operator's metrics, served at /metrics (the registry and metric types are kube/metrics.ts).
import { Counter, Gauge, Histogram, Registry } from "../kube/metrics.ts";

/** The operator's metrics. */
export class Metrics extends Registry {
  readonly reconciles = new Counter("tributary_reconcile_total", "Reconciles of Blueprints, by result.");
  readonly reconcileErrors = new Counter(
    "tributary_reconcile_errors_total",
    "Reconciles that failed and were retried with backoff.",
  );
  readonly reconcileDuration = new Histogram(
    "tributary_reconcile_duration_seconds",
    "Time spent reconciling one Blueprint.",
  );
  readonly queueDepth = new Gauge("tributary_workqueue_depth", "Blueprint keys waiting in the work queue.");
  readonly queueRetries = new Counter("tributary_workqueue_retries_total", "Keys re-queued after a failure.");
  readonly apiRequests = new Counter("tributary_api_requests_total", "Requests to the API server.");
  readonly apiWrites = new Counter(
    "tributary_api_writes_total",
    "Write requests (POST, PUT, PATCH, DELETE) to the API server, by verb.",
  );
  readonly apiLatency = new Histogram("tributary_api_request_duration_seconds", "API request latency.");
  readonly relists = new Counter(
    "tributary_informer_relists_total",
    "Lists by the informers (startup, 410 Gone).",
  );
  readonly watchErrors = new Counter(
    "tributary_informer_watch_errors_total",
    "Watches that failed and were resumed with backoff.",
  );
  readonly leader = new Gauge("tributary_leader", "1 while this replica holds the leader Lease.");
  readonly blueprints = new Gauge("tributary_blueprints", "Blueprints by condition.");
  readonly children = new Counter("tributary_child_operations_total", "Children applied, pruned, retained.");
  readonly childrenRemembered = new Gauge(
    "tributary_children_remembered",
    "Children whose last apply the operator keeps in memory; a deleted or released child's is dropped.",
  );
  readonly events = new Counter(
    "tributary_events_total",
    "Kubernetes Events on Blueprints, by result (posted, failed, dropped).",
  );
  readonly eventsPending = new Gauge(
    "tributary_events_pending",
    "Events waiting for the operator to be quiet (or for their longest wait) before they are posted.",
  );
  readonly publishes = new Counter("tributary_gitops_publishes_total", "Gitops publishes, by result.");
}

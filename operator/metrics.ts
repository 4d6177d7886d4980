// Prometheus metrics in the text exposition format (0.0.4), hand-written: counters and gauges with labels,
// and histograms with cumulative buckets.
type Labels = Record<string, string>;

const labelKey = (labels: Labels): string =>
  Object.keys(labels)
    .sort()
    .map(
      (k) => `${k}="${String(labels[k]).replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`,
    )
    .join(",");

const fmt = (n: number): string => (Number.isFinite(n) ? String(n) : n > 0 ? "+Inf" : n < 0 ? "-Inf" : "NaN");

abstract class Metric {
  constructor(
    readonly name: string,
    readonly help: string,
    readonly type: "counter" | "gauge" | "histogram",
  ) {}
  abstract lines(): string[];
  render(): string {
    return [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} ${this.type}`, ...this.lines()].join(
      "\n",
    );
  }
}

export class Counter extends Metric {
  private readonly values = new Map<string, number>();
  constructor(name: string, help: string) {
    super(name, help, "counter");
  }
  inc(labels: Labels = {}, by = 1): void {
    const k = labelKey(labels);
    this.values.set(k, (this.values.get(k) ?? 0) + by);
  }
  get(labels: Labels = {}): number {
    return this.values.get(labelKey(labels)) ?? 0;
  }
  lines(): string[] {
    return [...this.values].map(([k, v]) => `${this.name}${k ? `{${k}}` : ""} ${fmt(v)}`);
  }
}

export class Gauge extends Metric {
  private readonly values = new Map<string, number>();
  constructor(name: string, help: string) {
    super(name, help, "gauge");
  }
  set(value: number, labels: Labels = {}): void {
    this.values.set(labelKey(labels), value);
  }
  get(labels: Labels = {}): number {
    return this.values.get(labelKey(labels)) ?? 0;
  }
  lines(): string[] {
    return [...this.values].map(([k, v]) => `${this.name}${k ? `{${k}}` : ""} ${fmt(v)}`);
  }
}

export class Histogram extends Metric {
  private readonly series = new Map<string, { counts: number[]; sum: number; count: number }>();
  constructor(
    name: string,
    help: string,
    readonly buckets: readonly number[] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
  ) {
    super(name, help, "histogram");
  }
  observe(value: number, labels: Labels = {}): void {
    const k = labelKey(labels);
    let s = this.series.get(k);
    if (!s) {
      s = { counts: this.buckets.map(() => 0), sum: 0, count: 0 };
      this.series.set(k, s);
    }
    this.buckets.forEach((b, i) => {
      if (value <= b) s.counts[i]! += 1;
    });
    s.sum += value;
    s.count += 1;
  }
  count(labels: Labels = {}): number {
    return this.series.get(labelKey(labels))?.count ?? 0;
  }
  lines(): string[] {
    const out: string[] = [];
    for (const [k, s] of this.series) {
      const sep = k ? `${k},` : "";
      this.buckets.forEach((b, i) => {
        out.push(`${this.name}_bucket{${sep}le="${fmt(b)}"} ${s.counts[i]}`);
      });
      out.push(`${this.name}_bucket{${sep}le="+Inf"} ${s.count}`);
      out.push(`${this.name}_sum${k ? `{${k}}` : ""} ${fmt(s.sum)}`);
      out.push(`${this.name}_count${k ? `{${k}}` : ""} ${s.count}`);
    }
    return out;
  }
}

/** The operator's metrics. */
export class Metrics {
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
  readonly publishes = new Counter("tributary_gitops_publishes_total", "Gitops publishes, by result.");

  private all(): Metric[] {
    return Object.values(this).filter((m): m is Metric => m instanceof Metric);
  }

  render(): string {
    return `${this.all()
      .map((m) => m.render())
      .join("\n")}\n`;
  }
}

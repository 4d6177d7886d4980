// The operator's HTTP endpoints: /metrics (Prometheus text, with the Blueprints counted by Ready at each
// scrape), /healthz and /livez (the process answers), /readyz (the informers synced); and the
// `--http-address` syntax.
import http from "node:http";
import type { Cache } from "./cache.ts";
import type { Metrics } from "./metrics.ts";

/** `host:port`, `:port` (all interfaces) or `port`. */
export function parseAddress(address: string): { host: string | undefined; port: number } {
  const m = /^(?:(.*):)?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`not an address: ${address} (expected host:port or :port)`);
  const host = m[1] ? m[1].replace(/^\[(.*)\]$/, "$1") : undefined;
  return { host, port: Number(m[2]) };
}

export interface Endpoints {
  metrics: Metrics;
  cache: Cache;
  isReady(): boolean;
}

/** Listens on `address`; resolves once listening. */
export async function serveEndpoints(address: string, e: Endpoints): Promise<http.Server> {
  const { host, port } = parseAddress(address);
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/metrics") {
      blueprintGauges(e);
      res.writeHead(200, { "content-type": "text/plain; version=0.0.4; charset=utf-8" });
      res.end(e.metrics.render());
    } else if (path === "/healthz" || path === "/livez") {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("ok\n");
    } else if (path === "/readyz") {
      const ready = e.isReady();
      res.writeHead(ready ? 200 : 503, { "content-type": "text/plain" });
      res.end(ready ? "ok\n" : "informers not synced\n");
    } else {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found\n");
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}

function blueprintGauges({ cache, metrics }: Endpoints): void {
  const counts = { True: 0, False: 0, Unknown: 0 };
  for (const key of cache.blueprintKeys()) {
    const status = cache.blueprint(key)?.status as
      | { conditions?: { type: string; status: string }[] }
      | undefined;
    const ready = status?.conditions?.find((c) => c.type === "Ready")?.status ?? "Unknown";
    counts[ready as keyof typeof counts] = (counts[ready as keyof typeof counts] ?? 0) + 1;
  }
  for (const [ready, n] of Object.entries(counts)) metrics.blueprints.set(n, { ready });
}

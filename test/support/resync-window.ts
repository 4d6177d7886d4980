// What a converged operator does during a window of resyncs: the requests it makes (from the API server's
// audit log) and its reconciles (from its metrics). The operator-resilience test asserts on it (no write at
// all) and the operator bench reports it at scale: one measurement, so both speak of the same figure.

import { sleep } from "../../kube/time.ts";
import type { AuditEvent } from "../cluster/harness.ts";
import { metricValue, type OperatorProcess, readAudit, writesBy } from "./operator.ts";

export interface ResyncWindow {
  /** Requests of the operator that completed in the window (reads and writes). */
  requests: AuditEvent[];
  /** The write requests among them. */
  writes: AuditEvent[];
  /** Reconciles in the window (tributary_reconcile_total). */
  reconciles: number;
  /** The operator's metrics text at the start and at the end of the window. */
  metricsBefore: string;
  metricsAfter: string;
  /** How long the window really lasted. */
  elapsedMs: number;
}

/**
 * Lets the last writes of convergence land (5 s), then watches `op` for `windowMs`. `auditLogPath` is the
 * control plane's audit log; the operator's requests are told apart by its identity in the user agent.
 */
export async function resyncWindow(
  op: OperatorProcess,
  auditLogPath: string,
  windowMs: number,
): Promise<ResyncWindow> {
  await sleep(5_000);
  const auditBefore = readAudit(auditLogPath).length;
  const metricsBefore = await op.metrics();
  const started = Date.now();
  await sleep(windowMs);
  const events = readAudit(auditLogPath).slice(auditBefore);
  const metricsAfter = await op.metrics();
  const agent = `(${op.identity})`;
  return {
    requests: events.filter((e) => (e.userAgent ?? "").includes(agent) && e.stage === "ResponseComplete"),
    writes: writesBy(events, agent),
    reconciles:
      metricValue(metricsAfter, "tributary_reconcile_total") -
      metricValue(metricsBefore, "tributary_reconcile_total"),
    metricsBefore,
    metricsAfter,
    elapsedMs: Date.now() - started,
  };
}

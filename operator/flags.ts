// The operator's command line, shared by `trib operator` and `node operator/main.ts`: flags → options.
// Plain data and checks only (the CLI lists the command without loading the controller).
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { ParseArgsConfig } from "node:util";
import { isLevel } from "../kube/log.ts";
import { isRemote } from "../lib/git-writer/git.ts";
import type { OperatorOptions } from "./controller.ts";
import { parseAddress } from "./http.ts";

export class OperatorUsageError extends Error {}

export const OPERATOR_OPTIONS = {
  kubeconfig: { type: "string" },
  context: { type: "string" },
  namespace: { type: "string", short: "n", multiple: true },
  concurrency: { type: "string", default: "4" },
  "resync-period": { type: "string", default: "10m" },
  mode: { type: "string", default: "apply" },
  repo: { type: "string" },
  branch: { type: "string" },
  cluster: { type: "string", default: "in-cluster" },
  push: { type: "boolean" },
  "repo-url": { type: "string" },
  "source-commit": { type: "string" },
  "source-repo-url": { type: "string" },
  "no-leader-election": { type: "boolean" },
  "no-job-identity": { type: "boolean" },
  "leader-election-namespace": { type: "string" },
  "leader-election-name": { type: "string", default: "tributary-operator" },
  "lease-duration": { type: "string", default: "15s" },
  "renew-deadline": { type: "string", default: "10s" },
  "retry-period": { type: "string", default: "2s" },
  identity: { type: "string" },
  "http-address": { type: "string", default: ":8080" },
  "log-level": { type: "string", default: "info" },
} satisfies NonNullable<ParseArgsConfig["options"]>;

export const OPERATOR_HELP = `Usage: trib operator [--kubeconfig <file>] [-n <namespace>]... [--concurrency <n>]
                     [--mode apply|gitops [--repo <path|url>] ...] [options]

Runs the Blueprint operator: watches Blueprints (tributary.dev/v1alpha1) and reconciles each one.

  apply mode (default)  server-side applies every child (field manager \`tributary\`, owner reference
                        to the Blueprint), prunes children that left the Blueprint (those whose
                        deletionPolicy is Retain are kept, released and reported), reads each child's
                        health from its operator's status, and writes the Blueprint's status: Ready,
                        Reconciling, Stalled (kstatus), per-component health with the child's own
                        message, and the endpoints other Blueprints reference. Deleting a Blueprint
                        deletes its children in reverse waves and keeps Retain ones.
  gitops mode           publishes exactly what \`trib publish <namespace>/<name>.yaml\` would commit,
                        and reports the commit on the status; nothing is applied.

Options:
  --kubeconfig <file>            kubeconfig (default: $KUBECONFIG, ~/.kube/config, in-cluster)
  --context <name>               kubeconfig context
  -n, --namespace <ns>           watch this namespace (repeat, or comma-separate; default: all)
  --concurrency <n>              Blueprints reconciled at once (default 4)
  --resync-period <d>            reconcile every Blueprint again this often, from the cache (default 10m)
  --mode apply|gitops            (default apply)
  --repo <path|url>              gitops: the repository (a bare repository works; a URL needs --push)
  --branch <b>                   gitops: branch (default: the checked-out branch, or main)
  --cluster <name>               gitops: cluster directory (default in-cluster)
  --push                         gitops: push to the remote
  --repo-url <url>               gitops: the URL Argo CD clones
  --source-commit <sha>          gitops: source commit recorded in provenance (default 0000000)
  --source-repo-url <url>        gitops: source repository recorded in provenance (default none)
  --no-leader-election           always lead (run a single replica only)
  --no-job-identity              not granted the jobs' ServiceAccounts, Roles and RoleBindings (the
                                 chart's jobIdentity: false): a Blueprint whose Spark or Flink job
                                 names no serviceAccount is Stalled instead of applied
  --leader-election-namespace    namespace of the Lease (default: $POD_NAMESPACE, the first
                                 --namespace, or default)
  --leader-election-name <name>  the Lease's name (default tributary-operator)
  --lease-duration <d>           (default 15s)   --renew-deadline <d> (default 10s)
  --retry-period <d>             (default 2s)
  --identity <id>                this replica's name in the Lease and the User-Agent
                                 (default: <hostname>_<random>)
  --http-address <host:port>     /metrics, /healthz, /readyz (default :8080; "off" disables)
  --log-level debug|info|warn|error   JSON logs on stderr (default info)

Durations: 500ms, 2s, 10m, 1h. Stops cleanly on SIGTERM or SIGINT.`;

export function parseDuration(text: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(text.trim());
  if (!m) throw new OperatorUsageError(`--${flag} must be a duration like 500ms, 2s, 10m or 1h`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as "ms" | "s" | "m" | "h"];
  return Math.round(Number(m[1]) * unit);
}

type Values = Record<string, unknown>;

export function operatorOptions(values: Values, cwd = process.cwd(), env = process.env): OperatorOptions {
  const str = (k: string) => (values[k] === undefined ? undefined : String(values[k]));
  const namespaces = ((values.namespace as string[] | undefined) ?? [])
    .flatMap((n) => n.split(","))
    .map((n) => n.trim())
    .filter(Boolean);
  const concurrency = Number(str("concurrency"));
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
    throw new OperatorUsageError("--concurrency must be an integer from 1 to 64");
  const mode = str("mode");
  if (mode !== "apply" && mode !== "gitops") throw new OperatorUsageError("--mode must be apply or gitops");
  const repo = str("repo");
  if (mode === "gitops" && !repo) throw new OperatorUsageError("--mode gitops needs --repo <path|url>");
  if (mode === "gitops" && repo && isRemote(repo) && !values.push)
    throw new OperatorUsageError(`--repo ${repo} is a remote: gitops mode needs --push to publish to it`);
  const sourceCommit = str("source-commit");
  if (sourceCommit !== undefined && !/^[0-9a-f]{7,64}$/.test(sourceCommit))
    throw new OperatorUsageError("--source-commit must be a commit SHA (7 to 64 hexadecimal digits)");
  const level = str("log-level") ?? "info";
  if (!isLevel(level)) throw new OperatorUsageError("--log-level must be debug, info, warn or error");
  const http = str("http-address");
  if (http !== undefined && http !== "off") {
    try {
      parseAddress(http);
    } catch (error) {
      throw new OperatorUsageError(`--http-address: ${(error as Error).message}`);
    }
  }
  const identity = str("identity") ?? `${hostname()}_${randomUUID().slice(0, 8)}`;
  const leaseDurationMs = parseDuration(str("lease-duration")!, "lease-duration");
  const renewDeadlineMs = parseDuration(str("renew-deadline")!, "renew-deadline");
  const retryPeriodMs = parseDuration(str("retry-period")!, "retry-period");
  if (!(leaseDurationMs > renewDeadlineMs && renewDeadlineMs > retryPeriodMs * 1.2))
    throw new OperatorUsageError(
      "leader election needs --lease-duration > --renew-deadline > 1.2 × --retry-period",
    );
  return {
    kubeconfig: str("kubeconfig"),
    context: str("context"),
    namespaces,
    concurrency,
    resyncPeriodMs: parseDuration(str("resync-period")!, "resync-period"),
    mode,
    gitops:
      mode === "gitops"
        ? {
            repo: repo!,
            branch: str("branch"),
            cluster: str("cluster") ?? "in-cluster",
            push: values.push === true,
            repoURL: str("repo-url"),
            sourceCommit,
            sourceRepoURL: str("source-repo-url"),
            cwd,
          }
        : undefined,
    leaderElection: values["no-leader-election"]
      ? false
      : {
          namespace: str("leader-election-namespace") ?? env.POD_NAMESPACE ?? namespaces[0] ?? "default",
          name: str("leader-election-name") ?? "tributary-operator",
          leaseDurationMs,
          renewDeadlineMs,
          retryPeriodMs,
        },
    identity,
    jobIdentity: values["no-job-identity"] !== true,
    httpAddress: http === "off" ? undefined : http,
    logLevel: level,
  };
}

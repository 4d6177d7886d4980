import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { KubeClient, type KubeResponse } from "../../../kube/client.ts";
import type { Command } from "../command.ts";
import { UsageError } from "../usage-error.ts";

const DURATION = /^(\d+)(s|m|h)$/;

/** The kubeconfig kubectl would use: --kubeconfig, else the first file in $KUBECONFIG, else ~/.kube/config. */
function kubeconfigPath(flag: unknown): string {
  if (typeof flag === "string" && flag !== "") return flag;
  const env = process.env.KUBECONFIG?.split(path.delimiter).find((p) => p !== "" && existsSync(p));
  return env ?? path.join(os.homedir(), ".kube", "config");
}

interface PodView {
  metadata?: { annotations?: Record<string, string> };
  spec?: { nodeName?: string; containers?: Array<{ name: string }> };
}

export const logs: Command = {
  name: "logs",
  help: `Usage: trib logs <namespace>/<pod> [-c <container>] [-f] [--tail <n>] [--since <10s|5m|1h>]
                 [--timestamps] [--kubeconfig <path>]

Prints the log of one container of a pod, through the API server's pods/log endpoint, exactly as
kubectl logs does. On nodes run by the Tributary agent the lines come from the systemd journal of
the container's unit (its stdout and stderr); on other nodes, from the kubelet.

Options:
  -c, --container <name>   the container (default: the pod's default-container annotation, or
                           its only container)
  -f, --follow             keep streaming new lines until interrupted
      --tail <n>           only the last n lines
      --since <d>          only lines newer than a duration (e.g. 30s, 5m, 1h)
      --timestamps         prefix each line with its RFC 3339 time
      --kubeconfig <path>  kubeconfig (default: $KUBECONFIG, then ~/.kube/config)

Exit codes: 0 log printed (or followed until the stream ended), 1 pod, container or API error,
2 usage error.

Examples:
  trib logs streaming/kafka-broker-0
  trib logs streaming/ingest-7f9c -c app -f --tail 20`,
  options: {
    container: { type: "string", short: "c" },
    follow: { type: "boolean", short: "f" },
    tail: { type: "string" },
    since: { type: "string" },
    timestamps: { type: "boolean" },
    kubeconfig: { type: "string" },
  },
  async run({ positionals, values }, io) {
    if (positionals.length !== 1) throw new UsageError("expected exactly one <namespace>/<pod>");
    const m = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?)\/([a-z0-9]([-a-z0-9.]*[a-z0-9])?)$/.exec(positionals[0]!);
    if (!m) throw new UsageError(`${JSON.stringify(positionals[0])} is not <namespace>/<pod>`);
    const ns = m[1]!;
    const name = m[3]!;
    const query = new URLSearchParams();
    if (values.tail !== undefined) {
      if (!/^\d+$/.test(String(values.tail))) throw new UsageError("--tail needs a non-negative integer");
      query.set("tailLines", String(values.tail));
    }
    if (values.since !== undefined) {
      const d = DURATION.exec(String(values.since));
      if (!d) throw new UsageError("--since needs a duration like 30s, 5m or 1h");
      query.set("sinceSeconds", String(Number(d[1]) * { s: 1, m: 60, h: 3600 }[d[2] as "s" | "m" | "h"]));
    }
    if (values.follow) query.set("follow", "true");
    if (values.timestamps) query.set("timestamps", "true");

    const configPath = kubeconfigPath(values.kubeconfig);
    let kube: KubeClient;
    try {
      kube = KubeClient.load({ kubeconfig: configPath, userAgent: "trib-logs" });
    } catch (e) {
      io.err(`trib logs: cannot read kubeconfig ${configPath}: ${(e as Error).message}\n`);
      return 1;
    }
    const podPath = `/api/v1/namespaces/${ns}/pods/${name}`;
    let pod: KubeResponse<PodView & { message?: string }>;
    try {
      pod = await kube.send<PodView & { message?: string }>("GET", podPath);
    } catch (e) {
      // The API server unreachable (refused, timed out, a TLS failure): an API error, as --help says.
      io.err(`trib logs: ${(e as Error).message}\n`);
      return 1;
    }
    if (pod.status === 404) {
      io.err(`trib logs: pod ${ns}/${name} not found\n`);
      return 1;
    }
    if (pod.status !== 200) {
      io.err(`trib logs: GET pod ${ns}/${name}: HTTP ${pod.status}: ${pod.body.message ?? pod.text}\n`);
      return 1;
    }
    const containers = (pod.body.spec?.containers ?? []).map((c) => c.name);
    let container = typeof values.container === "string" ? values.container : undefined;
    container ??= pod.body.metadata?.annotations?.["kubectl.kubernetes.io/default-container"];
    if (container === undefined) {
      if (containers.length !== 1) {
        io.err(`trib logs: pod ${ns}/${name} has containers [${containers.join(" ")}]: choose one with -c\n`);
        return 1;
      }
      container = containers[0]!;
    }
    if (!containers.includes(container)) {
      io.err(
        `trib logs: container ${container} is not in pod ${ns}/${name} (containers: ${containers.join(", ")})\n`,
      );
      return 1;
    }
    query.set("container", container);

    const decoder = new TextDecoder("utf-8");
    const abort = new AbortController();
    const onSignal = () => abort.abort();
    process.once("SIGINT", onSignal);
    try {
      await kube.stream(
        `${podPath}/log?${query}`,
        (chunk) => io.out(decoder.decode(chunk, { stream: true })),
        abort.signal,
      );
      const rest = decoder.decode();
      if (rest) io.out(rest);
      return 0;
    } catch (e) {
      // An API error, or the stream broken off by the network.
      io.err(`trib logs: ${ns}/${name} container ${container}: ${(e as Error).message.trim()}\n`);
      return 1;
    } finally {
      process.off("SIGINT", onSignal);
    }
  },
};

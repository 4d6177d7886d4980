// A container's probe as the agent runs it: exec (a command inside the package), TCP or HTTP to the pod's
// IP, with Kubernetes' timing defaults. An error names what the agent cannot run.
import { inPackage } from "../../packages/map.ts";
import { assertRepresentable } from "../../systemd/escape.ts";
import type { Container, Probe } from "../types.ts";
import type { PlannedProbe } from "./types.ts";

const portOf = (c: Container, port: number | string | undefined): number | undefined => {
  if (typeof port === "number") return Number.isInteger(port) && port > 0 && port < 65536 ? port : undefined;
  if (typeof port === "string") {
    if (/^\d+$/.test(port)) return portOf(c, Number(port));
    return c.ports?.find((p) => p.name === port)?.containerPort;
  }
  return undefined;
};

export function planProbe(
  p: Probe,
  c: Container,
  root: string,
  commandDir?: string,
): PlannedProbe | { error: string } {
  const n = (v: number | undefined, d: number, min: number) =>
    v === undefined ? d : Number.isInteger(v) && v >= min ? v : Number.NaN;
  const timing = {
    initialDelaySeconds: n(p.initialDelaySeconds, 0, 0),
    periodSeconds: n(p.periodSeconds, 10, 1),
    timeoutSeconds: n(p.timeoutSeconds, 1, 1),
    successThreshold: n(p.successThreshold, 1, 1),
    failureThreshold: n(p.failureThreshold, 3, 1),
  };
  if (Object.values(timing).some(Number.isNaN)) return { error: "timing fields must be positive integers" };
  if (p.grpc !== undefined) return { error: "grpc probes are not supported" };
  const kinds = [p.exec, p.tcpSocket, p.httpGet].filter((x) => x !== undefined);
  if (kinds.length !== 1)
    return { error: "exactly one of exec, tcpSocket, httpGet is needed (grpc is not supported)" };
  if (p.exec) {
    const command = p.exec.command ?? [];
    if (command.length === 0) return { error: "exec without a command" };
    // A relative command (`zookeeperReady.sh`) is looked up where the package map says the image's PATH has it.
    const argv =
      commandDir && !command[0]!.startsWith("/") && !command[0]!.includes("/")
        ? [`${commandDir.replace(/\/$/, "")}/${command[0]}`, ...command.slice(1)]
        : command;
    const exe = inPackage(root, argv[0]!, "exec probe command");
    if ("error" in exe) return { error: exe.error };
    for (const a of argv) {
      try {
        assertRepresentable(a, "exec probe argument");
      } catch (e) {
        return { error: (e as Error).message };
      }
    }
    return { action: { kind: "exec", argv: [exe.path, ...argv.slice(1)] }, ...timing };
  }
  if (p.tcpSocket) {
    if (p.tcpSocket.host) return { error: "tcpSocket.host is not supported (probes go to the pod's IP)" };
    const port = portOf(c, p.tcpSocket.port);
    if (port === undefined) return { error: `port ${JSON.stringify(p.tcpSocket.port)} does not resolve` };
    return { action: { kind: "tcp", port }, ...timing };
  }
  const h = p.httpGet!;
  if (h.host) return { error: "httpGet.host is not supported (probes go to the pod's IP)" };
  const port = portOf(c, h.port);
  if (port === undefined) return { error: `port ${JSON.stringify(h.port)} does not resolve` };
  const scheme = (h.scheme ?? "HTTP").toUpperCase();
  if (scheme !== "HTTP" && scheme !== "HTTPS") return { error: `scheme ${h.scheme} is not HTTP or HTTPS` };
  const path = h.path ?? "/";
  if (!path.startsWith("/") || /[\s\0]/.test(path))
    return { error: "httpGet.path must start with / and have no spaces" };
  const headers: Array<[string, string]> = [];
  for (const hd of h.httpHeaders ?? []) {
    if (!hd.name || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(hd.name) || /[\r\n\0]/.test(hd.value ?? "")) {
      return { error: `bad HTTP header ${JSON.stringify(hd.name)}` };
    }
    headers.push([hd.name, hd.value ?? ""]);
  }
  return {
    action: { kind: "http", port, path, scheme: scheme === "HTTPS" ? "https" : "http", headers },
    ...timing,
  };
}

// The agent's configuration file (YAML), parsed and checked here; every problem is reported at once.
import { parse as parseYaml } from "yaml";
import { SAFE_PATH } from "./systemd/escape.ts";

export interface PackageEntry {
  /** Image pattern: `*` matches any run of characters, `?` one; anything else literally. */
  image: string;
  /** Tarball (.tar, .tar.gz, .tgz, .tar.xz…) by local path or http(s) URL; exactly one of the two. */
  path?: string;
  url?: string;
  /** Lower-case hex SHA-256 of the tarball: checked before anything is unpacked. */
  sha256: string;
  /** Directory inside the tarball that is the image's root (default: the tarball's root). */
  root?: string;
  /** The image's ENTRYPOINT, as absolute paths inside the package root. */
  entrypoint?: string[];
  /** The image's CMD (the arguments used when a container gives neither command nor args). */
  cmd?: string[];
  /** The image's WORKDIR inside the package (default `/`). */
  workingDir?: string;
  /**
   * Where a relative exec-probe command is found (Pravega's `zookeeperReady.sh`), as the image's PATH would
   * find it: one absolute directory inside the package.
   */
  commandDir?: string;
}

export interface AgentConfig {
  nodeName: string;
  kubeconfig: string;
  /** The node's address (InternalIP, and hostIP/podIP of its pods); default: first non-loopback IPv4. */
  nodeIP?: string;
  labels: Record<string, string>;
  maxPods: number;
  leaseDurationSeconds: number;
  /** Where pod units are written (a systemd unit directory); /run so nothing starts at boot by itself. */
  unitDirectory: string;
  /** Per-pod runtime files (environment files, ConfigMaps, Secrets): tmpfs, never on disk. */
  runtimeDirectory: string;
  /** Name under /var/lib for packages, emptyDirs and data (systemd StateDirectory= semantics). */
  stateDirectory: string;
  /** Seconds between full reconciliations (unit state polled, probes scheduled). */
  syncPeriodSeconds: number;
  /** The kubelet-style endpoint the API server proxies `pods/log` to. */
  server?: { port: number; address: string; certFile: string; keyFile: string; clientCAFile: string };
  packages: PackageEntry[];
  /** Executables the agent runs on the host. */
  tools: {
    systemctl: string;
    journalctl: string;
    chown: string;
    tar: string;
    nsenter: string;
    setpriv: string;
  };
}

export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(readonly problems: string[]) {
    super(`invalid agent configuration:\n  ${problems.join("\n  ")}`);
  }
}

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const SHA256 = /^[0-9a-f]{64}$/;
const STATE_NAME = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;

const DEFAULT_TOOLS = {
  systemctl: "/usr/bin/systemctl",
  journalctl: "/usr/bin/journalctl",
  chown: "/usr/bin/chown",
  tar: "/usr/bin/tar",
  nsenter: "/usr/bin/nsenter",
  setpriv: "/usr/bin/setpriv",
};

/** Parse and check the configuration text; `hostname` is the default node name. */
export function parseConfig(text: string, hostname: string): AgentConfig {
  const raw = (parseYaml(text) ?? {}) as Record<string, unknown>;
  const problems: string[] = [];
  const known = new Set([
    "nodeName",
    "kubeconfig",
    "nodeIP",
    "labels",
    "maxPods",
    "leaseDurationSeconds",
    "unitDirectory",
    "runtimeDirectory",
    "stateDirectory",
    "syncPeriodSeconds",
    "server",
    "packages",
    "tools",
  ]);
  if (typeof raw !== "object" || Array.isArray(raw))
    throw new ConfigError(["the file is not a YAML mapping"]);
  for (const k of Object.keys(raw)) if (!known.has(k)) problems.push(`unknown key ${k}`);

  const str = (k: string, dflt?: string): string => {
    const v = raw[k] ?? dflt;
    if (typeof v !== "string" || v === "") problems.push(`${k} must be a non-empty string`);
    return String(v ?? "");
  };
  const num = (k: string, dflt: number, min: number, max: number): number => {
    const v = raw[k] ?? dflt;
    if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) {
      problems.push(`${k} must be an integer in [${min}, ${max}]`);
    }
    return Number(v);
  };
  const absPath = (k: string, v: string) => {
    if (!SAFE_PATH.test(v) || v === "/" || v.endsWith("/") || v.split("/").some((x) => x === "..")) {
      problems.push(`${k} must be a normalized absolute path of [A-Za-z0-9._+@-] components (got ${v})`);
    }
  };

  const nodeName = str("nodeName", hostname.toLowerCase());
  if (!DNS_SUBDOMAIN.test(nodeName) || nodeName.length > 253)
    problems.push(`nodeName ${nodeName} is not DNS-1123`);
  const kubeconfig = str("kubeconfig", "/etc/tributary/kubeconfig");
  const nodeIP = raw.nodeIP === undefined ? undefined : str("nodeIP");
  const labels: Record<string, string> = {};
  if (raw.labels !== undefined) {
    if (typeof raw.labels !== "object" || raw.labels === null || Array.isArray(raw.labels)) {
      problems.push("labels must be a mapping");
    } else {
      for (const [k, v] of Object.entries(raw.labels)) {
        if (typeof v !== "string" || !LABEL_VALUE.test(v) || v.length > 63)
          problems.push(`label ${k}: bad value`);
        else labels[k] = v;
      }
    }
  }
  const unitDirectory = str("unitDirectory", "/run/systemd/system");
  absPath("unitDirectory", unitDirectory);
  const runtimeDirectory = str("runtimeDirectory", "/run/tributary");
  absPath("runtimeDirectory", runtimeDirectory);
  const stateDirectory = str("stateDirectory", "tributary");
  if (!STATE_NAME.test(stateDirectory))
    problems.push("stateDirectory must be a relative name like `tributary`");

  let server: AgentConfig["server"];
  if (raw.server !== undefined) {
    const s = raw.server as Record<string, unknown>;
    const need = ["certFile", "keyFile", "clientCAFile"];
    for (const k of need) if (typeof s?.[k] !== "string") problems.push(`server.${k} must be a path`);
    const port = s?.port ?? 10250;
    if (typeof port !== "number" || !Number.isInteger(port) || port < 1 || port > 65535) {
      problems.push("server.port must be a TCP port");
    }
    server = {
      port: Number(port),
      address: typeof s?.address === "string" ? s.address : "0.0.0.0",
      certFile: String(s?.certFile),
      keyFile: String(s?.keyFile),
      clientCAFile: String(s?.clientCAFile),
    };
  }

  const packages: PackageEntry[] = [];
  const rawPackages = raw.packages ?? [];
  if (!Array.isArray(rawPackages)) problems.push("packages must be a list");
  else {
    rawPackages.forEach((p: Record<string, unknown>, i: number) => {
      const at = `packages[${i}]`;
      const allowed = new Set([
        "image",
        "path",
        "url",
        "sha256",
        "root",
        "entrypoint",
        "cmd",
        "workingDir",
        "commandDir",
      ]);
      for (const k of Object.keys(p ?? {})) if (!allowed.has(k)) problems.push(`${at}: unknown key ${k}`);
      if (typeof p?.image !== "string" || p.image === "") problems.push(`${at}.image must be a pattern`);
      if ((p?.path === undefined) === (p?.url === undefined))
        problems.push(`${at}: give exactly one of path, url`);
      if (p?.path !== undefined && (typeof p.path !== "string" || !p.path.startsWith("/"))) {
        problems.push(`${at}.path must be an absolute path`);
      }
      if (p?.url !== undefined && (typeof p.url !== "string" || !/^https?:\/\//.test(p.url))) {
        problems.push(`${at}.url must be an http(s) URL`);
      }
      if (typeof p?.sha256 !== "string" || !SHA256.test(p.sha256)) {
        problems.push(`${at}.sha256 must be 64 lower-case hex digits (a quoted string in YAML)`);
      }
      const strings = (k: string) => {
        const v = p?.[k];
        if (v === undefined) return undefined;
        if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) {
          problems.push(`${at}.${k} must be a list of strings`);
          return undefined;
        }
        return v as string[];
      };
      if (p?.commandDir !== undefined && (typeof p.commandDir !== "string" || !p.commandDir.startsWith("/")))
        problems.push(`${at}.commandDir must be an absolute directory inside the package`);
      const root = p?.root;
      if (root !== undefined && (typeof root !== "string" || root.split("/").some((x) => x === ".."))) {
        problems.push(`${at}.root must be a relative directory without ..`);
      }
      packages.push({
        image: String(p?.image),
        ...(p?.path !== undefined ? { path: String(p.path) } : {}),
        ...(p?.url !== undefined ? { url: String(p.url) } : {}),
        sha256: String(p?.sha256),
        ...(typeof root === "string" ? { root } : {}),
        ...(strings("entrypoint") ? { entrypoint: strings("entrypoint") } : {}),
        ...(strings("cmd") ? { cmd: strings("cmd") } : {}),
        ...(typeof p?.workingDir === "string" ? { workingDir: p.workingDir } : {}),
        ...(typeof p?.commandDir === "string" ? { commandDir: p.commandDir } : {}),
      });
    });
  }

  const tools = { ...DEFAULT_TOOLS };
  if (raw.tools !== undefined) {
    for (const [k, v] of Object.entries(raw.tools as Record<string, unknown>)) {
      if (!(k in tools)) problems.push(`tools.${k}: unknown tool`);
      else if (typeof v !== "string" || !v.startsWith("/"))
        problems.push(`tools.${k} must be an absolute path`);
      else tools[k as keyof typeof tools] = v;
    }
  }
  absPath("tools.chown", tools.chown);

  const config: AgentConfig = {
    nodeName,
    kubeconfig,
    ...(nodeIP ? { nodeIP } : {}),
    labels,
    maxPods: num("maxPods", 110, 1, 10_000),
    leaseDurationSeconds: num("leaseDurationSeconds", 40, 4, 3600),
    unitDirectory,
    runtimeDirectory,
    stateDirectory,
    syncPeriodSeconds: num("syncPeriodSeconds", 2, 1, 300),
    ...(server ? { server } : {}),
    packages,
    tools,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

// Rendering a container's service unit, and reading back the agent's markers from unit files. Pure.
import { createHash } from "node:crypto";
import { escapeSpecifiers, escapeUnitNamePart, renderExecLine, safePath, UNIT_NAME_MAX } from "./escape.ts";

/** The slice every pod unit runs in. */
export const SLICE = "tributary.slice";
/** Unit files the agent owns start with this (and carry the X-Tributary-* markers). */
export const UNIT_PREFIX = "trib-";

/**
 * `trib-<namespace>_<pod>_<container>.service`, each part escaped by systemd-escape's rules (`_` cannot
 * occur in Kubernetes names, so the form is unambiguous). Names longer than systemd allows become
 * `trib-<sha256 of namespace/pod/container, 32 hex>.service` (no `_`, so the two forms never collide).
 */
export function containerUnitName(namespace: string, pod: string, container: string): string {
  const name = `${UNIT_PREFIX}${escapeUnitNamePart(namespace)}_${escapeUnitNamePart(pod)}_${escapeUnitNamePart(container)}.service`;
  if (name.length <= UNIT_NAME_MAX) return name;
  const digest = createHash("sha256").update(`${namespace}/${pod}/${container}`).digest("hex").slice(0, 32);
  return `${UNIT_PREFIX}${digest}.service`;
}

/** A systemd user name shared by a pod's containers when none is given (DynamicUser=): `trib-` + 16 hex. */
export function dynamicUserName(namespace: string, pod: string): string {
  return `trib-${createHash("sha256").update(`${namespace}/${pod}`).digest("hex").slice(0, 16)}`;
}

export type UnitUser =
  | { kind: "dynamic"; name: string }
  | { kind: "static"; uid: number; gid: number; supplementaryGroups: number[] };

export interface BindMount {
  source: string;
  destination: string;
  readOnly: boolean;
}

export interface UnitSpec {
  unitName: string;
  namespace: string;
  pod: string;
  podUID: string;
  container: string;
  image: string;
  /** argv[0] an absolute host path inside the package; the rest verbatim. */
  argv: string[];
  environmentFile: string;
  workingDirectory: string;
  user: UnitUser;
  /** `+chown -R` run before start (files a dynamic user must own: Secret volumes, emptyDirs). */
  chownPaths: string[];
  chownBinary: string;
  restart: "always" | "on-failure" | "no";
  /** An init container: Type=oneshot (started means finished), kept visible after it exits, no start timeout. */
  oneshot?: boolean;
  timeoutStopSec: number;
  memoryMaxBytes?: bigint;
  cpuQuotaPercent?: number;
  cpuWeight?: number;
  /** Writable paths besides StateDirectory= ones (emptyDirs). */
  readWritePaths: string[];
  /** StateDirectory= names (relative to /var/lib): data kept across pod deletions. */
  stateDirectories: string[];
  binds: BindMount[];
  /** Extra capabilities granted (only CAP_NET_BIND_SERVICE is ever allowed by the planner). */
  capabilities: string[];
}

/** The hardening every pod unit gets. `systemd-analyze security` rates a unit with these at 1.x–2.x. */
export const HARDENING: readonly string[] = [
  "NoNewPrivileges=yes",
  "ProtectSystem=strict",
  "ProtectHome=yes",
  "PrivateTmp=yes",
  "PrivateDevices=yes",
  "DevicePolicy=closed",
  "ProtectKernelTunables=yes",
  "ProtectKernelModules=yes",
  "ProtectKernelLogs=yes",
  "ProtectControlGroups=yes",
  "ProtectClock=yes",
  "ProtectHostname=yes",
  "ProtectProc=invisible",
  "RestrictNamespaces=yes",
  "RestrictRealtime=yes",
  "RestrictSUIDSGID=yes",
  "LockPersonality=yes",
  "RemoveIPC=yes",
  "KeyringMode=private",
  "SystemCallArchitectures=native",
  "SystemCallFilter=@system-service",
  "SystemCallErrorNumber=EPERM",
  "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6 AF_NETLINK",
  "UMask=0077",
];

/** Render the unit file. Every value is either generated (checked with safePath) or escaped. */
export function renderUnit(u: UnitSpec): string {
  const lines: string[] = [];
  const set = (k: string, v: string | number | bigint) => lines.push(`${k}=${v}`);
  lines.push("# Written by the Tributary agent for a Pod bound to this node. The agent owns this file:");
  lines.push(
    "# it rewrites it from the Pod and removes it with the Pod. Never enabled: nothing starts it at boot.",
  );
  lines.push("[Unit]");
  set("Description", escapeSpecifiers(`Pod ${u.namespace}/${u.pod} container ${u.container}`));
  set("X-Tributary-Pod", escapeSpecifiers(`${u.namespace}/${u.pod}`));
  set("X-Tributary-Pod-UID", escapeSpecifiers(u.podUID));
  set("X-Tributary-Container", escapeSpecifiers(u.container));
  set("X-Tributary-Image", escapeSpecifiers(u.image));
  // Restarts are the Pod's business (restartPolicy), never given up by a start rate limit.
  set("StartLimitIntervalSec", 0);
  lines.push("");
  lines.push("[Service]");
  set("Type", u.oneshot ? "oneshot" : "exec");
  set("Slice", SLICE);
  if (u.chownPaths.length > 0 && u.user.kind === "dynamic") {
    const owner = `${u.user.name}:${u.user.name}`;
    // `+`: with full privileges, outside the sandbox, once the dynamic user exists.
    const chown = [u.chownBinary, "-R", "--no-dereference", owner, ...u.chownPaths.map(safePath)];
    set("ExecStartPre", `+${renderExecLine(chown)}`);
  }
  set("ExecStart", renderExecLine(u.argv));
  set("EnvironmentFile", safePath(u.environmentFile));
  set("WorkingDirectory", safePath(u.workingDirectory));
  if (u.user.kind === "dynamic") {
    set("DynamicUser", "yes");
    set("User", u.user.name);
  } else {
    set("User", u.user.uid);
    set("Group", u.user.gid);
    if (u.user.supplementaryGroups.length > 0)
      set("SupplementaryGroups", u.user.supplementaryGroups.join(" "));
  }
  if (u.memoryMaxBytes !== undefined) set("MemoryMax", u.memoryMaxBytes);
  if (u.cpuQuotaPercent !== undefined) set("CPUQuota", `${u.cpuQuotaPercent}%`);
  if (u.cpuWeight !== undefined) set("CPUWeight", u.cpuWeight);
  set("Restart", u.restart);
  set("RestartSec", 1);
  // A container that exits and is not restarted stays visible (its exit status kept) until the Pod goes.
  if (u.restart !== "always" || u.oneshot) set("RemainAfterExit", "yes");
  // A oneshot unit is "starting" until its process exits: an init container may take as long as it needs.
  if (u.oneshot) set("TimeoutStartSec", "infinity");
  set("TimeoutStopSec", u.timeoutStopSec);
  set("SyslogIdentifier", escapeSpecifiers(u.container));
  set("LogExtraFields", `TRIBUTARY_POD_UID=${escapeSpecifiers(u.podUID)}`);
  set("LogExtraFields", `TRIBUTARY_CONTAINER=${escapeSpecifiers(u.container)}`);
  for (const s of u.stateDirectories) set("StateDirectory", safePath(`/${s}`).slice(1));
  if (u.readWritePaths.length > 0) set("ReadWritePaths", u.readWritePaths.map(safePath).join(" "));
  for (const b of u.binds) {
    set(b.readOnly ? "BindReadOnlyPaths" : "BindPaths", `${safePath(b.source)}:${safePath(b.destination)}`);
  }
  lines.push(...HARDENING);
  if (u.capabilities.length > 0) {
    for (const c of u.capabilities) if (!/^CAP_[A-Z_]+$/.test(c)) throw new Error(`bad capability ${c}`);
    set("CapabilityBoundingSet", u.capabilities.join(" "));
    set("AmbientCapabilities", u.capabilities.join(" "));
  } else {
    set("CapabilityBoundingSet", "");
    set("AmbientCapabilities", "");
  }
  return `${lines.join("\n")}\n`;
}

export interface UnitMarkers {
  pod: string;
  podUID: string;
  container: string;
}

/** The X-Tributary-* markers of a unit file the agent wrote, or undefined for any other file. */
export function readUnitMarkers(text: string): UnitMarkers | undefined {
  const get = (k: string) => {
    const m = new RegExp(`^X-Tributary-${k}=(.*)$`, "m").exec(text);
    return m ? m[1]!.replaceAll("%%", "%") : undefined;
  };
  const pod = get("Pod");
  const podUID = get("Pod-UID");
  const container = get("Container");
  if (pod === undefined || podUID === undefined || container === undefined) return undefined;
  return { pod, podUID, container };
}

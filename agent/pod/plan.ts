// From a Pod to what the agent puts on the host: files (environment files, ConfigMap and Secret volumes),
// directories, and one service unit per container. Pure: the shell gathers the facts (referenced
// ConfigMaps/Secrets, existing mount points) and carries the plan out.
//
// Three outcomes: `refused` (the Pod can never run here: the agent reports it Failed with an Event),
// `waiting` (something referenced is missing: retried, reported as the container's waiting reason), `ready`.
import { createHash } from "node:crypto";
import type { PackageEntry } from "../config.ts";
import { containerArgv, inPackage, packageRoot, resolvePackage } from "../packages/map.ts";
import { assertRepresentable, ENV_NAME, EscapeError, renderEnvFile } from "../systemd/escape.ts";
import {
  type BindMount,
  containerUnitName,
  dynamicUserName,
  renderUnit,
  type UnitSpec,
  type UnitUser,
} from "../systemd/unit.ts";
import { QuantityError, quantityToMilli, quantityToUnits } from "./quantity.ts";
import type { ConfigMapLike, Container, EnvVar, Pod, Probe, Volume } from "./types.ts";

export interface PlanContext {
  nodeName: string;
  nodeIP: string;
  unitDirectory: string;
  runtimeDirectory: string;
  /** Relative name under /var/lib (StateDirectory= semantics). */
  stateDirectory: string;
  packages: readonly PackageEntry[];
  chownBinary: string;
  /** Node allocatable, for resourceFieldRef without a limit. */
  allocatable: { cpuMilli: bigint; memoryBytes: bigint };
}

/** A service-account token a projected volume asks for: the shell gets it through the TokenRequest API. */
export interface TokenRef {
  serviceAccount: string;
  audience?: string;
  expirationSeconds: number;
}

/** What the shell must look up before planning. */
export interface PodRefs {
  configMaps: string[];
  secrets: string[];
  mountPoints: string[];
  tokens: TokenRef[];
  /** PersistentVolumeClaims of the pod's volumes. */
  claims: string[];
}

/** The key of a token in `PodWorld.tokens`. */
export const tokenKey = (t: TokenRef) => `${t.serviceAccount}|${t.audience ?? ""}|${t.expirationSeconds}`;

/** Looked-up facts: `undefined` in a map means "not found". */
export interface PodWorld {
  configMaps: Map<string, ConfigMapLike | undefined>;
  secrets: Map<string, ConfigMapLike | undefined>;
  /** mountPaths that exist on the host as directories. */
  existingMountPoints: Set<string>;
  /** Service-account tokens by `tokenKey` (undefined: the TokenRequest failed). */
  tokens?: Map<string, string | undefined>;
  /**
   * Claims as the shell found them: bound to a `local` PersistentVolume of this node (its directory), or
   * not usable yet (why). A claim absent here has no PersistentVolumeClaim object: the agent's own
   * directory holds its data.
   */
  claims?: Map<string, { path: string } | { waiting: string }>;
}

export interface FileToWrite {
  /** Relative to its volume directory. */
  path: string;
  content: Buffer;
  mode: number;
}

export interface PlannedVolume {
  name: string;
  /** `localVolume`: a claim bound to a `local` PersistentVolume of this node (the admin's directory). */
  kind: "configMap" | "secret" | "emptyDir" | "persistentVolumeClaim" | "localVolume";
  /** Host directory with the volume's content. */
  hostPath: string;
  /** ConfigMap/Secret files (written atomically, kubelet-style `..data` swap). */
  files?: FileToWrite[];
}

export type ProbeAction =
  | { kind: "exec"; argv: string[] }
  | { kind: "tcp"; port: number }
  | { kind: "http"; port: number; path: string; scheme: "http" | "https"; headers: Array<[string, string]> };

export interface PlannedProbe {
  action: ProbeAction;
  initialDelaySeconds: number;
  periodSeconds: number;
  timeoutSeconds: number;
  successThreshold: number;
  failureThreshold: number;
}

export interface PlannedContainer {
  name: string;
  image: string;
  /** sha256 of the package: the container's imageID. */
  packageSha256: string;
  package: PackageEntry;
  unitName: string;
  unitText: string;
  environmentFile: string;
  environment: Array<[string, string]>;
  environmentFileText: string;
  workingDirectory: string;
  /** Paths the shell must check inside the unpacked package (symlinks must not leave it). */
  checks: Array<{ path: string; root: string; kind: "executable" | "directory"; what: string }>;
  readiness?: PlannedProbe;
  liveness?: PlannedProbe;
  startup?: PlannedProbe;
  user: UnitUser;
}

export interface PodPlan {
  namespace: string;
  name: string;
  uid: string;
  runDirectory: string;
  /** Per-pod directory under /var/lib for emptyDirs (removed with the pod). */
  podStateDirectory: string;
  volumes: PlannedVolume[];
  containers: PlannedContainer[];
  /** For static users: owner of Secret files and emptyDirs. Dynamic users chown at start. */
  owner?: { uid: number; gid: number };
  restartPolicy: "Always" | "OnFailure" | "Never";
}

export type PlanResult =
  | { kind: "refused"; errors: string[] }
  | { kind: "waiting"; reason: string; message: string }
  | { kind: "ready"; plan: PodPlan; warnings: string[] };

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const UID = /^[0-9a-fA-F][0-9a-fA-F-]{7,63}$/;
const KEY_PATH_PART = /^[A-Za-z0-9._-]+$/;
const MOUNT_PATH = /^\/(?:[A-Za-z0-9._+@-]+\/)*[A-Za-z0-9._+@-]+$/;
/** Mount points a pod may never shadow, even inside its own unit's namespace. */
const FORBIDDEN_MOUNTS = [
  "/proc",
  "/sys",
  "/dev",
  "/run/systemd",
  "/usr",
  "/bin",
  "/sbin",
  "/lib",
  "/lib64",
  "/boot",
];
const ALLOWED_CAPABILITIES = new Set(["NET_BIND_SERVICE"]);
/** Auto-injected service-account token volumes: not mounted on systemd nodes (see README). */
const SA_TOKEN_VOLUME = /^kube-api-access-[a-z0-9]+$/;

/** A mountPath as Kubernetes accepts it, with one trailing slash (Strimzi writes `/opt/kafka/custom-config/`). */
const mountPathOf = <T>(p: T): T => (typeof p === "string" && p.length > 1 ? p.replace(/\/$/, "") : p) as T;

const isName = (s: unknown, re: RegExp, max: number): s is string =>
  typeof s === "string" && s.length <= max && re.test(s);

export function stateRoot(ctx: Pick<PlanContext, "stateDirectory">): string {
  return `/var/lib/${ctx.stateDirectory}`;
}

/** The per-pod runtime directory (tmpfs): environment files and ConfigMap/Secret volumes. */
export function podRunDirectory(ctx: Pick<PlanContext, "runtimeDirectory">, uid: string): string {
  return `${ctx.runtimeDirectory}/pods/${uid}`;
}

/** Per-pod directory on disk for emptyDirs (removed with the pod). */
export function podStateDirectory(ctx: Pick<PlanContext, "stateDirectory">, uid: string): string {
  return `${stateRoot(ctx)}/pods/${uid}`;
}

/** The data directory of a PersistentVolumeClaim volume (kept when the pod goes), relative to /var/lib. */
export function claimStateDirectory(
  ctx: Pick<PlanContext, "stateDirectory">,
  ns: string,
  claim: string,
): string {
  return `${ctx.stateDirectory}/volumes/${ns}/${claim}`;
}

function containersOf(pod: Pod): Container[] {
  return pod.spec?.containers ?? [];
}

function skippedVolume(v: Volume): boolean {
  return typeof v.name === "string" && SA_TOKEN_VOLUME.test(v.name) && v.projected !== undefined;
}

/**
 * Why a volume source cannot be provided, naming what it needs: the CSI driver of a `csi` volume, the
 * storage class of a generic `ephemeral` one (Stackable's secret-operator and listener-operator volumes).
 */
function unsupportedVolume(v: Volume, kind: string): string {
  const csi = v.csi as { driver?: unknown } | undefined;
  const ephemeral = v.ephemeral as
    | { volumeClaimTemplate?: { spec?: { storageClassName?: unknown } } }
    | undefined;
  const lacks = "no CSI driver runs on a systemd node, so the agent cannot provide it";
  if (kind === "csi") return `a CSI volume of driver ${JSON.stringify(csi?.driver)}: ${lacks}`;
  if (kind === "ephemeral") {
    const sc = ephemeral?.volumeClaimTemplate?.spec?.storageClassName;
    return `a generic ephemeral volume of storage class ${JSON.stringify(sc)} (a CSI driver's): ${lacks}`;
  }
  return `${kind} volumes are not supported on systemd nodes`;
}

/**
 * Phase one: is the Pod something this node can run at all, and what must be looked up? Checks every name,
 * path and field the agent would use; anything it does not support is an error, never silently dropped.
 */
export function checkPod(
  pod: Pod,
  ctx: PlanContext,
): { ok: true; refs: PodRefs } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const m = pod.metadata ?? {};
  const spec = pod.spec ?? {};
  if (!isName(m.namespace, DNS_LABEL, 63))
    errors.push(`namespace ${JSON.stringify(m.namespace)} is not a DNS-1123 label`);
  if (!isName(m.name, DNS_SUBDOMAIN, 253))
    errors.push(`name ${JSON.stringify(m.name)} is not a DNS-1123 subdomain`);
  if (!isName(m.uid, UID, 64)) errors.push(`uid ${JSON.stringify(m.uid)} is not a UID`);
  if (spec.nodeName !== ctx.nodeName) errors.push(`spec.nodeName is not ${ctx.nodeName}`);
  if ((spec.initContainers ?? []).length > 0)
    errors.push("init containers are not supported on systemd nodes");
  if ((spec.ephemeralContainers ?? []).length > 0) errors.push("ephemeral containers are not supported");
  if (spec.hostPID || spec.hostIPC) errors.push("hostPID and hostIPC are not supported");
  const policy = spec.restartPolicy ?? "Always";
  if (!["Always", "OnFailure", "Never"].includes(policy)) errors.push(`restartPolicy ${policy} is unknown`);
  const grace = spec.terminationGracePeriodSeconds ?? 30;
  if (!Number.isInteger(grace) || grace < 0)
    errors.push("terminationGracePeriodSeconds must be a non-negative integer");

  const configMaps = new Set<string>();
  const secrets = new Set<string>();
  const mountPoints = new Set<string>();
  const tokens = new Map<string, TokenRef>();
  const claims = new Set<string>();

  const volumes = new Map<string, Volume>();
  for (const v of spec.volumes ?? []) {
    if (!isName(v.name, DNS_LABEL, 63)) {
      errors.push(`volume name ${JSON.stringify(v.name)} is not a DNS-1123 label`);
      continue;
    }
    if (volumes.has(v.name)) errors.push(`volume ${v.name} is defined twice`);
    volumes.set(v.name, v);
    if (skippedVolume(v)) continue;
    const kinds = Object.keys(v).filter((k) => k !== "name");
    if (kinds.length !== 1) {
      errors.push(`volume ${v.name} must have exactly one source`);
      continue;
    }
    const items = (list: Array<{ key?: string; path?: string; mode?: number }> | undefined) => {
      for (const it of list ?? []) {
        if (typeof it.key !== "string" || !KEY_PATH_PART.test(it.key))
          errors.push(`volume ${v.name}: bad key ${JSON.stringify(it.key)}`);
        const parts = typeof it.path === "string" ? it.path.split("/") : [""];
        if (parts.some((p) => !KEY_PATH_PART.test(p) || p === "." || p === ".." || p.startsWith(".."))) {
          errors.push(
            `volume ${v.name}: item path ${JSON.stringify(it.path)} must be relative, without . or .. components`,
          );
        }
        if (it.mode !== undefined && (!Number.isInteger(it.mode) || it.mode < 0 || it.mode > 0o777)) {
          errors.push(`volume ${v.name}: item mode must be within 0-0777`);
        }
      }
    };
    if (v.configMap) {
      if (!isName(v.configMap.name, DNS_SUBDOMAIN, 253)) errors.push(`volume ${v.name}: bad ConfigMap name`);
      else configMaps.add(v.configMap.name);
      items(v.configMap.items);
    } else if (v.secret) {
      if (!isName(v.secret.secretName, DNS_SUBDOMAIN, 253)) errors.push(`volume ${v.name}: bad Secret name`);
      else secrets.add(v.secret.secretName);
      items(v.secret.items);
    } else if (v.emptyDir) {
      if (v.emptyDir.medium !== undefined && v.emptyDir.medium !== "" && v.emptyDir.medium !== "Memory") {
        errors.push(`volume ${v.name}: emptyDir medium ${v.emptyDir.medium} is not supported`);
      }
    } else if (v.persistentVolumeClaim) {
      if (!isName(v.persistentVolumeClaim.claimName, DNS_SUBDOMAIN, 253))
        errors.push(`volume ${v.name}: bad claimName`);
      else claims.add(v.persistentVolumeClaim.claimName);
    } else if (v.projected) {
      const mode = v.projected.defaultMode;
      if (mode !== undefined && (!Number.isInteger(mode) || mode < 0 || mode > 0o777))
        errors.push(`volume ${v.name}: defaultMode must be within 0-0777`);
      for (const src of v.projected.sources ?? []) {
        const kinds = Object.keys(src);
        if (kinds.length !== 1) {
          errors.push(`volume ${v.name}: each projected source must have exactly one kind`);
        } else if (src.configMap) {
          if (!isName(src.configMap.name, DNS_SUBDOMAIN, 253))
            errors.push(`volume ${v.name}: bad ConfigMap name`);
          else configMaps.add(src.configMap.name);
          items(src.configMap.items);
        } else if (src.secret) {
          if (!isName(src.secret.name, DNS_SUBDOMAIN, 253)) errors.push(`volume ${v.name}: bad Secret name`);
          else secrets.add(src.secret.name);
          items(src.secret.items);
        } else if (src.downwardAPI) {
          for (const it of src.downwardAPI.items ?? []) {
            items([{ key: "x", path: it.path, mode: it.mode }]);
            if (
              it.resourceFieldRef !== undefined ||
              fieldValue(pod, ctx, it.fieldRef?.fieldPath ?? "") === undefined
            )
              errors.push(
                `volume ${v.name}: downwardAPI item ${JSON.stringify(it.path)}: only supported fieldRefs`,
              );
          }
        } else if (src.serviceAccountToken) {
          const t = src.serviceAccountToken;
          items([{ key: "x", path: t.path }]);
          const expirationSeconds = t.expirationSeconds ?? 3607;
          if (!Number.isInteger(expirationSeconds) || expirationSeconds < 600)
            errors.push(`volume ${v.name}: serviceAccountToken.expirationSeconds must be at least 600`);
          const ref: TokenRef = {
            serviceAccount: spec.serviceAccountName || "default",
            ...(t.audience ? { audience: t.audience } : {}),
            expirationSeconds,
          };
          tokens.set(tokenKey(ref), ref);
        } else {
          errors.push(`volume ${v.name}: projected ${kinds[0]} sources are not supported on systemd nodes`);
        }
      }
    } else {
      errors.push(`volume ${v.name}: ${unsupportedVolume(v, kinds[0]!)}`);
    }
  }

  const containers = containersOf(pod);
  if (containers.length === 0) errors.push("the pod has no containers");
  const names = new Set<string>();
  for (const c of containers) {
    const at = `container ${JSON.stringify(c.name)}`;
    if (!isName(c.name, DNS_LABEL, 63)) {
      errors.push(`${at}: name is not a DNS-1123 label`);
      continue;
    }
    if (names.has(c.name)) errors.push(`${at} is defined twice`);
    names.add(c.name);
    if (c.stdin || c.tty) errors.push(`${at}: stdin and tty are not supported`);
    if (c.restartPolicy !== undefined)
      errors.push(`${at}: sidecar containers (restartPolicy) are not supported`);
    if (typeof c.image !== "string" || c.image === "") errors.push(`${at}: no image`);
    else {
      const entry = resolvePackage(c.image, ctx.packages);
      if (!entry) errors.push(`${at}: image ${c.image} is not in this node's package map`);
      else {
        const argv = containerArgv(entry, c.command, c.args);
        if (argv.length === 0) errors.push(`${at}: neither the container nor the package gives a command`);
        for (const [i, a] of argv.entries()) {
          try {
            assertRepresentable(a, `argument ${i}`);
          } catch (e) {
            errors.push(`${at}: ${(e as Error).message}`);
          }
        }
        if (argv[0] !== undefined) {
          const r = inPackage("/pkg", argv[0], "command");
          if ("error" in r) errors.push(`${at}: ${r.error}`);
        }
        const wd = c.workingDir || entry.workingDir || "/";
        const w = inPackage("/pkg", wd, "workingDir");
        if ("error" in w) errors.push(`${at}: ${w.error}`);
      }
    }
    const sc = { ...spec.securityContext, ...c.securityContext };
    if (c.securityContext?.privileged) errors.push(`${at}: privileged containers are not supported`);
    for (const cap of c.securityContext?.capabilities?.add ?? []) {
      if (!ALLOWED_CAPABILITIES.has(cap.replace(/^CAP_/, "")))
        errors.push(`${at}: capability ${cap} is not allowed`);
    }
    for (const k of ["runAsUser", "runAsGroup"] as const) {
      const v = sc[k];
      if (v !== undefined && (!Number.isInteger(v) || v < 0 || v > 2 ** 31 - 2))
        errors.push(`${at}: ${k} is out of range`);
    }
    if (sc.runAsNonRoot && sc.runAsUser === 0) errors.push(`${at}: runAsNonRoot with runAsUser 0`);
    for (const g of spec.securityContext?.supplementalGroups ?? []) {
      if (!Number.isInteger(g) || g < 0 || g > 2 ** 31 - 2)
        errors.push(`${at}: supplementalGroups out of range`);
    }
    for (const [k, q] of Object.entries({ ...c.resources?.requests, ...c.resources?.limits })) {
      try {
        if (k === "cpu" || k === "memory") quantityToMilli(q);
      } catch (e) {
        if (e instanceof QuantityError) errors.push(`${at}: resources ${k}: ${e.message}`);
      }
    }
    for (const e of c.env ?? []) {
      const ref = e.valueFrom;
      if (typeof e.name !== "string" || e.name === "") errors.push(`${at}: env var without a name`);
      else if (!ENV_NAME.test(e.name))
        errors.push(`${at}: environment variable name ${JSON.stringify(e.name)} cannot be passed by systemd`);
      if (typeof e.value === "string") {
        try {
          assertRepresentable(e.value, `env ${e.name}`);
        } catch (err) {
          errors.push(`${at}: ${(err as Error).message}`);
        }
      }
      if (ref?.configMapKeyRef) {
        if (!isName(ref.configMapKeyRef.name, DNS_SUBDOMAIN, 253))
          errors.push(`${at}: env ${e.name}: bad ConfigMap name`);
        else configMaps.add(ref.configMapKeyRef.name);
      } else if (ref?.secretKeyRef) {
        if (!isName(ref.secretKeyRef.name, DNS_SUBDOMAIN, 253))
          errors.push(`${at}: env ${e.name}: bad Secret name`);
        else secrets.add(ref.secretKeyRef.name);
      } else if (ref?.fieldRef) {
        if (fieldValue(pod, ctx, ref.fieldRef.fieldPath ?? "") === undefined) {
          errors.push(`${at}: env ${e.name}: fieldRef ${ref.fieldRef.fieldPath} is not supported`);
        }
      } else if (ref?.resourceFieldRef) {
        const r = ref.resourceFieldRef.resource ?? "";
        if (!["limits.cpu", "limits.memory", "requests.cpu", "requests.memory"].includes(r)) {
          errors.push(`${at}: env ${e.name}: resourceFieldRef ${r} is not supported`);
        }
      } else if (ref) errors.push(`${at}: env ${e.name}: unsupported valueFrom`);
    }
    for (const f of c.envFrom ?? []) {
      if (f.configMapRef && isName(f.configMapRef.name, DNS_SUBDOMAIN, 253))
        configMaps.add(f.configMapRef.name);
      else if (f.secretRef && isName(f.secretRef.name, DNS_SUBDOMAIN, 253)) secrets.add(f.secretRef.name);
      else errors.push(`${at}: envFrom needs a valid configMapRef or secretRef name`);
    }
    const seenMounts = new Set<string>();
    for (const vm of c.volumeMounts ?? []) {
      const v = typeof vm.name === "string" ? volumes.get(vm.name) : undefined;
      if (!v) {
        errors.push(`${at}: volumeMount of unknown volume ${JSON.stringify(vm.name)}`);
        continue;
      }
      if (skippedVolume(v)) continue;
      if (vm.subPath || vm.subPathExpr) errors.push(`${at}: subPath mounts are not supported`);
      const p = mountPathOf(vm.mountPath);
      if (typeof p !== "string" || !MOUNT_PATH.test(p) || p.split("/").some((x) => x === "." || x === "..")) {
        errors.push(
          `${at}: mountPath ${JSON.stringify(p)} is not a normalized absolute path of [A-Za-z0-9._+@-] components`,
        );
        continue;
      }
      const own = [ctx.runtimeDirectory, stateRoot(ctx), ctx.unitDirectory];
      if (
        [...FORBIDDEN_MOUNTS, ...own].some((f) => p === f || p.startsWith(`${f}/`) || f.startsWith(`${p}/`))
      ) {
        errors.push(`${at}: mountPath ${p} would shadow a system or agent directory`);
      }
      if (seenMounts.has(p)) errors.push(`${at}: mountPath ${p} is used twice`);
      seenMounts.add(p);
      mountPoints.add(p);
    }
    for (const [kind, probe] of [
      ["readinessProbe", c.readinessProbe],
      ["livenessProbe", c.livenessProbe],
      ["startupProbe", c.startupProbe],
    ] as const) {
      if (probe) {
        const r = planProbe(probe, c, "/pkg", resolvePackage(c.image ?? "", ctx.packages)?.commandDir);
        if ("error" in r) errors.push(`${at}: ${kind}: ${r.error}`);
      }
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    refs: {
      configMaps: [...configMaps].sort(),
      secrets: [...secrets].sort(),
      mountPoints: [...mountPoints].sort(),
      tokens: [...tokens.values()],
      claims: [...claims].sort(),
    },
  };
}

function fieldValue(pod: Pod, ctx: PlanContext, fieldPath: string): string | undefined {
  const m = pod.metadata;
  const label = /^metadata\.(labels|annotations)\['([^']*)'\]$/.exec(fieldPath);
  if (label) return (label[1] === "labels" ? m.labels : m.annotations)?.[label[2]!] ?? "";
  switch (fieldPath) {
    case "metadata.name":
      return m.name;
    case "metadata.namespace":
      return m.namespace;
    case "metadata.uid":
      return m.uid;
    case "spec.nodeName":
      return ctx.nodeName;
    case "spec.serviceAccountName":
      return pod.spec?.serviceAccountName ?? "";
    case "status.hostIP":
    case "status.podIP":
    case "status.hostIPs":
    case "status.podIPs":
      return ctx.nodeIP;
    default:
      return undefined;
  }
}

const portOf = (c: Container, port: number | string | undefined): number | undefined => {
  if (typeof port === "number") return Number.isInteger(port) && port > 0 && port < 65536 ? port : undefined;
  if (typeof port === "string") {
    if (/^\d+$/.test(port)) return portOf(c, Number(port));
    return c.ports?.find((p) => p.name === port)?.containerPort;
  }
  return undefined;
};

function planProbe(
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

/** Kubernetes' `$(VAR)` expansion in env values, command and args: `$$` is `$`, unknown references stay. */
export function expandK8s(s: string, lookup: (name: string) => string | undefined): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== "$" || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const n = s[i + 1]!;
    if (n === "$") {
      out += "$";
      i++;
    } else if (n === "(") {
      const close = s.indexOf(")", i + 2);
      if (close < 0) {
        out += s.slice(i);
        break;
      }
      const name = s.slice(i + 2, close);
      const v = lookup(name);
      out += v ?? `$(${name})`;
      i = close;
    } else out += c;
  }
  return out;
}

function decodeSecretValue(data: string): Buffer {
  return Buffer.from(data, "base64");
}

function keysOf(obj: ConfigMapLike, secret: boolean): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const [k, v] of Object.entries(obj.data ?? {}))
    out.set(k, secret ? decodeSecretValue(v) : Buffer.from(v, "utf8"));
  for (const [k, v] of Object.entries(obj.binaryData ?? {})) out.set(k, Buffer.from(v, "base64"));
  return out;
}

function utf8(buf: Buffer): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    return undefined;
  }
}

/**
 * Phase two: the full plan, given what was looked up. `refused` here means a fact about the Pod itself;
 * missing ConfigMaps, Secrets, keys and mount points are `waiting` (they may appear).
 */
export function planPod(pod: Pod, world: PodWorld, ctx: PlanContext): PlanResult {
  const checked = checkPod(pod, ctx);
  if (!checked.ok) return { kind: "refused", errors: checked.errors };
  const warnings: string[] = [];
  const ns = pod.metadata.namespace!;
  const name = pod.metadata.name!;
  const uid = pod.metadata.uid!;
  const spec = pod.spec!;
  const runDir = podRunDirectory(ctx, uid);
  const podState = podStateDirectory(ctx, uid);
  const restartPolicy = (spec.restartPolicy ?? "Always") as PodPlan["restartPolicy"];

  for (const mp of checked.refs.mountPoints) {
    if (!world.existingMountPoints.has(mp)) {
      return {
        kind: "waiting",
        reason: "CreateContainerConfigError",
        message: `mount point ${mp} does not exist on node ${ctx.nodeName}; the agent does not create directories outside its own`,
      };
    }
  }

  const volumes: PlannedVolume[] = [];
  for (const v of spec.volumes ?? []) {
    if (skippedVolume(v)) {
      warnings.push(`volume ${v.name} (service account token) is not mounted on systemd nodes`);
      continue;
    }
    const volName = v.name!;
    if (v.configMap || v.secret) {
      const secret = v.secret !== undefined;
      const objName = secret ? v.secret!.secretName! : v.configMap!.name!;
      const obj = (secret ? world.secrets : world.configMaps).get(objName);
      const src = secret ? v.secret! : v.configMap!;
      const kind = secret ? "Secret" : "ConfigMap";
      if (!obj && !src.optional) {
        return {
          kind: "waiting",
          reason: "CreateContainerConfigError",
          message: `${kind.toLowerCase()} "${objName}" not found`,
        };
      }
      const keys = obj ? keysOf(obj, secret) : new Map<string, Buffer>();
      const files: FileToWrite[] = [];
      const modeFor = (m: number | undefined) => {
        const base = m ?? src.defaultMode ?? (secret ? 0o600 : 0o644);
        // Secrets: owner-only (0600 at most), readable by the owner.
        return secret ? (base & 0o600) | 0o400 : base & 0o777;
      };
      if (src.items && src.items.length > 0) {
        for (const it of src.items) {
          const content = keys.get(it.key!);
          if (!content) {
            if (src.optional) continue;
            return {
              kind: "waiting",
              reason: "CreateContainerConfigError",
              message: `couldn't find key ${it.key} in ${kind} ${ns}/${objName}`,
            };
          }
          files.push({ path: it.path!, content, mode: modeFor(it.mode) });
        }
      } else {
        for (const [k, content] of [...keys].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
          if (!KEY_PATH_PART.test(k) || k.startsWith("..")) {
            warnings.push(`${kind} ${objName}: key ${JSON.stringify(k)} skipped (not a safe file name)`);
            continue;
          }
          files.push({ path: k, content, mode: modeFor(undefined) });
        }
      }
      volumes.push({
        name: volName,
        kind: secret ? "secret" : "configMap",
        hostPath: `${runDir}/volumes/${volName}`,
        files,
      });
    } else if (v.emptyDir) {
      const memory = v.emptyDir.medium === "Memory";
      volumes.push({
        name: volName,
        kind: "emptyDir",
        hostPath: memory ? `${runDir}/empty/${volName}` : `${podState}/volumes/${volName}`,
      });
    } else if (v.projected) {
      const r = projectedFiles(pod, v, world, ctx);
      if ("waiting" in r)
        return { kind: "waiting", reason: "CreateContainerConfigError", message: r.waiting };
      volumes.push({
        name: volName,
        kind: r.sensitive ? "secret" : "configMap",
        hostPath: `${runDir}/volumes/${volName}`,
        files: r.files,
      });
    } else if (v.persistentVolumeClaim) {
      const claim = v.persistentVolumeClaim.claimName!;
      const found = world.claims?.get(claim);
      if (found && "waiting" in found)
        return { kind: "waiting", reason: "ContainerCreating", message: found.waiting };
      if (found) volumes.push({ name: volName, kind: "localVolume", hostPath: found.path });
      else {
        const rel = claimStateDirectory(ctx, ns, claim);
        volumes.push({ name: volName, kind: "persistentVolumeClaim", hostPath: `/var/lib/${rel}` });
      }
    }
  }
  const volumeByName = new Map(volumes.map((v) => [v.name, v]));

  const podSc = spec.securityContext ?? {};
  const containers: PlannedContainer[] = [];
  let owner: PodPlan["owner"];
  for (const c of spec.containers!) {
    const entry = resolvePackage(c.image!, ctx.packages)!;
    const root = packageRoot(stateRoot(ctx), entry);

    // Environment: envFrom first, then env, each able to reference the ones before it.
    const env = new Map<string, string>();
    for (const f of c.envFrom ?? []) {
      const secret = f.secretRef !== undefined;
      const objName = (secret ? f.secretRef!.name : f.configMapRef!.name)!;
      const optional = (secret ? f.secretRef!.optional : f.configMapRef!.optional) ?? false;
      const obj = (secret ? world.secrets : world.configMaps).get(objName);
      if (!obj) {
        if (optional) continue;
        return {
          kind: "waiting",
          reason: "CreateContainerConfigError",
          message: `${secret ? "secret" : "configmap"} "${objName}" not found`,
        };
      }
      const skipped: string[] = [];
      for (const [k, buf] of keysOf(obj, secret)) {
        const key = `${f.prefix ?? ""}${k}`;
        const value = utf8(buf);
        if (!ENV_NAME.test(key) || value === undefined || value.includes("\0")) skipped.push(key);
        else env.set(key, value);
      }
      if (skipped.length > 0) {
        warnings.push(
          `container ${c.name}: keys [${skipped.join(", ")}] from ${objName} skipped: not valid environment variables for systemd`,
        );
      }
    }
    const lookup = (n: string) => env.get(n);
    for (const e of c.env ?? []) {
      const ref = e.valueFrom;
      let value: string | undefined;
      if (!ref) value = expandK8s(e.value ?? "", lookup);
      else if (ref.configMapKeyRef || ref.secretKeyRef) {
        const secret = ref.secretKeyRef !== undefined;
        const sel = (ref.secretKeyRef ?? ref.configMapKeyRef)!;
        const obj = (secret ? world.secrets : world.configMaps).get(sel.name!);
        const buf = obj ? keysOf(obj, secret).get(sel.key ?? "") : undefined;
        if (!buf) {
          if (sel.optional) continue;
          return {
            kind: "waiting",
            reason: "CreateContainerConfigError",
            message: obj
              ? `couldn't find key ${sel.key} in ${secret ? "Secret" : "ConfigMap"} ${ns}/${sel.name}`
              : `${secret ? "secret" : "configmap"} "${sel.name}" not found`,
          };
        }
        value = utf8(buf);
        if (value === undefined || value.includes("\0")) {
          return {
            kind: "waiting",
            reason: "CreateContainerConfigError",
            message: `env ${e.name}: the value is not text without NUL`,
          };
        }
      } else if (ref.fieldRef) value = fieldValue(pod, ctx, ref.fieldRef.fieldPath!);
      else if (ref.resourceFieldRef) value = resourceValue(c, ref, ctx);
      env.set(e.name!, value ?? "");
    }
    const environment = [...env];
    let environmentFileText: string;
    try {
      environmentFileText = renderEnvFile(environment);
    } catch (e) {
      if (e instanceof EscapeError) return { kind: "refused", errors: [`container ${c.name}: ${e.message}`] };
      throw e;
    }

    const argv = containerArgv(entry, c.command, c.args).map((a) => expandK8s(a, lookup));
    const exe = inPackage(root, argv[0]!, "command");
    if ("error" in exe) return { kind: "refused", errors: [`container ${c.name}: ${exe.error}`] };
    const wd = inPackage(root, c.workingDir || entry.workingDir || "/", "workingDir");
    if ("error" in wd) return { kind: "refused", errors: [`container ${c.name}: ${wd.error}`] };

    const sc = { ...podSc, ...c.securityContext };
    const user: UnitUser =
      sc.runAsUser !== undefined
        ? {
            kind: "static",
            uid: sc.runAsUser,
            gid: sc.runAsGroup ?? sc.runAsUser,
            supplementaryGroups: [
              ...(podSc.supplementalGroups ?? []),
              ...(podSc.fsGroup !== undefined ? [podSc.fsGroup] : []),
            ],
          }
        : { kind: "dynamic", name: dynamicUserName(ns, name) };
    if (user.kind === "static" && !owner) owner = { uid: user.uid, gid: podSc.fsGroup ?? user.gid };

    const binds: BindMount[] = [];
    const stateDirectories: string[] = [];
    const readWritePaths: string[] = [];
    const chownPaths: string[] = [];
    for (const vm of c.volumeMounts ?? []) {
      const vol = volumeByName.get(vm.name!);
      if (!vol) continue; // a skipped service-account volume
      const readOnly = vol.kind === "configMap" || vol.kind === "secret" || vm.readOnly === true;
      binds.push({ source: vol.hostPath, destination: mountPathOf(vm.mountPath!), readOnly });
      if (vol.kind === "persistentVolumeClaim") stateDirectories.push(vol.hostPath.slice("/var/lib/".length));
      if (vol.kind === "emptyDir" || vol.kind === "localVolume") readWritePaths.push(vol.hostPath);
      if (vol.kind === "secret" || vol.kind === "emptyDir" || vol.kind === "localVolume")
        chownPaths.push(vol.hostPath);
    }

    const limits = c.resources?.limits ?? {};
    const requests = c.resources?.requests ?? {};
    const memoryMaxBytes = limits.memory ? quantityToUnits(limits.memory) : undefined;
    const cpuLimit = limits.cpu ? quantityToMilli(limits.cpu) : undefined;
    const cpuRequest = requests.cpu ? quantityToMilli(requests.cpu) : cpuLimit;
    const cpuQuotaPercent = cpuLimit !== undefined ? Math.max(1, Number((cpuLimit + 9n) / 10n)) : undefined;
    const cpuWeight =
      cpuRequest !== undefined
        ? Math.min(10_000, Math.max(1, Math.round(Number(cpuRequest) / 10)))
        : undefined;

    const unitName = containerUnitName(ns, name, c.name!);
    const environmentFile = `${runDir}/env/${c.name}.env`;
    const spec_: UnitSpec = {
      unitName,
      namespace: ns,
      pod: name,
      podUID: uid,
      container: c.name!,
      image: c.image!,
      argv: [exe.path, ...argv.slice(1)],
      environmentFile,
      workingDirectory: wd.path,
      user,
      chownPaths,
      chownBinary: ctx.chownBinary,
      restart: restartPolicy === "Always" ? "always" : restartPolicy === "OnFailure" ? "on-failure" : "no",
      timeoutStopSec: Math.max(1, spec.terminationGracePeriodSeconds ?? 30),
      ...(memoryMaxBytes !== undefined ? { memoryMaxBytes } : {}),
      ...(cpuQuotaPercent !== undefined ? { cpuQuotaPercent } : {}),
      ...(cpuWeight !== undefined ? { cpuWeight } : {}),
      readWritePaths,
      stateDirectories,
      binds,
      capabilities: (c.securityContext?.capabilities?.add ?? []).map((x) => `CAP_${x.replace(/^CAP_/, "")}`),
    };
    let unitText: string;
    try {
      unitText = renderUnit(spec_);
    } catch (e) {
      if (e instanceof EscapeError) return { kind: "refused", errors: [`container ${c.name}: ${e.message}`] };
      throw e;
    }
    const probe = (p: Probe | undefined) => {
      if (!p) return undefined;
      const r = planProbe(p, c, root, entry.commandDir);
      return "error" in r ? undefined : r;
    };
    const readiness = probe(c.readinessProbe);
    const liveness = probe(c.livenessProbe);
    const startup = probe(c.startupProbe);
    const checks: PlannedContainer["checks"] = [
      { path: exe.path, root, kind: "executable", what: "command" },
      { path: wd.path, root, kind: "directory", what: "workingDir" },
    ];
    for (const p of [readiness, liveness, startup]) {
      if (p?.action.kind === "exec")
        checks.push({ path: p.action.argv[0]!, root, kind: "executable", what: "exec probe" });
    }
    containers.push({
      name: c.name!,
      image: c.image!,
      packageSha256: entry.sha256,
      package: entry,
      unitName,
      unitText,
      environmentFile,
      environment,
      environmentFileText,
      workingDirectory: wd.path,
      checks,
      ...(readiness ? { readiness } : {}),
      ...(liveness ? { liveness } : {}),
      ...(startup ? { startup } : {}),
      user,
    });
  }
  return {
    kind: "ready",
    plan: {
      namespace: ns,
      name,
      uid,
      runDirectory: runDir,
      podStateDirectory: podState,
      volumes,
      containers,
      ...(owner ? { owner } : {}),
      restartPolicy,
    },
    warnings,
  };
}

/**
 * The files of a projected volume, as a kubelet writes them: each source's keys (items or all), the
 * downward API's fields, the service-account token from the TokenRequest the shell made. A volume holding
 * a token or a Secret's keys is written like a Secret volume (owner-only, owned by the unit's user).
 */
function projectedFiles(
  pod: Pod,
  v: Volume,
  world: PodWorld,
  ctx: PlanContext,
): { files: FileToWrite[]; sensitive: boolean } | { waiting: string } {
  const ns = pod.metadata.namespace!;
  const base = v.projected!.defaultMode ?? 0o644;
  const files: FileToWrite[] = [];
  let sensitive = false;
  for (const src of v.projected!.sources ?? []) {
    if (src.configMap || src.secret) {
      const secret = src.secret !== undefined;
      sensitive ||= secret;
      const sel = (src.secret ?? src.configMap)!;
      const obj = (secret ? world.secrets : world.configMaps).get(sel.name!);
      if (!obj) {
        if (sel.optional) continue;
        return { waiting: `${secret ? "secret" : "configmap"} "${sel.name}" not found` };
      }
      const keys = keysOf(obj, secret);
      const chosen = sel.items?.length
        ? sel.items.map((it) => [it.key!, it.path!, it.mode] as const)
        : [...keys.keys()].sort().map((k) => [k, k, undefined] as const);
      for (const [key, path, mode] of chosen) {
        const content = keys.get(key);
        if (!content) {
          if (sel.optional) continue;
          return {
            waiting: `couldn't find key ${key} in ${secret ? "Secret" : "ConfigMap"} ${ns}/${sel.name}`,
          };
        }
        files.push({ path, content, mode: (mode ?? base) & 0o777 });
      }
    } else if (src.downwardAPI) {
      for (const it of src.downwardAPI.items ?? []) {
        const value = fieldValue(pod, ctx, it.fieldRef!.fieldPath!) ?? "";
        files.push({ path: it.path!, content: Buffer.from(value), mode: (it.mode ?? base) & 0o777 });
      }
    } else if (src.serviceAccountToken) {
      const t = src.serviceAccountToken;
      const ref: TokenRef = {
        serviceAccount: pod.spec?.serviceAccountName || "default",
        ...(t.audience ? { audience: t.audience } : {}),
        expirationSeconds: t.expirationSeconds ?? 3607,
      };
      const token = world.tokens?.get(tokenKey(ref));
      if (token === undefined)
        return { waiting: `no token yet for service account ${ns}/${ref.serviceAccount}` };
      sensitive = true;
      files.push({ path: t.path!, content: Buffer.from(token), mode: base & 0o777 });
    }
  }
  // Owner-only when it holds a token or a Secret's keys (the unit's user owns the files).
  if (sensitive) for (const f of files) f.mode = (f.mode & 0o600) | 0o400;
  return { files, sensitive };
}

function resourceValue(c: Container, ref: NonNullable<EnvVar["valueFrom"]>, ctx: PlanContext): string {
  const r = ref.resourceFieldRef!;
  const [kind, res] = (r.resource ?? "").split(".") as ["limits" | "requests", "cpu" | "memory"];
  const q = c.resources?.[kind]?.[res] ?? (kind === "requests" ? c.resources?.limits?.[res] : undefined);
  const divisor = r.divisor ?? "1";
  if (res === "cpu") {
    const milli = q ? quantityToMilli(q) : ctx.allocatable.cpuMilli;
    const d = quantityToMilli(divisor);
    return String((milli + d - 1n) / d);
  }
  const bytes = q ? quantityToUnits(q) : ctx.allocatable.memoryBytes;
  const d = quantityToUnits(divisor);
  return String((bytes + d - 1n) / d);
}

/** A stable digest of what a unit runs, for Events and logs. */
export function planDigest(plan: PodPlan): string {
  const h = createHash("sha256");
  for (const c of plan.containers) h.update(c.unitText).update(c.environmentFileText);
  return h.digest("hex").slice(0, 16);
}

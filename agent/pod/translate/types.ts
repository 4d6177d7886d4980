// The translation's input and output: what the shell looks up for a Pod (PodRefs → PodWorld), and the plan
// it carries out (PodPlan: files, directories, one service unit per container).
import type { PackageEntry } from "../../config.ts";
import type { UnitUser } from "../../systemd/unit.ts";
import type { ConfigMapLike } from "../types.ts";

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

/** What the check collects while it reads the Pod (then sorted into `PodRefs`). */
export interface RefsFound {
  configMaps: Set<string>;
  secrets: Set<string>;
  mountPoints: Set<string>;
  tokens: Map<string, TokenRef>;
  claims: Set<string>;
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
  /**
   * ConfigMaps and Secrets the node may not read (yet), each as why: the pod waits for them whether or not
   * they are optional (a kubelet treats only NotFound as absent).
   */
  unreadable?: string[];
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
  /** An init container: a oneshot unit, run to completion in order before the main containers start. */
  init?: boolean;
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
  /** Every container's unit: the init containers first (in their order, `init: true`), then the others. */
  containers: PlannedContainer[];
  /** For static users: owner of Secret files and emptyDirs. Dynamic users chown at start. */
  owner?: { uid: number; gid: number };
  restartPolicy: "Always" | "OnFailure" | "Never";
}

export type PlanResult =
  | { kind: "refused"; errors: string[] }
  | { kind: "waiting"; reason: string; message: string }
  | { kind: "ready"; plan: PodPlan; warnings: string[] };

/** An outcome that is not a plan: the Pod is refused, or waits for something. */
export type NotReady = Exclude<PlanResult, { kind: "ready" }>;

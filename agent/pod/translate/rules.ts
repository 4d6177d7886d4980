// What the agent accepts in names and paths, shared by the check and the translation.
import type { Container, Pod, Volume } from "../types.ts";

export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
export const UID = /^[0-9a-fA-F][0-9a-fA-F-]{7,63}$/;
export const KEY_PATH_PART = /^[A-Za-z0-9._-]+$/;
export const MOUNT_PATH = /^\/(?:[A-Za-z0-9._+@-]+\/)*[A-Za-z0-9._+@-]+$/;
/** Mount points a pod may never shadow, even inside its own unit's namespace. */
export const FORBIDDEN_MOUNTS = [
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
export const ALLOWED_CAPABILITIES = new Set(["NET_BIND_SERVICE"]);
/** Auto-injected service-account token volumes: not mounted on systemd nodes (see README). */
const SA_TOKEN_VOLUME = /^kube-api-access-[a-z0-9]+$/;

/** A mountPath as Kubernetes accepts it, with one trailing slash (Strimzi writes `/opt/kafka/custom-config/`). */
export const mountPathOf = <T>(p: T): T =>
  (typeof p === "string" && p.length > 1 ? p.replace(/\/$/, "") : p) as T;

export const isName = (s: unknown, re: RegExp, max: number): s is string =>
  typeof s === "string" && s.length <= max && re.test(s);

/** The containers (spec.containers), none when absent. */
export function containersOf(pod: Pod): Container[] {
  return pod.spec?.containers ?? [];
}

/** The init containers (spec.initContainers), in the order they run; none when absent. */
export function initContainersOf(pod: Pod): Container[] {
  return pod.spec?.initContainers ?? [];
}

/** A volume the agent leaves out (with a warning) rather than refusing the Pod. */
export function skippedVolume(v: Volume): boolean {
  return typeof v.name === "string" && SA_TOKEN_VOLUME.test(v.name) && v.projected !== undefined;
}

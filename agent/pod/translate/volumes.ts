// A pod's volumes on the host: ConfigMap and Secret volumes as files in the runtime directory (Secrets
// owner-only), emptyDirs (tmpfs or the pod's state directory), projected volumes, and claims (a local
// PersistentVolume's directory, or a data directory of the agent's kept when the pod goes).
import type { Pod, Volume } from "../types.ts";
import { keysOf } from "./keys.ts";
import { claimStateDirectory, podRunDirectory, podStateDirectory } from "./paths.ts";
import { projectedFiles } from "./projected.ts";
import { KEY_PATH_PART, skippedVolume } from "./rules.ts";
import type { FileToWrite, NotReady, PlanContext, PlannedVolume, PodWorld } from "./types.ts";

const waiting = (message: string, reason = "CreateContainerConfigError"): NotReady => ({
  kind: "waiting",
  reason,
  message,
});

export function planVolumes(
  pod: Pod,
  world: PodWorld,
  ctx: PlanContext,
  warnings: string[],
): PlannedVolume[] | NotReady {
  const ns = pod.metadata.namespace!;
  const uid = pod.metadata.uid!;
  const runDir = podRunDirectory(ctx, uid);
  const podState = podStateDirectory(ctx, uid);
  const volumes: PlannedVolume[] = [];
  for (const v of pod.spec!.volumes ?? []) {
    if (skippedVolume(v)) {
      warnings.push(`volume ${v.name} (service account token) is not mounted on systemd nodes`);
      continue;
    }
    const volName = v.name!;
    if (v.configMap || v.secret) {
      const r = keyVolume(ns, v, world, warnings);
      if ("kind" in r) return r;
      volumes.push({
        name: volName,
        kind: v.secret !== undefined ? "secret" : "configMap",
        hostPath: `${runDir}/volumes/${volName}`,
        files: r.files,
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
      if ("waiting" in r) return waiting(r.waiting);
      volumes.push({
        name: volName,
        kind: r.sensitive ? "secret" : "configMap",
        hostPath: `${runDir}/volumes/${volName}`,
        files: r.files,
      });
    } else if (v.persistentVolumeClaim) {
      const claim = v.persistentVolumeClaim.claimName!;
      const found = world.claims?.get(claim);
      if (found && "waiting" in found) return waiting(found.waiting, "ContainerCreating");
      if (found) volumes.push({ name: volName, kind: "localVolume", hostPath: found.path });
      else {
        const rel = claimStateDirectory(ctx, ns, claim);
        volumes.push({ name: volName, kind: "persistentVolumeClaim", hostPath: `/var/lib/${rel}` });
      }
    }
  }
  return volumes;
}

/** The files of a ConfigMap or Secret volume: its items, or every key that is a safe file name. */
function keyVolume(
  ns: string,
  v: Volume,
  world: PodWorld,
  warnings: string[],
): { files: FileToWrite[] } | NotReady {
  const secret = v.secret !== undefined;
  const objName = secret ? v.secret!.secretName! : v.configMap!.name!;
  const obj = (secret ? world.secrets : world.configMaps).get(objName);
  const src = secret ? v.secret! : v.configMap!;
  const kind = secret ? "Secret" : "ConfigMap";
  if (!obj && !src.optional) return waiting(`${kind.toLowerCase()} "${objName}" not found`);
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
        return waiting(`couldn't find key ${it.key} in ${kind} ${ns}/${objName}`);
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
  return { files };
}

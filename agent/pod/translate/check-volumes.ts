// The check of a pod's volumes: names, one source each, item keys and paths, and only the sources the agent
// provides (ConfigMap, Secret, emptyDir, PersistentVolumeClaim, projected), each naming what it refers to.
import type { Pod, Volume } from "../types.ts";
import { fieldValue } from "./downward-api.ts";
import { DNS_LABEL, DNS_SUBDOMAIN, isName, KEY_PATH_PART, skippedVolume } from "./rules.ts";
import { type PlanContext, type RefsFound, type TokenRef, tokenKey } from "./types.ts";

type Items = Array<{ key?: string; path?: string; mode?: number }> | undefined;

/** The pod's volumes by name (errors and references added to `errors` and `refs`). */
export function checkVolumes(
  pod: Pod,
  ctx: PlanContext,
  errors: string[],
  refs: RefsFound,
): Map<string, Volume> {
  const volumes = new Map<string, Volume>();
  for (const v of pod.spec?.volumes ?? []) {
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
    if (v.configMap) {
      checkObjectSource(v.name!, "ConfigMap", v.configMap.name, v.configMap.items, refs.configMaps, errors);
    } else if (v.secret) {
      checkObjectSource(v.name!, "Secret", v.secret.secretName, v.secret.items, refs.secrets, errors);
    } else if (v.emptyDir) {
      if (v.emptyDir.medium !== undefined && v.emptyDir.medium !== "" && v.emptyDir.medium !== "Memory") {
        errors.push(`volume ${v.name}: emptyDir medium ${v.emptyDir.medium} is not supported`);
      }
    } else if (v.persistentVolumeClaim) {
      if (!isName(v.persistentVolumeClaim.claimName, DNS_SUBDOMAIN, 253))
        errors.push(`volume ${v.name}: bad claimName`);
      else refs.claims.add(v.persistentVolumeClaim.claimName);
    } else if (v.projected) {
      checkProjected(pod, ctx, v, errors, refs);
    } else {
      errors.push(`volume ${v.name}: ${unsupportedVolume(v, kinds[0]!)}`);
    }
  }
  return volumes;
}

/** A ConfigMap or Secret a volume (or projected source) reads: its name checked and recorded, its items checked. */
function checkObjectSource(
  volume: string,
  kind: "ConfigMap" | "Secret",
  name: unknown,
  list: Items,
  found: Set<string>,
  errors: string[],
): void {
  if (!isName(name, DNS_SUBDOMAIN, 253)) errors.push(`volume ${volume}: bad ${kind} name`);
  else found.add(name);
  checkItems(volume, list, errors);
}

function checkItems(volume: string, list: Items, errors: string[]): void {
  for (const it of list ?? []) {
    if (typeof it.key !== "string" || !KEY_PATH_PART.test(it.key))
      errors.push(`volume ${volume}: bad key ${JSON.stringify(it.key)}`);
    const parts = typeof it.path === "string" ? it.path.split("/") : [""];
    if (parts.some((p) => !KEY_PATH_PART.test(p) || p === "." || p === ".." || p.startsWith(".."))) {
      errors.push(
        `volume ${volume}: item path ${JSON.stringify(it.path)} must be relative, without . or .. components`,
      );
    }
    if (it.mode !== undefined && (!Number.isInteger(it.mode) || it.mode < 0 || it.mode > 0o777)) {
      errors.push(`volume ${volume}: item mode must be within 0-0777`);
    }
  }
}

function checkProjected(pod: Pod, ctx: PlanContext, v: Volume, errors: string[], refs: RefsFound): void {
  const items = (list: Items) => checkItems(v.name!, list, errors);
  const mode = v.projected!.defaultMode;
  if (mode !== undefined && (!Number.isInteger(mode) || mode < 0 || mode > 0o777))
    errors.push(`volume ${v.name}: defaultMode must be within 0-0777`);
  for (const src of v.projected!.sources ?? []) {
    const kinds = Object.keys(src);
    if (kinds.length !== 1) {
      errors.push(`volume ${v.name}: each projected source must have exactly one kind`);
    } else if (src.configMap) {
      checkObjectSource(
        v.name!,
        "ConfigMap",
        src.configMap.name,
        src.configMap.items,
        refs.configMaps,
        errors,
      );
    } else if (src.secret) {
      checkObjectSource(v.name!, "Secret", src.secret.name, src.secret.items, refs.secrets, errors);
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
        serviceAccount: pod.spec?.serviceAccountName || "default",
        ...(t.audience ? { audience: t.audience } : {}),
        expirationSeconds,
      };
      refs.tokens.set(tokenKey(ref), ref);
    } else {
      errors.push(`volume ${v.name}: projected ${kinds[0]} sources are not supported on systemd nodes`);
    }
  }
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

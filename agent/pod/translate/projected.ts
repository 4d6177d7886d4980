// Projected volumes: ConfigMap and Secret keys, downward API fields and service-account tokens in one
// directory.
import type { Pod, Volume } from "../types.ts";
import { fieldValue } from "./downward-api.ts";
import { keysOf } from "./keys.ts";
import { type FileToWrite, type PlanContext, type PodWorld, type TokenRef, tokenKey } from "./types.ts";

/**
 * The files of a projected volume, as a kubelet writes them: each source's keys (items or all), the
 * downward API's fields, the service-account token from the TokenRequest the shell made. A volume holding
 * a token or a Secret's keys is written like a Secret volume (owner-only, owned by the unit's user).
 */
export function projectedFiles(
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

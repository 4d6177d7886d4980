// What a pod's plan needs from the cluster and the host, looked up by the shell: ConfigMaps and Secrets
// (cached for 5 s), service-account tokens (TokenRequest, renewed like a kubelet), claims bound to a local
// PersistentVolume of this node, and which mount points exist.
import { stat } from "node:fs/promises";
import { ApiError } from "../kube/errors.ts";
import { nodeLabels } from "./node.ts";
import { type LocalPV, localVolumePath } from "./pod/local-pv.ts";
import { type PodRefs, type PodWorld, type TokenRef, tokenKey } from "./pod/translate/types.ts";
import type { ConfigMapLike, Pod } from "./pod/types.ts";
import { type AgentState, enc, nodeSettings } from "./state.ts";

/** Why a pod waits for an object its node may not read (yet): see `lookup` and `claim`. */
const forbidden = (kind: string, name: string) =>
  `${kind} "${name}" is not readable by this node (yet): HTTP 403`;

export class PodWorldLookup {
  private readonly cache = new Map<string, { at: number; value: ConfigMapLike | undefined }>();
  /** Service-account tokens of projected volumes, per pod UID and token: renewed at `renewAt`. */
  private readonly tokens = new Map<string, { token: string; renewAt: number }>();

  constructor(private readonly state: AgentState) {}

  /** Everything `refs` names, for the pod `pod`. */
  async gather(pod: Pod, refs: PodRefs): Promise<PodWorld> {
    const ns = pod.metadata.namespace!;
    const configMaps = new Map<string, ConfigMapLike | undefined>();
    const secrets = new Map<string, ConfigMapLike | undefined>();
    const unreadable: string[] = [];
    for (const [kind, names, found] of [
      ["configmaps", refs.configMaps, configMaps],
      ["secrets", refs.secrets, secrets],
    ] as const) {
      for (const n of names) {
        const r = await this.lookup(kind, ns, n);
        if ("unreadable" in r) unreadable.push(r.unreadable);
        else found.set(n, r.value);
      }
    }
    const tokens = new Map<string, string | undefined>();
    for (const t of refs.tokens) tokens.set(tokenKey(t), await this.token(pod, t));
    const claims = new Map<string, { path: string } | { waiting: string }>();
    for (const c of refs.claims) {
      const found = await this.claim(ns, c);
      if (found) claims.set(c, found);
    }
    const existingMountPoints = new Set<string>();
    for (const mp of refs.mountPoints) {
      const st = await stat(mp).catch(() => undefined);
      if (st?.isDirectory()) existingMountPoints.add(mp);
    }
    return {
      configMaps,
      secrets,
      existingMountPoints,
      tokens,
      claims,
      ...(unreadable.length ? { unreadable } : {}),
    };
  }

  /** Drop the tokens of pods that are gone (`live`: the UIDs of the pods bound here). */
  forgetTokens(live: Map<string, Pod>): void {
    for (const key of [...this.tokens.keys()]) if (!live.has(key.split("|")[0]!)) this.tokens.delete(key);
  }

  /**
   * A ConfigMap or Secret (undefined: there is none), or why the node may not read it. Forbidden is not
   * absent: the Node authorizer lets a node read one only once its graph holds a pod bound here that uses
   * it, and a pod just (re)created reaches the agent first. Taken as absent, an optional one would be left
   * out of the pod; a kubelet, too, takes only NotFound as absent. Only answers are cached, for 5 s.
   */
  private async lookup(
    kind: "configmaps" | "secrets",
    ns: string,
    name: string,
  ): Promise<{ value: ConfigMapLike | undefined } | { unreadable: string }> {
    const key = `${kind}/${ns}/${name}`;
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < 5_000) return { value: hit.value };
    const r = await this.state.kube.send<ConfigMapLike>(
      "GET",
      `/api/v1/namespaces/${enc(ns)}/${kind}/${enc(name)}`,
    );
    if (r.status === 403) return { unreadable: forbidden(kind.slice(0, -1), name) };
    if (r.status !== 200 && r.status !== 404)
      throw new ApiError(r.status, "", `GET ${kind} ${ns}/${name}: HTTP ${r.status}`);
    const value = r.status === 200 ? r.body : undefined;
    this.cache.set(key, { at: Date.now(), value });
    return { value };
  }

  /**
   * Where a claim's data lives: the directory of the `local` PersistentVolume of this node it is bound to,
   * or why it cannot be used yet. Undefined when there is no such PersistentVolumeClaim (the agent's own
   * directory then holds the data).
   */
  private async claim(ns: string, name: string): Promise<{ path: string } | { waiting: string } | undefined> {
    const { kube, config, host } = this.state;
    const pvc = await kube.send<{ spec?: { volumeName?: string }; status?: { phase?: string } }>(
      "GET",
      `/api/v1/namespaces/${enc(ns)}/persistentvolumeclaims/${enc(name)}`,
    );
    if (pvc.status === 404) return undefined;
    // Forbidden is not absent: the Node authorizer lets a node read a claim only once its graph holds a pod
    // bound here that uses it, and a pod just recreated reaches the agent first. Starting it on the agent's
    // own directory then would start it empty, beside its data: wait, as a kubelet waits for its volumes.
    if (pvc.status === 403) return { waiting: forbidden("persistentvolumeclaim", name) };
    if (pvc.status !== 200)
      throw new ApiError(pvc.status, "", `GET persistentvolumeclaim ${ns}/${name}: HTTP ${pvc.status}`);
    const volume = pvc.body.spec?.volumeName;
    if (pvc.body.status?.phase !== "Bound" || !volume)
      return { waiting: `persistentvolumeclaim "${name}" is not bound to a PersistentVolume yet` };
    const pv = await kube.send<LocalPV>("GET", `/api/v1/persistentvolumes/${enc(volume)}`);
    if (pv.status !== 200)
      return { waiting: `PersistentVolume ${volume} of claim ${name}: HTTP ${pv.status}` };
    const r = localVolumePath(pv.body, config.nodeName, nodeLabels(host, nodeSettings(config)));
    return "error" in r ? { waiting: r.error } : r;
  }

  /**
   * A service-account token for a projected volume, through the TokenRequest API and bound to the pod (the
   * Node authorizer lets a node ask only for pods bound to it). Renewed as a kubelet does: once 80% of its
   * lifetime has passed, and at least daily; a failed renewal keeps the current token.
   */
  private async token(pod: Pod, t: TokenRef): Promise<string | undefined> {
    const { namespace, name, uid } = pod.metadata;
    const key = `${uid}|${tokenKey(t)}`;
    const hit = this.tokens.get(key);
    const now = Date.now();
    if (hit && now < hit.renewAt) return hit.token;
    const r = await this.state.kube.send<{ status?: { token?: string; expirationTimestamp?: string } }>(
      "POST",
      `/api/v1/namespaces/${enc(namespace!)}/serviceaccounts/${enc(t.serviceAccount)}/token`,
      {
        body: {
          apiVersion: "authentication.k8s.io/v1",
          kind: "TokenRequest",
          spec: {
            audiences: t.audience ? [t.audience] : [],
            expirationSeconds: t.expirationSeconds,
            boundObjectRef: { apiVersion: "v1", kind: "Pod", name, uid },
          },
        },
      },
    );
    const token = r.body?.status?.token;
    if (r.status !== 201 || !token) {
      this.state.log.warn("TokenRequest failed", {
        serviceAccount: `${namespace}/${t.serviceAccount}`,
        status: r.status,
      });
      return hit?.token;
    }
    const expires = Date.parse(r.body.status?.expirationTimestamp ?? "") || now + t.expirationSeconds * 1000;
    this.tokens.set(key, { token, renewAt: now + Math.min(0.8 * (expires - now), 24 * 3600 * 1000) });
    return token;
  }
}

// A container's environment as a kubelet builds it: envFrom first, then env, each able to reference the
// ones before it (`$(VAR)`); values from ConfigMaps, Secrets and the downward API.
import { ENV_NAME } from "../../systemd/escape.ts";
import type { Container, Pod } from "../types.ts";
import { fieldValue, resourceValue } from "./downward-api.ts";
import { expandK8s } from "./expand.ts";
import { keysOf, utf8 } from "./keys.ts";
import type { NotReady, PlanContext, PodWorld } from "./types.ts";

const waiting = (message: string): NotReady => ({
  kind: "waiting",
  reason: "CreateContainerConfigError",
  message,
});

export function containerEnvironment(
  pod: Pod,
  c: Container,
  world: PodWorld,
  ctx: PlanContext,
  warnings: string[],
): Map<string, string> | NotReady {
  const ns = pod.metadata.namespace!;
  const env = new Map<string, string>();
  // A container runtime sets HOSTNAME to the pod's hostname (containerd's CRI: spec.hostname, else the
  // pod name cut to 63 characters, kubelet's GeneratePodHostNameAndDomain) before the container's own env.
  // Pods on the agent share the host's UTS namespace, so this is where a pod finds its own name as a host
  // name (Pravega's ZooKeeper scripts derive the server id from it).
  env.set("HOSTNAME", podHostname(pod));
  for (const f of c.envFrom ?? []) {
    const secret = f.secretRef !== undefined;
    const objName = (secret ? f.secretRef!.name : f.configMapRef!.name)!;
    const optional = (secret ? f.secretRef!.optional : f.configMapRef!.optional) ?? false;
    const obj = (secret ? world.secrets : world.configMaps).get(objName);
    if (!obj) {
      if (optional) continue;
      return waiting(`${secret ? "secret" : "configmap"} "${objName}" not found`);
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
        return waiting(
          obj
            ? `couldn't find key ${sel.key} in ${secret ? "Secret" : "ConfigMap"} ${ns}/${sel.name}`
            : `${secret ? "secret" : "configmap"} "${sel.name}" not found`,
        );
      }
      value = utf8(buf);
      if (value === undefined || value.includes("\0"))
        return waiting(`env ${e.name}: the value is not text without NUL`);
    } else if (ref.fieldRef) value = fieldValue(pod, ctx, ref.fieldRef.fieldPath!);
    else if (ref.resourceFieldRef) value = resourceValue(c, ref, ctx);
    env.set(e.name!, value ?? "");
  }
  return env;
}

/** The pod's hostname as a kubelet computes it: `spec.hostname`, else the name cut to 63 characters. */
export function podHostname(pod: Pod): string {
  if (pod.spec?.hostname) return pod.spec.hostname;
  return pod.metadata.name!.slice(0, 63).replace(/[-.]+$/, "");
}

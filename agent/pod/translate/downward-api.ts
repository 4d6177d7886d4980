// The downward API: pod fields (`fieldRef`) and container resources (`resourceFieldRef`) as values.
import { quantityToMilli, quantityToUnits } from "../quantity.ts";
import type { Container, EnvVar, Pod } from "../types.ts";
import type { PlanContext } from "./types.ts";

/** A pod field's value; undefined for a field the agent does not support. */
export function fieldValue(pod: Pod, ctx: PlanContext, fieldPath: string): string | undefined {
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

/** A container's resource (rounded up in units of the divisor); the node's allocatable when it has no limit. */
export function resourceValue(c: Container, ref: NonNullable<EnvVar["valueFrom"]>, ctx: PlanContext): string {
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

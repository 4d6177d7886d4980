// Reading `status.conditions` the way most operators write them (metav1.Condition-like lists).
import type { K8sObject } from "../../model/k8s-object.ts";

export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

export function conditionsOf(object: K8sObject): Condition[] {
  const status = object.status as { conditions?: unknown } | undefined;
  return Array.isArray(status?.conditions) ? (status.conditions as Condition[]) : [];
}

/** The condition of that type whose status is "True", if any. */
export const trueCondition = (object: K8sObject, type: string): Condition | undefined =>
  conditionsOf(object).find((c) => c.type === type && c.status === "True");

export const findCondition = (object: K8sObject, type: string): Condition | undefined =>
  conditionsOf(object).find((c) => c.type === type);

/** The condition's own words: message, else reason, else its type and status. */
export const describeCondition = (c: Condition): string => c.message || c.reason || `${c.type}=${c.status}`;

/** status.observedGeneration is behind metadata.generation: the operator has not seen the latest spec. */
export function generationPending(object: K8sObject): boolean {
  const generation = object.metadata.generation;
  const observed = (object.status as { observedGeneration?: unknown } | undefined)?.observedGeneration;
  return typeof generation === "number" && typeof observed === "number" && observed < generation;
}

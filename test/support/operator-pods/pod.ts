// What the operator mappings produce: a pod's identity, placement and (for data roles) its whole spec.
// biome-ignore lint/suspicious/noExplicitAny: the mapping walks the plain JSON of emitted objects
export type Json = any;

export interface PodPlacement {
  nodeSelector?: Record<string, string>;
  affinity?: Record<string, unknown>;
  tolerations?: Record<string, unknown>[];
}

export interface OperatorPod {
  /** The object it comes from: `KafkaNodePool shop-events-brokers`. */
  owner: string;
  /** The role as placement rules name it (servers, brokers, controllers, driver, executor, …). */
  role: string;
  name: string;
  labels: Record<string, string>;
  placement: PodPlacement;
  /**
   * The rest of the pod spec as the operator writes it (containers, init containers, volumes, security
   * context, service account, grace period), for the data roles (the pods the agent may be given); absent
   * for the others, where only placement is derived.
   */
  spec?: Json;
  /** PersistentVolumeClaims the operator's workload creates for the pod (its volumeClaimTemplates). */
  claims?: ClaimOf[];
}

/** A PersistentVolumeClaim a StatefulSet (or Strimzi's StrimziPodSet reconciler) creates for one pod. */
export interface ClaimOf {
  name: string;
  storage: string;
  storageClassName?: string;
}

/** Only the fields that are set. */
export function placementOf(spec: Json): PodPlacement {
  const out: PodPlacement = {};
  if (spec?.nodeSelector && Object.keys(spec.nodeSelector).length > 0) out.nodeSelector = spec.nodeSelector;
  if (spec?.affinity && Object.keys(spec.affinity).length > 0) out.affinity = spec.affinity;
  if (spec?.tolerations?.length > 0) out.tolerations = spec.tolerations;
  return out;
}

export const range = (n: number) => Array.from({ length: n }, (_, i) => i);

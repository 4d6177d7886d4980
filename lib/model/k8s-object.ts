// Kubernetes objects as the stages pass them (plain JSON) and their health as Tributary reads it back:
// what every stage from render on shares, so none depends on the providers for it.
/** A Kubernetes object as emitted (plain JSON). */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

export type HealthState = "Ready" | "Progressing" | "Failed" | "Unknown";

/** A child's health in Tributary's terms, with the child's own words. */
export interface Health {
  state: HealthState;
  message: string;
}

/**
 * A fact beyond the object that a health rule reads: the latest Warning Event about it (with one of
 * `reasons`, or any), or whether an object of the core (v1) kind `exists`, named after it plus `suffix`,
 * is in its namespace.
 */
export type HealthFact = { warning: readonly string[] | "any" } | { exists: string; suffix?: string };

/** What the operator knows about a child besides the object: its latest Warning Event, other objects. */
export interface HealthFacts {
  /** The newest Warning Event about the object (reason as its operator wrote it, time RFC 3339). */
  warning?: { reason: string; message: string; time?: string };
  /** Whether an object of that kind and name exists in the object's namespace; undefined: not read. */
  exists?: (kind: string, name: string) => boolean | undefined;
}

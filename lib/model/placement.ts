// Where roles run: the roles a provider declares and the operator-neutral Placement lib/placement resolves
// for each, which each provider then writes in its operator's dialect.
import type { OperatorNameT, Product } from "../blueprint/schema.ts";
export interface Role {
  /** As users name it in placement rules: `servers`, `brokers`, `controllers`, `driver`… */
  name: string;
  /** Holds data: placed on data nodes, spread one per host, Retain by default. */
  stateful: boolean;
  /**
   * Why the Tributary agent cannot run this role's pods on a systemd host: the volume or feature of the
   * pods its operator makes that the agent lacks. Absent: the agent runs them (lib/placement/agent.ts).
   */
  agentLacks?: string;
}

/** Where a role runs, in operator-neutral terms (lib/placement fills it; empty means anywhere). */
export interface Placement {
  nodeSelector: Record<string, string>;
  tolerations: { key: string; operator: "Equal" | "Exists"; value?: string; effect: string }[];
  /** Kubernetes affinity object (nodeAffinity, podAntiAffinity), already in API shape. */
  affinity: Record<string, unknown>;
  runtime: "container" | "systemd";
  /**
   * Spread the role's pods one per host: a data role a placement rule sends to a node class. The provider
   * writes it in its own dialect as a required pod anti-affinity on `kubernetes.io/hostname` that selects
   * the role's pods by the labels its operator puts on them (lib/providers/shared/affinity.ts). Absent: no.
   */
  onePerHost?: boolean;
}

/**
 * The roles one provider declares, which placement rules decide about. The stages before render are handed
 * the registry's providers (lib/stages.ts) rather than importing it, so they do not depend on the last stage.
 */
export interface DeclaredRoles {
  /** `<operator>-<product>`, for hints. */
  id: string;
  product: Product;
  operator: OperatorNameT;
  roles: readonly Role[];
}

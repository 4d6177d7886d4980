// Placement for CRDs that take a Kubernetes `affinity` but no `nodeSelector` (Strimzi's `template.pod`):
// the node selector becomes required node-affinity match expressions, ANDed into every existing term.
// Also the one-per-host spreading of data roles, which every data provider writes with its pods' labels.
import type { Placement } from "../../model/placement.ts";

interface MatchExpression {
  key: string;
  operator: string;
  values?: string[];
}
interface NodeSelectorTerm {
  matchExpressions?: MatchExpression[];
  matchFields?: unknown[];
}

/** The placement's affinity with its node selector folded in; `{}` when the placement says nothing. */
export function affinityWithNodeSelector(placement: Placement): Record<string, unknown> {
  const selector = Object.keys(placement.nodeSelector)
    .sort()
    .map((key): MatchExpression => ({ key, operator: "In", values: [placement.nodeSelector[key]!] }));
  if (selector.length === 0) return placement.affinity;
  const affinity = placement.affinity as { nodeAffinity?: Record<string, unknown> };
  const nodeAffinity = affinity.nodeAffinity ?? {};
  const required = nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution as
    | { nodeSelectorTerms?: NodeSelectorTerm[] }
    | undefined;
  const terms = required?.nodeSelectorTerms?.length ? required.nodeSelectorTerms : [{}];
  return {
    ...placement.affinity,
    nodeAffinity: {
      ...nodeAffinity,
      requiredDuringSchedulingIgnoredDuringExecution: {
        ...required,
        // Terms are ORed, expressions within a term ANDed: the selector must hold in every term.
        nodeSelectorTerms: terms.map((t) => ({
          ...t,
          matchExpressions: [...(t.matchExpressions ?? []), ...selector],
        })),
      },
    },
  };
}

/** The node label every kubelet (and the Tributary agent) sets to the node's name. */
export const HOSTNAME_TOPOLOGY_KEY = "kubernetes.io/hostname";

/** A required pod anti-affinity term: no two pods with these labels on one host. */
export const onePerHostTerm = (podLabels: Record<string, string>) => ({
  labelSelector: {
    matchLabels: Object.fromEntries(
      Object.keys(podLabels)
        .sort()
        .map((k) => [k, podLabels[k]!]),
    ),
  },
  topologyKey: HOSTNAME_TOPOLOGY_KEY,
});

/**
 * The placement with, when it asks to spread one per host, the required pod anti-affinity that selects the
 * role's own pods by `podLabels` (the labels its operator puts on them) added to its affinity.
 */
export function withOnePerHost(placement: Placement, podLabels: Record<string, string>): Placement {
  if (!placement.onePerHost) return placement;
  const affinity = placement.affinity as { podAntiAffinity?: Record<string, unknown> };
  const anti = affinity.podAntiAffinity ?? {};
  const required = (anti.requiredDuringSchedulingIgnoredDuringExecution as unknown[] | undefined) ?? [];
  return {
    ...placement,
    affinity: {
      ...placement.affinity,
      podAntiAffinity: {
        ...anti,
        requiredDuringSchedulingIgnoredDuringExecution: [...required, onePerHostTerm(podLabels)],
      },
    },
  };
}

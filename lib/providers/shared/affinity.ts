// Placement for CRDs that take a Kubernetes `affinity` but no `nodeSelector` (Strimzi's `template.pod`):
// the node selector becomes required node-affinity match expressions, ANDed into every existing term.
import type { Placement } from "../types.ts";

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

// Which directory of this host a PersistentVolumeClaim's data lives in, when the claim is bound to a `local`
// PersistentVolume (spec.local.path) whose node affinity selects this node. Pure: the shell reads the claim
// and the volume through the API (the Node authorizer lets a node read those of its own pods).

/** The fields of a PersistentVolume the agent reads. */
export interface LocalPV {
  metadata?: { name?: string };
  spec?: {
    local?: { path?: string };
    nodeAffinity?: { required?: { nodeSelectorTerms?: NodeSelectorTerm[] } };
  };
}

export interface NodeSelectorTerm {
  matchExpressions?: Array<{ key?: string; operator?: string; values?: string[] }>;
  matchFields?: Array<{ key?: string; operator?: string; values?: string[] }>;
}

const ABSOLUTE = /^\/(?:[A-Za-z0-9._+@-]+\/)*[A-Za-z0-9._+@-]+$/;

/** Does a node selector term select a node with these labels (and this name, for matchFields)? */
function termMatches(t: NodeSelectorTerm, labels: Record<string, string>, nodeName: string): boolean {
  const test = (value: string | undefined, op: string | undefined, values: string[] = []) => {
    switch (op) {
      case "In":
        return value !== undefined && values.includes(value);
      case "NotIn":
        return value === undefined || !values.includes(value);
      case "Exists":
        return value !== undefined;
      case "DoesNotExist":
        return value === undefined;
      default:
        return false; // Gt/Lt are not used for local volumes: never guess
    }
  };
  const exprs = t.matchExpressions ?? [];
  const fields = t.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return false; // an empty term selects nothing
  return (
    exprs.every((e) => test(labels[e.key ?? ""], e.operator, e.values)) &&
    fields.every((f) => f.key === "metadata.name" && test(nodeName, f.operator, f.values))
  );
}

/**
 * The host directory of a `local` PersistentVolume on this node, or why it cannot be used here: not a
 * `local` volume, its path not a normalized absolute path, or its node affinity selecting other nodes.
 */
export function localVolumePath(
  pv: LocalPV,
  nodeName: string,
  labels: Record<string, string>,
): { path: string } | { error: string } {
  const name = pv.metadata?.name ?? "?";
  const p = pv.spec?.local?.path;
  if (p === undefined) return { error: `PersistentVolume ${name} is not a local volume` };
  if (!ABSOLUTE.test(p) || p.split("/").some((x) => x === "." || x === ".."))
    return {
      error: `PersistentVolume ${name}: local.path ${JSON.stringify(p)} is not a normalized absolute path`,
    };
  const terms = pv.spec?.nodeAffinity?.required?.nodeSelectorTerms ?? [];
  if (!terms.some((t) => termMatches(t, labels, nodeName)))
    return {
      error: `PersistentVolume ${name} is bound to another node (its node affinity does not select ${nodeName})`,
    };
  return { path: p };
}

import type { KubeClient } from "../../../kube/client.ts";
import { isNotFound } from "../../../kube/errors.ts";
import { collectionPath, type KObject } from "../../../kube/objects.ts";
import { FIELD_MANAGER } from "../../../operator/decisions/ownership.ts";
import { changeDiff, formatDiffs, type ObjectDiff, removalDiff } from "../../diff/live.ts";
import { objectKey } from "../../gitops/objects.ts";
import type { K8sObject } from "../../model/k8s-object.ts";
import { loadRenderers } from "../../providers/registry.ts";
import { LABEL_BLUEPRINT } from "../../synth/labels.ts";
import {
  blueprintResource,
  childResources,
  clusterOptions,
  connectCluster,
  requestRetrying,
  typed,
} from "../cluster.ts";
import type { Command } from "../command.ts";
import { printDiagnostics } from "../output.ts";
import { compileInputs } from "../read.ts";

/** Exit codes: kubectl diff's 0 and 1, then trib's errors above 1 (also in --help and the README). */
export const DIFF_EXIT = { same: 0, different: 1, usage: 2, invalid: 3, cluster: 4 } as const;

export const diff: Command = {
  name: "diff",
  help: `Usage: trib diff <file|dir>... [--kubeconfig <path>] [--context <name>]

Shows what applying these Blueprints would change in the live cluster, object by object, as a
unified diff of the fields Tributary manages. Each object is sent to the API server as a
server-side apply with dry run (field manager \`tributary\`, as the operator applies it, with the
owner reference to the Blueprint when that is in the cluster), so defaulting, admission and the
merge are the API server's own; the live object and the result are then both restricted to the
fields \`tributary\` owns after the apply (other managers' fields and status never show). Objects
labelled for a Blueprint that it no longer has are shown as removed. Risky changes are flagged
as in trib plan (topic partitions decreasing, replication changing, storage shrinking, ZooKeeper
resizes, data-bearing objects removed, immutable fields). Nothing is written. Colour on a
terminal unless NO_COLOR is set.

Options:
  --kubeconfig <path>  kubeconfig (default: $KUBECONFIG, ~/.kube/config, then in-cluster)
  --context <name>     kubeconfig context

Exit codes (as kubectl diff: 0 and 1; errors above 1): 0 no differences (nothing printed),
1 differences (printed on stdout), 2 usage error, 3 invalid Blueprints (each problem printed,
as trib validate does: where trib's other commands exit 1), 4 cluster unreachable, a kind not
served, or the API server refused an object.

Examples:
  trib diff blueprints/platform.yaml
  trib diff blueprints/ --context prod`,
  options: { ...clusterOptions },
  async run({ positionals, values }, io) {
    const { models, diagnostics, render } = await compileInputs(positionals, io.cwd);
    if (models.length === 0 || diagnostics.some((d) => d.severity === "error")) {
      printDiagnostics(diagnostics, io, false);
      return DIFF_EXIT.invalid;
    }
    let client: KubeClient;
    try {
      client = await connectCluster(values, "trib-diff");
    } catch (e) {
      io.err(`trib diff: cannot read the kubeconfig: ${(e as Error).message}\n`);
      return DIFF_EXIT.cluster;
    }
    const { withOwnership } = await import("../../../operator/decisions/ownership.ts");
    const { ANNOTATION_RETAINED } = await import("../../../operator/decisions/ownership.ts");
    const errors: string[] = [];
    const diffs: ObjectDiff[] = [];
    try {
      const bpResource = await blueprintResource(client);
      const children = await childResources(client);
      await loadRenderers();
      const desired = render();
      const desiredKeys = new Set(desired.map((s) => objectKey(s.object)));
      for (const model of models) {
        const ns = model.namespace;
        const live = bpResource
          ? await client
              .request<KObject>("GET", `${collectionPath(bpResource, ns)}/${model.name}`)
              .catch((e) => (isNotFound(e) ? undefined : Promise.reject(e)))
          : undefined;
        for (const s of desired.filter(
          (d) => d.blueprint.name === model.name && d.blueprint.namespace === ns,
        )) {
          const o = s.object as KObject;
          const where = `${o.kind} ${o.metadata.namespace ?? ns}/${o.metadata.name}`;
          const resource = await client.resourceFor(o.apiVersion, o.kind);
          if (!resource) {
            errors.push(
              `${where}: ${o.apiVersion} ${o.kind} is not served by the cluster (is its CRD installed?)`,
            );
            continue;
          }
          const body = live?.metadata.uid
            ? withOwnership(o, {
                apiVersion: live.apiVersion,
                kind: live.kind,
                name: live.metadata.name,
                namespace: ns,
                uid: live.metadata.uid,
              })
            : o;
          const path = `${collectionPath(resource, o.metadata.namespace ?? ns)}/${encodeURIComponent(o.metadata.name)}`;
          try {
            const before = await requestRetrying<KObject>(client, "GET", path).catch((e) =>
              isNotFound(e) ? undefined : Promise.reject(e),
            );
            const after = await requestRetrying<KObject>(client, "PATCH", path, {
              body,
              contentType: "application/apply-patch+yaml",
              query: { fieldManager: FIELD_MANAGER, force: true, dryRun: "All" },
            });
            const d = changeDiff(before as K8sObject | undefined, after as K8sObject, FIELD_MANAGER);
            if (d) diffs.push(d);
          } catch (e) {
            errors.push(`${where}: ${(e as Error).message}`);
          }
        }
        // What the cluster holds for this Blueprint that it no longer has (released, retained ones excepted).
        for (const r of children) {
          const list = await requestRetrying<{ items: KObject[] }>(client, "GET", collectionPath(r, ns), {
            query: { labelSelector: `${LABEL_BLUEPRINT}=${model.name}` },
          });
          for (const o of typed(r, list.items) as K8sObject[]) {
            if (desiredKeys.has(objectKey(o)) || o.metadata.annotations?.[ANNOTATION_RETAINED]) continue;
            diffs.push(removalDiff(o, FIELD_MANAGER));
          }
        }
      }
    } catch (e) {
      errors.push((e as Error).message);
    } finally {
      client.close();
    }
    if (errors.length) {
      for (const e of errors) io.err(`trib diff: ${e}\n`);
      return DIFF_EXIT.cluster;
    }
    if (diffs.length === 0) return DIFF_EXIT.same;
    io.out(formatDiffs(diffs, io.tty && !process.env.NO_COLOR));
    return DIFF_EXIT.different;
  },
};

// Flux wiring: a Kustomization per layer directory (`coordination`, `brokers`, `topics`, `apps`) of each
// Blueprint. Flux has no sync waves, so order is `dependsOn`: a layer waits for the layers its components
// need, in this Blueprint and in others (a topic on `platform/events` waits for platform's brokers).
//
// Names are stable: a Kustomization is named for its Blueprint and layer, never for a wave, so an edit that
// shifts waves never deletes a Kustomization (whose finalizer would prune everything it applied).
// Every layer prunes; what must survive a prune carries its own `kustomize.toolkit.fluxcd.io/prune:
// disabled` (data-bearing objects whose component says Retain: lib/synth/labels.ts), so Delete deletes and
// every object stays in its Kustomization's inventory.
//
// Worker budget: kustomize-controller reconciles `--concurrent` (default 4) Kustomizations at a time, and a
// Kustomization with `wait: true` holds its worker until its objects are healthy or `timeout` passes. A
// layer whose dependencies are not Ready does not hold one (it is requeued every `--requeue-dependency`).
// So the timeout is short (5m: a worker is never held longer), and an unhealthy layer retries every
// `retryInterval` (1m) instead of blocking the others; `interval` (10m) only bounds drift correction, since
// a new source revision reconciles at once.
import { groupOrCore } from "../../kube/objects.ts";
import type { K8sObject } from "../model/k8s-object.ts";
import { canonicalYaml } from "../synth/canonical.ts";
import { LABEL_BLUEPRINT, LABEL_MANAGED_BY, MANAGED_BY } from "../synth/labels.ts";
import type { LayerRef } from "../synth/layout.ts";
import { boundedName, LABEL_CLUSTER, LABEL_NAMESPACE } from "./argocd.ts";
import { CEL_CHECKS } from "./health.ts";
import { blueprintDir, fluxDir } from "./paths.ts";
import type { Target } from "./types.ts";

export interface Layer {
  /** The layer's directory name. */
  name: string;
  objects: readonly K8sObject[];
}

/** The timing every layer Kustomization gets (see the worker budget above). */
export const FLUX_TIMING = { interval: "10m", retryInterval: "1m", timeout: "5m" } as const;

/** How often the GitRepository the Kustomizations read is fetched (documented in the README). */
export const FLUX_SOURCE_INTERVAL = "1m";

export const kustomizationName = (namespace: string, blueprint: string, layer: string) =>
  boundedName([namespace, blueprint, layer]);

export function healthCheckExprs(objects: readonly K8sObject[]): Record<string, string>[] {
  const seen = new Map<string, Record<string, string>>();
  for (const o of objects) {
    const check = CEL_CHECKS[`${groupOrCore(o.apiVersion)}/${o.kind}`];
    const key = `${o.apiVersion}/${o.kind}`;
    if (!check || seen.has(key)) continue;
    seen.set(key, {
      apiVersion: o.apiVersion,
      kind: o.kind,
      current: check.current,
      ...(check.failed ? { failed: check.failed } : {}),
    });
  }
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
}

/** The Kustomizations of one Blueprint, one per layer, in dependency order. */
export function kustomizations(
  target: Target,
  blueprint: { namespace: string; name: string },
  layers: readonly Layer[],
  requires: ReadonlyMap<string, readonly LayerRef[]>,
): K8sObject[] {
  const present = new Set(layers.map((l) => l.name));
  return layers.map((layer) => {
    const exprs = healthCheckExprs(layer.objects);
    const dependsOn = (requires.get(layer.name) ?? [])
      .filter(
        (r) => r.namespace !== blueprint.namespace || r.blueprint !== blueprint.name || present.has(r.layer),
      )
      .map((r) => ({ name: kustomizationName(r.namespace, r.blueprint, r.layer) }));
    return {
      apiVersion: "kustomize.toolkit.fluxcd.io/v1",
      kind: "Kustomization",
      metadata: {
        name: kustomizationName(blueprint.namespace, blueprint.name, layer.name),
        namespace: target.fluxNamespace,
        labels: {
          [LABEL_MANAGED_BY]: MANAGED_BY,
          [LABEL_CLUSTER]: target.cluster,
          [LABEL_NAMESPACE]: blueprint.namespace,
          [LABEL_BLUEPRINT]: blueprint.name,
        },
      },
      spec: {
        ...FLUX_TIMING,
        sourceRef: { kind: "GitRepository", name: target.fluxSource },
        path: `./${blueprintDir(target, blueprint)}/${layer.name}`,
        prune: true,
        wait: true,
        ...(dependsOn.length > 0 ? { dependsOn } : {}),
        ...(exprs.length > 0 ? { healthCheckExprs: exprs } : {}),
      },
    };
  });
}

/** The GitRepository the generated Kustomizations read: what a user creates once (or `trib publish` writes). */
export function gitRepository(target: Target, url: string): K8sObject {
  return {
    apiVersion: "source.toolkit.fluxcd.io/v1",
    kind: "GitRepository",
    metadata: { name: target.fluxSource, namespace: target.fluxNamespace },
    spec: { interval: FLUX_SOURCE_INTERVAL, url, ref: { branch: target.branch } },
  };
}

/** The one Kustomization a user creates to apply this directory (the Kustomizations of every Blueprint). */
export function rootKustomization(target: Target): K8sObject {
  return {
    apiVersion: "kustomize.toolkit.fluxcd.io/v1",
    kind: "Kustomization",
    metadata: { name: boundedName(["tributary", target.cluster]), namespace: target.fluxNamespace },
    spec: {
      interval: FLUX_TIMING.interval,
      sourceRef: { kind: "GitRepository", name: target.fluxSource },
      path: `./${fluxDir(target)}`,
      prune: true,
    },
  };
}

/** deploy/<cluster>/flux/source.yaml (`trib publish --flux-source <url>`): both objects above, for `url`. */
export function fluxSourceFile(target: Target, url: string): string {
  return `${canonicalYaml(gitRepository(target, url))}---\n${canonicalYaml(rootKustomization(target))}`;
}

export function fluxReadme(target: Target): string {
  return `# Flux wiring for deploy/${target.cluster}

Generated by Tributary; rewritten on every publish. \`<namespace>.<blueprint>.yaml\` holds one Flux
Kustomization per layer of that Blueprint (\`deploy/${target.cluster}/<namespace>/<blueprint>/<layer>\`, the
layers being \`coordination\`, \`brokers\`, \`topics\` and \`apps\`). Names never change with the content, so an
edit never deletes a Kustomization. Order comes from \`dependsOn\`: a layer waits for the layers its
components need, in its own Blueprint and in others (a topic on \`platform/events\` waits for
\`<namespace>.platform.brokers\`). Health: \`wait: true\` plus \`healthCheckExprs\` for the kinds kstatus would
call ready too early (Strimzi's cluster operator reports NotReady rather than Ready=False; Spark, Flink,
Pravega and Stackable have their own status dialects); every expression first checks that the operator has
seen the current generation.

Every layer has \`prune: true\`. Data-bearing objects whose component says \`deletionPolicy: Retain\` carry
\`kustomize.toolkit.fluxcd.io/prune: disabled\`: removing them from a Blueprint, or removing the Blueprint,
leaves them (and their data) in the cluster; \`Delete\` ones are pruned.

## Set up once

The Kustomizations read the GitRepository \`${target.fluxNamespace}/${target.fluxSource}\` (branch
\`${target.branch}\`) and apply into the Blueprints' namespaces, which must exist. Create the source (skip it if
\`flux bootstrap\` already made \`${target.fluxSource}\` for this repository) and one Kustomization applying this
directory:

\`\`\`yaml
${canonicalYaml(gitRepository(target, "<this repository's URL>"))}---
${canonicalYaml(rootKustomization(target))}\`\`\`

\`trib publish --flux-source <url>\` writes exactly these two objects, for that URL (credentials stripped), to
\`source.yaml\` in this directory: apply it once (\`kubectl apply -f deploy/${target.cluster}/flux/source.yaml\`);
from then on the root Kustomization keeps both up to date, since the file lies in the directory it applies.
A publish without \`--flux-source\` leaves \`source.yaml\` as it is.

## Many Blueprints

kustomize-controller reconciles \`--concurrent\` Kustomizations at once (default 4). A layer waiting for
health holds one worker for at most \`timeout\` (${FLUX_TIMING.timeout}); a layer whose dependencies are not
Ready holds none (it is requeued every \`--requeue-dependency\`, default 30s). An unhealthy layer reports
HealthCheckFailed and retries every \`retryInterval\` (${FLUX_TIMING.retryInterval}). With many Blueprints:

- raise kustomize-controller's \`--concurrent\` to about the number of layers that can become healthy at
  once (two per Blueprint being deployed), and its memory limit with it;
- lower \`--requeue-dependency\` (e.g. 5s) to start a layer sooner after its dependencies become Ready;
- keep \`timeout\` short rather than raising it: a slow Kafka retries every ${FLUX_TIMING.retryInterval} without
  holding a worker in between;
- \`interval\` (${FLUX_TIMING.interval}) only bounds drift correction: a new commit reconciles at once, since
  the Kustomizations watch their source.
`;
}

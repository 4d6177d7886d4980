// Argo CD wiring: an Application per Blueprint path, or one ApplicationSet over deploy/<cluster>/*/*
// (use one or the other: they make Applications of the same names), and the Lua health checks as argocd-cm
// keys. Data-bearing objects already carry `Prune=false` (lib/synth/labels.ts); the Application asks for
// server-side apply when an object is too large for client-side apply's last-applied annotation.
import { createHash } from "node:crypto";
import type { K8sObject } from "../model/k8s-object.ts";
import { canonicalYaml } from "../synth/canonical.ts";
import { ANNOTATION_WAVE, LABEL_BLUEPRINT, LABEL_MANAGED_BY, MANAGED_BY } from "../synth/labels.ts";
import { LAYER_ORDER, type LayerRef } from "../synth/layout.ts";
import { LUA_CHECKS, luaKey } from "./health.ts";
import { argoDir, blueprintDir, clusterDir, fluxDir } from "./paths.ts";
import type { Target } from "./types.ts";

export const LABEL_CLUSTER = "tributary.dev/cluster";
export const LABEL_NAMESPACE = "tributary.dev/namespace";

/**
 * Client-side apply stores the whole object in an annotation, and all annotations together must stay
 * under 256 KiB; objects above this size (canonical YAML bytes) get ServerSideApply=true.
 */
export const LARGE_OBJECT_BYTES = 128 * 1024;

/** Names joined with dots, at most `limit` characters (a label value's 63): hashed when longer. */
export function boundedName(parts: readonly string[], limit = 63): string {
  const name = parts.join(".");
  if (name.length <= limit) return name;
  const hash = createHash("sha256").update(name).digest("hex").slice(0, 8);
  return `${name.slice(0, limit - 9).replace(/[^a-z0-9]+$/, "")}-${hash}`;
}

export const applicationName = (t: Pick<Target, "cluster">, namespace: string, name: string) =>
  boundedName([t.cluster, namespace, name]);

const SYNC_RETRY = { limit: 5, backoff: { duration: "10s", factor: 2, maxDuration: "5m" } };

export function syncOptions(serverSideApply: boolean): string[] {
  return ["CreateNamespace=true", "PruneLast=true", ...(serverSideApply ? ["ServerSideApply=true"] : [])];
}

/**
 * The sync wave of a Blueprint's Application in an app-of-apps: after the Blueprints it references. A
 * reference reaches another Blueprint's layer; the wave is one past that layer's place in the layer order
 * (a topic on another Blueprint's Kafka: 2; a Kafka on another's ZooKeeper: 1), so chains of Blueprints
 * sync in order without knowing each other's references.
 */
export function applicationWave(
  blueprint: { namespace: string; name: string },
  requires: ReadonlyMap<string, readonly LayerRef[]>,
): number {
  let wave = 0;
  for (const refs of requires.values())
    for (const r of refs)
      if (r.namespace !== blueprint.namespace || r.blueprint !== blueprint.name)
        wave = Math.max(wave, LAYER_ORDER.indexOf(r.layer) + 1);
  return wave;
}

export function application(
  target: Target,
  blueprint: { namespace: string; name: string },
  options: { serverSideApply: boolean; wave?: number },
): K8sObject {
  return {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "Application",
    metadata: {
      name: applicationName(target, blueprint.namespace, blueprint.name),
      namespace: target.argocdNamespace,
      labels: {
        [LABEL_MANAGED_BY]: MANAGED_BY,
        [LABEL_CLUSTER]: target.cluster,
        [LABEL_NAMESPACE]: blueprint.namespace,
        [LABEL_BLUEPRINT]: blueprint.name,
      },
      // Only commits touching this path refresh the Application (a monorepo of many Blueprints).
      annotations: {
        "argocd.argoproj.io/manifest-generate-paths": ".",
        ...(options.wave ? { [ANNOTATION_WAVE]: String(options.wave) } : {}),
      },
    },
    spec: {
      project: target.argocdProject,
      source: {
        repoURL: target.repoURL,
        targetRevision: target.branch,
        path: blueprintDir(target, blueprint),
      },
      destination: { name: target.cluster, namespace: blueprint.namespace },
      syncPolicy: {
        automated: { prune: true, selfHeal: true },
        syncOptions: syncOptions(options.serverSideApply),
        retry: SYNC_RETRY,
      },
    },
  };
}

/** One ApplicationSet for every Blueprint path; server-side apply throughout (it cannot tell sizes). */
export function applicationSet(target: Target): K8sObject {
  const depth = clusterDir(target).split("/").length; // segments before <namespace>
  const ns = `{{index .path.segments ${depth}}}`;
  return {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "ApplicationSet",
    metadata: {
      name: boundedName(["tributary", target.cluster]),
      namespace: target.argocdNamespace,
      labels: { [LABEL_MANAGED_BY]: MANAGED_BY, [LABEL_CLUSTER]: target.cluster },
    },
    spec: {
      goTemplate: true,
      goTemplateOptions: ["missingkey=error"],
      generators: [
        {
          git: {
            repoURL: target.repoURL,
            revision: target.branch,
            directories: [
              { path: `${clusterDir(target)}/*/*` },
              { path: `${argoDir(target)}/*`, exclude: true },
              { path: `${fluxDir(target)}/*`, exclude: true },
            ],
          },
        },
      ],
      template: {
        metadata: {
          name: `${target.cluster}.${ns}.{{.path.basename}}`,
          labels: {
            [LABEL_MANAGED_BY]: MANAGED_BY,
            [LABEL_CLUSTER]: target.cluster,
            [LABEL_NAMESPACE]: ns,
            [LABEL_BLUEPRINT]: "{{.path.basename}}",
          },
          annotations: { "argocd.argoproj.io/manifest-generate-paths": "." },
        },
        spec: {
          project: target.argocdProject,
          source: { repoURL: target.repoURL, targetRevision: target.branch, path: "{{.path.path}}" },
          destination: { name: target.cluster, namespace: ns },
          syncPolicy: {
            automated: { prune: true, selfHeal: true },
            syncOptions: syncOptions(true),
            retry: SYNC_RETRY,
          },
        },
      },
    },
  };
}

/**
 * The Lua health checks as argocd-cm keys. A partial ConfigMap: apply it server-side
 * (`kubectl apply --server-side -f`) so it adds these keys and leaves the rest of argocd-cm alone.
 */
export function healthConfigMap(target: Target): K8sObject {
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: {
      name: "argocd-cm",
      namespace: target.argocdNamespace,
      labels: { "app.kubernetes.io/name": "argocd-cm", "app.kubernetes.io/part-of": "argocd" },
    },
    data: Object.fromEntries(LUA_CHECKS.map((c) => [luaKey(c), c.lua])),
  };
}

export function argoReadme(target: Target): string {
  return `# Argo CD wiring for deploy/${target.cluster}

Generated by Tributary; rewritten on every publish. Choose one of:

- \`applications/\`: one Application per Blueprint (\`<namespace>.<blueprint>.yaml\`). Point an
  app-of-apps at this directory, or \`kubectl apply -f applications/\`.
- \`applicationset.yaml\`: one ApplicationSet making the same Applications from the directories under
  \`deploy/${target.cluster}/<namespace>/<blueprint>\`.

Applications sync to the Argo CD cluster named \`${target.cluster}\` (Argo CD names its own cluster
\`in-cluster\`). Data-bearing objects carry \`argocd.argoproj.io/sync-options: Prune=false\`, so a prune never
deletes a broker, a topic or a ZooKeeper ensemble; delete those by hand.

\`argocd-cm-health.yaml\` holds Lua health checks for the kinds Argo CD has none for (Strimzi
KafkaNodePool, ScheduledSparkApplication, the Stackable kinds, Tributary's Blueprint). Without them Argo CD
reports those objects Healthy as soon as they exist. Add the keys to argocd-cm:

    kubectl apply --server-side --field-manager=tributary -f argocd-cm-health.yaml
`;
}

export const yamlOf = (o: K8sObject) => canonicalYaml(o);

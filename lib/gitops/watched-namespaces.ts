// Namespaces a job's operator must watch. The Spark and Flink operators reconcile only the namespaces their
// Helm chart named at install time (kubeflow/spark-operator v2.5.2 charts/spark-operator-chart/values.yaml
// `spark.jobNamespaces`, default `default`; apache/flink-kubernetes-operator release-1.15.0
// helm/flink-kubernetes-operator/values.yaml `watchNamespaces`, empty for all). Tributary cannot change
// that install, so the plan notes every job whose operator meets a namespace for the first time: one that
// no object of that operator used in the previous published state of the cluster directory (with no
// previous state, every namespace is new: the first publish lists them all).
import type { K8sObject } from "../model/k8s-object.ts";
import { parseObject } from "./objects.ts";
import type { FileMap } from "./types.ts";

/** The operator serving each job kind, and the install setting that lists its namespaces. */
const WATCHERS: Readonly<Record<string, { operator: string; setting: string }>> = {
  "sparkoperator.k8s.io/SparkApplication": { operator: "Spark operator", setting: "spark.jobNamespaces" },
  "sparkoperator.k8s.io/ScheduledSparkApplication": {
    operator: "Spark operator",
    setting: "spark.jobNamespaces",
  },
  "flink.apache.org/FlinkDeployment": { operator: "Flink operator", setting: "watchNamespaces" },
};

const watcherOf = (o: K8sObject) => WATCHERS[`${o.apiVersion.split("/")[0]}/${o.kind}`];

/** A file that may hold a job: only those are parsed (a repository holds thousands of other files). */
const MAY_BE_JOB = /^kind: (SparkApplication|ScheduledSparkApplication|FlinkDeployment)\s*$/m;

/** `operator → namespace → job names` over the YAML objects under `prefix`. */
function jobsByNamespace(files: FileMap, prefix: string): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  for (const [path, text] of files) {
    if (!path.startsWith(prefix) || !path.endsWith(".yaml") || !MAY_BE_JOB.test(text)) continue;
    let object: K8sObject;
    try {
      object = parseObject(text);
    } catch {
      continue; // not an object file (a hand-edited or malformed one is reported elsewhere)
    }
    const watcher = object && typeof object.kind === "string" ? watcherOf(object) : undefined;
    const namespace = object?.metadata?.namespace;
    if (!watcher || !namespace) continue;
    const byNs = out.get(watcher.operator) ?? new Map<string, string[]>();
    byNs.set(namespace, [...(byNs.get(namespace) ?? []), object.metadata.name]);
    out.set(watcher.operator, byNs);
  }
  return out;
}

/**
 * One note per operator and namespace that the new state's jobs use and the previous state's did not,
 * naming the jobs and the setting to extend, sorted.
 */
export function newWatchedNamespaces(old: FileMap, desired: FileMap, prefix: string): string[] {
  // A namespace new to an operator can only come from a file the publish adds or changes: an unchanged file's
  // jobs were in the previous state too. So a publish that changes no job file parses nothing.
  const touched: FileMap = new Map([...desired].filter(([path, text]) => old.get(path) !== text));
  const after = jobsByNamespace(touched, prefix);
  if (after.size === 0) return [];
  const before = jobsByNamespace(old, prefix);
  const notes: string[] = [];
  for (const [operator, byNs] of after) {
    const setting = Object.values(WATCHERS).find((w) => w.operator === operator)!.setting;
    for (const [namespace, jobs] of byNs) {
      if (before.get(operator)?.has(namespace)) continue;
      notes.push(
        `the ${operator} must watch namespace ${namespace} (its chart's ${setting}) for ${[...new Set(jobs)].sort().join(", ")}`,
      );
    }
  }
  return notes.sort();
}

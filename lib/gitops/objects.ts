// Reading the hydrated tree back: which files are objects, which layer each is in, and what each object
// is (its identity across renames of its file, whether it holds data).
import { parse } from "yaml";
import { groupOrCore } from "../../kube/objects.ts";
import type { K8sObject } from "../model/k8s-object.ts";
import { ANNOTATION_ARGO_SYNC_OPTIONS, ANNOTATION_FLUX_PRUNE } from "../synth/labels.ts";
import { KUSTOMIZATION } from "./paths.ts";
import type { FileMap } from "./types.ts";

/** A layer directory of a Blueprint's tree, as lib/synth/layout names them (`brokers`, `apps`, …). */
export const LAYER_DIR = /^[a-z][a-z0-9-]*$/;

export interface ObjectFile {
  /** Path inside the Blueprint's directory. */
  path: string;
  layer: string;
  text: string;
  object: K8sObject;
}

/** Identity of an object across files, waves and API versions: group, kind, namespace, name. */
export const objectKey = (o: K8sObject): string =>
  `${groupOrCore(o.apiVersion)}/${o.kind}/${o.metadata.namespace ?? ""}/${o.metadata.name}`;

/** Canonical YAML is written as YAML 1.1 (lib/synth/canonical.ts); read it the same way. */
export const parseObject = (text: string): K8sObject => parse(text, { version: "1.1" }) as K8sObject;

/** The object files of one Blueprint's tree (`<layer>/<file>.yaml`), keyed by relative path. */
export function objectFiles(files: FileMap, prefix = ""): ObjectFile[] {
  const out: ObjectFile[] = [];
  for (const [path, text] of files) {
    if (!path.startsWith(prefix)) continue;
    const rel = path.slice(prefix.length);
    const parts = rel.split("/");
    if (parts.length !== 2 || !LAYER_DIR.test(parts[0]!)) continue;
    if (!parts[1]!.endsWith(".yaml") || parts[1] === KUSTOMIZATION) continue;
    const object = parseObject(text);
    if (!object || typeof object !== "object" || typeof object.kind !== "string") continue;
    out.push({ path: rel, layer: parts[0]!, text, object });
  }
  return out;
}

/** Kinds whose deletion deletes data: brokers, node pools, topics, ensembles, znodes, volumes. */
const DATA_KINDS = new Set([
  "kafka.strimzi.io/Kafka",
  "kafka.strimzi.io/KafkaNodePool",
  "kafka.strimzi.io/KafkaTopic",
  "kafka.stackable.tech/KafkaCluster",
  "zookeeper.stackable.tech/ZookeeperCluster",
  "zookeeper.stackable.tech/ZookeeperZnode",
  "zookeeper.pravega.io/ZookeeperCluster",
  "core/PersistentVolumeClaim",
  "apps/StatefulSet",
]);

/** Marked to survive a prune (the component's deletionPolicy is Retain: lib/synth/labels.ts). */
export function retained(o: K8sObject): boolean {
  const a = o.metadata.annotations ?? {};
  return (
    (a[ANNOTATION_ARGO_SYNC_OPTIONS] ?? "").split(",").some((s) => s.trim() === "Prune=false") ||
    a[ANNOTATION_FLUX_PRUNE] === "disabled"
  );
}

export function dataBearing(o: K8sObject): boolean {
  return DATA_KINDS.has(`${groupOrCore(o.apiVersion)}/${o.kind}`) || retained(o);
}

/** `Kind name` for people: the namespace only when it is not the Blueprint's. */
export function describe(o: K8sObject, namespace?: string): string {
  const ns = o.metadata.namespace && o.metadata.namespace !== namespace ? `${o.metadata.namespace}/` : "";
  return `${o.kind} ${ns}${o.metadata.name}`;
}

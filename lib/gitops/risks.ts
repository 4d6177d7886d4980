// Risky changes, flagged in the plan so a reviewer cannot miss them: what Kafka or ZooKeeper cannot undo
// or does only with care, and what an operator cannot do in one step (operator-risks.ts). Rules read the objects themselves (kind, field paths, quantities), not the
// Blueprint, so they hold for any provider's output and for hand-edited history alike.

import { groupOrCore } from "../../kube/objects.ts";
import type { K8sObject } from "../model/k8s-object.ts";
import { parseQuantity } from "../values/quantity.ts";
import { dataBearing, retained } from "./objects.ts";
import { type OperatorRiskCode, operatorRisks } from "./operator-risks.ts";

export type RiskCode =
  | "partitions-decrease"
  | "replication-change"
  | "storage-shrink"
  | "zookeeper-resize"
  | "data-removed"
  | "immutable-change"
  | OperatorRiskCode;

export interface Risk {
  code: RiskCode;
  message: string;
}

type Segment = string | number;

export interface LeafChange {
  path: Segment[];
  /** undefined: absent on that side. */
  before: unknown;
  after: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/** Every leaf that differs between two JSON values (arrays compared by index). */
export function diffLeaves(a: unknown, b: unknown, path: Segment[] = []): LeafChange[] {
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: LeafChange[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(...diffLeaves(a[i], b[i], [...path, i]));
    return out;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((k) => diffLeaves(a[k], b[k], [...path, k]));
  }
  if (a === b) return [];
  // A whole subtree added or removed counts as its leaves, so rules see `size` under a new volume.
  if (a === undefined && (isObject(b) || Array.isArray(b))) return leaves(b, path, "after");
  if (b === undefined && (isObject(a) || Array.isArray(a))) return leaves(a, path, "before");
  return [{ path, before: a, after: b }];
}

function leaves(v: unknown, path: Segment[], side: "before" | "after"): LeafChange[] {
  const entries: [Segment, unknown][] = Array.isArray(v)
    ? v.map((x, i) => [i, x])
    : isObject(v)
      ? Object.entries(v)
      : [];
  if (entries.length === 0)
    return [{ path, before: side === "before" ? v : undefined, after: side === "after" ? v : undefined }];
  return entries.flatMap(([k, x]) =>
    isObject(x) || Array.isArray(x)
      ? leaves(x, [...path, k], side)
      : [
          {
            path: [...path, k],
            before: side === "before" ? x : undefined,
            after: side === "after" ? x : undefined,
          },
        ],
  );
}

/** `spec.kafka.config["default.replication.factor"]`, `spec.storage.volumes[0].size`. */
export function formatPath(path: readonly Segment[]): string {
  let out = "";
  for (const s of path) {
    if (typeof s === "number") out += `[${s}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

const show = (v: unknown): string =>
  v === undefined ? "(none)" : typeof v === "string" ? v : JSON.stringify(v);

/** A Kubernetes quantity in base units (bytes for storage), or undefined when it is not one. */
export const quantity = parseQuantity;

const keyOf = (path: readonly Segment[]): string => String(path[path.length - 1] ?? "");
const underStorage = (path: readonly Segment[]) =>
  path.some((s) => typeof s === "string" && /storage|persistence|volume/i.test(s));

/** A volume's capacity: Strimzi `storage.size`, Stackable `…storage.data.capacity`, PVC `requests.storage`. */
const isStorageSize = (path: readonly Segment[]) =>
  ["size", "capacity", "storage"].includes(keyOf(path)) && underStorage(path);

/** Fields the API server, or the operator, refuses to change in place. */
const IMMUTABLE: Record<string, string[][]> = {
  "apps/StatefulSet": [
    ["spec", "selector"],
    ["spec", "serviceName"],
    ["spec", "volumeClaimTemplates"],
    ["spec", "podManagementPolicy"],
  ],
  "apps/Deployment": [["spec", "selector"]],
  "apps/DaemonSet": [["spec", "selector"]],
  "batch/Job": [
    ["spec", "selector"],
    ["spec", "template"],
    ["spec", "completionMode"],
  ],
  "core/Service": [
    ["spec", "clusterIP"],
    ["spec", "clusterIPs"],
  ],
  "core/PersistentVolumeClaim": [
    ["spec", "accessModes"],
    ["spec", "storageClassName"],
    ["spec", "volumeName"],
    ["spec", "selector"],
    ["spec", "volumeMode"],
  ],
  "kafka.strimzi.io/KafkaTopic": [["spec", "topicName"]],
  "kafka.strimzi.io/KafkaUser": [["spec", "authentication", "type"]],
};

const startsWith = (path: readonly Segment[], prefix: readonly string[]) =>
  prefix.every((p, i) => path[i] === p);

/** Storage class and storage type: no operator moves data between them (Strimzi refuses, PVCs cannot). */
const isStorageIdentity = (path: readonly Segment[]) => {
  const key = keyOf(path);
  if (key === "storageClassName" || key === "storageClass") return true;
  if (key === "class" && underStorage(path)) return true;
  return key === "type" && path.includes("storage");
};

function sum(values: unknown[]): number {
  return values.reduce<number>((acc, v) => acc + (typeof v === "number" ? v : 0), 0);
}

function collect(v: unknown, key: string): unknown[] {
  if (Array.isArray(v)) return v.flatMap((x) => collect(x, key));
  if (!isObject(v)) return [];
  return Object.entries(v).flatMap(([k, x]) => (k === key && !isObject(x) ? [x] : collect(x, key)));
}

const spec = (o: K8sObject): unknown => o.spec;

/** The risks of changing `before` into `after` (the same object: same group, kind, namespace, name). */
export function risksOfChange(
  before: K8sObject,
  after: K8sObject,
  leaves = diffLeaves(before, after),
): Risk[] {
  const risks: Risk[] = [];
  const gk = `${groupOrCore(after.apiVersion)}/${after.kind}`;
  const specOf = (o: K8sObject) => (isObject(o.spec) ? o.spec : {});

  if (after.kind === "KafkaTopic") {
    const p0 = specOf(before).partitions;
    const p1 = specOf(after).partitions;
    if (typeof p0 === "number" && typeof p1 === "number" && p1 < p0)
      risks.push({
        code: "partitions-decrease",
        message: `partitions ${p0} → ${p1}: Kafka cannot remove partitions (the topic operator rejects it; recreate the topic to shrink it)`,
      });
    const r0 = specOf(before).replicas;
    const r1 = specOf(after).replicas;
    if (r0 !== r1)
      risks.push({
        code: "replication-change",
        message: `replication factor ${show(r0)} → ${show(r1)}: every partition's replicas are reassigned (Cruise Control moves the data)`,
      });
  }
  for (const c of leaves) {
    if (c.path[0] !== "spec") continue;
    const key = keyOf(c.path);
    if (/replication\.factor$/.test(key) && c.before !== c.after)
      risks.push({
        code: "replication-change",
        message: `${formatPath(c.path)} ${show(c.before)} → ${show(c.after)}: changes the replication of topics created from now on`,
      });
    if (isStorageSize(c.path)) {
      const q0 = quantity(c.before);
      const q1 = quantity(c.after);
      if (q0 !== undefined && (q1 === undefined || q1 < q0))
        risks.push({
          code: "storage-shrink",
          message:
            q1 === undefined
              ? `${formatPath(c.path)} ${show(c.before)} removed: the volume and its data go with it`
              : `${formatPath(c.path)} ${show(c.before)} → ${show(c.after)}: volumes cannot shrink (the operator rejects it or the data does not fit)`,
        });
    }
    const prefixes = IMMUTABLE[gk] ?? [];
    if (prefixes.some((p) => startsWith(c.path, p)) || isStorageIdentity(c.path))
      risks.push({
        code: "immutable-change",
        message: `${formatPath(c.path)} ${show(c.before)} → ${show(c.after)}: immutable; the change is refused or the object must be recreated`,
      });
  }
  if (after.kind === "ZookeeperCluster") {
    const n0 = sum(collect(spec(before), "replicas"));
    const n1 = sum(collect(spec(after), "replicas"));
    if (n0 !== n1)
      risks.push({
        code: "zookeeper-resize",
        message: `ZooKeeper ensemble ${n0} → ${n1} servers: the quorum changes; servers restart one at a time and clients reconnect`,
      });
  }
  risks.push(...operatorRisks(before, after));
  if ((before.data !== undefined || after.data !== undefined) && before.immutable === true) {
    if (leaves.some((c) => c.path[0] === "data" || c.path[0] === "binaryData"))
      risks.push({
        code: "immutable-change",
        message: `data of an immutable ${after.kind} changed: it must be recreated`,
      });
  }
  return dedupe(risks);
}

/** The risk of deleting `before` from git: data-bearing objects only. */
export function risksOfRemoval(before: K8sObject): Risk[] {
  if (!dataBearing(before)) return [];
  return [
    {
      code: "data-removed",
      message: retained(before)
        ? `data-bearing ${before.kind} removed from git: Prune=false keeps it (and its data) in the cluster until deleted by hand`
        : `data-bearing ${before.kind} removed: pruning deletes it and its data`,
    },
  ];
}

function dedupe(risks: Risk[]): Risk[] {
  const seen = new Set<string>();
  return risks.filter((r) => {
    const k = `${r.code}\0${r.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

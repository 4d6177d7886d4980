// Stage 7, emit: the canonical form of an object. apiVersion, kind, metadata first, every other key
// sorted at every depth, 2-space indent, no line folding, LF, one final newline, YAML 1.1-safe quoting
// (Argo CD and kubectl read YAML 1.1: an unquoted `on` or `yes` would turn into a boolean).
import { Document } from "yaml";
import { sortKeys } from "../model/stable-json.ts";
import type { K8sObject } from "../providers/types.ts";

const HEAD = ["apiVersion", "kind", "metadata"];

/** The object with its keys in canonical order and without status (never part of desired state). */
export function canonicalObject(object: K8sObject): K8sObject {
  const { status: _status, ...rest } = object;
  const sorted = sortKeys(dropUndefined(rest)) as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const k of HEAD) if (k in sorted) ordered[k] = sorted[k];
  for (const k of Object.keys(sorted)) if (!HEAD.includes(k)) ordered[k] = sorted[k];
  return ordered as K8sObject;
}

export function canonicalYaml(object: K8sObject): string {
  const doc = new Document(canonicalObject(object), { version: "1.1" });
  return doc.toString({ indent: 2, lineWidth: 0, minContentWidth: 0 });
}

function dropUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropUndefined);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, dropUndefined(v)]),
  );
}

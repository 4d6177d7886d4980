// Drift: does a desired child need a server-side apply? Its values against the cluster's (server defaults,
// omitted zero values and canonical quantities aside), and the fields our manager owns against the desired
// ones. A steady-state reconcile finds nothing to apply, so it writes nothing. Pure: no I/O.
import type { KObject } from "../../kube/objects.ts";
import { parseQuantity } from "../../lib/values/quantity.ts";
import { FIELD_MANAGER, sameDesired } from "./ownership.ts";

/** What the last apply of a child gave: the desired object it sent and the resourceVersion it produced. */
export interface Applied {
  desired: object;
  resourceVersion: string;
}

/**
 * `want` is contained in `have`: every field of `want` is there with the same value (lists item by item).
 * As the API server stores built-in kinds, a field at its zero value (false, 0, "", empty) may be absent
 * (Go's omitempty), and a quantity may be rewritten in canonical form (0.5 → 500m): both still match.
 */
export function contains(want: unknown, have: unknown): boolean {
  if (have === undefined && isZero(want)) return true;
  if (Array.isArray(want)) {
    return Array.isArray(have) && want.length === have.length && want.every((w, i) => contains(w, have[i]));
  }
  if (want !== null && typeof want === "object") {
    if (have === null || typeof have !== "object" || Array.isArray(have)) return false;
    return Object.entries(want).every(([k, v]) => contains(v, (have as Record<string, unknown>)[k]));
  }
  if (want === have) return true;
  return typeof want === "string" && typeof have === "string" && sameQuantity(want, have);
}

const isZero = (v: unknown): boolean =>
  v === false ||
  v === 0 ||
  v === "" ||
  v === null ||
  (Array.isArray(v) && v.length === 0) ||
  (v !== null && typeof v === "object" && !Array.isArray(v) && Object.values(v).every(isZero));

/** Two Kubernetes quantities of the same value (`0.5` and `500m`, `1Gi` and `1024Mi`). */
export function sameQuantity(a: string, b: string): boolean {
  const va = parseQuantity(a);
  const vb = parseQuantity(b);
  if (va === undefined || vb === undefined) return false;
  return Math.abs(va - vb) <= Math.abs(va) * 1e-12;
}

const deepEqual = (a: unknown, b: unknown): boolean => contains(a, b) && contains(b, a);

/**
 * Every field in a managedFields `fieldsV1` set is still in `desired`: nothing we applied before has left
 * the desired object. (A field that left must be applied away; the values are compared by `contains`.)
 */
export function fieldsWithin(fields: unknown, desired: unknown): boolean {
  if (fields === null || typeof fields !== "object") return true;
  for (const [key, sub] of Object.entries(fields as Record<string, unknown>)) {
    if (key === ".") continue;
    const kind = key.slice(0, 2);
    const rest = key.slice(2);
    if (kind === "f:") {
      if (desired === null || typeof desired !== "object" || Array.isArray(desired)) return false;
      if (!Object.hasOwn(desired, rest)) return false;
      if (!fieldsWithin(sub, (desired as Record<string, unknown>)[rest])) return false;
    } else if (kind === "k:") {
      if (!Array.isArray(desired)) return false;
      let wanted: Record<string, unknown>;
      try {
        wanted = JSON.parse(rest) as Record<string, unknown>;
      } catch {
        return false;
      }
      const item = desired.find(
        (d) =>
          d !== null &&
          typeof d === "object" &&
          Object.entries(wanted).every(([k, v]) => deepEqual(v, (d as Record<string, unknown>)[k])),
      );
      if (item === undefined || !fieldsWithin(sub, item)) return false;
    } else if (kind === "v:") {
      if (!Array.isArray(desired)) return false;
      let value: unknown;
      try {
        value = JSON.parse(rest);
      } catch {
        return false;
      }
      if (!desired.some((d) => deepEqual(d, value))) return false;
    } else if (kind === "i:") {
      const index = Number(rest);
      if (!Array.isArray(desired) || !(index < desired.length)) return false;
      if (!fieldsWithin(sub, desired[index])) return false;
    } else {
      return false;
    }
  }
  return true;
}

export type ApplyReason = "missing" | "drift" | "unowned-fields" | "not-applied" | "changed" | "version";

/**
 * Whether `desired` (the exact body we would apply) must be applied over `observed`: undefined when the
 * cluster already holds it. Values: everything desired is there (defaults the server adds are fine).
 * Fields: everything our field manager owns is still desired (else the apply removes it). When the server
 * normalizes a value (a quantity, say) the comparison can never succeed: `last`, the resourceVersion our
 * previous apply of the same desired object produced, says nothing changed since.
 */
export function applyReason(
  desired: KObject,
  observed: KObject | undefined,
  last?: Applied,
): ApplyReason | undefined {
  if (!observed) return "missing";
  if (observed.metadata.deletionTimestamp) return undefined;
  if (
    last &&
    last.resourceVersion === observed.metadata.resourceVersion &&
    sameDesired(last.desired, desired)
  )
    return undefined;
  if (observed.apiVersion !== desired.apiVersion) return "version";
  const mine = (observed.metadata.managedFields ?? []).find(
    (m) => m.manager === FIELD_MANAGER && m.operation === "Apply" && !m.subresource,
  );
  if (!mine) return "not-applied";
  const { metadata, apiVersion: _a, kind: _k, ...body } = desired;
  const { labels, annotations, ownerReferences } = metadata;
  const have = observed.metadata;
  if (!contains(body, observed)) return "drift";
  if (labels && !contains(labels, have.labels ?? {})) return "drift";
  if (annotations && !contains(annotations, have.annotations ?? {})) return "drift";
  for (const ref of ownerReferences ?? []) {
    if (!(have.ownerReferences ?? []).some((r) => contains(ref, r))) return "drift";
  }
  if (mine.apiVersion && mine.apiVersion !== desired.apiVersion) return "version";
  if (!fieldsWithin(mine.fieldsV1, desired)) return "unowned-fields";
  return undefined;
}

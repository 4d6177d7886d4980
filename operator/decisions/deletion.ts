// A deleted Blueprint's next step: Retain children released (ownership out, retained mark in), the others
// deleted wave by wave from the last. Pure: no I/O.

import type { KObject } from "../../kube/objects.ts";
import { ANNOTATION_WAVE } from "../../lib/synth/labels.ts";
import { ANNOTATION_OWNER, ANNOTATION_RETAINED, appliedByUs, isOwnedBy, isRetain } from "./ownership.ts";

export const waveOf = (o: KObject): number => {
  const n = Number(o.metadata.annotations?.[ANNOTATION_WAVE] ?? "0");
  return Number.isFinite(n) ? n : 0;
};

export interface DeletionPlan {
  /** Owned Retain children: release them (ownership removed, marked retained). */
  release: KObject[];
  /** Children of the last wave still present, to delete now. */
  delete: KObject[];
  /** The wave being deleted, and what of it is still terminating. */
  wave?: number;
  terminating: KObject[];
  /** Nothing left to delete or release: the finalizer can go. */
  done: boolean;
}

/**
 * A deleted Blueprint's next step: Retain children released, the others deleted in reverse waves. Only
 * what we applied counts (an object that merely carries our owner reference is the garbage collector's).
 */
export function planDeletion(uid: string, owned: readonly KObject[]): DeletionPlan {
  const ours = owned.filter((o) => isOwnedBy(o, uid) && appliedByUs(o));
  const release = ours.filter((o) => isRetain(o) && !o.metadata.deletionTimestamp);
  const doomed = ours.filter((o) => !isRetain(o) || o.metadata.deletionTimestamp);
  if (doomed.length === 0) return { release, delete: [], terminating: [], done: release.length === 0 };
  const wave = Math.max(...doomed.map(waveOf));
  const inWave = doomed.filter((o) => waveOf(o) === wave);
  return {
    release,
    delete: inWave.filter((o) => !o.metadata.deletionTimestamp),
    terminating: inWave.filter((o) => o.metadata.deletionTimestamp),
    wave,
    done: false,
  };
}

/** The JSON patch that releases a retained child: our owner reference out, the retained mark in. */
export function releasePatch(o: KObject, uid: string, from: string): unknown[] {
  const ops: unknown[] = [{ op: "test", path: "/metadata/uid", value: o.metadata.uid }];
  const refs = o.metadata.ownerReferences ?? [];
  const index = refs.findIndex((r) => r.uid === uid);
  if (index >= 0) {
    ops.push({ op: "test", path: `/metadata/ownerReferences/${index}/uid`, value: uid });
    ops.push({ op: "remove", path: `/metadata/ownerReferences/${index}` });
  }
  if (!o.metadata.annotations) ops.push({ op: "add", path: "/metadata/annotations", value: {} });
  ops.push({ op: "add", path: `/metadata/annotations/${escapePointer(ANNOTATION_RETAINED)}`, value: from });
  if (o.metadata.annotations?.[ANNOTATION_OWNER] === uid)
    ops.push({ op: "remove", path: `/metadata/annotations/${escapePointer(ANNOTATION_OWNER)}` });
  return ops;
}

export const escapePointer = (s: string): string => s.replace(/~/g, "~0").replace(/\//g, "~1");

// What the informers hold, indexed the ways the reconciler asks: Blueprints by namespace/name and by uid,
// children by identity (group/kind/namespace/name), by owner uid, and by the Blueprint label (retained
// children keep the label but lose the owner).

import { type InformerEvent, keyOf } from "../kube/informer.ts";
import type { KObject } from "../kube/objects.ts";
import { LABEL_BLUEPRINT } from "../lib/synth/labels.ts";
import { ANNOTATION_OWNER, childKey } from "./decisions/ownership.ts";

export class Cache {
  private readonly blueprints = new Map<string, KObject>();
  private readonly blueprintsByUid = new Map<string, string>();
  private readonly children = new Map<string, KObject>();
  private readonly byOwner = new Map<string, Set<string>>();
  private readonly byLabel = new Map<string, Set<string>>();

  // Blueprints

  blueprintEvent(event: InformerEvent, o: KObject): void {
    const key = keyOf(o);
    const before = this.blueprints.get(key);
    if (before?.metadata.uid) this.blueprintsByUid.delete(before.metadata.uid);
    if (event === "delete") {
      this.blueprints.delete(key);
      return;
    }
    this.blueprints.set(key, o);
    if (o.metadata.uid) this.blueprintsByUid.set(o.metadata.uid, key);
  }

  blueprint(key: string): KObject | undefined {
    return this.blueprints.get(key);
  }

  blueprintKeyByUid(uid: string): string | undefined {
    return this.blueprintsByUid.get(uid);
  }

  blueprintKeys(): string[] {
    return [...this.blueprints.keys()];
  }

  // Children

  childEvent(event: InformerEvent, o: KObject): void {
    const key = childKey(o);
    const before = this.children.get(key);
    if (before) this.unindex(key, before);
    if (event === "delete") {
      this.children.delete(key);
      return;
    }
    this.children.set(key, o);
    this.index(key, o);
  }

  private owners(o: KObject): string[] {
    const uids = (o.metadata.ownerReferences ?? []).map((r) => r.uid);
    const annotated = o.metadata.annotations?.[ANNOTATION_OWNER];
    return annotated ? [...uids, annotated] : uids;
  }

  private labelKey(o: KObject): string | undefined {
    const name = o.metadata.labels?.[LABEL_BLUEPRINT];
    return name === undefined ? undefined : name;
  }

  private index(key: string, o: KObject): void {
    for (const uid of this.owners(o)) add(this.byOwner, uid, key);
    const label = this.labelKey(o);
    if (label !== undefined) add(this.byLabel, label, key);
  }

  private unindex(key: string, o: KObject): void {
    for (const uid of this.owners(o)) remove(this.byOwner, uid, key);
    const label = this.labelKey(o);
    if (label !== undefined) remove(this.byLabel, label, key);
  }

  child(key: string): KObject | undefined {
    return this.children.get(key);
  }

  /** Children whose owner (reference or annotation) is this uid. */
  ownedBy(uid: string): KObject[] {
    return [...(this.byOwner.get(uid) ?? [])].map((k) => this.children.get(k)!).filter(Boolean);
  }

  /** Children labelled with this Blueprint name (any namespace). */
  labelled(blueprint: string): KObject[] {
    return [...(this.byLabel.get(blueprint) ?? [])].map((k) => this.children.get(k)!).filter(Boolean);
  }

  childCount(): number {
    return this.children.size;
  }
}

function add(map: Map<string, Set<string>>, k: string, v: string): void {
  let set = map.get(k);
  if (!set) {
    set = new Set();
    map.set(k, set);
  }
  set.add(v);
}

function remove(map: Map<string, Set<string>>, k: string, v: string): void {
  const set = map.get(k);
  if (!set) return;
  set.delete(v);
  if (set.size === 0) map.delete(k);
}

// Kubernetes objects as JSON, and where they live in the API (group, collection and object paths).

/** Any Kubernetes object as JSON. */
export interface KObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [key: string]: unknown;
}

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

export interface ManagedFieldsEntry {
  manager?: string;
  operation?: string;
  apiVersion?: string;
  subresource?: string;
  fieldsType?: string;
  fieldsV1?: Record<string, unknown>;
}

export interface ObjectMeta {
  name: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  finalizers?: string[];
  ownerReferences?: OwnerReference[];
  managedFields?: ManagedFieldsEntry[];
  deletionTimestamp?: string;
  creationTimestamp?: string;
  [key: string]: unknown;
}

export interface KList {
  metadata: { resourceVersion?: string; continue?: string };
  items: KObject[];
}

/** One line of a watch stream; an ERROR event carries a Status (code, reason, message) as its object. */
export interface WatchEvent<T = KObject> {
  type: "ADDED" | "MODIFIED" | "DELETED" | "BOOKMARK" | "ERROR";
  object: T & { code?: number; reason?: string; message?: string };
}

/** A served resource: where its objects live. */
export interface ApiResource {
  apiVersion: string;
  kind: string;
  plural: string;
  namespaced: boolean;
}

/** The API group of an apiVersion, "" for the core group (`v1`), as RBAC rules and discovery name it. */
export const groupOf = (apiVersion: string): string =>
  apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";

/** The API group of an apiVersion, "core" for the core group: how file names and object keys spell it. */
export const groupOrCore = (apiVersion: string): string => groupOf(apiVersion) || "core";

/** The path of a group/version: /api/v1 for the core group, /apis/<group>/<version> otherwise. */
export const versionPath = (apiVersion: string): string =>
  apiVersion.includes("/") ? `/apis/${apiVersion}` : `/api/${apiVersion}`;

/** The collection path of a resource, in one namespace or (undefined) across all. */
export function collectionPath(r: ApiResource, namespace?: string): string {
  const base = versionPath(r.apiVersion);
  return r.namespaced && namespace ? `${base}/namespaces/${namespace}/${r.plural}` : `${base}/${r.plural}`;
}

export function objectPath(r: ApiResource, namespace: string | undefined, name: string): string {
  return `${collectionPath(r, namespace)}/${encodeURIComponent(name)}`;
}

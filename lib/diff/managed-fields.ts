// The fields one field manager owns, from an object's managedFields (the `FieldsV1` trie of server-side
// apply: k8s.io/apimachinery pkg/apis/meta/v1 types.go and structured-merge-diff fieldpath/serialize.go):
// `f:<name>` a field, `k:<json>` a list item by its keys, `v:<json>` a set item by value, `i:<n>` a list
// item by index, `.` the node itself. Projecting an object on that trie keeps exactly those fields.

type Json = unknown;
type Fields = Record<string, unknown>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

interface Entry {
  manager?: string;
  operation?: string;
  subresource?: string;
  fieldsV1?: Fields;
}

/** The fields `manager` owns through apply (not through a subresource such as status). */
export function appliedFields(
  object: { metadata: Record<string, unknown> },
  manager: string,
): Fields | undefined {
  const entries = object.metadata.managedFields as Entry[] | undefined;
  return entries?.find((m) => m.manager === manager && m.operation === "Apply" && !m.subresource)?.fieldsV1;
}

const matchesKeys = (item: Json, keys: Record<string, unknown>) =>
  isObject(item) && Object.entries(keys).every(([k, v]) => JSON.stringify(item[k]) === JSON.stringify(v));

/** A trie node that names children (rather than only `.`): project into it; otherwise keep the value whole. */
const hasChildren = (fields: Fields) => Object.keys(fields).some((k) => k !== ".");

/** `value` restricted to the fields of the trie; undefined when none of them is present. */
export function project(value: Json, fields: Fields): Json {
  if (!hasChildren(fields)) return value;
  if (Array.isArray(value)) {
    const picked = new Map<number, Json>();
    for (const [key, sub] of Object.entries(fields)) {
      const at = (test: (item: Json, i: number) => boolean) =>
        value.flatMap((item, i) => (test(item, i) ? [i] : []));
      const indices = key.startsWith("k:")
        ? at((item) => matchesKeys(item, JSON.parse(key.slice(2))))
        : key.startsWith("v:")
          ? at((item) => JSON.stringify(item) === JSON.stringify(JSON.parse(key.slice(2))))
          : key.startsWith("i:")
            ? at((_, i) => i === Number(key.slice(2)))
            : [];
      for (const i of indices) {
        const p = project(value[i], sub as Fields);
        if (p !== undefined) picked.set(i, p);
      }
    }
    // Items keep the order the object has them in.
    return [...picked.entries()].sort(([a], [b]) => a - b).map(([, p]) => p);
  }
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of Object.entries(fields)) {
    if (!key.startsWith("f:")) continue;
    const name = key.slice(2);
    if (!(name in value)) continue;
    const p = project(value[name], sub as Fields);
    if (p !== undefined) out[name] = p;
  }
  return out;
}

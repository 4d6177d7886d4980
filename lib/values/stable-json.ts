/**
 * JSON with object keys sorted at every depth: equal values give equal text, whatever the key order. The
 * same text as `JSON.stringify(sortKeys(value))`, without copying the objects whose keys are already in
 * order (most are: a publish hashes a thousand Models with it).
 */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, inKeyOrder);
}

/** JSON.stringify's replacer: `this` holds the value as it is, before any toJSON. */
function inKeyOrder(this: unknown, key: string, serialized: unknown): unknown {
  const value = (this as Record<string, unknown>)[key];
  if (value === null || typeof value !== "object" || Array.isArray(value)) return serialized;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return sortKeys(value); // a Date, a class: as sortKeys has it
  const keys = Object.keys(value);
  for (let i = 1; i < keys.length; i++)
    if (keys[i - 1]! > keys[i]!)
      return Object.fromEntries(keys.sort().map((k) => [k, (value as Record<string, unknown>)[k]]));
  return value;
}

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
  );
}

/** Compares strings by code point: the same order on every machine, whatever its locale. */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

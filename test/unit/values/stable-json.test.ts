// stableStringify gives exactly the text of JSON.stringify(sortKeys(value)) — digests recorded in published
// repositories depend on it — for any value, however its keys were inserted.
import { describe, expect, it } from "vitest";
import { sortKeys, stableStringify } from "../../../lib/values/stable-json.ts";
import { random } from "../../support/random.ts";

const KEYS = ["b", "a", "10", "9", "0", "Z", "é", "__proto__", "toJSON", "a b", "", "aa"];

function value(next: () => number, depth: number): unknown {
  const pick = Math.floor(next() * (depth > 3 ? 5 : 8));
  if (pick === 0) return null;
  if (pick === 1) return next() < 0.5;
  if (pick === 2) return Math.floor(next() * 2000) - 1000;
  if (pick === 3) return `s${Math.floor(next() * 100)}`;
  if (pick === 4) return next() < 0.5 ? undefined : 1.5;
  if (pick === 5) return Array.from({ length: Math.floor(next() * 4) }, () => value(next, depth + 1));
  if (pick === 6) return new Date(Math.floor(next() * 1e12));
  const o: Record<string, unknown> = next() < 0.1 ? Object.create(null) : {};
  for (let n = Math.floor(next() * 6); n > 0; n--) {
    const k = KEYS[Math.floor(next() * KEYS.length)]!;
    Object.defineProperty(o, k, {
      value: value(next, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return o;
}

describe("stableStringify", () => {
  it("is JSON.stringify(sortKeys(value)) for 5,000 random values", () => {
    const next = random(20261205);
    for (let i = 0; i < 5000; i++) {
      const v = value(next, 0);
      expect(stableStringify(v), JSON.stringify(sortKeys(v))).toBe(JSON.stringify(sortKeys(v)));
    }
  });

  it("sorts keys at every depth and keeps arrays in order", () => {
    expect(stableStringify({ b: [{ d: 1, c: 2 }], a: { z: null, y: "x" } })).toBe(
      '{"a":{"y":"x","z":null},"b":[{"c":2,"d":1}]}',
    );
    expect(stableStringify({ b: 1, a: 2 })).toBe(stableStringify({ a: 2, b: 1 }));
  });
});

// canonicalYaml writes the block structure itself and asks the yaml library only for unusual scalars: its
// output must be exactly the library's rendering of the canonical object (a YAML 1.1 Document), for the
// examples' objects and for every kind of scalar the library quotes, blocks or leaves plain.
import { describe, expect, it } from "vitest";
import { Document, parse } from "yaml";
import type { K8sObject } from "../../../lib/model/k8s-object.ts";
import { canonicalObject, canonicalYaml } from "../../../lib/synth/canonical.ts";
import { exampleObjects } from "../../support/examples.ts";

const byLibrary = (object: K8sObject) =>
  new Document(canonicalObject(object), { version: "1.1" }).toString({
    indent: 2,
    lineWidth: 0,
    minContentWidth: 0,
  });

const object = (data: Record<string, unknown>): K8sObject => ({
  apiVersion: "v1",
  kind: "ConfigMap",
  metadata: { name: "x" },
  data,
});

/** Scalars the library writes plain, quoted (single or double), as blocks, or as YAML 1.1 look-alikes. */
const SCALARS: unknown[] = [
  ...["plain", "a.b/c:d", "x-", "A_b", "25%", "100Gi", "0.5", "1e3", "0x1f", "0o17", "017", "1_000", "12:30"],
  ...["true", "False", "yes", "No", "on", "OFF", "y", "N", "null", "Null", "~", "", " ", " lead", "trail "],
  ...["a: b", "a #b", "#c", "-", "- x", "?", "? x", ":x", "x:", "a,b", "[x]", "{x}", "*x", "&x", "!x"],
  ...["|x", ">x", "'q'", '"q"', "%x", "@x", "`x", "---", "--- x", "...", "a\nb", "a\n\nb\n", "a\n", "\n"],
  ...["  indented\nblock", "tab\there", "ctl\u0001", "é", "ünïcode: x", ".inf", "-.inf", ".nan", "<<"],
  ...["2001-12-14t21:59:43.10-05:00", "2002-12-14", "+1", "-1", "0b101", "190:20:30", "line\r\nbreak"],
  ...[0, 1, -1, 42, 1.5, -0, 1e21, 2 ** 60, Number.NaN, Number.POSITIVE_INFINITY, true, false, null],
];

describe("canonicalYaml", () => {
  it("writes every kind of scalar as the library does, as a value, a list item and a key", () => {
    for (const value of SCALARS) {
      const o = object({ v: value, list: [value, [value], { k: value }], nested: { deeper: { v: value } } });
      expect(canonicalYaml(o), JSON.stringify(value)).toBe(byLibrary(o));
      if (typeof value === "string") {
        const keyed = object({ [value]: 1, nested: { [value]: { [value]: [value] } } });
        expect(canonicalYaml(keyed), JSON.stringify(value)).toBe(byLibrary(keyed));
      }
    }
  });

  it("writes empty collections, nested lists, integer-like keys and undefined as the library does", () => {
    const o = object({
      empty: {},
      none: [],
      lists: [[], {}, [[1, 2], []], [{ a: 1, b: [] }]],
      keys: { "10": 1, "9": 2, b: 3, a: undefined },
      status: undefined,
    });
    expect(canonicalYaml({ ...o, status: { phase: "x" } })).toBe(byLibrary(o));
    expect(canonicalYaml(object({ holes: [1, undefined, 2] }))).toBe(
      byLibrary(object({ holes: [1, undefined, 2] })),
    );
  });

  it("writes the examples' objects as the library does, and they read back as the same data", () => {
    const objects = exampleObjects(["platform.yaml", "clickstream.yaml", "analytics.yaml", "legacy.yaml"]);
    expect(objects.length).toBeGreaterThan(20);
    for (const o of objects) {
      expect(canonicalYaml(o)).toBe(byLibrary(o));
      expect(parse(canonicalYaml(o), { version: "1.1" })).toEqual(
        JSON.parse(JSON.stringify(canonicalObject(o))),
      );
    }
  });
});

// The operator's compile of one Blueprint with the ones it references (operator/reconcile/compile.ts): a
// problem between this Blueprint and one it references is this one's (invalid), never a wait on the other.
import { describe, expect, it } from "vitest";
import type { KObject } from "../../../kube/objects.ts";
import { compile } from "../../../operator/reconcile/compile.ts";
import { type Context, Memory } from "../../../operator/reconcile/context.ts";

const blueprint = (name: string, spec: unknown, uid: string): KObject => ({
  apiVersion: "tributary.dev/v1alpha1",
  kind: "Blueprint",
  metadata: { name, namespace: "team", uid, generation: 1 },
  spec: spec as Record<string, unknown>,
});

describe("compile in the operator", () => {
  it("a child name a referenced Blueprint already has makes this Blueprint invalid, naming the other", () => {
    // `x` + `a-b` and `x-a` + `b`: both KafkaTopics would be team/x-a-b.
    const x = blueprint(
      "x",
      {
        components: [
          { name: "events", kafka: {} },
          { name: "a-b", topic: {} },
        ],
      },
      "uid-x",
    );
    const xa = blueprint("x-a", { components: [{ name: "b", topic: { kafka: "x/events" } }] }, "uid-x-a");
    const ctx = { key: "team/x-a", bp: xa, memory: new Memory() } as unknown as Context;
    const compiled = compile(ctx, { kind: "found", closure: new Map([["team/x", x]]) });
    expect(compiled).toEqual({
      kind: "invalid",
      message:
        "/spec/components/0/name: component `b` of Blueprint team/x-a names its objects `x-a-b` in namespace " +
        "`team`, as component `a-b` of Blueprint team/x does (team/x /spec/components/1/name)",
    });
  });
});

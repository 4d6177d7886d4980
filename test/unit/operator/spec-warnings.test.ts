// A Blueprint's warnings are one Warning Event per generation: never again for the same generation (a
// resync or a child's event reconciles it again), again for the next one.
import { describe, expect, it } from "vitest";
import { specWarningToPost } from "../../../operator/decisions/spec-warnings.ts";

describe("specWarningToPost", () => {
  const one = ["/spec/components/1/topic/config/retention.mss: not a topic configuration"];

  it("posts a generation's warnings once", () => {
    expect(specWarningToPost(one, "u@1", undefined)).toBe(one[0]);
    expect(specWarningToPost(one, "u@1", "u@1")).toBeUndefined();
    expect(specWarningToPost(one, "u@2", "u@1")).toBe(one[0]);
    // The same name again under a new uid (deleted and created): a new object, a new Event.
    expect(specWarningToPost(one, "v@1", "u@1")).toBe(one[0]);
  });

  it("posts nothing without warnings, and several as one message", () => {
    expect(specWarningToPost([], "u@1", undefined)).toBeUndefined();
    expect(specWarningToPost(["a: x", "b: y"], "u@1", undefined)).toBe("2 warnings: a: x; b: y");
  });
});

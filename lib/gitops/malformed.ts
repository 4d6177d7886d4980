// A manifest already in the repo that cannot be read back (not YAML, or an object without a kind or a
// name) is the repo's problem, not a bug: found after hydration failed, and named with its position.
import { isMap, parseDocument } from "yaml";
import { PublishError } from "./hydrate.ts";
import { LAYER_DIR } from "./objects.ts";
import { KUSTOMIZATION } from "./paths.ts";
import type { FileMap } from "./types.ts";

/** `path:line:col: problem` for each object file of `old` that cannot be read as an object. */
export function malformedManifests(old: FileMap): string[] {
  const problems: string[] = [];
  for (const [path, text] of old) {
    const parts = path.split("/");
    const name = parts.at(-1)!;
    if (
      parts.length < 2 ||
      !LAYER_DIR.test(parts.at(-2)!) ||
      !name.endsWith(".yaml") ||
      name === KUSTOMIZATION
    )
      continue;
    const doc = parseDocument(text, { version: "1.1" });
    const error = doc.errors[0];
    if (error) {
      const at = error.linePos?.[0];
      problems.push(`${path}:${at ? `${at.line}:${at.col}` : "1:1"}: ${error.message.split("\n")[0]}`);
      continue;
    }
    const o = doc.contents;
    if (
      isMap(o) &&
      o.has("kind") &&
      typeof (o.toJSON() as { metadata?: { name?: unknown } }).metadata?.name !== "string"
    )
      problems.push(`${path}:1:1: an object without metadata.name`);
  }
  return problems;
}

/** Rethrows a failure of hydration as the repo's problem when a manifest already there is malformed. */
export function explainHydrationFailure(error: unknown, old: FileMap): never {
  const problems = malformedManifests(old);
  if (problems.length === 0) throw error;
  throw new PublishError(
    `the GitOps repo holds manifests that cannot be read; fix or remove them (nothing was written):\n  ${problems.join("\n  ")}`,
  );
}

// The pipeline over the Blueprint and the ones it references: compile (validation included), then
// synthesize its children. A Blueprint that references none is compiled once per generation.

import type { KObject } from "../../kube/objects.ts";
import { API_VERSION, KIND } from "../../lib/blueprint/api.ts";
import { type ObjectSource, runStages } from "../../lib/stages.ts";
import { synthesizeBlueprint } from "../../lib/synth/synthesize.ts";
import { type Compiled, type Context, generationKey } from "./context.ts";
import { type Referenced, referencesOf, unreportedEndpoints } from "./references.ts";

export function compile(ctx: Context, referenced: Referenced): Compiled {
  // The pipeline is pure: an exception from it is a bug that retrying cannot fix; it is reported.
  try {
    return pipeline(ctx, referenced);
  } catch (error) {
    ctx.log.error("the pipeline failed", { error: (error as Error).message });
    return { kind: "invalid", message: `internal error in the pipeline: ${(error as Error).message}` };
  }
}

function pipeline(ctx: Context, referenced: Referenced): Compiled {
  const { bp, key, memory } = ctx;
  const standalone = referencesOf(bp).length === 0;
  const version = generationKey(bp);
  const memo = memory.pipelined.get(key);
  if (standalone && memo?.version === version) return memo.compiled;
  const compiled = referenced.kind === "found" ? compileWith(ctx, referenced.closure) : referenced;
  if (standalone && bp.metadata.uid && bp.metadata.generation !== undefined)
    memory.pipelined.set(key, { version, compiled });
  else memory.pipelined.delete(key);
  return compiled;
}

/** Compiles the Blueprint with the ones it references (`closure`), as files of the same specs would be. */
function compileWith(ctx: Context, closure: ReadonlyMap<string, KObject>): Compiled {
  const { bp, key } = ctx;
  // This Blueprint last: a problem between two Blueprints (a topic or a child name both take) is reported at
  // the later one, which is then this one, invalid, rather than the one it references, which is not.
  const sources: ObjectSource[] = [...closure.values(), bp].map(sourceOf);
  const result = runStages({ objects: sources });
  const errors = result.diagnostics.filter((x) => x.severity === "error");
  const warnings = result.diagnostics
    .filter((x) => x.severity === "warning" && x.file === key)
    .map((x) => `${x.path || "/"}: ${x.message}${x.hint ? ` (${x.hint})` : ""}`);
  const own = errors.filter((x) => x.file === key);
  if (own.length > 0) {
    return { kind: "invalid", message: own.map((x) => `${x.path || "/"}: ${x.message}`).join("; ") };
  }
  if (errors.length > 0) {
    const first = errors[0]!;
    return {
      kind: "waiting",
      message: `referenced Blueprint ${first.file} is invalid (${first.path || "/"}: ${first.message})`,
    };
  }
  const model = result.models.find((m) => `${m.namespace}/${m.name}` === key)!;
  const waiting = unreportedEndpoints(ctx, closure, result.models);
  if (waiting) return { kind: "waiting", message: waiting };
  return {
    kind: "ok",
    model,
    models: result.models,
    synth: synthesizeBlueprint(model, result.models),
    warnings,
  };
}

/** The Blueprint as the compiler reads it: what a file of the same spec would hold. */
function sourceOf(bp: KObject): ObjectSource {
  const name = bp.metadata.name;
  const namespace = bp.metadata.namespace ?? "default";
  return {
    file: `${namespace}/${name}`,
    value: {
      apiVersion: bp.apiVersion ?? API_VERSION,
      kind: bp.kind ?? KIND,
      metadata: { name, namespace },
      spec: bp.spec,
    },
  };
}

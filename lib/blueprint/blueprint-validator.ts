// The Blueprint schema's validator. Compiling it costs a few hundred milliseconds, more than the rest of
// `trib validate`: the build (`npm run build`) replaces this module's compiled form in dist/ with ajv's
// standalone code for the same validator (scripts/precompile.ts), so the shipped CLI never compiles it
// nor loads ajv's compiler. Run from source (tests, tsx), it compiles on first use.
import type { ValidateFunction } from "ajv";
import { blueprintAjv } from "./blueprint-ajv.ts";
import { Blueprint } from "./schema.ts";

let compiled: ValidateFunction | undefined;

export function blueprintValidator(): ValidateFunction {
  compiled ??= blueprintAjv().compile(Blueprint);
  return compiled;
}

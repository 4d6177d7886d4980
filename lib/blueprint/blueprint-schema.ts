// The Blueprint schema as plain JSON data, for what walks it at run time (values.ts). From source (tests,
// tsx) it is computed from the TypeBox definitions (schema.ts); the build (scripts/precompile.ts) replaces
// this module's compiled form in dist/ with the same data as a literal, so the shipped CLI never loads
// TypeBox to build the schema (about 200 modules).
import type { TSchema } from "@sinclair/typebox";
import { Blueprint } from "./schema.ts";

/** The JSON form drops TypeBox's symbol-keyed markers: the same value from source and from the build. */
export const blueprintSchema: TSchema = JSON.parse(JSON.stringify(Blueprint));

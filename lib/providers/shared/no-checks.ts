import type { CheckProblem } from "../types.ts";
/** For providers whose operator accepts whatever the Blueprint schema and the Model already allow. */
export const noChecks = (): CheckProblem[] => [];

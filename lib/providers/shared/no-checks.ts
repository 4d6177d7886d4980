/** For providers whose operator accepts whatever the Blueprint schema and the Model already allow. */
export const noChecks = (): { path: string; message: string }[] => [];

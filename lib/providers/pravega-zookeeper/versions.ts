// The product version the operator runs when the Blueprint names none: read by normalize, without the
// render modules.
/** Image tag of the newest operator release, v0.2.15 (the Blueprint's `version` is this tag). */
export const DEFAULT_VERSION = "0.2.15";

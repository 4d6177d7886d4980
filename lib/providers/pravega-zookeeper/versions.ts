// The product version the operator runs when the Blueprint names none: read by normalize, without the
// render modules.
/**
 * The operator's own default image tag (the Blueprint's `version` is this tag): operator v0.2.15's
 * api/v1beta1/zookeepercluster_types.go `DefaultZkContainerVersion` (check.ts lists the tags it runs).
 */
export const DEFAULT_VERSION = "0.2.14";

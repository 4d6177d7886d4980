// What the Pravega zookeeper-operator release cannot run, said before anything is written.
import type { ZookeeperComponent } from "../../model/types.ts";
import { unsupportedVersion } from "../shared/versions.ts";
import type { CheckProblem } from "../types.ts";

/**
 * The `pravega/zookeeper` image tags operator v0.2.15 runs (the Blueprint's `version` is the tag): its own
 * default, api/v1beta1/zookeepercluster_types.go `DefaultZkContainerVersion = "0.2.14"` (also
 * charts/zookeeper/values.yaml `image.tag`), and the image its release built (Makefile `build-zk-image`
 * tags `pravega/zookeeper:$(VERSION)` from ./docker, ZooKeeper 3.7.1 since #485). The image carries the
 * start, readiness and teardown scripts the operator's StatefulSet calls, so other tags may not match it.
 */
export const SUPPORTED_TAGS: readonly string[] = ["0.2.14", "0.2.15"];

export function checkPravegaZookeeper(z: ZookeeperComponent): CheckProblem[] {
  const version = unsupportedVersion(
    z.version,
    SUPPORTED_TAGS,
    "Pravega zookeeper-operator v0.2.15",
    "the pravega/zookeeper image tag",
  );
  return version ? [version] : [];
}

// What the Stackable zookeeper-operator release cannot run, said before anything is written.
import type { ZookeeperComponent } from "../../model/types.ts";
import { unsupportedVersion } from "../shared/versions.ts";
import type { CheckProblem } from "../types.ts";

/**
 * The ZooKeeper versions zookeeper-operator 26.7.0 supports: stackabletech/zookeeper-operator
 * docs/modules/zookeeper/partials/supported-versions.adoc at tag 26.7.0 (3.9.5 LTS, 3.9.4 deprecated;
 * the same two in tests/test-definition.yaml). Stackable publishes product images only for these.
 */
export const SUPPORTED_VERSIONS: readonly string[] = ["3.9.4", "3.9.5"];

export function checkStackableZookeeper(z: ZookeeperComponent): CheckProblem[] {
  const version = unsupportedVersion(
    z.version,
    SUPPORTED_VERSIONS,
    "Stackable zookeeper-operator 26.7.0",
    "ZooKeeper",
  );
  return version ? [version] : [];
}

// The S3 file systems of the official Flink image, turned on for `s3://` checkpoint and savepoint paths.
//
// apache/flink-docker docker-entrypoint.sh (copy_plugins_if_required): ENABLE_BUILT_IN_PLUGINS is a
// `;`-separated list of jar names under $FLINK_HOME/opt, each linked into $FLINK_HOME/plugins/<name>; a name
// that is not there makes the entrypoint exit. The jars carry the full Flink version
// (`flink-s3-fs-presto-1.20.4.jar`), so a floating tag such as `flink:1.20` cannot name them for good: with
// a plugin, the default image is the exact release those jars belong to.
import type { FlinkComponent } from "../../model/types.ts";

/**
 * The newest release of each Flink line that apache/flink-docker publishes (its "Update Dockerfiles for
 * <version> release" commits; the `<minor>` directories' release.metadata on master for 1.20 and 2.x).
 */
export const FLINK_RELEASES: Readonly<Record<string, string>> = {
  v1_15: "1.15.4",
  v1_16: "1.16.3",
  v1_17: "1.17.2",
  v1_18: "1.18.1",
  v1_19: "1.19.3",
  v1_20: "1.20.4",
  v2_0: "2.0.2",
  v2_1: "2.1.2",
  v2_2: "2.2.1",
};

/** The environment variable the image's entrypoint reads. */
export const PLUGINS_ENV = "ENABLE_BUILT_IN_PLUGINS";

/**
 * Which S3 plugin a path needs: `s3a://` is Hadoop's scheme only, `s3p://` Presto's, and plain `s3://`,
 * which both register, goes to Presto, the one Flink's docs recommend for checkpoints
 * (docs/deployment/filesystems/s3.md).
 */
function s3Plugin(path: string): "presto" | "hadoop" | undefined {
  if (/^s3a:\/\//i.test(path)) return "hadoop";
  if (/^s3p?:\/\//i.test(path)) return "presto";
  return undefined;
}

/** The configuration keys of state directories, checkpoints first (Flink 1.20's names, then the older). */
export const STATE_DIR_KEYS = [
  "execution.checkpointing.dir",
  "state.checkpoints.dir",
  "execution.checkpointing.savepoint-dir",
  "state.savepoints.dir",
] as const;

/** Every path Flink writes state to: the state directories and HA storage. */
const STATE_KEYS = [...STATE_DIR_KEYS, "high-availability.storageDir"];

/**
 * The built-in plugins the default image must enable for the job's configuration `conf`, as jar names;
 * none when the Blueprint names its own image (its plugins are the image's business) or for a Flink line
 * without a release here (checkFlink refuses it).
 */
export function builtInPlugins(c: FlinkComponent, conf: Record<string, string>): string[] {
  const release = FLINK_RELEASES[c.version];
  if (!c.defaultImage || !release) return [];
  const kinds = new Set(STATE_KEYS.flatMap((k) => s3Plugin(conf[k] ?? "") ?? []));
  return [...kinds].sort().map((kind) => `flink-s3-fs-${kind}-${release}.jar`);
}

/** The image to run: the Model's, or with plugins the exact release whose jars they name. */
export function flinkImage(c: FlinkComponent, plugins: readonly string[]): string {
  return plugins.length > 0 ? `flink:${FLINK_RELEASES[c.version]}` : c.image;
}

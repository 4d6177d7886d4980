// Names the Spark operator derives from a SparkApplication, and what a Spark job offers to others.
import { createHash } from "node:crypto";
import type { Endpoints } from "../../model/render-context.ts";
import type { ModelBlueprint, SparkComponent } from "../../model/types.ts";
import type { DerivedName } from "../types.ts";

/**
 * A scheduled run is a SparkApplication named `<name>-<Unix time in nanoseconds>` (19 digits today),
 * and its name is also the value of the operator's `sparkoperator.k8s.io/app-name` pod label.
 */
const RUN_SUFFIX = `-${"0".repeat(19)}`;

export function derivedNames(c: SparkComponent, _blueprint: ModelBlueprint): DerivedName[] {
  if (c.schedule) {
    return [
      {
        name: `${c.childName}${RUN_SUFFIX}`,
        limit: 63,
        what: "each scheduled run's SparkApplication (<name>-<Unix time in ns>), also a pod label value",
      },
    ];
  }
  return [
    {
      name: c.childName,
      limit: 63,
      what: "the SparkApplication, whose name is also the operator's app-name pod label value",
    },
  ];
}

/**
 * The operator's name for the driver UI Service: `<app>-ui-svc`, or when that is longer than 63
 * characters the app name cut short, the first 8 hex digits of the MD5 of `<app>-ui-svc`, and the
 * suffix (kubeflow/spark-operator pkg/util/sparkapplication.go, generateName).
 */
export function uiServiceName(app: string): string {
  const preferred = `${app}-ui-svc`;
  if (preferred.length <= 63) return preferred;
  const hash = createHash("md5").update(preferred).digest("hex").slice(0, 8);
  return `${app.slice(0, 63 - "ui-svc".length - 10)}-${hash}-ui-svc`;
}

/** The driver's web UI while the job runs; scheduled runs have time-based names, so none. */
export function endpoints(c: SparkComponent, blueprint: ModelBlueprint): Endpoints {
  if (c.schedule) return {};
  const port = c.sparkConf["spark.ui.port"] ?? "4040";
  return { ui: `http://${uiServiceName(c.childName)}.${blueprint.namespace}.svc:${port}` };
}

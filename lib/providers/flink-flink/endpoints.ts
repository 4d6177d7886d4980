// Names Flink derives from a FlinkDeployment, and what a Flink job offers to others.

import type { Endpoints } from "../../model/render-context.ts";
import type { FlinkComponent, ModelBlueprint } from "../../model/types.ts";
import type { DerivedName } from "../types.ts";

/** Flink's REST port (`rest.port`) unless the Blueprint's flinkConfiguration moves it. */
const restPort = (c: FlinkComponent): string => c.flinkConfiguration["rest.port"] ?? "8081";

/**
 * The FlinkDeployment's name is Flink's `kubernetes.cluster-id`, and native Kubernetes mode names the
 * REST Service `<cluster-id>-rest`. (The cluster-id's own limit, 45 characters, is checked by checkFlink:
 * DerivedName limits are 63 or 253.)
 */
export function derivedNames(c: FlinkComponent, _blueprint: ModelBlueprint): DerivedName[] {
  return [{ name: `${c.childName}-rest`, limit: 63, what: "the JobManager's REST Service" }];
}

/** The JobManager REST endpoint (job status, savepoints, the web UI). */
export function endpoints(c: FlinkComponent, blueprint: ModelBlueprint): Endpoints {
  return { rest: `http://${c.childName}-rest.${blueprint.namespace}.svc:${restPort(c)}` };
}

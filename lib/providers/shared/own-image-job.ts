import type { Role } from "../../model/placement.ts";
import type { Provider } from "../types.ts";

/**
 * What the providers of jobs that run their own image share (a Spark job, a Flink job): the job's first
 * role makes the pods of the next (a driver its executors, a JobManager its TaskManagers); no role holds
 * data, and none runs on a Tributary agent node, since no agent package stands for the job's image
 * (`agentLacks` says so in the operator's words).
 */
export function ownImageJob(
  agentLacks: string,
  ...roles: readonly string[]
): Pick<Provider, "roles" | "dataKinds"> {
  return {
    roles: roles.map((name): Role => ({ name, stateful: false, agentLacks })),
    dataKinds: [],
  };
}

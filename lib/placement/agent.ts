// The Tributary agent's side of placement: how its nodes are marked, and which roles it can run.
//
// The agent (agent/) registers each bare-metal host as a Node labelled `tributary.dev/runtime=systemd` and
// tainted `tributary.dev/runtime=systemd:NoSchedule`, and runs each Pod bound to it as systemd units, the
// binaries coming from a package its configuration maps from the container image. A node class with
// `runtime: systemd` therefore adds that label to the node selector and that taint to the tolerations.
//
// Which roles may go there is each provider's declaration (`Role.agentLacks` in its index.ts): the agent runs
// a role unless its provider names what the pods its operator makes need and the agent lacks. It runs the
// data roles whose pods are long-running servers of a product image (which an agent package stands for),
// made by their operator from a fixed template with a stable identity and their own volumes: Pravega
// ZooKeeper servers, Strimzi Kafka brokers and controllers. It cannot run:
// - Stackable ZooKeeper and Kafka: their pods mount secret-operator and listener-operator CSI volumes;
// - Spark driver and executors, Flink JobManager and TaskManagers, streamlets: the image is the job's or
//   the application's own, which no package stands for (and Spark's driver and Flink's JobManager create
//   further pods themselves at run time);
// - a Stackable topic's Job: a one-shot run of Kafka's tools that holds nothing.
// A systemd node class that a rule sends such a role to is an error (`placement-runtime-unsupported`).

import type { DeclaredRoles, Placement, Role } from "../model/placement.ts";

export const RUNTIME_LABEL = "tributary.dev/runtime";
export const SYSTEMD = "systemd";

/** The node selector a systemd class adds: the label the agent puts on its Node. */
export const AGENT_NODE_SELECTOR: Readonly<Record<string, string>> = { [RUNTIME_LABEL]: SYSTEMD };

/** The toleration a systemd class adds: the taint the agent puts on its Node. */
export const AGENT_TOLERATION: Placement["tolerations"][number] = {
  key: RUNTIME_LABEL,
  operator: "Equal",
  value: SYSTEMD,
  effect: "NoSchedule",
};

/** Whether the agent can run the pods of this role (see above). */
export const agentCanRun = (role: Role): boolean => role.agentLacks === undefined;

/** What the agent can run, for hints: "pravega-zookeeper servers, strimzi-kafka controllers and brokers". */
export function agentRunnable(declared: readonly DeclaredRoles[]): string {
  return declared
    .flatMap((p) => {
      const names = p.roles.filter(agentCanRun).map((r) => r.name);
      return names.length === 0 ? [] : [`${p.id} ${names.join(" and ")}`];
    })
    .join(", ");
}

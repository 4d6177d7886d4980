// The Tributary agent's side of placement: how its nodes are marked, and which roles it can run.
//
// The agent (agent/) registers each bare-metal host as a Node labelled `tributary.dev/runtime=systemd` and
// tainted `tributary.dev/runtime=systemd:NoSchedule`, and runs each Pod bound to it as systemd units, the
// binaries coming from a package its configuration maps from the container image. A node class with
// `runtime: systemd` therefore adds that label to the node selector and that taint to the tolerations.
//
// Which roles may go there: the data roles — ZooKeeper servers, Kafka brokers and controllers, of every
// operator (Strimzi, Stackable, Pravega). Their pods are long-running servers of a product image (which an
// agent package stands for), made by their operator from a fixed template (a StatefulSet or Strimzi's
// StrimziPodSet) with a stable identity and their own volumes: exactly what a systemd unit per pod can
// run. The other roles cannot:
// - Spark driver and executors: the image is the job's own (the application is inside it, `local://`), so
//   no package stands for it, and the executors are pods the driver creates at run time through the
//   Kubernetes API and reaches by pod IP;
// - Flink JobManager and TaskManagers: the job's own image again, and in native mode the JobManager's
//   resource manager creates the TaskManager pods itself;
// - streamlets: the Blueprint's own application image, no product package;
// - a Stackable topic's Job: a one-shot run of Kafka's tools that holds nothing.
// In the provider contract this is `Role.stateful`: a systemd node class that a rule sends a stateless
// role to is an error (`placement-runtime-unsupported`).
import type { ModelComponent } from "../model/types.ts";
import type { Placement, Role } from "../providers/types.ts";

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
export const agentCanRun = (role: Role): boolean => role.stateful;

/** Why it cannot, in a sentence for the diagnostic. */
export function agentRefusal(component: ModelComponent, role: Role): string {
  switch (component.product) {
    case "spark":
      return "a Spark job runs its own image, and the driver creates the executor pods itself at run time";
    case "flink":
      return "a Flink job runs its own image, and the JobManager creates the TaskManager pods itself";
    case "streamlet":
      return "a streamlet is the Blueprint's own application image, which no agent package stands for";
    case "topic":
      return "a topic's Job is a one-shot run of Kafka's tools and holds no data";
    default:
      return `${role.name} holds no data`;
  }
}

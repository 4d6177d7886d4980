// What Stackable operators really write, as one table of health rules per kind (shared/health-rules.ts).
//
// Status: only on a successful reconcile, as the last step (stackabletech/kafka-operator
// rust/operator-binary/src/controller.rs reconcile_kafka, apply_patch_status; stackabletech/
// zookeeper-operator rust/operator-binary/src/zk_controller.rs update_status). The conditions come from
// operator-rs' builders (stackabletech/operator-rs crates/stackable-operator/src/status/condition/
// statefulset.rs: `Available`, True when every StatefulSet has its requested ready replicas, else False
// naming the ones missing them; operations.rs: `ReconciliationPaused` and `Stopped` from
// clusterOperation). No builder writes `Degraded` or `Progressing`, and there is no observedGeneration.
//
// A failed reconcile writes no status: the error goes to a Warning Event on the object
// (operator-rs crates/stackable-operator/src/logging/k8s_events.rs error_to_event: type Warning, reason
// the error variant's name, note the error chain, action "Reconcile"). The variants that say the spec
// itself is invalid: `Invalid<Kind>` (the object does not deserialize: error_boundary::InvalidObject) and
// `ValidateCluster` (the operator's validate step refuses it), in the kafka-operator's controller.rs and
// the zookeeper-operator's zk_controller.rs and znode_controller.rs. Events are not on the object: only
// the operator's TypeScript reads them; Argo CD's Lua and Flux's CEL see the status alone (see
// health-rules.ts), so for them a failing reconcile is the status it left, or no status (waiting).
import type { Cond, KindRules, Rule } from "./health-rules.ts";

const NO_EVENTS =
  "Events are separate objects: Argo CD's Lua and Flux's CEL see only the object, so they read its status";

/** The latest Warning Event, newer than the status, has one of `reasons` (all when "any"). */
export const warningEvent = (reasons: readonly string[] | "any"): Cond => ({
  fact: { warning: reasons },
  closest: { any: [] },
  why: NO_EVENTS,
});

/** Failed when the operator's last Warning says the spec is invalid; Progressing on any other Warning. */
export const stackableEventRules = (invalidReasons: readonly string[]): Rule[] => [
  {
    when: warningEvent(invalidReasons),
    state: "Failed",
    message: [{ warningMessage: true }],
  },
  {
    when: warningEvent("any"),
    state: "Progressing",
    message: [{ warningMessage: true }],
  },
];

const CITE =
  "stackabletech/operator-rs crates/stackable-operator/src/status/condition, logging/k8s_events.rs";

/** A Stackable cluster kind (KafkaCluster, ZookeeperCluster) whose invalid-spec Event reason is `Invalid<kind>`. */
export const stackableClusterRules = (kind: string): KindRules => ({
  kind,
  cite: CITE,
  rules: [
    {
      when: { condition: "ReconciliationPaused", status: "True" },
      state: "Unknown",
      argo: "Suspended",
      message: [{ conditionMessage: "ReconciliationPaused" }, "reconciliation paused"],
    },
    {
      when: { condition: "Stopped", status: "True" },
      state: "Unknown",
      argo: "Suspended",
      message: [{ conditionMessage: "Stopped" }, "stopped"],
    },
    ...stackableEventRules([`Invalid${kind}`, "ValidateCluster"]),
    {
      when: { condition: "Available", status: "True" },
      state: "Ready",
      message: [{ conditionMessage: "Available" }, "Available"],
    },
    {
      when: { condition: "Available", status: "False" },
      state: "Progressing",
      message: [{ conditionMessage: "Available" }, "not available"],
    },
  ],
  otherwise: {
    state: "Unknown",
    message: ["no status yet: the Stackable operator has not reported on it (its errors go to Events)"],
  },
});

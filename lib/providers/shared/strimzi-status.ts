// Strimzi's status dialect, shared by every Strimzi kind that has a `Ready` condition (Kafka, KafkaTopic,
// KafkaUser): the operators write `Ready=True` when reconciled, and on failure either `NotReady=True`
// (cluster operator, user operator) or `Ready=False` (the unidirectional topic operator), each with the
// exception as reason and its message. `ReconciliationPaused=True` (annotation
// strimzi.io/pause-reconciliation) and a KafkaTopic's `Unmanaged=True` mean the spec is not being applied.
// `Warning=True` conditions are advisory and never change the state. Like Argo CD's built-in check, a
// Kafka that is `NotReady` because it is still `Creating` is progressing, not failed.
import type { Health, K8sObject } from "../../model/k8s-object.ts";
import type { CelCheck, KindHealth } from "../types.ts";
import {
  type Condition,
  conditionsOf,
  describeCondition,
  findCondition,
  generationPending,
  trueCondition,
} from "./conditions.ts";
import { CEL_OBSERVED, celConditions, luaStatusOfGeneration } from "./gitops-health.ts";

const warnings = (o: K8sObject): string[] =>
  conditionsOf(o)
    .filter((c) => c.type === "Warning" && c.status === "True")
    .map(describeCondition);

const withWarnings = (message: string, o: K8sObject): string =>
  [message, ...warnings(o).map((w) => `warning: ${w}`)].join("; ");

const reasonAndMessage = (c: Condition): string =>
  c.reason && c.message ? `${c.reason}: ${c.message}` : describeCondition(c);

export function strimziHealth(o: K8sObject): Health {
  if (conditionsOf(o).length === 0) {
    return { state: "Unknown", message: "no status yet: the Strimzi operator has not reported on it" };
  }
  const paused = trueCondition(o, "ReconciliationPaused");
  if (paused) return { state: "Unknown", message: `reconciliation paused: ${describeCondition(paused)}` };
  const unmanaged = trueCondition(o, "Unmanaged");
  if (unmanaged)
    return { state: "Unknown", message: `not managed by the operator: ${describeCondition(unmanaged)}` };
  if (generationPending(o)) {
    const observed = (o.status as { observedGeneration: number }).observedGeneration;
    return {
      state: "Progressing",
      message: `the operator has not yet applied generation ${String(o.metadata.generation)} (observed ${observed})`,
    };
  }
  const notReady = trueCondition(o, "NotReady");
  if (notReady) {
    if (o.kind === "Kafka" && notReady.reason === "Creating") {
      return { state: "Progressing", message: withWarnings(describeCondition(notReady), o) };
    }
    return { state: "Failed", message: reasonAndMessage(notReady) };
  }
  const ready = findCondition(o, "Ready");
  if (ready?.status === "False") return { state: "Failed", message: reasonAndMessage(ready) };
  if (ready?.status === "True") return { state: "Ready", message: withWarnings(ready.message || "Ready", o) };
  return {
    state: "Progressing",
    message: withWarnings(ready ? describeCondition(ready) : "not ready yet", o),
  };
}

/**
 * The same dialect for Flux. Strimzi writes observedGeneration with every status (strimzi-kafka-operator
 * api/.../status/Status.java).
 */
export const STRIMZI_CEL: CelCheck = {
  current: `${CEL_OBSERVED} && ${celConditions("c.type == 'Ready' && c.status == 'True'")}`,
  // Either failure form above: the topic operator's Ready=False (strimzi-kafka-operator topic-operator/…/
  // BatchingTopicController.java updateStatusForException) would otherwise wait out the Flux timeout.
  failed: celConditions(
    "(c.type == 'NotReady' && c.status == 'True' && (!has(c.reason) || c.reason != 'Creating')) || (c.type == 'Ready' && c.status == 'False')",
  ),
};

/**
 * The same dialect for Argo CD, replacing its built-in checks (argo-cd resource_customizations/
 * kafka.strimzi.io/{Kafka,KafkaTopic,KafkaUser}/health.lua), which know only `NotReady=True` as failure: a
 * topic the topic operator refuses (`Ready=False`) stayed "Waiting for Kafka Topic" there, and a changed
 * spec passed on the previous generation's `Ready=True`.
 */
const STRIMZI_LUA = `local hs = { status = "Progressing", message = "Waiting for the Strimzi operator" }
${luaStatusOfGeneration("Strimzi operator")}
if obj.status.conditions ~= nil then
  for _, c in ipairs(obj.status.conditions) do
    if c.type == "NotReady" and c.status == "True" then
      hs.message = c.message or c.reason or "NotReady"
      if obj.kind ~= "Kafka" or c.reason ~= "Creating" then
        hs.status = "Degraded"
      end
      return hs
    end
    if c.type == "Ready" and c.status == "False" then
      hs.status = "Degraded"
      hs.message = c.message or c.reason or "Ready=False"
      return hs
    end
    if c.type == "Ready" and c.status == "True" then
      hs.status = "Healthy"
      hs.message = c.message or ""
      return hs
    end
  end
end
return hs
`;

/** A Strimzi kind with a Ready condition (Kafka, KafkaTopic, KafkaUser). */
export const STRIMZI_HEALTH: KindHealth = { flux: STRIMZI_CEL, argo: { lua: STRIMZI_LUA } };

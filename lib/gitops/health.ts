// Health checks for the kinds the GitOps tools cannot judge on their own.
//
// Argo CD skips kinds without a health check (a custom resource then looks Healthy as soon as it exists).
// Built in upstream (argo-cd resource_customizations/): Strimzi Kafka, KafkaTopic, KafkaUser, KafkaConnect…,
// SparkApplication, Pravega ZookeeperCluster, FlinkDeployment. Missing, so shipped here as argocd-cm
// `resource.customizations.health.<group>_<kind>` Lua: KafkaNodePool, ScheduledSparkApplication, the
// Stackable kinds, and Tributary's own Blueprint. Overridden (an argocd-cm key replaces the built-in
// check): FlinkDeployment and Pravega ZookeeperCluster, whose built-in checks (argo-cd v3.5.8
// resource_customizations/flink.apache.org/FlinkDeployment/health.lua, …/zookeeper.pravega.io/
// ZookeeperCluster/health.lua) call a changed object Healthy on the status of its previous spec.
//
// Every check first asks whether the operator has seen the current spec: `status.observedGeneration ==
// metadata.generation` where the kind's status has one (Strimzi, Flink, Tributary); where it has none, the
// closest signal its operator gives, cited at the check.
//
// Argo CD runs these in gopher-lua with only the base, table and (safe) os libraries open: no `string`.
//
// Flux reads every object with kstatus, which calls an object Current when it has no Ready condition:
// Strimzi's cluster operator reports `NotReady` rather than Ready=False, SparkApplication has no conditions at all, Stackable
// says `Available`. For those, Flux `healthCheckExprs` (CEL, guarded with has() because fields are
// missing until the operator first writes status). Kinds that follow kstatus (Deployment, Service,
// Tributary's Blueprint) need none.

export interface LuaCheck {
  group: string;
  kind: string;
  lua: string;
}

const STRIMZI_NODE_POOL = `local hs = { status = "Progressing", message = "Waiting for the Strimzi cluster operator" }
if obj.status == nil then
  return hs
end
if obj.metadata.generation ~= nil and obj.status.observedGeneration ~= obj.metadata.generation then
  hs.message = "Waiting for the Strimzi cluster operator to observe generation " .. tostring(obj.metadata.generation)
  return hs
end
if obj.status.conditions ~= nil then
  for _, c in ipairs(obj.status.conditions) do
    if c.type == "NotReady" and c.status == "True" then
      hs.status = "Degraded"
      hs.message = c.message or c.reason or "NotReady"
      return hs
    end
  end
end
local want = 0
if obj.spec ~= nil and obj.spec.replicas ~= nil then
  want = obj.spec.replicas
end
if obj.status.replicas ~= nil and obj.status.replicas == want then
  hs.status = "Healthy"
  hs.message = tostring(want) .. " node(s): " .. table.concat(obj.status.roles or {}, ", ")
  return hs
end
hs.message = "Nodes: " .. tostring(obj.status.replicas or 0) .. "/" .. tostring(want)
return hs
`;

const SCHEDULED_SPARK = `local hs = { status = "Progressing", message = "Waiting for the Spark operator to schedule the application" }
if obj.spec ~= nil and obj.spec.suspend == true then
  hs.status = "Suspended"
  hs.message = "Suspended"
  return hs
end
if obj.status ~= nil and obj.status.scheduleState ~= nil then
  local state = obj.status.scheduleState
  if state == "Scheduled" then
    hs.status = "Healthy"
    hs.message = "Scheduled; next run " .. tostring(obj.status.nextRun or "unknown")
  elseif state == "FailedValidation" then
    hs.status = "Degraded"
    hs.message = obj.status.reason or "FailedValidation"
  else
    hs.message = state
  end
end
return hs
`;

/** Stackable's conditions: Available, Degraded, Progressing, ReconciliationPaused, Stopped. */
const STACKABLE = `local hs = { status = "Progressing", message = "Waiting for the Stackable operator" }
if obj.status == nil or obj.status.conditions == nil then
  return hs
end
local cond = {}
for _, c in ipairs(obj.status.conditions) do
  cond[c.type] = c
end
local function is(t)
  return cond[t] ~= nil and cond[t].status == "True"
end
local function says(t, default)
  if cond[t] ~= nil and cond[t].message ~= nil and cond[t].message ~= "" then
    return cond[t].message
  end
  return default
end
if is("Stopped") or is("ReconciliationPaused") then
  hs.status = "Suspended"
  hs.message = says(is("Stopped") and "Stopped" or "ReconciliationPaused", "Paused")
elseif is("Degraded") then
  hs.status = "Degraded"
  hs.message = says("Degraded", "Degraded")
elseif is("Progressing") then
  hs.message = says("Progressing", "Progressing")
elseif is("Available") then
  hs.status = "Healthy"
  hs.message = says("Available", "Available")
end
return hs
`;

const STACKABLE_ZNODE = `local hs = { status = "Progressing", message = "Waiting for the Stackable operator to create the znode" }
if obj.status ~= nil and obj.status.znodePath ~= nil and obj.status.znodePath ~= "" then
  hs.status = "Healthy"
  hs.message = obj.status.znodePath
end
return hs
`;

/**
 * FlinkDeployment: status.observedGeneration (apache/flink-kubernetes-operator
 * flink-kubernetes-operator-api/src/main/java/org/apache/flink/kubernetes/operator/api/status/CommonStatus.java)
 * must equal the generation; then lifecycleState (ResourceLifecycleState.java) STABLE/SUSPENDED is healthy,
 * FAILED/ROLLED_BACK degraded, with the operator's error message.
 */
const FLINK_DEPLOYMENT = `local hs = { status = "Progressing", message = "Waiting for the Flink operator" }
if obj.status == nil then
  return hs
end
local state = obj.status.lifecycleState
if state == "FAILED" or state == "ROLLED_BACK" then
  hs.status = "Degraded"
  hs.message = obj.status.error or state
  return hs
end
if obj.metadata.generation ~= nil and obj.status.observedGeneration ~= obj.metadata.generation then
  hs.message = "Waiting for the Flink operator to observe generation " .. tostring(obj.metadata.generation)
  return hs
end
if state == "STABLE" or state == "SUSPENDED" then
  hs.status = "Healthy"
  hs.message = state
elseif state ~= nil then
  hs.message = state
end
return hs
`;

/**
 * Pravega ZookeeperCluster: no observedGeneration (pravega/zookeeper-operator api/v1beta1/status.go); the
 * closest signal is readyReplicas against the *desired* spec.replicas (status.replicas lags a resize) with
 * no Upgrading=True condition, and Error=True (reason UpgradeFailed) is degraded.
 */
const PRAVEGA_ZOOKEEPER = `local hs = { status = "Progressing", message = "Waiting for the ZooKeeper operator" }
if obj.status == nil then
  return hs
end
if obj.status.conditions ~= nil then
  for _, c in ipairs(obj.status.conditions) do
    if c.type == "Error" and c.status == "True" then
      hs.status = "Degraded"
      hs.message = c.message or c.reason or "Error"
      return hs
    end
    if c.type == "Upgrading" and c.status == "True" then
      hs.message = c.message or "Upgrading"
      return hs
    end
  end
end
local want = 3
if obj.spec ~= nil and obj.spec.replicas ~= nil then
  want = obj.spec.replicas
end
local ready = obj.status.readyReplicas or 0
if ready == want and want > 0 then
  hs.status = "Healthy"
end
hs.message = tostring(ready) .. "/" .. tostring(want) .. " servers ready"
return hs
`;

/** Tributary's Blueprint follows kstatus: observedGeneration, Ready, Reconciling, Stalled. */
const BLUEPRINT = `local hs = { status = "Progressing", message = "Waiting for the Tributary operator" }
if obj.status == nil then
  return hs
end
if obj.metadata.generation ~= nil and obj.status.observedGeneration ~= obj.metadata.generation then
  hs.message = "Waiting for the Tributary operator to observe generation " .. tostring(obj.metadata.generation)
  return hs
end
local ready = nil
if obj.status.conditions ~= nil then
  for _, c in ipairs(obj.status.conditions) do
    if c.type == "Stalled" and c.status == "True" then
      hs.status = "Degraded"
      hs.message = c.message or c.reason or "Stalled"
      return hs
    end
    if c.type == "Reconciling" and c.status == "True" then
      hs.message = c.message or c.reason or "Reconciling"
      return hs
    end
    if c.type == "Ready" then
      ready = c
    end
  end
end
if ready ~= nil and ready.status == "True" then
  hs.status = "Healthy"
  hs.message = ready.message or "Ready"
elseif ready ~= nil then
  hs.message = ready.message or ready.reason or "Not ready"
end
return hs
`;

/** Every Lua check shipped, whatever the Blueprints use: the file does not change with them. */
export const LUA_CHECKS: readonly LuaCheck[] = [
  { group: "kafka.strimzi.io", kind: "KafkaNodePool", lua: STRIMZI_NODE_POOL },
  { group: "sparkoperator.k8s.io", kind: "ScheduledSparkApplication", lua: SCHEDULED_SPARK },
  { group: "zookeeper.stackable.tech", kind: "ZookeeperCluster", lua: STACKABLE },
  { group: "zookeeper.stackable.tech", kind: "ZookeeperZnode", lua: STACKABLE_ZNODE },
  { group: "kafka.stackable.tech", kind: "KafkaCluster", lua: STACKABLE },
  { group: "tributary.dev", kind: "Blueprint", lua: BLUEPRINT },
  { group: "flink.apache.org", kind: "FlinkDeployment", lua: FLINK_DEPLOYMENT },
  { group: "zookeeper.pravega.io", kind: "ZookeeperCluster", lua: PRAVEGA_ZOOKEEPER },
];

/** The argocd-cm key of a check. */
export const luaKey = (c: Pick<LuaCheck, "group" | "kind">) =>
  `resource.customizations.health.${c.group}_${c.kind}`;

export interface CelCheck {
  current: string;
  failed?: string;
}

const conditions = (test: string) => `has(status.conditions) && status.conditions.exists(c, ${test})`;
/** The operator has written status for the current spec (kstatus' first rule, made explicit). */
const observed = "has(status.observedGeneration) && status.observedGeneration == metadata.generation";
const strimzi: CelCheck = {
  current: `${observed} && ${conditions("c.type == 'Ready' && c.status == 'True'")}`,
  failed: conditions(
    "c.type == 'NotReady' && c.status == 'True' && (!has(c.reason) || c.reason != 'Creating')",
  ),
};
/**
 * Stackable: conditions carry no observedGeneration (stackabletech/operator-rs
 * crates/stackable-operator/src/status/condition/mod.rs, ClusterCondition); the closest signal is that the
 * operator reports no rollout in progress: Available=True and no Progressing=True.
 */
const stackable: CelCheck = {
  current: `${conditions("c.type == 'Available' && c.status == 'True'")} && !status.conditions.exists(c, c.type == 'Progressing' && c.status == 'True')`,
};

/** Flux healthCheckExprs by `group/Kind` (the apiVersion is taken from the objects themselves). */
export const CEL_CHECKS: Readonly<Record<string, CelCheck>> = {
  // Strimzi writes observedGeneration with every status (strimzi-kafka-operator api/.../status/Status.java).
  "kafka.strimzi.io/Kafka": strimzi,
  // The topic operator reports a refused topic as Ready=False with its error, unlike the cluster operator's
  // NotReady (strimzi-kafka-operator topic-operator/src/main/java/io/strimzi/operator/topic/
  // BatchingTopicController.java updateStatusForException).
  "kafka.strimzi.io/KafkaTopic": {
    current: strimzi.current,
    failed: `${strimzi.failed} || ${conditions("c.type == 'Ready' && c.status == 'False'")}`,
  },
  "kafka.strimzi.io/KafkaUser": strimzi,
  "kafka.strimzi.io/KafkaNodePool": {
    current: `${observed} && has(status.replicas) && status.replicas == spec.replicas`,
    failed: strimzi.failed,
  },
  // No observedGeneration (kubeflow/spark-operator api/v1beta2/sparkapplication_types.go): a spec change
  // makes the operator invalidate and resubmit the run (INVALIDATING, then SUBMITTED; docs/user-guide/
  // working-with-sparkapplication.md "Updating a SparkApplication"), so the state itself is the signal.
  "sparkoperator.k8s.io/SparkApplication": {
    current:
      "has(status.applicationState) && has(status.applicationState.state) && status.applicationState.state in ['RUNNING', 'COMPLETED']",
    failed:
      "has(status.applicationState) && has(status.applicationState.state) && status.applicationState.state in ['FAILED', 'SUBMISSION_FAILED']",
  },
  // No observedGeneration either (scheduledsparkapplication_types.go): scheduleState is re-validated.
  "sparkoperator.k8s.io/ScheduledSparkApplication": {
    current: "has(status.scheduleState) && status.scheduleState == 'Scheduled'",
    failed: "has(status.scheduleState) && status.scheduleState == 'FailedValidation'",
  },
  // observedGeneration: flink-kubernetes-operator-api .../api/status/CommonStatus.java.
  "flink.apache.org/FlinkDeployment": {
    current: `${observed} && has(status.lifecycleState) && status.lifecycleState in ['STABLE', 'SUSPENDED']`,
    failed: "has(status.lifecycleState) && status.lifecycleState in ['FAILED', 'ROLLED_BACK']",
  },
  "zookeeper.stackable.tech/ZookeeperCluster": stackable,
  "kafka.stackable.tech/KafkaCluster": stackable,
  // A znode has no spec to change beyond its creation: the path written back is the whole signal.
  "zookeeper.stackable.tech/ZookeeperZnode": { current: "has(status.znodePath) && status.znodePath != ''" },
  // See PRAVEGA_ZOOKEEPER above: readyReplicas against the desired replicas, no upgrade in progress.
  "zookeeper.pravega.io/ZookeeperCluster": {
    current: `has(status.readyReplicas) && has(spec.replicas) && spec.replicas > 0 && status.readyReplicas == spec.replicas && !(${conditions("c.type == 'Upgrading' && c.status == 'True'")})`,
    failed: conditions("c.type == 'Error' && c.status == 'True'"),
  },
};

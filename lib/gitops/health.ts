// Health checks for the kinds the GitOps tools cannot judge on their own.
//
// Argo CD skips kinds without a health check (a custom resource then looks Healthy as soon as it exists).
// Built in upstream (resource_customizations/): Strimzi Kafka, KafkaTopic, KafkaUser, KafkaConnect…,
// SparkApplication, Pravega ZookeeperCluster, FlinkDeployment. Missing, so shipped here as argocd-cm
// `resource.customizations.health.<group>_<kind>` Lua: KafkaNodePool, ScheduledSparkApplication, the
// Stackable kinds, and Tributary's own Blueprint.
//
// Flux reads every object with kstatus, which calls an object Current when it has no Ready condition:
// Strimzi reports `NotReady` rather than Ready=False, SparkApplication has no conditions at all, Stackable
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
];

/** The argocd-cm key of a check. */
export const luaKey = (c: Pick<LuaCheck, "group" | "kind">) =>
  `resource.customizations.health.${c.group}_${c.kind}`;

export interface CelCheck {
  current: string;
  failed?: string;
}

const conditions = (test: string) => `has(status.conditions) && status.conditions.exists(c, ${test})`;
const strimzi: CelCheck = {
  current: `${conditions("c.type == 'Ready' && c.status == 'True'")} && has(status.observedGeneration) && status.observedGeneration == metadata.generation`,
  failed: conditions(
    "c.type == 'NotReady' && c.status == 'True' && (!has(c.reason) || c.reason != 'Creating')",
  ),
};

/** Flux healthCheckExprs by `group/Kind` (the apiVersion is taken from the objects themselves). */
export const CEL_CHECKS: Readonly<Record<string, CelCheck>> = {
  "kafka.strimzi.io/Kafka": strimzi,
  "kafka.strimzi.io/KafkaTopic": strimzi,
  "kafka.strimzi.io/KafkaUser": strimzi,
  "kafka.strimzi.io/KafkaNodePool": {
    current:
      "has(status.observedGeneration) && status.observedGeneration == metadata.generation && has(status.replicas) && status.replicas == spec.replicas",
    failed: strimzi.failed,
  },
  "sparkoperator.k8s.io/SparkApplication": {
    current:
      "has(status.applicationState) && has(status.applicationState.state) && status.applicationState.state in ['RUNNING', 'COMPLETED']",
    failed:
      "has(status.applicationState) && has(status.applicationState.state) && status.applicationState.state in ['FAILED', 'SUBMISSION_FAILED']",
  },
  "sparkoperator.k8s.io/ScheduledSparkApplication": {
    current: "has(status.scheduleState) && status.scheduleState == 'Scheduled'",
    failed: "has(status.scheduleState) && status.scheduleState == 'FailedValidation'",
  },
  "flink.apache.org/FlinkDeployment": {
    current: "has(status.lifecycleState) && status.lifecycleState in ['STABLE', 'SUSPENDED']",
    failed: "has(status.lifecycleState) && status.lifecycleState in ['FAILED', 'ROLLED_BACK']",
  },
  "zookeeper.stackable.tech/ZookeeperCluster": {
    current: conditions("c.type == 'Available' && c.status == 'True'"),
  },
  "kafka.stackable.tech/KafkaCluster": { current: conditions("c.type == 'Available' && c.status == 'True'") },
  "zookeeper.stackable.tech/ZookeeperZnode": { current: "has(status.znodePath) && status.znodePath != ''" },
  "zookeeper.pravega.io/ZookeeperCluster": {
    current:
      "has(status.replicas) && has(status.readyReplicas) && status.replicas > 0 && status.readyReplicas == status.replicas",
    failed: conditions("c.type == 'Error' && c.status == 'True'"),
  },
};

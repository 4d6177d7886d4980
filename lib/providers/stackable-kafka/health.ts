// A KafkaCluster's health in the Stackable dialect (shared/stackable-health.ts): Available,
// ReconciliationPaused, Stopped, and the operator's Warning Events (reasons from stackabletech/
// kafka-operator rust/operator-binary/src/controller.rs, enum Error: InvalidKafkaCluster, ValidateCluster).
import { checksFrom, healthFrom } from "../shared/health-rules.ts";
import { stackableClusterRules } from "../shared/stackable-health.ts";

export const HEALTH_RULES = [stackableClusterRules("KafkaCluster")];
export const health = healthFrom(HEALTH_RULES);
export const healthChecks = checksFrom(HEALTH_RULES);

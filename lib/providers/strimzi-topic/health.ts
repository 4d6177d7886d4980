// A KafkaTopic's health in the topic operator's words: Ready=True, Ready=False with the Kafka error as
// reason and message, ReconciliationPaused, Unmanaged (shared/strimzi-status.ts).
import { checksFrom, healthFrom } from "../shared/health-rules.ts";
import { strimziRules } from "../shared/strimzi-status.ts";

export const HEALTH_RULES = [strimziRules("KafkaTopic")];
export const health = healthFrom(HEALTH_RULES);
export const healthChecks = checksFrom(HEALTH_RULES);

// A KafkaTopic's health in the topic operator's words: Ready=True, Ready=False with the Kafka error as
// reason and message, ReconciliationPaused, Unmanaged (shared/strimzi-status.ts).

import type { Health, K8sObject } from "../../model/k8s-object.ts";
import { STRIMZI_HEALTH, strimziHealth } from "../shared/strimzi-status.ts";
import type { KindHealth } from "../types.ts";

export const health = (o: K8sObject): Health => strimziHealth(o);

export const healthChecks: Readonly<Record<string, KindHealth>> = { KafkaTopic: STRIMZI_HEALTH };

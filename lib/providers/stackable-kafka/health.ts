// A KafkaCluster's health in the Stackable dialect (shared/stackable.ts): Available, Degraded,
// Progressing, ReconciliationPaused, Stopped.

import type { Health, K8sObject } from "../../model/k8s-object.ts";
import { STACKABLE_HEALTH, stackableHealth } from "../shared/stackable-health.ts";
import type { KindHealth } from "../types.ts";

export const health = (o: K8sObject): Health => stackableHealth(o);

export const healthChecks: Readonly<Record<string, KindHealth>> = { KafkaCluster: STACKABLE_HEALTH };

// A KafkaCluster's health in the Stackable dialect (shared/stackable.ts): Available, Degraded,
// Progressing, ReconciliationPaused, Stopped.
import { stackableHealth } from "../shared/stackable.ts";
import type { Health, K8sObject } from "../types.ts";

export const health = (o: K8sObject): Health => stackableHealth(o);

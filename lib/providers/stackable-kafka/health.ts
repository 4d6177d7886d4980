// A KafkaCluster's health in the Stackable dialect (shared/stackable.ts): Available, Degraded,
// Progressing, ReconciliationPaused, Stopped.

import type { Health, K8sObject } from "../../model/k8s-object.ts";
import { stackableHealth } from "../shared/stackable.ts";

export const health = (o: K8sObject): Health => stackableHealth(o);

// A topic on a Stackable Kafka is made by a Job (render.ts). The Job is named after the topic component
// and a digest of what it does: a Job's pod template cannot change in place, so a changed topic (more
// partitions, another retention) is a new Job that runs again, and the old one is pruned (or, for a
// retained topic, left completed). The digest changes only when the spec does.

import type { Endpoints } from "../../model/render-context.ts";
import type { ModelBlueprint, TopicComponent } from "../../model/types.ts";
import type { DerivedName } from "../types.ts";

/** Length of the digest suffix of the Job's name. */
export const DIGEST_LENGTH = 8;

export function derivedNames(t: TopicComponent, _blueprint: ModelBlueprint): DerivedName[] {
  // Job names are also label values (batch.kubernetes.io/job-name) on its pods.
  return [
    { name: `${t.childName}-${"0".repeat(DIGEST_LENGTH)}`, limit: 63, what: "Job that creates the topic" },
  ];
}

export function endpoints(t: TopicComponent, _blueprint: ModelBlueprint): Endpoints {
  return { topic: t.topicName };
}

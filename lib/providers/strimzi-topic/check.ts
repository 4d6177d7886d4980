// What Kafka refuses for a topic (shared/kafka.ts), on the Kafka versions Strimzi runs: a topic whose Kafka
// is in another Blueprint is checked as one on the major version of every Kafka the Blueprint's Strimzi
// release runs (4 for both: kafka-versions.yaml at 1.2.0 and 0.51.0).
import type { ModelBlueprint, TopicComponent } from "../../model/types.ts";
import { checkTopic, majorOf } from "../shared/kafka.ts";
import { STRIMZI_RELEASES } from "../strimzi-kafka/versions.ts";
import type { CheckProblem } from "../types.ts";

/** Per API line, the one major version of every Kafka its Strimzi release runs; undefined if they differ. */
const KAFKA_MAJOR = Object.fromEntries(
  Object.entries(STRIMZI_RELEASES).map(([api, release]) => {
    const majors = new Set(release.versions.map((v) => majorOf(v.version)));
    return [api, majors.size === 1 ? [...majors][0] : undefined];
  }),
) as Record<keyof typeof STRIMZI_RELEASES, number | undefined>;

export function check(t: TopicComponent, blueprint: ModelBlueprint): CheckProblem[] {
  return checkTopic(t, blueprint, KAFKA_MAJOR[blueprint.strimziApiVersion]);
}

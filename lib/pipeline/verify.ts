// The pipeline graph's verification: one function, run by every front door (the CLI through compile(),
// the operator through compileDocuments()), that reports every problem at once, each at its field:
//
//   unknown-streamlet, unknown-port, wrong-port-direction   a connection names what is not there
//   unconnected-inlet, unconnected-outlet                   a port joined to nothing (outlets may be optional)
//   inlet-fed-twice, outlet-connected-twice                 a port in two connections
//   schema-not-found, invalid-schema, invalid-schema-ref,   a port's schema cannot be read or parsed
//   unknown-message
//   mixed-formats, incompatible-schema                      a reader cannot read a writer on its topic
//   pipeline-cycle                                          a cycle, unless `allowCycles`
//   invalid-topic-name, topic-collision                     topic names Kafka refuses or confuses
//   topic-settings-conflict                                 partitions/replicas said twice, differently
//
// What it returns besides diagnostics — each connection's topic and each port's schema fingerprint — is
// what normalize needs to derive topics and wiring (lib/pipeline/derive-topics.ts); it is meaningful only when
// there are no errors.
//
// One file per family of checks in lib/pipeline/verify/; verifyOne below lists them in the order they run.
import type { Diagnostic } from "../blueprint/diagnostics.ts";
import { type Report, reporter } from "../blueprint/report.ts";
import { type CheckedBlueprint, namespaceOf } from "../blueprint/semantic.ts";
import type { ComponentRef } from "../model/types.ts";
import { type ReadFile, SchemaLoader } from "./schemas.ts";
import { checkCollisions } from "./verify/collisions.ts";
import { type Connected, connect } from "./verify/connections.ts";
import type { End, TopicGroup, TopicName, VerifyContext } from "./verify/context.ts";
import { checkCycles } from "./verify/cycles.ts";
import { declaredTopics } from "./verify/declared-topics.ts";
import { loadPorts } from "./verify/ports.ts";
import { checkSchemaCompatibility } from "./verify/schema-compatibility.ts";
import { checkTopicSettings } from "./verify/topic-settings.ts";
import { checkUnconnected } from "./verify/unconnected.ts";

export interface VerifyOptions {
  /** Reads schema files (paths relative to the working directory); absent where there are no files. */
  readFile?: ReadFile;
}

export interface PlannedEnd {
  streamlet: string;
  port: string;
  /** `sha256:<hex>` of the port schema's canonical form (see lib/pipeline/README.md). */
  fingerprint: string;
}

export interface PlannedTopic {
  /** The topic's name in Kafka. */
  topicName: string;
  kafka: ComponentRef;
  /** The declared topic component carrying it; undefined when the topic is derived. */
  declared: string | undefined;
  /** Indexes of the connections writing to it, in order. */
  connections: number[];
  partitions: number | undefined;
  replicas: number | undefined;
}

export interface PlannedConnection {
  index: number;
  from: PlannedEnd;
  to: PlannedEnd[];
  topic: PlannedTopic;
}

export interface Pipeline {
  connections: PlannedConnection[];
  topics: PlannedTopic[];
}

/** Verifies the pipeline graph of each Blueprint (topic collisions across all of them). */
export function verifyPipelines(
  blueprints: readonly CheckedBlueprint[],
  options: VerifyOptions = {},
): { diagnostics: Diagnostic[]; pipelines: Pipeline[] } {
  const diagnostics: Diagnostic[] = [];
  const loader = new SchemaLoader(options.readFile);
  const names: TopicName[] = [];
  const pipelines = blueprints.map((bp, i) =>
    verifyOne(bp, i, loader, reporter(bp.loaded, diagnostics), names),
  );
  checkCollisions(names, blueprints, diagnostics);
  return { diagnostics, pipelines };
}

function verifyOne(
  bp: CheckedBlueprint,
  blueprintIndex: number,
  loader: SchemaLoader,
  report: Report,
  names: TopicName[],
): Pipeline {
  const { doc } = bp;
  const cx: VerifyContext = {
    doc,
    report,
    blueprintIndex,
    names,
    mentioned: new Set(),
    ...loadPorts(bp, loader, report),
  };
  const connected = connect(cx, declaredTopics(cx));
  checkTopicSettings(cx, connected.groups.values());
  checkSchemaCompatibility(cx, connected);
  checkUnconnected(cx, connected);
  if (!doc.spec.allowCycles) checkCycles(connected.resolved, [...cx.streamlets.keys()], report);
  return plannedPipeline(cx, connected);
}

/** What normalize needs: each connection's topic and ends; empty when a reference did not resolve. */
function plannedPipeline({ doc }: VerifyContext, { groups, resolved }: Connected): Pipeline {
  const connections = doc.spec.connections ?? [];
  if (!resolved.every((r) => r.from !== undefined && r.to.every((e) => e !== undefined)))
    return { connections: [], topics: [] };
  const topics = new Map<TopicGroup, PlannedTopic>();
  for (const group of groups.values()) {
    topics.set(group, {
      topicName: group.topicName,
      kafka: group.kafka ?? { namespace: namespaceOf(doc), blueprint: doc.metadata.name, component: "" },
      declared: group.declared?.name,
      connections: group.connections,
      partitions: group.connections.map((i) => connections[i]!.partitions).find((v) => v !== undefined),
      replicas: group.connections.map((i) => connections[i]!.replicas).find((v) => v !== undefined),
    });
  }
  const planned = (end: End): PlannedEnd => ({
    streamlet: end.port.streamlet,
    port: end.port.name,
    fingerprint: end.port.schema?.fingerprint ?? "",
  });
  return {
    connections: resolved.map((r) => ({
      index: r.index,
      from: planned(r.from!),
      to: r.to.map((e) => planned(e!)),
      topic: topics.get(r.group)!,
    })),
    topics: [...topics.values()],
  };
}

// Children that cannot collide (name-collision): every component names its children after its `childName`
// (`<blueprint>-<component>`), in its Blueprint's namespace and, for a topic on a shared Kafka, in the
// Kafka's namespace. Joining names with '-' is ambiguous (`x` + `a-b` and `x-a` + `b` both give
// `x-a-b`), and two Blueprints of one name in two namespaces meet in a shared Kafka's namespace: two
// sources whose children share a name in one namespace would overwrite each other's objects (of one kind,
// or those their operators derive from the name: Services, discovery ConfigMaps), so a name is one
// source's in a namespace. Rather than
// rename existing objects (a KafkaTopic's or KafkaUser's name is its topic's and its credentials' identity),
// the collision is reported at the later source, naming the earlier one with its file, position and field.
// Checked on the Models, without rendering (`trib validate` loads no renderer).
import type { Diagnostic } from "../blueprint/diagnostics.ts";
import { type LoadedDocument, locate } from "../blueprint/load.ts";
import { diagnosticAt } from "../blueprint/report.ts";
import type { ModelBlueprint, ModelComponent } from "./types.ts";

/** A Model with the document it came from (for positions). */
export interface LocatedModel {
  model: ModelBlueprint;
  loaded: LoadedDocument;
}

interface Source {
  at: LocatedModel;
  component: ModelComponent;
  /** The field the name is derived from. */
  path: string;
}

/** Reports each later source whose children take a name an earlier source's children have in a namespace. */
export function checkNameCollisions(models: readonly LocatedModel[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const first = new Map<string, Source>();
  const reported = new Set<string>();
  for (const at of models) {
    for (const component of at.model.components) {
      const source: Source = { at, component, path: namePath(component) };
      for (const namespace of childNamespaces(component, at.model)) {
        const key = `${namespace}/${component.childName}`;
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, source);
          continue;
        }
        const pair = `${id(earlier)}|${id(source)}`;
        if (reported.has(pair)) continue;
        reported.add(pair);
        diagnostics.push(collision(source, earlier, namespace));
      }
    }
  }
  return diagnostics;
}

/**
 * The namespaces a component's children live in: its Blueprint's, and for a topic its Kafka's (Strimzi's
 * topic operator watches the Kafka's namespace: lib/providers/strimzi-topic/render.ts). A streamlet's
 * KafkaUser also lives in its Kafka's namespace, but only one of the same namespace can give it
 * credentials (credentials-namespace refuses the others), and a ZookeeperZnode lives in its consumer's.
 * test/unit/model/name-collisions.test.ts checks every emitted object against this.
 */
export function childNamespaces(c: ModelComponent, model: ModelBlueprint): Set<string> {
  return new Set([model.namespace, ...(c.product === "topic" ? [c.kafka.namespace] : [])]);
}

/** A derived topic is named after its connection's outlet (`from`); any other component after its name. */
const namePath = (c: ModelComponent): string =>
  c.product === "topic" && c.derived ? `${c.path}/from` : `${c.path}/name`;

const id = (s: Source) => `${s.at.model.namespace}/${s.at.model.name}/${s.component.name}`;

function collision(later: Source, earlier: Source, namespace: string): Diagnostic {
  const { line, col } = locate(earlier.at.loaded, earlier.path);
  const where = line > 0 ? `${earlier.at.loaded.file}:${line}:${col}` : earlier.at.loaded.file;
  return diagnosticAt(
    later.at.loaded,
    "name-collision",
    later.path,
    `${describe(later)} names its objects \`${later.component.childName}\` in namespace \`${namespace}\`, ` +
      `as ${describe(earlier)} does (${where} ${earlier.path})`,
    {
      hint:
        "one name in a namespace is one set of objects, with those the operators derive from it (Services, " +
        "discovery ConfigMaps): children are named `<blueprint>-<component>` (`x` + `a-b` and `x-a` + `b` " +
        "both give `x-a-b`), and a topic's KafkaTopic lives in its Kafka's namespace; rename one of the " +
        "components or Blueprints",
    },
  );
}

const describe = (s: Source) =>
  `${s.component.product === "topic" && s.component.derived ? "the derived topic" : "component"} ` +
  `\`${s.component.name}\` of Blueprint ${s.at.model.namespace}/${s.at.model.name}`;

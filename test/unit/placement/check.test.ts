// Placement diagnostics: each code, where it points (line:col in the Blueprint file), and that a valid
// hybrid Blueprint gets none.
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../lib/blueprint/diagnostics.ts";
import { compile } from "../../../lib/stages.ts";
import { blueprint } from "../../support/blueprints.ts";
import {
  CLASSES,
  EVERY_PROVIDER,
  placed,
  rules,
  STACKABLE_OFF_METAL,
} from "../../support/placement-fixtures.ts";

const diagnose = (text: string): Diagnostic[] => compile([{ file: "bp.yaml", text }]).diagnostics;

/** `code line:col` of each diagnostic; `text` is searched for `needle` to find the expected line. */
const summary = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.severity} ${d.code} ${d.path}`);

const lineOf = (text: string, needle: string, nth = 0): number => {
  const lines = text.split("\n");
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.includes(needle) && seen++ === nth) return i + 1;
  }
  throw new Error(`${needle} not in text`);
};

describe("placement diagnostics", () => {
  it("a hybrid Blueprint (data roles on systemd hosts, the rest on the general pool) is clean", () => {
    const text = placed(
      "{nodeClass: metal, match: {stateful: true}}",
      "{nodeClass: general, match: {}}",
      ...STACKABLE_OFF_METAL,
    );
    const result = compile([{ file: "bp.yaml", text }]);
    expect(result.diagnostics).toEqual([]);
    expect(result.models).toHaveLength(1);
  });

  it("placement-conflict: two rules of the same precedence send one role to different classes", () => {
    const text = placed(
      "{nodeClass: metal, match: {role: brokers}}",
      "{nodeClass: general, match: {role: brokers}}",
      "{nodeClass: general, match: {stateful: false}}",
      ...STACKABLE_OFF_METAL,
    );
    const ds = diagnose(text);
    expect(summary(ds)).toEqual(["error placement-conflict /spec/placement/1/nodeClass"]);
    expect(ds[0]).toMatchObject({
      line: lineOf(text, "{nodeClass: general, match: {role: brokers}}"),
      col:
        text
          .split("\n")
          [lineOf(text, "{nodeClass: general, match: {role: brokers}}") - 1]!.indexOf("general") + 1,
      message:
        "sends events brokers to `general`, but rule 0 sends it to `metal` with the same precedence (role)",
    });
    expect(compile([{ file: "bp.yaml", text }]).models).toEqual([]);
  });

  it("no conflict when rules of one precedence agree, or when one is more specific", () => {
    const text = placed(
      "{nodeClass: metal, match: {product: kafka}}",
      "{nodeClass: metal, match: {product: kafka}}",
      "{nodeClass: metal, match: {stateful: true}}",
      "{nodeClass: general, match: {stateful: false}}",
      ...STACKABLE_OFF_METAL,
    );
    expect(summary(diagnose(text))).toEqual([]);
  });

  it("placement-unmatched: a rule that matches no role, with a hint", () => {
    const text = placed(
      "{nodeClass: metal, match: {stateful: true}}",
      "{nodeClass: general, match: {stateful: false}}",
      "{nodeClass: general, match: {role: broker}}",
      "{nodeClass: general, match: {component: events, product: spark}}",
      "{nodeClass: metal, match: {product: spark, stateful: true}}",
      ...STACKABLE_OFF_METAL,
    );
    const ds = diagnose(text);
    expect(summary(ds)).toEqual([
      "error placement-unmatched /spec/placement/2/match",
      "error placement-unmatched /spec/placement/3/match",
      "error placement-unmatched /spec/placement/4/match",
    ]);
    expect(ds.map((d) => d.hint)).toEqual([
      "did you mean `brokers`?",
      "`events` is a kafka, not a spark",
      "none of the roles it names holds data (data roles: servers, controllers, brokers)",
    ]);
    expect(ds[0]!.line).toBe(lineOf(text, "{role: broker}"));
  });

  it("placement-unmatched: a Strimzi topic runs no pods; a Kafka in ZooKeeper mode has no controllers", () => {
    const text = blueprint(
      "shop",
      `
components:
  - name: zk
    zookeeper: {}
  - name: events
    operator: stackable
    kafka: {zookeeper: zk}
  - name: strimzi
    kafka: {}
  - name: t
    topic: {kafka: strimzi}
nodeClasses:
  - {name: pool, selector: {pool: a}}
${rules(
  "{nodeClass: pool, match: {component: t}}",
  "{nodeClass: pool, match: {component: events, role: controllers}}",
  "{nodeClass: pool, match: {product: kafka}}",
)}`,
    );
    const ds = diagnose(text);
    expect(summary(ds)).toEqual([
      "error placement-unmatched /spec/placement/0/match",
      "error placement-unmatched /spec/placement/1/match",
    ]);
    expect(ds.map((d) => d.hint)).toEqual([
      "component `t` runs no pods of its own",
      "the roles of what it names: brokers",
    ]);
  });

  it("node-class-unused (warning): no rule names the class; the Blueprint still compiles", () => {
    const text = placed("{nodeClass: metal, match: {component: pzk}}");
    const result = compile([{ file: "bp.yaml", text }]);
    expect(summary(result.diagnostics)).toEqual(["warning node-class-unused /spec/nodeClasses/1/name"]);
    expect(result.diagnostics[0]).toMatchObject({
      line: lineOf(text, "- name: general"),
      message: "no placement rule sends anything to `general`",
    });
    expect(result.models).toHaveLength(1);
  });

  it("placement-runtime-unsupported: a systemd class for roles the agent cannot run", () => {
    const text = placed(
      "{nodeClass: metal, match: {stateful: true}}",
      "{nodeClass: general, match: {}}",
      "{nodeClass: metal, match: {component: enrich}}",
      "{nodeClass: metal, match: {role: app}}",
      "{nodeClass: metal, match: {product: flink, role: taskmanager}}",
      "{nodeClass: metal, match: {component: audit}}",
      ...STACKABLE_OFF_METAL,
    );
    const ds = diagnose(text);
    expect(summary(ds)).toEqual([
      "error placement-runtime-unsupported /spec/placement/2/nodeClass",
      "error placement-runtime-unsupported /spec/placement/2/nodeClass",
      "error placement-runtime-unsupported /spec/placement/3/nodeClass",
      "error placement-runtime-unsupported /spec/placement/4/nodeClass",
      "error placement-runtime-unsupported /spec/placement/5/nodeClass",
    ]);
    expect(ds.map((d) => d.message)).toEqual([
      "`metal` is a systemd node class, and the Tributary agent cannot run enrich driver: a Spark job runs its own image, and the driver creates the executor pods itself at run time",
      "`metal` is a systemd node class, and the Tributary agent cannot run enrich executor: a Spark job runs its own image, and the driver creates the executor pods itself at run time",
      "`metal` is a systemd node class, and the Tributary agent cannot run app app: a streamlet is the Blueprint's own application image, which no agent package stands for",
      "`metal` is a systemd node class, and the Tributary agent cannot run sessions taskmanager: a Flink job runs its own image, and the JobManager creates the TaskManager pods itself",
      "`metal` is a systemd node class, and the Tributary agent cannot run audit job: a topic's Job is a one-shot run of Kafka's tools and holds no data",
    ]);
    // Only the rule that wins counts: a catch-all systemd class under more specific rules is fine.
    const shadowedCatchAll = placed(
      "{nodeClass: metal, match: {}}",
      "{nodeClass: general, match: {stateful: false}}",
      ...STACKABLE_OFF_METAL,
    );
    expect(summary(diagnose(shadowedCatchAll))).toEqual([]);
  });

  it("placement-runtime-unsupported: Stackable data roles, whose pods need CSI volumes, on a systemd class", () => {
    const ds = diagnose(
      placed("{nodeClass: metal, match: {stateful: true}}", "{nodeClass: general, match: {}}"),
    );
    expect(summary(ds)).toEqual(
      Array(3).fill("error placement-runtime-unsupported /spec/placement/0/nodeClass"),
    );
    expect(ds.map((d) => d.message)).toEqual([
      "`metal` is a systemd node class, and the Tributary agent cannot run zk servers: its pods mount a secret-operator CSI ephemeral volume (quorum TLS) and a listener-operator volume (`listener`), which the agent cannot provide",
      "`metal` is a systemd node class, and the Tributary agent cannot run logs controllers: its pods mount secret-operator CSI ephemeral volumes (internal TLS), which the agent cannot provide",
      "`metal` is a systemd node class, and the Tributary agent cannot run logs brokers: its pods mount secret-operator CSI ephemeral volumes (internal TLS) and listener-operator volumes (`listener-broker`, `listener-bootstrap`), which the agent cannot provide",
    ]);
    expect(ds[0]!.hint).toBe(
      "send it to a container node class; the agent runs pravega-zookeeper servers, strimzi-kafka controllers and brokers (name the component or the role)",
    );
  });

  it("node-class-runtime: a container class that selects the agent's nodes", () => {
    const text = blueprint(
      "shop",
      `${EVERY_PROVIDER}
nodeClasses:
  - name: metal
    selector: {tributary.dev/runtime: systemd}
${rules("{nodeClass: metal, match: {stateful: true}}")}`,
    );
    const ds = diagnose(text);
    expect(summary(ds)).toEqual(["error node-class-runtime /spec/nodeClasses/0/selector"]);
    expect(ds[0]!.hint).toBe("set `runtime: systemd` (it adds the selector and the toleration)");
  });

  it("placement-shadowed (warning): every role the rule matches is placed by a more specific rule", () => {
    const text = placed(
      "{nodeClass: metal, match: {stateful: true}}",
      "{nodeClass: general, match: {stateful: false}}",
      "{nodeClass: general, match: {product: zookeeper}}",
      "{nodeClass: general, match: {component: zk}}",
      "{nodeClass: metal, match: {component: pzk}}",
      "{nodeClass: general, match: {component: logs}}",
    );
    const ds = diagnose(text);
    expect(summary(ds)).toEqual(["warning placement-shadowed /spec/placement/2"]);
    expect(ds[0]!.message).toBe(
      "never applies: every role it matches (zk servers, pzk servers) is placed by a more specific rule (3, 4)",
    );
  });

  it("dangling node classes and components are reported by validate, and placement adds nothing", () => {
    const text = blueprint(
      "shop",
      `${EVERY_PROVIDER}${CLASSES}${rules("{nodeClass: metl, match: {stateful: true}}", "{nodeClass: general, match: {component: nope}}")}`,
    );
    expect(summary(diagnose(text))).toEqual([
      "error dangling-reference /spec/placement/0/nodeClass",
      "error dangling-reference /spec/placement/1/match/component",
    ]);
  });
});

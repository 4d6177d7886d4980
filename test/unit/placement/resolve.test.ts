// Which rule wins (precedence by specificity) and what a node class means in operator-neutral terms.
import { describe, expect, it } from "vitest";
import type { ModelBlueprint, ModelComponent } from "../../../lib/model/types.ts";
import { AGENT_TOLERATION } from "../../../lib/placement/agent.ts";
import { ANYWHERE, placementFor, placementOfClass } from "../../../lib/placement/resolve.ts";
import { allRoles, decide, placementGroups, precedence, rolesOf } from "../../../lib/placement/rules.ts";
import { providers } from "../../../lib/providers/registry.ts";
import { blueprint, modelsOf, modelUnchecked } from "../../support/blueprints.ts";
import {
  GENERAL_SELECTOR,
  GENERAL_TOLERATIONS,
  METAL_SELECTOR,
  METAL_TOLERATIONS,
  placed,
  STACKABLE_OFF_METAL,
} from "../../support/placement-fixtures.ts";

const component = (model: ModelBlueprint, name: string): ModelComponent =>
  model.components.find((c) => c.name === name)!;

/** `component/role` → the node class it goes to ("" for anywhere). */
function classes(model: ModelBlueprint): Record<string, string> {
  return Object.fromEntries(
    allRoles(model, providers()).map(({ component: c, role }) => [
      `${c.name}/${role.name}`,
      decide(model, c, role).winner?.rule.nodeClass ?? "",
    ]),
  );
}

describe("precedence", () => {
  it("is component 8 + role 4 + product 2 + stateful 1, so more specific rules win", () => {
    const order = [
      { component: "events", role: "brokers" },
      { component: "events", stateful: true },
      { component: "events" },
      { role: "brokers", product: "kafka" as const },
      { role: "brokers" },
      { product: "kafka" as const, stateful: true },
      { product: "kafka" as const },
      { stateful: true },
      {},
    ];
    const values = order.map(precedence);
    expect(values).toEqual([12, 9, 8, 6, 4, 3, 2, 1, 0]);
  });

  it("a role goes where its most specific matching rule says, whatever the rules' order", () => {
    const ruleLines = [
      "{nodeClass: general, match: {}}",
      "{nodeClass: metal, match: {stateful: true}}",
      "{nodeClass: general, match: {product: kafka}}",
      "{nodeClass: metal, match: {role: brokers}}",
      "{nodeClass: general, match: {component: logs}}",
      "{nodeClass: general, match: {component: zk, role: servers}}",
    ];
    const expected = {
      "zk/servers": "general", // component+role (12) over stateful (1)
      "pzk/servers": "metal", // stateful (1) over {} (0)
      "events/controllers": "general", // product (2) over stateful (1)
      "events/brokers": "metal", // role (4) over product (2)
      "logs/controllers": "general", // component (8) over stateful (1)
      "logs/brokers": "general", // component (8) over role (4)
      "audit/job": "general",
      "enrich/driver": "general",
      "enrich/executor": "general",
      "sessions/jobmanager": "general",
      "sessions/taskmanager": "general",
      "app/app": "general",
    };
    const [forward] = modelsOf(placed(...ruleLines));
    const [backward] = modelsOf(placed(...[...ruleLines].reverse()));
    expect(classes(forward!)).toEqual(expected);
    expect(classes(backward!)).toEqual(expected);
  });

  it("without rules every role may run anywhere", () => {
    const [model] = modelsOf(placed());
    for (const { component: c, role } of allRoles(model!, providers())) {
      expect(placementFor(model!, c, role.name, providers())).toEqual(ANYWHERE);
    }
  });
});

describe("roles", () => {
  it("are the provider's; a Kafka in ZooKeeper mode has no controllers; a Strimzi topic runs no pods", () => {
    const model = modelUnchecked(
      blueprint(
        "shop",
        `
components:
  - name: zk
    zookeeper: {}
  - name: old
    operator: stackable
    kafka: {zookeeper: zk}
  - name: events
    kafka: {}
  - name: t
    topic: {kafka: events}`,
      ),
    );
    const names = (c: string) =>
      rolesOf(component(model, c), providers()).map((r) => `${r.name}${r.stateful ? "*" : ""}`);
    expect(names("zk")).toEqual(["servers*"]);
    expect(names("old")).toEqual(["brokers*"]);
    expect(names("events")).toEqual(["controllers*", "brokers*"]);
    expect(names("t")).toEqual([]);
  });
});

describe("a node class as a placement", () => {
  it("container class: its selector, and a toleration per taint (Equal with a value, Exists without)", () => {
    const p = placementOfClass(
      {
        name: "general",
        selector: { "tributary.dev/pool": "general" },
        taints: [{ key: "spot", effect: "NoSchedule" }],
      },
      { stateful: false },
    );
    expect(p).toEqual({
      nodeSelector: GENERAL_SELECTOR,
      tolerations: GENERAL_TOLERATIONS,
      affinity: {},
      runtime: "container",
    });
  });

  it("systemd class: adds the agent's node selector and toleration; a data role is spread one per host", () => {
    const nc = {
      name: "metal",
      runtime: "systemd" as const,
      selector: { "tributary.dev/rack": "r1" },
      taints: [{ key: "dedicated", value: "data", effect: "NoSchedule" as const }],
    };
    expect(placementOfClass(nc, { stateful: true })).toEqual({
      nodeSelector: METAL_SELECTOR,
      tolerations: METAL_TOLERATIONS,
      affinity: {},
      runtime: "systemd",
      onePerHost: true,
    });
    expect(placementOfClass({ name: "bare", runtime: "systemd" }, { stateful: true })).toEqual({
      nodeSelector: { "tributary.dev/runtime": "systemd" },
      tolerations: [AGENT_TOLERATION],
      affinity: {},
      runtime: "systemd",
      onePerHost: true,
    });
  });

  it("never repeats a toleration the class already lists, and sorts the selector", () => {
    const p = placementOfClass(
      {
        name: "metal",
        runtime: "systemd",
        selector: { zone: "a", "tributary.dev/runtime": "systemd", disk: "nvme" },
        taints: [{ key: "tributary.dev/runtime", value: "systemd", effect: "NoSchedule" }],
      },
      { stateful: false },
    );
    expect(Object.keys(p.nodeSelector)).toEqual(["disk", "tributary.dev/runtime", "zone"]);
    expect(p.tolerations).toEqual([AGENT_TOLERATION]);
    expect(p.onePerHost).toBeUndefined();
  });

  it("placementFor: the winning rule's class, for the role as its provider declares it", () => {
    const [model] = modelsOf(
      placed(
        "{nodeClass: metal, match: {stateful: true}}",
        "{nodeClass: general, match: {stateful: false}}",
        ...STACKABLE_OFF_METAL,
      ),
    );
    expect(placementFor(model!, component(model!, "events"), "brokers", providers())).toEqual({
      nodeSelector: METAL_SELECTOR,
      tolerations: METAL_TOLERATIONS,
      affinity: {},
      runtime: "systemd",
      onePerHost: true,
    });
    expect(placementFor(model!, component(model!, "enrich"), "executor", providers())).toEqual({
      nodeSelector: GENERAL_SELECTOR,
      tolerations: GENERAL_TOLERATIONS,
      affinity: {},
      runtime: "container",
    });
  });
});

describe("placement groups (trib graph, the plan)", () => {
  it("group roles by node class, data roles apart", () => {
    const [model] = modelsOf(
      placed(
        "{nodeClass: metal, match: {stateful: true}}",
        "{nodeClass: general, match: {product: spark}}",
        "{nodeClass: general, match: {component: app}}",
        ...STACKABLE_OFF_METAL,
      ),
    );
    expect(placementGroups(model!, providers())).toEqual([
      {
        nodeClass: "general",
        runtime: "container",
        onePerHost: true,
        roles: ["zk/servers", "logs/controllers", "logs/brokers"],
      },
      {
        nodeClass: "metal",
        runtime: "systemd",
        onePerHost: true,
        roles: ["pzk/servers", "events/controllers", "events/brokers"],
      },
      {
        nodeClass: "general",
        runtime: "container",
        onePerHost: false,
        roles: ["enrich/driver", "enrich/executor", "app/app"],
      },
    ]);
    expect(placementGroups(model!, providers(), component(model!, "events"))).toEqual([
      { nodeClass: "metal", runtime: "systemd", onePerHost: true, roles: ["controllers", "brokers"] },
    ]);
  });
});

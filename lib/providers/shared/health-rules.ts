// One table of health rules per kind, and its three renderings: the operator's TypeScript (interpreted
// here), Argo CD's Lua health check and Flux's `healthCheckExprs` (both generated from the same rules).
//
// A kind's rules are tried in order; the first whose condition holds gives the verdict. Each rendering
// maps the verdict to its tool's words: Ready is Argo CD's Healthy and Flux's Current, Failed is Degraded
// and Failed, Progressing and Unknown are Argo CD's Progressing (or Suspended where the rule says so) and
// Flux's InProgress. Two limits of the GitOps tools, by construction of the tools:
// - Facts outside the object (Kubernetes Events, another object's existence) are visible only to the
//   operator; a rule that needs one names the closest signal on the object, which Lua and CEL use.
// - Flux consults `status.observedGeneration` before any expression (fluxcd/pkg runtime/cel/
//   status_evaluator.go, Evaluate): an object whose observedGeneration differs from its generation is
//   InProgress in Flux whatever the rules say; and an expression over a missing `status` fails to evaluate
//   (no such attribute), which kstatus reports as Unknown (fluxcd/cli-utils kstatus/polling/statusreaders/
//   generic.go): Flux waits, as for InProgress.
//
// Argo CD runs the Lua with only the base, table and safe os libraries (no `string`): the helpers below
// use base functions only.
import type { Health, HealthFact, HealthFacts, HealthState, K8sObject } from "../../model/k8s-object.ts";

export type { HealthFacts } from "../../model/k8s-object.ts";

import type { KindHealth } from "../types.ts";

type Value = string | number | boolean;

export type Cond =
  /** The field is present, not null and not "". */
  | { has: string }
  | { eq: [string, Value] }
  | { in: [string, readonly Value[]] }
  /** Both fields present and equal. */
  | { same: [string, string] }
  /** The first field's value is an element of the list in the second. */
  | { member: [string, string] }
  /** Some status condition of this type (and status, and reason among / not among). */
  | { condition: string; status?: string; reason?: readonly string[]; notReason?: readonly string[] }
  /** status.observedGeneration is present and differs from metadata.generation. */
  | { generationBehind: true }
  | { all: readonly Cond[] }
  | { any: readonly Cond[] }
  | { not: Cond }
  /**
   * A fact only the operator sees (a Warning Event: the latest, newer than any status the operator wrote;
   * an object named after this one); Lua and CEL test `closest`, for the reason in `why`.
   */
  | { fact: HealthFact; closest: Cond; why: string };

/** A piece of a message: literal text, a field, a condition's message (else reason), the Event's. */
export type Msg =
  | string
  | { field: string }
  /** A field that may hold `{"message": ...}` JSON: its message in TypeScript, the raw text in Lua. */
  | { jsonMessage: string }
  | { conditionMessage: string }
  /** A condition's `reason: message` (an operator's failure: the exception's class and its text). */
  | { conditionCause: string }
  /** Two fields as `first: second` when both are present (a state and its error message). */
  | { pair: [string, string] }
  /** The pieces one after another when every piece says something, else nothing (the next alternative). */
  | { join: readonly Msg[] }
  | { warningMessage: true };

export interface Rule {
  when: Cond;
  state: HealthState;
  /** Alternatives: the first that is not empty. */
  message: readonly Msg[];
  /** Argo CD's word for a non-Ready verdict, where it has a better one than Progressing. */
  argo?: "Suspended";
}

/** A kind's rules, with the upstream files they come from. */
export interface KindRules {
  kind: string;
  cite: string;
  rules: readonly Rule[];
  otherwise: { state: HealthState; message: readonly Msg[] };
}

/** A Kubernetes built-in kind both GitOps tools judge on their own; the operator reads it in TypeScript. */
export interface BuiltInKind {
  kind: string;
  builtIn: (o: K8sObject) => Health;
}

export type KindTable = KindRules | BuiltInKind;

// ---------------------------------------------------------------------------------------------------
// TypeScript

const get = (o: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as never)[k] : undefined), o);

const present = (v: unknown) => v !== undefined && v !== null && v !== "";

interface Condition {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
  lastUpdateTime?: string;
  lastTransitionTime?: string;
}

const conditions = (o: K8sObject): Condition[] => {
  const c = get(o, "status.conditions");
  return Array.isArray(c) ? (c as Condition[]) : [];
};

const matchCondition = (c: Condition, q: Extract<Cond, { condition: string }>) =>
  c.type === q.condition &&
  (q.status === undefined || c.status === q.status) &&
  (q.reason === undefined || (c.reason !== undefined && q.reason.includes(c.reason))) &&
  (q.notReason === undefined || c.reason === undefined || !q.notReason.includes(c.reason));

/**
 * The newest time the operator wrote a condition (ms; -Infinity when none): a Warning Event older than
 * it is history. Times are RFC 3339 with or without fractions (an Event's MicroTime, a condition's
 * seconds), so they are compared parsed.
 */
const lastStatusWrite = (o: K8sObject): number =>
  Math.max(
    ...conditions(o)
      .map((c) => Date.parse(c.lastUpdateTime ?? c.lastTransitionTime ?? ""))
      .filter((t) => !Number.isNaN(t)),
  );

function holdsFact(o: K8sObject, fact: HealthFact, facts: HealthFacts): boolean | undefined {
  if ("warning" in fact) {
    const w = facts.warning;
    if (!w) return false;
    if (fact.warning !== "any" && !fact.warning.includes(w.reason)) return false;
    const time = Date.parse(w.time ?? "");
    return Number.isNaN(time) || time >= lastStatusWrite(o);
  }
  return facts.exists?.(fact.exists, `${o.metadata.name}${fact.suffix ?? ""}`);
}

export function holds(o: K8sObject, c: Cond, facts?: HealthFacts): boolean {
  if ("has" in c) return present(get(o, c.has));
  if ("eq" in c) return get(o, c.eq[0]) === c.eq[1];
  if ("in" in c) return c.in[1].includes(get(o, c.in[0]) as Value);
  if ("same" in c) return present(get(o, c.same[0])) && get(o, c.same[0]) === get(o, c.same[1]);
  if ("member" in c) {
    const list = get(o, c.member[1]);
    return present(get(o, c.member[0])) && Array.isArray(list) && list.includes(get(o, c.member[0]));
  }
  if ("condition" in c) return conditions(o).some((x) => matchCondition(x, c));
  if ("generationBehind" in c) {
    const observed = get(o, "status.observedGeneration");
    const generation = get(o, "metadata.generation");
    return typeof observed === "number" && typeof generation === "number" && observed !== generation;
  }
  if ("all" in c) return c.all.every((x) => holds(o, x, facts));
  if ("any" in c) return c.any.some((x) => holds(o, x, facts));
  if ("not" in c) return !holds(o, c.not, facts);
  const known = facts ? holdsFact(o, c.fact, facts) : undefined;
  return known ?? holds(o, c.closest, facts);
}

/** `{"type": ..., "message": ...}` JSON (how the Flink operator writes `status.error`), or plain text. */
export function jsonMessage(value: unknown): string {
  if (!present(value)) return "";
  const text = String(value);
  try {
    const parsed = JSON.parse(text) as { message?: unknown };
    if (typeof parsed?.message === "string" && parsed.message) return parsed.message;
  } catch {
    // plain text
  }
  return text;
}

function say(o: K8sObject, message: readonly Msg[], facts?: HealthFacts): string {
  for (const m of message) {
    let text = "";
    if (typeof m === "string") text = m;
    else if ("join" in m) {
      const pieces = m.join.map((p) => say(o, [p], facts));
      text = pieces.every((p) => p !== "") ? pieces.join("") : "";
    } else if ("field" in m) text = present(get(o, m.field)) ? String(get(o, m.field)) : "";
    else if ("jsonMessage" in m) text = jsonMessage(get(o, m.jsonMessage));
    else if ("conditionMessage" in m) {
      const c = conditions(o).find((x) => x.type === m.conditionMessage);
      text = c?.message || c?.reason || "";
    } else if ("pair" in m) {
      const [a, b] = m.pair.map((f) => get(o, f));
      text = present(a) && present(b) ? `${String(a)}: ${String(b)}` : "";
    } else if ("conditionCause" in m) {
      const c = conditions(o).find((x) => x.type === m.conditionCause);
      text = c?.reason && c.message ? `${c.reason}: ${c.message}` : c?.message || c?.reason || "";
    } else text = facts?.warning ? `${facts.warning.reason}: ${facts.warning.message}` : "";
    if (text) return text;
  }
  return "";
}

/** A kind's verdict in TypeScript: the first rule that holds. */
export function judge(table: KindRules, o: K8sObject, facts?: HealthFacts): Health {
  const rule = table.rules.find((r) => holds(o, r.when, facts));
  const { state, message } = rule ?? table.otherwise;
  return { state, message: say(o, message, facts) };
}

export const isBuiltIn = (t: KindTable): t is BuiltInKind => "builtIn" in t;

/** A provider's `health`, from its tables. */
export const healthFrom =
  (tables: readonly KindTable[]) =>
  (o: K8sObject, facts?: HealthFacts): Health => {
    const table = tables.find((t) => t.kind === o.kind);
    if (!table) return { state: "Unknown", message: `no health rules for ${o.kind}` };
    return isBuiltIn(table) ? table.builtIn(o) : judge(table, o, facts);
  };

// ---------------------------------------------------------------------------------------------------
// CEL (Flux healthCheckExprs)

const cel = (v: Value) => (typeof v === "string" ? `'${v.replace(/'/g, "\\'")}'` : String(v));

/** has() on every level below the top-level variable (which CEL cannot test, see above). */
const celHas = (path: string): string => {
  const parts = path.split(".");
  return parts
    .slice(1)
    .map((_, i) => `has(${parts.slice(0, i + 2).join(".")})`)
    .join(" && ");
};

export function toCel(c: Cond): string {
  if ("has" in c) return `(${celHas(c.has)} && ${c.has} != '')`;
  if ("eq" in c) return `(${celHas(c.eq[0])} && ${c.eq[0]} == ${cel(c.eq[1])})`;
  if ("in" in c) return `(${celHas(c.in[0])} && ${c.in[0]} in [${c.in[1].map(cel).join(", ")}])`;
  if ("same" in c) {
    const [a, b] = c.same;
    return `(${celHas(a)} && ${celHas(b)} && ${a} == ${b})`;
  }
  if ("member" in c) {
    const [v, list] = c.member;
    return `(${celHas(v)} && ${celHas(list)} && ${v} in ${list})`;
  }
  if ("condition" in c) {
    const tests = [`x.type == ${cel(c.condition)}`];
    if (c.status !== undefined) tests.push(`x.status == ${cel(c.status)}`);
    if (c.reason) tests.push(`has(x.reason) && x.reason in [${c.reason.map(cel).join(", ")}]`);
    if (c.notReason) tests.push(`!(has(x.reason) && x.reason in [${c.notReason.map(cel).join(", ")}])`);
    return `(has(status.conditions) && status.conditions.exists(x, ${tests.join(" && ")}))`;
  }
  if ("generationBehind" in c) {
    return "(has(status.observedGeneration) && has(metadata.generation) && status.observedGeneration != metadata.generation)";
  }
  if ("all" in c) return c.all.length === 0 ? "true" : `(${c.all.map(toCel).join(" && ")})`;
  if ("any" in c) return c.any.length === 0 ? "false" : `(${c.any.map(toCel).join(" || ")})`;
  if ("not" in c) return `!${toCel(c.not)}`;
  return toCel(c.closest);
}

/** The verdict `state` as one CEL expression: some rule giving it holds and no earlier rule does. */
function celFor(table: KindRules, state: HealthState): string | undefined {
  const cases: string[] = [];
  table.rules.forEach((r, i) => {
    if (r.state !== state) return;
    const earlier = table.rules.slice(0, i).map((e) => `!${toCel(e.when)}`);
    cases.push([...earlier, toCel(r.when)].join(" && "));
  });
  if (table.otherwise.state === state) {
    cases.push(table.rules.map((e) => `!${toCel(e.when)}`).join(" && ") || "true");
  }
  return cases.length === 0 ? undefined : cases.map((c) => `(${c})`).join(" || ");
}

// ---------------------------------------------------------------------------------------------------
// Lua (Argo CD)

const lua = (v: Value) => (typeof v === "string" ? JSON.stringify(v) : String(v));
const luaPath = (path: string) => `get(${path.split(".").map(lua).join(", ")})`;

/** Helpers every generated check starts with (base library only). */
const LUA_PRELUDE = `local function get(...)
  local v = obj
  for _, k in ipairs({ ... }) do
    if type(v) ~= "table" then
      return nil
    end
    v = v[k]
  end
  return v
end
local function present(v)
  return v ~= nil and v ~= ""
end
local function among(v, list)
  for _, x in ipairs(list) do
    if v == x then
      return true
    end
  end
  return false
end
local function condition(t, s, reasons, notReasons)
  local list = get("status", "conditions")
  if type(list) ~= "table" then
    return nil
  end
  for _, c in ipairs(list) do
    if c.type == t and (s == nil or c.status == s)
      and (reasons == nil or (c.reason ~= nil and among(c.reason, reasons)))
      and (notReasons == nil or c.reason == nil or not among(c.reason, notReasons)) then
      return c
    end
  end
  return nil
end
local function conditionMessage(t)
  local c = condition(t, nil, nil, nil)
  if c == nil then
    return nil
  end
  if present(c.message) then
    return c.message
  end
  return c.reason
end
local function conditionCause(t)
  local c = condition(t, nil, nil, nil)
  if c ~= nil and present(c.reason) and present(c.message) then
    return c.reason .. ": " .. c.message
  end
  return conditionMessage(t)
end
local function pair(a, b)
  if present(a) and present(b) then
    return tostring(a) .. ": " .. tostring(b)
  end
  return nil
end
local function join(...)
  local text = ""
  for i = 1, select("#", ...) do
    local m = select(i, ...)
    if not present(m) then
      return nil
    end
    text = text .. tostring(m)
  end
  return text
end
local function say(...)
  for i = 1, select("#", ...) do
    local m = select(i, ...)
    if present(m) then
      return tostring(m)
    end
  end
  return ""
end`;

const luaList = (list: readonly Value[] | undefined) =>
  list === undefined ? "nil" : `{ ${list.map(lua).join(", ")} }`;

export function toLua(c: Cond): string {
  if ("has" in c) return `present(${luaPath(c.has)})`;
  if ("eq" in c) return `${luaPath(c.eq[0])} == ${lua(c.eq[1])}`;
  if ("in" in c) return `among(${luaPath(c.in[0])}, ${luaList(c.in[1])})`;
  if ("same" in c)
    return `(present(${luaPath(c.same[0])}) and ${luaPath(c.same[0])} == ${luaPath(c.same[1])})`;
  if ("member" in c) {
    const [v, list] = c.member;
    return `(present(${luaPath(v)}) and type(${luaPath(list)}) == "table" and among(${luaPath(v)}, ${luaPath(list)}))`;
  }
  if ("condition" in c) {
    const s = c.status === undefined ? "nil" : lua(c.status);
    return `condition(${lua(c.condition)}, ${s}, ${luaList(c.reason)}, ${luaList(c.notReason)}) ~= nil`;
  }
  if ("generationBehind" in c) {
    return `(get("status", "observedGeneration") ~= nil and get("metadata", "generation") ~= nil and get("status", "observedGeneration") ~= get("metadata", "generation"))`;
  }
  if ("all" in c) return c.all.length === 0 ? "true" : `(${c.all.map(toLua).join(" and ")})`;
  if ("any" in c) return c.any.length === 0 ? "false" : `(${c.any.map(toLua).join(" or ")})`;
  if ("not" in c) return `not (${toLua(c.not)})`;
  return toLua(c.closest);
}

const luaMsg = (m: Msg): string => {
  if (typeof m === "string") return lua(m);
  if ("field" in m) return luaPath(m.field);
  if ("jsonMessage" in m) return luaPath(m.jsonMessage);
  if ("conditionMessage" in m) return `conditionMessage(${lua(m.conditionMessage)})`;
  if ("conditionCause" in m) return `conditionCause(${lua(m.conditionCause)})`;
  if ("pair" in m) return `pair(${luaPath(m.pair[0])}, ${luaPath(m.pair[1])})`;
  if ("join" in m) return `join(${m.join.map(luaMsg).join(", ")})`;
  return "nil"; // Events are not on the object: the next alternative speaks
};

const ARGO: Record<HealthState, string> = {
  Ready: "Healthy",
  Failed: "Degraded",
  Progressing: "Progressing",
  Unknown: "Progressing",
};

function verdictLua(state: HealthState, message: readonly Msg[], argo?: string): string {
  return `hs.status = ${lua(argo ?? ARGO[state])}
  hs.message = say(${message.map(luaMsg).join(", ")})
  return hs`;
}

function luaFor(table: KindRules): string {
  const rules = table.rules.map(
    (r) => `if ${toLua(r.when)} then
  ${verdictLua(r.state, r.message, r.argo)}
end`,
  );
  return `-- ${table.kind}: ${table.cite}
local hs = {}
${LUA_PRELUDE}
${rules.join("\n")}
do
  ${verdictLua(table.otherwise.state, table.otherwise.message)}
end
`;
}

/** The facts a condition reads beyond the object. */
const factsIn = (c: Cond): HealthFact[] => {
  if ("fact" in c) return [c.fact, ...factsIn(c.closest)];
  if ("all" in c) return c.all.flatMap(factsIn);
  if ("any" in c) return c.any.flatMap(factsIn);
  if ("not" in c) return factsIn(c.not);
  return [];
};

/** The facts a kind's rules read beyond the object, each once (what the operator must read for it). */
export const factsOf = (table: KindRules): HealthFact[] => {
  const all = table.rules.flatMap((r) => factsIn(r.when));
  return all.filter((f, i) => all.findIndex((g) => JSON.stringify(g) === JSON.stringify(f)) === i);
};

/** The GitOps renderings of one kind's table, and the facts the operator reads for it. */
export function checksOf(table: KindTable): KindHealth {
  if (isBuiltIn(table)) return { flux: "kstatus", argo: "built-in" };
  const facts = factsOf(table);
  return {
    flux: { current: celFor(table, "Ready") ?? "false", failed: celFor(table, "Failed") },
    argo: { lua: luaFor(table) },
    ...(facts.length ? { facts } : {}),
  };
}

/** A provider's `healthChecks`, from its tables. */
export const checksFrom = (tables: readonly KindTable[]): Readonly<Record<string, KindHealth>> =>
  Object.fromEntries(tables.map((t) => [t.kind, checksOf(t)]));

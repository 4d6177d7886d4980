// Apply mode: the facts the children's health rules read beyond the objects (lib/providers/shared/
// health-rules.ts), for the kinds whose rules name them (healthFactsOf): the latest Warning Event about a
// child, and whether an object named after it exists (a ZookeeperZnode's discovery ConfigMap). Targeted
// reads, at each reconcile: the Warning Events about that one object (a list with field selectors on its
// uid and the type, which needs `list` on events), and a GET of each named object (a kind the operator
// emits, so already granted). A read that fails leaves the fact unread: the rule then falls back to the
// signal on the object, as the GitOps tools do.

import type { KObject } from "../../kube/objects.ts";
import { collectionPath, objectPath } from "../../kube/objects.ts";
import type { HealthFacts } from "../../lib/model/k8s-object.ts";
import { healthFactsOf } from "../../lib/providers/health.ts";
import { childKey } from "../decisions/ownership.ts";
import { type CoreEvent, latestWarning } from "../decisions/warning-event.ts";
import type { Context } from "./context.ts";

const EVENTS = { apiVersion: "v1", kind: "Event", plural: "events", namespaced: true };

async function warningAbout(ctx: Context, o: KObject): Promise<HealthFacts["warning"]> {
  const r = await ctx.deps.client.send<{ items?: CoreEvent[] }>(
    "GET",
    collectionPath(EVENTS, o.metadata.namespace),
    { query: { fieldSelector: `involvedObject.uid=${o.metadata.uid},type=Warning` } },
  );
  if (r.status !== 200) {
    ctx.log.debug("events not read for health", { object: childKey(o), status: r.status });
    return undefined;
  }
  return latestWarning(r.body.items ?? []);
}

/** Whether a core (v1) object of `kind` and `name` is in the namespace; undefined when it cannot be read. */
async function exists(ctx: Context, namespace: string, kind: string, name: string) {
  const resource = await ctx.deps.resolve("v1", kind);
  if (!resource) return undefined;
  const r = await ctx.deps.client.send("GET", objectPath(resource, namespace, name));
  return r.status === 200 ? true : r.status === 404 ? false : undefined;
}

async function factsAbout(ctx: Context, o: KObject): Promise<HealthFacts | undefined> {
  const wanted = healthFactsOf(o);
  if (wanted.length === 0 || !o.metadata.uid) return undefined;
  const namespace = o.metadata.namespace ?? ctx.ref.namespace;
  const named = wanted.flatMap((f) =>
    "exists" in f ? [{ kind: f.exists, name: `${o.metadata.name}${f.suffix ?? ""}` }] : [],
  );
  const [warning, found] = await Promise.all([
    wanted.some((f) => "warning" in f) ? warningAbout(ctx, o) : undefined,
    Promise.all(
      named.map(async (n) => [`${n.kind}/${n.name}`, await exists(ctx, namespace, n.kind, n.name)] as const),
    ),
  ]);
  const seen = new Map(found);
  return {
    ...(warning ? { warning } : {}),
    ...(seen.size ? { exists: (kind: string, name: string) => seen.get(`${kind}/${name}`) } : {}),
  };
}

/** The facts of each child that has a kind whose rules read some, by childKey (reads run together). */
export async function readHealthFacts(
  ctx: Context,
  objects: readonly KObject[],
): Promise<Map<string, HealthFacts>> {
  const out = new Map<string, HealthFacts>();
  await Promise.all(
    objects.map(async (o) => {
      try {
        const facts = await factsAbout(ctx, o);
        if (facts) out.set(childKey(o), facts);
      } catch (error) {
        // No answer: judge the child on its own object this time.
        ctx.log.debug("health facts not read", { object: childKey(o), error: (error as Error).message });
      }
    }),
  );
  return out;
}

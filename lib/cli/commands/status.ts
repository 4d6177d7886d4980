import type { KubeClient } from "../../../kube/client.ts";
import { ApiError } from "../../../kube/errors.ts";
import { type ApiResource, collectionPath, type KList, type KObject } from "../../../kube/objects.ts";
import type { K8sObject } from "../../model/k8s-object.ts";
import { renderJson, renderText } from "../../status/render.ts";
import { type BlueprintStatus, statusTree } from "../../status/tree.ts";
import { LABEL_BLUEPRINT } from "../../synth/labels.ts";
import {
  blueprintResource,
  childResources,
  clusterOptions,
  connectCluster,
  requestRetrying,
  typed,
} from "../cluster.ts";
import type { Command, Io } from "../command.ts";
import { UsageError } from "../usage-error.ts";

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Exit codes (also in --help and the README). */
export const STATUS_EXIT = { ready: 0, notReady: 1, usage: 2, notFound: 3, cluster: 4 } as const;

interface Target {
  namespace: string;
  name: string;
}

function targets(positionals: readonly string[], namespace: string): Target[] {
  if (positionals.length === 0) throw new UsageError("name at least one [<namespace>/]<blueprint>");
  return positionals.map((p) => {
    const parts = p.split("/");
    const [ns, name] = parts.length === 2 ? parts : [namespace, parts[0]];
    if (parts.length > 2 || !DNS_LABEL.test(ns ?? "") || !DNS_LABEL.test(name ?? ""))
      throw new UsageError(`${JSON.stringify(p)} is not [<namespace>/]<blueprint>`);
    return { namespace: ns!, name: name! };
  });
}

/** Where each object comes from: the collections one Blueprint's tree is read from. */
interface Sources {
  blueprint?: ApiResource;
  children: ApiResource[];
}

const POD: ApiResource = { apiVersion: "v1", kind: "Pod", plural: "pods", namespaced: true };
const NODE: ApiResource = { apiVersion: "v1", kind: "Node", plural: "nodes", namespaced: false };

/** The collections to read for one target, each with its selector. */
function queries(
  t: Target,
  s: Sources,
): { resource: ApiResource; path: string; query: Record<string, string> }[] {
  const label = { labelSelector: `${LABEL_BLUEPRINT}=${t.name}` };
  return [
    ...(s.blueprint
      ? [
          {
            resource: s.blueprint,
            path: collectionPath(s.blueprint, t.namespace),
            query: { fieldSelector: `metadata.name=${t.name}` },
          },
        ]
      : []),
    ...s.children.map((r) => ({ resource: r, path: collectionPath(r, t.namespace), query: label })),
    { resource: POD, path: collectionPath(POD, t.namespace), query: {} },
  ];
}

async function list(client: KubeClient, r: ApiResource, path: string, query: Record<string, string>) {
  return typed(r, (await requestRetrying<KList>(client, "GET", path, { query })).items);
}

/** Nodes, to mark agent nodes; without the right to list them the tree still renders (no marks). */
async function nodes(client: KubeClient): Promise<KObject[]> {
  try {
    return await list(client, NODE, collectionPath(NODE), {});
  } catch (e) {
    if (e instanceof ApiError && e.status === 403) return [];
    throw e;
  }
}

async function readTree(client: KubeClient, t: Target, s: Sources, allNodes: KObject[], now: Date) {
  const lists = await Promise.all(queries(t, s).map((q) => list(client, q.resource, q.path, q.query)));
  const blueprint = s.blueprint ? lists.shift()?.[0] : undefined;
  const pods = lists.pop() ?? [];
  const children = lists.flat();
  if (!blueprint && children.length === 0) return undefined;
  return statusTree({
    namespace: t.namespace,
    name: t.name,
    blueprint: blueprint as K8sObject | undefined,
    children: children as K8sObject[],
    pods: pods as K8sObject[],
    nodes: allNodes as K8sObject[],
    now,
  });
}

/** The trees without their ages: a redraw is due when this changes. */
const signature = (trees: readonly BlueprintStatus[]) =>
  JSON.stringify(trees, (k, v) => (k === "age" ? undefined : v));

export const status: Command = {
  name: "status",
  help: `Usage: trib status [<namespace>/]<blueprint>... [-n <namespace>] [-w] [-o wide|json]
                   [--kubeconfig <path>] [--context <name>]

Shows each Blueprint as a tree read from the cluster: the Blueprint, its components, each child
object (kind, name, namespace, health, age, and the child's own message when it is not ready),
and for data roles (ZooKeeper servers, Kafka brokers and controllers) the pods their operator made
and the node each runs on, "(agent)" when the Tributary agent runs that node
(label tributary.dev/runtime=systemd). Health is read through each provider's rules, in the
operator's own status dialect: the same verdict the operator writes on the Blueprint.

Children are found by Tributary's labels (tributary.dev/blueprint, tributary.dev/component), so the
tree is the same whether the operator applied them or Argo CD / Flux synced the hydrated repository
(then there is no Blueprint object, and the tree says so).

Options:
  -n, --namespace <ns>     namespace of Blueprints named without one (default: default)
  -w, --watch              keep watching; redraw whenever something in the tree changes
  -o, --output <format>    text (default), wide (messages of ready objects too, API groups), json
      --kubeconfig <path>  kubeconfig (default: $KUBECONFIG, ~/.kube/config, then in-cluster)
      --context <name>     kubeconfig context

Colour on a terminal; none when piped or when NO_COLOR is set.

Exit codes: 0 everything Ready, 1 something is not Ready, 2 usage error, 3 Blueprint not found
(no Blueprint object and no labelled object), 4 cluster unreachable or an API error.
With --watch, the code of the last tree shown when interrupted.

Examples:
  trib status data/platform
  trib status -n streaming legacy -o wide
  trib status data/platform -o json | jq '.blueprints[0].components[].health'
  trib status data/platform --watch`,
  options: {
    namespace: { type: "string", short: "n", default: "default" },
    watch: { type: "boolean", short: "w" },
    output: { type: "string", short: "o", default: "text" },
    ...clusterOptions,
  },
  async run({ positionals, values }, io) {
    const output = String(values.output);
    if (!["text", "wide", "json"].includes(output))
      throw new UsageError("--output must be text, wide or json");
    const wanted = targets(positionals, String(values.namespace));
    const color = io.tty && !process.env.NO_COLOR;
    const render = (trees: BlueprintStatus[]) =>
      output === "json" ? renderJson(trees) : renderText(trees, { color, wide: output === "wide" });
    const code = (trees: BlueprintStatus[]) =>
      trees.every((t) => t.ready) ? STATUS_EXIT.ready : STATUS_EXIT.notReady;

    let client: KubeClient;
    try {
      client = await connectCluster(values, "trib-status");
    } catch (e) {
      io.err(`trib status: cannot read the kubeconfig: ${(e as Error).message}\n`);
      return STATUS_EXIT.cluster;
    }
    try {
      let sources: Sources;
      let allNodes: KObject[];
      let trees: BlueprintStatus[];
      try {
        sources = { blueprint: await blueprintResource(client), children: await childResources(client) };
        allNodes = await nodes(client);
        const read = await Promise.all(wanted.map((t) => readTree(client, t, sources, allNodes, new Date())));
        const missing = wanted.filter((_, i) => !read[i]);
        for (const t of missing)
          io.err(
            `trib status: Blueprint ${t.namespace}/${t.name} not found: no Blueprint object and no object labelled ${LABEL_BLUEPRINT}=${t.name} in namespace ${t.namespace}\n`,
          );
        if (missing.length) return STATUS_EXIT.notFound;
        trees = read as BlueprintStatus[];
      } catch (e) {
        io.err(`trib status: ${(e as Error).message}\n`);
        return STATUS_EXIT.cluster;
      }
      if (!values.watch) {
        io.out(render(trees));
        return code(trees);
      }
      return await watch(client, wanted, sources, allNodes, trees, render, code, io);
    } finally {
      client.close();
    }
  },
};

/**
 * Keeps an informer (list, then the watch API) on every collection the trees are read from and redraws
 * when an event changes a tree, until SIGINT or SIGTERM; on a terminal each frame replaces the last.
 */
async function watch(
  client: KubeClient,
  wanted: Target[],
  sources: Sources,
  allNodes: KObject[],
  first: BlueprintStatus[],
  render: (t: BlueprintStatus[]) => string,
  code: (t: BlueprintStatus[]) => number,
  io: Io,
): Promise<number> {
  const { Informer } = await import("../../../kube/informer.ts");
  const { silentLogger } = await import("../../../kube/log.ts");
  let trees = first;
  let shown = "";
  const draw = () => {
    const sig = signature(trees);
    if (sig === shown) return;
    shown = sig;
    io.out(`${io.tty ? "\x1b[H\x1b[2J" : ""}${render(trees)}`);
  };
  draw();
  let timer: NodeJS.Timeout | undefined;
  const informers: InstanceType<typeof Informer>[] = [];
  const redraw = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const now = new Date();
      const nodes = informers.find((i) => i.name === "nodes")?.list() ?? allNodes;
      trees = wanted.map((t, ti) => {
        const objects = (kind: string) =>
          informers.filter((i) => i.name.startsWith(`${ti}/${kind}`)).flatMap((i) => i.list());
        return statusTree({
          namespace: t.namespace,
          name: t.name,
          blueprint: objects("blueprint").find((o) => o.metadata.name === t.name) as K8sObject | undefined,
          children: objects("child") as K8sObject[],
          pods: objects("pods") as K8sObject[],
          nodes: nodes as K8sObject[],
          now,
        });
      });
      draw();
    }, 100);
  };
  wanted.forEach((t, ti) => {
    for (const q of queries(t, sources)) {
      const role = q.resource === sources.blueprint ? "blueprint" : q.resource === POD ? "pods" : "child";
      informers.push(
        new Informer({
          client,
          path: q.path,
          name: `${ti}/${role}/${q.resource.kind}`,
          apiVersion: q.resource.apiVersion,
          kind: q.resource.kind,
          labelSelector: q.query.labelSelector,
          handler: redraw,
          log: silentLogger,
        }),
      );
    }
  });
  if (allNodes.length)
    informers.push(
      new Informer({
        client,
        path: collectionPath(NODE),
        name: "nodes",
        apiVersion: "v1",
        kind: "Node",
        handler: redraw,
        log: silentLogger,
      }),
    );
  for (const i of informers) i.start();
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  clearTimeout(timer);
  await Promise.all(informers.map((i) => i.stop()));
  return code(trees);
}

// The informer against a scripted API: relist on 410 Gone (reporting what changed meanwhile, deletions
// included), resume the watch from the last resourceVersion after any other failure, with backoff.
import { describe, expect, it } from "vitest";
import type { KubeClient } from "../../../kube/client.ts";
import { ApiError } from "../../../kube/errors.ts";
import { Informer } from "../../../kube/informer.ts";
import { silentLogger } from "../../../kube/log.ts";
import type { KObject, WatchEvent } from "../../../kube/objects.ts";
import { Backoff } from "../../../kube/workqueue.ts";

const obj = (name: string, rv: string): KObject => ({
  apiVersion: "v1",
  kind: "ConfigMap",
  metadata: { name, namespace: "ns", resourceVersion: rv },
});

type Step = (onEvent: (e: WatchEvent) => void) => Promise<void>;

function fakeClient(lists: { items: KObject[]; rv: string }[], watches: Step[]) {
  const calls: string[] = [];
  const client = {
    async request(method: string, path: string) {
      calls.push(`${method} ${path}`);
      const next = lists.shift();
      if (!next) throw new Error("no more lists");
      return { metadata: { resourceVersion: next.rv }, items: structuredClone(next.items) };
    },
    async watch(
      _path: string,
      query: Record<string, unknown>,
      onEvent: (e: WatchEvent) => void,
      signal: AbortSignal,
    ): Promise<void> {
      calls.push(`WATCH rv=${String(query.resourceVersion)} bookmarks=${String(query.allowWatchBookmarks)}`);
      const step = watches.shift();
      if (!step) {
        await new Promise<void>((_resolve, reject) =>
          signal.addEventListener("abort", () => reject(new Error("aborted"))),
        );
        return;
      }
      await step(onEvent);
    },
  };
  return { client: client as unknown as KubeClient, calls };
}

describe("Informer", () => {
  it("relists on 410 Gone, resumes from its resourceVersion after other failures, and never stops", async () => {
    const { client, calls } = fakeClient(
      [
        { items: [obj("a", "1"), obj("b", "2")], rv: "10" },
        { items: [obj("a", "11"), obj("c", "13")], rv: "20" },
      ],
      [
        async (emit) => {
          emit({ type: "MODIFIED", object: obj("a", "11") });
          emit({ type: "BOOKMARK", object: obj("", "12") });
          emit({
            type: "ERROR",
            object: { ...obj("", ""), code: 410, reason: "Expired", message: "too old resource version" },
          });
        },
        async () => {
          throw new ApiError(0, "NoResponse", "connect ECONNREFUSED 127.0.0.1:6443");
        },
        async () => {
          throw new ApiError(503, "ServiceUnavailable", "the server is shutting down");
        },
        async (emit) => {
          emit({ type: "ADDED", object: obj("d", "21") });
          emit({ type: "DELETED", object: obj("c", "22") });
        },
      ],
    );
    const events: string[] = [];
    const informer = new Informer({
      client,
      path: "/api/v1/namespaces/ns/configmaps",
      name: "configmaps",
      apiVersion: "v1",
      kind: "ConfigMap",
      handler: (event, o) => events.push(`${event} ${o.metadata.name}@${o.metadata.resourceVersion}`),
      log: silentLogger,
      backoff: new Backoff(1, 5, () => 1),
    });
    informer.start();
    await informer.waitForSync();
    const deadline = Date.now() + 5000;
    while (!events.includes("delete c@22") && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 5));
    await informer.stop();

    expect(events).toEqual([
      "add a@1",
      "add b@2",
      "update a@11",
      // The relist after 410: c is new, b went while the watch was gone; a is unchanged.
      "add c@13",
      "delete b@2",
      "add d@21",
      "delete c@22",
    ]);
    expect(calls).toEqual([
      "GET /api/v1/namespaces/ns/configmaps",
      "WATCH rv=10 bookmarks=true",
      "GET /api/v1/namespaces/ns/configmaps",
      "WATCH rv=20 bookmarks=true",
      "WATCH rv=20 bookmarks=true",
      "WATCH rv=20 bookmarks=true",
      "WATCH rv=22 bookmarks=true",
    ]);
    expect(
      informer
        .list()
        .map((o) => o.metadata.name)
        .sort(),
    ).toEqual(["a", "d"]);
    expect(informer.get("ns/a")?.kind).toBe("ConfigMap");
  });

  it("keeps retrying a list that fails, and counts as synced once a resource is not served", async () => {
    let lists = 0;
    const client = {
      async request() {
        lists++;
        throw new ApiError(404, "NotFound", "the server could not find the requested resource");
      },
      async watch() {},
    } as unknown as KubeClient;
    const informer = new Informer({
      client,
      path: "/apis/example.com/v1/widgets",
      name: "widgets",
      apiVersion: "example.com/v1",
      kind: "Widget",
      handler: () => {},
      log: silentLogger,
      backoff: new Backoff(1, 1, () => 1),
    });
    informer.start();
    await informer.waitForSync();
    expect(informer.notServed).toBe(true);
    await informer.stop();
    expect(lists).toBeGreaterThanOrEqual(1);
  });
});

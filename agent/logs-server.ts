// The kubelet-style endpoint the API server proxies `pods/log` to (`kubectl logs`, `trib logs`):
// GET /containerLogs/<namespace>/<pod>/<container>?follow&tailLines&sinceSeconds&timestamps&limitBytes.
// TLS; callers authenticate with a client certificate signed by the configured CA (the API server's
// --kubelet-client-certificate) and are authorized with a SubjectAccessReview for nodes/proxy on this node,
// as a kubelet does. Lines come from the journal of the container's unit.
import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import https from "node:https";
import type { TLSSocket } from "node:tls";
import type { Agent } from "./agent.ts";
import { containerUnitName } from "./systemd/unit.ts";

export interface LogsServerOptions {
  port: number;
  address: string;
  certFile: string;
  keyFile: string;
  clientCAFile: string;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export function startLogsServer(agent: Agent, o: LogsServerOptions): Promise<https.Server> {
  const decisions = new Map<string, { at: number; allowed: boolean }>();
  const authorize = async (user: string, groups: string[]): Promise<boolean> => {
    const key = `${user}\0${groups.join(",")}`;
    const hit = decisions.get(key);
    if (hit && Date.now() - hit.at < 60_000) return hit.allowed;
    const r = await agent.kube.send<{ status?: { allowed?: boolean } }>(
      "POST",
      "/apis/authorization.k8s.io/v1/subjectaccessreviews",
      {
        body: {
          apiVersion: "authorization.k8s.io/v1",
          kind: "SubjectAccessReview",
          spec: {
            user,
            groups,
            resourceAttributes: {
              verb: "get",
              resource: "nodes",
              subresource: "proxy",
              name: agent.nodeName,
            },
          },
        },
      },
    );
    const allowed = r.status === 201 && r.body.status?.allowed === true;
    decisions.set(key, { at: Date.now(), allowed });
    return allowed;
  };

  const server = https.createServer(
    {
      cert: readFileSync(o.certFile),
      key: readFileSync(o.keyFile),
      ca: readFileSync(o.clientCAFile),
      requestCert: true,
      rejectUnauthorized: false,
    },
    (req, res) => {
      const fail = (code: number, msg: string) => {
        res.writeHead(code, { "content-type": "text/plain; charset=utf-8" });
        res.end(`${msg}\n`);
      };
      void (async () => {
        const url = new URL(req.url ?? "/", "https://agent");
        if (url.pathname === "/healthz") return fail(200, "ok");
        const socket = req.socket as TLSSocket;
        if (!socket.authorized) return fail(401, "Unauthorized");
        const subject = socket.getPeerCertificate().subject ?? {};
        const user = String(subject.CN ?? "");
        const groups = ([] as string[]).concat((subject.O as string | string[] | undefined) ?? []);
        if (!user || !(await authorize(user, groups))) {
          return fail(403, `Forbidden (user=${user}, verb=get, resource=nodes, subresource=proxy)`);
        }
        const m = /^\/containerLogs\/([^/]+)\/([^/]+)\/([^/]+)\/?$/.exec(url.pathname);
        if (!m || req.method !== "GET") return fail(404, "not found");
        const [ns, podName, container] = m.slice(1).map(decodeURIComponent) as [string, string, string];
        if (!DNS_LABEL.test(ns) || !DNS_SUBDOMAIN.test(podName) || !DNS_LABEL.test(container))
          return fail(400, "bad name");
        const pod = agent.pod(`${ns}/${podName}`);
        if (!pod?.metadata.uid) return fail(404, `pod ${ns}/${podName} is not on node ${agent.nodeName}`);
        if (
          ![...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])].some(
            (c) => c.name === container,
          )
        ) {
          return fail(400, `container ${container} is not valid for pod ${podName}`);
        }
        const q = url.searchParams;
        if (q.get("previous") === "true")
          return fail(400, "previous logs are not kept apart on systemd nodes");
        const num = (k: string) => (q.has(k) && /^\d+$/.test(q.get(k)!) ? Number(q.get(k)) : undefined);
        const follow = q.get("follow") === "true";
        const timestamps = q.get("timestamps") === "true";
        const limit = num("limitBytes");
        const tail = num("tailLines");
        const since = num("sinceSeconds");
        let sent = 0;
        res.writeHead(200, { "content-type": "text/plain; charset=utf-8", "transfer-encoding": "chunked" });
        let child: ChildProcess | undefined;
        const end = () => {
          child?.kill("SIGTERM");
          if (!res.writableEnded) res.end();
        };
        child = agent.systemd.journal(
          containerUnitName(ns, podName, container),
          pod.metadata.uid,
          container,
          {
            follow,
            ...(tail !== undefined ? { tail } : {}),
            ...(since !== undefined ? { sinceSeconds: since } : {}),
          },
          (msg, micros) => {
            let chunk = Buffer.concat([msg, Buffer.from("\n")]);
            if (timestamps) {
              const iso = new Date(Math.floor(micros / 1000)).toISOString();
              chunk = Buffer.concat([
                Buffer.from(`${iso.slice(0, 19)}.${String(micros % 1_000_000).padStart(6, "0")}000Z `),
                chunk,
              ]);
            }
            if (limit !== undefined && sent + chunk.length > limit) {
              res.write(chunk.subarray(0, limit - sent));
              sent = limit;
              return end();
            }
            sent += chunk.length;
            res.write(chunk);
          },
          () => end(),
        );
        req.on("close", end);
      })().catch((e: Error) => {
        if (!res.headersSent) fail(500, e.message);
        else res.end();
      });
    },
  );
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(o.port, o.address, () => resolve(server));
  });
}

// Running one probe: TCP connect or HTTP GET to the pod's IP, or a command inside the container's mount
// namespace as the container's user (nsenter + setpriv, argv only, no shell), each bounded by its timeout.
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import type { ProbeAction } from "../pod/translate/types.ts";

export interface ProbeTarget {
  host: string;
  mainPID: number;
  environment: Array<[string, string]>;
  workingDirectory: string;
  timeoutSeconds: number;
}

export class ProbeRunner {
  constructor(
    private readonly nsenter: string,
    private readonly setpriv: string,
  ) {}

  async run(action: ProbeAction, t: ProbeTarget): Promise<boolean> {
    const ms = t.timeoutSeconds * 1000;
    try {
      switch (action.kind) {
        case "tcp":
          return await tcp(t.host, action.port, ms);
        case "http":
          return await httpGet(action, t.host, ms);
        case "exec":
          return await this.exec(action.argv, t, ms);
      }
    } catch {
      return false;
    }
  }

  private async exec(argv: string[], t: ProbeTarget, ms: number): Promise<boolean> {
    if (t.mainPID <= 0) return false;
    const status = await readFile(`/proc/${t.mainPID}/status`, "utf8");
    const uid = /^Uid:\s+(\d+)/m.exec(status)?.[1];
    const gid = /^Gid:\s+(\d+)/m.exec(status)?.[1];
    if (uid === undefined || gid === undefined) return false;
    const args = [
      `--target=${t.mainPID}`,
      "--mount",
      `--wd=${t.workingDirectory}`,
      "--",
      this.setpriv,
      `--reuid=${uid}`,
      `--regid=${gid}`,
      "--clear-groups",
      "--no-new-privs",
      "--inh-caps=-all",
      "--bounding-set=-all",
      "--",
      ...argv,
    ];
    const env: NodeJS.ProcessEnv = {
      PATH: "/usr/local/bin:/usr/bin:/bin",
      ...Object.fromEntries(t.environment),
    };
    return new Promise((resolve) => {
      const child = spawn(this.nsenter, args, { env, stdio: "ignore" });
      const timer = setTimeout(() => child.kill("SIGKILL"), ms);
      child.on("error", () => {
        clearTimeout(timer);
        resolve(false);
      });
      child.on("close", (code) => {
        clearTimeout(timer);
        resolve(code === 0);
      });
    });
  }
}

function tcp(host: string, port: number, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port });
    const done = (ok: boolean) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(ms, () => done(false));
    s.on("connect", () => done(true));
    s.on("error", () => done(false));
  });
}

function httpGet(a: Extract<ProbeAction, { kind: "http" }>, host: string, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const mod = a.scheme === "https" ? https : http;
    const req = mod.request(
      {
        host,
        port: a.port,
        path: a.path,
        method: "GET",
        headers: { "user-agent": "tributary-agent-probe", ...Object.fromEntries(a.headers) },
        ...(a.scheme === "https" ? { rejectUnauthorized: false } : {}),
        timeout: ms,
      },
      (res) => {
        res.resume();
        const code = res.statusCode ?? 0;
        resolve(code >= 200 && code < 400);
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", () => resolve(false));
    req.end();
  });
}

// A git forge on loopback for tests: git's own smart-HTTP server (`git http-backend`, a CGI program) behind
// a small Node HTTP server, so clients (git, Flux's source-controller) fetch and push over HTTP exactly as
// from a forge. Serves the bare repositories under one directory, at http://127.0.0.1:<port>/<name>.git.
// Push is enabled (REMOTE_USER is set, which http-backend requires for receive-pack).
import { spawn } from "node:child_process";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface GitServer {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  /** URL of the bare repository `<root>/<name>`. */
  repoURL(name: string): string;
  /** Requests served so far (method and path), for tests that check the server was really used. */
  readonly requests: ReadonlyArray<{ method: string; path: string; status: number }>;
  stop(): Promise<void>;
}

/** Serve the bare repositories under `root` (a directory of `<name>.git`). */
export async function startGitServer(root: string): Promise<GitServer> {
  const requests: Array<{ method: string; path: string; status: number }> = [];
  const server = createServer((req, res) => {
    serve(root, req, res, (status) =>
      requests.push({ method: req.method ?? "", path: (req.url ?? "").split("?")[0]!, status }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    repoURL: (name) => `${url}/${name}`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function serve(
  root: string,
  req: IncomingMessage,
  res: ServerResponse,
  done: (status: number) => void,
): void {
  const [pathInfo = "/", query = ""] = (req.url ?? "/").split("?", 2);
  // Only repository paths reach the CGI: no `..`, nothing outside <root>.
  if (pathInfo.split("/").some((s) => s === ".." || s === ".")) {
    res.writeHead(400).end("bad path\n");
    done(400);
    return;
  }
  const headers: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (typeof v === "string") headers[`HTTP_${k.toUpperCase().replaceAll("-", "_")}`] = v;
  }
  const cgi = spawn("git", ["http-backend"], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...headers,
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: "1",
      GIT_CONFIG_NOSYSTEM: "1",
      REQUEST_METHOD: req.method ?? "GET",
      PATH_INFO: decodeURIComponent(pathInfo),
      QUERY_STRING: query,
      CONTENT_TYPE: req.headers["content-type"] ?? "",
      REMOTE_ADDR: req.socket.remoteAddress ?? "127.0.0.1",
      REMOTE_USER: "tributary-test",
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  req.pipe(cgi.stdin);
  cgi.stdin.on("error", () => {});
  let head = Buffer.alloc(0);
  let started = false;
  let status = 200;
  const stderr: Buffer[] = [];
  cgi.stderr.on("data", (d: Buffer) => stderr.push(d));
  cgi.stdout.on("data", (chunk: Buffer) => {
    if (started) {
      res.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf("\r\n\r\n");
    const sep = end >= 0 ? 4 : 2;
    const at = end >= 0 ? end : head.indexOf("\n\n");
    if (at < 0) return;
    const lines = head.subarray(0, at).toString("latin1").split(/\r?\n/);
    for (const line of lines) {
      const i = line.indexOf(":");
      if (i < 0) continue;
      const name = line.slice(0, i).trim();
      const value = line.slice(i + 1).trim();
      if (name.toLowerCase() === "status") status = Number.parseInt(value, 10) || 200;
      else res.setHeader(name, value);
    }
    res.writeHead(status);
    started = true;
    res.write(head.subarray(at + sep));
  });
  cgi.on("close", (code) => {
    if (!started) {
      status = 502;
      res.writeHead(502).end(`git http-backend exited ${code}: ${Buffer.concat(stderr).toString()}`);
    } else res.end();
    done(status);
  });
  cgi.on("error", () => {
    if (!res.headersSent) res.writeHead(500).end("cannot run git http-backend\n");
    done(500);
  });
}

// trib logs: usage errors and help without a cluster (the integration suite streams real logs).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { trib } from "../../support/cli.ts";

const dir = mkdtempSync(path.join(tmpdir(), "trib-logs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("trib logs", () => {
  it("is listed in trib --help and has help of its own", async () => {
    expect((await trib(["--help"])).stdout).toMatch(/\n {2}logs +print a pod's container log/);
    const help = await trib(["logs", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: trib logs <namespace>/<pod> [-c <container>] [-f]");
  });

  it.each([
    [[], /expected exactly one <namespace>\/<pod>/],
    [["just-a-pod"], /is not <namespace>\/<pod>/],
    [["ns/Bad_Pod"], /is not <namespace>\/<pod>/],
    [["a/b", "c/d"], /expected exactly one/],
    [["ns/p", "--tail", "x"], /--tail needs a non-negative integer/],
    [["ns/p", "--since", "10"], /--since needs a duration/],
    [["ns/p", "--bogus"], /Unknown option/],
  ])("usage error for %j", async (args, why) => {
    const r = await trib(["logs", ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(why);
  });

  it("an unreadable kubeconfig is an error, not a crash", async () => {
    const r = await trib(["logs", "ns/p", "--kubeconfig", path.join(dir, "missing")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read kubeconfig/);
    const empty = path.join(dir, "empty.yaml");
    writeFileSync(empty, "apiVersion: v1\nkind: Config\nclusters: []\nusers: []\ncontexts: []\n");
    const r2 = await trib(["logs", "ns/p", "--kubeconfig", empty]);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/no current cluster/);
  });

  it("an API server that does not answer is an API error (exit 1), not an internal error", async () => {
    // A port that was just free: nothing listens there any more, so the connection is refused.
    const server = createServer();
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const { port } = server.address() as { port: number };
    await new Promise((done) => server.close(done));
    const config = path.join(dir, "refused.yaml");
    writeFileSync(
      config,
      `apiVersion: v1
kind: Config
clusters: [{name: c, cluster: {server: "https://127.0.0.1:${port}"}}]
users: [{name: u, user: {token: t}}]
contexts: [{name: x, context: {cluster: c, user: u}}]
current-context: x
`,
    );
    const r = await trib(["logs", "ns/p", "--kubeconfig", config]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe(
      `trib logs: GET /api/v1/namespaces/ns/pods/p: connect ECONNREFUSED 127.0.0.1:${port}\n`,
    );
  });
});

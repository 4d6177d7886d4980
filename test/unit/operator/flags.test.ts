// The operator's flags, its metrics text and its logs.
import { parseArgs } from "node:util";
import { describe, expect, it } from "vitest";
import { jsonLogger } from "../../../kube/log.ts";
import { OPERATOR_OPTIONS, operatorOptions, parseDuration } from "../../../operator/flags.ts";
import { parseAddress } from "../../../operator/http.ts";
import { Metrics } from "../../../operator/metrics.ts";

const parse = (...args: string[]) =>
  operatorOptions(parseArgs({ args, options: OPERATOR_OPTIONS, strict: true }).values, "/work", {});

describe("flags", () => {
  it("defaults: apply mode, all namespaces, four workers, leader election on", () => {
    const o = parse();
    expect(o).toMatchObject({
      mode: "apply",
      namespaces: [],
      concurrency: 4,
      resyncPeriodMs: 600_000,
      httpAddress: ":8080",
      leaderElection: {
        namespace: "default",
        name: "tributary-operator",
        leaseDurationMs: 15_000,
        renewDeadlineMs: 10_000,
        retryPeriodMs: 2_000,
      },
    });
    expect(o.identity).toMatch(/_[0-9a-f]{8}$/);
  });

  it("scopes to namespaces given repeatedly or comma-separated; the Lease goes to the first", () => {
    const o = parse("-n", "a,b", "--namespace", "c", "--concurrency", "8", "--resync-period", "90s");
    expect(o.namespaces).toEqual(["a", "b", "c"]);
    expect(o.concurrency).toBe(8);
    expect(o.resyncPeriodMs).toBe(90_000);
    expect(o.leaderElection).toMatchObject({ namespace: "a" });
    expect(parse("--no-leader-election").leaderElection).toBe(false);
  });

  it("gitops mode needs a repo, and --push for a remote one", () => {
    expect(() => parse("--mode", "gitops")).toThrow(/needs --repo/);
    expect(() => parse("--mode", "gitops", "--repo", "https://git.example.com/x.git")).toThrow(/--push/);
    const o = parse(
      "--mode",
      "gitops",
      "--repo",
      "out.git",
      "--source-commit",
      "abcdef1",
      "--cluster",
      "prod",
    );
    expect(o.gitops).toMatchObject({
      repo: "out.git",
      cwd: "/work",
      cluster: "prod",
      sourceCommit: "abcdef1",
      push: false,
    });
  });

  it("refuses bad values", () => {
    expect(() => parse("--mode", "sync")).toThrow(/apply or gitops/);
    expect(() => parse("--concurrency", "0")).toThrow(/1 to 64/);
    expect(() => parse("--resync-period", "10")).toThrow(/duration/);
    expect(() => parse("--lease-duration", "5s")).toThrow(/lease-duration > --renew-deadline/);
    expect(() => parse("--http-address", "nowhere")).toThrow(/http-address/);
    expect(() => parse("--log-level", "loud")).toThrow(/log-level/);
    expect(parse("--http-address", "off").httpAddress).toBeUndefined();
  });

  it("reads durations and addresses", () => {
    expect(["500ms", "2s", "1.5m", "1h"].map((d) => parseDuration(d, "x"))).toEqual([
      500, 2000, 90_000, 3_600_000,
    ]);
    expect(parseAddress(":8080")).toEqual({ host: undefined, port: 8080 });
    expect(parseAddress("127.0.0.1:0")).toEqual({ host: "127.0.0.1", port: 0 });
    expect(parseAddress("[::1]:9")).toEqual({ host: "::1", port: 9 });
  });
});

describe("metrics", () => {
  it("renders Prometheus text: counters with labels, gauges, cumulative histograms", () => {
    const m = new Metrics();
    m.reconciles.inc({ result: "success" });
    m.reconciles.inc({ result: "success" });
    m.apiWrites.inc({ verb: "PATCH" });
    m.queueDepth.set(3);
    m.reconcileDuration.observe(0.02);
    m.reconcileDuration.observe(3);
    const text = m.render();
    expect(text).toContain(
      '# TYPE tributary_reconcile_total counter\ntributary_reconcile_total{result="success"} 2',
    );
    expect(text).toContain('tributary_api_writes_total{verb="PATCH"} 1');
    expect(text).toContain("tributary_workqueue_depth 3");
    expect(text).toContain('tributary_reconcile_duration_seconds_bucket{le="0.025"} 1');
    expect(text).toContain('tributary_reconcile_duration_seconds_bucket{le="5"} 2');
    expect(text).toContain('tributary_reconcile_duration_seconds_bucket{le="+Inf"} 2');
    expect(text).toContain("tributary_reconcile_duration_seconds_count 2");
    expect(text.endsWith("\n")).toBe(true);
  });
});

describe("logs", () => {
  it("are one JSON object per line, with fields, filtered by level", () => {
    const lines: string[] = [];
    const log = jsonLogger("info", (l) => lines.push(l)).with({ blueprint: "ns/a" });
    log.debug("hidden");
    log.info("applied", { child: "x" });
    log.error("failed", { error: new Error("boom") });
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: "info",
      msg: "applied",
      blueprint: "ns/a",
      child: "x",
    });
    expect(JSON.parse(lines[1]!)).toMatchObject({ level: "error", error: "boom" });
  });
});

describe("trib operator", () => {
  const run = async (...argv: string[]) => {
    const { main } = await import("../../../lib/cli/main.ts");
    let out = "";
    let err = "";
    const code = await main(argv, {
      out: (t) => (out += t),
      err: (t) => (err += t),
      cwd: "/work",
      tty: false,
    });
    return { code, out, err };
  };

  it("is listed, has help, and refuses bad flags with exit code 2", async () => {
    expect((await run("--help")).out).toMatch(/^ {2}operator +run the Blueprint operator/m);
    const help = await run("operator", "--help");
    expect(help.code).toBe(0);
    expect(help.out).toContain("--kubeconfig <file>");
    expect(help.out).toContain("-n, --namespace <ns>");
    expect(help.out).toContain("--concurrency <n>");
    const bad = await run("operator", "--mode", "sync");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--mode must be apply or gitops");
    expect((await run("operator", "extra")).code).toBe(2);
  });
});

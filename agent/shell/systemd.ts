// systemd through its command-line tools: systemctl (jobs queued with --no-block) and journalctl.
import { type ChildProcess, spawn } from "node:child_process";
import {
  type LastExit,
  parseShow,
  SHOW_PROPERTIES,
  signalNumber,
  type UnitState,
  unitState,
} from "../pod/status.ts";
import { execFile, mustExec } from "./exec.ts";

/** systemd's MESSAGE_ID for "unit process exited" (SD_MESSAGE_UNIT_PROCESS_EXIT). */
export const PROCESS_EXIT_MESSAGE_ID = "98e322203f7a4ed290d09fe03c09fe15";

export class Systemd {
  constructor(
    private readonly systemctl: string,
    private readonly journalctl: string,
  ) {}

  async version(): Promise<string> {
    const out = await mustExec(this.systemctl, ["--version"], 10_000);
    return /systemd (\d+)/.exec(out)?.[1] ?? "unknown";
  }

  /** Is the manager answering? */
  async reachable(): Promise<{ ok: boolean; message: string }> {
    try {
      const r = await execFile(this.systemctl, ["is-system-running"], { timeoutMs: 10_000 });
      const state = r.stdout.trim();
      return {
        ok: ["running", "degraded", "starting", "initializing"].includes(state),
        message: state || r.stderr.trim(),
      };
    } catch (e) {
      return { ok: false, message: (e as Error).message };
    }
  }

  async daemonReload(): Promise<void> {
    await mustExec(this.systemctl, ["daemon-reload"], 60_000);
  }

  /** Queue jobs without waiting for them (the reconcile loop observes the result). */
  async queue(verb: "start" | "stop" | "restart", units: string[]): Promise<void> {
    if (units.length === 0) return;
    await mustExec(this.systemctl, ["--no-block", verb, "--", ...units], 30_000);
  }

  async kill(units: string[], signal: string, whom: "main" | "all" = "all"): Promise<void> {
    if (units.length === 0) return;
    await execFile(this.systemctl, ["kill", `--kill-whom=${whom}`, `--signal=${signal}`, "--", ...units], {
      timeoutMs: 30_000,
    });
  }

  async resetFailed(units: string[]): Promise<void> {
    if (units.length === 0) return;
    await execFile(this.systemctl, ["reset-failed", "--", ...units], { timeoutMs: 30_000 });
  }

  /** Properties of the units (unknown units come back with LoadState=not-found). */
  async show(units: string[]): Promise<Map<string, UnitState>> {
    const out = new Map<string, UnitState>();
    for (let i = 0; i < units.length; i += 200) {
      const batch = units.slice(i, i + 200);
      const text = await mustExec(
        this.systemctl,
        ["show", "--timestamp=unix", `--property=${SHOW_PROPERTIES.join(",")}`, "--", ...batch],
        30_000,
      );
      for (const block of parseShow(text)) if (block.Id) out.set(block.Id, unitState(block));
    }
    return out;
  }

  /** The last "process exited" record of a unit since a time: the previous run of a restarted container. */
  async lastExit(unit: string, sinceUnix: number): Promise<LastExit | undefined> {
    const r = await execFile(
      this.journalctl,
      [
        "--no-pager",
        "-o",
        "json",
        "-n",
        "1",
        `--since=@${sinceUnix}`,
        `MESSAGE_ID=${PROCESS_EXIT_MESSAGE_ID}`,
        `UNIT=${unit}`,
      ],
      { timeoutMs: 15_000 },
    );
    const line = r.stdout.trim().split("\n").pop();
    if (!line) return undefined;
    try {
      const rec = JSON.parse(line) as Record<string, string>;
      const code = rec.EXIT_CODE;
      const status = rec.EXIT_STATUS ?? "0";
      const finishedAt = Math.floor(Number(rec.__REALTIME_TIMESTAMP) / 1e6);
      if (code === "exited") return { exitCode: Number(status), finishedAt };
      const sig = signalNumber(status);
      if (sig === undefined) return undefined;
      return { exitCode: 128 + sig, signal: sig, finishedAt };
    } catch {
      return undefined;
    }
  }

  /**
   * The journal of one container of one pod (its own output only: `_SYSTEMD_UNIT` plus the agent's
   * TRIBUTARY_* fields), as JSON records on `onRecord`. Returns the journalctl child (kill it to stop).
   */
  journal(
    unit: string,
    podUID: string,
    container: string,
    options: { follow: boolean; tail?: number; sinceSeconds?: number },
    onRecord: (message: Buffer, realtimeMicros: number) => void,
    onEnd: (code: number) => void,
  ): ChildProcess {
    const args = ["--no-pager", "-o", "json", "--output-fields=MESSAGE"];
    if (options.follow) args.push("--follow");
    // A kubelet sends the whole log unless tailLines says otherwise; journalctl --follow alone sends 10 lines.
    args.push(`--lines=${options.tail ?? "all"}`);
    if (options.sinceSeconds !== undefined) args.push(`--since=-${options.sinceSeconds}s`);
    args.push(`_SYSTEMD_UNIT=${unit}`, `TRIBUTARY_POD_UID=${podUID}`, `TRIBUTARY_CONTAINER=${container}`);
    const child = spawn(this.journalctl, args, { stdio: ["ignore", "pipe", "ignore"] });
    let buffered = "";
    child.stdout.on("data", (d: Buffer) => {
      buffered += d.toString("utf8");
      for (let nl = buffered.indexOf("\n"); nl >= 0; nl = buffered.indexOf("\n")) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (!line.trim()) continue;
        try {
          const rec = JSON.parse(line) as {
            MESSAGE?: string | number[] | null;
            __REALTIME_TIMESTAMP?: string;
          };
          const m = rec.MESSAGE;
          const msg =
            typeof m === "string"
              ? Buffer.from(m, "utf8")
              : Array.isArray(m)
                ? Buffer.from(m)
                : Buffer.alloc(0);
          onRecord(msg, Number(rec.__REALTIME_TIMESTAMP ?? 0));
        } catch {
          // a partial or foreign line: skip
        }
      }
    });
    child.on("close", (code) => onEnd(code ?? 0));
    child.on("error", () => onEnd(1));
    return child;
  }
}

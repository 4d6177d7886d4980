// Processes of a control plane: each in its own process group, logging to a file, with a parent-death signal
// where util-linux `setpriv` exists; whatever is left when the test process exits is killed.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { closeSync as fsCloseSync, openSync as fsOpenSync, rmSync } from "node:fs";
import { tail } from "./exec.ts";

const hasSetpriv: boolean = (() => {
  try {
    return spawnSync("setpriv", ["--pdeathsig", "KILL", "--", "true"], { stdio: "ignore" }).status === 0;
  } catch {
    return false;
  }
})();

// Last-resort cleanup: if the process exits without stop(), kill every group still running and remove the
// state directories.
export const liveGroups = new Set<number>();
export const liveDirs = new Set<string>();
process.once("exit", () => {
  for (const pid of liveGroups) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  for (const dir of liveDirs) rmSync(dir, { recursive: true, force: true });
});

/** A process in its own process group, logging to a file (exported for test/cluster/flux). */
export class ManagedProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<number | null> | undefined;
  exitCode: number | null | undefined;

  constructor(
    readonly name: string,
    readonly command: string,
    readonly args: string[],
    readonly logPath: string,
    readonly env: NodeJS.ProcessEnv,
  ) {}

  get running(): boolean {
    return this.child !== undefined && this.exitCode === undefined;
  }

  start(): void {
    if (this.running) throw new Error(`${this.name} is already running`);
    const fd = fsOpenSync(this.logPath, "a");
    const [cmd, args] = hasSetpriv
      ? ["setpriv", ["--pdeathsig", "KILL", "--", this.command, ...this.args]]
      : [this.command, this.args];
    let child: ChildProcess;
    try {
      child = spawn(cmd, args, { detached: true, stdio: ["ignore", fd, fd], env: this.env });
    } finally {
      fsCloseSync(fd);
    }
    this.child = child;
    this.exitCode = undefined;
    const pid = child.pid;
    if (pid !== undefined) liveGroups.add(pid);
    this.exited = new Promise((resolve) => {
      child.once("exit", (code, signal) => {
        this.exitCode = code ?? (signal ? -1 : null);
        if (pid !== undefined) liveGroups.delete(pid);
        resolve(code);
      });
      child.once("error", () => {
        this.exitCode = -1;
        if (pid !== undefined) liveGroups.delete(pid);
        resolve(-1);
      });
    });
  }

  /** Reject as soon as the process exits (used while waiting for readiness). */
  async failOnExit(): Promise<never> {
    await this.exited;
    throw new Error(
      `${this.name} exited (code ${this.exitCode}); last log lines:\n${await tail(this.logPath)}`,
    );
  }

  /** SIGTERM the process group, SIGKILL it after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    const child = this.child;
    if (!child || child.pid === undefined || this.exitCode !== undefined) return;
    const pid = child.pid;
    const signal = (sig: NodeJS.Signals) => {
      try {
        process.kill(-pid, sig);
      } catch {
        // group already gone
      }
    };
    signal("SIGTERM");
    const timer = setTimeout(() => signal("SIGKILL"), graceMs);
    await this.exited;
    clearTimeout(timer);
    signal("SIGKILL"); // anything left in the group
  }
}

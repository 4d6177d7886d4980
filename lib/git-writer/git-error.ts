// A git process that failed: what it was asked (the subcommand), what it said, how it ended. Git failing
// is the environment speaking (a full disk, permissions, an unreachable remote, a lock someone holds), so
// it is reported to the user as such (exit 1), never as a crash.
import { PublishError } from "../gitops/hydrate.ts";

export class GitError extends PublishError {
  constructor(
    readonly command: string,
    readonly stderr: string,
    readonly exitCode: number | null,
  ) {
    super(`git ${command}: ${stderr || `exit ${exitCode}`}`);
  }
}

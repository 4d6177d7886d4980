// Errors from the machine rather than from Tributary (a full disk, a read-only or forbidden directory, too
// many open files) → a PublishError naming the file, so the CLI exits 1 with a message, not 70.
import { PublishError } from "../gitops/hydrate.ts";

const REASONS: Record<string, string> = {
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  EIO: "input/output error",
  EMFILE: "too many open files",
  ENFILE: "too many open files in the system",
  ENOTDIR: "a path component is not a directory",
  EISDIR: "is a directory",
  ENOENT: "no such file or directory",
};

interface SystemError extends Error {
  code?: string;
  path?: string;
  syscall?: string;
}

/** The error as the user should see it: PublishErrors as they are, system errors named, others as bugs. */
export function asEnvironmentError(error: unknown): unknown {
  if (error instanceof PublishError) return error;
  const e = error as SystemError;
  const reason = e?.code ? REASONS[e.code] : undefined;
  if (!reason) return error;
  const where = e.path ? `${e.path}: ` : "";
  return new PublishError(`${where}${reason} (${e.syscall ?? "i/o"})`);
}

/** The first line of an error's message, for a one-line report. */
export const firstLine = (error: unknown): string =>
  String((error as Error)?.message ?? error)
    .trim()
    .split("\n")[0]!;

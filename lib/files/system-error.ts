// Errors from the machine rather than from Tributary (a full disk, a read-only or forbidden directory, too
// many open files, a path that is not a directory) in words: what the CLI reports with exit 1, not 70.

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

/** `<path>: <reason> (<syscall>)` for a system error of the machine's, else undefined (a bug). */
export function describeSystemError(error: unknown): string | undefined {
  const e = error as SystemError;
  const reason = e?.code ? REASONS[e.code] : undefined;
  if (!reason) return undefined;
  const where = e.path ? `${e.path}: ` : "";
  return `${where}${reason} (${e.syscall ?? "i/o"})`;
}

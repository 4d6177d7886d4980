// The package map: which tarball stands for a container image, and how the image's ENTRYPOINT/CMD and a
// container's command/args become the argv of a process inside the unpacked package. Pure.
import type { PackageEntry } from "../config.ts";

/** Glob match: `*` any run of characters, `?` exactly one; everything else literally. */
export function imageMatches(pattern: string, image: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${re}$`, "s").test(image);
}

/** The first entry whose pattern matches the image (the configuration's order is the priority). */
export function resolvePackage(image: string, entries: readonly PackageEntry[]): PackageEntry | undefined {
  return entries.find((e) => imageMatches(e.image, image));
}

/** Where a package is unpacked: one directory per content hash, i.e. per version. */
export function packageDirectory(stateRoot: string, entry: PackageEntry): string {
  return `${stateRoot}/packages/${entry.sha256}`;
}

/** The directory inside the unpacked tarball that is the image's root. */
export function packageRoot(stateRoot: string, entry: PackageEntry): string {
  const root = (entry.root ?? "").split("/").filter((x) => x !== "" && x !== ".");
  return [packageDirectory(stateRoot, entry), "content", ...root].join("/");
}

/** Characters an in-package path may use; everything else is refused rather than quoted. */
const IMAGE_PATH = /^\/(?:[A-Za-z0-9._+@-]+\/)*[A-Za-z0-9._+@-]+$/;

/**
 * Check an absolute path inside the image (a command, a working directory) and map it into the package:
 * normalized, no `.`/`..` components, a conservative character set. Returns the host path, or an error.
 */
export function inPackage(
  root: string,
  imagePath: string,
  what: string,
): { path: string } | { error: string } {
  if (imagePath === "/") return { path: root };
  if (!imagePath.startsWith("/")) {
    return { error: `${what} ${JSON.stringify(imagePath)} must be an absolute path inside the package` };
  }
  if (!IMAGE_PATH.test(imagePath) || imagePath.split("/").some((x) => x === "." || x === "..")) {
    return {
      error: `${what} ${JSON.stringify(imagePath)} is not a normalized path of [A-Za-z0-9._+@-] components`,
    };
  }
  return { path: `${root}${imagePath}` };
}

/**
 * Kubernetes' rule: `command` replaces ENTRYPOINT, `args` replaces CMD, and a `command` without `args`
 * drops CMD. Returns the argv with argv[0] still an image path.
 */
export function containerArgv(
  entry: PackageEntry,
  command: readonly string[] | undefined,
  args: readonly string[] | undefined,
): string[] {
  const head = command ?? entry.entrypoint ?? [];
  const tail = args ?? (command ? [] : (entry.cmd ?? []));
  return [...head, ...tail];
}

// Every temporary file of a test run goes under one directory, removed when the run ends: the tests, the
// CLIs and git processes they start, and the libraries they use (cdk8s' Testing.app() makes a directory per
// App and never removes it) all ask os.tmpdir(), which reads TMPDIR. A test run leaves /tmp as it found it,
// even after a test killed a process mid-write on purpose (the publish fault injection). The CLI's load
// cache (lib/cli/load-cache.ts) goes there too, not into the user's cache directory.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "trib-test-"));
  process.env.TMPDIR = root;
  process.env.TRIB_CACHE_DIR = join(root, "load-cache");
  return () => rmSync(root, { recursive: true, force: true });
}

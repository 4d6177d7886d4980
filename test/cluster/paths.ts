// Where the suite finds the repository, the upstream and Tributary CRDs, and where it keeps logs.
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file is test/cluster/paths.ts). */
export const repoRoot: string = fileURLToPath(new URL("../..", import.meta.url));
/** Upstream CRDs shared with the project: `../shared/crds` next to the repository. */
export const sharedCrdsDir: string = path.resolve(repoRoot, "..", "shared", "crds");
/** Tributary's own CRDs (from the Helm chart), installed when present. */
export const tributaryCrdsDir: string = path.join(repoRoot, "charts", "tributary", "crds");
/** Logs of control planes kept after a failure (or with TRIB_KEEP_LOGS=1). Gitignored. */
export const artifactsDir: string = path.join(repoRoot, "test", ".artifacts");

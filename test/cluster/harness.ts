// The test harness's front door, as test files import it: the control plane (control-plane.ts), a client for
// one (cluster.ts), CRDs (crds.ts), and the helpers they are built from.
export { ensureBinaries } from "./binaries.ts";
export {
  type Cluster,
  type ClusterConnection,
  connect,
  FAKE_NODE_ANNOTATION,
  type FakeNodeOptions,
} from "./cluster.ts";
export {
  type AuditEvent,
  type ControlPlane,
  type ControlPlaneOptions,
  keepLogs,
  startControlPlane,
} from "./control-plane.ts";
export { type DefaultCrdOptions, defaultCrdPaths, installCrds } from "./crds.ts";
export { type ExecResult, waitFor } from "./exec.ts";
export { artifactsDir, repoRoot, sharedCrdsDir, tributaryCrdsDir } from "./paths.ts";
export type { ExtraToken } from "./pki.ts";
export { ManagedProcess } from "./process.ts";

// README output of `trib status` and `trib diff` (the block between <!-- output:status --> markers): a real
// control plane (test/cluster/harness.ts) with the upstream CRDs, blueprints/legacy.yaml applied as a
// GitOps engine applies the hydrated output, its sub-operators' statuses written in their own shapes
// (test/support/status-stack.ts: one child failing its upgrade) and the data pods on agent nodes; then
// blueprints/platform.yaml applied as the operator applies it, and diffed with fewer partitions.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Io } from "../../lib/cli/command.ts";
import { main } from "../../lib/cli/main.ts";
import {
  defaultCrdPaths,
  installCrds,
  repoRoot,
  startControlPlane,
  waitFor,
} from "../../test/cluster/harness.ts";
import { objectsOf } from "../../test/support/blueprints.ts";
import { readyStatus } from "../../test/support/operator-statuses.ts";
import {
  addStatusNodes,
  coordinationFailed,
  createDataPods,
  legacyChildren,
  legacyYaml,
  writeStatus,
} from "../../test/support/status-stack.ts";

export const marker = "status";
/** Needs a control plane: left out of the README staleness test, which runs no cluster. */
export const cluster = true;

const PLURAL: Record<string, string> = {
  Job: "jobs",
  ZookeeperCluster: "zookeeperclusters",
  KafkaCluster: "kafkaclusters",
  ZookeeperZnode: "zookeeperznodes",
  Kafka: "kafkas",
  KafkaNodePool: "kafkanodepools",
  KafkaTopic: "kafkatopics",
};

export async function capture(): Promise<string> {
  const cp = await startControlPlane({
    scheduler: true,
    controllerManager: true,
    kwok: true,
    name: "readme-status",
  });
  const dir = mkdtempSync(path.join(tmpdir(), "trib-readme-status-"));
  try {
    await installCrds(cp, await defaultCrdPaths());
    const apply = async (yaml: string, namespace: string, manager: string) => {
      await cp.createNamespace(namespace);
      for (const o of objectsOf(yaml)) {
        const base = o.apiVersion.includes("/") ? `/apis/${o.apiVersion}` : `/api/${o.apiVersion}`;
        const r = await cp.request(
          "PATCH",
          `${base}/namespaces/${namespace}/${PLURAL[o.kind]}/${o.metadata.name}?fieldManager=${manager}&force=true`,
          o,
          { contentType: "application/apply-patch+yaml" },
        );
        if (r.status !== 200 && r.status !== 201) throw new Error(`apply ${o.kind}: ${r.status} ${r.text}`);
      }
    };
    const nodes = await addStatusNodes(cp, "node");
    await apply(legacyYaml("streaming"), "streaming", "kustomize-controller");
    const children = await legacyChildren(cp, "streaming");
    for (const o of children)
      await writeStatus(
        cp,
        o,
        o.apiVersion.startsWith("zookeeper.pravega.io") ? coordinationFailed(o) : readyStatus(o),
      );
    await createDataPods(cp, children, nodes);

    const platform = readFileSync(path.join(repoRoot, "blueprints", "platform.yaml"), "utf8");
    await apply(platform, "data", "tributary");
    const fewer = path.join(dir, "platform.yaml");
    writeFileSync(fewer, platform.replace("partitions: 24", "partitions: 12"));

    const run = async (args: string[], shown: string) => {
      let out = "";
      const io: Io = { out: (t) => (out += t), err: (t) => (out += t), cwd: dir, tty: false };
      const code = await main([...args, `--kubeconfig=${cp.kubeconfigPath}`], io);
      return { code, text: `$ ${shown}\n${out}${code === 0 ? "" : `(exit ${code})\n`}` };
    };
    // Ages are of a cluster made seconds ago; wait for the pods kwok runs to be Ready, and the topic's Job
    // (run by the real Job controller) to be done.
    const status = await waitFor(
      "the data pods ready",
      async () => {
        const r = await run(["status", "streaming/legacy"], "trib status streaming/legacy");
        return /Pod\/\S+ +streaming +Ready/.test(r.text) &&
          !/(Pod|Job)\/\S+ +streaming +Progressing/.test(r.text)
          ? r
          : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    const diff = await run(
      ["diff", "platform.yaml"],
      "trib diff platform.yaml        # audit: partitions 24 → 12",
    );
    return `${status.text}\n${diff.text}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await cp.stop();
  }
}

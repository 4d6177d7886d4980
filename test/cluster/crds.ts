// CRDs: the default set (../shared/crds and Tributary's own), installed by server-side apply.
import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parseAllDocuments } from "yaml";
import type { Cluster } from "./cluster.ts";
import { waitFor } from "./exec.ts";
import { sharedCrdsDir, tributaryCrdsDir } from "./paths.ts";

export interface DefaultCrdOptions {
  /** Which Strimzi CRD set to install: 1.2.0 (kafka.strimzi.io/v1 only, default) or 0.51.0 (v1beta2 too). */
  strimzi?: "1.2.0" | "0.51.0";
  /** Also install charts/tributary/crds/*.yaml when that directory exists (default true). */
  tributary?: boolean;
}

const isYaml = (f: string) => /\.ya?ml$/i.test(f);

async function yamlFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...(await yamlFilesIn(p)));
    else if (e.isFile() && isYaml(e.name)) files.push(p);
  }
  return files;
}

/**
 * The CRD files the suite installs by default: every directory under ../shared/crds except the Strimzi set
 * not chosen (strimzi/ and strimzi-0.51.0/ define the same CRD names), plus Tributary's own CRDs.
 */
export async function defaultCrdPaths(options: DefaultCrdOptions = {}): Promise<string[]> {
  const strimziDir = options.strimzi === "0.51.0" ? "strimzi-0.51.0" : "strimzi";
  const dirs = (await readdir(sharedCrdsDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .filter((n) => !n.startsWith("strimzi") || n === strimziDir)
    .sort();
  const paths = dirs.map((d) => path.join(sharedCrdsDir, d));
  if (options.tributary !== false && existsSync(tributaryCrdsDir)) {
    if ((await yamlFilesIn(tributaryCrdsDir)).length > 0) paths.push(tributaryCrdsDir);
  }
  return paths;
}

/**
 * Server-side apply CRD files (files or directories of *.yaml/*.yml) and wait until every CRD in them is
 * Established. Server-side, because the biggest upstream CRDs exceed the last-applied annotation limit; sent
 * as apply patches straight to the API server, a few at a time (much faster than one kubectl apply).
 * Returns the CRD names.
 */
export async function installCrds(
  cp: Pick<Cluster, "request">,
  paths: string[],
  options: { concurrency?: number; fieldManager?: string } = {},
): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    if ((await stat(p)).isDirectory()) files.push(...(await yamlFilesIn(p)));
    else files.push(p);
  }
  const crds: Array<{ name: string; file: string; body: string }> = [];
  for (const file of files) {
    for (const doc of parseAllDocuments(await readFile(file, "utf8"))) {
      if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]?.message}`);
      const obj = doc.toJS() as { kind?: string; metadata?: { name?: string } } | null;
      if (!obj) continue;
      if (obj.kind !== "CustomResourceDefinition" || !obj.metadata?.name) {
        throw new Error(`${file}: not a CustomResourceDefinition (kind ${obj.kind ?? "missing"})`);
      }
      crds.push({ name: obj.metadata.name, file, body: JSON.stringify(obj) });
    }
  }
  const manager = encodeURIComponent(options.fieldManager ?? "tributary-tests");
  const queue = [...crds];
  const worker = async () => {
    for (let crd = queue.shift(); crd; crd = queue.shift()) {
      const r = await cp.request(
        "PATCH",
        `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${crd.name}?fieldManager=${manager}&force=true`,
        crd.body,
        { contentType: "application/apply-patch+yaml" },
      );
      if (r.status !== 200 && r.status !== 201) {
        throw new Error(`applying CRD ${crd.name} from ${crd.file}: HTTP ${r.status} ${r.text}`);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 2 }, worker));
  await Promise.all(
    crds.map((crd) =>
      waitFor(
        `CRD ${crd.name} Established`,
        async () => {
          const r = await cp.request<{ status?: { conditions?: Array<{ type: string; status: string }> } }>(
            "GET",
            `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${crd.name}`,
          );
          return r.body.status?.conditions?.some((c) => c.type === "Established" && c.status === "True");
        },
        { timeoutMs: 60_000, intervalMs: 100 },
      ),
    ),
  );
  return crds.map((c) => c.name);
}

// Blueprints rendered only when the branch does not hold them as published (`trib publish`, `trib plan`):
// the branch's hydrator.metadata files are read first, and a Blueprint whose recorded inputs and files
// are what it would publish (lib/gitops/as-published.ts) is neither rendered nor read nor rewritten.
import { isAsPublished } from "../gitops/as-published.ts";
import { blueprintDir, byBlueprintDir, METADATA } from "../gitops/paths.ts";
import { refuseSecrets } from "../gitops/secret-scan.ts";
import type { AsPublished, BlueprintOutput, DeferredBlueprint, Target } from "../gitops/types.ts";

export type Publishable = BlueprintOutput | DeferredBlueprint;

export const isDeferred = (b: Publishable): b is DeferredBlueprint => "render" in b;

/**
 * The Blueprint rendered at most once however often it is asked for (a push retried on a new head asks
 * again), its tree refused when it holds secret values, before anything is written.
 */
export function renderedOnce(b: DeferredBlueprint): DeferredBlueprint {
  let tree: ReturnType<DeferredBlueprint["render"]> | undefined;
  const render = () =>
    (tree ??= b.render().then((t) => {
      refuseSecrets([{ ...b, files: t.files }]);
      return t;
    }));
  return { ...b, render };
}

/** The hydrator.metadata files to read first: the deferred Blueprints' and the unpublish candidates'. */
export function metadataPaths(
  blueprints: readonly Publishable[],
  candidates: readonly { metadata: string }[],
  target: Pick<Target, "cluster">,
): string[] {
  const deferred = blueprints.filter(isDeferred).map((b) => `${blueprintDir(target, b)}/${METADATA}`);
  return [...deferred, ...candidates.map((c) => c.metadata)];
}

/**
 * Each deferred Blueprint as published on the branch (`listed`: path → blob id; `metadata`: the contents
 * of its hydrator.metadata files), or rendered; the others as given.
 */
export async function againstBranch(
  blueprints: readonly Publishable[],
  target: Target,
  listed: ReadonlyMap<string, string>,
  metadata: ReadonlyMap<string, string>,
): Promise<(BlueprintOutput | AsPublished)[]> {
  const byDir = byBlueprintDir(listed, target);
  return Promise.all(
    blueprints.map(async (b) => {
      if (!isDeferred(b)) return b;
      const { render: _, ...head } = b;
      const dir = blueprintDir(target, b);
      const meta = metadata.get(`${dir}/${METADATA}`);
      if (isAsPublished(b, target, dir, byDir.get(dir), listed, meta))
        return { ...head, asPublished: true as const };
      return { ...head, ...(await b.render()) };
    }),
  );
}

// Gitops mode: instead of applying, publish what `trib publish` would write for the Blueprint, through
// lib/git-writer's publisher (the same hydration, layout, commit message and push-with-retry). The provenance
// names the Blueprint as `trib publish` would name a file `<namespace>/<name>.yaml` of the same spec
// (run from the directory holding `<namespace>/`), so the two produce the same bytes. Publishes from one
// operator are serialized; other publishers of the same remote are handled by the publisher's retry. A
// deleted Blueprint is unpublished the way `trib publish` unpublishes a file removed from its inputs:
// by the same provenance rule (lib/gitops/unpublish.ts), so only what this spec's path published goes.
import { resolve } from "node:path";
import { isRemote, Repo } from "../lib/git-writer/git.ts";
import { publish } from "../lib/git-writer/publisher.ts";
import { NO_SOURCE_COMMIT } from "../lib/git-writer/source.ts";
import { commitSubject } from "../lib/gitops/message.ts";
import type { BlueprintOutput, Provenance } from "../lib/gitops/types.ts";
import type { ModelBlueprint } from "../lib/model/types.ts";
import { inputsDigests } from "../lib/synth/inputs-digest.ts";
import { layoutBlueprint } from "../lib/synth/layout.ts";
import type { SynthObject } from "../lib/synth/synthesize.ts";
import { VERSION } from "../lib/version.ts";

export { VERSION };

export interface GitopsOptions {
  /** A local directory or bare repository (created when absent), or a URL (needs `push`). */
  repo: string;
  branch?: string;
  cluster: string;
  push: boolean;
  /** The URL Argo CD clones (trib publish --repo-url). */
  repoURL?: string;
  /** The source commit recorded in provenance (default 0000000: the spec came from the cluster). */
  sourceCommit?: string;
  /** The source repository recorded in provenance (default none). */
  sourceRepoURL?: string;
  /** Directory a relative `repo` is resolved against. */
  cwd: string;
}

export interface Published {
  /** The commit that holds this spec: the one just made, else the branch head (nothing changed). */
  commit: string | undefined;
  created: boolean;
  branch: string;
  summary: string;
}

/** The provenance `trib publish <namespace>/<name>.yaml` records for the same spec outside git. */
export function provenanceFor(
  model: Pick<ModelBlueprint, "namespace" | "name">,
  o: GitopsOptions,
): Provenance {
  return {
    repoURL: o.sourceRepoURL ?? "",
    drySha: o.sourceCommit ?? NO_SOURCE_COMMIT,
    inputs: [`${model.namespace}/${model.name}.yaml`],
    generator: `tributary ${VERSION}`,
  };
}

export function outputOf(
  model: ModelBlueprint,
  objects: readonly SynthObject[],
  models: readonly ModelBlueprint[] = [model],
): BlueprintOutput {
  const tree = layoutBlueprint(model, objects);
  // The inputs digest trib publish records (lib/synth/inputs-digest.ts), so that both write the same tree.
  const inputs = inputsDigests(models.includes(model) ? models : [model, ...models], `tributary ${VERSION}`);
  return {
    inputs: inputs.get(`${model.namespace}/${model.name}`),
    namespace: model.namespace,
    name: model.name,
    digest: model.digest,
    files: tree.files,
    requires: tree.requires,
    allowPlaintext: model.allowPlaintext,
  };
}

export class GitopsPublisher {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(readonly options: GitopsOptions) {}

  /** Publishes one Blueprint; one publish at a time. */
  publish(
    model: ModelBlueprint,
    objects: readonly SynthObject[],
    models?: readonly ModelBlueprint[],
  ): Promise<Published> {
    return this.serially(() => this.publishNow(model, [outputOf(model, objects, models)], false));
  }

  /** Removes the Blueprint `namespace/name` (deleted from the cluster) from the repo. */
  unpublish(key: string): Promise<Published> {
    const [namespace = "", name = ""] = key.split("/");
    return this.serially(() => this.publishNow({ namespace, name }, [], true));
  }

  private serially(fn: () => Promise<Published>): Promise<Published> {
    const run = this.chain.then(fn, fn);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async publishNow(
    model: Pick<ModelBlueprint, "namespace" | "name">,
    blueprints: BlueprintOutput[],
    unpublish: boolean,
  ): Promise<Published> {
    const o = this.options;
    const r = await publish({
      blueprints,
      unpublish,
      provenance: provenanceFor(model, o),
      repo: o.repo,
      cwd: o.cwd,
      cluster: o.cluster,
      branch: o.branch,
      push: o.push,
      repoURL: o.repoURL,
    });
    let commit = r.commit;
    if (!commit && !isRemote(o.repo))
      commit = await new Repo(resolve(o.cwd, o.repo)).resolve(`refs/heads/${r.branch}`);
    return { commit, created: r.commit !== undefined, branch: r.branch, summary: commitSubject(r.plan) };
  }
}

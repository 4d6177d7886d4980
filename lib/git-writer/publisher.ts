// The GitOps writer's shell: find or create the repo, read what it holds under the cluster directory
// (one ls-tree, one cat-file), hydrate (pure), commit with plumbing, move the branch, push. Atomic:
// everything is computed and the commit built before anything visible changes; any failure before that
// leaves HEAD, the index and the work tree as they were. One publish at a time per local repository (a
// lock file, lib/git-writer/lock.ts), on the branch's latest commit; a publish killed after moving the branch
// is finished by the next one (lib/git-writer/pending.ts). Concurrent publishers to one remote: a push that
// loses the race fetches the new head, re-applies this publish's owned paths on top of it (each
// Blueprint's paths belong to it alone, so re-applying is the rebase) and retries with jittered backoff,
// for a bounded time (a count alone starves a slow writer among fast ones).
import { existsSync, mkdtempSync, realpathSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { blobId } from "../gitops/blob-id.ts";
import type { ChangeSummary } from "../gitops/change-summary.ts";
import { type Hydration, hydrate, PublishError } from "../gitops/hydrate.ts";
import { explainHydrationFailure } from "../gitops/malformed.ts";
import { commitMessage } from "../gitops/message.ts";
import {
  blueprintDir,
  clusterDir,
  GITATTRIBUTES,
  isOwned,
  type Owned,
  ownedPaths,
  ownedUnion,
} from "../gitops/paths.ts";
import { refuseSecrets } from "../gitops/secret-scan.ts";
import {
  type AsPublished,
  type BlueprintOutput,
  defaultTarget,
  type Provenance,
  type Target,
} from "../gitops/types.ts";
import { othersPublished, removedPaths, toUnpublish, withRemovals } from "../gitops/unpublish.ts";
import { advance, checkWorkTree, finishPending, type Local } from "./branch-move.ts";
import { againstBranch, isDeferred, metadataPaths, type Publishable, renderedOnce } from "./deferred.ts";
import { asEnvironmentError, firstLine } from "./environment.ts";
import {
  DEFAULT_IDENTITY,
  type Identity,
  isRaceLost,
  isRemote,
  type Layout,
  type Placed,
  Repo,
  run,
  withoutCredentials,
} from "./git.ts";
import { initRepo, isFresh } from "./init.ts";
import { withLock } from "./lock.ts";

/** Argo CD's repoURL when nothing tells it (a new local repo with no remote): pass --repo-url. */
export const PLACEHOLDER_REPO_URL = "https://git.example.invalid/hydrated.git";

/** How long a publish keeps retrying a push that loses races before it gives up. */
export const DEFAULT_PUSH_TIMEOUT_MS = 300_000;

export interface PublishOptions {
  /** Rendered, or deferred: rendered only when the branch does not hold them as published. */
  blueprints: readonly Publishable[];
  provenance: Provenance;
  /** A local directory (relative to cwd; created with `git init` when absent) or a remote URL. */
  repo: string;
  cwd: string;
  cluster: string;
  /** Default: the checked-out branch, the remote's default branch, or `main`. */
  branch?: string;
  push?: boolean;
  /** `trib plan`: read, hydrate and compare; write nothing (no init, no commit, no push). */
  dryRun?: boolean;
  /** The URL Argo CD clones; default: the remote pushed to, else `origin`, else a placeholder. */
  repoURL?: string;
  /** The URL Flux fetches: also write deploy/<cluster>/flux/source.yaml (lib/gitops/flux.ts fluxSourceFile). */
  fluxSource?: string;
  /** Commit author; default: GIT_AUTHOR_NAME/GIT_AUTHOR_EMAIL, git's user.name/user.email, Tributary. */
  author?: Identity;
  /** Push attempts before giving up (each after a fetch and a re-apply); default: no count limit. */
  attempts?: number;
  /** Time to keep retrying lost push races before giving up; default DEFAULT_PUSH_TIMEOUT_MS. */
  pushTimeoutMs?: number;
  /**
   * Remove Blueprints this publish's inputs no longer produce (lib/gitops/unpublish.ts: those last
   * published from inputs all among or inside these inputs, from the same source repository). `trib
   * publish` and `trib plan` do; default false (a library caller publishing a subset removes nothing).
   */
  unpublish?: boolean;
  /** How long to wait for another publish of the same local repository (default 120 s). */
  lockTimeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface PublishResult {
  plan: ChangeSummary;
  branch: string;
  /** The commit made (and pushed, with `push`), when something changed. */
  commit?: string;
  message?: string;
  pushed: boolean;
  /** Push attempts made (0 without `push`). */
  attempts: number;
  /** The local repo was created by this publish (planning: it does not exist yet, so it would be). */
  created: boolean;
  repoURL: string;
  warnings: string[];
}

interface Built {
  hydration: Hydration;
  /** The owned files at the base (path → blob id): a retry on a head where they are the same reuses all. */
  owned: Map<string, string>;
  staged?: { writes: Placed[]; removes: string[] };
  commit?: string;
  message?: string;
}

const sleepMs = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function publish(o: PublishOptions): Promise<PublishResult> {
  // Secrets never enter git: refused before anything is written (a deferred tree when it is rendered).
  refuseSecrets(o.blueprints.filter((b): b is BlueprintOutput => !isDeferred(b)));
  const once = { ...o, blueprints: o.blueprints.map((b) => (isDeferred(b) ? renderedOnce(b) : b)) };
  try {
    return await (isRemote(o.repo) ? publishToRemote(once) : publishToLocal(once));
  } catch (error) {
    throw asEnvironmentError(error);
  }
}

/** Where this publish goes; the Flux source URL, like repoURL, without credentials (they never enter git). */
function targetOf(o: PublishOptions, repoURL: string, branch: string): Target {
  const target = defaultTarget(o.cluster, repoURL, branch);
  return o.fluxSource ? { ...target, fluxSourceURL: withoutCredentials(o.fluxSource) } : target;
}

/** `--repo <url>`: a scratch bare repository, fetched into, committed in, pushed from, thrown away. */
async function publishToRemote(o: PublishOptions): Promise<PublishResult> {
  if (!o.push && !o.dryRun)
    throw new PublishError(`--repo ${o.repo} is a remote: publishing to it needs --push`);
  const tmp = mkdtempSync(join(tmpdir(), "trib-publish-"));
  try {
    await run(tmp, ["init", "--quiet", "--bare"]);
    const repo = new Repo(tmp);
    const branch = o.branch ?? (await remoteDefaultBranch(repo, o.repo)) ?? "main";
    await checkBranch(branch, tmp);
    const target = targetOf(o, withoutCredentials(o.repoURL ?? o.repo), branch);
    return await pushLoop(
      o,
      repo,
      o.repo,
      branch,
      target,
      identities(await repo.configValues(), o.author),
      undefined,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function publishToLocal(o: PublishOptions): Promise<PublishResult> {
  const dir = resolve(o.cwd, o.repo);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new PublishError(`${o.repo} is not a directory`);
  let fresh = isFresh(dir);
  const branch0 = o.branch ?? "main";
  if (fresh) {
    if (o.push) throw new PublishError(`${o.repo} does not exist yet, so it has no remote to push to`);
    if (o.dryRun) {
      const target = targetOf(o, o.repoURL ?? PLACEHOLDER_REPO_URL, branch0);
      const blueprints = await againstBranch(o.blueprints, target, new Map(), new Map());
      const hydration = hydrate(blueprints, target, o.provenance, new Map());
      return result(hydration.plan, branch0, target, { created: true });
    }
    await checkBranch(branch0, o.cwd);
    fresh = await initRepo(dir, branch0);
  }
  const repo = new Repo(dir);
  const layout = fresh ? await repo.layout() : await checkOwnRepo(repo, o.repo);
  if (o.dryRun) return publishInRepo(o, repo, fresh, layout);
  return withLock(
    layout.gitDir,
    async () => {
      await finishPending(repo, layout.gitDir);
      return publishInRepo(o, repo, fresh, layout);
    },
    o.lockTimeoutMs,
  );
}

/** Publishes into an existing local repository (holding its lock unless planning). */
async function publishInRepo(
  o: PublishOptions,
  repo: Repo,
  fresh: boolean,
  layout: Layout,
): Promise<PublishResult> {
  const config = await repo.configValues();
  const current = await repo.currentBranch();
  const branch = o.branch ?? current ?? "main";
  await checkBranch(branch, repo.dir);
  const remote = o.push && !o.dryRun ? remoteOf(config, branch, o.repo) : undefined;
  const origin = config.get(`remote.${remote ?? "origin"}.url`);
  const target = targetOf(o, withoutCredentials(o.repoURL ?? origin ?? PLACEHOLDER_REPO_URL), branch);
  const checkedOut = !layout.bare && current === branch;
  const local: Local = { branch, checkedOut, gitDir: layout.gitDir };
  const who = identities(config, o.author);

  if (remote) return pushLoop(o, repo, remote, branch, target, who, local);

  const base = await repo.resolve(`refs/heads/${branch}`);
  const built = await build(repo, base, o, target, who);
  if (!built.commit || o.dryRun) return result(built.hydration.plan, branch, target, { created: fresh });
  await advance(repo, local, base, built.commit, stagedChanges(built.staged!));
  return result(built.hydration.plan, branch, target, {
    created: fresh,
    commit: built.commit,
    message: built.message,
    warnings: await packIfMany(repo),
  });
}

/** Fetch, re-apply on the fetched head, push; again after a lost race, until the attempts or time run out. */
async function pushLoop(
  o: PublishOptions,
  repo: Repo,
  remote: string,
  branch: string,
  target: Target,
  who: { author: Identity; committer: Identity },
  local: Local | undefined,
): Promise<PublishResult> {
  const attempts = o.attempts ?? Number.POSITIVE_INFINITY;
  const deadline = Date.now() + (o.pushTimeoutMs ?? DEFAULT_PUSH_TIMEOUT_MS);
  const tracking = `refs/remotes/${local ? remote : "origin"}/${branch}`;
  const random = o.random ?? Math.random;
  const sleep = o.sleep ?? sleepMs;
  let previous: Built | undefined;
  for (let attempt = 1; ; attempt++) {
    const remoteTip = await repo.fetch(remote, branch, tracking);
    const localTip = local ? await repo.resolve(`refs/heads/${branch}`) : undefined;
    const base = await chooseBase(repo, branch, localTip, remoteTip);
    const built = await build(repo, base, o, target, who, previous);
    previous = built;
    if (o.dryRun) return result(built.hydration.plan, branch, target, { attempts: 0 });
    const tip = built.commit ?? base;
    if (!tip || tip === remoteTip) {
      // Nothing to push; a local branch behind the remote is brought up to it.
      if (local && tip && tip !== localTip) await advance(repo, local, localTip, tip);
      return result(built.hydration.plan, branch, target, { attempts: attempt - 1 });
    }
    if (local?.checkedOut && tip !== localTip)
      await checkWorkTree(repo, await repo.changedPaths(localTip, tip));
    try {
      await repo.push(remote, tip, branch);
    } catch (error) {
      if (isRaceLost(error) && attempt < attempts && Date.now() < deadline) {
        await sleep(Math.floor(random() * Math.min(2000, 25 * 2 ** Math.min(attempt, 10))));
        continue;
      }
      if (isRaceLost(error))
        throw new PublishError(
          `push to ${remote} still rejected after ${attempt} attempts: ${firstLine(error)}`,
        );
      throw error;
    }
    const warnings: string[] = [];
    if (local && tip !== localTip) {
      try {
        await advance(repo, local, localTip, tip);
      } catch (error) {
        warnings.push(`pushed, but the local branch ${branch} was not updated: ${firstLine(error)}`);
      }
    }
    if (local) warnings.push(...(await packIfMany(repo)));
    return result(built.hydration.plan, branch, target, {
      commit: built.commit,
      message: built.message,
      pushed: true,
      attempts: attempt,
      warnings,
    });
  }
}

/** The commit to build on: the remote's head, or the local branch when it is ahead of it. */
async function chooseBase(
  repo: Repo,
  branch: string,
  localTip: string | undefined,
  remoteTip: string | undefined,
): Promise<string | undefined> {
  if (!remoteTip || localTip === remoteTip) return localTip ?? remoteTip;
  if (!localTip || (await repo.isAncestor(localTip, remoteTip))) return remoteTip;
  if (await repo.isAncestor(remoteTip, localTip)) return localTip;
  throw new PublishError(
    `the local branch ${branch} and the remote's have diverged; integrate them first (git pull --rebase)`,
  );
}

/**
 * Reads what `base` holds under the cluster directory (one ls-tree; one cat-file for the hydrator.metadata
 * files, one for the files of the Blueprints to render), renders only the Blueprints not found as published
 * there, hydrates, adds the unpublished Blueprints' removal, and builds the commit when anything changed.
 * After a lost race, when the new head holds the same owned files as before (others published other
 * Blueprints), the hydration and blobs are reused: only the tree and the commit are made again, so the
 * retry is quick.
 */
async function build(
  repo: Repo,
  base: string | undefined,
  o: PublishOptions,
  target: Target,
  who: { author: Identity; committer: Identity },
  previous?: Built,
): Promise<Built> {
  const listed = await repo.listFiles(base, [`${clusterDir(target)}/`, GITATTRIBUTES]);
  const produced = new Set(o.blueprints.map((b) => `${b.namespace}/${b.name}`));
  const candidates = !o.unpublish ? [] : othersPublished(listed.keys(), produced, target);
  const metadata = await readOld(repo, listed, onlyFiles(metadataPaths(o.blueprints, candidates, target)));
  const blueprints = await againstBranch(o.blueprints, target, listed, metadata);
  const rendered = blueprints.filter((b): b is BlueprintOutput => !("asPublished" in b));
  const removed = toUnpublish(candidates, metadata, o.provenance);
  const gone = removedPaths(target, removed);
  // Every path of every Blueprint given, as published ones included: a retry reuses the hydration only
  // when the new head holds all of them as they were.
  const owned = ownedUnion(ownedPaths(target, o.blueprints), gone);
  const ownedListed = new Map([...listed].filter(([p]) => isOwned(owned, p)));
  let hydration: Hydration;
  let staged: Built["staged"];
  if (previous && sameEntries(previous.owned, ownedListed)) {
    hydration = previous.hydration;
    staged = previous.staged;
  } else {
    const toRead = ownedUnion(ownedPaths(target, rendered), gone);
    const old = await readOld(repo, listed, toRead, renderedFiles(rendered, target));
    hydration = withRemovals(hydrateOrExplain(blueprints, o, target, old), old, removed, target);
  }
  if (o.dryRun || hydration.changes.length === 0) return { hydration, owned: ownedListed };
  // The hydrated files are handed to the writer here, and only here.
  staged ??= await repo.stage(hydration.changes);
  const { tree, unchanged } = await repo.buildTree(base, staged.writes, staged.removes);
  if (unchanged) return { hydration, owned: ownedListed };
  const message =
    previous?.hydration === hydration && previous.message
      ? previous.message
      : commitMessage(hydration.plan, o.provenance);
  const commit = await repo.commitTree(tree, base, message, who.author, who.committer);
  return { hydration, owned: ownedListed, staged, commit, message };
}

/** After a commit: the repository packed when it holds many loose objects; a failure is only a warning. */
async function packIfMany(repo: Repo): Promise<string[]> {
  try {
    await repo.gcAuto();
    return [];
  } catch (error) {
    return [`committed, but git gc --auto failed: ${firstLine(error)}`];
  }
}

/** What a commit built on its base changed there: path → blob, undefined where removed. */
const stagedChanges = (staged: NonNullable<Built["staged"]>): Map<string, string | undefined> =>
  new Map([
    ...staged.writes.map((w) => [w.path, w.oid] as const),
    ...staged.removes.map((p) => [p, undefined] as const),
  ]);

const onlyFiles = (files: Iterable<string>): Owned => ({ dirs: new Set(), files: new Set(files) });

/**
 * Contents of the listed files that `owned` covers, in one cat-file — except those whose rendered content
 * (`known`) has the very blob id the tree holds: unchanged, not read.
 */
async function readOld(
  repo: Repo,
  listed: ReadonlyMap<string, string>,
  owned: Owned,
  known: ReadonlyMap<string, string> = new Map(),
): Promise<Map<string, string>> {
  const old = new Map<string, string>();
  const toRead: string[] = [];
  for (const [path, oid] of listed) {
    if (!isOwned(owned, path)) continue;
    const content = known.get(path);
    if (content !== undefined && blobId(content) === oid) old.set(path, content);
    else toRead.push(path);
  }
  const blobs = await repo.readBlobs(toRead.map((p) => listed.get(p)!));
  for (const p of toRead) old.set(p, blobs.get(listed.get(p)!)!);
  return old;
}

/** The Blueprints' rendered files at their repo paths. */
function renderedFiles(blueprints: readonly BlueprintOutput[], target: Target): Map<string, string> {
  const files = new Map<string, string>();
  for (const b of blueprints) {
    const dir = blueprintDir(target, b);
    for (const [path, content] of b.files) files.set(`${dir}/${path}`, content);
  }
  return files;
}

function hydrateOrExplain(
  blueprints: readonly (BlueprintOutput | AsPublished)[],
  o: PublishOptions,
  target: Target,
  old: Map<string, string>,
): Hydration {
  try {
    return hydrate(blueprints, target, o.provenance, old);
  } catch (error) {
    if (error instanceof PublishError) throw error;
    return explainHydrationFailure(error, old);
  }
}

function sameEntries(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/** Who commits: the option, the environment, git's configuration (`config`: Repo.configValues), Tributary. */
function identities(
  config: ReadonlyMap<string, string>,
  author?: Identity,
): { author: Identity; committer: Identity } {
  const env = process.env;
  const fromEnv = (who: "AUTHOR" | "COMMITTER"): Identity | undefined => {
    const name = env[`GIT_${who}_NAME`];
    const email = env[`GIT_${who}_EMAIL`];
    return name && email ? { name, email } : undefined;
  };
  const name = config.get("user.name");
  const email = config.get("user.email");
  const configured = name && email ? { name, email } : undefined;
  const a = author ?? fromEnv("AUTHOR") ?? configured ?? DEFAULT_IDENTITY;
  return { author: a, committer: fromEnv("COMMITTER") ?? a };
}

/** The repository's layout, when `repo.dir` is a repository of its own (not a directory inside one). */
async function checkOwnRepo(repo: Repo, shown: string): Promise<Layout> {
  let layout: Layout;
  try {
    layout = await repo.layout();
  } catch {
    throw new PublishError(`${shown} exists and is not a git repository (name a new or empty directory)`);
  }
  if (realpathSync(layout.top) !== realpathSync(repo.dir))
    throw new PublishError(
      `${shown} is inside the git repository ${layout.top}, not a repository of its own`,
    );
  return layout;
}

async function checkBranch(branch: string, dir: string): Promise<void> {
  try {
    await run(dir, ["check-ref-format", "--branch", branch]);
  } catch {
    throw new PublishError(`\`${branch}\` is not a valid branch name`);
  }
}

function remoteOf(config: ReadonlyMap<string, string>, branch: string, shown: string): string {
  const remote = config.get(`branch.${branch}.remote`) || "origin";
  if (!config.get(`remote.${remote}.url`))
    throw new PublishError(`--push: ${shown} has no remote \`${remote}\` to push to`);
  return remote;
}

async function remoteDefaultBranch(repo: Repo, url: string): Promise<string | undefined> {
  try {
    const out = await repo.raw(["ls-remote", "--symref", url, "HEAD"]);
    return /^ref: refs\/heads\/(\S+)\tHEAD/m.exec(out)?.[1];
  } catch {
    return undefined;
  }
}

function result(
  plan: ChangeSummary,
  branch: string,
  target: Target,
  extra: Partial<Omit<PublishResult, "plan" | "branch" | "repoURL">>,
): PublishResult {
  return {
    plan,
    branch,
    repoURL: target.repoURL,
    pushed: false,
    attempts: 0,
    created: false,
    warnings: [],
    ...extra,
  };
}

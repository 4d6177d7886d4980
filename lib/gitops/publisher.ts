// The GitOps writer's shell: find or create the repo, read what it holds under the owned paths, hydrate
// (pure), commit with plumbing, move the branch, push. Atomic: everything is computed and the commit built
// before anything visible changes; any failure before that leaves HEAD, the index and the work tree as they
// were. Concurrent publishers of different Blueprints to one remote: a push that loses the race fetches
// the new head, re-applies this publish's owned paths on top of it (each Blueprint's paths belong to
// it alone, so re-applying is the rebase) and retries, with bounded attempts and jittered backoff.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { simpleGit } from "simple-git";
import {
  DEFAULT_IDENTITY,
  type Identity,
  isRaceLost,
  isRemote,
  type Placed,
  Repo,
  withoutCredentials,
} from "./git.ts";
import { type Hydration, hydrate, PublishError } from "./hydrate.ts";
import { commitMessage } from "./message.ts";
import { clusterDir, GITATTRIBUTES, isOwned, ownedPaths } from "./paths.ts";
import type { Plan } from "./plan.ts";
import { refuseSecrets } from "./secret-scan.ts";
import { type BlueprintOutput, defaultTarget, type Provenance, type Target } from "./types.ts";

/** Argo CD's repoURL when nothing tells it (a new local repo with no remote): pass --repo-url. */
export const PLACEHOLDER_REPO_URL = "https://git.example.invalid/hydrated.git";

export const DEFAULT_ATTEMPTS = 30;

export interface PublishOptions {
  blueprints: readonly BlueprintOutput[];
  provenance: Provenance;
  /** A local directory (relative to cwd; created with `git init` when absent) or a remote URL. */
  repo: string;
  cwd: string;
  cluster: string;
  /** Default: the checked-out branch, the remote's default branch, or `main`. */
  branch?: string;
  push?: boolean;
  /** Plan only: read, hydrate and compare; write nothing (no init, no commit, no push). */
  dryRun?: boolean;
  /** The URL Argo CD clones; default: the remote pushed to, else `origin`, else a placeholder. */
  repoURL?: string;
  /** Commit author; default: GIT_AUTHOR_NAME/GIT_AUTHOR_EMAIL, git's user.name/user.email, Tributary. */
  author?: Identity;
  /** Push attempts before giving up (each after a fetch and a re-apply). */
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface PublishResult {
  plan: Plan;
  branch: string;
  /** The commit made (and pushed, with `push`), when something changed. */
  commit?: string;
  message?: string;
  pushed: boolean;
  /** Push attempts made (0 without `push`). */
  attempts: number;
  /** The local repo was created by this publish. */
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
  refuseSecrets(o.blueprints); // secrets never enter git: refused before anything is written
  return isRemote(o.repo) ? publishToRemote(o) : publishToLocal(o);
}

/** `--repo <url>`: a scratch bare repository, fetched into, committed in, pushed from, thrown away. */
async function publishToRemote(o: PublishOptions): Promise<PublishResult> {
  if (!o.push && !o.dryRun)
    throw new PublishError(`--repo ${o.repo} is a remote: publishing to it needs --push`);
  const tmp = mkdtempSync(join(tmpdir(), "trib-publish-"));
  try {
    await simpleGit({ baseDir: tmp }).raw(["init", "--quiet", "--bare"]);
    const repo = new Repo(tmp);
    const branch = o.branch ?? (await remoteDefaultBranch(repo, o.repo)) ?? "main";
    await checkBranch(repo, branch);
    const target = defaultTarget(o.cluster, withoutCredentials(o.repoURL ?? o.repo), branch);
    return await pushLoop(o, repo, o.repo, branch, target, undefined);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function publishToLocal(o: PublishOptions): Promise<PublishResult> {
  const dir = resolve(o.cwd, o.repo);
  const fresh = !existsSync(dir) || (statSync(dir).isDirectory() && readdirSync(dir).length === 0);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new PublishError(`${o.repo} is not a directory`);
  const branch0 = o.branch ?? "main";
  if (fresh) {
    if (o.push) throw new PublishError(`${o.repo} does not exist yet, so it has no remote to push to`);
    if (o.dryRun) {
      const target = defaultTarget(o.cluster, o.repoURL ?? PLACEHOLDER_REPO_URL, branch0);
      const hydration = hydrate(o.blueprints, target, o.provenance, new Map());
      return result(hydration.plan, branch0, target, { created: false });
    }
  }
  const repo = new Repo(dir);
  if (fresh) {
    await checkBranch(repo, branch0, o.cwd);
    mkdirSync(dir, { recursive: true });
    await simpleGit({ baseDir: dir }).raw(["init", "--quiet", "--initial-branch", branch0]);
  } else {
    await checkOwnRepo(repo, o.repo);
  }
  const branch = o.branch ?? (await repo.currentBranch()) ?? "main";
  await checkBranch(repo, branch);
  const remote = o.push && !o.dryRun ? await remoteOf(repo, branch, o.repo) : undefined;
  const origin = await repo.config(`remote.${remote ?? "origin"}.url`);
  const target = defaultTarget(
    o.cluster,
    withoutCredentials(o.repoURL ?? origin ?? PLACEHOLDER_REPO_URL),
    branch,
  );
  const checkedOut = !(await repo.isBare()) && (await repo.currentBranch()) === branch;

  if (remote) return pushLoop(o, repo, remote, branch, target, { checkedOut });

  const base = await repo.resolve(`refs/heads/${branch}`);
  const built = await build(repo, base, o, target, await identities(repo, o.author));
  if (!built.commit) return result(built.hydration.plan, branch, target, { created: fresh });
  await checkWorkTree(repo, base, built.commit, checkedOut);
  await advance(repo, branch, base, built.commit, checkedOut);
  return result(built.hydration.plan, branch, target, {
    created: fresh,
    commit: built.commit,
    message: built.message,
  });
}

/** Fetch, re-apply on the fetched head, push; again after a lost race, up to `attempts` times. */
async function pushLoop(
  o: PublishOptions,
  repo: Repo,
  remote: string,
  branch: string,
  target: Target,
  local: { checkedOut: boolean } | undefined,
): Promise<PublishResult> {
  const attempts = o.attempts ?? DEFAULT_ATTEMPTS;
  const tracking = `refs/remotes/${local ? remote : "origin"}/${branch}`;
  const random = o.random ?? Math.random;
  const sleep = o.sleep ?? sleepMs;
  const who = await identities(repo, o.author);
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
      if (local && tip && tip !== localTip) {
        await checkWorkTree(repo, localTip, tip, local.checkedOut);
        await advance(repo, branch, localTip, tip, local.checkedOut);
      }
      return result(built.hydration.plan, branch, target, { attempts: attempt - 1 });
    }
    if (local && tip !== localTip) await checkWorkTree(repo, localTip, tip, local.checkedOut);
    try {
      await repo.push(remote, tip, branch);
    } catch (error) {
      if (isRaceLost(error) && attempt < attempts) {
        await sleep(Math.floor(random() * Math.min(2000, 25 * 2 ** attempt)));
        continue;
      }
      if (isRaceLost(error))
        throw new PublishError(
          `push to ${remote} still rejected after ${attempts} attempts: ${firstLine(error)}`,
        );
      throw error;
    }
    const warnings: string[] = [];
    if (local && tip !== localTip) {
      try {
        await advance(repo, branch, localTip, tip, local.checkedOut);
      } catch (error) {
        warnings.push(`pushed, but the local branch ${branch} was not updated: ${firstLine(error)}`);
      }
    }
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
 * Reads the owned paths at `base`, hydrates, and builds the commit when anything changed. After a lost
 * race, when the new head holds the same owned files as before (others published other Blueprints), the
 * hydration and blobs are reused: only the tree and the commit are made again, so the retry is quick.
 */
async function build(
  repo: Repo,
  base: string | undefined,
  o: PublishOptions,
  target: Target,
  who: { author: Identity; committer: Identity },
  previous?: Built,
): Promise<Built> {
  const owned = ownedPaths(target, o.blueprints);
  const listed = new Map(
    [...(await repo.listFiles(base, [`${clusterDir(target)}/`, GITATTRIBUTES]))].filter(([p]) =>
      isOwned(owned, p),
    ),
  );
  let hydration: Hydration;
  let staged: Built["staged"];
  if (previous && sameEntries(previous.owned, listed)) {
    hydration = previous.hydration;
    staged = previous.staged;
  } else {
    const blobs = await repo.readBlobs([...listed.values()]);
    const old = new Map([...listed].map(([p, oid]) => [p, blobs.get(oid)!]));
    hydration = hydrate(o.blueprints, target, o.provenance, old);
  }
  if (o.dryRun || hydration.changes.length === 0) return { hydration, owned: listed };
  staged ??= await repo.stage(hydration.changes);
  const tree = await repo.buildTree(base, staged.writes, staged.removes);
  if (base && tree === (await repo.treeOf(base))) return { hydration, owned: listed };
  const message =
    previous?.hydration === hydration && previous.message
      ? previous.message
      : commitMessage(hydration.plan, o.provenance);
  const commit = await repo.commitTree(tree, base, message, who.author, who.committer);
  return { hydration, owned: listed, staged, commit, message };
}

function sameEntries(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/** Refuses (before anything moves) when local changes sit where the new commit would write. */
async function checkWorkTree(repo: Repo, from: string | undefined, to: string, checkedOut: boolean) {
  if (!checkedOut) return;
  const dirty = await repo.localChanges(await repo.changedPaths(from, to));
  if (dirty.length > 0)
    throw new PublishError(
      `local changes would be overwritten: ${dirty.slice(0, 5).join(", ")}${dirty.length > 5 ? ` and ${dirty.length - 5} more` : ""}; commit or discard them first`,
    );
}

/** Moves the branch (compare-and-swap) and, when it is checked out, the index and work tree with it. */
async function advance(
  repo: Repo,
  branch: string,
  from: string | undefined,
  to: string,
  checkedOut: boolean,
) {
  const reason = "trib publish";
  if (!checkedOut) return repo.updateRef(`refs/heads/${branch}`, to, from, reason);
  await repo.checkout(from, to);
  try {
    await repo.updateRef(`refs/heads/${branch}`, to, from, reason);
  } catch (error) {
    await repo.checkout(to, from);
    throw error;
  }
}

async function identities(repo: Repo, author?: Identity): Promise<{ author: Identity; committer: Identity }> {
  const env = process.env;
  const fromEnv = (who: "AUTHOR" | "COMMITTER"): Identity | undefined => {
    const name = env[`GIT_${who}_NAME`];
    const email = env[`GIT_${who}_EMAIL`];
    return name && email ? { name, email } : undefined;
  };
  const name = await repo.config("user.name");
  const email = await repo.config("user.email");
  const configured = name && email ? { name, email } : undefined;
  const a = author ?? fromEnv("AUTHOR") ?? configured ?? DEFAULT_IDENTITY;
  return { author: a, committer: fromEnv("COMMITTER") ?? a };
}

async function checkOwnRepo(repo: Repo, shown: string): Promise<void> {
  let top: string;
  try {
    top = (await repo.isBare())
      ? (await repo.raw(["rev-parse", "--absolute-git-dir"])).trim()
      : (await repo.raw(["rev-parse", "--show-toplevel"])).trim();
  } catch {
    throw new PublishError(`${shown} exists and is not a git repository (name a new or empty directory)`);
  }
  if (realpathSync(top) !== realpathSync(repo.dir))
    throw new PublishError(`${shown} is inside the git repository ${top}, not a repository of its own`);
}

async function checkBranch(repo: Repo, branch: string, cwd?: string): Promise<void> {
  try {
    await (cwd
      ? simpleGit({ baseDir: cwd }).raw(["check-ref-format", "--branch", branch])
      : repo.raw(["check-ref-format", "--branch", branch]));
  } catch {
    throw new PublishError(`\`${branch}\` is not a valid branch name`);
  }
}

async function remoteOf(repo: Repo, branch: string, shown: string): Promise<string> {
  const remote = (await repo.config(`branch.${branch}.remote`)) ?? "origin";
  if (!(await repo.config(`remote.${remote}.url`)))
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

const firstLine = (error: unknown) =>
  String((error as Error)?.message ?? error)
    .trim()
    .split("\n")[0];

function result(
  plan: Plan,
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

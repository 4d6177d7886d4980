// The work queue between the watches and the reconcilers, after client-go's: a key is queued at most once
// (adding a queued key is a no-op), a key being processed is never handed to a second worker (added again
// meanwhile, it is queued once its worker is done), delayed adds keep the earliest deadline, and failed keys
// come back after a per-key exponential backoff, capped, reset by `forget` after a success.

/** Per-key exponential backoff: base · 2^failures, capped; full jitter optional. */
export class ExponentialBackoff<K = string> {
  private readonly failures = new Map<K, number>();

  constructor(
    readonly baseMs: number,
    readonly maxMs: number,
    private readonly random: () => number = () => 1,
  ) {}

  /** The delay before the next retry of `key`, counting this failure. */
  when(key: K): number {
    const n = this.failures.get(key) ?? 0;
    this.failures.set(key, n + 1);
    return delayFor(n, this.baseMs, this.maxMs, this.random);
  }

  retries(key: K): number {
    return this.failures.get(key) ?? 0;
  }

  forget(key: K): void {
    this.failures.delete(key);
  }
}

/** The n-th (0-based) retry's delay: base · 2^n, capped at max; `random` in [0, 1] scales it (jitter). */
export function delayFor(n: number, baseMs: number, maxMs: number, random: () => number = () => 1): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.min(n, 52));
  return Math.max(0, Math.round(exp * random()));
}

/** A backoff for a loop (reconnecting a watch, retrying a lease): one counter, reset on success. */
export class Backoff {
  private n = 0;
  constructor(
    readonly baseMs: number,
    readonly maxMs: number,
    private readonly random: () => number = () => 0.5 + Math.random() / 2,
  ) {}
  next(): number {
    return delayFor(this.n++, this.baseMs, this.maxMs, this.random);
  }
  reset(): void {
    this.n = 0;
  }
  get attempts(): number {
    return this.n;
  }
}

export interface WorkQueueOptions {
  /** Retry backoff of failed keys (default 5 ms doubling to 5 min, as client-go's item limiter starts). */
  backoff?: ExponentialBackoff<string>;
  onChange?: (depth: number) => void;
}

export class WorkQueue {
  private readonly queue: string[] = [];
  /** Keys waiting to be processed (in `queue`, or to be re-queued when their worker is done). */
  private readonly dirty = new Set<string>();
  private readonly processing = new Set<string>();
  private readonly delayed = new Map<string, { at: number; timer: NodeJS.Timeout }>();
  private readonly waiters: ((key: string | undefined) => void)[] = [];
  private shuttingDown = false;
  readonly backoff: ExponentialBackoff<string>;
  private readonly onChange: (depth: number) => void;

  constructor(options: WorkQueueOptions = {}) {
    this.backoff = options.backoff ?? new ExponentialBackoff(5, 300_000);
    this.onChange = options.onChange ?? (() => {});
  }

  add(key: string): void {
    if (this.shuttingDown || this.dirty.has(key)) return;
    this.dirty.add(key);
    if (this.processing.has(key)) return;
    const waiter = this.waiters.shift();
    if (waiter) {
      this.dirty.delete(key);
      this.processing.add(key);
      waiter(key);
    } else {
      this.queue.push(key);
    }
    this.onChange(this.len());
  }

  /** Adds `key` after `ms`; an earlier pending deadline for the same key wins. */
  addAfter(key: string, ms: number): void {
    if (this.shuttingDown) return;
    if (ms <= 0) {
      this.add(key);
      return;
    }
    const at = Date.now() + ms;
    const pending = this.delayed.get(key);
    if (pending && pending.at <= at) return;
    if (pending) clearTimeout(pending.timer);
    const timer = setTimeout(() => {
      this.delayed.delete(key);
      this.add(key);
    }, ms);
    timer.unref?.();
    this.delayed.set(key, { at, timer });
  }

  /** Adds `key` after its backoff (a failure): each call doubles the next delay, up to the cap. */
  addRateLimited(key: string): number {
    const ms = this.backoff.when(key);
    this.addAfter(key, ms);
    return ms;
  }

  /** The key succeeded: its backoff starts over. */
  forget(key: string): void {
    this.backoff.forget(key);
  }

  retries(key: string): number {
    return this.backoff.retries(key);
  }

  /** The next key; waits for one. Undefined once the queue is shut down. */
  get(): Promise<string | undefined> {
    if (this.shuttingDown) return Promise.resolve(undefined);
    const key = this.queue.shift();
    if (key !== undefined) {
      this.dirty.delete(key);
      this.processing.add(key);
      this.onChange(this.len());
      return Promise.resolve(key);
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** The worker finished `key`: if it was added meanwhile, it is queued again now. */
  done(key: string): void {
    this.processing.delete(key);
    if (this.dirty.has(key)) {
      this.dirty.delete(key);
      this.add(key);
    }
  }

  /** Keys queued (not counting those being processed or delayed). */
  len(): number {
    return this.queue.length;
  }

  /** Keys waiting on a delay (retries and requeue-afters). */
  delayedLen(): number {
    return this.delayed.size;
  }

  /** Nothing queued and nothing being processed (keys waiting on a delay do not count). */
  idle(): boolean {
    return this.queue.length === 0 && this.processing.size === 0;
  }

  isProcessing(key: string): boolean {
    return this.processing.has(key);
  }

  /** `key`, being processed, was added again meanwhile: it runs again once its worker is done. */
  isQueuedAgain(key: string): boolean {
    return this.processing.has(key) && this.dirty.has(key);
  }

  /** Stops handing out keys: waiting `get`s resolve undefined; delayed adds are dropped. */
  shutDown(): void {
    this.shuttingDown = true;
    for (const { timer } of this.delayed.values()) clearTimeout(timer);
    this.delayed.clear();
    this.queue.length = 0;
    this.dirty.clear();
    for (const waiter of this.waiters.splice(0)) waiter(undefined);
    this.onChange(0);
  }

  get isShutDown(): boolean {
    return this.shuttingDown;
  }
}

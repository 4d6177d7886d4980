// Time as the API server writes it, and waiting.

/** metav1.Time (conditions' lastTransitionTime, Event timestamps): RFC 3339 in whole seconds, UTC. */
export const metaTime = (ms: number = Date.now()): string =>
  new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

/** metav1.MicroTime (Lease renewTime, acquireTime): RFC 3339 with microseconds, from microseconds since the epoch. */
export function microTime(micros: number): string {
  const ms = Math.floor(micros / 1000);
  const iso = new Date(ms).toISOString(); // ...sss Z
  const us = String(Math.floor(micros % 1_000_000)).padStart(6, "0");
  return `${iso.slice(0, 19)}.${us}Z`;
}

/** Resolves after `ms`, or at once when `signal` aborts (never rejects: loops check the signal). */
export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(t);
        resolve();
      },
      { once: true },
    );
  });

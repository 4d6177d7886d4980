// Ages as kubectl prints them (apimachinery util/duration HumanDuration): precise when recent, coarser
// as they grow.

/** `45s`, `3m20s`, `12m`, `5h3m`, `30h`, `3d4h`, `12d`, `2y30d`. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  if (hours < 192)
    return hours % 24 === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${hours % 24}h`;
  const days = Math.floor(hours / 24);
  if (days < 365 * 2) return `${days}d`;
  const years = Math.floor(days / 365);
  return days % 365 === 0 ? `${years}y` : `${years}y${days % 365}d`;
}

/** The age of an object created at `created` (RFC 3339), seen at `now`; "" when unknown. */
export function ageOf(created: string | undefined, now: Date): string {
  if (!created) return "";
  const t = Date.parse(created);
  return Number.isNaN(t) ? "" : humanDuration(now.getTime() - t);
}

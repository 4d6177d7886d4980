/** A mistake in how trib was called (exit 2), as opposed to invalid input (exit 1). */
export class UsageError extends Error {}

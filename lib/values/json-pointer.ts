// JSON Pointer (RFC 6901): how a key is written as one segment of a diagnostic's field path.

/** A key as a path segment: `~` as `~0`, `/` as `~1` (`a/b` → `a~1b`). */
export const pointerSegment = (key: string | number): string =>
  String(key).replace(/~/g, "~0").replace(/\//g, "~1");

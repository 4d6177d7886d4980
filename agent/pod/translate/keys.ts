// The keys of a ConfigMap or Secret as bytes (Secret data and binaryData are base64), and text when it is.
import type { ConfigMapLike } from "../types.ts";

function decodeSecretValue(data: string): Buffer {
  return Buffer.from(data, "base64");
}

export function keysOf(obj: ConfigMapLike, secret: boolean): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const [k, v] of Object.entries(obj.data ?? {}))
    out.set(k, secret ? decodeSecretValue(v) : Buffer.from(v, "utf8"));
  for (const [k, v] of Object.entries(obj.binaryData ?? {})) out.set(k, Buffer.from(v, "base64"));
  return out;
}

/** The bytes as UTF-8 text; undefined when they are not. */
export function utf8(buf: Buffer): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    return undefined;
  }
}

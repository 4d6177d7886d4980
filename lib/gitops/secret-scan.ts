// The second line of defence for "secret values never enter git": before a publish commits, every file of
// the hydrated tree is scanned for values that look like credentials, whatever produced them (a provider,
// a setting the Blueprint check did not know, a token pasted into args). Pure: files in, findings out.
//
// The rules are the Blueprint check's (lib/blueprint/credentials.ts): a setting whose name says it holds a
// credential (map keys; `name`/`value` pairs such as env; `key=value` lines of configuration files) and
// any string in the format of a known token or key. A false positive is allowed explicitly, per field, by
// name: in the Blueprint's annotation `tributary.dev/allow-plaintext: "NAME, other.key"` (carried to the
// publish as the tree's `allowPlaintext`), or in the same annotation on the hydrated object itself.
// Findings name the file, the field and why — never the value.
import { parseAllDocuments } from "yaml";
import {
  ALLOW_PLAINTEXT_ANNOTATION,
  allowedNames,
  credentialSetting,
  credentialValue,
} from "../blueprint/credentials.ts";
import { pointerSegment as pointer } from "../values/json-pointer.ts";
import { PublishError } from "./hydrate.ts";
import type { BlueprintOutput, FileMap } from "./types.ts";

export interface SecretFinding {
  file: string;
  /** The field inside the file's object, as a JSON pointer ("" for a file that is not YAML). */
  field: string;
  why: string;
}

/** Every credential-looking value in the files; `allowed` names settings known not to be credentials. */
export function scanForSecrets(files: FileMap, allowed: Iterable<string> = []): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const [file, text] of files) {
    if (!/\.ya?ml$/.test(file)) {
      const what = credentialValue(text);
      if (what) findings.push({ file, field: "", why: `holds ${what}` });
      continue;
    }
    for (const doc of parseAllDocuments(text)) {
      const value = doc.toJS() as unknown;
      const annotation = (value as { metadata?: { annotations?: Record<string, string> } } | null)?.metadata
        ?.annotations?.[ALLOW_PLAINTEXT_ANNOTATION];
      const names = new Set([...allowed, ...allowedNames(annotation)]);
      scanValue(value, "", "", names, (field, why) => findings.push({ file, field, why }));
    }
  }
  return findings;
}

type Found = (field: string, why: string) => void;

function scanValue(value: unknown, path: string, name: string, allowed: Set<string>, found: Found): void {
  if (typeof value === "string") {
    if (allowed.has(name)) return;
    const why = credentialSetting(name, value);
    if (why) found(path, why);
    else if (value.includes("\n")) scanLines(value, path, allowed, found);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      scanValue(item, `${path}/${i}`, name, allowed, found);
    });
    return;
  }
  if (value === null || typeof value !== "object") return;
  const record = value as Record<string, unknown>;
  // A `name`/`value` pair (env, Spark's and Flink's operator lists): the value is named by `name`.
  if (typeof record.name === "string" && "value" in record) {
    scanValue(record.value, `${path}/value`, record.name, allowed, found);
    for (const [key, child] of Object.entries(record))
      if (key !== "value") scanValue(child, `${path}/${pointer(key)}`, key, allowed, found);
    return;
  }
  for (const [key, child] of Object.entries(record)) {
    if (key === ALLOW_PLAINTEXT_ANNOTATION) continue;
    scanValue(child, `${path}/${pointer(key)}`, key, allowed, found);
  }
}

/** Configuration files in a string (server.properties, flink-conf.yaml): `key=value` and `key: value`. */
function scanLines(text: string, path: string, allowed: Set<string>, found: Found): void {
  for (const line of text.split("\n")) {
    const m = /^\s*([A-Za-z0-9_.-]+)\s*[=:]\s*(.*?)\s*$/.exec(line);
    if (!m || allowed.has(m[1]!)) continue;
    const why = credentialSetting(m[1]!, m[2]!);
    if (why) found(path, `${why} (a line of the text)`);
  }
}

/**
 * Refuses, before anything is written, a publish whose hydrated trees hold a credential-looking value.
 * The one call sits where the trees go to the writer (lib/git-writer/publisher.ts `publish`).
 */
export function refuseSecrets(
  blueprints: readonly Pick<BlueprintOutput, "namespace" | "name" | "files" | "allowPlaintext">[],
): void {
  const findings = blueprints.flatMap((b) =>
    scanForSecrets(b.files, b.allowPlaintext).map(
      (f) => `${b.namespace}/${b.name}: ${f.file}${f.field ? ` ${f.field}` : ""}: ${f.why}`,
    ),
  );
  if (findings.length > 0)
    throw new PublishError(
      `secret values never enter git; the hydrated tree holds ${findings.length} credential-looking value(s):\n  ${findings.join("\n  ")}\nreference a Secret instead, or list a setting that is no secret in the ${ALLOW_PLAINTEXT_ANNOTATION} annotation`,
    );
}

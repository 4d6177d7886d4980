// What looks like a credential: by the name it is stored under (password, secret, token, API key...) or
// by its value (the formats of common tokens and keys). One set of rules for both lines of defence: the
// Blueprint check (a plain `value` where a secretKeyRef belongs) and the scan of the hydrated tree before
// a publish commits it. Values are never repeated in what these functions return.

/** Words that make a setting's name a credential's, e.g. `KAFKA_PASSWORD`, `ssl.key.password`, `apiToken`. */
const SECRET_WORDS = new Set([
  "password",
  "passwd",
  "pwd",
  "passphrase",
  "secret",
  "secrets",
  "token",
  "credential",
  "credentials",
  "apikey",
  "privatekey",
  "accesskey",
  "secretkey",
]);
/** `key` alone is a Kafka serializer's or a topic's key; with one of these before it, it is a credential. */
const KEY_QUALIFIERS = new Set([
  "api",
  "access",
  "secret",
  "private",
  "signing",
  "encryption",
  "master",
  "client",
]);
/**
 * A last word that makes the setting describe a credential rather than hold one: `PASSWORD_FILE`,
 * `token.endpoint.url`, `secret.name`, `ssl.keystore.type`, `TOKEN_TTL`.
 */
const DESCRIBING_WORDS = new Set([
  "file",
  "path",
  "dir",
  "location",
  "url",
  "uri",
  "endpoint",
  "name",
  "ref",
  "id",
  "type",
  "class",
  "algorithm",
  "mechanism",
  "provider",
  "enabled",
  "enable",
  "length",
  "size",
  "ttl",
  "ms",
  "seconds",
  "timeout",
  "expiry",
  "lifetime",
  "interval",
  "count",
  "mode",
  "format",
  "version",
  "header",
  "policy",
  "scope",
  "issuer",
  "audience",
]);

/** The words of a setting name: `sslKeyPassword`, `ssl.key.password`, `SSL_KEY_PASSWORD` → ssl key password. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
}

/** Whether a setting of this name holds a credential. */
export function credentialName(name: string): boolean {
  const w = words(name);
  if (w.length === 0 || DESCRIBING_WORDS.has(w.at(-1)!)) return false;
  return w.some(
    (word, i) =>
      SECRET_WORDS.has(word) ||
      (i > 0 && (word === "key" || word === "keys") && KEY_QUALIFIERS.has(w[i - 1]!)) ||
      (i > 0 && SECRET_WORDS.has(`${w[i - 1]}${word}`)),
  );
}

/** Formats of well-known tokens and keys, each with what it is (for the message, instead of the value). */
const TOKEN_FORMATS: [RegExp, string][] = [
  [/-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/, "a PEM private key"],
  [/\b(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA)[A-Z0-9]{16}\b/, "an AWS access key id"],
  [/\bgh[pousr]_[A-Za-z0-9]{36,255}\b/, "a GitHub token"],
  [/\bgithub_pat_[A-Za-z0-9_]{22,255}\b/, "a GitHub fine-grained token"],
  [/\bglpat-[A-Za-z0-9_-]{20,}/, "a GitLab personal access token"],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}/, "a Slack token"],
  [/https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/]+/, "a Slack webhook URL"],
  [/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/, "a JSON Web Token"],
  [/\bAIza[0-9A-Za-z_-]{35}\b/, "a Google API key"],
  [/\b[rs]k_live_[0-9A-Za-z]{20,}\b/, "a Stripe secret key"],
  [/\bnpm_[A-Za-z0-9]{36}\b/, "an npm token"],
  [/\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/, "a URL with a password"],
  [/\bpassword\s*=\s*"[^"]+"/i, "a JAAS configuration with a password"],
];

/** What kind of credential a value is by its format, or undefined. */
export function credentialValue(value: string): string | undefined {
  for (const [format, what] of TOKEN_FORMATS) if (format.test(value)) return what;
  return undefined;
}

/**
 * Why a setting `name: value` looks like a credential, or undefined. A name says so only for a value
 * that could be one: not empty, not a boolean or number, not a reference resolved elsewhere (Kafka's
 * `${file:...}` and `${env:...}` config providers, Flink's `${...}` environment substitution).
 */
export function credentialSetting(name: string, value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const byValue = credentialValue(value);
  if (byValue) return `the value is ${byValue}`;
  if (value.trim() === "" || /^\$\{[^}]+\}$/.test(value.trim())) return undefined;
  if (credentialName(name)) return `\`${name}\` names a credential`;
  return undefined;
}

/** The annotation that lists settings known not to be credentials (false positives), by name. */
export const ALLOW_PLAINTEXT_ANNOTATION = "tributary.dev/allow-plaintext";

/** The names an allow annotation lists: comma- or space-separated. */
export const allowedNames = (annotation: string | undefined): Set<string> =>
  new Set((annotation ?? "").split(/[\s,]+/).filter((n) => n !== ""));

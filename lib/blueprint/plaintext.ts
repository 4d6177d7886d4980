// Secret values never enter a Blueprint, so they never enter git: a plain value that looks like a
// credential is an error, with the hint to reference a Secret instead. Settings (streamlet `env`, Kafka and
// topic `config`, `sparkConf`, `flinkConfiguration`) are judged by name and value; every other string of
// the spec by value (a token's format). False positives are listed by name in the Blueprint's
// `tributary.dev/allow-plaintext` annotation.
import {
  ALLOW_PLAINTEXT_ANNOTATION,
  allowedNames,
  credentialSetting,
  credentialValue,
} from "./credentials.ts";
import { joinPath } from "./load.ts";
import type { Report } from "./report.ts";
import type { BlueprintDoc } from "./schema.ts";

/** Maps of settings, by the product field that holds them. */
const SETTINGS: Record<string, string> = {
  kafka: "config",
  topic: "config",
  spark: "sparkConf",
  flink: "flinkConfiguration",
};

export function checkPlaintext(doc: BlueprintDoc, report: Report): void {
  const allowed = allowedNames(doc.metadata.annotations?.[ALLOW_PLAINTEXT_ANNOTATION]);
  const flag = (path: (string | number)[], name: string, why: string, setting: boolean) =>
    report("plaintext-secret", joinPath(path), `${why}: secret values never enter the Blueprint or git`, {
      hint: setting
        ? `reference a Secret instead (${path.includes("env") ? "`secretKeyRef: { name: <secret>, key: <key> }`" : "an existing Secret, or a config provider such as $" + "{file:...}"}); if \`${name}\` is not a secret, list it in the Blueprint's ${ALLOW_PLAINTEXT_ANNOTATION} annotation`
        : `keep credentials in a Secret; if \`${name}\` is not a secret, list it in the Blueprint's ${ALLOW_PLAINTEXT_ANNOTATION} annotation`,
    });
  const setting = (path: (string | number)[], name: string, value: unknown) => {
    if (allowed.has(name)) return;
    const why = credentialSetting(name, value);
    if (why) flag(path, name, why, true);
  };

  doc.spec.components.forEach((c, i) => {
    const base = ["spec", "components", i];
    c.streamlet?.env?.forEach((e, j) => {
      setting([...base, "streamlet", "env", j, "value"], e.name, e.value);
    });
    for (const [product, field] of Object.entries(SETTINGS)) {
      const block = (c as Record<string, unknown>)[product] as Record<string, unknown> | undefined;
      const map = block?.[field] as Record<string, unknown> | undefined;
      for (const [key, value] of Object.entries(map ?? {}))
        setting([...base, product, field, key], key, value);
    }
  });
  // Everything else: by the value's format only (a token pasted into `args`, an image pull URL...).
  const walk = (value: unknown, path: (string | number)[], name: string): void => {
    if (typeof value === "string") {
      const what = allowed.has(name) ? undefined : credentialValue(value);
      if (what) flag(path, name, `the value is ${what}`, false);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        walk(v, [...path, i], name);
      });
    } else if (value !== null && typeof value === "object") {
      for (const [key, v] of Object.entries(value)) if (!isSetting(path, key)) walk(v, [...path, key], key);
    }
  };
  walk(doc.spec, ["spec"], "spec");
}

/** Whether `key` under `path` is a settings map or an env list, judged above by name and value. */
function isSetting(path: (string | number)[], key: string): boolean {
  const product = path.at(-1);
  return (
    path.length === 4 &&
    path[1] === "components" &&
    ((product === "streamlet" && key === "env") || SETTINGS[String(product)] === key)
  );
}

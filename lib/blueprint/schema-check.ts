// Stage 2a: the Blueprint JSON Schema, checked by ajv, each error turned into a Diagnostic with its
// position, a stable code and, for misspellings, a hint.
import type { ErrorObject } from "ajv";
import { API_VERSION, KIND } from "./api.ts";
import { blueprintValidator } from "./blueprint-validator.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { FORMAT_DESCRIPTIONS, type FormatName } from "./formats.ts";
import { joinPath, type LoadedDocument } from "./load.ts";
import { diagnosticAt, type ReportOptions } from "./report.ts";
import { didYouMean } from "./suggest.ts";

const FORMAT_CODES: Record<FormatName, string> = {
  "dns1123-label": "invalid-name",
  quantity: "invalid-quantity",
  "jvm-memory": "invalid-quantity",
  duration: "invalid-duration",
  version: "invalid-version",
  cron: "invalid-schedule",
  "component-ref": "invalid-reference",
  "port-ref": "invalid-reference",
  "kafka-topic": "invalid-topic-name",
};

/** Checks apiVersion and kind first (nothing else means anything without them), then the schema. */
export function checkSchema(loaded: LoadedDocument): Diagnostic[] {
  const value = loaded.value;
  const make: Make = (code, path, message, opts) => diagnosticAt(loaded, code, path, message, opts);

  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return [make("not-an-object", "", `expected a ${KIND} object, found ${describe(value)}`)];
  }
  const { apiVersion, kind } = value as Record<string, unknown>;
  const head: Diagnostic[] = [];
  if (kind !== KIND) {
    head.push(
      kind === undefined
        ? make("missing-field", "", `missing \`kind\`: expected \`kind: ${KIND}\``)
        : make("wrong-kind", "/kind", `kind is ${JSON.stringify(kind)}; expected ${KIND}`, {
            hint: didYouMean(String(kind), [KIND]),
          }),
    );
  }
  if (apiVersion !== API_VERSION) {
    head.push(
      apiVersion === undefined
        ? make("missing-field", "", `missing \`apiVersion\`: expected \`apiVersion: ${API_VERSION}\``)
        : make("wrong-api-version", "/apiVersion", `apiVersion is ${JSON.stringify(apiVersion)}`, {
            hint: `use \`apiVersion: ${API_VERSION}\``,
          }),
    );
  }
  if (head.length > 0) return head;

  const validate = blueprintValidator();
  if (validate(value)) return [];
  return collapse(validate.errors ?? []).map((e) => toDiagnostic(e, make));
}

/** ajv reports an anyOf failure once per branch and once for the anyOf: keep the one that explains. */
function collapse(errors: ErrorObject[]): ErrorObject[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
  return errors.filter((e) => e.keyword === "anyOf" || !anyOfPaths.has(e.instancePath));
}

type Make = (code: string, path: string, message: string, opts?: ReportOptions) => Diagnostic;

function toDiagnostic(e: ErrorObject, make: Make): Diagnostic {
  const path = e.instancePath;
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "additionalProperties": {
      const field = String(params.additionalProperty);
      const known = Object.keys((e.parentSchema?.properties as object | undefined) ?? {});
      return make("unknown-field", `${path}${joinPath([field])}`, `unknown field \`${field}\``, {
        key: true,
        hint: didYouMean(field, known) ?? (known.length ? `known fields: ${known.join(", ")}` : undefined),
      });
    }
    case "required":
      return make("missing-field", path, `missing required field \`${String(params.missingProperty)}\``);
    case "type":
      return make("wrong-type", path, `expected ${String(params.type)}, found ${describe(e.data)}`);
    case "anyOf":
      return make("wrong-type", path, `expected a string, number or boolean, found ${describe(e.data)}`);
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return make("invalid-value", path, `${JSON.stringify(e.data)} is not one of: ${allowed.join(", ")}`, {
        hint: didYouMean(String(e.data), allowed),
      });
    }
    case "const":
      return make("invalid-value", path, `must be ${JSON.stringify(params.allowedValue)}`);
    case "format": {
      const format = params.format as FormatName;
      return make(
        FORMAT_CODES[format],
        path,
        `${JSON.stringify(e.data)} is not ${FORMAT_DESCRIPTIONS[format]}`,
      );
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return make("out-of-range", path, `${JSON.stringify(e.data)} ${e.message}`);
    case "minItems":
      return make("empty-list", path, `needs at least ${String(params.limit)} item(s)`);
    case "maxLength":
      return make("too-long", path, `is longer than ${String(params.limit)} characters`);
    case "minLength":
      return make("empty-value", path, "must not be empty");
    case "pattern":
      return make(
        "invalid-value",
        path,
        `${JSON.stringify(e.data)} does not match ${String(params.pattern)}`,
      );
    default:
      return make("schema", path, e.message ?? "is invalid");
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string")
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}

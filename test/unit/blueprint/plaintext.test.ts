// Credentials in plain text are errors at their field; a setting that only looks like one is allowed by
// name in the Blueprint's tributary.dev/allow-plaintext annotation, and nothing else is.
import { describe, expect, it } from "vitest";
import { credentialName } from "../../../lib/blueprint/credentials.ts";
import { compile } from "../../../lib/stages.ts";

const blueprint = (annotations: string) => `apiVersion: tributary.dev/v1alpha1
kind: Blueprint
metadata:
  name: demo
${annotations}spec:
  components:
    - name: app
      streamlet:
        image: example/app:1.0
        env:
          - { name: SESSION_TOKEN_SALT, value: fixed-salt }
          - { name: DB_PASSWORD, value: hunter2 }
          - { name: DB_PASSWORD_FILE, value: /run/secrets/db }
          - { name: DB_USER, secretKeyRef: { name: db, key: user } }
`;

const found = (text: string) =>
  compile([{ file: "bp.yaml", text }]).diagnostics.map((d) => [d.code, d.path, d.line, d.col]);

describe("plain-text credentials", () => {
  it("are errors at their field, with the secretKeyRef hint and never the value", () => {
    const { diagnostics } = compile([{ file: "bp.yaml", text: blueprint("") }]);
    expect(diagnostics.map((d) => [d.code, d.path, d.line, d.col])).toEqual([
      ["plaintext-secret", "/spec/components/0/streamlet/env/0/value", 11, 48],
      ["plaintext-secret", "/spec/components/0/streamlet/env/1/value", 12, 41],
    ]);
    expect(diagnostics[1]!.hint).toContain("secretKeyRef");
    expect(JSON.stringify(diagnostics)).not.toContain("hunter2");
  });

  it("are allowed by name in tributary.dev/allow-plaintext, one field at a time", () => {
    expect(
      found(blueprint("  annotations: { tributary.dev/allow-plaintext: SESSION_TOKEN_SALT }\n")),
    ).toEqual([["plaintext-secret", "/spec/components/0/streamlet/env/1/value", 13, 41]]);
  });

  it("are judged by the words of a name, not by substrings", () => {
    for (const name of [
      "KAFKA_PASSWORD",
      "ssl.key.password",
      "apiKey",
      "aws_secret_access_key",
      "githubToken",
    ])
      expect(credentialName(name), name).toBe(true);
    for (const name of [
      "key.serializer",
      "PASSWORD_FILE",
      "token.endpoint.url",
      "secret.name",
      "monkey",
      "keystore.type",
    ])
      expect(credentialName(name), name).toBe(false);
  });
});

// The second line of defence: the hydrated tree is scanned for credential-looking values before a publish
// commits, with per-field allowances; a finding refuses the publish before anything is written.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publish } from "../../../lib/git-writer/publisher.ts";
import { PublishError } from "../../../lib/gitops/hydrate.ts";
import { scanForSecrets } from "../../../lib/gitops/secret-scan.ts";
import { PROVENANCE, stack } from "./fixtures.ts";
import { git, isolateGit, snapshot, tempDir } from "./git-helpers.ts";

const tmp = tempDir("trib-secret-scan-");
beforeAll(isolateGit);
afterAll(() => tmp.cleanup());

const PASSWORD = "correct-horse-battery-staple";
const JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJlLXZhbHVl";
const deployment = (env: string, annotations = "") => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
${annotations}spec:
  template:
    spec:
      containers:
        - name: app
          args: [--verbose]
          env:
${env}`;

describe("scanForSecrets", () => {
  it("finds credentials by name and by format, in maps, name/value pairs, config files and plain text", () => {
    const files = new Map([
      [
        "apps/deployment.apps.app.yaml",
        deployment(
          `            - { name: DB_PASSWORD, value: ${PASSWORD} }\n            - { name: LEVEL, value: debug }\n`,
        ),
      ],
      [
        "apps/sparkapplication.job.yaml",
        `apiVersion: v1\nkind: X\nmetadata: { name: job }\nspec:\n  arguments: ["${JWT}"]\n  sparkConf: { spark.authenticate.secret: s3cr3t, spark.app.name: job }\n`,
      ],
      [
        "apps/configmap.props.yaml",
        `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: props }\ndata:\n  client.properties: |\n    bootstrap.servers=kafka:9092\n    ssl.truststore.password=changeit\n`,
      ],
      ["README.md", "token: ghp_0123456789abcdefghijABCDEFGHIJ012345\n"],
    ]);
    const findings = scanForSecrets(files);
    expect(findings.map((f) => [f.file, f.field])).toEqual([
      ["apps/deployment.apps.app.yaml", "/spec/template/spec/containers/0/env/0/value"],
      ["apps/sparkapplication.job.yaml", "/spec/arguments/0"],
      ["apps/sparkapplication.job.yaml", "/spec/sparkConf/spark.authenticate.secret"],
      ["apps/configmap.props.yaml", "/data/client.properties"],
      ["README.md", ""],
    ]);
    const text = JSON.stringify(findings);
    for (const secret of [PASSWORD, JWT, "s3cr3t", "changeit", "ghp_0123"])
      expect(text).not.toContain(secret);
  });

  it("leaves references, descriptions of credentials and ordinary settings alone", () => {
    const files = new Map([
      [
        "apps/deployment.apps.app.yaml",
        deployment(
          "            - { name: DB_PASSWORD, valueFrom: { secretKeyRef: { name: db, key: password } } }\n" +
            "            - { name: PASSWORD_FILE, value: /run/secrets/db }\n" +
            "            - { name: TOKEN_URL, value: https://auth.example.com/token }\n" +
            "            - { name: KEY_SERIALIZER, value: org.apache.kafka.common.serialization.StringSerializer }\n" +
            "            - { name: API_TOKEN, value: '$" +
            "{env:API_TOKEN}' }\n",
        ),
      ],
    ]);
    expect(scanForSecrets(files)).toEqual([]);
  });

  it("allows a field by name: from the Blueprint, or in the object's own annotation", () => {
    const env = "            - { name: SESSION_TOKEN_SALT, value: not-a-secret }\n";
    const plain = new Map([["a.yaml", deployment(env)]]);
    expect(scanForSecrets(plain)).toHaveLength(1);
    expect(scanForSecrets(plain, ["SESSION_TOKEN_SALT"])).toEqual([]);
    const annotated = new Map([
      [
        "a.yaml",
        deployment(env, "  annotations: { tributary.dev/allow-plaintext: 'OTHER, SESSION_TOKEN_SALT' }\n"),
      ],
    ]);
    expect(scanForSecrets(annotated)).toEqual([]);
    // The allowance is per field: another credential in the same object is still found.
    const other = new Map([
      [
        "a.yaml",
        deployment(
          `${env}            - { name: DB_PASSWORD, value: x }\n`,
          "  annotations: { tributary.dev/allow-plaintext: SESSION_TOKEN_SALT }\n",
        ),
      ],
    ]);
    expect(scanForSecrets(other).map((f) => f.field)).toEqual([
      "/spec/template/spec/containers/0/env/1/value",
    ]);
  });
});

describe("publish with a secret in the hydrated tree", () => {
  const leaking = () => stack("streaming", "clicks", { env: [{ name: "KAFKA_PASSWORD", value: PASSWORD }] });

  it("refuses before anything is written: no repository is created", async () => {
    const repo = join(tmp.dir, "fresh");
    const run = publish({
      blueprints: [leaking()],
      provenance: PROVENANCE,
      repo: "fresh",
      cwd: tmp.dir,
      cluster: "prod",
    });
    await expect(run).rejects.toThrow(PublishError);
    await expect(run).rejects.toThrow(/KAFKA_PASSWORD|credential/);
    await expect(run).rejects.not.toThrow(PASSWORD);
    expect(existsSync(repo)).toBe(false);
  });

  it("leaves an existing repository exactly as it was, and publishes once the field is allowed", async () => {
    const options = { provenance: PROVENANCE, repo: "existing", cwd: tmp.dir, cluster: "prod" };
    await publish({ ...options, blueprints: [stack("streaming", "clicks")] });
    const dir = join(tmp.dir, "existing");
    const before = snapshot(dir);
    const head = git(dir, "rev-parse", "HEAD");
    await expect(publish({ ...options, blueprints: [leaking()] })).rejects.toThrow(PublishError);
    expect(git(dir, "rev-parse", "HEAD")).toBe(head);
    expect(snapshot(dir)).toBe(before);
    const allowed = await publish({
      ...options,
      blueprints: [{ ...leaking(), allowPlaintext: ["KAFKA_PASSWORD"] }],
    });
    expect(allowed.commit).toBeDefined();
  });
});

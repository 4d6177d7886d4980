// Secrets never enter git: a Blueprint referencing credentials yields only references, and a scan of the
// whole repository — every commit, every object, reachable or not — finds no secret value.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { publish } from "../../../lib/git-writer/publisher.ts";
import { PublishError } from "../../../lib/gitops/hydrate.ts";
import { PROVENANCE, stack } from "./fixtures.ts";
import { everything, git, isolateGit, remoteAndClone, tempDir } from "./git-helpers.ts";

const tmp = tempDir("trib-secrets-");
beforeAll(isolateGit);
afterAll(() => tmp.cleanup());

function workTree(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((f) => readFileSync(f, "latin1"))
    .join("\n");
}

it("a Blueprint that references credentials yields only references, nowhere the value", async () => {
  // The real value exists in this test only: in a Secret manifest kept out of git, and in the environment.
  const value = `s3cr3t-${randomBytes(16).toString("hex")}`;
  writeFileSync(
    join(tmp.dir, "kafka-credentials.secret.yaml"),
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: kafka-credentials\nstringData:\n  password: ${value}\n`,
  );
  process.env.KAFKA_PASSWORD = value;
  try {
    const { remote, clone } = remoteAndClone(tmp.dir);
    const env = [
      { name: "KAFKA_USER", value: "clicks" },
      { name: "KAFKA_PASSWORD", secretKeyRef: { name: "kafka-credentials", key: "password" } },
    ];
    for (const image of ["app:1", "app:2"])
      await publish({
        blueprints: [stack("streaming", "clicks", { env, image })],
        provenance: PROVENANCE,
        repo: "clone",
        cwd: tmp.dir,
        cluster: "prod",
        push: true,
      });
    // A tree that would carry the value itself is refused before anything is written.
    const leaking = stack("streaming", "leak", {
      appObjects: [
        {
          apiVersion: "v1",
          kind: "Secret",
          metadata: { name: "kafka-credentials" },
          stringData: { password: value },
        },
      ],
    });
    await expect(
      publish({
        blueprints: [leaking],
        provenance: PROVENANCE,
        repo: "clone",
        cwd: tmp.dir,
        cluster: "prod",
        push: true,
      }),
    ).rejects.toThrow(PublishError);

    const deployment = git(
      clone,
      "show",
      "HEAD:deploy/prod/streaming/clicks/apps/deployment.apps.clicks-app.yaml",
    );
    expect(deployment).toContain(
      "- name: KAFKA_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  key: password\n                  name: kafka-credentials\n",
    );
    for (const repo of [clone, remote]) {
      const all = everything(repo);
      expect(all).toContain("kafka-credentials");
      expect(all).not.toContain(value);
    }
    expect(workTree(clone)).not.toContain(value);
  } finally {
    delete process.env.KAFKA_PASSWORD;
  }
});

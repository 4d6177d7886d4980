// The chart's Deployment: the restricted Pod Security Standard in every value set, probes, resources and
// replicas, a command line the operator's own flag parser accepts, and gitops credentials mounted from an
// existing Secret (never read through the API).
import { parseArgs } from "node:util";
import { describe, expect, it } from "vitest";
import { OPERATOR_OPTIONS, operatorOptions } from "../../../operator/flags.ts";
import { type Doc, find, only, render, template } from "../../support/helm.ts";
import { arg, container, NS, podSpec, rbacDocs, renderedValueSets, rulesOf } from "./rendered.ts";

const rendered = renderedValueSets();

describe("the Deployment", () => {
  it("meets the restricted Pod Security Standard, in every value set", () => {
    for (const [set, docs] of Object.entries(rendered)) {
      const spec = podSpec(docs);
      expect(spec.securityContext, set).toMatchObject({
        runAsNonRoot: true,
        seccompProfile: { type: "RuntimeDefault" },
      });
      expect(spec.securityContext.runAsUser).not.toBe(0);
      expect(spec.hostNetwork ?? false).toBe(false);
      expect(spec.hostPID ?? false).toBe(false);
      expect(spec.hostIPC ?? false).toBe(false);
      for (const c of spec.containers) {
        expect(c.securityContext, `${set}: ${c.name}`).toEqual({
          runAsNonRoot: true,
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ["ALL"] },
          seccompProfile: { type: "RuntimeDefault" },
        });
      }
      // Volumes of the restricted profile only: an emptyDir for /tmp, the credentials Secret.
      for (const v of spec.volumes)
        expect(Object.keys(v).sort(), set).toSatisfy((k: string[]) => k.length === 2);
      for (const v of spec.volumes) expect(v.emptyDir ?? v.secret, `${set}: ${v.name}`).toBeDefined();
    }
  });

  it("mounts the API token explicitly (the ServiceAccount itself does not)", () => {
    const sa = only(rendered.default, "ServiceAccount") as unknown as {
      automountServiceAccountToken: boolean;
    };
    expect(sa.automountServiceAccountToken).toBe(false);
    expect(podSpec(rendered.default).automountServiceAccountToken).toBe(true);
    expect(podSpec(rendered.default).serviceAccountName).toBe("trib-tributary");
  });

  it("probes /healthz and /readyz on the port the operator serves, and sets requests and limits", () => {
    const c = container(rendered.default);
    expect(c.ports).toEqual([{ name: "http", containerPort: 8080, protocol: "TCP" }]);
    expect(arg(c, "http-address")).toEqual([":8080"]);
    expect(c.livenessProbe.httpGet).toEqual({ path: "/healthz", port: "http" });
    expect(c.startupProbe?.httpGet).toEqual({ path: "/healthz", port: "http" });
    expect(c.readinessProbe.httpGet).toEqual({ path: "/readyz", port: "http" });
    expect(c.resources.requests).toEqual({ cpu: "100m", memory: "256Mi" });
    expect(c.resources.limits).toEqual({ cpu: "1", memory: "512Mi" });
    expect(c.volumeMounts).toEqual([{ name: "tmp", mountPath: "/tmp" }]);
  });

  it("runs trib operator in apply mode, two replicas with leader election, a PDB keeping one", () => {
    const deploy = only(rendered.default, "Deployment") as unknown as {
      spec: { replicas: number; selector: { matchLabels: Record<string, string> } };
    };
    expect(deploy.spec.replicas).toBe(2);
    const c = container(rendered.default);
    expect(c.image).toBe("ghcr.io/tributary-dev/tributary:0.1.0");
    expect(c.args[0]).toBe("operator");
    expect(arg(c, "mode")).toEqual(["apply"]);
    expect(arg(c, "concurrency")).toEqual(["4"]);
    expect(arg(c, "namespace")).toEqual([]);
    expect(c.args).not.toContain("--no-leader-election");
    const pdb = only(rendered.default, "PodDisruptionBudget") as unknown as {
      spec: { minAvailable: number; selector: { matchLabels: Record<string, string> } };
    };
    expect(pdb.spec).toEqual({ minAvailable: 1, selector: deploy.spec.selector });
  });

  it("has no PDB with one replica, and refuses two replicas without leader election", async () => {
    expect(find(await render({ values: { replicas: 1 } }), "PodDisruptionBudget")).toEqual([]);
    const r = await template({ values: { replicas: 2, leaderElection: { enabled: false } } });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/replicas > 1 needs leaderElection.enabled/);
    const single = await render({ values: { replicas: 1, leaderElection: { enabled: false } } });
    expect(container(single).args).toContain("--no-leader-election");
    expect(
      rbacDocs(single)
        .flatMap(rulesOf)
        .filter((r) => r.resources?.includes("leases")),
    ).toEqual([]);
  });

  it("pins the image by digest when given one", async () => {
    const digest = `sha256:${"a".repeat(64)}`;
    const c = container(await render({ values: { image: { digest, tag: "9.9.9" } } }));
    expect(c.image).toBe(`ghcr.io/tributary-dev/tributary@${digest}`);
  });
});

/** The container's command line as `trib operator` parses it (its own flags, strictly), in the pod. */
function parsedOptions(docs: Doc[]) {
  const c = container(docs);
  expect(c.args[0]).toBe("operator");
  const { values, positionals } = parseArgs({
    args: c.args.slice(1).map((a) => a.replace("$(POD_NAME)", "trib-tributary-5d9c-x2x7k")),
    options: OPERATOR_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  expect(positionals).toEqual([]);
  return operatorOptions(values, "/", { POD_NAMESPACE: NS, HOME: "/tmp" });
}

describe("the operator's own flag parser accepts the Deployment's command line", () => {
  it("default: apply mode, every namespace, the chart's Lease, the probed port", () => {
    const o = parsedOptions(rendered.default);
    expect(o).toMatchObject({
      mode: "apply",
      namespaces: [],
      concurrency: 4,
      identity: "trib-tributary-5d9c-x2x7k",
      httpAddress: ":8080",
      logLevel: "info",
      leaderElection: { namespace: NS, name: "trib-tributary" },
    });
    expect(o.gitops).toBeUndefined();
  });

  it("namespaced: the watched namespaces, the Lease still in the release namespace", () => {
    expect(parsedOptions(rendered.namespaced)).toMatchObject({
      namespaces: ["team-a", "team-b"],
      leaderElection: { namespace: NS, name: "trib-tributary" },
    });
  });

  it("gitops: publishes to the remote, pushing", () => {
    expect(parsedOptions(rendered.gitops)).toMatchObject({
      mode: "gitops",
      gitops: {
        repo: "ssh://git@git.example.com/platform/deploy.git",
        branch: "main",
        cluster: "prod-eu",
        push: true,
      },
    });
  });

  it("one replica without leader election", async () => {
    const docs = await render({
      values: { replicas: 1, leaderElection: { enabled: false }, logLevel: "debug" },
    });
    expect(parsedOptions(docs)).toMatchObject({ leaderElection: false, logLevel: "debug" });
  });
});

describe("gitops credentials: an existing Secret the kubelet mounts (no RBAC on Secrets)", () => {
  it("ssh: mounts the key and known_hosts read-only, and git's ssh checks host keys", () => {
    const docs = rendered.gitops;
    expect(find(docs, "Secret")).toEqual([]);
    const spec = podSpec(docs);
    const c = container(docs);
    expect(spec.volumes).toContainEqual({
      name: "git-credentials",
      secret: {
        secretName: "tributary-git",
        defaultMode: 0o440,
        items: [
          { key: "identity", path: "identity" },
          { key: "known_hosts", path: "known_hosts" },
        ],
      },
    });
    expect(c.volumeMounts).toContainEqual({
      name: "git-credentials",
      mountPath: "/etc/tributary/git",
      readOnly: true,
    });
    const ssh = c.env?.find((e) => e.name === "GIT_SSH_COMMAND")?.value ?? "";
    expect(ssh).toContain("-i /etc/tributary/git/identity");
    expect(ssh).toContain("UserKnownHostsFile=/etc/tributary/git/known_hosts");
    expect(ssh).toContain("StrictHostKeyChecking=yes");
    expect(c.env).toContainEqual({ name: "GIT_TERMINAL_PROMPT", value: "0" });
    // Nothing is read from a Secret through the API: no secretKeyRef, no Secret in any rule.
    expect(JSON.stringify(c.env)).not.toContain("secretKeyRef");
  });

  it("https: mounts the username and token, handed to git by a credential helper", async () => {
    const docs = await render({
      values: {
        mode: "gitops",
        gitops: {
          repository: "https://git.example.com/platform/deploy.git",
          branch: "clusters",
          credentials: { secretName: "git-token", type: "https", https: { passwordKey: "token" } },
        },
      },
    });
    const spec = podSpec(docs);
    expect(spec.volumes.find((v) => v.name === "git-credentials")?.secret).toMatchObject({
      secretName: "git-token",
      items: [
        { key: "username", path: "username" },
        { key: "token", path: "password" },
      ],
    });
    const env = Object.fromEntries((container(docs).env ?? []).map((e) => [e.name, e.value]));
    expect(env.GIT_CONFIG_COUNT).toBe("1");
    expect(env.GIT_CONFIG_KEY_0).toBe("credential.helper");
    expect(env.GIT_CONFIG_VALUE_0).toContain("cat /etc/tributary/git/password");
    expect(env.GIT_SSH_COMMAND).toBeUndefined();
    expect(arg(container(docs), "branch")).toEqual(["clusters"]);
  });

  it("needs a repository in gitops mode, and never sends https credentials over http://", async () => {
    const none = await template({ values: { mode: "gitops" } });
    expect(none.code).not.toBe(0);
    expect(none.stderr).toMatch(/mode gitops needs gitops.repository/);
    const clear = await template({
      values: {
        mode: "gitops",
        gitops: {
          repository: "http://git.example.com/x.git",
          credentials: { secretName: "s", type: "https" },
        },
      },
    });
    expect(clear.code).not.toBe(0);
    expect(clear.stderr).toMatch(/clear text/);
  });
});

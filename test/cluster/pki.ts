// Credentials of a test control plane: a throwaway CA and serving certificate, the ServiceAccount signing
// key, the static token file's lines, and kubeconfigs carrying a token and the CA.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import { run } from "./exec.ts";

export interface ExtraToken {
  token: string;
  user: string;
  uid?: string;
  groups?: string[];
}

async function openssl(args: string[], cwd: string): Promise<void> {
  const r = await run("openssl", args, { cwd });
  if (r.code !== 0) throw new Error(`openssl ${args.join(" ")} failed:\n${r.stderr}`);
}

/** A throwaway CA and a serving certificate for 127.0.0.1/localhost/kubernetes.default.svc. */
export async function makePki(pki: string): Promise<void> {
  await mkdir(pki, { recursive: true });
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  await openssl(
    [
      "req",
      "-x509",
      ...ec,
      "-keyout",
      "ca.key",
      "-out",
      "ca.crt",
      "-days",
      "30",
      "-subj",
      "/CN=tributary-test-ca",
    ],
    pki,
  );
  const ext = [
    "subjectAltName=IP:127.0.0.1,IP:10.0.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local",
    "extendedKeyUsage=serverAuth",
    "keyUsage=critical,digitalSignature,keyEncipherment",
    "basicConstraints=critical,CA:FALSE",
  ];
  await openssl(
    [
      "req",
      "-x509",
      ...ec,
      "-keyout",
      "apiserver.key",
      "-out",
      "apiserver.crt",
      "-days",
      "30",
      "-subj",
      "/CN=kube-apiserver",
      "-CA",
      "ca.crt",
      "-CAkey",
      "ca.key",
      ...ext.flatMap((e) => ["-addext", e]),
    ],
    pki,
  );
  // ServiceAccount token signing key (ES256), shared by the API server and the controller manager.
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  await writeFile(path.join(pki, "sa.key"), privateKey.export({ type: "pkcs8", format: "pem" }).toString(), {
    mode: 0o600,
  });
  await writeFile(path.join(pki, "sa.pub"), publicKey.export({ type: "spki", format: "pem" }).toString());
}

const csvField = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** A line of the static token file. */
export function tokenLine(t: ExtraToken): string {
  const fields = [t.token, t.user, t.uid ?? t.user];
  if (t.groups && t.groups.length > 0) fields.push(`"${t.groups.join(",")}"`);
  return fields.map((f, i) => (i === 3 ? f : csvField(f))).join(",");
}

export function kubeconfig(server: string, caPem: string, token: string, user: string): string {
  return stringify({
    apiVersion: "v1",
    kind: "Config",
    clusters: [
      {
        name: "tributary-test",
        cluster: { server, "certificate-authority-data": Buffer.from(caPem).toString("base64") },
      },
    ],
    users: [{ name: user, user: { token } }],
    contexts: [{ name: "tributary-test", context: { cluster: "tributary-test", user } }],
    "current-context": "tributary-test",
  });
}

export const newToken = () => randomBytes(24).toString("hex");

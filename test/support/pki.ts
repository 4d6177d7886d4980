// Certificates for the agent's tests and install recipe, with the openssl CLI: a CA, certificates it signs,
// and a node client certificate obtained the way a real node gets one (a CertificateSigningRequest for
// signer kubernetes.io/kube-apiserver-client-kubelet, approved, signed by the controller manager).
import { readFile, writeFile } from "node:fs/promises";
import { mustExec } from "../../agent/shell/exec.ts";
import type { KubeClient } from "../../kube/client.ts";

export interface KeyPair {
  cert: string;
  key: string;
}

/** A self-signed CA in `<dir>/<name>.crt|.key`. */
export async function makeCA(dir: string, name: string): Promise<KeyPair> {
  const key = `${dir}/${name}.key`;
  const cert = `${dir}/${name}.crt`;
  await mustExec("openssl", ["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", key]);
  await mustExec("openssl", [
    "req",
    "-x509",
    "-new",
    "-key",
    key,
    "-subj",
    `/CN=${name}`,
    "-days",
    "2",
    "-out",
    cert,
  ]);
  return { cert, key };
}

/** A certificate signed by `ca`: client (`O`s as groups) or server (IP/DNS SANs). */
export async function issue(
  dir: string,
  name: string,
  ca: KeyPair,
  subject: { cn: string; o?: string[] },
  usage: { client?: boolean; sans?: string[] },
): Promise<KeyPair> {
  const key = `${dir}/${name}.key`;
  const csr = `${dir}/${name}.csr`;
  const cert = `${dir}/${name}.crt`;
  const ext = `${dir}/${name}.ext`;
  const subj = `${(subject.o ?? []).map((o) => `/O=${o}`).join("")}/CN=${subject.cn}`;
  await mustExec("openssl", ["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", key]);
  await mustExec("openssl", ["req", "-new", "-key", key, "-subj", subj, "-out", csr]);
  const lines = [
    "basicConstraints=CA:FALSE",
    "keyUsage=digitalSignature,keyEncipherment",
    `extendedKeyUsage=${usage.client ? "clientAuth" : "serverAuth"}`,
  ];
  if (usage.sans?.length) lines.push(`subjectAltName=${usage.sans.join(",")}`);
  await writeFile(ext, `${lines.join("\n")}\n`);
  await mustExec("openssl", [
    "x509",
    "-req",
    "-in",
    csr,
    "-CA",
    ca.cert,
    "-CAkey",
    ca.key,
    "-CAcreateserial",
    "-days",
    "2",
    "-extfile",
    ext,
    "-out",
    cert,
  ]);
  return { cert, key };
}

/** The API server's kubelet client certificate (`--kubelet-client-certificate`), as a cluster admin. */
export function kubeletClientCertificate(dir: string, ca: KeyPair): Promise<KeyPair> {
  return issue(
    dir,
    "apiserver-kubelet-client",
    ca,
    { cn: "kube-apiserver-kubelet-client", o: ["system:masters"] },
    { client: true },
  );
}

/**
 * The node's client certificate (CN=system:node:<node>, O=system:nodes) through the CSR API: created and
 * approved with `admin`, signed by kube-controller-manager. Returns a kubeconfig for the node.
 */
export async function nodeKubeconfig(
  admin: KubeClient,
  dir: string,
  nodeName: string,
  server: string,
  caPath: string,
): Promise<string> {
  const key = `${dir}/node.key`;
  const csrPath = `${dir}/node.csr`;
  await mustExec("openssl", ["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", key]);
  await mustExec("openssl", [
    "req",
    "-new",
    "-key",
    key,
    "-subj",
    `/O=system:nodes/CN=system:node:${nodeName}`,
    "-out",
    csrPath,
  ]);
  const csrName = `node-${nodeName}`;
  await admin.request("POST", "/apis/certificates.k8s.io/v1/certificatesigningrequests", {
    body: {
      apiVersion: "certificates.k8s.io/v1",
      kind: "CertificateSigningRequest",
      metadata: { name: csrName },
      spec: {
        request: (await readFile(csrPath)).toString("base64"),
        signerName: "kubernetes.io/kube-apiserver-client-kubelet",
        usages: ["digital signature", "client auth"],
        expirationSeconds: 86_400,
      },
    },
  });
  const path = `/apis/certificates.k8s.io/v1/certificatesigningrequests/${csrName}`;
  // The controller manager may update the new CSR meanwhile (a 409 on a stale resourceVersion): read again.
  for (let attempt = 0; ; attempt++) {
    const got = await admin.request<Record<string, unknown>>("GET", path);
    try {
      await admin.request("PUT", `${path}/approval`, {
        body: {
          ...got,
          status: {
            conditions: [
              {
                type: "Approved",
                status: "True",
                reason: "TributaryTest",
                message: "approved by the agent test",
              },
            ],
          },
        },
      });
      break;
    } catch (e) {
      if ((e as { status?: number }).status !== 409 || attempt >= 10) throw e;
    }
  }
  let certificate: string | undefined;
  for (let i = 0; i < 300 && !certificate; i++) {
    const r = await admin.request<{ status?: { certificate?: string } }>("GET", path);
    certificate = r.status?.certificate;
    if (!certificate) await new Promise((res) => setTimeout(res, 100));
  }
  if (!certificate) throw new Error(`CSR ${csrName} was approved but not signed within 30 s`);
  const kubeconfig = `${dir}/node.kubeconfig`;
  const b64 = (s: string | Buffer) => Buffer.from(s).toString("base64");
  await writeFile(
    kubeconfig,
    [
      "apiVersion: v1",
      "kind: Config",
      "clusters:",
      `- name: test`,
      "  cluster:",
      `    server: ${server}`,
      `    certificate-authority-data: ${b64(await readFile(caPath))}`,
      "users:",
      `- name: node`,
      "  user:",
      `    client-certificate-data: ${certificate}`,
      `    client-key-data: ${b64(await readFile(key))}`,
      "contexts:",
      "- name: node",
      "  context: {cluster: test, user: node}",
      "current-context: node",
      "",
    ].join("\n"),
    { mode: 0o600 },
  );
  return kubeconfig;
}

// A Kafka client's security settings as pod pieces, for every runtime: the secret environment variables
// (secretKeyRef into the user's Secret), the volumes holding the CA and the user's keystore, and where they
// are mounted. Which settings and files there are is lib/pipeline/kafka-client.ts's; this is their shape.

import type { KafkaClient } from "../../model/render-context.ts";
import { CA_DIR, CA_FILE, secretSettings, USER_DIR, userSecretMount } from "../../pipeline/kafka-client.ts";

export interface SecretEnvVar {
  name: string;
  valueFrom: { secretKeyRef: { key: string; name: string } };
}

/** The client's secret settings as environment variables read from the user's Secret, by name. */
export const secretEnv = (c: KafkaClient | undefined): SecretEnvVar[] =>
  c
    ? secretSettings(c).map((s) => ({
        name: s.env,
        valueFrom: { secretKeyRef: { key: s.key, name: s.secret } },
      }))
    : [];

export const CA_VOLUME = "kafka-ca";
export const USER_VOLUME = "kafka-user";

/**
 * A secret-operator volume of a SecretClass in the tls-pem format: its `ca.crt` is the CA the class signs
 * with (stackabletech/secret-operator 26.7.0 docs modules/secret-operator/pages/volume.adoc: the
 * `secrets.stackable.tech/class`, `/format` and `/scope` annotations of an ephemeral volume claim of the
 * storage class `secrets.stackable.tech`).
 */
export function secretClassVolume(name: string, secretClass: string) {
  return {
    name,
    ephemeral: {
      volumeClaimTemplate: {
        metadata: {
          annotations: {
            "secrets.stackable.tech/class": secretClass,
            "secrets.stackable.tech/format": "tls-pem",
            "secrets.stackable.tech/scope": "pod",
          },
        },
        spec: {
          storageClassName: "secrets.stackable.tech",
          accessModes: ["ReadWriteOnce"],
          resources: { requests: { storage: "1" } },
        },
      },
    },
  };
}

/** The volumes of a client: the CA (a Secret's ca.crt, or a SecretClass volume) and the mTLS keystore. */
export function clientVolumes(c: KafkaClient | undefined): Record<string, unknown>[] {
  if (!c) return [];
  const volumes: Record<string, unknown>[] = [];
  if (c.trust && "secret" in c.trust) {
    volumes.push({
      name: CA_VOLUME,
      secret: { secretName: c.trust.secret, items: [{ key: CA_FILE, path: CA_FILE }] },
    });
  } else if (c.trust) {
    volumes.push(secretClassVolume(CA_VOLUME, c.trust.secretClass));
  }
  const user = userSecretMount(c);
  if (user) volumes.push({ name: USER_VOLUME, secret: { secretName: user } });
  return volumes;
}

/** Where those volumes are mounted, read-only. */
export function clientMounts(
  c: KafkaClient | undefined,
): { mountPath: string; name: string; readOnly: true }[] {
  if (!c) return [];
  return [
    ...(c.trust ? [{ mountPath: CA_DIR, name: CA_VOLUME, readOnly: true as const }] : []),
    ...(userSecretMount(c) ? [{ mountPath: USER_DIR, name: USER_VOLUME, readOnly: true as const }] : []),
  ];
}

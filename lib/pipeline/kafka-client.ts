// A streamlet's Kafka client configuration when its listener authenticates clients or speaks TLS: what the
// Kafka's provider says in its endpoints, turned into the Kafka client properties, the environment
// variables and the files every runtime gets (each provider writes them in its own idiom; the secret parts
// only as references to the Secrets the operators write, never as values).
//
// What the operators write, and so what is referenced:
// - Strimzi's User Operator writes the KafkaUser's Secret, named like the user, in the Kafka's namespace:
//   `password` and `sasl.jaas.config` for scram-sha-512; `ca.crt`, `user.crt`, `user.key`, `user.p12`
//   and `user.password` for tls (strimzi/strimzi-kafka-operator 1.2.0
//   user-operator/src/main/java/io/strimzi/operator/user/model/KafkaUserModel.java `generateSecret`).
// - Strimzi's cluster CA certificate is the Secret `<cluster>-cluster-ca-cert` with `ca.crt` (PEM)
//   (api/src/main/java/io/strimzi/api/kafka/model/kafka/KafkaResources.java `clusterCaCertificateSecretName`).
// - Stackable's secret-operator mounts `ca.crt`, `tls.crt`, `tls.key` for a SecretClass volume in the
//   `tls-pem` format (stackabletech/secret-operator 26.7.0 rust/operator-binary/src/format/well_known.rs).
//
// Kafka reads PEM truststores (KIP-651, Kafka 2.7) and PKCS12 keystores: the truststore is the CA file,
// the keystore Strimzi's `user.p12` with its password from `user.password`.
//
// Environment (stable API for the apps, documented in lib/pipeline/README.md): TRIB_KAFKA_<PROPERTY> for
// each property below (`security.protocol` → TRIB_KAFKA_SECURITY_PROTOCOL), TRIB_KAFKA_SASL_USERNAME,
// and the secrets: TRIB_KAFKA_SASL_PASSWORD, TRIB_KAFKA_SASL_JAAS_CONFIG (SCRAM),
// TRIB_KAFKA_SSL_KEYSTORE_PASSWORD (mTLS).
import type { Endpoints, KafkaClient } from "../model/render-context.ts";

/** Where the CA and the user's credentials are mounted, read-only, in every pod of a client. */
export const CLIENT_DIR = "/etc/tributary-kafka";
export const CA_DIR = `${CLIENT_DIR}/ca`;
export const USER_DIR = `${CLIENT_DIR}/user`;
/** The CA file: Strimzi's cluster CA Secret and the secret-operator's tls-pem volume both name it so. */
export const CA_FILE = "ca.crt";
export const KEYSTORE_FILE = "user.p12";

/** The client described by a Kafka provider's endpoints; undefined for a plain, unauthenticated listener. */
export function kafkaClientOf(e: Endpoints): KafkaClient | undefined {
  const protocol = e.securityProtocol;
  if (protocol !== "SSL" && protocol !== "SASL_SSL" && protocol !== "SASL_PLAINTEXT") return undefined;
  const client: KafkaClient = { securityProtocol: protocol };
  if (e.saslMechanism === "SCRAM-SHA-512") client.saslMechanism = "SCRAM-SHA-512";
  if (e.user && e.userSecret) {
    client.user = {
      name: e.user,
      secret: e.userSecret,
      authentication: e.userAuthentication === "tls" ? "tls" : "scram-sha-512",
    };
  }
  if (e.clusterCaSecret) client.trust = { secret: e.clusterCaSecret };
  else if (e.tlsSecretClass) client.trust = { secretClass: e.tlsSecretClass };
  return client;
}

/** The Kafka client properties that are no secret, in key order. */
export function clientProperties(c: KafkaClient): Record<string, string> {
  const p: Record<string, string> = { "security.protocol": c.securityProtocol };
  if (c.saslMechanism) p["sasl.mechanism"] = c.saslMechanism;
  if (c.trust) {
    p["ssl.truststore.location"] = `${CA_DIR}/${CA_FILE}`;
    p["ssl.truststore.type"] = "PEM";
  }
  if (c.user?.authentication === "tls") {
    p["ssl.keystore.location"] = `${USER_DIR}/${KEYSTORE_FILE}`;
    p["ssl.keystore.type"] = "PKCS12";
  }
  return Object.fromEntries(
    Object.keys(p)
      .sort()
      .map((k) => [k, p[k]!]),
  );
}

/** A property's environment variable: `ssl.truststore.location` → TRIB_KAFKA_SSL_TRUSTSTORE_LOCATION. */
export const propertyEnv = (property: string): string =>
  `TRIB_KAFKA_${property.toUpperCase().replace(/[.-]/g, "_")}`;

/** The plain environment: every property, and the SASL user name. */
export function clientEnv(c: KafkaClient): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(clientProperties(c))) env[propertyEnv(k)] = v;
  if (c.user?.authentication === "scram-sha-512") env.TRIB_KAFKA_SASL_USERNAME = c.user.name;
  return env;
}

/** A secret setting: the variable, the Secret and key it comes from, and the property it stands for. */
export interface SecretSetting {
  env: string;
  secret: string;
  key: string;
  property: string;
}

/** The settings read from the user's Secret (secretKeyRef), never written as values. */
export function secretSettings(c: KafkaClient): SecretSetting[] {
  const u = c.user;
  if (!u) return [];
  if (u.authentication === "tls") {
    return [
      {
        env: "TRIB_KAFKA_SSL_KEYSTORE_PASSWORD",
        secret: u.secret,
        key: "user.password",
        property: "ssl.keystore.password",
      },
    ];
  }
  return [
    {
      env: "TRIB_KAFKA_SASL_JAAS_CONFIG",
      secret: u.secret,
      key: "sasl.jaas.config",
      property: "sasl.jaas.config",
    },
    { env: "TRIB_KAFKA_SASL_PASSWORD", secret: u.secret, key: "password", property: "" },
  ];
}

/** The Secret mounted at USER_DIR (mTLS only: SCRAM needs no file). */
export const userSecretMount = (c: KafkaClient): string | undefined =>
  c.user?.authentication === "tls" ? c.user.secret : undefined;

/** The client as the wiring file says it: properties, and which variable holds each secret property. */
export function clientDocument(c: KafkaClient): Record<string, unknown> {
  const fromEnv: Record<string, string> = {};
  for (const s of secretSettings(c)) if (s.property) fromEnv[s.property] = s.env;
  return {
    properties: clientProperties(c),
    propertiesFromEnv: fromEnv,
    ...(c.user?.authentication === "scram-sha-512" ? { saslUsername: c.user.name } : {}),
  };
}

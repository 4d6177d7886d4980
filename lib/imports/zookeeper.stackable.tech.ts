// GENERATED FILE, DO NOT EDIT. Regenerate with `npm run imports` (scripts/imports.ts).
// cdk8s-cli 2.207.60 `cdk8s import`, ZookeeperCluster, ZookeeperZnode at v1alpha1, from:
//   ../shared/crds/stackable-zookeeper-operator/crds.yaml (sha256 bf99cac239d3881924a8d52fd2a642af43ce0b99d126e1bd3fe55048482963af)
import { ApiObject, type ApiObjectMetadata, type GroupVersionKind } from 'cdk8s';
import type { Construct } from 'constructs';


/**
 * A ZooKeeper cluster stacklet. This resource is managed by the Stackable operator for Apache ZooKeeper.
 *
 * @schema ZookeeperCluster
 */
export class ZookeeperCluster extends ApiObject {
  /**
   * Returns the apiVersion and kind for "ZookeeperCluster"
   */
  public static readonly GVK: GroupVersionKind = {
    apiVersion: 'zookeeper.stackable.tech/v1alpha1',
    kind: 'ZookeeperCluster',
  }

  /**
   * Renders a Kubernetes manifest for "ZookeeperCluster".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  public static manifest(props: ZookeeperClusterProps): any {
    return {
      ...ZookeeperCluster.GVK,
      ...toJson_ZookeeperClusterProps(props),
    };
  }

  /**
   * Defines a "ZookeeperCluster" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  public constructor(scope: Construct, id: string, props: ZookeeperClusterProps) {
    super(scope, id, {
      ...ZookeeperCluster.GVK,
      ...props,
    });
  }

  /**
   * Renders the object to Kubernetes JSON.
   */
  public override toJson(): any {
    const resolved = super.toJson();

    return {
      ...ZookeeperCluster.GVK,
      ...toJson_ZookeeperClusterProps(resolved),
    };
  }
}

/**
 * A ZooKeeper cluster stacklet. This resource is managed by the Stackable operator for Apache ZooKeeper.
 *
 * @schema ZookeeperCluster
 */
export interface ZookeeperClusterProps {
  /**
   * @schema ZookeeperCluster#metadata
   */
  readonly metadata?: ApiObjectMetadata;

  /**
   * A ZooKeeper cluster stacklet. This resource is managed by the Stackable operator for Apache ZooKeeper.
   * Find more information on how to use it and the resources that the operator generates in the
   * [operator documentation](https://docs.stackable.tech/home/26.7/zookeeper/).
   *
   * @schema ZookeeperCluster#spec
   */
  readonly spec: ZookeeperClusterSpec;
}

/**
 * Converts an object of type 'ZookeeperClusterProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterProps(obj: ZookeeperClusterProps | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'metadata': obj.metadata,
    'spec': toJson_ZookeeperClusterSpec(obj.spec),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A ZooKeeper cluster stacklet. This resource is managed by the Stackable operator for Apache ZooKeeper.
 * Find more information on how to use it and the resources that the operator generates in the
 * [operator documentation](https://docs.stackable.tech/home/26.7/zookeeper/).
 *
 * @schema ZookeeperClusterSpec
 */
export interface ZookeeperClusterSpec {
  /**
   * Settings that affect all roles and role groups.
   * The settings in the `clusterConfig` are cluster wide settings that do not need to be configurable at role or role group level.
   *
   * @schema ZookeeperClusterSpec#clusterConfig
   */
  readonly clusterConfig?: ZookeeperClusterSpecClusterConfig;

  /**
   * [Cluster operations](https://docs.stackable.tech/home/26.7/concepts/operations/cluster_operations)
   * properties, allow stopping the product instance as well as pausing reconciliation.
   *
   * @schema ZookeeperClusterSpec#clusterOperation
   */
  readonly clusterOperation?: ZookeeperClusterSpecClusterOperation;

  /**
   * Specify which image to use, the easiest way is to only configure the `productVersion`.
   * You can also configure a custom image registry to pull from, as well as completely custom
   * images.
   *
   * Consult the [Product image selection documentation](https://docs.stackable.tech/home/26.7/concepts/product_image_selection)
   * for details.
   *
   * @schema ZookeeperClusterSpec#image
   */
  readonly image: ZookeeperClusterSpecImage;

  /**
   * A list of generic Kubernetes objects, which are merged into the objects that the operator
   * creates.
   *
   * List entries are arbitrary YAML objects, which need to be valid Kubernetes objects.
   *
   * Read the [Object overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#object-overrides)
   * for more information.
   *
   * @schema ZookeeperClusterSpec#objectOverrides
   */
  readonly objectOverrides?: any[];

  /**
   * This struct represents a role - e.g. HDFS datanodes or Trino workers. It has a key-value-map containing
   * all the roleGroups that are part of this role. Additionally, there is a `config`, which is configurable
   * at the role *and* roleGroup level. Everything at roleGroup level is merged on top of what is configured
   * on role level. There is also a second form of config, which can only be configured
   * at role level, the `roleConfig`.
   * You can learn more about this in the
   * [Roles and role group concept documentation](https://docs.stackable.tech/home/26.7/concepts/roles-and-role-groups).
   *
   * @schema ZookeeperClusterSpec#servers
   */
  readonly servers?: ZookeeperClusterSpecServers;
}

/**
 * Converts an object of type 'ZookeeperClusterSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpec(obj: ZookeeperClusterSpec | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'clusterConfig': toJson_ZookeeperClusterSpecClusterConfig(obj.clusterConfig),
    'clusterOperation': toJson_ZookeeperClusterSpecClusterOperation(obj.clusterOperation),
    'image': toJson_ZookeeperClusterSpecImage(obj.image),
    'objectOverrides': obj.objectOverrides?.map(y => y),
    'servers': toJson_ZookeeperClusterSpecServers(obj.servers),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Settings that affect all roles and role groups.
 * The settings in the `clusterConfig` are cluster wide settings that do not need to be configurable at role or role group level.
 *
 * @schema ZookeeperClusterSpecClusterConfig
 */
export interface ZookeeperClusterSpecClusterConfig {
  /**
   * Authentication settings for ZooKeeper like mTLS authentication.
   * Read more in the [authentication usage guide](https://docs.stackable.tech/home/26.7/zookeeper/usage_guide/authentication).
   *
   * @schema ZookeeperClusterSpecClusterConfig#authentication
   */
  readonly authentication?: ZookeeperClusterSpecClusterConfigAuthentication[];

  /**
   * TLS encryption settings for ZooKeeper (server, quorum).
   * Read more in the [encryption usage guide](https://docs.stackable.tech/home/26.7/zookeeper/usage_guide/encryption).
   *
   * @schema ZookeeperClusterSpecClusterConfig#tls
   */
  readonly tls?: ZookeeperClusterSpecClusterConfigTls;

  /**
   * Name of the Vector aggregator [discovery ConfigMap](https://docs.stackable.tech/home/26.7/concepts/service_discovery).
   * It must contain the key `ADDRESS` with the address of the Vector aggregator.
   * Follow the [logging tutorial](https://docs.stackable.tech/home/26.7/tutorials/logging-vector-aggregator)
   * to learn how to configure log aggregation with Vector.
   *
   * @schema ZookeeperClusterSpecClusterConfig#vectorAggregatorConfigMapName
   */
  readonly vectorAggregatorConfigMapName?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecClusterConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecClusterConfig(obj: ZookeeperClusterSpecClusterConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'authentication': obj.authentication?.map(y => toJson_ZookeeperClusterSpecClusterConfigAuthentication(y)),
    'tls': toJson_ZookeeperClusterSpecClusterConfigTls(obj.tls),
    'vectorAggregatorConfigMapName': obj.vectorAggregatorConfigMapName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * [Cluster operations](https://docs.stackable.tech/home/26.7/concepts/operations/cluster_operations)
 * properties, allow stopping the product instance as well as pausing reconciliation.
 *
 * @schema ZookeeperClusterSpecClusterOperation
 */
export interface ZookeeperClusterSpecClusterOperation {
  /**
   * Flag to stop cluster reconciliation by the operator. This means that all changes in the
   * custom resource spec are ignored until this flag is set to false or removed. The operator
   * will however still watch the deployed resources at the time and update the custom resource
   * status field.
   * If applied at the same time with `stopped`, `reconciliationPaused` will take precedence over
   * `stopped` and stop the reconciliation immediately.
   *
   * @schema ZookeeperClusterSpecClusterOperation#reconciliationPaused
   */
  readonly reconciliationPaused?: boolean;

  /**
   * Flag to stop the cluster. This means all deployed resources (e.g. Services, StatefulSets,
   * ConfigMaps) are kept but all deployed Pods (e.g. replicas from a StatefulSet) are scaled to 0
   * and therefore stopped and removed.
   * If applied at the same time with `reconciliationPaused`, the latter will pause reconciliation
   * and `stopped` will take no effect until `reconciliationPaused` is set to false or removed.
   *
   * @schema ZookeeperClusterSpecClusterOperation#stopped
   */
  readonly stopped?: boolean;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecClusterOperation' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecClusterOperation(obj: ZookeeperClusterSpecClusterOperation | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'reconciliationPaused': obj.reconciliationPaused,
    'stopped': obj.stopped,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Specify which image to use, the easiest way is to only configure the `productVersion`.
 * You can also configure a custom image registry to pull from, as well as completely custom
 * images.
 *
 * Consult the [Product image selection documentation](https://docs.stackable.tech/home/26.7/concepts/product_image_selection)
 * for details.
 *
 * @schema ZookeeperClusterSpecImage
 */
export interface ZookeeperClusterSpecImage {
  /**
   * Provide a custom container image.
   *
   * Specify the full container image name, e.g. `oci.example.tech/namespace/superset:1.4.1-my-tag`
   *
   * @schema ZookeeperClusterSpecImage#custom
   */
  readonly custom?: string;

  /**
   * Version of the product, e.g. `1.4.1`.
   *
   * @schema ZookeeperClusterSpecImage#productVersion
   */
  readonly productVersion?: string;

  /**
   * [Pull policy](https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy) used when pulling the image.
   *
   * @schema ZookeeperClusterSpecImage#pullPolicy
   */
  readonly pullPolicy?: ZookeeperClusterSpecImagePullPolicy;

  /**
   * [Image pull secrets](https://kubernetes.io/docs/concepts/containers/images/#specifying-imagepullsecrets-on-a-pod) to pull images from a private registry.
   *
   * @schema ZookeeperClusterSpecImage#pullSecrets
   */
  readonly pullSecrets?: ZookeeperClusterSpecImagePullSecrets[];

  /**
   * The repository on the container image registry where the container image is located, e.g.
   * `oci.example.com/namespace`.
   *
   * If not specified, the operator will use the image registry provided via the operator
   * environment options.
   *
   * @schema ZookeeperClusterSpecImage#repo
   */
  readonly repo?: string;

  /**
   * Stackable version of the product, e.g. `23.4`, `23.4.1` or `0.0.0-dev`.
   *
   * If not specified, the operator will use its own version, e.g. `23.4.1`. When using a nightly
   * operator or a PR version, it will use the nightly `0.0.0-dev` image.
   *
   * @schema ZookeeperClusterSpecImage#stackableVersion
   */
  readonly stackableVersion?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecImage' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecImage(obj: ZookeeperClusterSpecImage | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'custom': obj.custom,
    'productVersion': obj.productVersion,
    'pullPolicy': obj.pullPolicy,
    'pullSecrets': obj.pullSecrets?.map(y => toJson_ZookeeperClusterSpecImagePullSecrets(y)),
    'repo': obj.repo,
    'stackableVersion': obj.stackableVersion,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * This struct represents a role - e.g. HDFS datanodes or Trino workers. It has a key-value-map containing
 * all the roleGroups that are part of this role. Additionally, there is a `config`, which is configurable
 * at the role *and* roleGroup level. Everything at roleGroup level is merged on top of what is configured
 * on role level. There is also a second form of config, which can only be configured
 * at role level, the `roleConfig`.
 * You can learn more about this in the
 * [Roles and role group concept documentation](https://docs.stackable.tech/home/26.7/concepts/roles-and-role-groups).
 *
 * @schema ZookeeperClusterSpecServers
 */
export interface ZookeeperClusterSpecServers {
  /**
   * @schema ZookeeperClusterSpecServers#cliOverrides
   */
  readonly cliOverrides?: { [key: string]: string };

  /**
   * @schema ZookeeperClusterSpecServers#config
   */
  readonly config?: ZookeeperClusterSpecServersConfig;

  /**
   * The `configOverrides` can be used to configure properties in product config files
   * that are not exposed in the CRD. Read the
   * [config overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#config-overrides)
   * and consult the operator specific usage guide documentation for details on the
   * available config files and settings for the specific product.
   *
   * @schema ZookeeperClusterSpecServers#configOverrides
   */
  readonly configOverrides?: ZookeeperClusterSpecServersConfigOverrides;

  /**
   * `envOverrides` configure environment variables to be set in the Pods.
   * It is a map from strings to strings - environment variables and the value to set.
   * Read the
   * [environment variable overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#env-overrides)
   * for more information and consult the operator specific usage guide to find out about
   * the product specific environment variables that are available.
   *
   * @schema ZookeeperClusterSpecServers#envOverrides
   */
  readonly envOverrides?: { [key: string]: string };

  /**
   * Allows overriding JVM arguments.
   * Please read on the [JVM argument overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#jvm-argument-overrides)
   * for details on the usage.
   *
   * @schema ZookeeperClusterSpecServers#jvmArgumentOverrides
   */
  readonly jvmArgumentOverrides?: ZookeeperClusterSpecServersJvmArgumentOverrides;

  /**
   * In the `podOverrides` property you can define a
   * [PodTemplateSpec](https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.34/#podtemplatespec-v1-core)
   * to override any property that can be set on a Kubernetes Pod.
   * Read the
   * [Pod overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#pod-overrides)
   * for more information.
   *
   * @schema ZookeeperClusterSpecServers#podOverrides
   */
  readonly podOverrides?: any;

  /**
   * This is a product-agnostic RoleConfig, which is sufficient for most of the products.
   *
   * @schema ZookeeperClusterSpecServers#roleConfig
   */
  readonly roleConfig?: ZookeeperClusterSpecServersRoleConfig;

  /**
   * The set of role groups for this role, keyed by their name.
   *
   * A role group is a subset of the replicas of a role that share the same configuration,
   * allowing finer-grained control than the role level. This is useful to e.g. schedule groups
   * onto different classes of nodes or into different regions, or to run them with different
   * settings. Configuration set on a role group is merged on top of the role-level `config`,
   * with the more specific role group values taking precedence.
   *
   * Every role needs at least one role group. A role with a single role group conventionally
   * names it `default`.
   *
   * Read the
   * [roles and role groups concept documentation](https://docs.stackable.tech/home/26.7/concepts/roles-and-role-groups)
   * for more details.
   *
   * @schema ZookeeperClusterSpecServers#roleGroups
   */
  readonly roleGroups: { [key: string]: ZookeeperClusterSpecServersRoleGroups };
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServers(obj: ZookeeperClusterSpecServers | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cliOverrides': ((obj.cliOverrides) === undefined) ? undefined : (Object.entries(obj.cliOverrides).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'config': toJson_ZookeeperClusterSpecServersConfig(obj.config),
    'configOverrides': toJson_ZookeeperClusterSpecServersConfigOverrides(obj.configOverrides),
    'envOverrides': ((obj.envOverrides) === undefined) ? undefined : (Object.entries(obj.envOverrides).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'jvmArgumentOverrides': toJson_ZookeeperClusterSpecServersJvmArgumentOverrides(obj.jvmArgumentOverrides),
    'podOverrides': obj.podOverrides,
    'roleConfig': toJson_ZookeeperClusterSpecServersRoleConfig(obj.roleConfig),
    'roleGroups': ((obj.roleGroups) === undefined) ? undefined : (Object.entries(obj.roleGroups).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_ZookeeperClusterSpecServersRoleGroups(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema ZookeeperClusterSpecClusterConfigAuthentication
 */
export interface ZookeeperClusterSpecClusterConfigAuthentication {
  /**
   * The [AuthenticationClass](https://docs.stackable.tech/home/stable/concepts/authentication) to use.
   *
   * ## mTLS
   *
   * Only affects client connections. This setting controls:
   * - If clients need to authenticate themselves against the server via TLS
   * - Which ca.crt to use when validating the provided client certs
   *
   * This will override the server TLS settings (if set) in `spec.clusterConfig.tls.serverSecretClass`.
   *
   * @schema ZookeeperClusterSpecClusterConfigAuthentication#authenticationClass
   */
  readonly authenticationClass: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecClusterConfigAuthentication' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecClusterConfigAuthentication(obj: ZookeeperClusterSpecClusterConfigAuthentication | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'authenticationClass': obj.authenticationClass,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TLS encryption settings for ZooKeeper (server, quorum).
 * Read more in the [encryption usage guide](https://docs.stackable.tech/home/26.7/zookeeper/usage_guide/encryption).
 *
 * @schema ZookeeperClusterSpecClusterConfigTls
 */
export interface ZookeeperClusterSpecClusterConfigTls {
  /**
   * The [SecretClass](https://docs.stackable.tech/home/26.7/secret-operator/secretclass) to use for
   * internal quorum communication. Use mutual verification between Zookeeper Nodes
   * (mandatory). This setting controls:
   * - Which cert the servers should use to authenticate themselves against other servers
   * - Which ca.crt to use when validating the other server
   *
   * Defaults to `tls`
   *
   * @default tls`
   * @schema ZookeeperClusterSpecClusterConfigTls#quorumSecretClass
   */
  readonly quorumSecretClass?: string;

  /**
   * The [SecretClass](https://docs.stackable.tech/home/26.7/secret-operator/secretclass) to use for
   * client connections. This setting controls:
   * - If TLS encryption is used at all
   * - Which cert the servers should use to authenticate themselves against the client
   *
   * Defaults to `tls`.
   *
   * @default tls`.
   * @schema ZookeeperClusterSpecClusterConfigTls#serverSecretClass
   */
  readonly serverSecretClass?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecClusterConfigTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecClusterConfigTls(obj: ZookeeperClusterSpecClusterConfigTls | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'quorumSecretClass': obj.quorumSecretClass,
    'serverSecretClass': obj.serverSecretClass,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * [Pull policy](https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy) used when pulling the image.
 *
 * @schema ZookeeperClusterSpecImagePullPolicy
 */
export enum ZookeeperClusterSpecImagePullPolicy {
  /** IfNotPresent */
  IF_NOT_PRESENT = "IfNotPresent",
  /** Always */
  ALWAYS = "Always",
  /** Never */
  NEVER = "Never",
}

/**
 * LocalObjectReference contains enough information to let you locate the referenced object inside the same namespace.
 *
 * @schema ZookeeperClusterSpecImagePullSecrets
 */
export interface ZookeeperClusterSpecImagePullSecrets {
  /**
   * Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema ZookeeperClusterSpecImagePullSecrets#name
   */
  readonly name: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecImagePullSecrets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecImagePullSecrets(obj: ZookeeperClusterSpecImagePullSecrets | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema ZookeeperClusterSpecServersConfig
 */
export interface ZookeeperClusterSpecServersConfig {
  /**
   * These configuration settings control
   * [Pod placement](https://docs.stackable.tech/home/26.7/concepts/operations/pod_placement).
   *
   * @schema ZookeeperClusterSpecServersConfig#affinity
   */
  readonly affinity?: ZookeeperClusterSpecServersConfigAffinity;

  /**
   * Time period Pods have to gracefully shut down, e.g. `30m`, `1h` or `2d`. Consult the operator documentation for details.
   *
   * @schema ZookeeperClusterSpecServersConfig#gracefulShutdownTimeout
   */
  readonly gracefulShutdownTimeout?: string;

  /**
   * @schema ZookeeperClusterSpecServersConfig#initLimit
   */
  readonly initLimit?: number;

  /**
   * Logging configuration, learn more in the [logging concept documentation](https://docs.stackable.tech/home/26.7/concepts/logging).
   *
   * @schema ZookeeperClusterSpecServersConfig#logging
   */
  readonly logging?: ZookeeperClusterSpecServersConfigLogging;

  /**
   * @schema ZookeeperClusterSpecServersConfig#myidOffset
   */
  readonly myidOffset?: number;

  /**
   * Request secret (currently only autoTls certificates) lifetime from the secret operator, e.g. `7d`, or `30d`.
   * This can be shortened by the `maxCertificateLifetime` setting on the SecretClass issuing the TLS certificate.
   *
   * @schema ZookeeperClusterSpecServersConfig#requestedSecretLifetime
   */
  readonly requestedSecretLifetime?: string;

  /**
   * Resource usage is configured here, this includes CPU usage, memory usage and disk storage
   * usage, if this role needs any.
   *
   * @schema ZookeeperClusterSpecServersConfig#resources
   */
  readonly resources?: ZookeeperClusterSpecServersConfigResources;

  /**
   * @schema ZookeeperClusterSpecServersConfig#syncLimit
   */
  readonly syncLimit?: number;

  /**
   * @schema ZookeeperClusterSpecServersConfig#tickTime
   */
  readonly tickTime?: number;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfig(obj: ZookeeperClusterSpecServersConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'affinity': toJson_ZookeeperClusterSpecServersConfigAffinity(obj.affinity),
    'gracefulShutdownTimeout': obj.gracefulShutdownTimeout,
    'initLimit': obj.initLimit,
    'logging': toJson_ZookeeperClusterSpecServersConfigLogging(obj.logging),
    'myidOffset': obj.myidOffset,
    'requestedSecretLifetime': obj.requestedSecretLifetime,
    'resources': toJson_ZookeeperClusterSpecServersConfigResources(obj.resources),
    'syncLimit': obj.syncLimit,
    'tickTime': obj.tickTime,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The `configOverrides` can be used to configure properties in product config files
 * that are not exposed in the CRD. Read the
 * [config overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#config-overrides)
 * and consult the operator specific usage guide documentation for details on the
 * available config files and settings for the specific product.
 *
 * @schema ZookeeperClusterSpecServersConfigOverrides
 */
export interface ZookeeperClusterSpecServersConfigOverrides {
  /**
   * Flat key-value overrides for `*.properties`, Hadoop XML, etc.
   *
   * @schema ZookeeperClusterSpecServersConfigOverrides#security.properties
   */
  readonly securityProperties?: { [key: string]: string };

  /**
   * Flat key-value overrides for `*.properties`, Hadoop XML, etc.
   *
   * @schema ZookeeperClusterSpecServersConfigOverrides#zoo.cfg
   */
  readonly zooCfg?: { [key: string]: string };
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigOverrides(obj: ZookeeperClusterSpecServersConfigOverrides | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'security.properties': ((obj.securityProperties) === undefined) ? undefined : (Object.entries(obj.securityProperties).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'zoo.cfg': ((obj.zooCfg) === undefined) ? undefined : (Object.entries(obj.zooCfg).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Allows overriding JVM arguments.
 * Please read on the [JVM argument overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#jvm-argument-overrides)
 * for details on the usage.
 *
 * @schema ZookeeperClusterSpecServersJvmArgumentOverrides
 */
export interface ZookeeperClusterSpecServersJvmArgumentOverrides {
  /**
   * JVM arguments to be added
   *
   * @schema ZookeeperClusterSpecServersJvmArgumentOverrides#add
   */
  readonly add?: string[];

  /**
   * JVM arguments to be removed by exact match
   *
   * @schema ZookeeperClusterSpecServersJvmArgumentOverrides#remove
   */
  readonly remove?: string[];

  /**
   * JVM arguments matching any of this regexes will be removed
   *
   * @schema ZookeeperClusterSpecServersJvmArgumentOverrides#removeRegex
   */
  readonly removeRegex?: string[];
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersJvmArgumentOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersJvmArgumentOverrides(obj: ZookeeperClusterSpecServersJvmArgumentOverrides | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'add': obj.add?.map(y => y),
    'remove': obj.remove?.map(y => y),
    'removeRegex': obj.removeRegex?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * This is a product-agnostic RoleConfig, which is sufficient for most of the products.
 *
 * @schema ZookeeperClusterSpecServersRoleConfig
 */
export interface ZookeeperClusterSpecServersRoleConfig {
  /**
   * This field controls which [ListenerClass](https://docs.stackable.tech/home/26.7/listener-operator/listenerclass.html) is used to expose the ZooKeeper servers.
   *
   * @schema ZookeeperClusterSpecServersRoleConfig#listenerClass
   */
  readonly listenerClass?: string;

  /**
   * This struct is used to configure:
   *
   * 1. If PodDisruptionBudgets are created by the operator
   * 2. The allowed number of Pods to be unavailable (`maxUnavailable`)
   *
   * Learn more in the
   * [allowed Pod disruptions documentation](https://docs.stackable.tech/home/26.7/concepts/operations/pod_disruptions).
   *
   * @schema ZookeeperClusterSpecServersRoleConfig#podDisruptionBudget
   */
  readonly podDisruptionBudget?: ZookeeperClusterSpecServersRoleConfigPodDisruptionBudget;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleConfig(obj: ZookeeperClusterSpecServersRoleConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'listenerClass': obj.listenerClass,
    'podDisruptionBudget': toJson_ZookeeperClusterSpecServersRoleConfigPodDisruptionBudget(obj.podDisruptionBudget),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema ZookeeperClusterSpecServersRoleGroups
 */
export interface ZookeeperClusterSpecServersRoleGroups {
  /**
   * @schema ZookeeperClusterSpecServersRoleGroups#cliOverrides
   */
  readonly cliOverrides?: { [key: string]: string };

  /**
   * @schema ZookeeperClusterSpecServersRoleGroups#config
   */
  readonly config?: ZookeeperClusterSpecServersRoleGroupsConfig;

  /**
   * The `configOverrides` can be used to configure properties in product config files
   * that are not exposed in the CRD. Read the
   * [config overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#config-overrides)
   * and consult the operator specific usage guide documentation for details on the
   * available config files and settings for the specific product.
   *
   * @schema ZookeeperClusterSpecServersRoleGroups#configOverrides
   */
  readonly configOverrides?: ZookeeperClusterSpecServersRoleGroupsConfigOverrides;

  /**
   * `envOverrides` configure environment variables to be set in the Pods.
   * It is a map from strings to strings - environment variables and the value to set.
   * Read the
   * [environment variable overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#env-overrides)
   * for more information and consult the operator specific usage guide to find out about
   * the product specific environment variables that are available.
   *
   * @schema ZookeeperClusterSpecServersRoleGroups#envOverrides
   */
  readonly envOverrides?: { [key: string]: string };

  /**
   * Allows overriding JVM arguments.
   * Please read on the [JVM argument overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#jvm-argument-overrides)
   * for details on the usage.
   *
   * @schema ZookeeperClusterSpecServersRoleGroups#jvmArgumentOverrides
   */
  readonly jvmArgumentOverrides?: ZookeeperClusterSpecServersRoleGroupsJvmArgumentOverrides;

  /**
   * In the `podOverrides` property you can define a
   * [PodTemplateSpec](https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.34/#podtemplatespec-v1-core)
   * to override any property that can be set on a Kubernetes Pod.
   * Read the
   * [Pod overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#pod-overrides)
   * for more information.
   *
   * @schema ZookeeperClusterSpecServersRoleGroups#podOverrides
   */
  readonly podOverrides?: any;

  /**
   * @schema ZookeeperClusterSpecServersRoleGroups#replicas
   */
  readonly replicas?: number;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroups' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroups(obj: ZookeeperClusterSpecServersRoleGroups | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cliOverrides': ((obj.cliOverrides) === undefined) ? undefined : (Object.entries(obj.cliOverrides).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'config': toJson_ZookeeperClusterSpecServersRoleGroupsConfig(obj.config),
    'configOverrides': toJson_ZookeeperClusterSpecServersRoleGroupsConfigOverrides(obj.configOverrides),
    'envOverrides': ((obj.envOverrides) === undefined) ? undefined : (Object.entries(obj.envOverrides).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'jvmArgumentOverrides': toJson_ZookeeperClusterSpecServersRoleGroupsJvmArgumentOverrides(obj.jvmArgumentOverrides),
    'podOverrides': obj.podOverrides,
    'replicas': obj.replicas,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * These configuration settings control
 * [Pod placement](https://docs.stackable.tech/home/26.7/concepts/operations/pod_placement).
 *
 * @schema ZookeeperClusterSpecServersConfigAffinity
 */
export interface ZookeeperClusterSpecServersConfigAffinity {
  /**
   * Same as the `spec.affinity.nodeAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema ZookeeperClusterSpecServersConfigAffinity#nodeAffinity
   */
  readonly nodeAffinity?: any;

  /**
   * Simple key-value pairs forming a nodeSelector, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema ZookeeperClusterSpecServersConfigAffinity#nodeSelector
   */
  readonly nodeSelector?: { [key: string]: string };

  /**
   * Same as the `spec.affinity.podAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema ZookeeperClusterSpecServersConfigAffinity#podAffinity
   */
  readonly podAffinity?: any;

  /**
   * Same as the `spec.affinity.podAntiAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema ZookeeperClusterSpecServersConfigAffinity#podAntiAffinity
   */
  readonly podAntiAffinity?: any;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigAffinity(obj: ZookeeperClusterSpecServersConfigAffinity | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'nodeAffinity': obj.nodeAffinity,
    'nodeSelector': ((obj.nodeSelector) === undefined) ? undefined : (Object.entries(obj.nodeSelector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'podAffinity': obj.podAffinity,
    'podAntiAffinity': obj.podAntiAffinity,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Logging configuration, learn more in the [logging concept documentation](https://docs.stackable.tech/home/26.7/concepts/logging).
 *
 * @schema ZookeeperClusterSpecServersConfigLogging
 */
export interface ZookeeperClusterSpecServersConfigLogging {
  /**
   * Log configuration per container.
   *
   * @schema ZookeeperClusterSpecServersConfigLogging#containers
   */
  readonly containers?: ZookeeperClusterSpecServersConfigLoggingContainers;

  /**
   * Whether or not to deploy a container with the Vector log agent.
   *
   * @schema ZookeeperClusterSpecServersConfigLogging#enableVectorAgent
   */
  readonly enableVectorAgent?: boolean;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigLogging' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigLogging(obj: ZookeeperClusterSpecServersConfigLogging | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'containers': toJson_ZookeeperClusterSpecServersConfigLoggingContainers(obj.containers),
    'enableVectorAgent': obj.enableVectorAgent,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Resource usage is configured here, this includes CPU usage, memory usage and disk storage
 * usage, if this role needs any.
 *
 * @schema ZookeeperClusterSpecServersConfigResources
 */
export interface ZookeeperClusterSpecServersConfigResources {
  /**
   * @schema ZookeeperClusterSpecServersConfigResources#cpu
   */
  readonly cpu?: ZookeeperClusterSpecServersConfigResourcesCpu;

  /**
   * @schema ZookeeperClusterSpecServersConfigResources#memory
   */
  readonly memory?: ZookeeperClusterSpecServersConfigResourcesMemory;

  /**
   * @schema ZookeeperClusterSpecServersConfigResources#storage
   */
  readonly storage?: ZookeeperClusterSpecServersConfigResourcesStorage;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigResources(obj: ZookeeperClusterSpecServersConfigResources | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cpu': toJson_ZookeeperClusterSpecServersConfigResourcesCpu(obj.cpu),
    'memory': toJson_ZookeeperClusterSpecServersConfigResourcesMemory(obj.memory),
    'storage': toJson_ZookeeperClusterSpecServersConfigResourcesStorage(obj.storage),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * This struct is used to configure:
 *
 * 1. If PodDisruptionBudgets are created by the operator
 * 2. The allowed number of Pods to be unavailable (`maxUnavailable`)
 *
 * Learn more in the
 * [allowed Pod disruptions documentation](https://docs.stackable.tech/home/26.7/concepts/operations/pod_disruptions).
 *
 * @schema ZookeeperClusterSpecServersRoleConfigPodDisruptionBudget
 */
export interface ZookeeperClusterSpecServersRoleConfigPodDisruptionBudget {
  /**
   * Whether a PodDisruptionBudget should be written out for this role.
   * Disabling this enables you to specify your own - custom - one.
   * Defaults to true.
   *
   * @default true.
   * @schema ZookeeperClusterSpecServersRoleConfigPodDisruptionBudget#enabled
   */
  readonly enabled?: boolean;

  /**
   * The number of Pods that are allowed to be down because of voluntary disruptions.
   * If you don't explicitly set this, the operator will use a sane default based
   * upon knowledge about the individual product.
   *
   * @schema ZookeeperClusterSpecServersRoleConfigPodDisruptionBudget#maxUnavailable
   */
  readonly maxUnavailable?: number;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleConfigPodDisruptionBudget' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleConfigPodDisruptionBudget(obj: ZookeeperClusterSpecServersRoleConfigPodDisruptionBudget | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'enabled': obj.enabled,
    'maxUnavailable': obj.maxUnavailable,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema ZookeeperClusterSpecServersRoleGroupsConfig
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfig {
  /**
   * These configuration settings control
   * [Pod placement](https://docs.stackable.tech/home/26.7/concepts/operations/pod_placement).
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfig#affinity
   */
  readonly affinity?: ZookeeperClusterSpecServersRoleGroupsConfigAffinity;

  /**
   * Time period Pods have to gracefully shut down, e.g. `30m`, `1h` or `2d`. Consult the operator documentation for details.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfig#gracefulShutdownTimeout
   */
  readonly gracefulShutdownTimeout?: string;

  /**
   * @schema ZookeeperClusterSpecServersRoleGroupsConfig#initLimit
   */
  readonly initLimit?: number;

  /**
   * Logging configuration, learn more in the [logging concept documentation](https://docs.stackable.tech/home/26.7/concepts/logging).
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfig#logging
   */
  readonly logging?: ZookeeperClusterSpecServersRoleGroupsConfigLogging;

  /**
   * @schema ZookeeperClusterSpecServersRoleGroupsConfig#myidOffset
   */
  readonly myidOffset?: number;

  /**
   * Request secret (currently only autoTls certificates) lifetime from the secret operator, e.g. `7d`, or `30d`.
   * This can be shortened by the `maxCertificateLifetime` setting on the SecretClass issuing the TLS certificate.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfig#requestedSecretLifetime
   */
  readonly requestedSecretLifetime?: string;

  /**
   * Resource usage is configured here, this includes CPU usage, memory usage and disk storage
   * usage, if this role needs any.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfig#resources
   */
  readonly resources?: ZookeeperClusterSpecServersRoleGroupsConfigResources;

  /**
   * @schema ZookeeperClusterSpecServersRoleGroupsConfig#syncLimit
   */
  readonly syncLimit?: number;

  /**
   * @schema ZookeeperClusterSpecServersRoleGroupsConfig#tickTime
   */
  readonly tickTime?: number;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfig(obj: ZookeeperClusterSpecServersRoleGroupsConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'affinity': toJson_ZookeeperClusterSpecServersRoleGroupsConfigAffinity(obj.affinity),
    'gracefulShutdownTimeout': obj.gracefulShutdownTimeout,
    'initLimit': obj.initLimit,
    'logging': toJson_ZookeeperClusterSpecServersRoleGroupsConfigLogging(obj.logging),
    'myidOffset': obj.myidOffset,
    'requestedSecretLifetime': obj.requestedSecretLifetime,
    'resources': toJson_ZookeeperClusterSpecServersRoleGroupsConfigResources(obj.resources),
    'syncLimit': obj.syncLimit,
    'tickTime': obj.tickTime,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The `configOverrides` can be used to configure properties in product config files
 * that are not exposed in the CRD. Read the
 * [config overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#config-overrides)
 * and consult the operator specific usage guide documentation for details on the
 * available config files and settings for the specific product.
 *
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigOverrides
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigOverrides {
  /**
   * Flat key-value overrides for `*.properties`, Hadoop XML, etc.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigOverrides#security.properties
   */
  readonly securityProperties?: { [key: string]: string };

  /**
   * Flat key-value overrides for `*.properties`, Hadoop XML, etc.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigOverrides#zoo.cfg
   */
  readonly zooCfg?: { [key: string]: string };
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigOverrides(obj: ZookeeperClusterSpecServersRoleGroupsConfigOverrides | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'security.properties': ((obj.securityProperties) === undefined) ? undefined : (Object.entries(obj.securityProperties).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'zoo.cfg': ((obj.zooCfg) === undefined) ? undefined : (Object.entries(obj.zooCfg).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Allows overriding JVM arguments.
 * Please read on the [JVM argument overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#jvm-argument-overrides)
 * for details on the usage.
 *
 * @schema ZookeeperClusterSpecServersRoleGroupsJvmArgumentOverrides
 */
export interface ZookeeperClusterSpecServersRoleGroupsJvmArgumentOverrides {
  /**
   * JVM arguments to be added
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsJvmArgumentOverrides#add
   */
  readonly add?: string[];

  /**
   * JVM arguments to be removed by exact match
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsJvmArgumentOverrides#remove
   */
  readonly remove?: string[];

  /**
   * JVM arguments matching any of this regexes will be removed
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsJvmArgumentOverrides#removeRegex
   */
  readonly removeRegex?: string[];
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsJvmArgumentOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsJvmArgumentOverrides(obj: ZookeeperClusterSpecServersRoleGroupsJvmArgumentOverrides | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'add': obj.add?.map(y => y),
    'remove': obj.remove?.map(y => y),
    'removeRegex': obj.removeRegex?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration per container.
 *
 * @schema ZookeeperClusterSpecServersConfigLoggingContainers
 */
export interface ZookeeperClusterSpecServersConfigLoggingContainers {
  /**
   * Log configuration of the container
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainers#prepare
   */
  readonly prepare?: ZookeeperClusterSpecServersConfigLoggingContainersPrepare;

  /**
   * Log configuration of the container
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainers#vector
   */
  readonly vector?: ZookeeperClusterSpecServersConfigLoggingContainersVector;

  /**
   * Log configuration of the container
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainers#zookeeper
   */
  readonly zookeeper?: ZookeeperClusterSpecServersConfigLoggingContainersZookeeper;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigLoggingContainers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigLoggingContainers(obj: ZookeeperClusterSpecServersConfigLoggingContainers | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'prepare': toJson_ZookeeperClusterSpecServersConfigLoggingContainersPrepare(obj.prepare),
    'vector': toJson_ZookeeperClusterSpecServersConfigLoggingContainersVector(obj.vector),
    'zookeeper': toJson_ZookeeperClusterSpecServersConfigLoggingContainersZookeeper(obj.zookeeper),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema ZookeeperClusterSpecServersConfigResourcesCpu
 */
export interface ZookeeperClusterSpecServersConfigResourcesCpu {
  /**
   * The maximum amount of CPU cores that can be requested by Pods.
   * Equivalent to the `limit` for Pod resource configuration.
   * Cores are specified either as a decimal point number or as milli units.
   * For example:`1.5` will be 1.5 cores, also written as `1500m`.
   *
   * @schema ZookeeperClusterSpecServersConfigResourcesCpu#max
   */
  readonly max?: any;

  /**
   * The minimal amount of CPU cores that Pods need to run.
   * Equivalent to the `request` for Pod resource configuration.
   * Cores are specified either as a decimal point number or as milli units.
   * For example:`1.5` will be 1.5 cores, also written as `1500m`.
   *
   * @schema ZookeeperClusterSpecServersConfigResourcesCpu#min
   */
  readonly min?: any;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigResourcesCpu' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigResourcesCpu(obj: ZookeeperClusterSpecServersConfigResourcesCpu | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'max': obj.max,
    'min': obj.min,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema ZookeeperClusterSpecServersConfigResourcesMemory
 */
export interface ZookeeperClusterSpecServersConfigResourcesMemory {
  /**
   * The maximum amount of memory that should be available to the Pod.
   * Specified as a byte [Quantity](https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/),
   * which means these suffixes are supported: E, P, T, G, M, k.
   * You can also use the power-of-two equivalents: Ei, Pi, Ti, Gi, Mi, Ki.
   * For example, the following represent roughly the same value:
   * `128974848, 129e6, 129M,  128974848000m, 123Mi`
   *
   * @schema ZookeeperClusterSpecServersConfigResourcesMemory#limit
   */
  readonly limit?: any;

  /**
   * Additional options that can be specified.
   *
   * @schema ZookeeperClusterSpecServersConfigResourcesMemory#runtimeLimits
   */
  readonly runtimeLimits?: any;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigResourcesMemory' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigResourcesMemory(obj: ZookeeperClusterSpecServersConfigResourcesMemory | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'limit': obj.limit,
    'runtimeLimits': obj.runtimeLimits,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema ZookeeperClusterSpecServersConfigResourcesStorage
 */
export interface ZookeeperClusterSpecServersConfigResourcesStorage {
  /**
   * @schema ZookeeperClusterSpecServersConfigResourcesStorage#data
   */
  readonly data?: ZookeeperClusterSpecServersConfigResourcesStorageData;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigResourcesStorage' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigResourcesStorage(obj: ZookeeperClusterSpecServersConfigResourcesStorage | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'data': toJson_ZookeeperClusterSpecServersConfigResourcesStorageData(obj.data),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * These configuration settings control
 * [Pod placement](https://docs.stackable.tech/home/26.7/concepts/operations/pod_placement).
 *
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigAffinity
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigAffinity {
  /**
   * Same as the `spec.affinity.nodeAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigAffinity#nodeAffinity
   */
  readonly nodeAffinity?: any;

  /**
   * Simple key-value pairs forming a nodeSelector, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigAffinity#nodeSelector
   */
  readonly nodeSelector?: { [key: string]: string };

  /**
   * Same as the `spec.affinity.podAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigAffinity#podAffinity
   */
  readonly podAffinity?: any;

  /**
   * Same as the `spec.affinity.podAntiAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigAffinity#podAntiAffinity
   */
  readonly podAntiAffinity?: any;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigAffinity(obj: ZookeeperClusterSpecServersRoleGroupsConfigAffinity | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'nodeAffinity': obj.nodeAffinity,
    'nodeSelector': ((obj.nodeSelector) === undefined) ? undefined : (Object.entries(obj.nodeSelector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'podAffinity': obj.podAffinity,
    'podAntiAffinity': obj.podAntiAffinity,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Logging configuration, learn more in the [logging concept documentation](https://docs.stackable.tech/home/26.7/concepts/logging).
 *
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigLogging
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigLogging {
  /**
   * Log configuration per container.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLogging#containers
   */
  readonly containers?: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainers;

  /**
   * Whether or not to deploy a container with the Vector log agent.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLogging#enableVectorAgent
   */
  readonly enableVectorAgent?: boolean;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigLogging' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigLogging(obj: ZookeeperClusterSpecServersRoleGroupsConfigLogging | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'containers': toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainers(obj.containers),
    'enableVectorAgent': obj.enableVectorAgent,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Resource usage is configured here, this includes CPU usage, memory usage and disk storage
 * usage, if this role needs any.
 *
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigResources
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigResources {
  /**
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigResources#cpu
   */
  readonly cpu?: ZookeeperClusterSpecServersRoleGroupsConfigResourcesCpu;

  /**
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigResources#memory
   */
  readonly memory?: ZookeeperClusterSpecServersRoleGroupsConfigResourcesMemory;

  /**
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigResources#storage
   */
  readonly storage?: ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorage;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigResources(obj: ZookeeperClusterSpecServersRoleGroupsConfigResources | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cpu': toJson_ZookeeperClusterSpecServersRoleGroupsConfigResourcesCpu(obj.cpu),
    'memory': toJson_ZookeeperClusterSpecServersRoleGroupsConfigResourcesMemory(obj.memory),
    'storage': toJson_ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorage(obj.storage),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema ZookeeperClusterSpecServersConfigLoggingContainersPrepare
 */
export interface ZookeeperClusterSpecServersConfigLoggingContainersPrepare {
  /**
   * Configuration for the console appender
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersPrepare#console
   */
  readonly console?: ZookeeperClusterSpecServersConfigLoggingContainersPrepareConsole;

  /**
   * Log configuration provided in a ConfigMap
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersPrepare#custom
   */
  readonly custom?: ZookeeperClusterSpecServersConfigLoggingContainersPrepareCustom;

  /**
   * Configuration for the file appender
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersPrepare#file
   */
  readonly file?: ZookeeperClusterSpecServersConfigLoggingContainersPrepareFile;

  /**
   * Configuration per logger
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersPrepare#loggers
   */
  readonly loggers?: { [key: string]: ZookeeperClusterSpecServersConfigLoggingContainersPrepareLoggers };
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigLoggingContainersPrepare' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigLoggingContainersPrepare(obj: ZookeeperClusterSpecServersConfigLoggingContainersPrepare | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_ZookeeperClusterSpecServersConfigLoggingContainersPrepareConsole(obj.console),
    'custom': toJson_ZookeeperClusterSpecServersConfigLoggingContainersPrepareCustom(obj.custom),
    'file': toJson_ZookeeperClusterSpecServersConfigLoggingContainersPrepareFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_ZookeeperClusterSpecServersConfigLoggingContainersPrepareLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema ZookeeperClusterSpecServersConfigLoggingContainersVector
 */
export interface ZookeeperClusterSpecServersConfigLoggingContainersVector {
  /**
   * Configuration for the console appender
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersVector#console
   */
  readonly console?: ZookeeperClusterSpecServersConfigLoggingContainersVectorConsole;

  /**
   * Log configuration provided in a ConfigMap
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersVector#custom
   */
  readonly custom?: ZookeeperClusterSpecServersConfigLoggingContainersVectorCustom;

  /**
   * Configuration for the file appender
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersVector#file
   */
  readonly file?: ZookeeperClusterSpecServersConfigLoggingContainersVectorFile;

  /**
   * Configuration per logger
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersVector#loggers
   */
  readonly loggers?: { [key: string]: ZookeeperClusterSpecServersConfigLoggingContainersVectorLoggers };
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigLoggingContainersVector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigLoggingContainersVector(obj: ZookeeperClusterSpecServersConfigLoggingContainersVector | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_ZookeeperClusterSpecServersConfigLoggingContainersVectorConsole(obj.console),
    'custom': toJson_ZookeeperClusterSpecServersConfigLoggingContainersVectorCustom(obj.custom),
    'file': toJson_ZookeeperClusterSpecServersConfigLoggingContainersVectorFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_ZookeeperClusterSpecServersConfigLoggingContainersVectorLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema ZookeeperClusterSpecServersConfigLoggingContainersZookeeper
 */
export interface ZookeeperClusterSpecServersConfigLoggingContainersZookeeper {
  /**
   * Configuration for the console appender
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersZookeeper#console
   */
  readonly console?: ZookeeperClusterSpecServersConfigLoggingContainersZookeeperConsole;

  /**
   * Log configuration provided in a ConfigMap
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersZookeeper#custom
   */
  readonly custom?: ZookeeperClusterSpecServersConfigLoggingContainersZookeeperCustom;

  /**
   * Configuration for the file appender
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersZookeeper#file
   */
  readonly file?: ZookeeperClusterSpecServersConfigLoggingContainersZookeeperFile;

  /**
   * Configuration per logger
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersZookeeper#loggers
   */
  readonly loggers?: { [key: string]: ZookeeperClusterSpecServersConfigLoggingContainersZookeeperLoggers };
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigLoggingContainersZookeeper' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigLoggingContainersZookeeper(obj: ZookeeperClusterSpecServersConfigLoggingContainersZookeeper | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_ZookeeperClusterSpecServersConfigLoggingContainersZookeeperConsole(obj.console),
    'custom': toJson_ZookeeperClusterSpecServersConfigLoggingContainersZookeeperCustom(obj.custom),
    'file': toJson_ZookeeperClusterSpecServersConfigLoggingContainersZookeeperFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_ZookeeperClusterSpecServersConfigLoggingContainersZookeeperLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema ZookeeperClusterSpecServersConfigResourcesStorageData
 */
export interface ZookeeperClusterSpecServersConfigResourcesStorageData {
  /**
   * Quantity is a fixed-point representation of a number. It provides convenient marshaling/unmarshaling in JSON and YAML, in addition to String() and AsInt64() accessors.
   *
   * The serialization format is:
   *
   * ``` <quantity>        ::= <signedNumber><suffix>
   *
   * (Note that <suffix> may be empty, from the "" case in <decimalSI>.)
   *
   * <digit>           ::= 0 | 1 | ... | 9 <digits>          ::= <digit> | <digit><digits> <number>          ::= <digits> | <digits>.<digits> | <digits>. | .<digits> <sign>            ::= "+" | "-" <signedNumber>    ::= <number> | <sign><number> <suffix>          ::= <binarySI> | <decimalExponent> | <decimalSI> <binarySI>        ::= Ki | Mi | Gi | Ti | Pi | Ei
   *
   * (International System of units; See: http://physics.nist.gov/cuu/Units/binary.html)
   *
   * <decimalSI>       ::= m | "" | k | M | G | T | P | E
   *
   * (Note that 1024 = 1Ki but 1000 = 1k; I didn't choose the capitalization.)
   *
   * <decimalExponent> ::= "e" <signedNumber> | "E" <signedNumber> ```
   *
   * No matter which of the three exponent forms is used, no quantity may represent a number greater than 2^63-1 in magnitude, nor may it have more than 3 decimal places. Numbers larger or more precise will be capped or rounded up. (E.g.: 0.1m will rounded up to 1m.) This may be extended in the future if we require larger or smaller quantities.
   *
   * When a Quantity is parsed from a string, it will remember the type of suffix it had, and will use the same type again when it is serialized.
   *
   * Before serializing, Quantity will be put in "canonical form". This means that Exponent/suffix will be adjusted up or down (with a corresponding increase or decrease in Mantissa) such that:
   *
   * - No precision is lost - No fractional digits will be emitted - The exponent (or suffix) is as large as possible.
   *
   * The sign will be omitted unless the number is negative.
   *
   * Examples:
   *
   * - 1.5 will be serialized as "1500m" - 1.5Gi will be serialized as "1536Mi"
   *
   * Note that the quantity will NEVER be internally represented by a floating point number. That is the whole point of this exercise.
   *
   * Non-canonical values will still parse as long as they are well formed, but will be re-emitted in their canonical form. (So always use canonical form, or don't diff.)
   *
   * This format is intended to make it difficult to use these numbers without writing some sort of special handling code in the hopes that that will cause implementors to also use a fixed point implementation.
   *
   * @schema ZookeeperClusterSpecServersConfigResourcesStorageData#capacity
   */
  readonly capacity?: any;

  /**
   * A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches all objects. A null label selector matches no objects.
   *
   * @schema ZookeeperClusterSpecServersConfigResourcesStorageData#selectors
   */
  readonly selectors?: ZookeeperClusterSpecServersConfigResourcesStorageDataSelectors;

  /**
   * @schema ZookeeperClusterSpecServersConfigResourcesStorageData#storageClass
   */
  readonly storageClass?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigResourcesStorageData' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigResourcesStorageData(obj: ZookeeperClusterSpecServersConfigResourcesStorageData | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'capacity': obj.capacity,
    'selectors': toJson_ZookeeperClusterSpecServersConfigResourcesStorageDataSelectors(obj.selectors),
    'storageClass': obj.storageClass,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration per container.
 *
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainers
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainers {
  /**
   * Log configuration of the container
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainers#prepare
   */
  readonly prepare?: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepare;

  /**
   * Log configuration of the container
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainers#vector
   */
  readonly vector?: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVector;

  /**
   * Log configuration of the container
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainers#zookeeper
   */
  readonly zookeeper?: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeper;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainers(obj: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainers | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'prepare': toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepare(obj.prepare),
    'vector': toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVector(obj.vector),
    'zookeeper': toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeper(obj.zookeeper),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigResourcesCpu
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigResourcesCpu {
  /**
   * The maximum amount of CPU cores that can be requested by Pods.
   * Equivalent to the `limit` for Pod resource configuration.
   * Cores are specified either as a decimal point number or as milli units.
   * For example:`1.5` will be 1.5 cores, also written as `1500m`.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigResourcesCpu#max
   */
  readonly max?: any;

  /**
   * The minimal amount of CPU cores that Pods need to run.
   * Equivalent to the `request` for Pod resource configuration.
   * Cores are specified either as a decimal point number or as milli units.
   * For example:`1.5` will be 1.5 cores, also written as `1500m`.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigResourcesCpu#min
   */
  readonly min?: any;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigResourcesCpu' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigResourcesCpu(obj: ZookeeperClusterSpecServersRoleGroupsConfigResourcesCpu | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'max': obj.max,
    'min': obj.min,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigResourcesMemory
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigResourcesMemory {
  /**
   * The maximum amount of memory that should be available to the Pod.
   * Specified as a byte [Quantity](https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/),
   * which means these suffixes are supported: E, P, T, G, M, k.
   * You can also use the power-of-two equivalents: Ei, Pi, Ti, Gi, Mi, Ki.
   * For example, the following represent roughly the same value:
   * `128974848, 129e6, 129M,  128974848000m, 123Mi`
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigResourcesMemory#limit
   */
  readonly limit?: any;

  /**
   * Additional options that can be specified.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigResourcesMemory#runtimeLimits
   */
  readonly runtimeLimits?: any;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigResourcesMemory' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigResourcesMemory(obj: ZookeeperClusterSpecServersRoleGroupsConfigResourcesMemory | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'limit': obj.limit,
    'runtimeLimits': obj.runtimeLimits,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorage
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorage {
  /**
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorage#data
   */
  readonly data?: ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageData;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorage' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorage(obj: ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorage | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'data': toJson_ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageData(obj.data),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Configuration for the console appender
 *
 * @schema ZookeeperClusterSpecServersConfigLoggingContainersPrepareConsole
 */
export interface ZookeeperClusterSpecServersConfigLoggingContainersPrepareConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersPrepareConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigLoggingContainersPrepareConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigLoggingContainersPrepareConsole(obj: ZookeeperClusterSpecServersConfigLoggingContainersPrepareConsole | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration provided in a ConfigMap
 *
 * @schema ZookeeperClusterSpecServersConfigLoggingContainersPrepareCustom
 */
export interface ZookeeperClusterSpecServersConfigLoggingContainersPrepareCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersPrepareCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigLoggingContainersPrepareCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigLoggingContainersPrepareCustom(obj: ZookeeperClusterSpecServersConfigLoggingContainersPrepareCustom | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMap': obj.configMap,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Configuration for the file appender
 *
 * @schema ZookeeperClusterSpecServersConfigLoggingContainersPrepareFile
 */
export interface ZookeeperClusterSpecServersConfigLoggingContainersPrepareFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersPrepareFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigLoggingContainersPrepareFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigLoggingContainersPrepareFile(obj: ZookeeperClusterSpecServersConfigLoggingContainersPrepareFile | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Configuration of a logger
 *
 * @schema ZookeeperClusterSpecServersConfigLoggingContainersPrepareLoggers
 */
export interface ZookeeperClusterSpecServersConfigLoggingContainersPrepareLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersPrepareLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigLoggingContainersPrepareLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigLoggingContainersPrepareLoggers(obj: ZookeeperClusterSpecServersConfigLoggingContainersPrepareLoggers | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Configuration for the console appender
 *
 * @schema ZookeeperClusterSpecServersConfigLoggingContainersVectorConsole
 */
export interface ZookeeperClusterSpecServersConfigLoggingContainersVectorConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersVectorConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigLoggingContainersVectorConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigLoggingContainersVectorConsole(obj: ZookeeperClusterSpecServersConfigLoggingContainersVectorConsole | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration provided in a ConfigMap
 *
 * @schema ZookeeperClusterSpecServersConfigLoggingContainersVectorCustom
 */
export interface ZookeeperClusterSpecServersConfigLoggingContainersVectorCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersVectorCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigLoggingContainersVectorCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigLoggingContainersVectorCustom(obj: ZookeeperClusterSpecServersConfigLoggingContainersVectorCustom | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMap': obj.configMap,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Configuration for the file appender
 *
 * @schema ZookeeperClusterSpecServersConfigLoggingContainersVectorFile
 */
export interface ZookeeperClusterSpecServersConfigLoggingContainersVectorFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersVectorFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigLoggingContainersVectorFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigLoggingContainersVectorFile(obj: ZookeeperClusterSpecServersConfigLoggingContainersVectorFile | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Configuration of a logger
 *
 * @schema ZookeeperClusterSpecServersConfigLoggingContainersVectorLoggers
 */
export interface ZookeeperClusterSpecServersConfigLoggingContainersVectorLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersVectorLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigLoggingContainersVectorLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigLoggingContainersVectorLoggers(obj: ZookeeperClusterSpecServersConfigLoggingContainersVectorLoggers | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Configuration for the console appender
 *
 * @schema ZookeeperClusterSpecServersConfigLoggingContainersZookeeperConsole
 */
export interface ZookeeperClusterSpecServersConfigLoggingContainersZookeeperConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersZookeeperConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigLoggingContainersZookeeperConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigLoggingContainersZookeeperConsole(obj: ZookeeperClusterSpecServersConfigLoggingContainersZookeeperConsole | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration provided in a ConfigMap
 *
 * @schema ZookeeperClusterSpecServersConfigLoggingContainersZookeeperCustom
 */
export interface ZookeeperClusterSpecServersConfigLoggingContainersZookeeperCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersZookeeperCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigLoggingContainersZookeeperCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigLoggingContainersZookeeperCustom(obj: ZookeeperClusterSpecServersConfigLoggingContainersZookeeperCustom | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMap': obj.configMap,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Configuration for the file appender
 *
 * @schema ZookeeperClusterSpecServersConfigLoggingContainersZookeeperFile
 */
export interface ZookeeperClusterSpecServersConfigLoggingContainersZookeeperFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersZookeeperFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigLoggingContainersZookeeperFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigLoggingContainersZookeeperFile(obj: ZookeeperClusterSpecServersConfigLoggingContainersZookeeperFile | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Configuration of a logger
 *
 * @schema ZookeeperClusterSpecServersConfigLoggingContainersZookeeperLoggers
 */
export interface ZookeeperClusterSpecServersConfigLoggingContainersZookeeperLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema ZookeeperClusterSpecServersConfigLoggingContainersZookeeperLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigLoggingContainersZookeeperLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigLoggingContainersZookeeperLoggers(obj: ZookeeperClusterSpecServersConfigLoggingContainersZookeeperLoggers | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches all objects. A null label selector matches no objects.
 *
 * @schema ZookeeperClusterSpecServersConfigResourcesStorageDataSelectors
 */
export interface ZookeeperClusterSpecServersConfigResourcesStorageDataSelectors {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   *
   * @schema ZookeeperClusterSpecServersConfigResourcesStorageDataSelectors#matchExpressions
   */
  readonly matchExpressions?: ZookeeperClusterSpecServersConfigResourcesStorageDataSelectorsMatchExpressions[];

  /**
   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.
   *
   * @schema ZookeeperClusterSpecServersConfigResourcesStorageDataSelectors#matchLabels
   */
  readonly matchLabels?: { [key: string]: string };
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigResourcesStorageDataSelectors' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigResourcesStorageDataSelectors(obj: ZookeeperClusterSpecServersConfigResourcesStorageDataSelectors | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'matchExpressions': obj.matchExpressions?.map(y => toJson_ZookeeperClusterSpecServersConfigResourcesStorageDataSelectorsMatchExpressions(y)),
    'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepare
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepare {
  /**
   * Configuration for the console appender
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepare#console
   */
  readonly console?: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareConsole;

  /**
   * Log configuration provided in a ConfigMap
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepare#custom
   */
  readonly custom?: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareCustom;

  /**
   * Configuration for the file appender
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepare#file
   */
  readonly file?: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareFile;

  /**
   * Configuration per logger
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepare#loggers
   */
  readonly loggers?: { [key: string]: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareLoggers };
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepare' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepare(obj: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepare | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareConsole(obj.console),
    'custom': toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareCustom(obj.custom),
    'file': toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVector
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVector {
  /**
   * Configuration for the console appender
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVector#console
   */
  readonly console?: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorConsole;

  /**
   * Log configuration provided in a ConfigMap
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVector#custom
   */
  readonly custom?: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorCustom;

  /**
   * Configuration for the file appender
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVector#file
   */
  readonly file?: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorFile;

  /**
   * Configuration per logger
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVector#loggers
   */
  readonly loggers?: { [key: string]: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorLoggers };
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVector(obj: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVector | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorConsole(obj.console),
    'custom': toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorCustom(obj.custom),
    'file': toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeper
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeper {
  /**
   * Configuration for the console appender
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeper#console
   */
  readonly console?: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperConsole;

  /**
   * Log configuration provided in a ConfigMap
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeper#custom
   */
  readonly custom?: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperCustom;

  /**
   * Configuration for the file appender
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeper#file
   */
  readonly file?: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperFile;

  /**
   * Configuration per logger
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeper#loggers
   */
  readonly loggers?: { [key: string]: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperLoggers };
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeper' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeper(obj: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeper | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperConsole(obj.console),
    'custom': toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperCustom(obj.custom),
    'file': toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageData
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageData {
  /**
   * Quantity is a fixed-point representation of a number. It provides convenient marshaling/unmarshaling in JSON and YAML, in addition to String() and AsInt64() accessors.
   *
   * The serialization format is:
   *
   * ``` <quantity>        ::= <signedNumber><suffix>
   *
   * (Note that <suffix> may be empty, from the "" case in <decimalSI>.)
   *
   * <digit>           ::= 0 | 1 | ... | 9 <digits>          ::= <digit> | <digit><digits> <number>          ::= <digits> | <digits>.<digits> | <digits>. | .<digits> <sign>            ::= "+" | "-" <signedNumber>    ::= <number> | <sign><number> <suffix>          ::= <binarySI> | <decimalExponent> | <decimalSI> <binarySI>        ::= Ki | Mi | Gi | Ti | Pi | Ei
   *
   * (International System of units; See: http://physics.nist.gov/cuu/Units/binary.html)
   *
   * <decimalSI>       ::= m | "" | k | M | G | T | P | E
   *
   * (Note that 1024 = 1Ki but 1000 = 1k; I didn't choose the capitalization.)
   *
   * <decimalExponent> ::= "e" <signedNumber> | "E" <signedNumber> ```
   *
   * No matter which of the three exponent forms is used, no quantity may represent a number greater than 2^63-1 in magnitude, nor may it have more than 3 decimal places. Numbers larger or more precise will be capped or rounded up. (E.g.: 0.1m will rounded up to 1m.) This may be extended in the future if we require larger or smaller quantities.
   *
   * When a Quantity is parsed from a string, it will remember the type of suffix it had, and will use the same type again when it is serialized.
   *
   * Before serializing, Quantity will be put in "canonical form". This means that Exponent/suffix will be adjusted up or down (with a corresponding increase or decrease in Mantissa) such that:
   *
   * - No precision is lost - No fractional digits will be emitted - The exponent (or suffix) is as large as possible.
   *
   * The sign will be omitted unless the number is negative.
   *
   * Examples:
   *
   * - 1.5 will be serialized as "1500m" - 1.5Gi will be serialized as "1536Mi"
   *
   * Note that the quantity will NEVER be internally represented by a floating point number. That is the whole point of this exercise.
   *
   * Non-canonical values will still parse as long as they are well formed, but will be re-emitted in their canonical form. (So always use canonical form, or don't diff.)
   *
   * This format is intended to make it difficult to use these numbers without writing some sort of special handling code in the hopes that that will cause implementors to also use a fixed point implementation.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageData#capacity
   */
  readonly capacity?: any;

  /**
   * A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches all objects. A null label selector matches no objects.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageData#selectors
   */
  readonly selectors?: ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageDataSelectors;

  /**
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageData#storageClass
   */
  readonly storageClass?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageData' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageData(obj: ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageData | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'capacity': obj.capacity,
    'selectors': toJson_ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageDataSelectors(obj.selectors),
    'storageClass': obj.storageClass,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.
 *
 * @schema ZookeeperClusterSpecServersConfigResourcesStorageDataSelectorsMatchExpressions
 */
export interface ZookeeperClusterSpecServersConfigResourcesStorageDataSelectorsMatchExpressions {
  /**
   * key is the label key that the selector applies to.
   *
   * @schema ZookeeperClusterSpecServersConfigResourcesStorageDataSelectorsMatchExpressions#key
   */
  readonly key: string;

  /**
   * operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
   *
   * @schema ZookeeperClusterSpecServersConfigResourcesStorageDataSelectorsMatchExpressions#operator
   */
  readonly operator: string;

  /**
   * values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.
   *
   * @schema ZookeeperClusterSpecServersConfigResourcesStorageDataSelectorsMatchExpressions#values
   */
  readonly values?: string[];
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersConfigResourcesStorageDataSelectorsMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersConfigResourcesStorageDataSelectorsMatchExpressions(obj: ZookeeperClusterSpecServersConfigResourcesStorageDataSelectorsMatchExpressions | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'operator': obj.operator,
    'values': obj.values?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Configuration for the console appender
 *
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareConsole
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareConsole(obj: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareConsole | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration provided in a ConfigMap
 *
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareCustom
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareCustom(obj: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareCustom | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMap': obj.configMap,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Configuration for the file appender
 *
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareFile
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareFile(obj: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareFile | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Configuration of a logger
 *
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareLoggers
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareLoggers(obj: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersPrepareLoggers | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Configuration for the console appender
 *
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorConsole
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorConsole(obj: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorConsole | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration provided in a ConfigMap
 *
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorCustom
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorCustom(obj: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorCustom | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMap': obj.configMap,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Configuration for the file appender
 *
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorFile
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorFile(obj: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorFile | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Configuration of a logger
 *
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorLoggers
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorLoggers(obj: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersVectorLoggers | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Configuration for the console appender
 *
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperConsole
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperConsole(obj: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperConsole | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration provided in a ConfigMap
 *
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperCustom
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperCustom(obj: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperCustom | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMap': obj.configMap,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Configuration for the file appender
 *
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperFile
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperFile(obj: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperFile | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Configuration of a logger
 *
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperLoggers
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperLoggers(obj: ZookeeperClusterSpecServersRoleGroupsConfigLoggingContainersZookeeperLoggers | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches all objects. A null label selector matches no objects.
 *
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageDataSelectors
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageDataSelectors {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageDataSelectors#matchExpressions
   */
  readonly matchExpressions?: ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageDataSelectorsMatchExpressions[];

  /**
   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageDataSelectors#matchLabels
   */
  readonly matchLabels?: { [key: string]: string };
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageDataSelectors' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageDataSelectors(obj: ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageDataSelectors | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'matchExpressions': obj.matchExpressions?.map(y => toJson_ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageDataSelectorsMatchExpressions(y)),
    'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.
 *
 * @schema ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageDataSelectorsMatchExpressions
 */
export interface ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageDataSelectorsMatchExpressions {
  /**
   * key is the label key that the selector applies to.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageDataSelectorsMatchExpressions#key
   */
  readonly key: string;

  /**
   * operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageDataSelectorsMatchExpressions#operator
   */
  readonly operator: string;

  /**
   * values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.
   *
   * @schema ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageDataSelectorsMatchExpressions#values
   */
  readonly values?: string[];
}

/**
 * Converts an object of type 'ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageDataSelectorsMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageDataSelectorsMatchExpressions(obj: ZookeeperClusterSpecServersRoleGroupsConfigResourcesStorageDataSelectorsMatchExpressions | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'operator': obj.operator,
    'values': obj.values?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */


/**
 * A claim for a single ZooKeeper ZNode tree (filesystem node).
 *
 * @schema ZookeeperZnode
 */
export class ZookeeperZnode extends ApiObject {
  /**
   * Returns the apiVersion and kind for "ZookeeperZnode"
   */
  public static readonly GVK: GroupVersionKind = {
    apiVersion: 'zookeeper.stackable.tech/v1alpha1',
    kind: 'ZookeeperZnode',
  }

  /**
   * Renders a Kubernetes manifest for "ZookeeperZnode".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  public static manifest(props: ZookeeperZnodeProps): any {
    return {
      ...ZookeeperZnode.GVK,
      ...toJson_ZookeeperZnodeProps(props),
    };
  }

  /**
   * Defines a "ZookeeperZnode" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  public constructor(scope: Construct, id: string, props: ZookeeperZnodeProps) {
    super(scope, id, {
      ...ZookeeperZnode.GVK,
      ...props,
    });
  }

  /**
   * Renders the object to Kubernetes JSON.
   */
  public override toJson(): any {
    const resolved = super.toJson();

    return {
      ...ZookeeperZnode.GVK,
      ...toJson_ZookeeperZnodeProps(resolved),
    };
  }
}

/**
 * A claim for a single ZooKeeper ZNode tree (filesystem node).
 *
 * @schema ZookeeperZnode
 */
export interface ZookeeperZnodeProps {
  /**
   * @schema ZookeeperZnode#metadata
   */
  readonly metadata?: ApiObjectMetadata;

  /**
   * A claim for a single ZooKeeper ZNode tree (filesystem node).
   *
   * A ConfigMap will automatically be created with the same name, containing the connection string in the field `ZOOKEEPER`.
   * Each ZookeeperZnode gets an isolated ZNode chroot, which the `ZOOKEEPER` automatically contains.
   * All data inside of this chroot will be deleted when the corresponding `ZookeeperZnode` is.
   *
   * `ZookeeperZnode` is *not* designed to manage the contents of this ZNode. Instead, it should be used to create a chroot
   * for an installation of an application to work inside. Initializing the contents is the responsibility of the application.
   *
   * You can learn more about this in the
   * [Isolating clients with ZNodes usage guide](https://docs.stackable.tech/home/26.7/zookeeper/usage_guide/isolating_clients_with_znodes).
   *
   * @schema ZookeeperZnode#spec
   */
  readonly spec: ZookeeperZnodeSpec;
}

/**
 * Converts an object of type 'ZookeeperZnodeProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperZnodeProps(obj: ZookeeperZnodeProps | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'metadata': obj.metadata,
    'spec': toJson_ZookeeperZnodeSpec(obj.spec),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A claim for a single ZooKeeper ZNode tree (filesystem node).
 *
 * A ConfigMap will automatically be created with the same name, containing the connection string in the field `ZOOKEEPER`.
 * Each ZookeeperZnode gets an isolated ZNode chroot, which the `ZOOKEEPER` automatically contains.
 * All data inside of this chroot will be deleted when the corresponding `ZookeeperZnode` is.
 *
 * `ZookeeperZnode` is *not* designed to manage the contents of this ZNode. Instead, it should be used to create a chroot
 * for an installation of an application to work inside. Initializing the contents is the responsibility of the application.
 *
 * You can learn more about this in the
 * [Isolating clients with ZNodes usage guide](https://docs.stackable.tech/home/26.7/zookeeper/usage_guide/isolating_clients_with_znodes).
 *
 * @schema ZookeeperZnodeSpec
 */
export interface ZookeeperZnodeSpec {
  /**
   * The reference to the ZookeeperCluster that this ZNode belongs to.
   *
   * @schema ZookeeperZnodeSpec#clusterRef
   */
  readonly clusterRef?: ZookeeperZnodeSpecClusterRef;

  /**
   * A list of generic Kubernetes objects, which are merged into the objects that the operator
   * creates.
   *
   * List entries are arbitrary YAML objects, which need to be valid Kubernetes objects.
   *
   * Read the [Object overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#object-overrides)
   * for more information.
   *
   * @schema ZookeeperZnodeSpec#objectOverrides
   */
  readonly objectOverrides?: any[];
}

/**
 * Converts an object of type 'ZookeeperZnodeSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperZnodeSpec(obj: ZookeeperZnodeSpec | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'clusterRef': toJson_ZookeeperZnodeSpecClusterRef(obj.clusterRef),
    'objectOverrides': obj.objectOverrides?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The reference to the ZookeeperCluster that this ZNode belongs to.
 *
 * @schema ZookeeperZnodeSpecClusterRef
 */
export interface ZookeeperZnodeSpecClusterRef {
  /**
   * The name of the cluster
   *
   * @schema ZookeeperZnodeSpecClusterRef#name
   */
  readonly name?: string;

  /**
   * The namespace of the cluster
   *
   * This field is optional, and will default to the namespace of the referring object.
   *
   * @schema ZookeeperZnodeSpecClusterRef#namespace
   */
  readonly namespace?: string;
}

/**
 * Converts an object of type 'ZookeeperZnodeSpecClusterRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ZookeeperZnodeSpecClusterRef(obj: ZookeeperZnodeSpecClusterRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'namespace': obj.namespace,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */


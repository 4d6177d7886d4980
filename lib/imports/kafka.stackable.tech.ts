// GENERATED FILE, DO NOT EDIT. Regenerate with `npm run imports` (scripts/imports.ts).
// cdk8s-cli 2.207.60 `cdk8s import`, KafkaCluster at v1alpha1, from:
//   ../shared/crds/stackable-kafka-operator/crds.yaml (sha256 adc1318d266e0bf49e06e95cef68b2a66c93da356124f0e73e4fbbe5c194f3ae)
import { ApiObject, type ApiObjectMetadata, type GroupVersionKind } from 'cdk8s';
import type { Construct } from 'constructs';


/**
 * A Kafka cluster stacklet. This resource is managed by the Stackable operator for Apache Kafka.
 *
 * @schema KafkaCluster
 */
export class KafkaCluster extends ApiObject {
  /**
   * Returns the apiVersion and kind for "KafkaCluster"
   */
  public static readonly GVK: GroupVersionKind = {
    apiVersion: 'kafka.stackable.tech/v1alpha1',
    kind: 'KafkaCluster',
  }

  /**
   * Renders a Kubernetes manifest for "KafkaCluster".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  public static manifest(props: KafkaClusterProps): any {
    return {
      ...KafkaCluster.GVK,
      ...toJson_KafkaClusterProps(props),
    };
  }

  /**
   * Defines a "KafkaCluster" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  public constructor(scope: Construct, id: string, props: KafkaClusterProps) {
    super(scope, id, {
      ...KafkaCluster.GVK,
      ...props,
    });
  }

  /**
   * Renders the object to Kubernetes JSON.
   */
  public override toJson(): any {
    const resolved = super.toJson();

    return {
      ...KafkaCluster.GVK,
      ...toJson_KafkaClusterProps(resolved),
    };
  }
}

/**
 * A Kafka cluster stacklet. This resource is managed by the Stackable operator for Apache Kafka.
 *
 * @schema KafkaCluster
 */
export interface KafkaClusterProps {
  /**
   * @schema KafkaCluster#metadata
   */
  readonly metadata?: ApiObjectMetadata;

  /**
   * A Kafka cluster stacklet. This resource is managed by the Stackable operator for Apache Kafka.
   * Find more information on how to use it and the resources that the operator generates in the
   * [operator documentation](https://docs.stackable.tech/home/26.7/kafka/).
   *
   * @schema KafkaCluster#spec
   */
  readonly spec: KafkaClusterSpec;
}

/**
 * Converts an object of type 'KafkaClusterProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterProps(obj: KafkaClusterProps | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'metadata': obj.metadata,
    'spec': toJson_KafkaClusterSpec(obj.spec),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A Kafka cluster stacklet. This resource is managed by the Stackable operator for Apache Kafka.
 * Find more information on how to use it and the resources that the operator generates in the
 * [operator documentation](https://docs.stackable.tech/home/26.7/kafka/).
 *
 * @schema KafkaClusterSpec
 */
export interface KafkaClusterSpec {
  /**
   * This struct represents a role - e.g. HDFS datanodes or Trino workers. It has a key-value-map containing
   * all the roleGroups that are part of this role. Additionally, there is a `config`, which is configurable
   * at the role *and* roleGroup level. Everything at roleGroup level is merged on top of what is configured
   * on role level. There is also a second form of config, which can only be configured
   * at role level, the `roleConfig`.
   * You can learn more about this in the
   * [Roles and role group concept documentation](https://docs.stackable.tech/home/26.7/concepts/roles-and-role-groups).
   *
   * @schema KafkaClusterSpec#brokers
   */
  readonly brokers?: KafkaClusterSpecBrokers;

  /**
   * Kafka settings that affect all roles and role groups.
   *
   * The settings in the `clusterConfig` are cluster wide settings that do not need to be configurable at role or role group level.
   *
   * @schema KafkaClusterSpec#clusterConfig
   */
  readonly clusterConfig?: KafkaClusterSpecClusterConfig;

  /**
   * [Cluster operations](https://docs.stackable.tech/home/26.7/concepts/operations/cluster_operations)
   * properties, allow stopping the product instance as well as pausing reconciliation.
   *
   * @schema KafkaClusterSpec#clusterOperation
   */
  readonly clusterOperation?: KafkaClusterSpecClusterOperation;

  /**
   * This struct represents a role - e.g. HDFS datanodes or Trino workers. It has a key-value-map containing
   * all the roleGroups that are part of this role. Additionally, there is a `config`, which is configurable
   * at the role *and* roleGroup level. Everything at roleGroup level is merged on top of what is configured
   * on role level. There is also a second form of config, which can only be configured
   * at role level, the `roleConfig`.
   * You can learn more about this in the
   * [Roles and role group concept documentation](https://docs.stackable.tech/home/26.7/concepts/roles-and-role-groups).
   *
   * @schema KafkaClusterSpec#controllers
   */
  readonly controllers?: KafkaClusterSpecControllers;

  /**
   * Specify which image to use, the easiest way is to only configure the `productVersion`.
   * You can also configure a custom image registry to pull from, as well as completely custom
   * images.
   *
   * Consult the [Product image selection documentation](https://docs.stackable.tech/home/26.7/concepts/product_image_selection)
   * for details.
   *
   * @schema KafkaClusterSpec#image
   */
  readonly image: KafkaClusterSpecImage;

  /**
   * A list of generic Kubernetes objects, which are merged into the objects that the operator
   * creates.
   *
   * List entries are arbitrary YAML objects, which need to be valid Kubernetes objects.
   *
   * Read the [Object overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#object-overrides)
   * for more information.
   *
   * @schema KafkaClusterSpec#objectOverrides
   */
  readonly objectOverrides?: any[];
}

/**
 * Converts an object of type 'KafkaClusterSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpec(obj: KafkaClusterSpec | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'brokers': toJson_KafkaClusterSpecBrokers(obj.brokers),
    'clusterConfig': toJson_KafkaClusterSpecClusterConfig(obj.clusterConfig),
    'clusterOperation': toJson_KafkaClusterSpecClusterOperation(obj.clusterOperation),
    'controllers': toJson_KafkaClusterSpecControllers(obj.controllers),
    'image': toJson_KafkaClusterSpecImage(obj.image),
    'objectOverrides': obj.objectOverrides?.map(y => y),
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
 * @schema KafkaClusterSpecBrokers
 */
export interface KafkaClusterSpecBrokers {
  /**
   * @schema KafkaClusterSpecBrokers#cliOverrides
   */
  readonly cliOverrides?: { [key: string]: string };

  /**
   * @schema KafkaClusterSpecBrokers#config
   */
  readonly config?: KafkaClusterSpecBrokersConfig;

  /**
   * The `configOverrides` can be used to configure properties in product config files
   * that are not exposed in the CRD. Read the
   * [config overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#config-overrides)
   * and consult the operator specific usage guide documentation for details on the
   * available config files and settings for the specific product.
   *
   * @schema KafkaClusterSpecBrokers#configOverrides
   */
  readonly configOverrides?: KafkaClusterSpecBrokersConfigOverrides;

  /**
   * `envOverrides` configure environment variables to be set in the Pods.
   * It is a map from strings to strings - environment variables and the value to set.
   * Read the
   * [environment variable overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#env-overrides)
   * for more information and consult the operator specific usage guide to find out about
   * the product specific environment variables that are available.
   *
   * @schema KafkaClusterSpecBrokers#envOverrides
   */
  readonly envOverrides?: { [key: string]: string };

  /**
   * Allows overriding JVM arguments.
   * Please read on the [JVM argument overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#jvm-argument-overrides)
   * for details on the usage.
   *
   * @schema KafkaClusterSpecBrokers#jvmArgumentOverrides
   */
  readonly jvmArgumentOverrides?: KafkaClusterSpecBrokersJvmArgumentOverrides;

  /**
   * In the `podOverrides` property you can define a
   * [PodTemplateSpec](https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.34/#podtemplatespec-v1-core)
   * to override any property that can be set on a Kubernetes Pod.
   * Read the
   * [Pod overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#pod-overrides)
   * for more information.
   *
   * @schema KafkaClusterSpecBrokers#podOverrides
   */
  readonly podOverrides?: any;

  /**
   * This is a product-agnostic RoleConfig, which is sufficient for most of the products.
   *
   * @schema KafkaClusterSpecBrokers#roleConfig
   */
  readonly roleConfig?: KafkaClusterSpecBrokersRoleConfig;

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
   * @schema KafkaClusterSpecBrokers#roleGroups
   */
  readonly roleGroups: { [key: string]: KafkaClusterSpecBrokersRoleGroups };
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokers(obj: KafkaClusterSpecBrokers | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cliOverrides': ((obj.cliOverrides) === undefined) ? undefined : (Object.entries(obj.cliOverrides).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'config': toJson_KafkaClusterSpecBrokersConfig(obj.config),
    'configOverrides': toJson_KafkaClusterSpecBrokersConfigOverrides(obj.configOverrides),
    'envOverrides': ((obj.envOverrides) === undefined) ? undefined : (Object.entries(obj.envOverrides).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'jvmArgumentOverrides': toJson_KafkaClusterSpecBrokersJvmArgumentOverrides(obj.jvmArgumentOverrides),
    'podOverrides': obj.podOverrides,
    'roleConfig': toJson_KafkaClusterSpecBrokersRoleConfig(obj.roleConfig),
    'roleGroups': ((obj.roleGroups) === undefined) ? undefined : (Object.entries(obj.roleGroups).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_KafkaClusterSpecBrokersRoleGroups(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Kafka settings that affect all roles and role groups.
 *
 * The settings in the `clusterConfig` are cluster wide settings that do not need to be configurable at role or role group level.
 *
 * @schema KafkaClusterSpecClusterConfig
 */
export interface KafkaClusterSpecClusterConfig {
  /**
   * Authentication class settings for Kafka like mTLS authentication.
   *
   * @schema KafkaClusterSpecClusterConfig#authentication
   */
  readonly authentication?: KafkaClusterSpecClusterConfigAuthentication[];

  /**
   * Authorization settings for Kafka like OPA.
   *
   * @schema KafkaClusterSpecClusterConfig#authorization
   */
  readonly authorization?: KafkaClusterSpecClusterConfigAuthorization;

  /**
   * Enable users to manually assign Kafka broker ids.
   *
   * Name of a ConfigMap containing a mapping of broker IDs to pod names.
   * The ConfigMap must contain a key for every broker pod in the cluster with the following format:
   * `<pod-name>: <broker-id>`
   *
   * Example:
   * ```
   * ---
   * apiVersion: v1
   * kind: ConfigMap
   * metadata:
   * name: brokeridmapping
   * data:
   * simple-kafka-broker-default-0: "2000"
   * simple-kafka-broker-default-1: "2001"
   * simple-kafka-broker-default-2: "2002"
   * ```
   * This is necessary when migrating from ZooKeeper to Kraft mode to retain existing broker IDs
   * because previously broker ids were generated by Kafka and not the operator.
   *
   * @schema KafkaClusterSpecClusterConfig#brokerIdPodConfigMapName
   */
  readonly brokerIdPodConfigMapName?: string;

  /**
   * Metadata manager to use for the Kafka cluster.
   *
   * IMPORTANT: This property will be removed as soon as Kafka 3.x support is dropped.
   *
   * Possible values are `zookeeper` and `kraft`.
   *
   * If not set, defaults to:
   *
   * - `zookeeper` for Kafka versions below `4.0.0`.
   * - `kraft` for Kafka versions `4.0.0` and higher.
   *
   * Using `zookeeper` for Kafka versions `4.0.0` and higher is not supported.
   *
   * When set to `kraft`, the operator will perform the following actions:
   *
   * * Generate the Kafka cluster id.
   * * Assign broker roles and configure controller quorum voters in the `broker.properties` files.
   * * Format storage before (re)starting Kafka brokers.
   * * Remove ZooKeeper related configuration options from the `broker.properties` files.
   *
   * Some of them cannot be performed with the ZooKeeper mode.
   *
   * This property is also useful when migrating from ZooKeeper to Kraft mode because it permits the operator
   * to reconcile controllers while still using ZooKeeper for brokers.
   *
   * @schema KafkaClusterSpecClusterConfig#metadataManager
   */
  readonly metadataManager?: string;

  /**
   * TLS encryption settings for Kafka (server, internal).
   *
   * @schema KafkaClusterSpecClusterConfig#tls
   */
  readonly tls?: KafkaClusterSpecClusterConfigTls;

  /**
   * Name of the Vector aggregator [discovery ConfigMap](https://docs.stackable.tech/home/26.7/concepts/service_discovery).
   * It must contain the key `ADDRESS` with the address of the Vector aggregator.
   * Follow the [logging tutorial](https://docs.stackable.tech/home/26.7/tutorials/logging-vector-aggregator)
   * to learn how to configure log aggregation with Vector.
   *
   * @schema KafkaClusterSpecClusterConfig#vectorAggregatorConfigMapName
   */
  readonly vectorAggregatorConfigMapName?: string;

  /**
   * Provide the name of the ZooKeeper [discovery ConfigMap](https://docs.stackable.tech/home/26.7/concepts/service_discovery)
   * here. When using the [Stackable operator for Apache ZooKeeper](https://docs.stackable.tech/home/26.7/zookeeper/)
   * to deploy a ZooKeeper cluster, this will simply be the name of your ZookeeperCluster resource.
   * This can only be used up to Kafka version 3.9.x. Since Kafka 4.0.0, ZooKeeper support was dropped.
   * Please use the 'controller' role instead.
   *
   * @schema KafkaClusterSpecClusterConfig#zookeeperConfigMapName
   */
  readonly zookeeperConfigMapName?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecClusterConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecClusterConfig(obj: KafkaClusterSpecClusterConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'authentication': obj.authentication?.map(y => toJson_KafkaClusterSpecClusterConfigAuthentication(y)),
    'authorization': toJson_KafkaClusterSpecClusterConfigAuthorization(obj.authorization),
    'brokerIdPodConfigMapName': obj.brokerIdPodConfigMapName,
    'metadataManager': obj.metadataManager,
    'tls': toJson_KafkaClusterSpecClusterConfigTls(obj.tls),
    'vectorAggregatorConfigMapName': obj.vectorAggregatorConfigMapName,
    'zookeeperConfigMapName': obj.zookeeperConfigMapName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * [Cluster operations](https://docs.stackable.tech/home/26.7/concepts/operations/cluster_operations)
 * properties, allow stopping the product instance as well as pausing reconciliation.
 *
 * @schema KafkaClusterSpecClusterOperation
 */
export interface KafkaClusterSpecClusterOperation {
  /**
   * Flag to stop cluster reconciliation by the operator. This means that all changes in the
   * custom resource spec are ignored until this flag is set to false or removed. The operator
   * will however still watch the deployed resources at the time and update the custom resource
   * status field.
   * If applied at the same time with `stopped`, `reconciliationPaused` will take precedence over
   * `stopped` and stop the reconciliation immediately.
   *
   * @schema KafkaClusterSpecClusterOperation#reconciliationPaused
   */
  readonly reconciliationPaused?: boolean;

  /**
   * Flag to stop the cluster. This means all deployed resources (e.g. Services, StatefulSets,
   * ConfigMaps) are kept but all deployed Pods (e.g. replicas from a StatefulSet) are scaled to 0
   * and therefore stopped and removed.
   * If applied at the same time with `reconciliationPaused`, the latter will pause reconciliation
   * and `stopped` will take no effect until `reconciliationPaused` is set to false or removed.
   *
   * @schema KafkaClusterSpecClusterOperation#stopped
   */
  readonly stopped?: boolean;
}

/**
 * Converts an object of type 'KafkaClusterSpecClusterOperation' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecClusterOperation(obj: KafkaClusterSpecClusterOperation | undefined): Record<string, any> | undefined {
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
 * This struct represents a role - e.g. HDFS datanodes or Trino workers. It has a key-value-map containing
 * all the roleGroups that are part of this role. Additionally, there is a `config`, which is configurable
 * at the role *and* roleGroup level. Everything at roleGroup level is merged on top of what is configured
 * on role level. There is also a second form of config, which can only be configured
 * at role level, the `roleConfig`.
 * You can learn more about this in the
 * [Roles and role group concept documentation](https://docs.stackable.tech/home/26.7/concepts/roles-and-role-groups).
 *
 * @schema KafkaClusterSpecControllers
 */
export interface KafkaClusterSpecControllers {
  /**
   * @schema KafkaClusterSpecControllers#cliOverrides
   */
  readonly cliOverrides?: { [key: string]: string };

  /**
   * @schema KafkaClusterSpecControllers#config
   */
  readonly config?: KafkaClusterSpecControllersConfig;

  /**
   * The `configOverrides` can be used to configure properties in product config files
   * that are not exposed in the CRD. Read the
   * [config overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#config-overrides)
   * and consult the operator specific usage guide documentation for details on the
   * available config files and settings for the specific product.
   *
   * @schema KafkaClusterSpecControllers#configOverrides
   */
  readonly configOverrides?: KafkaClusterSpecControllersConfigOverrides;

  /**
   * `envOverrides` configure environment variables to be set in the Pods.
   * It is a map from strings to strings - environment variables and the value to set.
   * Read the
   * [environment variable overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#env-overrides)
   * for more information and consult the operator specific usage guide to find out about
   * the product specific environment variables that are available.
   *
   * @schema KafkaClusterSpecControllers#envOverrides
   */
  readonly envOverrides?: { [key: string]: string };

  /**
   * Allows overriding JVM arguments.
   * Please read on the [JVM argument overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#jvm-argument-overrides)
   * for details on the usage.
   *
   * @schema KafkaClusterSpecControllers#jvmArgumentOverrides
   */
  readonly jvmArgumentOverrides?: KafkaClusterSpecControllersJvmArgumentOverrides;

  /**
   * In the `podOverrides` property you can define a
   * [PodTemplateSpec](https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.34/#podtemplatespec-v1-core)
   * to override any property that can be set on a Kubernetes Pod.
   * Read the
   * [Pod overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#pod-overrides)
   * for more information.
   *
   * @schema KafkaClusterSpecControllers#podOverrides
   */
  readonly podOverrides?: any;

  /**
   * This is a product-agnostic RoleConfig, which is sufficient for most of the products.
   *
   * @schema KafkaClusterSpecControllers#roleConfig
   */
  readonly roleConfig?: KafkaClusterSpecControllersRoleConfig;

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
   * @schema KafkaClusterSpecControllers#roleGroups
   */
  readonly roleGroups: { [key: string]: KafkaClusterSpecControllersRoleGroups };
}

/**
 * Converts an object of type 'KafkaClusterSpecControllers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllers(obj: KafkaClusterSpecControllers | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cliOverrides': ((obj.cliOverrides) === undefined) ? undefined : (Object.entries(obj.cliOverrides).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'config': toJson_KafkaClusterSpecControllersConfig(obj.config),
    'configOverrides': toJson_KafkaClusterSpecControllersConfigOverrides(obj.configOverrides),
    'envOverrides': ((obj.envOverrides) === undefined) ? undefined : (Object.entries(obj.envOverrides).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'jvmArgumentOverrides': toJson_KafkaClusterSpecControllersJvmArgumentOverrides(obj.jvmArgumentOverrides),
    'podOverrides': obj.podOverrides,
    'roleConfig': toJson_KafkaClusterSpecControllersRoleConfig(obj.roleConfig),
    'roleGroups': ((obj.roleGroups) === undefined) ? undefined : (Object.entries(obj.roleGroups).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_KafkaClusterSpecControllersRoleGroups(i[1]) }), {})),
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
 * @schema KafkaClusterSpecImage
 */
export interface KafkaClusterSpecImage {
  /**
   * Provide a custom container image.
   *
   * Specify the full container image name, e.g. `oci.example.tech/namespace/superset:1.4.1-my-tag`
   *
   * @schema KafkaClusterSpecImage#custom
   */
  readonly custom?: string;

  /**
   * Version of the product, e.g. `1.4.1`.
   *
   * @schema KafkaClusterSpecImage#productVersion
   */
  readonly productVersion?: string;

  /**
   * [Pull policy](https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy) used when pulling the image.
   *
   * @schema KafkaClusterSpecImage#pullPolicy
   */
  readonly pullPolicy?: KafkaClusterSpecImagePullPolicy;

  /**
   * [Image pull secrets](https://kubernetes.io/docs/concepts/containers/images/#specifying-imagepullsecrets-on-a-pod) to pull images from a private registry.
   *
   * @schema KafkaClusterSpecImage#pullSecrets
   */
  readonly pullSecrets?: KafkaClusterSpecImagePullSecrets[];

  /**
   * The repository on the container image registry where the container image is located, e.g.
   * `oci.example.com/namespace`.
   *
   * If not specified, the operator will use the image registry provided via the operator
   * environment options.
   *
   * @schema KafkaClusterSpecImage#repo
   */
  readonly repo?: string;

  /**
   * Stackable version of the product, e.g. `23.4`, `23.4.1` or `0.0.0-dev`.
   *
   * If not specified, the operator will use its own version, e.g. `23.4.1`. When using a nightly
   * operator or a PR version, it will use the nightly `0.0.0-dev` image.
   *
   * @schema KafkaClusterSpecImage#stackableVersion
   */
  readonly stackableVersion?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecImage' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecImage(obj: KafkaClusterSpecImage | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'custom': obj.custom,
    'productVersion': obj.productVersion,
    'pullPolicy': obj.pullPolicy,
    'pullSecrets': obj.pullSecrets?.map(y => toJson_KafkaClusterSpecImagePullSecrets(y)),
    'repo': obj.repo,
    'stackableVersion': obj.stackableVersion,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema KafkaClusterSpecBrokersConfig
 */
export interface KafkaClusterSpecBrokersConfig {
  /**
   * These configuration settings control
   * [Pod placement](https://docs.stackable.tech/home/26.7/concepts/operations/pod_placement).
   *
   * @schema KafkaClusterSpecBrokersConfig#affinity
   */
  readonly affinity?: KafkaClusterSpecBrokersConfigAffinity;

  /**
   * The ListenerClass used for bootstrapping new clients. Should use a stable ListenerClass to avoid unnecessary client restarts (such as `cluster-internal` or `external-stable`).
   *
   * @schema KafkaClusterSpecBrokersConfig#bootstrapListenerClass
   */
  readonly bootstrapListenerClass?: string;

  /**
   * The ListenerClass used for connecting to brokers. Should use a direct connection ListenerClass to minimize cost and minimize performance overhead (such as `cluster-internal` or `external-unstable`).
   *
   * @schema KafkaClusterSpecBrokersConfig#brokerListenerClass
   */
  readonly brokerListenerClass?: string;

  /**
   * Time period Pods have to gracefully shut down, e.g. `30m`, `1h` or `2d`. Consult the operator documentation for details.
   *
   * @schema KafkaClusterSpecBrokersConfig#gracefulShutdownTimeout
   */
  readonly gracefulShutdownTimeout?: string;

  /**
   * Logging configuration, learn more in the [logging concept documentation](https://docs.stackable.tech/home/26.7/concepts/logging).
   *
   * @schema KafkaClusterSpecBrokersConfig#logging
   */
  readonly logging?: KafkaClusterSpecBrokersConfigLogging;

  /**
   * Request secret (currently only autoTls certificates) lifetime from the secret operator, e.g. `7d`, or `30d`.
   * Please note that this can be shortened by the `maxCertificateLifetime` setting on the SecretClass issuing the TLS certificate.
   *
   * @schema KafkaClusterSpecBrokersConfig#requestedSecretLifetime
   */
  readonly requestedSecretLifetime?: string;

  /**
   * Resource usage is configured here, this includes CPU usage, memory usage and disk storage
   * usage, if this role needs any.
   *
   * @schema KafkaClusterSpecBrokersConfig#resources
   */
  readonly resources?: KafkaClusterSpecBrokersConfigResources;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfig(obj: KafkaClusterSpecBrokersConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'affinity': toJson_KafkaClusterSpecBrokersConfigAffinity(obj.affinity),
    'bootstrapListenerClass': obj.bootstrapListenerClass,
    'brokerListenerClass': obj.brokerListenerClass,
    'gracefulShutdownTimeout': obj.gracefulShutdownTimeout,
    'logging': toJson_KafkaClusterSpecBrokersConfigLogging(obj.logging),
    'requestedSecretLifetime': obj.requestedSecretLifetime,
    'resources': toJson_KafkaClusterSpecBrokersConfigResources(obj.resources),
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
 * @schema KafkaClusterSpecBrokersConfigOverrides
 */
export interface KafkaClusterSpecBrokersConfigOverrides {
  /**
   * Flat key-value overrides for `*.properties`, Hadoop XML, etc.
   *
   * @schema KafkaClusterSpecBrokersConfigOverrides#broker.properties
   */
  readonly brokerProperties?: { [key: string]: string };

  /**
   * Flat key-value overrides for `*.properties`, Hadoop XML, etc.
   *
   * @schema KafkaClusterSpecBrokersConfigOverrides#security.properties
   */
  readonly securityProperties?: { [key: string]: string };
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigOverrides(obj: KafkaClusterSpecBrokersConfigOverrides | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'broker.properties': ((obj.brokerProperties) === undefined) ? undefined : (Object.entries(obj.brokerProperties).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'security.properties': ((obj.securityProperties) === undefined) ? undefined : (Object.entries(obj.securityProperties).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
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
 * @schema KafkaClusterSpecBrokersJvmArgumentOverrides
 */
export interface KafkaClusterSpecBrokersJvmArgumentOverrides {
  /**
   * JVM arguments to be added
   *
   * @schema KafkaClusterSpecBrokersJvmArgumentOverrides#add
   */
  readonly add?: string[];

  /**
   * JVM arguments to be removed by exact match
   *
   * @schema KafkaClusterSpecBrokersJvmArgumentOverrides#remove
   */
  readonly remove?: string[];

  /**
   * JVM arguments matching any of this regexes will be removed
   *
   * @schema KafkaClusterSpecBrokersJvmArgumentOverrides#removeRegex
   */
  readonly removeRegex?: string[];
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersJvmArgumentOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersJvmArgumentOverrides(obj: KafkaClusterSpecBrokersJvmArgumentOverrides | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersRoleConfig
 */
export interface KafkaClusterSpecBrokersRoleConfig {
  /**
   * This struct is used to configure:
   *
   * 1. If PodDisruptionBudgets are created by the operator
   * 2. The allowed number of Pods to be unavailable (`maxUnavailable`)
   *
   * Learn more in the
   * [allowed Pod disruptions documentation](https://docs.stackable.tech/home/26.7/concepts/operations/pod_disruptions).
   *
   * @schema KafkaClusterSpecBrokersRoleConfig#podDisruptionBudget
   */
  readonly podDisruptionBudget?: KafkaClusterSpecBrokersRoleConfigPodDisruptionBudget;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleConfig(obj: KafkaClusterSpecBrokersRoleConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'podDisruptionBudget': toJson_KafkaClusterSpecBrokersRoleConfigPodDisruptionBudget(obj.podDisruptionBudget),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema KafkaClusterSpecBrokersRoleGroups
 */
export interface KafkaClusterSpecBrokersRoleGroups {
  /**
   * @schema KafkaClusterSpecBrokersRoleGroups#cliOverrides
   */
  readonly cliOverrides?: { [key: string]: string };

  /**
   * @schema KafkaClusterSpecBrokersRoleGroups#config
   */
  readonly config?: KafkaClusterSpecBrokersRoleGroupsConfig;

  /**
   * The `configOverrides` can be used to configure properties in product config files
   * that are not exposed in the CRD. Read the
   * [config overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#config-overrides)
   * and consult the operator specific usage guide documentation for details on the
   * available config files and settings for the specific product.
   *
   * @schema KafkaClusterSpecBrokersRoleGroups#configOverrides
   */
  readonly configOverrides?: KafkaClusterSpecBrokersRoleGroupsConfigOverrides;

  /**
   * `envOverrides` configure environment variables to be set in the Pods.
   * It is a map from strings to strings - environment variables and the value to set.
   * Read the
   * [environment variable overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#env-overrides)
   * for more information and consult the operator specific usage guide to find out about
   * the product specific environment variables that are available.
   *
   * @schema KafkaClusterSpecBrokersRoleGroups#envOverrides
   */
  readonly envOverrides?: { [key: string]: string };

  /**
   * Allows overriding JVM arguments.
   * Please read on the [JVM argument overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#jvm-argument-overrides)
   * for details on the usage.
   *
   * @schema KafkaClusterSpecBrokersRoleGroups#jvmArgumentOverrides
   */
  readonly jvmArgumentOverrides?: KafkaClusterSpecBrokersRoleGroupsJvmArgumentOverrides;

  /**
   * In the `podOverrides` property you can define a
   * [PodTemplateSpec](https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.34/#podtemplatespec-v1-core)
   * to override any property that can be set on a Kubernetes Pod.
   * Read the
   * [Pod overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#pod-overrides)
   * for more information.
   *
   * @schema KafkaClusterSpecBrokersRoleGroups#podOverrides
   */
  readonly podOverrides?: any;

  /**
   * @schema KafkaClusterSpecBrokersRoleGroups#replicas
   */
  readonly replicas?: number;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroups' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroups(obj: KafkaClusterSpecBrokersRoleGroups | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cliOverrides': ((obj.cliOverrides) === undefined) ? undefined : (Object.entries(obj.cliOverrides).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'config': toJson_KafkaClusterSpecBrokersRoleGroupsConfig(obj.config),
    'configOverrides': toJson_KafkaClusterSpecBrokersRoleGroupsConfigOverrides(obj.configOverrides),
    'envOverrides': ((obj.envOverrides) === undefined) ? undefined : (Object.entries(obj.envOverrides).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'jvmArgumentOverrides': toJson_KafkaClusterSpecBrokersRoleGroupsJvmArgumentOverrides(obj.jvmArgumentOverrides),
    'podOverrides': obj.podOverrides,
    'replicas': obj.replicas,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema KafkaClusterSpecClusterConfigAuthentication
 */
export interface KafkaClusterSpecClusterConfigAuthentication {
  /**
   * The AuthenticationClass <https://docs.stackable.tech/home/nightly/concepts/authenticationclass.html> to use.
   *
   * ## TLS provider
   *
   * Only affects client connections. This setting controls:
   * - If clients need to authenticate themselves against the broker via TLS
   * - Which ca.crt to use when validating the provided client certs
   *
   * This will override the server TLS settings (if set) in `spec.clusterConfig.tls.serverSecretClass`.
   *
   * ## Kerberos provider
   *
   * This affects client connections and also requires TLS for encryption.
   * This setting is used to reference an `AuthenticationClass` and in turn, a `SecretClass` that is
   * used to create keytabs.
   *
   * @schema KafkaClusterSpecClusterConfigAuthentication#authenticationClass
   */
  readonly authenticationClass: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecClusterConfigAuthentication' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecClusterConfigAuthentication(obj: KafkaClusterSpecClusterConfigAuthentication | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'authenticationClass': obj.authenticationClass,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Authorization settings for Kafka like OPA.
 *
 * @schema KafkaClusterSpecClusterConfigAuthorization
 */
export interface KafkaClusterSpecClusterConfigAuthorization {
  /**
   * Configure the OPA stacklet [discovery ConfigMap](https://docs.stackable.tech/home/26.7/concepts/service_discovery)
   * and the name of the Rego package containing your authorization rules.
   * Consult the [OPA authorization documentation](https://docs.stackable.tech/home/26.7/concepts/opa)
   * to learn how to deploy Rego authorization rules with OPA.
   *
   * @schema KafkaClusterSpecClusterConfigAuthorization#opa
   */
  readonly opa?: KafkaClusterSpecClusterConfigAuthorizationOpa;
}

/**
 * Converts an object of type 'KafkaClusterSpecClusterConfigAuthorization' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecClusterConfigAuthorization(obj: KafkaClusterSpecClusterConfigAuthorization | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'opa': toJson_KafkaClusterSpecClusterConfigAuthorizationOpa(obj.opa),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TLS encryption settings for Kafka (server, internal).
 *
 * @schema KafkaClusterSpecClusterConfigTls
 */
export interface KafkaClusterSpecClusterConfigTls {
  /**
   * The [SecretClass](https://docs.stackable.tech/home/26.7/secret-operator/secretclass.html) to use for
   * internal broker communication. Use mutual verification between brokers (mandatory).
   * This setting controls:
   * - Which cert the brokers should use to authenticate themselves against other brokers
   * - Which ca.crt to use when validating the other brokers
   *
   * Defaults to `tls`. Internal (inter-broker) TLS is mandatory, so this is always set.
   *
   * @default tls`. Internal (inter-broker) TLS is mandatory, so this is always set.
   * @schema KafkaClusterSpecClusterConfigTls#internalSecretClass
   */
  readonly internalSecretClass?: string;

  /**
   * The [SecretClass](https://docs.stackable.tech/home/26.7/secret-operator/secretclass.html) to use for
   * client connections. This setting controls:
   * - If TLS encryption is used at all
   * - Which cert the servers should use to authenticate themselves against the client
   *
   * Defaults to `tls`.
   *
   * @default tls`.
   * @schema KafkaClusterSpecClusterConfigTls#serverSecretClass
   */
  readonly serverSecretClass?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecClusterConfigTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecClusterConfigTls(obj: KafkaClusterSpecClusterConfigTls | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'internalSecretClass': obj.internalSecretClass,
    'serverSecretClass': obj.serverSecretClass,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema KafkaClusterSpecControllersConfig
 */
export interface KafkaClusterSpecControllersConfig {
  /**
   * These configuration settings control
   * [Pod placement](https://docs.stackable.tech/home/26.7/concepts/operations/pod_placement).
   *
   * @schema KafkaClusterSpecControllersConfig#affinity
   */
  readonly affinity?: KafkaClusterSpecControllersConfigAffinity;

  /**
   * Time period Pods have to gracefully shut down, e.g. `30m`, `1h` or `2d`. Consult the operator documentation for details.
   *
   * @schema KafkaClusterSpecControllersConfig#gracefulShutdownTimeout
   */
  readonly gracefulShutdownTimeout?: string;

  /**
   * Logging configuration, learn more in the [logging concept documentation](https://docs.stackable.tech/home/26.7/concepts/logging).
   *
   * @schema KafkaClusterSpecControllersConfig#logging
   */
  readonly logging?: KafkaClusterSpecControllersConfigLogging;

  /**
   * Request secret (currently only autoTls certificates) lifetime from the secret operator, e.g. `7d`, or `30d`.
   * Please note that this can be shortened by the `maxCertificateLifetime` setting on the SecretClass issuing the TLS certificate.
   *
   * @schema KafkaClusterSpecControllersConfig#requestedSecretLifetime
   */
  readonly requestedSecretLifetime?: string;

  /**
   * Resource usage is configured here, this includes CPU usage, memory usage and disk storage
   * usage, if this role needs any.
   *
   * @schema KafkaClusterSpecControllersConfig#resources
   */
  readonly resources?: KafkaClusterSpecControllersConfigResources;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersConfig(obj: KafkaClusterSpecControllersConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'affinity': toJson_KafkaClusterSpecControllersConfigAffinity(obj.affinity),
    'gracefulShutdownTimeout': obj.gracefulShutdownTimeout,
    'logging': toJson_KafkaClusterSpecControllersConfigLogging(obj.logging),
    'requestedSecretLifetime': obj.requestedSecretLifetime,
    'resources': toJson_KafkaClusterSpecControllersConfigResources(obj.resources),
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
 * @schema KafkaClusterSpecControllersConfigOverrides
 */
export interface KafkaClusterSpecControllersConfigOverrides {
  /**
   * Flat key-value overrides for `*.properties`, Hadoop XML, etc.
   *
   * @schema KafkaClusterSpecControllersConfigOverrides#controller.properties
   */
  readonly controllerProperties?: { [key: string]: string };

  /**
   * Flat key-value overrides for `*.properties`, Hadoop XML, etc.
   *
   * @schema KafkaClusterSpecControllersConfigOverrides#security.properties
   */
  readonly securityProperties?: { [key: string]: string };
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersConfigOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersConfigOverrides(obj: KafkaClusterSpecControllersConfigOverrides | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'controller.properties': ((obj.controllerProperties) === undefined) ? undefined : (Object.entries(obj.controllerProperties).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'security.properties': ((obj.securityProperties) === undefined) ? undefined : (Object.entries(obj.securityProperties).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
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
 * @schema KafkaClusterSpecControllersJvmArgumentOverrides
 */
export interface KafkaClusterSpecControllersJvmArgumentOverrides {
  /**
   * JVM arguments to be added
   *
   * @schema KafkaClusterSpecControllersJvmArgumentOverrides#add
   */
  readonly add?: string[];

  /**
   * JVM arguments to be removed by exact match
   *
   * @schema KafkaClusterSpecControllersJvmArgumentOverrides#remove
   */
  readonly remove?: string[];

  /**
   * JVM arguments matching any of this regexes will be removed
   *
   * @schema KafkaClusterSpecControllersJvmArgumentOverrides#removeRegex
   */
  readonly removeRegex?: string[];
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersJvmArgumentOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersJvmArgumentOverrides(obj: KafkaClusterSpecControllersJvmArgumentOverrides | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersRoleConfig
 */
export interface KafkaClusterSpecControllersRoleConfig {
  /**
   * This struct is used to configure:
   *
   * 1. If PodDisruptionBudgets are created by the operator
   * 2. The allowed number of Pods to be unavailable (`maxUnavailable`)
   *
   * Learn more in the
   * [allowed Pod disruptions documentation](https://docs.stackable.tech/home/26.7/concepts/operations/pod_disruptions).
   *
   * @schema KafkaClusterSpecControllersRoleConfig#podDisruptionBudget
   */
  readonly podDisruptionBudget?: KafkaClusterSpecControllersRoleConfigPodDisruptionBudget;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleConfig(obj: KafkaClusterSpecControllersRoleConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'podDisruptionBudget': toJson_KafkaClusterSpecControllersRoleConfigPodDisruptionBudget(obj.podDisruptionBudget),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema KafkaClusterSpecControllersRoleGroups
 */
export interface KafkaClusterSpecControllersRoleGroups {
  /**
   * @schema KafkaClusterSpecControllersRoleGroups#cliOverrides
   */
  readonly cliOverrides?: { [key: string]: string };

  /**
   * @schema KafkaClusterSpecControllersRoleGroups#config
   */
  readonly config?: KafkaClusterSpecControllersRoleGroupsConfig;

  /**
   * The `configOverrides` can be used to configure properties in product config files
   * that are not exposed in the CRD. Read the
   * [config overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#config-overrides)
   * and consult the operator specific usage guide documentation for details on the
   * available config files and settings for the specific product.
   *
   * @schema KafkaClusterSpecControllersRoleGroups#configOverrides
   */
  readonly configOverrides?: KafkaClusterSpecControllersRoleGroupsConfigOverrides;

  /**
   * `envOverrides` configure environment variables to be set in the Pods.
   * It is a map from strings to strings - environment variables and the value to set.
   * Read the
   * [environment variable overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#env-overrides)
   * for more information and consult the operator specific usage guide to find out about
   * the product specific environment variables that are available.
   *
   * @schema KafkaClusterSpecControllersRoleGroups#envOverrides
   */
  readonly envOverrides?: { [key: string]: string };

  /**
   * Allows overriding JVM arguments.
   * Please read on the [JVM argument overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#jvm-argument-overrides)
   * for details on the usage.
   *
   * @schema KafkaClusterSpecControllersRoleGroups#jvmArgumentOverrides
   */
  readonly jvmArgumentOverrides?: KafkaClusterSpecControllersRoleGroupsJvmArgumentOverrides;

  /**
   * In the `podOverrides` property you can define a
   * [PodTemplateSpec](https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.34/#podtemplatespec-v1-core)
   * to override any property that can be set on a Kubernetes Pod.
   * Read the
   * [Pod overrides documentation](https://docs.stackable.tech/home/26.7/concepts/overrides#pod-overrides)
   * for more information.
   *
   * @schema KafkaClusterSpecControllersRoleGroups#podOverrides
   */
  readonly podOverrides?: any;

  /**
   * @schema KafkaClusterSpecControllersRoleGroups#replicas
   */
  readonly replicas?: number;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroups' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroups(obj: KafkaClusterSpecControllersRoleGroups | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cliOverrides': ((obj.cliOverrides) === undefined) ? undefined : (Object.entries(obj.cliOverrides).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'config': toJson_KafkaClusterSpecControllersRoleGroupsConfig(obj.config),
    'configOverrides': toJson_KafkaClusterSpecControllersRoleGroupsConfigOverrides(obj.configOverrides),
    'envOverrides': ((obj.envOverrides) === undefined) ? undefined : (Object.entries(obj.envOverrides).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'jvmArgumentOverrides': toJson_KafkaClusterSpecControllersRoleGroupsJvmArgumentOverrides(obj.jvmArgumentOverrides),
    'podOverrides': obj.podOverrides,
    'replicas': obj.replicas,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * [Pull policy](https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy) used when pulling the image.
 *
 * @schema KafkaClusterSpecImagePullPolicy
 */
export enum KafkaClusterSpecImagePullPolicy {
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
 * @schema KafkaClusterSpecImagePullSecrets
 */
export interface KafkaClusterSpecImagePullSecrets {
  /**
   * Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema KafkaClusterSpecImagePullSecrets#name
   */
  readonly name: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecImagePullSecrets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecImagePullSecrets(obj: KafkaClusterSpecImagePullSecrets | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * These configuration settings control
 * [Pod placement](https://docs.stackable.tech/home/26.7/concepts/operations/pod_placement).
 *
 * @schema KafkaClusterSpecBrokersConfigAffinity
 */
export interface KafkaClusterSpecBrokersConfigAffinity {
  /**
   * Same as the `spec.affinity.nodeAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema KafkaClusterSpecBrokersConfigAffinity#nodeAffinity
   */
  readonly nodeAffinity?: any;

  /**
   * Simple key-value pairs forming a nodeSelector, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema KafkaClusterSpecBrokersConfigAffinity#nodeSelector
   */
  readonly nodeSelector?: { [key: string]: string };

  /**
   * Same as the `spec.affinity.podAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema KafkaClusterSpecBrokersConfigAffinity#podAffinity
   */
  readonly podAffinity?: any;

  /**
   * Same as the `spec.affinity.podAntiAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema KafkaClusterSpecBrokersConfigAffinity#podAntiAffinity
   */
  readonly podAntiAffinity?: any;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigAffinity(obj: KafkaClusterSpecBrokersConfigAffinity | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersConfigLogging
 */
export interface KafkaClusterSpecBrokersConfigLogging {
  /**
   * Log configuration per container.
   *
   * @schema KafkaClusterSpecBrokersConfigLogging#containers
   */
  readonly containers?: KafkaClusterSpecBrokersConfigLoggingContainers;

  /**
   * Whether or not to deploy a container with the Vector log agent.
   *
   * @schema KafkaClusterSpecBrokersConfigLogging#enableVectorAgent
   */
  readonly enableVectorAgent?: boolean;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigLogging' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigLogging(obj: KafkaClusterSpecBrokersConfigLogging | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'containers': toJson_KafkaClusterSpecBrokersConfigLoggingContainers(obj.containers),
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
 * @schema KafkaClusterSpecBrokersConfigResources
 */
export interface KafkaClusterSpecBrokersConfigResources {
  /**
   * @schema KafkaClusterSpecBrokersConfigResources#cpu
   */
  readonly cpu?: KafkaClusterSpecBrokersConfigResourcesCpu;

  /**
   * @schema KafkaClusterSpecBrokersConfigResources#memory
   */
  readonly memory?: KafkaClusterSpecBrokersConfigResourcesMemory;

  /**
   * @schema KafkaClusterSpecBrokersConfigResources#storage
   */
  readonly storage?: KafkaClusterSpecBrokersConfigResourcesStorage;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigResources(obj: KafkaClusterSpecBrokersConfigResources | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cpu': toJson_KafkaClusterSpecBrokersConfigResourcesCpu(obj.cpu),
    'memory': toJson_KafkaClusterSpecBrokersConfigResourcesMemory(obj.memory),
    'storage': toJson_KafkaClusterSpecBrokersConfigResourcesStorage(obj.storage),
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
 * @schema KafkaClusterSpecBrokersRoleConfigPodDisruptionBudget
 */
export interface KafkaClusterSpecBrokersRoleConfigPodDisruptionBudget {
  /**
   * Whether a PodDisruptionBudget should be written out for this role.
   * Disabling this enables you to specify your own - custom - one.
   * Defaults to true.
   *
   * @default true.
   * @schema KafkaClusterSpecBrokersRoleConfigPodDisruptionBudget#enabled
   */
  readonly enabled?: boolean;

  /**
   * The number of Pods that are allowed to be down because of voluntary disruptions.
   * If you don't explicitly set this, the operator will use a sane default based
   * upon knowledge about the individual product.
   *
   * @schema KafkaClusterSpecBrokersRoleConfigPodDisruptionBudget#maxUnavailable
   */
  readonly maxUnavailable?: number;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleConfigPodDisruptionBudget' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleConfigPodDisruptionBudget(obj: KafkaClusterSpecBrokersRoleConfigPodDisruptionBudget | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersRoleGroupsConfig
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfig {
  /**
   * These configuration settings control
   * [Pod placement](https://docs.stackable.tech/home/26.7/concepts/operations/pod_placement).
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfig#affinity
   */
  readonly affinity?: KafkaClusterSpecBrokersRoleGroupsConfigAffinity;

  /**
   * The ListenerClass used for bootstrapping new clients. Should use a stable ListenerClass to avoid unnecessary client restarts (such as `cluster-internal` or `external-stable`).
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfig#bootstrapListenerClass
   */
  readonly bootstrapListenerClass?: string;

  /**
   * The ListenerClass used for connecting to brokers. Should use a direct connection ListenerClass to minimize cost and minimize performance overhead (such as `cluster-internal` or `external-unstable`).
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfig#brokerListenerClass
   */
  readonly brokerListenerClass?: string;

  /**
   * Time period Pods have to gracefully shut down, e.g. `30m`, `1h` or `2d`. Consult the operator documentation for details.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfig#gracefulShutdownTimeout
   */
  readonly gracefulShutdownTimeout?: string;

  /**
   * Logging configuration, learn more in the [logging concept documentation](https://docs.stackable.tech/home/26.7/concepts/logging).
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfig#logging
   */
  readonly logging?: KafkaClusterSpecBrokersRoleGroupsConfigLogging;

  /**
   * Request secret (currently only autoTls certificates) lifetime from the secret operator, e.g. `7d`, or `30d`.
   * Please note that this can be shortened by the `maxCertificateLifetime` setting on the SecretClass issuing the TLS certificate.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfig#requestedSecretLifetime
   */
  readonly requestedSecretLifetime?: string;

  /**
   * Resource usage is configured here, this includes CPU usage, memory usage and disk storage
   * usage, if this role needs any.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfig#resources
   */
  readonly resources?: KafkaClusterSpecBrokersRoleGroupsConfigResources;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfig(obj: KafkaClusterSpecBrokersRoleGroupsConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'affinity': toJson_KafkaClusterSpecBrokersRoleGroupsConfigAffinity(obj.affinity),
    'bootstrapListenerClass': obj.bootstrapListenerClass,
    'brokerListenerClass': obj.brokerListenerClass,
    'gracefulShutdownTimeout': obj.gracefulShutdownTimeout,
    'logging': toJson_KafkaClusterSpecBrokersRoleGroupsConfigLogging(obj.logging),
    'requestedSecretLifetime': obj.requestedSecretLifetime,
    'resources': toJson_KafkaClusterSpecBrokersRoleGroupsConfigResources(obj.resources),
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
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigOverrides
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigOverrides {
  /**
   * Flat key-value overrides for `*.properties`, Hadoop XML, etc.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigOverrides#broker.properties
   */
  readonly brokerProperties?: { [key: string]: string };

  /**
   * Flat key-value overrides for `*.properties`, Hadoop XML, etc.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigOverrides#security.properties
   */
  readonly securityProperties?: { [key: string]: string };
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigOverrides(obj: KafkaClusterSpecBrokersRoleGroupsConfigOverrides | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'broker.properties': ((obj.brokerProperties) === undefined) ? undefined : (Object.entries(obj.brokerProperties).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'security.properties': ((obj.securityProperties) === undefined) ? undefined : (Object.entries(obj.securityProperties).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
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
 * @schema KafkaClusterSpecBrokersRoleGroupsJvmArgumentOverrides
 */
export interface KafkaClusterSpecBrokersRoleGroupsJvmArgumentOverrides {
  /**
   * JVM arguments to be added
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsJvmArgumentOverrides#add
   */
  readonly add?: string[];

  /**
   * JVM arguments to be removed by exact match
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsJvmArgumentOverrides#remove
   */
  readonly remove?: string[];

  /**
   * JVM arguments matching any of this regexes will be removed
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsJvmArgumentOverrides#removeRegex
   */
  readonly removeRegex?: string[];
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsJvmArgumentOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsJvmArgumentOverrides(obj: KafkaClusterSpecBrokersRoleGroupsJvmArgumentOverrides | undefined): Record<string, any> | undefined {
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
 * Configure the OPA stacklet [discovery ConfigMap](https://docs.stackable.tech/home/26.7/concepts/service_discovery)
 * and the name of the Rego package containing your authorization rules.
 * Consult the [OPA authorization documentation](https://docs.stackable.tech/home/26.7/concepts/opa)
 * to learn how to deploy Rego authorization rules with OPA.
 *
 * @schema KafkaClusterSpecClusterConfigAuthorizationOpa
 */
export interface KafkaClusterSpecClusterConfigAuthorizationOpa {
  /**
   * The [discovery ConfigMap](https://docs.stackable.tech/home/26.7/concepts/service_discovery)
   * for the OPA stacklet that should be used for authorization requests.
   *
   * @schema KafkaClusterSpecClusterConfigAuthorizationOpa#configMapName
   */
  readonly configMapName: string;

  /**
   * The name of the Rego package containing the Rego rules for the product.
   *
   * @schema KafkaClusterSpecClusterConfigAuthorizationOpa#package
   */
  readonly package?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecClusterConfigAuthorizationOpa' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecClusterConfigAuthorizationOpa(obj: KafkaClusterSpecClusterConfigAuthorizationOpa | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMapName': obj.configMapName,
    'package': obj.package,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * These configuration settings control
 * [Pod placement](https://docs.stackable.tech/home/26.7/concepts/operations/pod_placement).
 *
 * @schema KafkaClusterSpecControllersConfigAffinity
 */
export interface KafkaClusterSpecControllersConfigAffinity {
  /**
   * Same as the `spec.affinity.nodeAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema KafkaClusterSpecControllersConfigAffinity#nodeAffinity
   */
  readonly nodeAffinity?: any;

  /**
   * Simple key-value pairs forming a nodeSelector, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema KafkaClusterSpecControllersConfigAffinity#nodeSelector
   */
  readonly nodeSelector?: { [key: string]: string };

  /**
   * Same as the `spec.affinity.podAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema KafkaClusterSpecControllersConfigAffinity#podAffinity
   */
  readonly podAffinity?: any;

  /**
   * Same as the `spec.affinity.podAntiAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema KafkaClusterSpecControllersConfigAffinity#podAntiAffinity
   */
  readonly podAntiAffinity?: any;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersConfigAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersConfigAffinity(obj: KafkaClusterSpecControllersConfigAffinity | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersConfigLogging
 */
export interface KafkaClusterSpecControllersConfigLogging {
  /**
   * Log configuration per container.
   *
   * @schema KafkaClusterSpecControllersConfigLogging#containers
   */
  readonly containers?: KafkaClusterSpecControllersConfigLoggingContainers;

  /**
   * Whether or not to deploy a container with the Vector log agent.
   *
   * @schema KafkaClusterSpecControllersConfigLogging#enableVectorAgent
   */
  readonly enableVectorAgent?: boolean;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersConfigLogging' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersConfigLogging(obj: KafkaClusterSpecControllersConfigLogging | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'containers': toJson_KafkaClusterSpecControllersConfigLoggingContainers(obj.containers),
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
 * @schema KafkaClusterSpecControllersConfigResources
 */
export interface KafkaClusterSpecControllersConfigResources {
  /**
   * @schema KafkaClusterSpecControllersConfigResources#cpu
   */
  readonly cpu?: KafkaClusterSpecControllersConfigResourcesCpu;

  /**
   * @schema KafkaClusterSpecControllersConfigResources#memory
   */
  readonly memory?: KafkaClusterSpecControllersConfigResourcesMemory;

  /**
   * @schema KafkaClusterSpecControllersConfigResources#storage
   */
  readonly storage?: KafkaClusterSpecControllersConfigResourcesStorage;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersConfigResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersConfigResources(obj: KafkaClusterSpecControllersConfigResources | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cpu': toJson_KafkaClusterSpecControllersConfigResourcesCpu(obj.cpu),
    'memory': toJson_KafkaClusterSpecControllersConfigResourcesMemory(obj.memory),
    'storage': toJson_KafkaClusterSpecControllersConfigResourcesStorage(obj.storage),
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
 * @schema KafkaClusterSpecControllersRoleConfigPodDisruptionBudget
 */
export interface KafkaClusterSpecControllersRoleConfigPodDisruptionBudget {
  /**
   * Whether a PodDisruptionBudget should be written out for this role.
   * Disabling this enables you to specify your own - custom - one.
   * Defaults to true.
   *
   * @default true.
   * @schema KafkaClusterSpecControllersRoleConfigPodDisruptionBudget#enabled
   */
  readonly enabled?: boolean;

  /**
   * The number of Pods that are allowed to be down because of voluntary disruptions.
   * If you don't explicitly set this, the operator will use a sane default based
   * upon knowledge about the individual product.
   *
   * @schema KafkaClusterSpecControllersRoleConfigPodDisruptionBudget#maxUnavailable
   */
  readonly maxUnavailable?: number;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleConfigPodDisruptionBudget' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleConfigPodDisruptionBudget(obj: KafkaClusterSpecControllersRoleConfigPodDisruptionBudget | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersRoleGroupsConfig
 */
export interface KafkaClusterSpecControllersRoleGroupsConfig {
  /**
   * These configuration settings control
   * [Pod placement](https://docs.stackable.tech/home/26.7/concepts/operations/pod_placement).
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfig#affinity
   */
  readonly affinity?: KafkaClusterSpecControllersRoleGroupsConfigAffinity;

  /**
   * Time period Pods have to gracefully shut down, e.g. `30m`, `1h` or `2d`. Consult the operator documentation for details.
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfig#gracefulShutdownTimeout
   */
  readonly gracefulShutdownTimeout?: string;

  /**
   * Logging configuration, learn more in the [logging concept documentation](https://docs.stackable.tech/home/26.7/concepts/logging).
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfig#logging
   */
  readonly logging?: KafkaClusterSpecControllersRoleGroupsConfigLogging;

  /**
   * Request secret (currently only autoTls certificates) lifetime from the secret operator, e.g. `7d`, or `30d`.
   * Please note that this can be shortened by the `maxCertificateLifetime` setting on the SecretClass issuing the TLS certificate.
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfig#requestedSecretLifetime
   */
  readonly requestedSecretLifetime?: string;

  /**
   * Resource usage is configured here, this includes CPU usage, memory usage and disk storage
   * usage, if this role needs any.
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfig#resources
   */
  readonly resources?: KafkaClusterSpecControllersRoleGroupsConfigResources;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroupsConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroupsConfig(obj: KafkaClusterSpecControllersRoleGroupsConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'affinity': toJson_KafkaClusterSpecControllersRoleGroupsConfigAffinity(obj.affinity),
    'gracefulShutdownTimeout': obj.gracefulShutdownTimeout,
    'logging': toJson_KafkaClusterSpecControllersRoleGroupsConfigLogging(obj.logging),
    'requestedSecretLifetime': obj.requestedSecretLifetime,
    'resources': toJson_KafkaClusterSpecControllersRoleGroupsConfigResources(obj.resources),
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
 * @schema KafkaClusterSpecControllersRoleGroupsConfigOverrides
 */
export interface KafkaClusterSpecControllersRoleGroupsConfigOverrides {
  /**
   * Flat key-value overrides for `*.properties`, Hadoop XML, etc.
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigOverrides#controller.properties
   */
  readonly controllerProperties?: { [key: string]: string };

  /**
   * Flat key-value overrides for `*.properties`, Hadoop XML, etc.
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigOverrides#security.properties
   */
  readonly securityProperties?: { [key: string]: string };
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroupsConfigOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroupsConfigOverrides(obj: KafkaClusterSpecControllersRoleGroupsConfigOverrides | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'controller.properties': ((obj.controllerProperties) === undefined) ? undefined : (Object.entries(obj.controllerProperties).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'security.properties': ((obj.securityProperties) === undefined) ? undefined : (Object.entries(obj.securityProperties).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
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
 * @schema KafkaClusterSpecControllersRoleGroupsJvmArgumentOverrides
 */
export interface KafkaClusterSpecControllersRoleGroupsJvmArgumentOverrides {
  /**
   * JVM arguments to be added
   *
   * @schema KafkaClusterSpecControllersRoleGroupsJvmArgumentOverrides#add
   */
  readonly add?: string[];

  /**
   * JVM arguments to be removed by exact match
   *
   * @schema KafkaClusterSpecControllersRoleGroupsJvmArgumentOverrides#remove
   */
  readonly remove?: string[];

  /**
   * JVM arguments matching any of this regexes will be removed
   *
   * @schema KafkaClusterSpecControllersRoleGroupsJvmArgumentOverrides#removeRegex
   */
  readonly removeRegex?: string[];
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroupsJvmArgumentOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroupsJvmArgumentOverrides(obj: KafkaClusterSpecControllersRoleGroupsJvmArgumentOverrides | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersConfigLoggingContainers
 */
export interface KafkaClusterSpecBrokersConfigLoggingContainers {
  /**
   * Log configuration of the container
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainers#kafka
   */
  readonly kafka?: KafkaClusterSpecBrokersConfigLoggingContainersKafka;

  /**
   * Log configuration of the container
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainers#kcat-prober
   */
  readonly kcatProber?: KafkaClusterSpecBrokersConfigLoggingContainersKcatProber;

  /**
   * Log configuration of the container
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainers#vector
   */
  readonly vector?: KafkaClusterSpecBrokersConfigLoggingContainersVector;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigLoggingContainers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigLoggingContainers(obj: KafkaClusterSpecBrokersConfigLoggingContainers | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'kafka': toJson_KafkaClusterSpecBrokersConfigLoggingContainersKafka(obj.kafka),
    'kcat-prober': toJson_KafkaClusterSpecBrokersConfigLoggingContainersKcatProber(obj.kcatProber),
    'vector': toJson_KafkaClusterSpecBrokersConfigLoggingContainersVector(obj.vector),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema KafkaClusterSpecBrokersConfigResourcesCpu
 */
export interface KafkaClusterSpecBrokersConfigResourcesCpu {
  /**
   * The maximum amount of CPU cores that can be requested by Pods.
   * Equivalent to the `limit` for Pod resource configuration.
   * Cores are specified either as a decimal point number or as milli units.
   * For example:`1.5` will be 1.5 cores, also written as `1500m`.
   *
   * @schema KafkaClusterSpecBrokersConfigResourcesCpu#max
   */
  readonly max?: any;

  /**
   * The minimal amount of CPU cores that Pods need to run.
   * Equivalent to the `request` for Pod resource configuration.
   * Cores are specified either as a decimal point number or as milli units.
   * For example:`1.5` will be 1.5 cores, also written as `1500m`.
   *
   * @schema KafkaClusterSpecBrokersConfigResourcesCpu#min
   */
  readonly min?: any;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigResourcesCpu' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigResourcesCpu(obj: KafkaClusterSpecBrokersConfigResourcesCpu | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersConfigResourcesMemory
 */
export interface KafkaClusterSpecBrokersConfigResourcesMemory {
  /**
   * The maximum amount of memory that should be available to the Pod.
   * Specified as a byte [Quantity](https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/),
   * which means these suffixes are supported: E, P, T, G, M, k.
   * You can also use the power-of-two equivalents: Ei, Pi, Ti, Gi, Mi, Ki.
   * For example, the following represent roughly the same value:
   * `128974848, 129e6, 129M,  128974848000m, 123Mi`
   *
   * @schema KafkaClusterSpecBrokersConfigResourcesMemory#limit
   */
  readonly limit?: any;

  /**
   * Additional options that can be specified.
   *
   * @schema KafkaClusterSpecBrokersConfigResourcesMemory#runtimeLimits
   */
  readonly runtimeLimits?: any;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigResourcesMemory' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigResourcesMemory(obj: KafkaClusterSpecBrokersConfigResourcesMemory | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersConfigResourcesStorage
 */
export interface KafkaClusterSpecBrokersConfigResourcesStorage {
  /**
   * @schema KafkaClusterSpecBrokersConfigResourcesStorage#logDirs
   */
  readonly logDirs?: KafkaClusterSpecBrokersConfigResourcesStorageLogDirs;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigResourcesStorage' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigResourcesStorage(obj: KafkaClusterSpecBrokersConfigResourcesStorage | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'logDirs': toJson_KafkaClusterSpecBrokersConfigResourcesStorageLogDirs(obj.logDirs),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * These configuration settings control
 * [Pod placement](https://docs.stackable.tech/home/26.7/concepts/operations/pod_placement).
 *
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigAffinity
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigAffinity {
  /**
   * Same as the `spec.affinity.nodeAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigAffinity#nodeAffinity
   */
  readonly nodeAffinity?: any;

  /**
   * Simple key-value pairs forming a nodeSelector, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigAffinity#nodeSelector
   */
  readonly nodeSelector?: { [key: string]: string };

  /**
   * Same as the `spec.affinity.podAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigAffinity#podAffinity
   */
  readonly podAffinity?: any;

  /**
   * Same as the `spec.affinity.podAntiAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigAffinity#podAntiAffinity
   */
  readonly podAntiAffinity?: any;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigAffinity(obj: KafkaClusterSpecBrokersRoleGroupsConfigAffinity | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigLogging
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigLogging {
  /**
   * Log configuration per container.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLogging#containers
   */
  readonly containers?: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainers;

  /**
   * Whether or not to deploy a container with the Vector log agent.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLogging#enableVectorAgent
   */
  readonly enableVectorAgent?: boolean;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigLogging' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigLogging(obj: KafkaClusterSpecBrokersRoleGroupsConfigLogging | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'containers': toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainers(obj.containers),
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
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigResources
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigResources {
  /**
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigResources#cpu
   */
  readonly cpu?: KafkaClusterSpecBrokersRoleGroupsConfigResourcesCpu;

  /**
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigResources#memory
   */
  readonly memory?: KafkaClusterSpecBrokersRoleGroupsConfigResourcesMemory;

  /**
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigResources#storage
   */
  readonly storage?: KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorage;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigResources(obj: KafkaClusterSpecBrokersRoleGroupsConfigResources | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cpu': toJson_KafkaClusterSpecBrokersRoleGroupsConfigResourcesCpu(obj.cpu),
    'memory': toJson_KafkaClusterSpecBrokersRoleGroupsConfigResourcesMemory(obj.memory),
    'storage': toJson_KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorage(obj.storage),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration per container.
 *
 * @schema KafkaClusterSpecControllersConfigLoggingContainers
 */
export interface KafkaClusterSpecControllersConfigLoggingContainers {
  /**
   * Log configuration of the container
   *
   * @schema KafkaClusterSpecControllersConfigLoggingContainers#kafka
   */
  readonly kafka?: KafkaClusterSpecControllersConfigLoggingContainersKafka;

  /**
   * Log configuration of the container
   *
   * @schema KafkaClusterSpecControllersConfigLoggingContainers#vector
   */
  readonly vector?: KafkaClusterSpecControllersConfigLoggingContainersVector;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersConfigLoggingContainers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersConfigLoggingContainers(obj: KafkaClusterSpecControllersConfigLoggingContainers | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'kafka': toJson_KafkaClusterSpecControllersConfigLoggingContainersKafka(obj.kafka),
    'vector': toJson_KafkaClusterSpecControllersConfigLoggingContainersVector(obj.vector),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema KafkaClusterSpecControllersConfigResourcesCpu
 */
export interface KafkaClusterSpecControllersConfigResourcesCpu {
  /**
   * The maximum amount of CPU cores that can be requested by Pods.
   * Equivalent to the `limit` for Pod resource configuration.
   * Cores are specified either as a decimal point number or as milli units.
   * For example:`1.5` will be 1.5 cores, also written as `1500m`.
   *
   * @schema KafkaClusterSpecControllersConfigResourcesCpu#max
   */
  readonly max?: any;

  /**
   * The minimal amount of CPU cores that Pods need to run.
   * Equivalent to the `request` for Pod resource configuration.
   * Cores are specified either as a decimal point number or as milli units.
   * For example:`1.5` will be 1.5 cores, also written as `1500m`.
   *
   * @schema KafkaClusterSpecControllersConfigResourcesCpu#min
   */
  readonly min?: any;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersConfigResourcesCpu' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersConfigResourcesCpu(obj: KafkaClusterSpecControllersConfigResourcesCpu | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersConfigResourcesMemory
 */
export interface KafkaClusterSpecControllersConfigResourcesMemory {
  /**
   * The maximum amount of memory that should be available to the Pod.
   * Specified as a byte [Quantity](https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/),
   * which means these suffixes are supported: E, P, T, G, M, k.
   * You can also use the power-of-two equivalents: Ei, Pi, Ti, Gi, Mi, Ki.
   * For example, the following represent roughly the same value:
   * `128974848, 129e6, 129M,  128974848000m, 123Mi`
   *
   * @schema KafkaClusterSpecControllersConfigResourcesMemory#limit
   */
  readonly limit?: any;

  /**
   * Additional options that can be specified.
   *
   * @schema KafkaClusterSpecControllersConfigResourcesMemory#runtimeLimits
   */
  readonly runtimeLimits?: any;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersConfigResourcesMemory' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersConfigResourcesMemory(obj: KafkaClusterSpecControllersConfigResourcesMemory | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersConfigResourcesStorage
 */
export interface KafkaClusterSpecControllersConfigResourcesStorage {
  /**
   * @schema KafkaClusterSpecControllersConfigResourcesStorage#logDirs
   */
  readonly logDirs?: KafkaClusterSpecControllersConfigResourcesStorageLogDirs;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersConfigResourcesStorage' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersConfigResourcesStorage(obj: KafkaClusterSpecControllersConfigResourcesStorage | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'logDirs': toJson_KafkaClusterSpecControllersConfigResourcesStorageLogDirs(obj.logDirs),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * These configuration settings control
 * [Pod placement](https://docs.stackable.tech/home/26.7/concepts/operations/pod_placement).
 *
 * @schema KafkaClusterSpecControllersRoleGroupsConfigAffinity
 */
export interface KafkaClusterSpecControllersRoleGroupsConfigAffinity {
  /**
   * Same as the `spec.affinity.nodeAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigAffinity#nodeAffinity
   */
  readonly nodeAffinity?: any;

  /**
   * Simple key-value pairs forming a nodeSelector, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigAffinity#nodeSelector
   */
  readonly nodeSelector?: { [key: string]: string };

  /**
   * Same as the `spec.affinity.podAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigAffinity#podAffinity
   */
  readonly podAffinity?: any;

  /**
   * Same as the `spec.affinity.podAntiAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigAffinity#podAntiAffinity
   */
  readonly podAntiAffinity?: any;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroupsConfigAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroupsConfigAffinity(obj: KafkaClusterSpecControllersRoleGroupsConfigAffinity | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersRoleGroupsConfigLogging
 */
export interface KafkaClusterSpecControllersRoleGroupsConfigLogging {
  /**
   * Log configuration per container.
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigLogging#containers
   */
  readonly containers?: KafkaClusterSpecControllersRoleGroupsConfigLoggingContainers;

  /**
   * Whether or not to deploy a container with the Vector log agent.
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigLogging#enableVectorAgent
   */
  readonly enableVectorAgent?: boolean;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroupsConfigLogging' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroupsConfigLogging(obj: KafkaClusterSpecControllersRoleGroupsConfigLogging | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'containers': toJson_KafkaClusterSpecControllersRoleGroupsConfigLoggingContainers(obj.containers),
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
 * @schema KafkaClusterSpecControllersRoleGroupsConfigResources
 */
export interface KafkaClusterSpecControllersRoleGroupsConfigResources {
  /**
   * @schema KafkaClusterSpecControllersRoleGroupsConfigResources#cpu
   */
  readonly cpu?: KafkaClusterSpecControllersRoleGroupsConfigResourcesCpu;

  /**
   * @schema KafkaClusterSpecControllersRoleGroupsConfigResources#memory
   */
  readonly memory?: KafkaClusterSpecControllersRoleGroupsConfigResourcesMemory;

  /**
   * @schema KafkaClusterSpecControllersRoleGroupsConfigResources#storage
   */
  readonly storage?: KafkaClusterSpecControllersRoleGroupsConfigResourcesStorage;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroupsConfigResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroupsConfigResources(obj: KafkaClusterSpecControllersRoleGroupsConfigResources | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cpu': toJson_KafkaClusterSpecControllersRoleGroupsConfigResourcesCpu(obj.cpu),
    'memory': toJson_KafkaClusterSpecControllersRoleGroupsConfigResourcesMemory(obj.memory),
    'storage': toJson_KafkaClusterSpecControllersRoleGroupsConfigResourcesStorage(obj.storage),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema KafkaClusterSpecBrokersConfigLoggingContainersKafka
 */
export interface KafkaClusterSpecBrokersConfigLoggingContainersKafka {
  /**
   * Configuration for the console appender
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersKafka#console
   */
  readonly console?: KafkaClusterSpecBrokersConfigLoggingContainersKafkaConsole;

  /**
   * Log configuration provided in a ConfigMap
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersKafka#custom
   */
  readonly custom?: KafkaClusterSpecBrokersConfigLoggingContainersKafkaCustom;

  /**
   * Configuration for the file appender
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersKafka#file
   */
  readonly file?: KafkaClusterSpecBrokersConfigLoggingContainersKafkaFile;

  /**
   * Configuration per logger
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersKafka#loggers
   */
  readonly loggers?: { [key: string]: KafkaClusterSpecBrokersConfigLoggingContainersKafkaLoggers };
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigLoggingContainersKafka' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigLoggingContainersKafka(obj: KafkaClusterSpecBrokersConfigLoggingContainersKafka | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_KafkaClusterSpecBrokersConfigLoggingContainersKafkaConsole(obj.console),
    'custom': toJson_KafkaClusterSpecBrokersConfigLoggingContainersKafkaCustom(obj.custom),
    'file': toJson_KafkaClusterSpecBrokersConfigLoggingContainersKafkaFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_KafkaClusterSpecBrokersConfigLoggingContainersKafkaLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema KafkaClusterSpecBrokersConfigLoggingContainersKcatProber
 */
export interface KafkaClusterSpecBrokersConfigLoggingContainersKcatProber {
  /**
   * Configuration for the console appender
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersKcatProber#console
   */
  readonly console?: KafkaClusterSpecBrokersConfigLoggingContainersKcatProberConsole;

  /**
   * Log configuration provided in a ConfigMap
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersKcatProber#custom
   */
  readonly custom?: KafkaClusterSpecBrokersConfigLoggingContainersKcatProberCustom;

  /**
   * Configuration for the file appender
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersKcatProber#file
   */
  readonly file?: KafkaClusterSpecBrokersConfigLoggingContainersKcatProberFile;

  /**
   * Configuration per logger
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersKcatProber#loggers
   */
  readonly loggers?: { [key: string]: KafkaClusterSpecBrokersConfigLoggingContainersKcatProberLoggers };
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigLoggingContainersKcatProber' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigLoggingContainersKcatProber(obj: KafkaClusterSpecBrokersConfigLoggingContainersKcatProber | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_KafkaClusterSpecBrokersConfigLoggingContainersKcatProberConsole(obj.console),
    'custom': toJson_KafkaClusterSpecBrokersConfigLoggingContainersKcatProberCustom(obj.custom),
    'file': toJson_KafkaClusterSpecBrokersConfigLoggingContainersKcatProberFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_KafkaClusterSpecBrokersConfigLoggingContainersKcatProberLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema KafkaClusterSpecBrokersConfigLoggingContainersVector
 */
export interface KafkaClusterSpecBrokersConfigLoggingContainersVector {
  /**
   * Configuration for the console appender
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersVector#console
   */
  readonly console?: KafkaClusterSpecBrokersConfigLoggingContainersVectorConsole;

  /**
   * Log configuration provided in a ConfigMap
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersVector#custom
   */
  readonly custom?: KafkaClusterSpecBrokersConfigLoggingContainersVectorCustom;

  /**
   * Configuration for the file appender
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersVector#file
   */
  readonly file?: KafkaClusterSpecBrokersConfigLoggingContainersVectorFile;

  /**
   * Configuration per logger
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersVector#loggers
   */
  readonly loggers?: { [key: string]: KafkaClusterSpecBrokersConfigLoggingContainersVectorLoggers };
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigLoggingContainersVector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigLoggingContainersVector(obj: KafkaClusterSpecBrokersConfigLoggingContainersVector | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_KafkaClusterSpecBrokersConfigLoggingContainersVectorConsole(obj.console),
    'custom': toJson_KafkaClusterSpecBrokersConfigLoggingContainersVectorCustom(obj.custom),
    'file': toJson_KafkaClusterSpecBrokersConfigLoggingContainersVectorFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_KafkaClusterSpecBrokersConfigLoggingContainersVectorLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema KafkaClusterSpecBrokersConfigResourcesStorageLogDirs
 */
export interface KafkaClusterSpecBrokersConfigResourcesStorageLogDirs {
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
   * @schema KafkaClusterSpecBrokersConfigResourcesStorageLogDirs#capacity
   */
  readonly capacity?: any;

  /**
   * A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches all objects. A null label selector matches no objects.
   *
   * @schema KafkaClusterSpecBrokersConfigResourcesStorageLogDirs#selectors
   */
  readonly selectors?: KafkaClusterSpecBrokersConfigResourcesStorageLogDirsSelectors;

  /**
   * @schema KafkaClusterSpecBrokersConfigResourcesStorageLogDirs#storageClass
   */
  readonly storageClass?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigResourcesStorageLogDirs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigResourcesStorageLogDirs(obj: KafkaClusterSpecBrokersConfigResourcesStorageLogDirs | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'capacity': obj.capacity,
    'selectors': toJson_KafkaClusterSpecBrokersConfigResourcesStorageLogDirsSelectors(obj.selectors),
    'storageClass': obj.storageClass,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration per container.
 *
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainers
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainers {
  /**
   * Log configuration of the container
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainers#kafka
   */
  readonly kafka?: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafka;

  /**
   * Log configuration of the container
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainers#kcat-prober
   */
  readonly kcatProber?: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProber;

  /**
   * Log configuration of the container
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainers#vector
   */
  readonly vector?: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVector;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainers(obj: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainers | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'kafka': toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafka(obj.kafka),
    'kcat-prober': toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProber(obj.kcatProber),
    'vector': toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVector(obj.vector),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigResourcesCpu
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigResourcesCpu {
  /**
   * The maximum amount of CPU cores that can be requested by Pods.
   * Equivalent to the `limit` for Pod resource configuration.
   * Cores are specified either as a decimal point number or as milli units.
   * For example:`1.5` will be 1.5 cores, also written as `1500m`.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigResourcesCpu#max
   */
  readonly max?: any;

  /**
   * The minimal amount of CPU cores that Pods need to run.
   * Equivalent to the `request` for Pod resource configuration.
   * Cores are specified either as a decimal point number or as milli units.
   * For example:`1.5` will be 1.5 cores, also written as `1500m`.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigResourcesCpu#min
   */
  readonly min?: any;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigResourcesCpu' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigResourcesCpu(obj: KafkaClusterSpecBrokersRoleGroupsConfigResourcesCpu | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigResourcesMemory
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigResourcesMemory {
  /**
   * The maximum amount of memory that should be available to the Pod.
   * Specified as a byte [Quantity](https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/),
   * which means these suffixes are supported: E, P, T, G, M, k.
   * You can also use the power-of-two equivalents: Ei, Pi, Ti, Gi, Mi, Ki.
   * For example, the following represent roughly the same value:
   * `128974848, 129e6, 129M,  128974848000m, 123Mi`
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigResourcesMemory#limit
   */
  readonly limit?: any;

  /**
   * Additional options that can be specified.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigResourcesMemory#runtimeLimits
   */
  readonly runtimeLimits?: any;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigResourcesMemory' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigResourcesMemory(obj: KafkaClusterSpecBrokersRoleGroupsConfigResourcesMemory | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorage
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorage {
  /**
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorage#logDirs
   */
  readonly logDirs?: KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirs;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorage' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorage(obj: KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorage | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'logDirs': toJson_KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirs(obj.logDirs),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema KafkaClusterSpecControllersConfigLoggingContainersKafka
 */
export interface KafkaClusterSpecControllersConfigLoggingContainersKafka {
  /**
   * Configuration for the console appender
   *
   * @schema KafkaClusterSpecControllersConfigLoggingContainersKafka#console
   */
  readonly console?: KafkaClusterSpecControllersConfigLoggingContainersKafkaConsole;

  /**
   * Log configuration provided in a ConfigMap
   *
   * @schema KafkaClusterSpecControllersConfigLoggingContainersKafka#custom
   */
  readonly custom?: KafkaClusterSpecControllersConfigLoggingContainersKafkaCustom;

  /**
   * Configuration for the file appender
   *
   * @schema KafkaClusterSpecControllersConfigLoggingContainersKafka#file
   */
  readonly file?: KafkaClusterSpecControllersConfigLoggingContainersKafkaFile;

  /**
   * Configuration per logger
   *
   * @schema KafkaClusterSpecControllersConfigLoggingContainersKafka#loggers
   */
  readonly loggers?: { [key: string]: KafkaClusterSpecControllersConfigLoggingContainersKafkaLoggers };
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersConfigLoggingContainersKafka' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersConfigLoggingContainersKafka(obj: KafkaClusterSpecControllersConfigLoggingContainersKafka | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_KafkaClusterSpecControllersConfigLoggingContainersKafkaConsole(obj.console),
    'custom': toJson_KafkaClusterSpecControllersConfigLoggingContainersKafkaCustom(obj.custom),
    'file': toJson_KafkaClusterSpecControllersConfigLoggingContainersKafkaFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_KafkaClusterSpecControllersConfigLoggingContainersKafkaLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema KafkaClusterSpecControllersConfigLoggingContainersVector
 */
export interface KafkaClusterSpecControllersConfigLoggingContainersVector {
  /**
   * Configuration for the console appender
   *
   * @schema KafkaClusterSpecControllersConfigLoggingContainersVector#console
   */
  readonly console?: KafkaClusterSpecControllersConfigLoggingContainersVectorConsole;

  /**
   * Log configuration provided in a ConfigMap
   *
   * @schema KafkaClusterSpecControllersConfigLoggingContainersVector#custom
   */
  readonly custom?: KafkaClusterSpecControllersConfigLoggingContainersVectorCustom;

  /**
   * Configuration for the file appender
   *
   * @schema KafkaClusterSpecControllersConfigLoggingContainersVector#file
   */
  readonly file?: KafkaClusterSpecControllersConfigLoggingContainersVectorFile;

  /**
   * Configuration per logger
   *
   * @schema KafkaClusterSpecControllersConfigLoggingContainersVector#loggers
   */
  readonly loggers?: { [key: string]: KafkaClusterSpecControllersConfigLoggingContainersVectorLoggers };
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersConfigLoggingContainersVector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersConfigLoggingContainersVector(obj: KafkaClusterSpecControllersConfigLoggingContainersVector | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_KafkaClusterSpecControllersConfigLoggingContainersVectorConsole(obj.console),
    'custom': toJson_KafkaClusterSpecControllersConfigLoggingContainersVectorCustom(obj.custom),
    'file': toJson_KafkaClusterSpecControllersConfigLoggingContainersVectorFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_KafkaClusterSpecControllersConfigLoggingContainersVectorLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema KafkaClusterSpecControllersConfigResourcesStorageLogDirs
 */
export interface KafkaClusterSpecControllersConfigResourcesStorageLogDirs {
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
   * @schema KafkaClusterSpecControllersConfigResourcesStorageLogDirs#capacity
   */
  readonly capacity?: any;

  /**
   * A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches all objects. A null label selector matches no objects.
   *
   * @schema KafkaClusterSpecControllersConfigResourcesStorageLogDirs#selectors
   */
  readonly selectors?: KafkaClusterSpecControllersConfigResourcesStorageLogDirsSelectors;

  /**
   * @schema KafkaClusterSpecControllersConfigResourcesStorageLogDirs#storageClass
   */
  readonly storageClass?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersConfigResourcesStorageLogDirs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersConfigResourcesStorageLogDirs(obj: KafkaClusterSpecControllersConfigResourcesStorageLogDirs | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'capacity': obj.capacity,
    'selectors': toJson_KafkaClusterSpecControllersConfigResourcesStorageLogDirsSelectors(obj.selectors),
    'storageClass': obj.storageClass,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration per container.
 *
 * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainers
 */
export interface KafkaClusterSpecControllersRoleGroupsConfigLoggingContainers {
  /**
   * Log configuration of the container
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainers#kafka
   */
  readonly kafka?: KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafka;

  /**
   * Log configuration of the container
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainers#vector
   */
  readonly vector?: KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVector;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroupsConfigLoggingContainers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroupsConfigLoggingContainers(obj: KafkaClusterSpecControllersRoleGroupsConfigLoggingContainers | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'kafka': toJson_KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafka(obj.kafka),
    'vector': toJson_KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVector(obj.vector),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema KafkaClusterSpecControllersRoleGroupsConfigResourcesCpu
 */
export interface KafkaClusterSpecControllersRoleGroupsConfigResourcesCpu {
  /**
   * The maximum amount of CPU cores that can be requested by Pods.
   * Equivalent to the `limit` for Pod resource configuration.
   * Cores are specified either as a decimal point number or as milli units.
   * For example:`1.5` will be 1.5 cores, also written as `1500m`.
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigResourcesCpu#max
   */
  readonly max?: any;

  /**
   * The minimal amount of CPU cores that Pods need to run.
   * Equivalent to the `request` for Pod resource configuration.
   * Cores are specified either as a decimal point number or as milli units.
   * For example:`1.5` will be 1.5 cores, also written as `1500m`.
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigResourcesCpu#min
   */
  readonly min?: any;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroupsConfigResourcesCpu' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroupsConfigResourcesCpu(obj: KafkaClusterSpecControllersRoleGroupsConfigResourcesCpu | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersRoleGroupsConfigResourcesMemory
 */
export interface KafkaClusterSpecControllersRoleGroupsConfigResourcesMemory {
  /**
   * The maximum amount of memory that should be available to the Pod.
   * Specified as a byte [Quantity](https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/),
   * which means these suffixes are supported: E, P, T, G, M, k.
   * You can also use the power-of-two equivalents: Ei, Pi, Ti, Gi, Mi, Ki.
   * For example, the following represent roughly the same value:
   * `128974848, 129e6, 129M,  128974848000m, 123Mi`
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigResourcesMemory#limit
   */
  readonly limit?: any;

  /**
   * Additional options that can be specified.
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigResourcesMemory#runtimeLimits
   */
  readonly runtimeLimits?: any;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroupsConfigResourcesMemory' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroupsConfigResourcesMemory(obj: KafkaClusterSpecControllersRoleGroupsConfigResourcesMemory | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersRoleGroupsConfigResourcesStorage
 */
export interface KafkaClusterSpecControllersRoleGroupsConfigResourcesStorage {
  /**
   * @schema KafkaClusterSpecControllersRoleGroupsConfigResourcesStorage#logDirs
   */
  readonly logDirs?: KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirs;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroupsConfigResourcesStorage' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroupsConfigResourcesStorage(obj: KafkaClusterSpecControllersRoleGroupsConfigResourcesStorage | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'logDirs': toJson_KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirs(obj.logDirs),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Configuration for the console appender
 *
 * @schema KafkaClusterSpecBrokersConfigLoggingContainersKafkaConsole
 */
export interface KafkaClusterSpecBrokersConfigLoggingContainersKafkaConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersKafkaConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigLoggingContainersKafkaConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigLoggingContainersKafkaConsole(obj: KafkaClusterSpecBrokersConfigLoggingContainersKafkaConsole | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersConfigLoggingContainersKafkaCustom
 */
export interface KafkaClusterSpecBrokersConfigLoggingContainersKafkaCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersKafkaCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigLoggingContainersKafkaCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigLoggingContainersKafkaCustom(obj: KafkaClusterSpecBrokersConfigLoggingContainersKafkaCustom | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersConfigLoggingContainersKafkaFile
 */
export interface KafkaClusterSpecBrokersConfigLoggingContainersKafkaFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersKafkaFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigLoggingContainersKafkaFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigLoggingContainersKafkaFile(obj: KafkaClusterSpecBrokersConfigLoggingContainersKafkaFile | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersConfigLoggingContainersKafkaLoggers
 */
export interface KafkaClusterSpecBrokersConfigLoggingContainersKafkaLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersKafkaLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigLoggingContainersKafkaLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigLoggingContainersKafkaLoggers(obj: KafkaClusterSpecBrokersConfigLoggingContainersKafkaLoggers | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersConfigLoggingContainersKcatProberConsole
 */
export interface KafkaClusterSpecBrokersConfigLoggingContainersKcatProberConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersKcatProberConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigLoggingContainersKcatProberConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigLoggingContainersKcatProberConsole(obj: KafkaClusterSpecBrokersConfigLoggingContainersKcatProberConsole | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersConfigLoggingContainersKcatProberCustom
 */
export interface KafkaClusterSpecBrokersConfigLoggingContainersKcatProberCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersKcatProberCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigLoggingContainersKcatProberCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigLoggingContainersKcatProberCustom(obj: KafkaClusterSpecBrokersConfigLoggingContainersKcatProberCustom | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersConfigLoggingContainersKcatProberFile
 */
export interface KafkaClusterSpecBrokersConfigLoggingContainersKcatProberFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersKcatProberFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigLoggingContainersKcatProberFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigLoggingContainersKcatProberFile(obj: KafkaClusterSpecBrokersConfigLoggingContainersKcatProberFile | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersConfigLoggingContainersKcatProberLoggers
 */
export interface KafkaClusterSpecBrokersConfigLoggingContainersKcatProberLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersKcatProberLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigLoggingContainersKcatProberLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigLoggingContainersKcatProberLoggers(obj: KafkaClusterSpecBrokersConfigLoggingContainersKcatProberLoggers | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersConfigLoggingContainersVectorConsole
 */
export interface KafkaClusterSpecBrokersConfigLoggingContainersVectorConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersVectorConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigLoggingContainersVectorConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigLoggingContainersVectorConsole(obj: KafkaClusterSpecBrokersConfigLoggingContainersVectorConsole | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersConfigLoggingContainersVectorCustom
 */
export interface KafkaClusterSpecBrokersConfigLoggingContainersVectorCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersVectorCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigLoggingContainersVectorCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigLoggingContainersVectorCustom(obj: KafkaClusterSpecBrokersConfigLoggingContainersVectorCustom | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersConfigLoggingContainersVectorFile
 */
export interface KafkaClusterSpecBrokersConfigLoggingContainersVectorFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersVectorFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigLoggingContainersVectorFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigLoggingContainersVectorFile(obj: KafkaClusterSpecBrokersConfigLoggingContainersVectorFile | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersConfigLoggingContainersVectorLoggers
 */
export interface KafkaClusterSpecBrokersConfigLoggingContainersVectorLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecBrokersConfigLoggingContainersVectorLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigLoggingContainersVectorLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigLoggingContainersVectorLoggers(obj: KafkaClusterSpecBrokersConfigLoggingContainersVectorLoggers | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersConfigResourcesStorageLogDirsSelectors
 */
export interface KafkaClusterSpecBrokersConfigResourcesStorageLogDirsSelectors {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   *
   * @schema KafkaClusterSpecBrokersConfigResourcesStorageLogDirsSelectors#matchExpressions
   */
  readonly matchExpressions?: KafkaClusterSpecBrokersConfigResourcesStorageLogDirsSelectorsMatchExpressions[];

  /**
   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.
   *
   * @schema KafkaClusterSpecBrokersConfigResourcesStorageLogDirsSelectors#matchLabels
   */
  readonly matchLabels?: { [key: string]: string };
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigResourcesStorageLogDirsSelectors' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigResourcesStorageLogDirsSelectors(obj: KafkaClusterSpecBrokersConfigResourcesStorageLogDirsSelectors | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'matchExpressions': obj.matchExpressions?.map(y => toJson_KafkaClusterSpecBrokersConfigResourcesStorageLogDirsSelectorsMatchExpressions(y)),
    'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafka
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafka {
  /**
   * Configuration for the console appender
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafka#console
   */
  readonly console?: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaConsole;

  /**
   * Log configuration provided in a ConfigMap
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafka#custom
   */
  readonly custom?: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaCustom;

  /**
   * Configuration for the file appender
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafka#file
   */
  readonly file?: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaFile;

  /**
   * Configuration per logger
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafka#loggers
   */
  readonly loggers?: { [key: string]: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaLoggers };
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafka' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafka(obj: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafka | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaConsole(obj.console),
    'custom': toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaCustom(obj.custom),
    'file': toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProber
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProber {
  /**
   * Configuration for the console appender
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProber#console
   */
  readonly console?: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberConsole;

  /**
   * Log configuration provided in a ConfigMap
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProber#custom
   */
  readonly custom?: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberCustom;

  /**
   * Configuration for the file appender
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProber#file
   */
  readonly file?: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberFile;

  /**
   * Configuration per logger
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProber#loggers
   */
  readonly loggers?: { [key: string]: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberLoggers };
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProber' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProber(obj: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProber | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberConsole(obj.console),
    'custom': toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberCustom(obj.custom),
    'file': toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVector
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVector {
  /**
   * Configuration for the console appender
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVector#console
   */
  readonly console?: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorConsole;

  /**
   * Log configuration provided in a ConfigMap
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVector#custom
   */
  readonly custom?: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorCustom;

  /**
   * Configuration for the file appender
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVector#file
   */
  readonly file?: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorFile;

  /**
   * Configuration per logger
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVector#loggers
   */
  readonly loggers?: { [key: string]: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorLoggers };
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVector(obj: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVector | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorConsole(obj.console),
    'custom': toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorCustom(obj.custom),
    'file': toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirs
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirs {
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
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirs#capacity
   */
  readonly capacity?: any;

  /**
   * A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches all objects. A null label selector matches no objects.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirs#selectors
   */
  readonly selectors?: KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirsSelectors;

  /**
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirs#storageClass
   */
  readonly storageClass?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirs(obj: KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirs | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'capacity': obj.capacity,
    'selectors': toJson_KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirsSelectors(obj.selectors),
    'storageClass': obj.storageClass,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Configuration for the console appender
 *
 * @schema KafkaClusterSpecControllersConfigLoggingContainersKafkaConsole
 */
export interface KafkaClusterSpecControllersConfigLoggingContainersKafkaConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecControllersConfigLoggingContainersKafkaConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersConfigLoggingContainersKafkaConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersConfigLoggingContainersKafkaConsole(obj: KafkaClusterSpecControllersConfigLoggingContainersKafkaConsole | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersConfigLoggingContainersKafkaCustom
 */
export interface KafkaClusterSpecControllersConfigLoggingContainersKafkaCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema KafkaClusterSpecControllersConfigLoggingContainersKafkaCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersConfigLoggingContainersKafkaCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersConfigLoggingContainersKafkaCustom(obj: KafkaClusterSpecControllersConfigLoggingContainersKafkaCustom | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersConfigLoggingContainersKafkaFile
 */
export interface KafkaClusterSpecControllersConfigLoggingContainersKafkaFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecControllersConfigLoggingContainersKafkaFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersConfigLoggingContainersKafkaFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersConfigLoggingContainersKafkaFile(obj: KafkaClusterSpecControllersConfigLoggingContainersKafkaFile | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersConfigLoggingContainersKafkaLoggers
 */
export interface KafkaClusterSpecControllersConfigLoggingContainersKafkaLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecControllersConfigLoggingContainersKafkaLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersConfigLoggingContainersKafkaLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersConfigLoggingContainersKafkaLoggers(obj: KafkaClusterSpecControllersConfigLoggingContainersKafkaLoggers | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersConfigLoggingContainersVectorConsole
 */
export interface KafkaClusterSpecControllersConfigLoggingContainersVectorConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecControllersConfigLoggingContainersVectorConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersConfigLoggingContainersVectorConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersConfigLoggingContainersVectorConsole(obj: KafkaClusterSpecControllersConfigLoggingContainersVectorConsole | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersConfigLoggingContainersVectorCustom
 */
export interface KafkaClusterSpecControllersConfigLoggingContainersVectorCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema KafkaClusterSpecControllersConfigLoggingContainersVectorCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersConfigLoggingContainersVectorCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersConfigLoggingContainersVectorCustom(obj: KafkaClusterSpecControllersConfigLoggingContainersVectorCustom | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersConfigLoggingContainersVectorFile
 */
export interface KafkaClusterSpecControllersConfigLoggingContainersVectorFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecControllersConfigLoggingContainersVectorFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersConfigLoggingContainersVectorFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersConfigLoggingContainersVectorFile(obj: KafkaClusterSpecControllersConfigLoggingContainersVectorFile | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersConfigLoggingContainersVectorLoggers
 */
export interface KafkaClusterSpecControllersConfigLoggingContainersVectorLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecControllersConfigLoggingContainersVectorLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersConfigLoggingContainersVectorLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersConfigLoggingContainersVectorLoggers(obj: KafkaClusterSpecControllersConfigLoggingContainersVectorLoggers | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersConfigResourcesStorageLogDirsSelectors
 */
export interface KafkaClusterSpecControllersConfigResourcesStorageLogDirsSelectors {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   *
   * @schema KafkaClusterSpecControllersConfigResourcesStorageLogDirsSelectors#matchExpressions
   */
  readonly matchExpressions?: KafkaClusterSpecControllersConfigResourcesStorageLogDirsSelectorsMatchExpressions[];

  /**
   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.
   *
   * @schema KafkaClusterSpecControllersConfigResourcesStorageLogDirsSelectors#matchLabels
   */
  readonly matchLabels?: { [key: string]: string };
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersConfigResourcesStorageLogDirsSelectors' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersConfigResourcesStorageLogDirsSelectors(obj: KafkaClusterSpecControllersConfigResourcesStorageLogDirsSelectors | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'matchExpressions': obj.matchExpressions?.map(y => toJson_KafkaClusterSpecControllersConfigResourcesStorageLogDirsSelectorsMatchExpressions(y)),
    'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafka
 */
export interface KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafka {
  /**
   * Configuration for the console appender
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafka#console
   */
  readonly console?: KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaConsole;

  /**
   * Log configuration provided in a ConfigMap
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafka#custom
   */
  readonly custom?: KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaCustom;

  /**
   * Configuration for the file appender
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafka#file
   */
  readonly file?: KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaFile;

  /**
   * Configuration per logger
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafka#loggers
   */
  readonly loggers?: { [key: string]: KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaLoggers };
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafka' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafka(obj: KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafka | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaConsole(obj.console),
    'custom': toJson_KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaCustom(obj.custom),
    'file': toJson_KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVector
 */
export interface KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVector {
  /**
   * Configuration for the console appender
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVector#console
   */
  readonly console?: KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorConsole;

  /**
   * Log configuration provided in a ConfigMap
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVector#custom
   */
  readonly custom?: KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorCustom;

  /**
   * Configuration for the file appender
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVector#file
   */
  readonly file?: KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorFile;

  /**
   * Configuration per logger
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVector#loggers
   */
  readonly loggers?: { [key: string]: KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorLoggers };
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVector(obj: KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVector | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorConsole(obj.console),
    'custom': toJson_KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorCustom(obj.custom),
    'file': toJson_KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirs
 */
export interface KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirs {
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
   * @schema KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirs#capacity
   */
  readonly capacity?: any;

  /**
   * A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches all objects. A null label selector matches no objects.
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirs#selectors
   */
  readonly selectors?: KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirsSelectors;

  /**
   * @schema KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirs#storageClass
   */
  readonly storageClass?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirs(obj: KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirs | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'capacity': obj.capacity,
    'selectors': toJson_KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirsSelectors(obj.selectors),
    'storageClass': obj.storageClass,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.
 *
 * @schema KafkaClusterSpecBrokersConfigResourcesStorageLogDirsSelectorsMatchExpressions
 */
export interface KafkaClusterSpecBrokersConfigResourcesStorageLogDirsSelectorsMatchExpressions {
  /**
   * key is the label key that the selector applies to.
   *
   * @schema KafkaClusterSpecBrokersConfigResourcesStorageLogDirsSelectorsMatchExpressions#key
   */
  readonly key: string;

  /**
   * operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
   *
   * @schema KafkaClusterSpecBrokersConfigResourcesStorageLogDirsSelectorsMatchExpressions#operator
   */
  readonly operator: string;

  /**
   * values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.
   *
   * @schema KafkaClusterSpecBrokersConfigResourcesStorageLogDirsSelectorsMatchExpressions#values
   */
  readonly values?: string[];
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersConfigResourcesStorageLogDirsSelectorsMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersConfigResourcesStorageLogDirsSelectorsMatchExpressions(obj: KafkaClusterSpecBrokersConfigResourcesStorageLogDirsSelectorsMatchExpressions | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaConsole
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaConsole(obj: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaConsole | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaCustom
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaCustom(obj: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaCustom | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaFile
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaFile(obj: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaFile | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaLoggers
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaLoggers(obj: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKafkaLoggers | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberConsole
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberConsole(obj: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberConsole | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberCustom
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberCustom(obj: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberCustom | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberFile
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberFile(obj: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberFile | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberLoggers
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberLoggers(obj: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersKcatProberLoggers | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorConsole
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorConsole(obj: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorConsole | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorCustom
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorCustom(obj: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorCustom | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorFile
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorFile(obj: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorFile | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorLoggers
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorLoggers(obj: KafkaClusterSpecBrokersRoleGroupsConfigLoggingContainersVectorLoggers | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirsSelectors
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirsSelectors {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirsSelectors#matchExpressions
   */
  readonly matchExpressions?: KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirsSelectorsMatchExpressions[];

  /**
   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirsSelectors#matchLabels
   */
  readonly matchLabels?: { [key: string]: string };
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirsSelectors' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirsSelectors(obj: KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirsSelectors | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'matchExpressions': obj.matchExpressions?.map(y => toJson_KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirsSelectorsMatchExpressions(y)),
    'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.
 *
 * @schema KafkaClusterSpecControllersConfigResourcesStorageLogDirsSelectorsMatchExpressions
 */
export interface KafkaClusterSpecControllersConfigResourcesStorageLogDirsSelectorsMatchExpressions {
  /**
   * key is the label key that the selector applies to.
   *
   * @schema KafkaClusterSpecControllersConfigResourcesStorageLogDirsSelectorsMatchExpressions#key
   */
  readonly key: string;

  /**
   * operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
   *
   * @schema KafkaClusterSpecControllersConfigResourcesStorageLogDirsSelectorsMatchExpressions#operator
   */
  readonly operator: string;

  /**
   * values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.
   *
   * @schema KafkaClusterSpecControllersConfigResourcesStorageLogDirsSelectorsMatchExpressions#values
   */
  readonly values?: string[];
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersConfigResourcesStorageLogDirsSelectorsMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersConfigResourcesStorageLogDirsSelectorsMatchExpressions(obj: KafkaClusterSpecControllersConfigResourcesStorageLogDirsSelectorsMatchExpressions | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaConsole
 */
export interface KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaConsole(obj: KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaConsole | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaCustom
 */
export interface KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaCustom(obj: KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaCustom | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaFile
 */
export interface KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaFile(obj: KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaFile | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaLoggers
 */
export interface KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaLoggers(obj: KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersKafkaLoggers | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorConsole
 */
export interface KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorConsole(obj: KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorConsole | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorCustom
 */
export interface KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorCustom(obj: KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorCustom | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorFile
 */
export interface KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorFile(obj: KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorFile | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorLoggers
 */
export interface KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorLoggers(obj: KafkaClusterSpecControllersRoleGroupsConfigLoggingContainersVectorLoggers | undefined): Record<string, any> | undefined {
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
 * @schema KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirsSelectors
 */
export interface KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirsSelectors {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirsSelectors#matchExpressions
   */
  readonly matchExpressions?: KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirsSelectorsMatchExpressions[];

  /**
   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirsSelectors#matchLabels
   */
  readonly matchLabels?: { [key: string]: string };
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirsSelectors' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirsSelectors(obj: KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirsSelectors | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'matchExpressions': obj.matchExpressions?.map(y => toJson_KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirsSelectorsMatchExpressions(y)),
    'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.
 *
 * @schema KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirsSelectorsMatchExpressions
 */
export interface KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirsSelectorsMatchExpressions {
  /**
   * key is the label key that the selector applies to.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirsSelectorsMatchExpressions#key
   */
  readonly key: string;

  /**
   * operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirsSelectorsMatchExpressions#operator
   */
  readonly operator: string;

  /**
   * values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.
   *
   * @schema KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirsSelectorsMatchExpressions#values
   */
  readonly values?: string[];
}

/**
 * Converts an object of type 'KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirsSelectorsMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirsSelectorsMatchExpressions(obj: KafkaClusterSpecBrokersRoleGroupsConfigResourcesStorageLogDirsSelectorsMatchExpressions | undefined): Record<string, any> | undefined {
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
 * A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.
 *
 * @schema KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirsSelectorsMatchExpressions
 */
export interface KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirsSelectorsMatchExpressions {
  /**
   * key is the label key that the selector applies to.
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirsSelectorsMatchExpressions#key
   */
  readonly key: string;

  /**
   * operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirsSelectorsMatchExpressions#operator
   */
  readonly operator: string;

  /**
   * values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.
   *
   * @schema KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirsSelectorsMatchExpressions#values
   */
  readonly values?: string[];
}

/**
 * Converts an object of type 'KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirsSelectorsMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirsSelectorsMatchExpressions(obj: KafkaClusterSpecControllersRoleGroupsConfigResourcesStorageLogDirsSelectorsMatchExpressions | undefined): Record<string, any> | undefined {
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


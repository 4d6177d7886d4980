// GENERATED FILE, DO NOT EDIT. Regenerate with `npm run imports` (scripts/imports.ts).
// cdk8s-cli 2.207.60 `cdk8s import`, SparkApplication at v1alpha1, from:
//   ../shared/crds/stackable-spark-k8s-operator/crds.yaml (sha256 5f68c82517b93cfaf5752ce75b07fcbe43ad6e9e225bb214afb213a81b574f57)
import { ApiObject, type ApiObjectMetadata, type GroupVersionKind } from 'cdk8s';
import type { Construct } from 'constructs';


/**
 * Auto-generated derived type for SparkApplicationSpec via `CustomResource`
 *
 * @schema SparkApplication
 */
export class SparkApplication extends ApiObject {
  /**
   * Returns the apiVersion and kind for "SparkApplication"
   */
  public static readonly GVK: GroupVersionKind = {
    apiVersion: 'spark.stackable.tech/v1alpha1',
    kind: 'SparkApplication',
  }

  /**
   * Renders a Kubernetes manifest for "SparkApplication".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  public static manifest(props: SparkApplicationProps): any {
    return {
      ...SparkApplication.GVK,
      ...toJson_SparkApplicationProps(props),
    };
  }

  /**
   * Defines a "SparkApplication" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  public constructor(scope: Construct, id: string, props: SparkApplicationProps) {
    super(scope, id, {
      ...SparkApplication.GVK,
      ...props,
    });
  }

  /**
   * Renders the object to Kubernetes JSON.
   */
  public override toJson(): any {
    const resolved = super.toJson();

    return {
      ...SparkApplication.GVK,
      ...toJson_SparkApplicationProps(resolved),
    };
  }
}

/**
 * Auto-generated derived type for SparkApplicationSpec via `CustomResource`
 *
 * @schema SparkApplication
 */
export interface SparkApplicationProps {
  /**
   * @schema SparkApplication#metadata
   */
  readonly metadata?: ApiObjectMetadata;

  /**
   * A Spark cluster stacklet. This resource is managed by the Stackable operator for Apache Spark.
   * Find more information on how to use it and the resources that the operator generates in the
   * [operator documentation](https://docs.stackable.tech/home/26.3/spark-k8s/).
   *
   * The SparkApplication CRD looks a little different than the CRDs of the other products on the
   * Stackable Data Platform.
   *
   * @schema SparkApplication#spec
   */
  readonly spec: SparkApplicationSpec;
}

/**
 * Converts an object of type 'SparkApplicationProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationProps(obj: SparkApplicationProps | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'metadata': obj.metadata,
    'spec': toJson_SparkApplicationSpec(obj.spec),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A Spark cluster stacklet. This resource is managed by the Stackable operator for Apache Spark.
 * Find more information on how to use it and the resources that the operator generates in the
 * [operator documentation](https://docs.stackable.tech/home/26.3/spark-k8s/).
 *
 * The SparkApplication CRD looks a little different than the CRDs of the other products on the
 * Stackable Data Platform.
 *
 * @schema SparkApplicationSpec
 */
export interface SparkApplicationSpec {
  /**
   * Arguments passed directly to the job artifact.
   *
   * @schema SparkApplicationSpec#args
   */
  readonly args?: string[];

  /**
   * Job dependencies: a list of python packages that will be installed via pip, a list of packages
   * or repositories that is passed directly to spark-submit, or a list of excluded packages
   * (also passed directly to spark-submit).
   *
   * @schema SparkApplicationSpec#deps
   */
  readonly deps?: SparkApplicationSpecDeps;

  /**
   * The driver role specifies the configuration that, together with the driver pod template, is used by
   * Spark to create driver pods.
   *
   * @schema SparkApplicationSpec#driver
   */
  readonly driver?: SparkApplicationSpecDriver;

  /**
   * A list of environment variables that will be set in the job pod and the driver and executor
   * pod templates.
   *
   * @schema SparkApplicationSpec#env
   */
  readonly env?: SparkApplicationSpecEnv[];

  /**
   * The executor role specifies the configuration that, together with the driver pod template, is used by
   * Spark to create the executor pods.
   * This is RoleGroup instead of plain CommonConfiguration because it needs to allow for the number of replicas.
   * to be specified.
   *
   * @schema SparkApplicationSpec#executor
   */
  readonly executor?: SparkApplicationSpecExecutor;

  /**
   * User-supplied image containing spark-job dependencies that will be copied to the specified volume mount.
   * See the [examples](https://docs.stackable.tech/home/26.3/spark-k8s/usage-guide/examples).
   *
   * @schema SparkApplicationSpec#image
   */
  readonly image?: string;

  /**
   * The job builds a spark-submit command, complete with arguments and referenced dependencies
   * such as templates, and passes it on to Spark.
   * The reason this property uses its own type (SubmitConfigFragment) is because logging is not
   * supported for spark-submit processes.
   *
   * @schema SparkApplicationSpec#job
   */
  readonly job?: SparkApplicationSpecJob;

  /**
   * The log file directory definition used by the Spark history server.
   *
   * @schema SparkApplicationSpec#logFileDirectory
   */
  readonly logFileDirectory?: SparkApplicationSpecLogFileDirectory;

  /**
   * The actual application file that will be called by `spark-submit`.
   *
   * @schema SparkApplicationSpec#mainApplicationFile
   */
  readonly mainApplicationFile: string;

  /**
   * The main class - i.e. entry point - for JVM artifacts.
   *
   * @schema SparkApplicationSpec#mainClass
   */
  readonly mainClass?: string;

  /**
   * Mode: cluster or client. Currently only cluster is supported.
   *
   * @schema SparkApplicationSpec#mode
   */
  readonly mode: SparkApplicationSpecMode;

  /**
   * Configure an S3 connection that the SparkApplication has access to.
   * Read more in the [Spark S3 usage guide](https://docs.stackable.tech/home/26.3/spark-k8s/usage-guide/s3).
   *
   * @schema SparkApplicationSpec#s3connection
   */
  readonly s3Connection?: SparkApplicationSpecS3Connection;

  /**
   * A map of key/value strings that will be passed directly to spark-submit.
   *
   * @schema SparkApplicationSpec#sparkConf
   */
  readonly sparkConf?: { [key: string]: string };

  /**
   * Specify which image to use, the easiest way is to only configure the `productVersion`.
   * You can also configure a custom image registry to pull from, as well as completely custom
   * images.
   *
   * Consult the [Product image selection documentation](https://docs.stackable.tech/home/26.3/concepts/product_image_selection)
   * for details.
   *
   * @schema SparkApplicationSpec#sparkImage
   */
  readonly sparkImage: SparkApplicationSpecSparkImage;

  /**
   * Name of the Vector aggregator [discovery ConfigMap](https://docs.stackable.tech/home/26.3/concepts/service_discovery).
   * It must contain the key `ADDRESS` with the address of the Vector aggregator.
   * Follow the [logging tutorial](https://docs.stackable.tech/home/26.3/tutorials/logging-vector-aggregator)
   * to learn how to configure log aggregation with Vector.
   *
   * @schema SparkApplicationSpec#vectorAggregatorConfigMapName
   */
  readonly vectorAggregatorConfigMapName?: string;

  /**
   * A list of volumes that can be made available to the job, driver or executors via their volume mounts.
   *
   * @schema SparkApplicationSpec#volumes
   */
  readonly volumes?: any[];
}

/**
 * Converts an object of type 'SparkApplicationSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpec(obj: SparkApplicationSpec | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'args': obj.args?.map(y => y),
    'deps': toJson_SparkApplicationSpecDeps(obj.deps),
    'driver': toJson_SparkApplicationSpecDriver(obj.driver),
    'env': obj.env?.map(y => toJson_SparkApplicationSpecEnv(y)),
    'executor': toJson_SparkApplicationSpecExecutor(obj.executor),
    'image': obj.image,
    'job': toJson_SparkApplicationSpecJob(obj.job),
    'logFileDirectory': toJson_SparkApplicationSpecLogFileDirectory(obj.logFileDirectory),
    'mainApplicationFile': obj.mainApplicationFile,
    'mainClass': obj.mainClass,
    'mode': obj.mode,
    's3connection': toJson_SparkApplicationSpecS3Connection(obj.s3Connection),
    'sparkConf': ((obj.sparkConf) === undefined) ? undefined : (Object.entries(obj.sparkConf).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'sparkImage': toJson_SparkApplicationSpecSparkImage(obj.sparkImage),
    'vectorAggregatorConfigMapName': obj.vectorAggregatorConfigMapName,
    'volumes': obj.volumes?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Job dependencies: a list of python packages that will be installed via pip, a list of packages
 * or repositories that is passed directly to spark-submit, or a list of excluded packages
 * (also passed directly to spark-submit).
 *
 * @schema SparkApplicationSpecDeps
 */
export interface SparkApplicationSpecDeps {
  /**
   * A list of excluded packages that is passed directly to `spark-submit`.
   *
   * @schema SparkApplicationSpecDeps#excludePackages
   */
  readonly excludePackages?: string[];

  /**
   * A list of packages that is passed directly to `spark-submit`.
   *
   * @schema SparkApplicationSpecDeps#packages
   */
  readonly packages?: string[];

  /**
   * A list of repositories that is passed directly to `spark-submit`.
   *
   * @schema SparkApplicationSpecDeps#repositories
   */
  readonly repositories?: string[];

  /**
   * Under the `requirements` you can specify Python dependencies that will be installed with `pip`.
   * Example: `tabulate==0.8.9`
   *
   * @schema SparkApplicationSpecDeps#requirements
   */
  readonly requirements?: string[];
}

/**
 * Converts an object of type 'SparkApplicationSpecDeps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDeps(obj: SparkApplicationSpecDeps | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'excludePackages': obj.excludePackages?.map(y => y),
    'packages': obj.packages?.map(y => y),
    'repositories': obj.repositories?.map(y => y),
    'requirements': obj.requirements?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The driver role specifies the configuration that, together with the driver pod template, is used by
 * Spark to create driver pods.
 *
 * @schema SparkApplicationSpecDriver
 */
export interface SparkApplicationSpecDriver {
  /**
   * @schema SparkApplicationSpecDriver#cliOverrides
   */
  readonly cliOverrides?: { [key: string]: string };

  /**
   * @schema SparkApplicationSpecDriver#config
   */
  readonly config?: SparkApplicationSpecDriverConfig;

  /**
   * The `configOverrides` can be used to configure properties in product config files
   * that are not exposed in the CRD. Read the
   * [config overrides documentation](https://docs.stackable.tech/home/26.3/concepts/overrides#config-overrides)
   * and consult the operator specific usage guide documentation for details on the
   * available config files and settings for the specific product.
   *
   * @schema SparkApplicationSpecDriver#configOverrides
   */
  readonly configOverrides?: { [key: string]: { [key: string]: string } };

  /**
   * `envOverrides` configure environment variables to be set in the Pods.
   * It is a map from strings to strings - environment variables and the value to set.
   * Read the
   * [environment variable overrides documentation](https://docs.stackable.tech/home/26.3/concepts/overrides#env-overrides)
   * for more information and consult the operator specific usage guide to find out about
   * the product specific environment variables that are available.
   *
   * @schema SparkApplicationSpecDriver#envOverrides
   */
  readonly envOverrides?: { [key: string]: string };

  /**
   * Allows overriding JVM arguments.
   * Please read on the [JVM argument overrides documentation](https://docs.stackable.tech/home/26.3/concepts/overrides#jvm-argument-overrides)
   * for details on the usage.
   *
   * @schema SparkApplicationSpecDriver#jvmArgumentOverrides
   */
  readonly jvmArgumentOverrides?: SparkApplicationSpecDriverJvmArgumentOverrides;

  /**
   * In the `podOverrides` property you can define a
   * [PodTemplateSpec](https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.34/#podtemplatespec-v1-core)
   * to override any property that can be set on a Kubernetes Pod.
   * Read the
   * [Pod overrides documentation](https://docs.stackable.tech/home/26.3/concepts/overrides#pod-overrides)
   * for more information.
   *
   * @schema SparkApplicationSpecDriver#podOverrides
   */
  readonly podOverrides?: any;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriver' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriver(obj: SparkApplicationSpecDriver | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cliOverrides': ((obj.cliOverrides) === undefined) ? undefined : (Object.entries(obj.cliOverrides).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'config': toJson_SparkApplicationSpecDriverConfig(obj.config),
    'configOverrides': ((obj.configOverrides) === undefined) ? undefined : (Object.entries(obj.configOverrides).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: ((i[1]) === undefined) ? undefined : (Object.entries(i[1]).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})) }), {})),
    'envOverrides': ((obj.envOverrides) === undefined) ? undefined : (Object.entries(obj.envOverrides).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'jvmArgumentOverrides': toJson_SparkApplicationSpecDriverJvmArgumentOverrides(obj.jvmArgumentOverrides),
    'podOverrides': obj.podOverrides,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema SparkApplicationSpecEnv
 */
export interface SparkApplicationSpecEnv {
  /**
   * Name of the environment variable. May consist of any printable ASCII characters except '='.
   *
   * @schema SparkApplicationSpecEnv#name
   */
  readonly name: string;

  /**
   * Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Defaults to "".
   *
   * @default .
   * @schema SparkApplicationSpecEnv#value
   */
  readonly value?: string;

  /**
   * Source for the environment variable's value. Cannot be used if value is not empty.
   *
   * @schema SparkApplicationSpecEnv#valueFrom
   */
  readonly valueFrom?: SparkApplicationSpecEnvValueFrom;
}

/**
 * Converts an object of type 'SparkApplicationSpecEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecEnv(obj: SparkApplicationSpecEnv | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
    'valueFrom': toJson_SparkApplicationSpecEnvValueFrom(obj.valueFrom),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The executor role specifies the configuration that, together with the driver pod template, is used by
 * Spark to create the executor pods.
 * This is RoleGroup instead of plain CommonConfiguration because it needs to allow for the number of replicas.
 * to be specified.
 *
 * @schema SparkApplicationSpecExecutor
 */
export interface SparkApplicationSpecExecutor {
  /**
   * @schema SparkApplicationSpecExecutor#cliOverrides
   */
  readonly cliOverrides?: { [key: string]: string };

  /**
   * @schema SparkApplicationSpecExecutor#config
   */
  readonly config?: SparkApplicationSpecExecutorConfig;

  /**
   * The `configOverrides` can be used to configure properties in product config files
   * that are not exposed in the CRD. Read the
   * [config overrides documentation](https://docs.stackable.tech/home/26.3/concepts/overrides#config-overrides)
   * and consult the operator specific usage guide documentation for details on the
   * available config files and settings for the specific product.
   *
   * @schema SparkApplicationSpecExecutor#configOverrides
   */
  readonly configOverrides?: { [key: string]: { [key: string]: string } };

  /**
   * `envOverrides` configure environment variables to be set in the Pods.
   * It is a map from strings to strings - environment variables and the value to set.
   * Read the
   * [environment variable overrides documentation](https://docs.stackable.tech/home/26.3/concepts/overrides#env-overrides)
   * for more information and consult the operator specific usage guide to find out about
   * the product specific environment variables that are available.
   *
   * @schema SparkApplicationSpecExecutor#envOverrides
   */
  readonly envOverrides?: { [key: string]: string };

  /**
   * Allows overriding JVM arguments.
   * Please read on the [JVM argument overrides documentation](https://docs.stackable.tech/home/26.3/concepts/overrides#jvm-argument-overrides)
   * for details on the usage.
   *
   * @schema SparkApplicationSpecExecutor#jvmArgumentOverrides
   */
  readonly jvmArgumentOverrides?: SparkApplicationSpecExecutorJvmArgumentOverrides;

  /**
   * In the `podOverrides` property you can define a
   * [PodTemplateSpec](https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.34/#podtemplatespec-v1-core)
   * to override any property that can be set on a Kubernetes Pod.
   * Read the
   * [Pod overrides documentation](https://docs.stackable.tech/home/26.3/concepts/overrides#pod-overrides)
   * for more information.
   *
   * @schema SparkApplicationSpecExecutor#podOverrides
   */
  readonly podOverrides?: any;

  /**
   * @schema SparkApplicationSpecExecutor#replicas
   */
  readonly replicas?: number;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutor' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutor(obj: SparkApplicationSpecExecutor | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cliOverrides': ((obj.cliOverrides) === undefined) ? undefined : (Object.entries(obj.cliOverrides).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'config': toJson_SparkApplicationSpecExecutorConfig(obj.config),
    'configOverrides': ((obj.configOverrides) === undefined) ? undefined : (Object.entries(obj.configOverrides).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: ((i[1]) === undefined) ? undefined : (Object.entries(i[1]).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})) }), {})),
    'envOverrides': ((obj.envOverrides) === undefined) ? undefined : (Object.entries(obj.envOverrides).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'jvmArgumentOverrides': toJson_SparkApplicationSpecExecutorJvmArgumentOverrides(obj.jvmArgumentOverrides),
    'podOverrides': obj.podOverrides,
    'replicas': obj.replicas,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The job builds a spark-submit command, complete with arguments and referenced dependencies
 * such as templates, and passes it on to Spark.
 * The reason this property uses its own type (SubmitConfigFragment) is because logging is not
 * supported for spark-submit processes.
 *
 * @schema SparkApplicationSpecJob
 */
export interface SparkApplicationSpecJob {
  /**
   * @schema SparkApplicationSpecJob#cliOverrides
   */
  readonly cliOverrides?: { [key: string]: string };

  /**
   * @schema SparkApplicationSpecJob#config
   */
  readonly config?: SparkApplicationSpecJobConfig;

  /**
   * The `configOverrides` can be used to configure properties in product config files
   * that are not exposed in the CRD. Read the
   * [config overrides documentation](https://docs.stackable.tech/home/26.3/concepts/overrides#config-overrides)
   * and consult the operator specific usage guide documentation for details on the
   * available config files and settings for the specific product.
   *
   * @schema SparkApplicationSpecJob#configOverrides
   */
  readonly configOverrides?: { [key: string]: { [key: string]: string } };

  /**
   * `envOverrides` configure environment variables to be set in the Pods.
   * It is a map from strings to strings - environment variables and the value to set.
   * Read the
   * [environment variable overrides documentation](https://docs.stackable.tech/home/26.3/concepts/overrides#env-overrides)
   * for more information and consult the operator specific usage guide to find out about
   * the product specific environment variables that are available.
   *
   * @schema SparkApplicationSpecJob#envOverrides
   */
  readonly envOverrides?: { [key: string]: string };

  /**
   * Allows overriding JVM arguments.
   * Please read on the [JVM argument overrides documentation](https://docs.stackable.tech/home/26.3/concepts/overrides#jvm-argument-overrides)
   * for details on the usage.
   *
   * @schema SparkApplicationSpecJob#jvmArgumentOverrides
   */
  readonly jvmArgumentOverrides?: SparkApplicationSpecJobJvmArgumentOverrides;

  /**
   * In the `podOverrides` property you can define a
   * [PodTemplateSpec](https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.34/#podtemplatespec-v1-core)
   * to override any property that can be set on a Kubernetes Pod.
   * Read the
   * [Pod overrides documentation](https://docs.stackable.tech/home/26.3/concepts/overrides#pod-overrides)
   * for more information.
   *
   * @schema SparkApplicationSpecJob#podOverrides
   */
  readonly podOverrides?: any;
}

/**
 * Converts an object of type 'SparkApplicationSpecJob' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecJob(obj: SparkApplicationSpecJob | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cliOverrides': ((obj.cliOverrides) === undefined) ? undefined : (Object.entries(obj.cliOverrides).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'config': toJson_SparkApplicationSpecJobConfig(obj.config),
    'configOverrides': ((obj.configOverrides) === undefined) ? undefined : (Object.entries(obj.configOverrides).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: ((i[1]) === undefined) ? undefined : (Object.entries(i[1]).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})) }), {})),
    'envOverrides': ((obj.envOverrides) === undefined) ? undefined : (Object.entries(obj.envOverrides).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'jvmArgumentOverrides': toJson_SparkApplicationSpecJobJvmArgumentOverrides(obj.jvmArgumentOverrides),
    'podOverrides': obj.podOverrides,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The log file directory definition used by the Spark history server.
 *
 * @schema SparkApplicationSpecLogFileDirectory
 */
export interface SparkApplicationSpecLogFileDirectory {
  /**
   * A custom log directory
   *
   * @schema SparkApplicationSpecLogFileDirectory#customLogDirectory
   */
  readonly customLogDirectory?: string;

  /**
   * An S3 bucket storing the log events
   *
   * @schema SparkApplicationSpecLogFileDirectory#s3
   */
  readonly s3?: SparkApplicationSpecLogFileDirectoryS3;
}

/**
 * Converts an object of type 'SparkApplicationSpecLogFileDirectory' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecLogFileDirectory(obj: SparkApplicationSpecLogFileDirectory | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'customLogDirectory': obj.customLogDirectory,
    's3': toJson_SparkApplicationSpecLogFileDirectoryS3(obj.s3),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Mode: cluster or client. Currently only cluster is supported.
 *
 * @schema SparkApplicationSpecMode
 */
export enum SparkApplicationSpecMode {
  /** cluster */
  CLUSTER = "cluster",
  /** client */
  CLIENT = "client",
}

/**
 * Configure an S3 connection that the SparkApplication has access to.
 * Read more in the [Spark S3 usage guide](https://docs.stackable.tech/home/26.3/spark-k8s/usage-guide/s3).
 *
 * @schema SparkApplicationSpecS3Connection
 */
export interface SparkApplicationSpecS3Connection {
  /**
   * S3 connection definition as a resource.
   * Learn more on the [S3 concept documentation](https://docs.stackable.tech/home/26.3/concepts/s3).
   *
   * @schema SparkApplicationSpecS3Connection#inline
   */
  readonly inline?: SparkApplicationSpecS3ConnectionInline;

  /**
   * @schema SparkApplicationSpecS3Connection#reference
   */
  readonly reference?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecS3Connection' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecS3Connection(obj: SparkApplicationSpecS3Connection | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'inline': toJson_SparkApplicationSpecS3ConnectionInline(obj.inline),
    'reference': obj.reference,
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
 * Consult the [Product image selection documentation](https://docs.stackable.tech/home/26.3/concepts/product_image_selection)
 * for details.
 *
 * @schema SparkApplicationSpecSparkImage
 */
export interface SparkApplicationSpecSparkImage {
  /**
   * Overwrite the docker image.
   * Specify the full docker image name, e.g. `oci.stackable.tech/sdp/superset:1.4.1-stackable2.1.0`
   *
   * @schema SparkApplicationSpecSparkImage#custom
   */
  readonly custom?: string;

  /**
   * Version of the product, e.g. `1.4.1`.
   *
   * @schema SparkApplicationSpecSparkImage#productVersion
   */
  readonly productVersion?: string;

  /**
   * [Pull policy](https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy) used when pulling the image.
   *
   * @schema SparkApplicationSpecSparkImage#pullPolicy
   */
  readonly pullPolicy?: SparkApplicationSpecSparkImagePullPolicy;

  /**
   * [Image pull secrets](https://kubernetes.io/docs/concepts/containers/images/#specifying-imagepullsecrets-on-a-pod) to pull images from a private registry.
   *
   * @schema SparkApplicationSpecSparkImage#pullSecrets
   */
  readonly pullSecrets?: SparkApplicationSpecSparkImagePullSecrets[];

  /**
   * Name of the docker repo, e.g. `oci.stackable.tech/sdp`
   *
   * @schema SparkApplicationSpecSparkImage#repo
   */
  readonly repo?: string;

  /**
   * Stackable version of the product, e.g. `23.4`, `23.4.1` or `0.0.0-dev`.
   * If not specified, the operator will use its own version, e.g. `23.4.1`.
   * When using a nightly operator or a pr version, it will use the nightly `0.0.0-dev` image.
   *
   * @schema SparkApplicationSpecSparkImage#stackableVersion
   */
  readonly stackableVersion?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecSparkImage' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecSparkImage(obj: SparkApplicationSpecSparkImage | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'custom': obj.custom,
    'productVersion': obj.productVersion,
    'pullPolicy': obj.pullPolicy,
    'pullSecrets': obj.pullSecrets?.map(y => toJson_SparkApplicationSpecSparkImagePullSecrets(y)),
    'repo': obj.repo,
    'stackableVersion': obj.stackableVersion,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema SparkApplicationSpecDriverConfig
 */
export interface SparkApplicationSpecDriverConfig {
  /**
   * These configuration settings control
   * [Pod placement](https://docs.stackable.tech/home/26.3/concepts/operations/pod_placement).
   *
   * @schema SparkApplicationSpecDriverConfig#affinity
   */
  readonly affinity?: SparkApplicationSpecDriverConfigAffinity;

  /**
   * Logging configuration, learn more in the [logging concept documentation](https://docs.stackable.tech/home/26.3/concepts/logging).
   *
   * @schema SparkApplicationSpecDriverConfig#logging
   */
  readonly logging?: SparkApplicationSpecDriverConfigLogging;

  /**
   * Request secret (currently only autoTls certificates) lifetime from the secret operator, e.g. `7d`, or `30d`.
   * This can be shortened by the `maxCertificateLifetime` setting on the SecretClass issuing the TLS certificate.
   *
   * @schema SparkApplicationSpecDriverConfig#requestedSecretLifetime
   */
  readonly requestedSecretLifetime?: string;

  /**
   * Resource usage is configured here, this includes CPU usage, memory usage and disk storage
   * usage, if this role needs any.
   *
   * @schema SparkApplicationSpecDriverConfig#resources
   */
  readonly resources?: SparkApplicationSpecDriverConfigResources;

  /**
   * Volume mounts for the spark-submit, driver and executor pods.
   *
   * @schema SparkApplicationSpecDriverConfig#volumeMounts
   */
  readonly volumeMounts?: any[];
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfig(obj: SparkApplicationSpecDriverConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'affinity': toJson_SparkApplicationSpecDriverConfigAffinity(obj.affinity),
    'logging': toJson_SparkApplicationSpecDriverConfigLogging(obj.logging),
    'requestedSecretLifetime': obj.requestedSecretLifetime,
    'resources': toJson_SparkApplicationSpecDriverConfigResources(obj.resources),
    'volumeMounts': obj.volumeMounts?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Allows overriding JVM arguments.
 * Please read on the [JVM argument overrides documentation](https://docs.stackable.tech/home/26.3/concepts/overrides#jvm-argument-overrides)
 * for details on the usage.
 *
 * @schema SparkApplicationSpecDriverJvmArgumentOverrides
 */
export interface SparkApplicationSpecDriverJvmArgumentOverrides {
  /**
   * JVM arguments to be added
   *
   * @schema SparkApplicationSpecDriverJvmArgumentOverrides#add
   */
  readonly add?: string[];

  /**
   * JVM arguments to be removed by exact match
   *
   * @schema SparkApplicationSpecDriverJvmArgumentOverrides#remove
   */
  readonly remove?: string[];

  /**
   * JVM arguments matching any of this regexes will be removed
   *
   * @schema SparkApplicationSpecDriverJvmArgumentOverrides#removeRegex
   */
  readonly removeRegex?: string[];
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverJvmArgumentOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverJvmArgumentOverrides(obj: SparkApplicationSpecDriverJvmArgumentOverrides | undefined): Record<string, any> | undefined {
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
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema SparkApplicationSpecEnvValueFrom
 */
export interface SparkApplicationSpecEnvValueFrom {
  /**
   * Selects a key of a ConfigMap.
   *
   * @schema SparkApplicationSpecEnvValueFrom#configMapKeyRef
   */
  readonly configMapKeyRef?: SparkApplicationSpecEnvValueFromConfigMapKeyRef;

  /**
   * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
   *
   * @schema SparkApplicationSpecEnvValueFrom#fieldRef
   */
  readonly fieldRef?: SparkApplicationSpecEnvValueFromFieldRef;

  /**
   * FileKeyRef selects a key of the env file. Requires the EnvFiles feature gate to be enabled.
   *
   * @schema SparkApplicationSpecEnvValueFrom#fileKeyRef
   */
  readonly fileKeyRef?: SparkApplicationSpecEnvValueFromFileKeyRef;

  /**
   * Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
   *
   * @schema SparkApplicationSpecEnvValueFrom#resourceFieldRef
   */
  readonly resourceFieldRef?: SparkApplicationSpecEnvValueFromResourceFieldRef;

  /**
   * Selects a key of a secret in the pod's namespace
   *
   * @schema SparkApplicationSpecEnvValueFrom#secretKeyRef
   */
  readonly secretKeyRef?: SparkApplicationSpecEnvValueFromSecretKeyRef;
}

/**
 * Converts an object of type 'SparkApplicationSpecEnvValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecEnvValueFrom(obj: SparkApplicationSpecEnvValueFrom | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMapKeyRef': toJson_SparkApplicationSpecEnvValueFromConfigMapKeyRef(obj.configMapKeyRef),
    'fieldRef': toJson_SparkApplicationSpecEnvValueFromFieldRef(obj.fieldRef),
    'fileKeyRef': toJson_SparkApplicationSpecEnvValueFromFileKeyRef(obj.fileKeyRef),
    'resourceFieldRef': toJson_SparkApplicationSpecEnvValueFromResourceFieldRef(obj.resourceFieldRef),
    'secretKeyRef': toJson_SparkApplicationSpecEnvValueFromSecretKeyRef(obj.secretKeyRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema SparkApplicationSpecExecutorConfig
 */
export interface SparkApplicationSpecExecutorConfig {
  /**
   * These configuration settings control
   * [Pod placement](https://docs.stackable.tech/home/26.3/concepts/operations/pod_placement).
   *
   * @schema SparkApplicationSpecExecutorConfig#affinity
   */
  readonly affinity?: SparkApplicationSpecExecutorConfigAffinity;

  /**
   * Logging configuration, learn more in the [logging concept documentation](https://docs.stackable.tech/home/26.3/concepts/logging).
   *
   * @schema SparkApplicationSpecExecutorConfig#logging
   */
  readonly logging?: SparkApplicationSpecExecutorConfigLogging;

  /**
   * Request secret (currently only autoTls certificates) lifetime from the secret operator, e.g. `7d`, or `30d`.
   * This can be shortened by the `maxCertificateLifetime` setting on the SecretClass issuing the TLS certificate.
   *
   * @schema SparkApplicationSpecExecutorConfig#requestedSecretLifetime
   */
  readonly requestedSecretLifetime?: string;

  /**
   * Resource usage is configured here, this includes CPU usage, memory usage and disk storage
   * usage, if this role needs any.
   *
   * @schema SparkApplicationSpecExecutorConfig#resources
   */
  readonly resources?: SparkApplicationSpecExecutorConfigResources;

  /**
   * Volume mounts for the spark-submit, driver and executor pods.
   *
   * @schema SparkApplicationSpecExecutorConfig#volumeMounts
   */
  readonly volumeMounts?: any[];
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfig(obj: SparkApplicationSpecExecutorConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'affinity': toJson_SparkApplicationSpecExecutorConfigAffinity(obj.affinity),
    'logging': toJson_SparkApplicationSpecExecutorConfigLogging(obj.logging),
    'requestedSecretLifetime': obj.requestedSecretLifetime,
    'resources': toJson_SparkApplicationSpecExecutorConfigResources(obj.resources),
    'volumeMounts': obj.volumeMounts?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Allows overriding JVM arguments.
 * Please read on the [JVM argument overrides documentation](https://docs.stackable.tech/home/26.3/concepts/overrides#jvm-argument-overrides)
 * for details on the usage.
 *
 * @schema SparkApplicationSpecExecutorJvmArgumentOverrides
 */
export interface SparkApplicationSpecExecutorJvmArgumentOverrides {
  /**
   * JVM arguments to be added
   *
   * @schema SparkApplicationSpecExecutorJvmArgumentOverrides#add
   */
  readonly add?: string[];

  /**
   * JVM arguments to be removed by exact match
   *
   * @schema SparkApplicationSpecExecutorJvmArgumentOverrides#remove
   */
  readonly remove?: string[];

  /**
   * JVM arguments matching any of this regexes will be removed
   *
   * @schema SparkApplicationSpecExecutorJvmArgumentOverrides#removeRegex
   */
  readonly removeRegex?: string[];
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorJvmArgumentOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorJvmArgumentOverrides(obj: SparkApplicationSpecExecutorJvmArgumentOverrides | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecJobConfig
 */
export interface SparkApplicationSpecJobConfig {
  /**
   * These configuration settings control
   * [Pod placement](https://docs.stackable.tech/home/26.3/concepts/operations/pod_placement).
   *
   * @schema SparkApplicationSpecJobConfig#affinity
   */
  readonly affinity?: SparkApplicationSpecJobConfigAffinity;

  /**
   * Request secret (currently only autoTls certificates) lifetime from the secret operator, e.g. `7d`, or `30d`.
   * This can be shortened by the `maxCertificateLifetime` setting on the SecretClass issuing the TLS certificate.
   *
   * @schema SparkApplicationSpecJobConfig#requestedSecretLifetime
   */
  readonly requestedSecretLifetime?: string;

  /**
   * Resource usage is configured here, this includes CPU usage, memory usage and disk storage
   * usage, if this role needs any.
   *
   * @schema SparkApplicationSpecJobConfig#resources
   */
  readonly resources?: SparkApplicationSpecJobConfigResources;

  /**
   * Number of times to retry the submit job on failure. Default is `0` (no retries).
   *
   * @default 0` (no retries).
   * @schema SparkApplicationSpecJobConfig#retryOnFailureCount
   */
  readonly retryOnFailureCount?: number;

  /**
   * Volume mounts for the spark-submit, driver and executor pods.
   *
   * @schema SparkApplicationSpecJobConfig#volumeMounts
   */
  readonly volumeMounts?: any[];
}

/**
 * Converts an object of type 'SparkApplicationSpecJobConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecJobConfig(obj: SparkApplicationSpecJobConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'affinity': toJson_SparkApplicationSpecJobConfigAffinity(obj.affinity),
    'requestedSecretLifetime': obj.requestedSecretLifetime,
    'resources': toJson_SparkApplicationSpecJobConfigResources(obj.resources),
    'retryOnFailureCount': obj.retryOnFailureCount,
    'volumeMounts': obj.volumeMounts?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Allows overriding JVM arguments.
 * Please read on the [JVM argument overrides documentation](https://docs.stackable.tech/home/26.3/concepts/overrides#jvm-argument-overrides)
 * for details on the usage.
 *
 * @schema SparkApplicationSpecJobJvmArgumentOverrides
 */
export interface SparkApplicationSpecJobJvmArgumentOverrides {
  /**
   * JVM arguments to be added
   *
   * @schema SparkApplicationSpecJobJvmArgumentOverrides#add
   */
  readonly add?: string[];

  /**
   * JVM arguments to be removed by exact match
   *
   * @schema SparkApplicationSpecJobJvmArgumentOverrides#remove
   */
  readonly remove?: string[];

  /**
   * JVM arguments matching any of this regexes will be removed
   *
   * @schema SparkApplicationSpecJobJvmArgumentOverrides#removeRegex
   */
  readonly removeRegex?: string[];
}

/**
 * Converts an object of type 'SparkApplicationSpecJobJvmArgumentOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecJobJvmArgumentOverrides(obj: SparkApplicationSpecJobJvmArgumentOverrides | undefined): Record<string, any> | undefined {
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
 * An S3 bucket storing the log events
 *
 * @schema SparkApplicationSpecLogFileDirectoryS3
 */
export interface SparkApplicationSpecLogFileDirectoryS3 {
  /**
   * @schema SparkApplicationSpecLogFileDirectoryS3#bucket
   */
  readonly bucket: SparkApplicationSpecLogFileDirectoryS3Bucket;

  /**
   * @schema SparkApplicationSpecLogFileDirectoryS3#prefix
   */
  readonly prefix: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecLogFileDirectoryS3' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecLogFileDirectoryS3(obj: SparkApplicationSpecLogFileDirectoryS3 | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'bucket': toJson_SparkApplicationSpecLogFileDirectoryS3Bucket(obj.bucket),
    'prefix': obj.prefix,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * S3 connection definition as a resource.
 * Learn more on the [S3 concept documentation](https://docs.stackable.tech/home/26.3/concepts/s3).
 *
 * @schema SparkApplicationSpecS3ConnectionInline
 */
export interface SparkApplicationSpecS3ConnectionInline {
  /**
   * Which access style to use.
   * Defaults to virtual hosted-style as most of the data products out there.
   * Have a look at the [AWS documentation](https://docs.aws.amazon.com/AmazonS3/latest/userguide/VirtualHosting.html).
   *
   * @default virtual hosted-style as most of the data products out there.
   * @schema SparkApplicationSpecS3ConnectionInline#accessStyle
   */
  readonly accessStyle?: SparkApplicationSpecS3ConnectionInlineAccessStyle;

  /**
   * If the S3 uses authentication you have to specify you S3 credentials.
   * In the most cases a [SecretClass](https://docs.stackable.tech/home/26.3/secret-operator/secretclass)
   * providing `accessKey` and `secretKey` is sufficient.
   *
   * @schema SparkApplicationSpecS3ConnectionInline#credentials
   */
  readonly credentials?: SparkApplicationSpecS3ConnectionInlineCredentials;

  /**
   * Host of the S3 server without any protocol or port. For example: `west1.my-cloud.com`.
   *
   * @schema SparkApplicationSpecS3ConnectionInline#host
   */
  readonly host: string;

  /**
   * Port the S3 server listens on.
   * If not specified the product will determine the port to use.
   *
   * @schema SparkApplicationSpecS3ConnectionInline#port
   */
  readonly port?: number;

  /**
   * Bucket region used for signing headers (sigv4).
   *
   * This defaults to `us-east-1` which is compatible with other implementations such as Minio.
   *
   * WARNING: Some products use the Hadoop S3 implementation which falls back to us-east-2.
   *
   * @schema SparkApplicationSpecS3ConnectionInline#region
   */
  readonly region?: SparkApplicationSpecS3ConnectionInlineRegion;

  /**
   * Use a TLS connection. If not specified no TLS will be used.
   *
   * @schema SparkApplicationSpecS3ConnectionInline#tls
   */
  readonly tls?: SparkApplicationSpecS3ConnectionInlineTls;
}

/**
 * Converts an object of type 'SparkApplicationSpecS3ConnectionInline' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecS3ConnectionInline(obj: SparkApplicationSpecS3ConnectionInline | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'accessStyle': obj.accessStyle,
    'credentials': toJson_SparkApplicationSpecS3ConnectionInlineCredentials(obj.credentials),
    'host': obj.host,
    'port': obj.port,
    'region': toJson_SparkApplicationSpecS3ConnectionInlineRegion(obj.region),
    'tls': toJson_SparkApplicationSpecS3ConnectionInlineTls(obj.tls),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * [Pull policy](https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy) used when pulling the image.
 *
 * @schema SparkApplicationSpecSparkImagePullPolicy
 */
export enum SparkApplicationSpecSparkImagePullPolicy {
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
 * @schema SparkApplicationSpecSparkImagePullSecrets
 */
export interface SparkApplicationSpecSparkImagePullSecrets {
  /**
   * Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema SparkApplicationSpecSparkImagePullSecrets#name
   */
  readonly name: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecSparkImagePullSecrets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecSparkImagePullSecrets(obj: SparkApplicationSpecSparkImagePullSecrets | undefined): Record<string, any> | undefined {
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
 * [Pod placement](https://docs.stackable.tech/home/26.3/concepts/operations/pod_placement).
 *
 * @schema SparkApplicationSpecDriverConfigAffinity
 */
export interface SparkApplicationSpecDriverConfigAffinity {
  /**
   * Same as the `spec.affinity.nodeAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema SparkApplicationSpecDriverConfigAffinity#nodeAffinity
   */
  readonly nodeAffinity?: any;

  /**
   * Simple key-value pairs forming a nodeSelector, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema SparkApplicationSpecDriverConfigAffinity#nodeSelector
   */
  readonly nodeSelector?: { [key: string]: string };

  /**
   * Same as the `spec.affinity.podAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema SparkApplicationSpecDriverConfigAffinity#podAffinity
   */
  readonly podAffinity?: any;

  /**
   * Same as the `spec.affinity.podAntiAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema SparkApplicationSpecDriverConfigAffinity#podAntiAffinity
   */
  readonly podAntiAffinity?: any;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigAffinity(obj: SparkApplicationSpecDriverConfigAffinity | undefined): Record<string, any> | undefined {
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
 * Logging configuration, learn more in the [logging concept documentation](https://docs.stackable.tech/home/26.3/concepts/logging).
 *
 * @schema SparkApplicationSpecDriverConfigLogging
 */
export interface SparkApplicationSpecDriverConfigLogging {
  /**
   * Log configuration per container.
   *
   * @schema SparkApplicationSpecDriverConfigLogging#containers
   */
  readonly containers?: SparkApplicationSpecDriverConfigLoggingContainers;

  /**
   * Wether or not to deploy a container with the Vector log agent.
   *
   * @schema SparkApplicationSpecDriverConfigLogging#enableVectorAgent
   */
  readonly enableVectorAgent?: boolean;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLogging' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLogging(obj: SparkApplicationSpecDriverConfigLogging | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'containers': toJson_SparkApplicationSpecDriverConfigLoggingContainers(obj.containers),
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
 * @schema SparkApplicationSpecDriverConfigResources
 */
export interface SparkApplicationSpecDriverConfigResources {
  /**
   * @schema SparkApplicationSpecDriverConfigResources#cpu
   */
  readonly cpu?: SparkApplicationSpecDriverConfigResourcesCpu;

  /**
   * @schema SparkApplicationSpecDriverConfigResources#memory
   */
  readonly memory?: SparkApplicationSpecDriverConfigResourcesMemory;

  /**
   * @schema SparkApplicationSpecDriverConfigResources#storage
   */
  readonly storage?: any;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigResources(obj: SparkApplicationSpecDriverConfigResources | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cpu': toJson_SparkApplicationSpecDriverConfigResourcesCpu(obj.cpu),
    'memory': toJson_SparkApplicationSpecDriverConfigResourcesMemory(obj.memory),
    'storage': obj.storage,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a key of a ConfigMap.
 *
 * @schema SparkApplicationSpecEnvValueFromConfigMapKeyRef
 */
export interface SparkApplicationSpecEnvValueFromConfigMapKeyRef {
  /**
   * The key to select.
   *
   * @schema SparkApplicationSpecEnvValueFromConfigMapKeyRef#key
   */
  readonly key: string;

  /**
   * Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema SparkApplicationSpecEnvValueFromConfigMapKeyRef#name
   */
  readonly name: string;

  /**
   * Specify whether the ConfigMap or its key must be defined
   *
   * @schema SparkApplicationSpecEnvValueFromConfigMapKeyRef#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'SparkApplicationSpecEnvValueFromConfigMapKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecEnvValueFromConfigMapKeyRef(obj: SparkApplicationSpecEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema SparkApplicationSpecEnvValueFromFieldRef
 */
export interface SparkApplicationSpecEnvValueFromFieldRef {
  /**
   * Version of the schema the FieldPath is written in terms of, defaults to "v1".
   *
   * @schema SparkApplicationSpecEnvValueFromFieldRef#apiVersion
   */
  readonly apiVersion?: string;

  /**
   * Path of the field to select in the specified API version.
   *
   * @schema SparkApplicationSpecEnvValueFromFieldRef#fieldPath
   */
  readonly fieldPath: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecEnvValueFromFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecEnvValueFromFieldRef(obj: SparkApplicationSpecEnvValueFromFieldRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiVersion': obj.apiVersion,
    'fieldPath': obj.fieldPath,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * FileKeyRef selects a key of the env file. Requires the EnvFiles feature gate to be enabled.
 *
 * @schema SparkApplicationSpecEnvValueFromFileKeyRef
 */
export interface SparkApplicationSpecEnvValueFromFileKeyRef {
  /**
   * The key within the env file. An invalid key will prevent the pod from starting. The keys defined within a source may consist of any printable ASCII characters except '='. During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
   *
   * @schema SparkApplicationSpecEnvValueFromFileKeyRef#key
   */
  readonly key: string;

  /**
   * Specify whether the file or its key must be defined. If the file or key does not exist, then the env var is not published. If optional is set to true and the specified key does not exist, the environment variable will not be set in the Pod's containers.
   *
   * If optional is set to false and the specified key does not exist, an error will be returned during Pod creation.
   *
   * @schema SparkApplicationSpecEnvValueFromFileKeyRef#optional
   */
  readonly optional?: boolean;

  /**
   * The path within the volume from which to select the file. Must be relative and may not contain the '..' path or start with '..'.
   *
   * @schema SparkApplicationSpecEnvValueFromFileKeyRef#path
   */
  readonly path: string;

  /**
   * The name of the volume mount containing the env file.
   *
   * @schema SparkApplicationSpecEnvValueFromFileKeyRef#volumeName
   */
  readonly volumeName: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecEnvValueFromFileKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecEnvValueFromFileKeyRef(obj: SparkApplicationSpecEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'optional': obj.optional,
    'path': obj.path,
    'volumeName': obj.volumeName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema SparkApplicationSpecEnvValueFromResourceFieldRef
 */
export interface SparkApplicationSpecEnvValueFromResourceFieldRef {
  /**
   * Container name: required for volumes, optional for env vars
   *
   * @schema SparkApplicationSpecEnvValueFromResourceFieldRef#containerName
   */
  readonly containerName?: string;

  /**
   * Specifies the output format of the exposed resources, defaults to "1"
   *
   * @schema SparkApplicationSpecEnvValueFromResourceFieldRef#divisor
   */
  readonly divisor?: any;

  /**
   * Required: resource to select
   *
   * @schema SparkApplicationSpecEnvValueFromResourceFieldRef#resource
   */
  readonly resource: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecEnvValueFromResourceFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecEnvValueFromResourceFieldRef(obj: SparkApplicationSpecEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'containerName': obj.containerName,
    'divisor': obj.divisor,
    'resource': obj.resource,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema SparkApplicationSpecEnvValueFromSecretKeyRef
 */
export interface SparkApplicationSpecEnvValueFromSecretKeyRef {
  /**
   * The key of the secret to select from.  Must be a valid secret key.
   *
   * @schema SparkApplicationSpecEnvValueFromSecretKeyRef#key
   */
  readonly key: string;

  /**
   * Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema SparkApplicationSpecEnvValueFromSecretKeyRef#name
   */
  readonly name: string;

  /**
   * Specify whether the Secret or its key must be defined
   *
   * @schema SparkApplicationSpecEnvValueFromSecretKeyRef#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'SparkApplicationSpecEnvValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecEnvValueFromSecretKeyRef(obj: SparkApplicationSpecEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * These configuration settings control
 * [Pod placement](https://docs.stackable.tech/home/26.3/concepts/operations/pod_placement).
 *
 * @schema SparkApplicationSpecExecutorConfigAffinity
 */
export interface SparkApplicationSpecExecutorConfigAffinity {
  /**
   * Same as the `spec.affinity.nodeAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema SparkApplicationSpecExecutorConfigAffinity#nodeAffinity
   */
  readonly nodeAffinity?: any;

  /**
   * Simple key-value pairs forming a nodeSelector, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema SparkApplicationSpecExecutorConfigAffinity#nodeSelector
   */
  readonly nodeSelector?: { [key: string]: string };

  /**
   * Same as the `spec.affinity.podAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema SparkApplicationSpecExecutorConfigAffinity#podAffinity
   */
  readonly podAffinity?: any;

  /**
   * Same as the `spec.affinity.podAntiAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema SparkApplicationSpecExecutorConfigAffinity#podAntiAffinity
   */
  readonly podAntiAffinity?: any;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigAffinity(obj: SparkApplicationSpecExecutorConfigAffinity | undefined): Record<string, any> | undefined {
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
 * Logging configuration, learn more in the [logging concept documentation](https://docs.stackable.tech/home/26.3/concepts/logging).
 *
 * @schema SparkApplicationSpecExecutorConfigLogging
 */
export interface SparkApplicationSpecExecutorConfigLogging {
  /**
   * Log configuration per container.
   *
   * @schema SparkApplicationSpecExecutorConfigLogging#containers
   */
  readonly containers?: SparkApplicationSpecExecutorConfigLoggingContainers;

  /**
   * Wether or not to deploy a container with the Vector log agent.
   *
   * @schema SparkApplicationSpecExecutorConfigLogging#enableVectorAgent
   */
  readonly enableVectorAgent?: boolean;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLogging' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLogging(obj: SparkApplicationSpecExecutorConfigLogging | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'containers': toJson_SparkApplicationSpecExecutorConfigLoggingContainers(obj.containers),
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
 * @schema SparkApplicationSpecExecutorConfigResources
 */
export interface SparkApplicationSpecExecutorConfigResources {
  /**
   * @schema SparkApplicationSpecExecutorConfigResources#cpu
   */
  readonly cpu?: SparkApplicationSpecExecutorConfigResourcesCpu;

  /**
   * @schema SparkApplicationSpecExecutorConfigResources#memory
   */
  readonly memory?: SparkApplicationSpecExecutorConfigResourcesMemory;

  /**
   * @schema SparkApplicationSpecExecutorConfigResources#storage
   */
  readonly storage?: any;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigResources(obj: SparkApplicationSpecExecutorConfigResources | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cpu': toJson_SparkApplicationSpecExecutorConfigResourcesCpu(obj.cpu),
    'memory': toJson_SparkApplicationSpecExecutorConfigResourcesMemory(obj.memory),
    'storage': obj.storage,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * These configuration settings control
 * [Pod placement](https://docs.stackable.tech/home/26.3/concepts/operations/pod_placement).
 *
 * @schema SparkApplicationSpecJobConfigAffinity
 */
export interface SparkApplicationSpecJobConfigAffinity {
  /**
   * Same as the `spec.affinity.nodeAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema SparkApplicationSpecJobConfigAffinity#nodeAffinity
   */
  readonly nodeAffinity?: any;

  /**
   * Simple key-value pairs forming a nodeSelector, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema SparkApplicationSpecJobConfigAffinity#nodeSelector
   */
  readonly nodeSelector?: { [key: string]: string };

  /**
   * Same as the `spec.affinity.podAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema SparkApplicationSpecJobConfigAffinity#podAffinity
   */
  readonly podAffinity?: any;

  /**
   * Same as the `spec.affinity.podAntiAffinity` field on the Pod, see the [Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node)
   *
   * @schema SparkApplicationSpecJobConfigAffinity#podAntiAffinity
   */
  readonly podAntiAffinity?: any;
}

/**
 * Converts an object of type 'SparkApplicationSpecJobConfigAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecJobConfigAffinity(obj: SparkApplicationSpecJobConfigAffinity | undefined): Record<string, any> | undefined {
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
 * Resource usage is configured here, this includes CPU usage, memory usage and disk storage
 * usage, if this role needs any.
 *
 * @schema SparkApplicationSpecJobConfigResources
 */
export interface SparkApplicationSpecJobConfigResources {
  /**
   * @schema SparkApplicationSpecJobConfigResources#cpu
   */
  readonly cpu?: SparkApplicationSpecJobConfigResourcesCpu;

  /**
   * @schema SparkApplicationSpecJobConfigResources#memory
   */
  readonly memory?: SparkApplicationSpecJobConfigResourcesMemory;

  /**
   * @schema SparkApplicationSpecJobConfigResources#storage
   */
  readonly storage?: any;
}

/**
 * Converts an object of type 'SparkApplicationSpecJobConfigResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecJobConfigResources(obj: SparkApplicationSpecJobConfigResources | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cpu': toJson_SparkApplicationSpecJobConfigResourcesCpu(obj.cpu),
    'memory': toJson_SparkApplicationSpecJobConfigResourcesMemory(obj.memory),
    'storage': obj.storage,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema SparkApplicationSpecLogFileDirectoryS3Bucket
 */
export interface SparkApplicationSpecLogFileDirectoryS3Bucket {
  /**
   * S3 bucket specification containing the bucket name and an inlined or referenced connection specification.
   * Learn more on the [S3 concept documentation](https://docs.stackable.tech/home/26.3/concepts/s3).
   *
   * @schema SparkApplicationSpecLogFileDirectoryS3Bucket#inline
   */
  readonly inline?: SparkApplicationSpecLogFileDirectoryS3BucketInline;

  /**
   * @schema SparkApplicationSpecLogFileDirectoryS3Bucket#reference
   */
  readonly reference?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecLogFileDirectoryS3Bucket' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecLogFileDirectoryS3Bucket(obj: SparkApplicationSpecLogFileDirectoryS3Bucket | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'inline': toJson_SparkApplicationSpecLogFileDirectoryS3BucketInline(obj.inline),
    'reference': obj.reference,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Which access style to use.
 * Defaults to virtual hosted-style as most of the data products out there.
 * Have a look at the [AWS documentation](https://docs.aws.amazon.com/AmazonS3/latest/userguide/VirtualHosting.html).
 *
 * @default virtual hosted-style as most of the data products out there.
 * @schema SparkApplicationSpecS3ConnectionInlineAccessStyle
 */
export enum SparkApplicationSpecS3ConnectionInlineAccessStyle {
  /** Path */
  PATH = "Path",
  /** VirtualHosted */
  VIRTUAL_HOSTED = "VirtualHosted",
}

/**
 * If the S3 uses authentication you have to specify you S3 credentials.
 * In the most cases a [SecretClass](https://docs.stackable.tech/home/26.3/secret-operator/secretclass)
 * providing `accessKey` and `secretKey` is sufficient.
 *
 * @schema SparkApplicationSpecS3ConnectionInlineCredentials
 */
export interface SparkApplicationSpecS3ConnectionInlineCredentials {
  /**
   * [Scope](https://docs.stackable.tech/home/26.3/secret-operator/scope) of the
   * [SecretClass](https://docs.stackable.tech/home/26.3/secret-operator/secretclass).
   *
   * @schema SparkApplicationSpecS3ConnectionInlineCredentials#scope
   */
  readonly scope?: SparkApplicationSpecS3ConnectionInlineCredentialsScope;

  /**
   * [SecretClass](https://docs.stackable.tech/home/26.3/secret-operator/secretclass) containing the LDAP bind credentials.
   *
   * @schema SparkApplicationSpecS3ConnectionInlineCredentials#secretClass
   */
  readonly secretClass: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecS3ConnectionInlineCredentials' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecS3ConnectionInlineCredentials(obj: SparkApplicationSpecS3ConnectionInlineCredentials | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'scope': toJson_SparkApplicationSpecS3ConnectionInlineCredentialsScope(obj.scope),
    'secretClass': obj.secretClass,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Bucket region used for signing headers (sigv4).
 *
 * This defaults to `us-east-1` which is compatible with other implementations such as Minio.
 *
 * WARNING: Some products use the Hadoop S3 implementation which falls back to us-east-2.
 *
 * @schema SparkApplicationSpecS3ConnectionInlineRegion
 */
export interface SparkApplicationSpecS3ConnectionInlineRegion {
  /**
   * @schema SparkApplicationSpecS3ConnectionInlineRegion#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecS3ConnectionInlineRegion' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecS3ConnectionInlineRegion(obj: SparkApplicationSpecS3ConnectionInlineRegion | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Use a TLS connection. If not specified no TLS will be used.
 *
 * @schema SparkApplicationSpecS3ConnectionInlineTls
 */
export interface SparkApplicationSpecS3ConnectionInlineTls {
  /**
   * The verification method used to verify the certificates of the server and/or the client.
   *
   * @schema SparkApplicationSpecS3ConnectionInlineTls#verification
   */
  readonly verification: SparkApplicationSpecS3ConnectionInlineTlsVerification;
}

/**
 * Converts an object of type 'SparkApplicationSpecS3ConnectionInlineTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecS3ConnectionInlineTls(obj: SparkApplicationSpecS3ConnectionInlineTls | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'verification': toJson_SparkApplicationSpecS3ConnectionInlineTlsVerification(obj.verification),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration per container.
 *
 * @schema SparkApplicationSpecDriverConfigLoggingContainers
 */
export interface SparkApplicationSpecDriverConfigLoggingContainers {
  /**
   * Log configuration of the container
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainers#job
   */
  readonly job?: SparkApplicationSpecDriverConfigLoggingContainersJob;

  /**
   * Log configuration of the container
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainers#requirements
   */
  readonly requirements?: SparkApplicationSpecDriverConfigLoggingContainersRequirements;

  /**
   * Log configuration of the container
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainers#spark
   */
  readonly spark?: SparkApplicationSpecDriverConfigLoggingContainersSpark;

  /**
   * Log configuration of the container
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainers#spark-submit
   */
  readonly sparkSubmit?: SparkApplicationSpecDriverConfigLoggingContainersSparkSubmit;

  /**
   * Log configuration of the container
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainers#tls
   */
  readonly tls?: SparkApplicationSpecDriverConfigLoggingContainersTls;

  /**
   * Log configuration of the container
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainers#vector
   */
  readonly vector?: SparkApplicationSpecDriverConfigLoggingContainersVector;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainers(obj: SparkApplicationSpecDriverConfigLoggingContainers | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'job': toJson_SparkApplicationSpecDriverConfigLoggingContainersJob(obj.job),
    'requirements': toJson_SparkApplicationSpecDriverConfigLoggingContainersRequirements(obj.requirements),
    'spark': toJson_SparkApplicationSpecDriverConfigLoggingContainersSpark(obj.spark),
    'spark-submit': toJson_SparkApplicationSpecDriverConfigLoggingContainersSparkSubmit(obj.sparkSubmit),
    'tls': toJson_SparkApplicationSpecDriverConfigLoggingContainersTls(obj.tls),
    'vector': toJson_SparkApplicationSpecDriverConfigLoggingContainersVector(obj.vector),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema SparkApplicationSpecDriverConfigResourcesCpu
 */
export interface SparkApplicationSpecDriverConfigResourcesCpu {
  /**
   * The maximum amount of CPU cores that can be requested by Pods.
   * Equivalent to the `limit` for Pod resource configuration.
   * Cores are specified either as a decimal point number or as milli units.
   * For example:`1.5` will be 1.5 cores, also written as `1500m`.
   *
   * @schema SparkApplicationSpecDriverConfigResourcesCpu#max
   */
  readonly max?: any;

  /**
   * The minimal amount of CPU cores that Pods need to run.
   * Equivalent to the `request` for Pod resource configuration.
   * Cores are specified either as a decimal point number or as milli units.
   * For example:`1.5` will be 1.5 cores, also written as `1500m`.
   *
   * @schema SparkApplicationSpecDriverConfigResourcesCpu#min
   */
  readonly min?: any;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigResourcesCpu' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigResourcesCpu(obj: SparkApplicationSpecDriverConfigResourcesCpu | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecDriverConfigResourcesMemory
 */
export interface SparkApplicationSpecDriverConfigResourcesMemory {
  /**
   * The maximum amount of memory that should be available to the Pod.
   * Specified as a byte [Quantity](https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/),
   * which means these suffixes are supported: E, P, T, G, M, k.
   * You can also use the power-of-two equivalents: Ei, Pi, Ti, Gi, Mi, Ki.
   * For example, the following represent roughly the same value:
   * `128974848, 129e6, 129M,  128974848000m, 123Mi`
   *
   * @schema SparkApplicationSpecDriverConfigResourcesMemory#limit
   */
  readonly limit?: any;

  /**
   * Additional options that can be specified.
   *
   * @schema SparkApplicationSpecDriverConfigResourcesMemory#runtimeLimits
   */
  readonly runtimeLimits?: any;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigResourcesMemory' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigResourcesMemory(obj: SparkApplicationSpecDriverConfigResourcesMemory | undefined): Record<string, any> | undefined {
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
 * Log configuration per container.
 *
 * @schema SparkApplicationSpecExecutorConfigLoggingContainers
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainers {
  /**
   * Log configuration of the container
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainers#job
   */
  readonly job?: SparkApplicationSpecExecutorConfigLoggingContainersJob;

  /**
   * Log configuration of the container
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainers#requirements
   */
  readonly requirements?: SparkApplicationSpecExecutorConfigLoggingContainersRequirements;

  /**
   * Log configuration of the container
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainers#spark
   */
  readonly spark?: SparkApplicationSpecExecutorConfigLoggingContainersSpark;

  /**
   * Log configuration of the container
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainers#spark-submit
   */
  readonly sparkSubmit?: SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmit;

  /**
   * Log configuration of the container
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainers#tls
   */
  readonly tls?: SparkApplicationSpecExecutorConfigLoggingContainersTls;

  /**
   * Log configuration of the container
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainers#vector
   */
  readonly vector?: SparkApplicationSpecExecutorConfigLoggingContainersVector;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainers(obj: SparkApplicationSpecExecutorConfigLoggingContainers | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'job': toJson_SparkApplicationSpecExecutorConfigLoggingContainersJob(obj.job),
    'requirements': toJson_SparkApplicationSpecExecutorConfigLoggingContainersRequirements(obj.requirements),
    'spark': toJson_SparkApplicationSpecExecutorConfigLoggingContainersSpark(obj.spark),
    'spark-submit': toJson_SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmit(obj.sparkSubmit),
    'tls': toJson_SparkApplicationSpecExecutorConfigLoggingContainersTls(obj.tls),
    'vector': toJson_SparkApplicationSpecExecutorConfigLoggingContainersVector(obj.vector),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema SparkApplicationSpecExecutorConfigResourcesCpu
 */
export interface SparkApplicationSpecExecutorConfigResourcesCpu {
  /**
   * The maximum amount of CPU cores that can be requested by Pods.
   * Equivalent to the `limit` for Pod resource configuration.
   * Cores are specified either as a decimal point number or as milli units.
   * For example:`1.5` will be 1.5 cores, also written as `1500m`.
   *
   * @schema SparkApplicationSpecExecutorConfigResourcesCpu#max
   */
  readonly max?: any;

  /**
   * The minimal amount of CPU cores that Pods need to run.
   * Equivalent to the `request` for Pod resource configuration.
   * Cores are specified either as a decimal point number or as milli units.
   * For example:`1.5` will be 1.5 cores, also written as `1500m`.
   *
   * @schema SparkApplicationSpecExecutorConfigResourcesCpu#min
   */
  readonly min?: any;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigResourcesCpu' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigResourcesCpu(obj: SparkApplicationSpecExecutorConfigResourcesCpu | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecExecutorConfigResourcesMemory
 */
export interface SparkApplicationSpecExecutorConfigResourcesMemory {
  /**
   * The maximum amount of memory that should be available to the Pod.
   * Specified as a byte [Quantity](https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/),
   * which means these suffixes are supported: E, P, T, G, M, k.
   * You can also use the power-of-two equivalents: Ei, Pi, Ti, Gi, Mi, Ki.
   * For example, the following represent roughly the same value:
   * `128974848, 129e6, 129M,  128974848000m, 123Mi`
   *
   * @schema SparkApplicationSpecExecutorConfigResourcesMemory#limit
   */
  readonly limit?: any;

  /**
   * Additional options that can be specified.
   *
   * @schema SparkApplicationSpecExecutorConfigResourcesMemory#runtimeLimits
   */
  readonly runtimeLimits?: any;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigResourcesMemory' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigResourcesMemory(obj: SparkApplicationSpecExecutorConfigResourcesMemory | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecJobConfigResourcesCpu
 */
export interface SparkApplicationSpecJobConfigResourcesCpu {
  /**
   * The maximum amount of CPU cores that can be requested by Pods.
   * Equivalent to the `limit` for Pod resource configuration.
   * Cores are specified either as a decimal point number or as milli units.
   * For example:`1.5` will be 1.5 cores, also written as `1500m`.
   *
   * @schema SparkApplicationSpecJobConfigResourcesCpu#max
   */
  readonly max?: any;

  /**
   * The minimal amount of CPU cores that Pods need to run.
   * Equivalent to the `request` for Pod resource configuration.
   * Cores are specified either as a decimal point number or as milli units.
   * For example:`1.5` will be 1.5 cores, also written as `1500m`.
   *
   * @schema SparkApplicationSpecJobConfigResourcesCpu#min
   */
  readonly min?: any;
}

/**
 * Converts an object of type 'SparkApplicationSpecJobConfigResourcesCpu' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecJobConfigResourcesCpu(obj: SparkApplicationSpecJobConfigResourcesCpu | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecJobConfigResourcesMemory
 */
export interface SparkApplicationSpecJobConfigResourcesMemory {
  /**
   * The maximum amount of memory that should be available to the Pod.
   * Specified as a byte [Quantity](https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/),
   * which means these suffixes are supported: E, P, T, G, M, k.
   * You can also use the power-of-two equivalents: Ei, Pi, Ti, Gi, Mi, Ki.
   * For example, the following represent roughly the same value:
   * `128974848, 129e6, 129M,  128974848000m, 123Mi`
   *
   * @schema SparkApplicationSpecJobConfigResourcesMemory#limit
   */
  readonly limit?: any;

  /**
   * Additional options that can be specified.
   *
   * @schema SparkApplicationSpecJobConfigResourcesMemory#runtimeLimits
   */
  readonly runtimeLimits?: any;
}

/**
 * Converts an object of type 'SparkApplicationSpecJobConfigResourcesMemory' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecJobConfigResourcesMemory(obj: SparkApplicationSpecJobConfigResourcesMemory | undefined): Record<string, any> | undefined {
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
 * S3 bucket specification containing the bucket name and an inlined or referenced connection specification.
 * Learn more on the [S3 concept documentation](https://docs.stackable.tech/home/26.3/concepts/s3).
 *
 * @schema SparkApplicationSpecLogFileDirectoryS3BucketInline
 */
export interface SparkApplicationSpecLogFileDirectoryS3BucketInline {
  /**
   * The name of the S3 bucket.
   *
   * @schema SparkApplicationSpecLogFileDirectoryS3BucketInline#bucketName
   */
  readonly bucketName: string;

  /**
   * The definition of an S3 connection, either inline or as a reference.
   *
   * @schema SparkApplicationSpecLogFileDirectoryS3BucketInline#connection
   */
  readonly connection: SparkApplicationSpecLogFileDirectoryS3BucketInlineConnection;
}

/**
 * Converts an object of type 'SparkApplicationSpecLogFileDirectoryS3BucketInline' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecLogFileDirectoryS3BucketInline(obj: SparkApplicationSpecLogFileDirectoryS3BucketInline | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'bucketName': obj.bucketName,
    'connection': toJson_SparkApplicationSpecLogFileDirectoryS3BucketInlineConnection(obj.connection),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * [Scope](https://docs.stackable.tech/home/26.3/secret-operator/scope) of the
 * [SecretClass](https://docs.stackable.tech/home/26.3/secret-operator/secretclass).
 *
 * @schema SparkApplicationSpecS3ConnectionInlineCredentialsScope
 */
export interface SparkApplicationSpecS3ConnectionInlineCredentialsScope {
  /**
   * The listener volume scope allows Node and Service scopes to be inferred from the applicable listeners.
   * This must correspond to Volume names in the Pod that mount Listeners.
   *
   * @schema SparkApplicationSpecS3ConnectionInlineCredentialsScope#listenerVolumes
   */
  readonly listenerVolumes?: string[];

  /**
   * The node scope is resolved to the name of the Kubernetes Node object that the Pod is running on.
   * This will typically be the DNS name of the node.
   *
   * @schema SparkApplicationSpecS3ConnectionInlineCredentialsScope#node
   */
  readonly node?: boolean;

  /**
   * The pod scope is resolved to the name of the Kubernetes Pod.
   * This allows the secret to differentiate between StatefulSet replicas.
   *
   * @schema SparkApplicationSpecS3ConnectionInlineCredentialsScope#pod
   */
  readonly pod?: boolean;

  /**
   * The service scope allows Pod objects to specify custom scopes.
   * This should typically correspond to Service objects that the Pod participates in.
   *
   * @schema SparkApplicationSpecS3ConnectionInlineCredentialsScope#services
   */
  readonly services?: string[];
}

/**
 * Converts an object of type 'SparkApplicationSpecS3ConnectionInlineCredentialsScope' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecS3ConnectionInlineCredentialsScope(obj: SparkApplicationSpecS3ConnectionInlineCredentialsScope | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'listenerVolumes': obj.listenerVolumes?.map(y => y),
    'node': obj.node,
    'pod': obj.pod,
    'services': obj.services?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The verification method used to verify the certificates of the server and/or the client.
 *
 * @schema SparkApplicationSpecS3ConnectionInlineTlsVerification
 */
export interface SparkApplicationSpecS3ConnectionInlineTlsVerification {
  /**
   * Use TLS but don't verify certificates.
   *
   * @schema SparkApplicationSpecS3ConnectionInlineTlsVerification#none
   */
  readonly none?: any;

  /**
   * Use TLS and a CA certificate to verify the server.
   *
   * @schema SparkApplicationSpecS3ConnectionInlineTlsVerification#server
   */
  readonly server?: SparkApplicationSpecS3ConnectionInlineTlsVerificationServer;
}

/**
 * Converts an object of type 'SparkApplicationSpecS3ConnectionInlineTlsVerification' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecS3ConnectionInlineTlsVerification(obj: SparkApplicationSpecS3ConnectionInlineTlsVerification | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'none': obj.none,
    'server': toJson_SparkApplicationSpecS3ConnectionInlineTlsVerificationServer(obj.server),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema SparkApplicationSpecDriverConfigLoggingContainersJob
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersJob {
  /**
   * Configuration for the console appender
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersJob#console
   */
  readonly console?: SparkApplicationSpecDriverConfigLoggingContainersJobConsole;

  /**
   * Custom log configuration provided in a ConfigMap
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersJob#custom
   */
  readonly custom?: SparkApplicationSpecDriverConfigLoggingContainersJobCustom;

  /**
   * Configuration for the file appender
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersJob#file
   */
  readonly file?: SparkApplicationSpecDriverConfigLoggingContainersJobFile;

  /**
   * Configuration per logger
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersJob#loggers
   */
  readonly loggers?: { [key: string]: SparkApplicationSpecDriverConfigLoggingContainersJobLoggers };
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersJob' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersJob(obj: SparkApplicationSpecDriverConfigLoggingContainersJob | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_SparkApplicationSpecDriverConfigLoggingContainersJobConsole(obj.console),
    'custom': toJson_SparkApplicationSpecDriverConfigLoggingContainersJobCustom(obj.custom),
    'file': toJson_SparkApplicationSpecDriverConfigLoggingContainersJobFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_SparkApplicationSpecDriverConfigLoggingContainersJobLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema SparkApplicationSpecDriverConfigLoggingContainersRequirements
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersRequirements {
  /**
   * Configuration for the console appender
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersRequirements#console
   */
  readonly console?: SparkApplicationSpecDriverConfigLoggingContainersRequirementsConsole;

  /**
   * Custom log configuration provided in a ConfigMap
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersRequirements#custom
   */
  readonly custom?: SparkApplicationSpecDriverConfigLoggingContainersRequirementsCustom;

  /**
   * Configuration for the file appender
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersRequirements#file
   */
  readonly file?: SparkApplicationSpecDriverConfigLoggingContainersRequirementsFile;

  /**
   * Configuration per logger
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersRequirements#loggers
   */
  readonly loggers?: { [key: string]: SparkApplicationSpecDriverConfigLoggingContainersRequirementsLoggers };
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersRequirements' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersRequirements(obj: SparkApplicationSpecDriverConfigLoggingContainersRequirements | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_SparkApplicationSpecDriverConfigLoggingContainersRequirementsConsole(obj.console),
    'custom': toJson_SparkApplicationSpecDriverConfigLoggingContainersRequirementsCustom(obj.custom),
    'file': toJson_SparkApplicationSpecDriverConfigLoggingContainersRequirementsFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_SparkApplicationSpecDriverConfigLoggingContainersRequirementsLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema SparkApplicationSpecDriverConfigLoggingContainersSpark
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersSpark {
  /**
   * Configuration for the console appender
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersSpark#console
   */
  readonly console?: SparkApplicationSpecDriverConfigLoggingContainersSparkConsole;

  /**
   * Custom log configuration provided in a ConfigMap
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersSpark#custom
   */
  readonly custom?: SparkApplicationSpecDriverConfigLoggingContainersSparkCustom;

  /**
   * Configuration for the file appender
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersSpark#file
   */
  readonly file?: SparkApplicationSpecDriverConfigLoggingContainersSparkFile;

  /**
   * Configuration per logger
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersSpark#loggers
   */
  readonly loggers?: { [key: string]: SparkApplicationSpecDriverConfigLoggingContainersSparkLoggers };
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersSpark' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersSpark(obj: SparkApplicationSpecDriverConfigLoggingContainersSpark | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_SparkApplicationSpecDriverConfigLoggingContainersSparkConsole(obj.console),
    'custom': toJson_SparkApplicationSpecDriverConfigLoggingContainersSparkCustom(obj.custom),
    'file': toJson_SparkApplicationSpecDriverConfigLoggingContainersSparkFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_SparkApplicationSpecDriverConfigLoggingContainersSparkLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema SparkApplicationSpecDriverConfigLoggingContainersSparkSubmit
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersSparkSubmit {
  /**
   * Configuration for the console appender
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersSparkSubmit#console
   */
  readonly console?: SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitConsole;

  /**
   * Custom log configuration provided in a ConfigMap
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersSparkSubmit#custom
   */
  readonly custom?: SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitCustom;

  /**
   * Configuration for the file appender
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersSparkSubmit#file
   */
  readonly file?: SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitFile;

  /**
   * Configuration per logger
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersSparkSubmit#loggers
   */
  readonly loggers?: { [key: string]: SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitLoggers };
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersSparkSubmit' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersSparkSubmit(obj: SparkApplicationSpecDriverConfigLoggingContainersSparkSubmit | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitConsole(obj.console),
    'custom': toJson_SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitCustom(obj.custom),
    'file': toJson_SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema SparkApplicationSpecDriverConfigLoggingContainersTls
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersTls {
  /**
   * Configuration for the console appender
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersTls#console
   */
  readonly console?: SparkApplicationSpecDriverConfigLoggingContainersTlsConsole;

  /**
   * Custom log configuration provided in a ConfigMap
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersTls#custom
   */
  readonly custom?: SparkApplicationSpecDriverConfigLoggingContainersTlsCustom;

  /**
   * Configuration for the file appender
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersTls#file
   */
  readonly file?: SparkApplicationSpecDriverConfigLoggingContainersTlsFile;

  /**
   * Configuration per logger
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersTls#loggers
   */
  readonly loggers?: { [key: string]: SparkApplicationSpecDriverConfigLoggingContainersTlsLoggers };
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersTls(obj: SparkApplicationSpecDriverConfigLoggingContainersTls | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_SparkApplicationSpecDriverConfigLoggingContainersTlsConsole(obj.console),
    'custom': toJson_SparkApplicationSpecDriverConfigLoggingContainersTlsCustom(obj.custom),
    'file': toJson_SparkApplicationSpecDriverConfigLoggingContainersTlsFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_SparkApplicationSpecDriverConfigLoggingContainersTlsLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema SparkApplicationSpecDriverConfigLoggingContainersVector
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersVector {
  /**
   * Configuration for the console appender
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersVector#console
   */
  readonly console?: SparkApplicationSpecDriverConfigLoggingContainersVectorConsole;

  /**
   * Custom log configuration provided in a ConfigMap
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersVector#custom
   */
  readonly custom?: SparkApplicationSpecDriverConfigLoggingContainersVectorCustom;

  /**
   * Configuration for the file appender
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersVector#file
   */
  readonly file?: SparkApplicationSpecDriverConfigLoggingContainersVectorFile;

  /**
   * Configuration per logger
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersVector#loggers
   */
  readonly loggers?: { [key: string]: SparkApplicationSpecDriverConfigLoggingContainersVectorLoggers };
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersVector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersVector(obj: SparkApplicationSpecDriverConfigLoggingContainersVector | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_SparkApplicationSpecDriverConfigLoggingContainersVectorConsole(obj.console),
    'custom': toJson_SparkApplicationSpecDriverConfigLoggingContainersVectorCustom(obj.custom),
    'file': toJson_SparkApplicationSpecDriverConfigLoggingContainersVectorFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_SparkApplicationSpecDriverConfigLoggingContainersVectorLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersJob
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersJob {
  /**
   * Configuration for the console appender
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersJob#console
   */
  readonly console?: SparkApplicationSpecExecutorConfigLoggingContainersJobConsole;

  /**
   * Custom log configuration provided in a ConfigMap
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersJob#custom
   */
  readonly custom?: SparkApplicationSpecExecutorConfigLoggingContainersJobCustom;

  /**
   * Configuration for the file appender
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersJob#file
   */
  readonly file?: SparkApplicationSpecExecutorConfigLoggingContainersJobFile;

  /**
   * Configuration per logger
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersJob#loggers
   */
  readonly loggers?: { [key: string]: SparkApplicationSpecExecutorConfigLoggingContainersJobLoggers };
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersJob' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersJob(obj: SparkApplicationSpecExecutorConfigLoggingContainersJob | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_SparkApplicationSpecExecutorConfigLoggingContainersJobConsole(obj.console),
    'custom': toJson_SparkApplicationSpecExecutorConfigLoggingContainersJobCustom(obj.custom),
    'file': toJson_SparkApplicationSpecExecutorConfigLoggingContainersJobFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_SparkApplicationSpecExecutorConfigLoggingContainersJobLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersRequirements
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersRequirements {
  /**
   * Configuration for the console appender
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersRequirements#console
   */
  readonly console?: SparkApplicationSpecExecutorConfigLoggingContainersRequirementsConsole;

  /**
   * Custom log configuration provided in a ConfigMap
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersRequirements#custom
   */
  readonly custom?: SparkApplicationSpecExecutorConfigLoggingContainersRequirementsCustom;

  /**
   * Configuration for the file appender
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersRequirements#file
   */
  readonly file?: SparkApplicationSpecExecutorConfigLoggingContainersRequirementsFile;

  /**
   * Configuration per logger
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersRequirements#loggers
   */
  readonly loggers?: { [key: string]: SparkApplicationSpecExecutorConfigLoggingContainersRequirementsLoggers };
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersRequirements' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersRequirements(obj: SparkApplicationSpecExecutorConfigLoggingContainersRequirements | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_SparkApplicationSpecExecutorConfigLoggingContainersRequirementsConsole(obj.console),
    'custom': toJson_SparkApplicationSpecExecutorConfigLoggingContainersRequirementsCustom(obj.custom),
    'file': toJson_SparkApplicationSpecExecutorConfigLoggingContainersRequirementsFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_SparkApplicationSpecExecutorConfigLoggingContainersRequirementsLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersSpark
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersSpark {
  /**
   * Configuration for the console appender
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersSpark#console
   */
  readonly console?: SparkApplicationSpecExecutorConfigLoggingContainersSparkConsole;

  /**
   * Custom log configuration provided in a ConfigMap
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersSpark#custom
   */
  readonly custom?: SparkApplicationSpecExecutorConfigLoggingContainersSparkCustom;

  /**
   * Configuration for the file appender
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersSpark#file
   */
  readonly file?: SparkApplicationSpecExecutorConfigLoggingContainersSparkFile;

  /**
   * Configuration per logger
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersSpark#loggers
   */
  readonly loggers?: { [key: string]: SparkApplicationSpecExecutorConfigLoggingContainersSparkLoggers };
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersSpark' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersSpark(obj: SparkApplicationSpecExecutorConfigLoggingContainersSpark | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_SparkApplicationSpecExecutorConfigLoggingContainersSparkConsole(obj.console),
    'custom': toJson_SparkApplicationSpecExecutorConfigLoggingContainersSparkCustom(obj.custom),
    'file': toJson_SparkApplicationSpecExecutorConfigLoggingContainersSparkFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_SparkApplicationSpecExecutorConfigLoggingContainersSparkLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmit
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmit {
  /**
   * Configuration for the console appender
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmit#console
   */
  readonly console?: SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitConsole;

  /**
   * Custom log configuration provided in a ConfigMap
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmit#custom
   */
  readonly custom?: SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitCustom;

  /**
   * Configuration for the file appender
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmit#file
   */
  readonly file?: SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitFile;

  /**
   * Configuration per logger
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmit#loggers
   */
  readonly loggers?: { [key: string]: SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitLoggers };
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmit' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmit(obj: SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmit | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitConsole(obj.console),
    'custom': toJson_SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitCustom(obj.custom),
    'file': toJson_SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersTls
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersTls {
  /**
   * Configuration for the console appender
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersTls#console
   */
  readonly console?: SparkApplicationSpecExecutorConfigLoggingContainersTlsConsole;

  /**
   * Custom log configuration provided in a ConfigMap
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersTls#custom
   */
  readonly custom?: SparkApplicationSpecExecutorConfigLoggingContainersTlsCustom;

  /**
   * Configuration for the file appender
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersTls#file
   */
  readonly file?: SparkApplicationSpecExecutorConfigLoggingContainersTlsFile;

  /**
   * Configuration per logger
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersTls#loggers
   */
  readonly loggers?: { [key: string]: SparkApplicationSpecExecutorConfigLoggingContainersTlsLoggers };
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersTls(obj: SparkApplicationSpecExecutorConfigLoggingContainersTls | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_SparkApplicationSpecExecutorConfigLoggingContainersTlsConsole(obj.console),
    'custom': toJson_SparkApplicationSpecExecutorConfigLoggingContainersTlsCustom(obj.custom),
    'file': toJson_SparkApplicationSpecExecutorConfigLoggingContainersTlsFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_SparkApplicationSpecExecutorConfigLoggingContainersTlsLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Log configuration of the container
 *
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersVector
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersVector {
  /**
   * Configuration for the console appender
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersVector#console
   */
  readonly console?: SparkApplicationSpecExecutorConfigLoggingContainersVectorConsole;

  /**
   * Custom log configuration provided in a ConfigMap
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersVector#custom
   */
  readonly custom?: SparkApplicationSpecExecutorConfigLoggingContainersVectorCustom;

  /**
   * Configuration for the file appender
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersVector#file
   */
  readonly file?: SparkApplicationSpecExecutorConfigLoggingContainersVectorFile;

  /**
   * Configuration per logger
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersVector#loggers
   */
  readonly loggers?: { [key: string]: SparkApplicationSpecExecutorConfigLoggingContainersVectorLoggers };
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersVector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersVector(obj: SparkApplicationSpecExecutorConfigLoggingContainersVector | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'console': toJson_SparkApplicationSpecExecutorConfigLoggingContainersVectorConsole(obj.console),
    'custom': toJson_SparkApplicationSpecExecutorConfigLoggingContainersVectorCustom(obj.custom),
    'file': toJson_SparkApplicationSpecExecutorConfigLoggingContainersVectorFile(obj.file),
    'loggers': ((obj.loggers) === undefined) ? undefined : (Object.entries(obj.loggers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_SparkApplicationSpecExecutorConfigLoggingContainersVectorLoggers(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The definition of an S3 connection, either inline or as a reference.
 *
 * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnection
 */
export interface SparkApplicationSpecLogFileDirectoryS3BucketInlineConnection {
  /**
   * S3 connection definition as a resource.
   * Learn more on the [S3 concept documentation](https://docs.stackable.tech/home/26.3/concepts/s3).
   *
   * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnection#inline
   */
  readonly inline?: SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInline;

  /**
   * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnection#reference
   */
  readonly reference?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecLogFileDirectoryS3BucketInlineConnection' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecLogFileDirectoryS3BucketInlineConnection(obj: SparkApplicationSpecLogFileDirectoryS3BucketInlineConnection | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'inline': toJson_SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInline(obj.inline),
    'reference': obj.reference,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Use TLS and a CA certificate to verify the server.
 *
 * @schema SparkApplicationSpecS3ConnectionInlineTlsVerificationServer
 */
export interface SparkApplicationSpecS3ConnectionInlineTlsVerificationServer {
  /**
   * CA cert to verify the server.
   *
   * @schema SparkApplicationSpecS3ConnectionInlineTlsVerificationServer#caCert
   */
  readonly caCert: SparkApplicationSpecS3ConnectionInlineTlsVerificationServerCaCert;
}

/**
 * Converts an object of type 'SparkApplicationSpecS3ConnectionInlineTlsVerificationServer' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecS3ConnectionInlineTlsVerificationServer(obj: SparkApplicationSpecS3ConnectionInlineTlsVerificationServer | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'caCert': toJson_SparkApplicationSpecS3ConnectionInlineTlsVerificationServerCaCert(obj.caCert),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Configuration for the console appender
 *
 * @schema SparkApplicationSpecDriverConfigLoggingContainersJobConsole
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersJobConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersJobConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersJobConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersJobConsole(obj: SparkApplicationSpecDriverConfigLoggingContainersJobConsole | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Custom log configuration provided in a ConfigMap
 *
 * @schema SparkApplicationSpecDriverConfigLoggingContainersJobCustom
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersJobCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersJobCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersJobCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersJobCustom(obj: SparkApplicationSpecDriverConfigLoggingContainersJobCustom | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecDriverConfigLoggingContainersJobFile
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersJobFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersJobFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersJobFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersJobFile(obj: SparkApplicationSpecDriverConfigLoggingContainersJobFile | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecDriverConfigLoggingContainersJobLoggers
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersJobLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersJobLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersJobLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersJobLoggers(obj: SparkApplicationSpecDriverConfigLoggingContainersJobLoggers | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecDriverConfigLoggingContainersRequirementsConsole
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersRequirementsConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersRequirementsConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersRequirementsConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersRequirementsConsole(obj: SparkApplicationSpecDriverConfigLoggingContainersRequirementsConsole | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Custom log configuration provided in a ConfigMap
 *
 * @schema SparkApplicationSpecDriverConfigLoggingContainersRequirementsCustom
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersRequirementsCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersRequirementsCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersRequirementsCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersRequirementsCustom(obj: SparkApplicationSpecDriverConfigLoggingContainersRequirementsCustom | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecDriverConfigLoggingContainersRequirementsFile
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersRequirementsFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersRequirementsFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersRequirementsFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersRequirementsFile(obj: SparkApplicationSpecDriverConfigLoggingContainersRequirementsFile | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecDriverConfigLoggingContainersRequirementsLoggers
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersRequirementsLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersRequirementsLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersRequirementsLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersRequirementsLoggers(obj: SparkApplicationSpecDriverConfigLoggingContainersRequirementsLoggers | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecDriverConfigLoggingContainersSparkConsole
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersSparkConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersSparkConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersSparkConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersSparkConsole(obj: SparkApplicationSpecDriverConfigLoggingContainersSparkConsole | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Custom log configuration provided in a ConfigMap
 *
 * @schema SparkApplicationSpecDriverConfigLoggingContainersSparkCustom
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersSparkCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersSparkCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersSparkCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersSparkCustom(obj: SparkApplicationSpecDriverConfigLoggingContainersSparkCustom | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecDriverConfigLoggingContainersSparkFile
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersSparkFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersSparkFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersSparkFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersSparkFile(obj: SparkApplicationSpecDriverConfigLoggingContainersSparkFile | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecDriverConfigLoggingContainersSparkLoggers
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersSparkLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersSparkLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersSparkLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersSparkLoggers(obj: SparkApplicationSpecDriverConfigLoggingContainersSparkLoggers | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitConsole
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitConsole(obj: SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitConsole | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Custom log configuration provided in a ConfigMap
 *
 * @schema SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitCustom
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitCustom(obj: SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitCustom | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitFile
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitFile(obj: SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitFile | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitLoggers
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitLoggers(obj: SparkApplicationSpecDriverConfigLoggingContainersSparkSubmitLoggers | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecDriverConfigLoggingContainersTlsConsole
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersTlsConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersTlsConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersTlsConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersTlsConsole(obj: SparkApplicationSpecDriverConfigLoggingContainersTlsConsole | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Custom log configuration provided in a ConfigMap
 *
 * @schema SparkApplicationSpecDriverConfigLoggingContainersTlsCustom
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersTlsCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersTlsCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersTlsCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersTlsCustom(obj: SparkApplicationSpecDriverConfigLoggingContainersTlsCustom | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecDriverConfigLoggingContainersTlsFile
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersTlsFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersTlsFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersTlsFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersTlsFile(obj: SparkApplicationSpecDriverConfigLoggingContainersTlsFile | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecDriverConfigLoggingContainersTlsLoggers
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersTlsLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersTlsLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersTlsLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersTlsLoggers(obj: SparkApplicationSpecDriverConfigLoggingContainersTlsLoggers | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecDriverConfigLoggingContainersVectorConsole
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersVectorConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersVectorConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersVectorConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersVectorConsole(obj: SparkApplicationSpecDriverConfigLoggingContainersVectorConsole | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Custom log configuration provided in a ConfigMap
 *
 * @schema SparkApplicationSpecDriverConfigLoggingContainersVectorCustom
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersVectorCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersVectorCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersVectorCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersVectorCustom(obj: SparkApplicationSpecDriverConfigLoggingContainersVectorCustom | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecDriverConfigLoggingContainersVectorFile
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersVectorFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersVectorFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersVectorFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersVectorFile(obj: SparkApplicationSpecDriverConfigLoggingContainersVectorFile | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecDriverConfigLoggingContainersVectorLoggers
 */
export interface SparkApplicationSpecDriverConfigLoggingContainersVectorLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecDriverConfigLoggingContainersVectorLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigLoggingContainersVectorLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecDriverConfigLoggingContainersVectorLoggers(obj: SparkApplicationSpecDriverConfigLoggingContainersVectorLoggers | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersJobConsole
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersJobConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersJobConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersJobConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersJobConsole(obj: SparkApplicationSpecExecutorConfigLoggingContainersJobConsole | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Custom log configuration provided in a ConfigMap
 *
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersJobCustom
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersJobCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersJobCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersJobCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersJobCustom(obj: SparkApplicationSpecExecutorConfigLoggingContainersJobCustom | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersJobFile
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersJobFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersJobFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersJobFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersJobFile(obj: SparkApplicationSpecExecutorConfigLoggingContainersJobFile | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersJobLoggers
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersJobLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersJobLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersJobLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersJobLoggers(obj: SparkApplicationSpecExecutorConfigLoggingContainersJobLoggers | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersRequirementsConsole
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersRequirementsConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersRequirementsConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersRequirementsConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersRequirementsConsole(obj: SparkApplicationSpecExecutorConfigLoggingContainersRequirementsConsole | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Custom log configuration provided in a ConfigMap
 *
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersRequirementsCustom
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersRequirementsCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersRequirementsCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersRequirementsCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersRequirementsCustom(obj: SparkApplicationSpecExecutorConfigLoggingContainersRequirementsCustom | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersRequirementsFile
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersRequirementsFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersRequirementsFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersRequirementsFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersRequirementsFile(obj: SparkApplicationSpecExecutorConfigLoggingContainersRequirementsFile | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersRequirementsLoggers
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersRequirementsLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersRequirementsLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersRequirementsLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersRequirementsLoggers(obj: SparkApplicationSpecExecutorConfigLoggingContainersRequirementsLoggers | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersSparkConsole
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersSparkConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersSparkConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersSparkConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersSparkConsole(obj: SparkApplicationSpecExecutorConfigLoggingContainersSparkConsole | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Custom log configuration provided in a ConfigMap
 *
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersSparkCustom
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersSparkCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersSparkCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersSparkCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersSparkCustom(obj: SparkApplicationSpecExecutorConfigLoggingContainersSparkCustom | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersSparkFile
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersSparkFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersSparkFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersSparkFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersSparkFile(obj: SparkApplicationSpecExecutorConfigLoggingContainersSparkFile | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersSparkLoggers
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersSparkLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersSparkLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersSparkLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersSparkLoggers(obj: SparkApplicationSpecExecutorConfigLoggingContainersSparkLoggers | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitConsole
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitConsole(obj: SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitConsole | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Custom log configuration provided in a ConfigMap
 *
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitCustom
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitCustom(obj: SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitCustom | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitFile
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitFile(obj: SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitFile | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitLoggers
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitLoggers(obj: SparkApplicationSpecExecutorConfigLoggingContainersSparkSubmitLoggers | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersTlsConsole
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersTlsConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersTlsConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersTlsConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersTlsConsole(obj: SparkApplicationSpecExecutorConfigLoggingContainersTlsConsole | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Custom log configuration provided in a ConfigMap
 *
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersTlsCustom
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersTlsCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersTlsCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersTlsCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersTlsCustom(obj: SparkApplicationSpecExecutorConfigLoggingContainersTlsCustom | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersTlsFile
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersTlsFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersTlsFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersTlsFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersTlsFile(obj: SparkApplicationSpecExecutorConfigLoggingContainersTlsFile | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersTlsLoggers
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersTlsLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersTlsLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersTlsLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersTlsLoggers(obj: SparkApplicationSpecExecutorConfigLoggingContainersTlsLoggers | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersVectorConsole
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersVectorConsole {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersVectorConsole#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersVectorConsole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersVectorConsole(obj: SparkApplicationSpecExecutorConfigLoggingContainersVectorConsole | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Custom log configuration provided in a ConfigMap
 *
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersVectorCustom
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersVectorCustom {
  /**
   * ConfigMap containing the log configuration files
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersVectorCustom#configMap
   */
  readonly configMap?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersVectorCustom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersVectorCustom(obj: SparkApplicationSpecExecutorConfigLoggingContainersVectorCustom | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersVectorFile
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersVectorFile {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersVectorFile#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersVectorFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersVectorFile(obj: SparkApplicationSpecExecutorConfigLoggingContainersVectorFile | undefined): Record<string, any> | undefined {
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
 * @schema SparkApplicationSpecExecutorConfigLoggingContainersVectorLoggers
 */
export interface SparkApplicationSpecExecutorConfigLoggingContainersVectorLoggers {
  /**
   * The log level threshold.
   * Log events with a lower log level are discarded.
   *
   * @schema SparkApplicationSpecExecutorConfigLoggingContainersVectorLoggers#level
   */
  readonly level?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigLoggingContainersVectorLoggers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecExecutorConfigLoggingContainersVectorLoggers(obj: SparkApplicationSpecExecutorConfigLoggingContainersVectorLoggers | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * S3 connection definition as a resource.
 * Learn more on the [S3 concept documentation](https://docs.stackable.tech/home/26.3/concepts/s3).
 *
 * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInline
 */
export interface SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInline {
  /**
   * Which access style to use.
   * Defaults to virtual hosted-style as most of the data products out there.
   * Have a look at the [AWS documentation](https://docs.aws.amazon.com/AmazonS3/latest/userguide/VirtualHosting.html).
   *
   * @default virtual hosted-style as most of the data products out there.
   * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInline#accessStyle
   */
  readonly accessStyle?: SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineAccessStyle;

  /**
   * If the S3 uses authentication you have to specify you S3 credentials.
   * In the most cases a [SecretClass](https://docs.stackable.tech/home/26.3/secret-operator/secretclass)
   * providing `accessKey` and `secretKey` is sufficient.
   *
   * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInline#credentials
   */
  readonly credentials?: SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineCredentials;

  /**
   * Host of the S3 server without any protocol or port. For example: `west1.my-cloud.com`.
   *
   * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInline#host
   */
  readonly host: string;

  /**
   * Port the S3 server listens on.
   * If not specified the product will determine the port to use.
   *
   * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInline#port
   */
  readonly port?: number;

  /**
   * Bucket region used for signing headers (sigv4).
   *
   * This defaults to `us-east-1` which is compatible with other implementations such as Minio.
   *
   * WARNING: Some products use the Hadoop S3 implementation which falls back to us-east-2.
   *
   * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInline#region
   */
  readonly region?: SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineRegion;

  /**
   * Use a TLS connection. If not specified no TLS will be used.
   *
   * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInline#tls
   */
  readonly tls?: SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTls;
}

/**
 * Converts an object of type 'SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInline' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInline(obj: SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInline | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'accessStyle': obj.accessStyle,
    'credentials': toJson_SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineCredentials(obj.credentials),
    'host': obj.host,
    'port': obj.port,
    'region': toJson_SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineRegion(obj.region),
    'tls': toJson_SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTls(obj.tls),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * CA cert to verify the server.
 *
 * @schema SparkApplicationSpecS3ConnectionInlineTlsVerificationServerCaCert
 */
export interface SparkApplicationSpecS3ConnectionInlineTlsVerificationServerCaCert {
  /**
   * Name of the [SecretClass](https://docs.stackable.tech/home/26.3/secret-operator/secretclass) which will provide the CA certificate.
   * Note that a SecretClass does not need to have a key but can also work with just a CA certificate,
   * so if you got provided with a CA cert but don't have access to the key you can still use this method.
   *
   * @schema SparkApplicationSpecS3ConnectionInlineTlsVerificationServerCaCert#secretClass
   */
  readonly secretClass?: string;

  /**
   * Use TLS and the CA certificates trusted by the common web browsers to verify the server.
   * This can be useful when you e.g. use public AWS S3 or other public available services.
   *
   * @schema SparkApplicationSpecS3ConnectionInlineTlsVerificationServerCaCert#webPki
   */
  readonly webPki?: any;
}

/**
 * Converts an object of type 'SparkApplicationSpecS3ConnectionInlineTlsVerificationServerCaCert' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecS3ConnectionInlineTlsVerificationServerCaCert(obj: SparkApplicationSpecS3ConnectionInlineTlsVerificationServerCaCert | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'secretClass': obj.secretClass,
    'webPki': obj.webPki,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Which access style to use.
 * Defaults to virtual hosted-style as most of the data products out there.
 * Have a look at the [AWS documentation](https://docs.aws.amazon.com/AmazonS3/latest/userguide/VirtualHosting.html).
 *
 * @default virtual hosted-style as most of the data products out there.
 * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineAccessStyle
 */
export enum SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineAccessStyle {
  /** Path */
  PATH = "Path",
  /** VirtualHosted */
  VIRTUAL_HOSTED = "VirtualHosted",
}

/**
 * If the S3 uses authentication you have to specify you S3 credentials.
 * In the most cases a [SecretClass](https://docs.stackable.tech/home/26.3/secret-operator/secretclass)
 * providing `accessKey` and `secretKey` is sufficient.
 *
 * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineCredentials
 */
export interface SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineCredentials {
  /**
   * [Scope](https://docs.stackable.tech/home/26.3/secret-operator/scope) of the
   * [SecretClass](https://docs.stackable.tech/home/26.3/secret-operator/secretclass).
   *
   * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineCredentials#scope
   */
  readonly scope?: SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineCredentialsScope;

  /**
   * [SecretClass](https://docs.stackable.tech/home/26.3/secret-operator/secretclass) containing the LDAP bind credentials.
   *
   * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineCredentials#secretClass
   */
  readonly secretClass: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineCredentials' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineCredentials(obj: SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineCredentials | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'scope': toJson_SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineCredentialsScope(obj.scope),
    'secretClass': obj.secretClass,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Bucket region used for signing headers (sigv4).
 *
 * This defaults to `us-east-1` which is compatible with other implementations such as Minio.
 *
 * WARNING: Some products use the Hadoop S3 implementation which falls back to us-east-2.
 *
 * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineRegion
 */
export interface SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineRegion {
  /**
   * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineRegion#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineRegion' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineRegion(obj: SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineRegion | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Use a TLS connection. If not specified no TLS will be used.
 *
 * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTls
 */
export interface SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTls {
  /**
   * The verification method used to verify the certificates of the server and/or the client.
   *
   * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTls#verification
   */
  readonly verification: SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerification;
}

/**
 * Converts an object of type 'SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTls(obj: SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTls | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'verification': toJson_SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerification(obj.verification),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * [Scope](https://docs.stackable.tech/home/26.3/secret-operator/scope) of the
 * [SecretClass](https://docs.stackable.tech/home/26.3/secret-operator/secretclass).
 *
 * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineCredentialsScope
 */
export interface SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineCredentialsScope {
  /**
   * The listener volume scope allows Node and Service scopes to be inferred from the applicable listeners.
   * This must correspond to Volume names in the Pod that mount Listeners.
   *
   * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineCredentialsScope#listenerVolumes
   */
  readonly listenerVolumes?: string[];

  /**
   * The node scope is resolved to the name of the Kubernetes Node object that the Pod is running on.
   * This will typically be the DNS name of the node.
   *
   * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineCredentialsScope#node
   */
  readonly node?: boolean;

  /**
   * The pod scope is resolved to the name of the Kubernetes Pod.
   * This allows the secret to differentiate between StatefulSet replicas.
   *
   * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineCredentialsScope#pod
   */
  readonly pod?: boolean;

  /**
   * The service scope allows Pod objects to specify custom scopes.
   * This should typically correspond to Service objects that the Pod participates in.
   *
   * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineCredentialsScope#services
   */
  readonly services?: string[];
}

/**
 * Converts an object of type 'SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineCredentialsScope' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineCredentialsScope(obj: SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineCredentialsScope | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'listenerVolumes': obj.listenerVolumes?.map(y => y),
    'node': obj.node,
    'pod': obj.pod,
    'services': obj.services?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The verification method used to verify the certificates of the server and/or the client.
 *
 * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerification
 */
export interface SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerification {
  /**
   * Use TLS but don't verify certificates.
   *
   * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerification#none
   */
  readonly none?: any;

  /**
   * Use TLS and a CA certificate to verify the server.
   *
   * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerification#server
   */
  readonly server?: SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerificationServer;
}

/**
 * Converts an object of type 'SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerification' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerification(obj: SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerification | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'none': obj.none,
    'server': toJson_SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerificationServer(obj.server),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Use TLS and a CA certificate to verify the server.
 *
 * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerificationServer
 */
export interface SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerificationServer {
  /**
   * CA cert to verify the server.
   *
   * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerificationServer#caCert
   */
  readonly caCert: SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerificationServerCaCert;
}

/**
 * Converts an object of type 'SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerificationServer' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerificationServer(obj: SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerificationServer | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'caCert': toJson_SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerificationServerCaCert(obj.caCert),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * CA cert to verify the server.
 *
 * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerificationServerCaCert
 */
export interface SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerificationServerCaCert {
  /**
   * Name of the [SecretClass](https://docs.stackable.tech/home/26.3/secret-operator/secretclass) which will provide the CA certificate.
   * Note that a SecretClass does not need to have a key but can also work with just a CA certificate,
   * so if you got provided with a CA cert but don't have access to the key you can still use this method.
   *
   * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerificationServerCaCert#secretClass
   */
  readonly secretClass?: string;

  /**
   * Use TLS and the CA certificates trusted by the common web browsers to verify the server.
   * This can be useful when you e.g. use public AWS S3 or other public available services.
   *
   * @schema SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerificationServerCaCert#webPki
   */
  readonly webPki?: any;
}

/**
 * Converts an object of type 'SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerificationServerCaCert' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerificationServerCaCert(obj: SparkApplicationSpecLogFileDirectoryS3BucketInlineConnectionInlineTlsVerificationServerCaCert | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'secretClass': obj.secretClass,
    'webPki': obj.webPki,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */


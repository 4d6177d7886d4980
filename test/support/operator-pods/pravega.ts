// Pravega zookeeper-operator: the pods of a ZookeeperCluster.
import { type Json, type OperatorPod, placementOf, range } from "./pod.ts";

/**
 * Pravega: pkg/zk/generators.go (pravega/zookeeper-operator v0.2.15) MakeStatefulSet and makeZkPodSpec,
 * with the defaults of api/v1beta1/zookeepercluster_types.go (withDefaults): labels app, release (the
 * spec labels' defaults) and kind=ZookeeperMember; container `zookeeper`, command
 * /usr/local/bin/zookeeperStart.sh, the five default ports, env ENVOY_SIDECAR_STATUS from an annotation
 * plus spec.pod.env, exec probes `zookeeperReady.sh` / `zookeeperLive.sh` (relative: found on the image's
 * PATH; delays 10, period 10, timeout 10, failure 3), preStop `zookeeperTeardown.sh`, mounts data at
 * /data and conf at /conf; volumes `data` (the StatefulSet's claim `data-<pod>`) and `conf` (ConfigMap
 * `<name>-configmap`); serviceAccountName `default`, terminationGracePeriodSeconds 30, no security context
 * unless spec.pod sets one.
 */
export function pravega(o: Json): OperatorPod[] {
  const name: string = o.metadata.name;
  const pod = o.spec.pod ?? {};
  const affinity = pod.affinity ?? {
    podAntiAffinity: {
      preferredDuringSchedulingIgnoredDuringExecution: [
        {
          weight: 20,
          podAffinityTerm: {
            labelSelector: { matchExpressions: [{ key: "app", operator: "In", values: [name] }] },
            topologyKey: "kubernetes.io/hostname",
          },
        },
      ],
    },
  };
  const image = `${o.spec.image?.repository ?? "pravega/zookeeper"}:${o.spec.image?.tag ?? "0.2.15"}`;
  const probe = (script: string, readiness: boolean) => ({
    exec: { command: [script] },
    initialDelaySeconds: 10,
    periodSeconds: 10,
    timeoutSeconds: 10,
    failureThreshold: 3,
    ...(readiness ? { successThreshold: 1 } : {}),
  });
  const persistence = o.spec.persistence?.spec ?? {};
  return range(o.spec.replicas ?? 3).map((i) => ({
    owner: `ZookeeperCluster ${name}`,
    role: "servers",
    name: `${name}-${i}`,
    labels: { app: name, release: name, kind: "ZookeeperMember" },
    placement: placementOf({ nodeSelector: pod.nodeSelector, affinity, tolerations: pod.tolerations }),
    spec: {
      serviceAccountName: pod.serviceAccountName ?? "default",
      terminationGracePeriodSeconds: pod.terminationGracePeriodSeconds ?? 30,
      ...(pod.securityContext ? { securityContext: pod.securityContext } : {}),
      containers: [
        {
          name: "zookeeper",
          image,
          ports: [
            { name: "client", containerPort: 2181 },
            { name: "quorum", containerPort: 2888 },
            { name: "leader-election", containerPort: 3888 },
            { name: "metrics", containerPort: 7000 },
            { name: "admin-server", containerPort: 8080 },
          ],
          env: [
            {
              name: "ENVOY_SIDECAR_STATUS",
              valueFrom: { fieldRef: { fieldPath: "metadata.annotations['sidecar.istio.io/status']" } },
            },
            ...(pod.env ?? []),
          ],
          ...(pod.resources ? { resources: pod.resources } : {}),
          readinessProbe: probe("zookeeperReady.sh", true),
          livenessProbe: probe("zookeeperLive.sh", false),
          volumeMounts: [
            { name: "data", mountPath: "/data" },
            { name: "conf", mountPath: "/conf" },
          ],
          lifecycle: { preStop: { exec: { command: ["zookeeperTeardown.sh"] } } },
          command: ["/usr/local/bin/zookeeperStart.sh"],
        },
      ],
      volumes: [
        { name: "data", persistentVolumeClaim: { claimName: `data-${name}-${i}` } },
        { name: "conf", configMap: { name: `${name}-configmap` } },
      ],
    },
    claims: [
      {
        name: `data-${name}-${i}`,
        storage: persistence.resources?.requests?.storage ?? "20Gi",
        ...(persistence.storageClassName ? { storageClassName: persistence.storageClassName } : {}),
      },
    ],
  }));
}

/**
 * Pravega: pkg/zk/generators.go (v0.2.15) MakeConfigMap — ConfigMap `<name>-configmap` with `zoo.cfg`
 * (makeZkConfigString: spec.conf.additionalConfig first, then the fixed keys, with ZookeeperConfig's
 * defaults of api/v1beta1/zookeepercluster_types.go withDefaults: initLimit 10, syncLimit 2, tickTime 2000,
 * globalOutstandingLimit 1000, preAllocSize 65536, snapCount 10000, commitLogCount 500,
 * snapSizeLimitInKb 4194304, maxCnxns 0, maxClientCnxns 60, session timeouts 2 and 20 ticks, autopurge
 * 3 / 1), `env.sh` (makeZkEnvConfigString: the headless domain `<name>-headless.<ns>.svc.cluster.local`,
 * ports, the client and admin-server service names, CLUSTER_NAME, CLUSTER_SIZE) and the two log4j files.
 */
export function pravegaConfigMap(o: Json, namespace: string): Json {
  const name: string = o.metadata.name;
  const conf = o.spec.conf ?? {};
  const tick = conf.tickTime ?? 2000;
  const additional = Object.entries(conf.additionalConfig ?? {})
    .map(([k, v]) => `${k}=${v}\n`)
    .join("");
  const zooCfg =
    `${additional}4lw.commands.whitelist=cons, envi, conf, crst, srvr, stat, mntr, ruok\n` +
    "dataDir=/data\nstandaloneEnabled=false\nreconfigEnabled=true\nskipACL=yes\n" +
    "metricsProvider.className=org.apache.zookeeper.metrics.prometheus.PrometheusMetricsProvider\n" +
    "metricsProvider.httpPort=7000\nmetricsProvider.exportJvmInfo=true\n" +
    `initLimit=${conf.initLimit ?? 10}\nsyncLimit=${conf.syncLimit ?? 2}\ntickTime=${tick}\n` +
    `globalOutstandingLimit=${conf.globalOutstandingLimit ?? 1000}\npreAllocSize=${conf.preAllocSize ?? 65536}\n` +
    `snapCount=${conf.snapCount ?? 10000}\ncommitLogCount=${conf.commitLogCount ?? 500}\n` +
    `snapSizeLimitInKb=${conf.snapSizeLimitInKb ?? 4194304}\nmaxCnxns=${conf.maxCnxns ?? 0}\n` +
    `maxClientCnxns=${conf.maxClientCnxns ?? 60}\nminSessionTimeout=${conf.minSessionTimeout ?? 2 * tick}\n` +
    `maxSessionTimeout=${conf.maxSessionTimeout ?? 20 * tick}\n` +
    `autopurge.snapRetainCount=${conf.autoPurgeSnapRetainCount ?? 3}\n` +
    `autopurge.purgeInterval=${conf.autoPurgePurgeInterval ?? 1}\n` +
    `quorumListenOnAllIPs=${conf.quorumListenOnAllIPs ?? false}\nadmin.serverPort=8080\n` +
    "dynamicConfigFile=/data/zoo.cfg.dynamic\n";
  const envSh =
    "#!/usr/bin/env bash\n\n" +
    `DOMAIN=${name}-headless.${namespace}.svc.${o.spec.kubernetesClusterDomain || "cluster.local"}\n` +
    "QUORUM_PORT=2888\nLEADER_PORT=3888\n" +
    `CLIENT_HOST=${name}-client\nCLIENT_PORT=2181\n` +
    `ADMIN_SERVER_HOST=${name}-admin-server\nADMIN_SERVER_PORT=8080\n` +
    `CLUSTER_NAME=${name}\nCLUSTER_SIZE=${o.spec.replicas ?? 3}\n`;
  // log4j's own `${...}` references, literally (not template placeholders).
  const ref = (name: string) => `\${${name}}`;
  const layout =
    "log4j.appender.CONSOLE=org.apache.log4j.ConsoleAppender\n" +
    "log4j.appender.CONSOLE.Threshold=%T\n" +
    "log4j.appender.CONSOLE.layout=org.apache.log4j.PatternLayout\n" +
    "log4j.appender.CONSOLE.layout.ConversionPattern=%d{ISO8601} [myid:%X{myid}] - %-5p [%t:%C{1}@%L] - %m%n\n";
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: `${name}-configmap`, namespace, ...(o.spec.labels ? { labels: o.spec.labels } : {}) },
    data: {
      "zoo.cfg": zooCfg,
      "log4j.properties":
        "zookeeper.root.logger=CONSOLE\nzookeeper.console.threshold=INFO\n" +
        `log4j.rootLogger=${ref("zookeeper.root.logger")}\n` +
        layout.replace("%T", ref("zookeeper.console.threshold")),
      "log4j-quiet.properties": `log4j.rootLogger=ERROR, CONSOLE\n${layout.replace("%T", "ERROR")}`,
      "env.sh": envSh,
    },
  };
}

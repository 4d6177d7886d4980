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

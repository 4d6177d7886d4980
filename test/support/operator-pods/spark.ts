// Kubeflow Spark operator: the driver and executor pods of a SparkApplication.
import { type Json, type OperatorPod, placementOf, range } from "./pod.ts";

export function spark(name: string, spec: Json, kind: string): OperatorPod[] {
  const pod = (role: "driver" | "executor", podName: string): OperatorPod => ({
    owner: `${kind} ${name}`,
    role,
    name: podName,
    labels: { "spark-role": role, "sparkoperator.k8s.io/app-name": name },
    placement: placementOf({
      nodeSelector: { ...spec.nodeSelector, ...spec[role].nodeSelector },
      affinity: spec[role].affinity,
      tolerations: spec[role].tolerations,
    }),
  });
  return [
    pod("driver", `${name}-driver`),
    ...range(spec.executor.instances ?? 1).map((i) => pod("executor", `${name}-exec-${i + 1}`)),
  ];
}

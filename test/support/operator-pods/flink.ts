// Apache Flink operator: the JobManager and TaskManager pods of a FlinkDeployment.
import { type Json, type OperatorPod, placementOf, range } from "./pod.ts";

/** Deep merge of two pod templates as FlinkUtils.mergePodTemplates does it (objects merged, arrays by index). */
function flinkMerge(to: Json, from: Json): Json {
  if (from === undefined) return to;
  if (to === undefined) return from;
  if (Array.isArray(to) && Array.isArray(from)) {
    return range(Math.max(to.length, from.length)).map((i) => flinkMerge(to[i], from[i]));
  }
  if (typeof to === "object" && typeof from === "object" && to !== null && from !== null) {
    const out: Json = { ...to };
    for (const [k, v] of Object.entries(from)) out[k] = flinkMerge(to[k], v);
    return out;
  }
  return from;
}

export function flink(o: Json): OperatorPod[] {
  const name: string = o.metadata.name;
  const slots = Number(o.spec.flinkConfiguration?.["taskmanager.numberOfTaskSlots"] ?? 1);
  const parallelism = o.spec.job?.parallelism ?? 1;
  const roles = [
    { role: "jobmanager", spec: o.spec.jobManager, count: o.spec.jobManager?.replicas ?? 1 },
    {
      role: "taskmanager",
      spec: o.spec.taskManager,
      count: o.spec.taskManager?.replicas ?? Math.ceil(parallelism / slots),
    },
  ];
  return roles.flatMap(({ role, spec, count }) => {
    const template = flinkMerge(o.spec.podTemplate, spec?.podTemplate) ?? {};
    return range(count).map((i) => ({
      owner: `FlinkDeployment ${name}`,
      role,
      name: role === "jobmanager" ? `${name}-${i}` : `${name}-taskmanager-1-${i + 1}`,
      labels: { type: "flink-native-kubernetes", app: name, component: role },
      placement: placementOf(template.spec),
    }));
  });
}

// The plan's note for a job whose operator meets a namespace for the first time (lib/gitops/watched-namespaces.ts).
import { describe, expect, it } from "vitest";
import { newWatchedNamespaces } from "../../../lib/gitops/watched-namespaces.ts";

const PREFIX = "deploy/in-cluster/";
const job = (kind: string, apiVersion: string, namespace: string, name: string) =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\n`;
const spark = (ns: string, name: string) => job("SparkApplication", "sparkoperator.k8s.io/v1beta2", ns, name);
const flink = (ns: string, name: string) => job("FlinkDeployment", "flink.apache.org/v1beta1", ns, name);
const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe("newWatchedNamespaces", () => {
  it("with no previous state, notes every job namespace of each operator", () => {
    const desired = files({
      [`${PREFIX}data/a/apps/spark.yaml`]: spark("data", "a-report"),
      [`${PREFIX}data/a/apps/flink.yaml`]: flink("data", "a-score"),
      [`${PREFIX}data/a/kustomization.yaml`]:
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n",
    });
    expect(newWatchedNamespaces(new Map(), desired, PREFIX)).toEqual([
      "the Flink operator must watch namespace data (its chart's watchNamespaces) for a-score",
      "the Spark operator must watch namespace data (its chart's spark.jobNamespaces) for a-report",
    ]);
  });

  it("says nothing for a namespace another job of the same operator already used, and notes a new one", () => {
    const old = files({ [`${PREFIX}data/a/apps/spark.yaml`]: spark("data", "a-report") });
    const desired = files({
      [`${PREFIX}data/a/apps/spark.yaml`]: spark("data", "a-report"),
      [`${PREFIX}data/b/apps/spark.yaml`]: spark("data", "b-rollup"),
      [`${PREFIX}pay/c/apps/spark.yaml`]: spark("pay", "c-settle"),
      // The Flink operator has not met `data` yet: a Spark job there does not count for it.
      [`${PREFIX}data/d/apps/flink.yaml`]: flink("data", "d-score"),
      // Another cluster's directory is another set of operators.
      "deploy/other/pay/e/apps/spark.yaml": spark("elsewhere", "e-x"),
    });
    expect(newWatchedNamespaces(old, desired, PREFIX)).toEqual([
      "the Flink operator must watch namespace data (its chart's watchNamespaces) for d-score",
      "the Spark operator must watch namespace pay (its chart's spark.jobNamespaces) for c-settle",
    ]);
  });
});

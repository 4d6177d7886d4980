/**
 * A Blueprint the benchmarks generate: `team-<i>` in namespace `bench`, with a Kafka (`events`) and a topic
 * on it (`audit`), then `rest`: the YAML lines of its further components (and any `connections`).
 */
export const benchBlueprint = (i: number, rest: string) => `apiVersion: tributary.dev/v1alpha1
kind: Blueprint
metadata: { name: team-${i}, namespace: bench }
spec:
  components:
  - name: events
    kafka: { brokers: { replicas: 3, storage: { size: 100Gi } } }
  - name: audit
    topic: { partitions: 12, retention: 7d }
${rest}
`;

// What the status fakes read of an object: the live object (its uid and generation are the API server's).
// biome-ignore lint/suspicious/noExplicitAny: the fakes read the plain JSON of upstream specs
export type Json = any;

export interface StatusSubject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    uid?: string;
    generation?: number;
    labels?: Record<string, string>;
  };
  spec?: Json;
}

/** The objects beside a subject (e.g. a Kafka's node pools), for what its operator derives from them. */
export type Siblings = readonly StatusSubject[];

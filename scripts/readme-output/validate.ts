// `trib validate` on a Blueprint with mistakes: every problem at once, each at its file:line:col.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { inScratch, terminal } from "./support/terminal.ts";

export const marker = "validate";

const BROKEN = `apiVersion: tributary.dev/v1alpha1
kind: Blueprint
metadata:
  name: shop
  namespace: data
spec:
  components:
    - name: events
      kafka:
        brokers: { replica: 3, storage: { size: 100 GB } }
    - name: orders
      topic: { kafka: event, partitions: 0 }
`;

export const capture = () =>
  inScratch(async (dir) => {
    writeFileSync(join(dir, "shop.yaml"), BROKEN);
    return terminal(["validate", "shop.yaml"], dir);
  });

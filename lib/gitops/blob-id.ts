// Git's object id of a blob, computed in process (`git hash-object` without the process): a file whose
// new content hashes to the id already in the tree is unchanged, so it need not be read from git.
import { createHash } from "node:crypto";

export function blobId(content: string): string {
  const bytes = Buffer.from(content, "utf8");
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

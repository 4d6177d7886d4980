import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Two projects: fast unit tests over the pure pipeline, and integration tests that start the real
// control plane (test/cluster) once per run through a global setup. `npm test` runs both. Both first bring
// the build in dist/ up to date (test/support/build.ts): the CLI tests spawn bin/trib.js, which runs it.
// Tests run the sources: a typed program's `tributary/cdk8s` is the module the tests import, not the build
// (package.json's exports, for users, name the build).
const resolve = {
  alias: [
    { find: /^tributary$/, replacement: fileURLToPath(new URL("./lib/index.ts", import.meta.url)) },
    {
      find: /^tributary\/cdk8s$/,
      replacement: fileURLToPath(new URL("./lib/cdk8s/index.ts", import.meta.url)),
    },
  ],
};

export default defineConfig({
  test: {
    reporters: ["default", "./test/support/summary-reporter.ts"],
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          globalSetup: ["test/support/temp-root.ts", "test/support/build.ts"],
          setupFiles: ["test/support/renderers.ts"],
          testTimeout: 30_000,
          // Hooks make and remove whole git repositories (the contention suite's 100 publishes); on a loaded
          // 2-core machine removing them took over vitest's default 10 s.
          hookTimeout: 120_000,
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          globalSetup: ["test/support/temp-root.ts", "test/support/build.ts", "test/cluster/global-setup.ts"],
          setupFiles: ["test/support/renderers.ts"],
          testTimeout: 180_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

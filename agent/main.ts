// `tributary-agent --config /etc/tributary/agent.yaml`: run the agent until SIGTERM/SIGINT.
// Stopping the agent leaves the pods' units running; a restarted agent adopts them.
import { readFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { jsonLogger } from "../kube/log.ts";
import { Agent } from "./agent.ts";
import { ConfigError, parseConfig } from "./config.ts";
import { startLogsServer } from "./logs-server.ts";

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      config: { type: "string", default: "/etc/tributary/agent.yaml" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write("Usage: tributary-agent [--config /etc/tributary/agent.yaml]\n");
    return 0;
  }
  let config: ReturnType<typeof parseConfig>;
  try {
    config = parseConfig(readFileSync(values.config!, "utf8"), os.hostname());
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const log = jsonLogger();
  const agent = new Agent(config, log);
  const stopped = new Promise<void>((resolve) => {
    for (const sig of ["SIGTERM", "SIGINT"] as const) process.once(sig, () => resolve());
  });
  await agent.start();
  const server = config.server ? await startLogsServer(agent, config.server) : undefined;
  log.info("agent running", { node: config.nodeName, logsPort: config.server?.port });
  await stopped;
  log.info("stopping (units keep running)");
  server?.close();
  await agent.stop();
  return 0;
}

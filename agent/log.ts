// The agent's log: one JSON object per line on stdout (journald keeps it with the agent's unit).
export type Logger = (
  level: "info" | "warn" | "error",
  msg: string,
  fields?: Record<string, unknown>,
) => void;

export const jsonLogger: Logger = (level, msg, fields) =>
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);

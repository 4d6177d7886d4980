// Structured logs: one JSON object per line on stderr ({ts, level, msg, ...fields}). Fields carry names,
// keys, reasons and counts, never object contents: Secret values cannot reach the log.
export type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level, number> = { debug: 0, info: 1, warn: 2, error: 3 };

export type Fields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
  with(fields: Fields): Logger;
}

export function jsonLogger(
  level: Level = "info",
  write: (line: string) => void = (l) => process.stderr.write(l),
  base: Fields = {},
): Logger {
  const emit = (at: Level, msg: string, fields?: Fields) => {
    if (ORDER[at] < ORDER[level]) return;
    const record: Fields = { ts: new Date().toISOString(), level: at, msg, ...base, ...fields };
    write(`${JSON.stringify(record, (_k, v) => (v instanceof Error ? v.message : v))}\n`);
  };
  return {
    debug: (m, f) => emit("debug", m, f),
    info: (m, f) => emit("info", m, f),
    warn: (m, f) => emit("warn", m, f),
    error: (m, f) => emit("error", m, f),
    with: (fields) => jsonLogger(level, write, { ...base, ...fields }),
  };
}

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  with: () => silentLogger,
};

export const isLevel = (s: string): s is Level => s in ORDER;

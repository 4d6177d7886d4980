// Runs the operator from parsed flags until SIGTERM or SIGINT; a clean stop releases the Lease, so a
// successor starts at once.
import { Operator, type OperatorOptions } from "./controller.ts";
import { OperatorUsageError, operatorOptions } from "./flags.ts";

type Values = Record<string, unknown>;

/** Runs the operator until SIGTERM/SIGINT; the exit code. */
export async function runOperator(
  values: Values,
  io: { err(text: string): void; cwd: string },
): Promise<number> {
  let options: OperatorOptions;
  try {
    options = operatorOptions(values, io.cwd);
  } catch (error) {
    if (error instanceof OperatorUsageError) {
      io.err(`trib operator: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  let operator: Operator;
  try {
    operator = await Operator.start(options);
  } catch (error) {
    io.err(`trib operator: ${(error as Error).message}\n`);
    return 1;
  }
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      operator.log.info("signal received: stopping", { signal });
      process.off("SIGTERM", onTerm);
      process.off("SIGINT", onInt);
      resolve();
    };
    const onTerm = () => stop("SIGTERM");
    const onInt = () => stop("SIGINT");
    process.on("SIGTERM", onTerm);
    process.on("SIGINT", onInt);
  });
  await operator.stop();
  return 0;
}

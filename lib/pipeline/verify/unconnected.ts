// Every inlet fed (unconnected-inlet); every outlet connected unless optional (unconnected-outlet). A port
// a connection meant but named wrongly is reported there, not here too.
import type { Connected } from "./connections.ts";
import { portKey, type VerifyContext } from "./context.ts";

export function checkUnconnected(cx: VerifyContext, { fedBy, writtenBy }: Connected): void {
  for (const port of cx.ports.values()) {
    const key = portKey(port.streamlet, port.direction, port.name);
    if (cx.mentioned.has(key)) continue;
    if (port.direction === "inlets" && !fedBy.has(key)) {
      cx.report(
        "unconnected-inlet",
        `${port.path}/name`,
        `inlet \`${port.streamlet}.${port.name}\` is not connected`,
        {
          hint: `add a connection with \`to: [${port.streamlet}.${port.name}]\``,
        },
      );
    }
    if (port.direction === "outlets" && !port.optional && !writtenBy.has(key)) {
      cx.report(
        "unconnected-outlet",
        `${port.path}/name`,
        `outlet \`${port.streamlet}.${port.name}\` is not connected`,
        {
          hint: `connect it (\`from: ${port.streamlet}.${port.name}\`) or mark it \`optional: true\``,
        },
      );
    }
  }
}

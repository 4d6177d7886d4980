// A connection's end, `streamlet.port`, resolved to a port of the right direction — or reported:
// unknown-streamlet, unknown-port (with a suggestion), wrong-port-direction.
import { portsOf, productOf } from "../../blueprint/semantic.ts";
import { closest, didYouMean } from "../../blueprint/suggest.ts";
import { type Direction, type End, portKey, type VerifyContext } from "./context.ts";

/** Resolves `streamlet.port` as a port of `direction`; reports and returns undefined when it is not one. */
export function resolveEnd(
  cx: VerifyContext,
  ref: string,
  direction: Direction,
  path: string,
  connection: number,
): End | undefined {
  const { streamlets, ports, mentioned, report, doc } = cx;
  const [streamlet = "", name = ""] = ref.split(".");
  const entry = streamlets.get(streamlet);
  if (!entry) {
    const other = doc.spec.components.find((c) => c.name === streamlet);
    const meant = closest(streamlet, streamlets.keys());
    if (meant) mentioned.add(portKey(meant, direction, name));
    report(
      "unknown-streamlet",
      path,
      other
        ? `\`${streamlet}\` is a ${productOf(other)}, not a streamlet: only spark, flink and streamlet components have ports`
        : `no streamlet \`${streamlet}\` in Blueprint ${doc.metadata.name}`,
      { hint: other ? undefined : didYouMean(streamlet, streamlets.keys()) },
    );
    return undefined;
  }
  const port = ports.get(portKey(streamlet, direction, name));
  if (port) return { port, path, connection };
  const other = direction === "inlets" ? "outlets" : "inlets";
  const spec = portsOf(entry.component)!;
  if (ports.has(portKey(streamlet, other, name))) {
    mentioned.add(portKey(streamlet, other, name));
    report(
      "wrong-port-direction",
      path,
      direction === "outlets"
        ? `\`${ref}\` is an inlet; a connection's \`from\` is an outlet`
        : `\`${ref}\` is an outlet; a connection's \`to\` lists inlets`,
    );
    return undefined;
  }
  const candidates = (spec[direction] ?? []).map((p) => p.name);
  const meant = closest(name, candidates);
  if (meant) mentioned.add(portKey(streamlet, direction, meant));
  report(
    "unknown-port",
    path,
    `streamlet \`${streamlet}\` has no ${direction === "inlets" ? "inlet" : "outlet"} \`${name}\``,
    {
      hint:
        didYouMean(name, candidates) ??
        (candidates.length > 0
          ? `its ${direction}: ${candidates.join(", ")}`
          : `it declares no ${direction}`),
    },
  );
  return undefined;
}

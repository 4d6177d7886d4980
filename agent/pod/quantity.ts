// Kubernetes resource quantities (resource.Quantity serialization), exact with BigInt.

export class QuantityError extends Error {
  override name = "QuantityError";
}

const QUANTITY = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;

const BINARY: Record<string, bigint> = {
  Ki: 1n << 10n,
  Mi: 1n << 20n,
  Gi: 1n << 30n,
  Ti: 1n << 40n,
  Pi: 1n << 50n,
  Ei: 1n << 60n,
};
const DECIMAL_EXP: Record<string, number> = {
  n: -9,
  u: -6,
  m: -3,
  "": 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};

/** The quantity as a fraction num/den (den a power of ten), or throws on a malformed quantity. */
function parse(q: string): { num: bigint; den: bigint } {
  const m = QUANTITY.exec(q.trim());
  if (!m) throw new QuantityError(`${JSON.stringify(q)} is not a Kubernetes quantity`);
  const [, sign, digits, suffix = ""] = m;
  const [int = "", frac = ""] = digits!.split(".");
  let num = BigInt(`${int}${frac}` || "0");
  let den = 10n ** BigInt(frac.length);
  if (suffix in BINARY) num *= BINARY[suffix]!;
  else {
    const exp = suffix in DECIMAL_EXP ? DECIMAL_EXP[suffix]! : Number(suffix.slice(1));
    if (!Number.isSafeInteger(exp) || Math.abs(exp) > 30)
      throw new QuantityError(`exponent too large in ${q}`);
    if (exp >= 0) num *= 10n ** BigInt(exp);
    else den *= 10n ** BigInt(-exp);
  }
  if (sign === "-") num = -num;
  return { num, den };
}

const ceilDiv = (a: bigint, b: bigint) => (a >= 0n ? (a + b - 1n) / b : a / b);

/** Whole units, rounded up (memory in bytes). */
export function quantityToUnits(q: string): bigint {
  const { num, den } = parse(q);
  return ceilDiv(num, den);
}

/** Thousandths of a unit, rounded up (CPU in millicores). */
export function quantityToMilli(q: string): bigint {
  const { num, den } = parse(q);
  return ceilDiv(num * 1000n, den);
}

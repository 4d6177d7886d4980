// Kubernetes resource quantities (apimachinery's resource.Quantity syntax): 500m, 1.5Gi, 2e3, 100.

// A number, then at most one of: a decimal exponent, a decimal SI suffix, a binary SI suffix.
const QUANTITY = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:[eE]([+-]?\d+)|(n|u|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei))?$/;
const FACTOR: Record<string, number> = {
  "": 1,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

/** A quantity in base units (bytes for storage, cores for CPU), or undefined when it is not one. */
export function parseQuantity(v: unknown): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v !== "string") return undefined;
  const m = QUANTITY.exec(v.trim());
  if (!m) return undefined;
  return Number(m[1]) * 10 ** Number(m[2] ?? 0) * FACTOR[m[3] ?? ""]!;
}

/** Kubernetes holds a quantity in an int64 of its base unit (apimachinery resource.Quantity: "no quantity
 * may represent a number greater than 2^63-1 in magnitude, nor may it have more than 3 decimal places";
 * larger values are capped and finer ones rounded up, silently). */
const MAX_QUANTITY = 2n ** 63n - 1n;
const EXACT = /^([0-9]*)(?:\.([0-9]+))?(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/;
/** Each suffix as a fraction [numerator, denominator] of the base unit. */
const EXACT_FACTOR: Record<string, [bigint, bigint]> = {
  "": [1n, 1n],
  m: [1n, 1000n],
  ...Object.fromEntries(["k", "M", "G", "T", "P", "E"].map((s, i) => [s, [10n ** BigInt(3 * (i + 1)), 1n]])),
  ...Object.fromEntries(
    ["Ki", "Mi", "Gi", "Ti", "Pi", "Ei"].map((s, i) => [s, [2n ** BigInt(10 * (i + 1)), 1n]]),
  ),
};

/**
 * Why a quantity (already of the Blueprint's quantity syntax) would not mean what it says in Kubernetes,
 * or undefined: zero, beyond what it can hold, or finer than it keeps (a thousandth of a core; a byte).
 */
export function quantityProblem(quantity: string, unit: "cores" | "bytes"): string | undefined {
  const m = EXACT.exec(quantity);
  if (!m || (m[1] === "" && m[2] === undefined)) return undefined;
  const fraction = m[2] ?? "";
  const [num, den] = EXACT_FACTOR[m[3] ?? ""]!;
  const numerator = BigInt(`${m[1]}${fraction}` || "0") * num;
  const denominator = 10n ** BigInt(fraction.length) * den;
  if (numerator === 0n) return `${quantity} is zero`;
  if (numerator / denominator > MAX_QUANTITY) return `${quantity} is more than Kubernetes can hold (2^63-1)`;
  if (unit === "cores" && (numerator * 1000n) % denominator !== 0n)
    return `${quantity} is finer than a thousandth of a core, which Kubernetes would round up`;
  if (unit === "bytes" && numerator % denominator !== 0n) return `${quantity} is not a whole number of bytes`;
  return undefined;
}

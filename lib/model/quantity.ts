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

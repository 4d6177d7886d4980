// Kubernetes memory quantities (2Gi, 512Mi, 1.5G) in the JVM-style sizes that Spark and Flink read.
//
// Spark (`spark.driver.memory`, JavaUtils.byteStringAs) and Flink (MemorySize.parse) both read `k`, `m`,
// `g` as binary units (KiB, MiB, GiB); Kubernetes' `G` and `M` are decimal. Writing `2G` straight through
// would give Spark and Flink 2 GiB for a Blueprint that asked for 2×10⁹ bytes, so sizes are converted
// exactly (integer arithmetic, no floating point) and written in MiB when whole, else KiB rounded up.

const KIB = 1024n;
const MIB = 1024n * 1024n;

/** Multiplier of each suffix, as a fraction [numerator, denominator]. */
const FACTORS: Record<string, [bigint, bigint]> = {
  "": [1n, 1n],
  m: [1n, 1000n],
  k: [10n ** 3n, 1n],
  M: [10n ** 6n, 1n],
  G: [10n ** 9n, 1n],
  T: [10n ** 12n, 1n],
  P: [10n ** 15n, 1n],
  E: [10n ** 18n, 1n],
  Ki: [KIB, 1n],
  Mi: [MIB, 1n],
  Gi: [MIB * KIB, 1n],
  Ti: [MIB * MIB, 1n],
  Pi: [MIB * MIB * KIB, 1n],
  Ei: [MIB * MIB * MIB, 1n],
};

const QUANTITY = /^([0-9]*)(?:\.([0-9]+))?(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/;

/** The bytes a memory quantity stands for, rounded up to a whole byte. Throws on anything else. */
export function quantityBytes(quantity: string): bigint {
  const match = QUANTITY.exec(quantity);
  const whole = match?.[1] ?? "";
  const fraction = match?.[2] ?? "";
  if (!match || (whole === "" && fraction === "")) throw new Error(`not a memory quantity: "${quantity}"`);
  const [num, den] = FACTORS[match[3] ?? ""]!;
  const numerator = BigInt(`${whole}${fraction}` || "0") * num;
  const denominator = 10n ** BigInt(fraction.length) * den;
  return (numerator + denominator - 1n) / denominator;
}

/** A memory quantity as a JVM-style size: `2Gi` → `2048m`, `1G` → `976563k` (KiB, rounded up). */
export function jvmMemory(quantity: string): string {
  const bytes = quantityBytes(quantity);
  if (bytes % MIB === 0n) return `${bytes / MIB}m`;
  return `${(bytes + KIB - 1n) / KIB}k`;
}

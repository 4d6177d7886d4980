// The memory of Spark and Flink processes, as a Blueprint writes it, in the JVM-style size they read.
//
// A Blueprint may write these fields in the products' own notation or in Kubernetes' binary one, and both
// mean the same thing as there:
// - JVM notation: a whole number and `b`, `k`/`kb`, `m`/`mb`, `g`/`gb`, `t`/`tb`, all binary
//   (KiB, MiB, GiB, TiB): `512m` is 512 MiB, `2g` 2 GiB, as spark-submit reads them (apache/spark
//   common/network-common/src/main/java/org/apache/spark/network/util/JavaUtils.java: `byteSuffixes`,
//   `byteStringAs` lower-cases the string first) and as Flink does (apache/flink flink-core/src/main/java/
//   org/apache/flink/configuration/MemorySize.java: `MemoryUnit`, `parse` lower-cases the unit).
// - Kubernetes binary quantities: `512Mi`, `1.5Gi`, `2Ti`, fractions allowed.
// Whatever one of the two notations reads differently from the other is refused, so no size is ambiguous:
// a bare number (Spark reads `spark.driver.memory: 512` as MiB, Flink `512` as bytes) and upper-case
// letters (`2G` is 2 GiB to spark-submit, which lower-cases it, but 2×10⁹ bytes to Kubernetes). `512m` is
// always the JVM's 512 MiB, never Kubernetes' 0.512 bytes. Sizes are exact (integers, no floating point)
// and written in MiB when whole, else in KiB rounded up.

const KIB = 1024n;
const MIB = 1024n * 1024n;
/** Both products hold a size in a Java long. */
const MAX_BYTES = 2n ** 63n - 1n;

const JVM = /^([0-9]+)(b|kb?|mb?|gb?|tb?)$/;
const AMBIGUOUS = /^[0-9.]+([KMGTPE]B?|kB|mB|gB|tB)?$/;
const KUBERNETES = /^([0-9]*)(?:\.([0-9]+))?(Ki|Mi|Gi|Ti|Pi|Ei)$/;
const JVM_FACTOR: Record<string, bigint> = { b: 1n, k: KIB, m: MIB, g: MIB * KIB, t: MIB * MIB };
const BINARY_FACTOR: Record<string, bigint> = {
  Ki: KIB,
  Mi: MIB,
  Gi: MIB * KIB,
  Ti: MIB * MIB,
  Pi: MIB * MIB * KIB,
  Ei: MIB * MIB * MIB,
};

/** The notation the memory fields of Spark and Flink take, for schema descriptions and messages. */
export const JVM_MEMORY_NOTATION =
  "a JVM size as spark-submit and Flink read it (512m, 4096m, 2g: k, m, g, t are KiB, MiB, GiB, TiB) " +
  "or a Kubernetes binary quantity (512Mi, 2Gi)";

/** The bytes a memory size stands for, or why it is not one (zero, a fraction of a byte, too large). */
export function memoryBytes(size: string): bigint | { problem: string; hint?: string } {
  const jvm = JVM.exec(size);
  let bytes: bigint;
  if (jvm) {
    bytes = BigInt(jvm[1]!) * JVM_FACTOR[jvm[2]![0]!]!;
  } else if (AMBIGUOUS.test(size)) {
    return {
      problem: `${JSON.stringify(size)} reads differently in Spark or Flink and in Kubernetes`,
      hint: "write the unit in lower case for the JVM's binary units (512m, 2g) or as Kubernetes' Mi, Gi",
    };
  } else {
    const k8s = KUBERNETES.exec(size);
    const whole = k8s?.[1] ?? "";
    const fraction = k8s?.[2] ?? "";
    if (!k8s || (whole === "" && fraction === ""))
      return { problem: `${JSON.stringify(size)} is not ${JVM_MEMORY_NOTATION}` };
    const numerator = BigInt(`${whole}${fraction}`) * BINARY_FACTOR[k8s[3]!]!;
    const denominator = 10n ** BigInt(fraction.length);
    if (numerator % denominator !== 0n) return { problem: `${size} is not a whole number of bytes` };
    bytes = numerator / denominator;
  }
  if (bytes === 0n) return { problem: `${size} is no memory at all` };
  if (bytes > MAX_BYTES) return { problem: `${size} is more than Spark and Flink can hold (2^63-1 bytes)` };
  return bytes;
}

/** A memory size as the JVM-style size Spark and Flink read: `2Gi` → `2048m`, `2g` → `2048m`. */
export function jvmMemory(size: string): string {
  const bytes = memoryBytes(size);
  if (typeof bytes !== "bigint") throw new Error(bytes.problem);
  if (bytes % MIB === 0n) return `${bytes / MIB}m`;
  return `${(bytes + KIB - 1n) / KIB}k`;
}

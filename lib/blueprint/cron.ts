// A five-field cron schedule, checked field by field as the Kubeflow Spark operator parses it
// (kubeflow/spark-operator uses robfig/cron v3 `cron.ParseStandard`; robfig/cron parser.go `getField`,
// `getRange`: lists with `,`, ranges `a-b`, steps `*/n`, `a-b/n` and `a/n`, `*` and `?` for every value,
// month and weekday names case-insensitively, weekdays 0-6).

interface Field {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
}

const FIELDS: readonly Field[] = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31 },
  {
    name: "month",
    min: 1,
    max: 12,
    names: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
  },
  { name: "day of week", min: 0, max: 6, names: ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] },
];

/** Why a schedule cannot run, field by field; empty when it can (macros such as @hourly pass). */
export function cronProblems(schedule: string): string[] {
  if (schedule.startsWith("@")) return [];
  const parts = schedule.trim().split(/\s+/);
  if (parts.length !== FIELDS.length) return [`expected 5 fields, found ${parts.length}`];
  return parts.flatMap((part, i) => fieldProblems(part, FIELDS[i]!));
}

function fieldProblems(text: string, field: Field): string[] {
  return text.split(",").flatMap((item) => {
    const problem = itemProblem(item, field);
    return problem ? [`${field.name} \`${text}\`: ${problem}`] : [];
  });
}

function itemProblem(item: string, field: Field): string | undefined {
  const [range, step, ...rest] = item.split("/");
  if (rest.length > 0) return "more than one `/`";
  if (step !== undefined && !/^[0-9]+$/.test(step)) return `step \`${step}\` is not a number`;
  if (step !== undefined && Number(step) === 0) return "a step of 0";
  if (range === "*" || range === "?") return undefined;
  const [from, to, ...more] = range!.split("-");
  if (more.length > 0) return `\`${range}\` is not a range`;
  const start = numberOf(from!, field);
  if (typeof start === "string") return start;
  if (to === undefined) return undefined;
  const end = numberOf(to, field);
  if (typeof end === "string") return end;
  if (start > end) return `the range ${range} starts after it ends`;
  return undefined;
}

function numberOf(text: string, field: Field): number | string {
  const named = field.names?.indexOf(text.toLowerCase()) ?? -1;
  if (named >= 0) return named + field.min;
  if (!/^[0-9]+$/.test(text))
    return `\`${text}\` is not a number${field.names ? ` or a ${field.name === "month" ? "month" : "day"} name` : ""}`;
  const value = Number(text);
  if (value < field.min || value > field.max) return `${value} is outside ${field.min}-${field.max}`;
  return value;
}

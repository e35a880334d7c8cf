/** One figure in the `npm run bench` table. Every bench part returns a list of these. */
export interface BenchRow {
  /** Section of the table, e.g. "checker", "search", "page weight", "build scaling". */
  group: string;
  metric: string;
  value: number;
  unit: string;
  /** Human-readable target, e.g. "≥ 250000" or "≤ 12 KB". */
  target?: string;
  /** Whether the value meets the target (undefined when there is no target). */
  pass?: boolean;
}

export type BenchPart = () => BenchRow[] | Promise<BenchRow[]>;

/** How a bench part prints its rows when run on its own (`npx node scripts/bench/<part>.ts`). */
export function printRows(rows: BenchRow[]): void {
  for (const row of rows) {
    const target = row.target ? ` | ${row.target} ${row.pass ? 'ok' : 'MISSED'}` : '';
    console.log(`${row.group} | ${row.metric} | ${row.value} ${row.unit}${target}`);
  }
}

/** A part of a whole in percent, one decimal; 0 of nothing is 0. */
export const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);

/** A rate row: the metric names its part and whole; a target is a minimum or a maximum percentage. */
export function rate(group: string, metric: string, part: number, whole: number, target?: { min?: number; max?: number }): BenchRow {
  const value = percent(part, whole);
  const row: BenchRow = { group, metric: `${metric} (${part}/${whole})`, value, unit: '%' };
  if (target?.min !== undefined) Object.assign(row, { target: `≥ ${target.min}`, pass: value >= target.min });
  if (target?.max !== undefined) Object.assign(row, { target: `≤ ${target.max}`, pass: value <= target.max });
  return row;
}

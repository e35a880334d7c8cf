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

export type BenchPart = () => Promise<BenchRow[]>;

/** How a bench part prints its rows when run on its own (`npx node scripts/bench/<part>.ts`). */
export function printRows(rows: BenchRow[]): void {
  for (const row of rows) {
    const target = row.target ? ` | ${row.target} ${row.pass ? 'ok' : 'MISSED'}` : '';
    console.log(`${row.group} | ${row.metric} | ${row.value} ${row.unit}${target}`);
  }
}

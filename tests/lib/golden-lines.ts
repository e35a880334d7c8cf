/**
 * tests/fixtures/logs/lines.json: real log lines (sources in that folder's README), each with what the
 * checker must read in it. Read here once for the tests and benchmarks that paste them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldenLine {
  source: string;
  line: string;
  format: string;
  level: string | null;
  fields: Record<string, string>;
  errno?: string;
  /** No article pattern matches the line. */
  noMatch?: boolean;
}

export const GOLDEN_LINES = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/logs/lines.json'), 'utf8')) as GoldenLine[];

/** A real nginx 502 line (the nginx-502-bad-gateway article's example): the first golden line. */
export const REFUSED = GOLDEN_LINES[0]!;
/** A php-fpm notice: a line that reports normal operation. */
export const QUIET = GOLDEN_LINES.find((entry) => entry.format === 'php-fpm' && entry.level === 'notice')!;

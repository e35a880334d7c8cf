/**
 * The log checker's reading of a pasted line, shown above the search results: the checker's own
 * classifier over the rules the line could match. Runs inside log-line-worker.ts, started on the
 * first log line.
 */
import { classifyLine } from '../../lib/checker/classify.ts';
import type { LineResult } from '../../lib/checker/types.ts';
import { rulesFor } from './query-rules.ts';

export async function checkLogLine(line: string): Promise<LineResult | null> {
  return classifyLine(line, await rulesFor(line, { logLine: true }));
}

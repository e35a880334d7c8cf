/**
 * One search as both the dialog and the search page run it: prepare the query (a pasted log line is
 * cut to its words), search, move the article that owns the pasted error string first, and for a log
 * line also ask the checker what the line is.
 */
import { prepareQuery, type PreparedQuery } from '../../lib/search/query.ts';
import { rankByErrorStrings } from '../../lib/search/rank.ts';
import type { LineResult } from '../../lib/checker/types.ts';
import { search, type SearchFilters, type SearchOutcome } from './pagefind-client.ts';
import type { VerdictRequest } from './verdict-worker.ts';

export interface QueryOutcome extends SearchOutcome {
  query: PreparedQuery;
  /** The checker's reading of the line when the query was a log line (null if it could not run). */
  verdict?: LineResult | null;
}

let worker: Worker | undefined;
let nextId = 0;

/**
 * The checker's reading of a line, from a Web Worker started on the first log line: the checker
 * engine and its rules are only downloaded when a reader pastes one.
 */
function askChecker(line: string): Promise<LineResult | null> {
  worker ??= new Worker(new URL('./verdict-worker.ts', import.meta.url), { type: 'module' });
  const id = ++nextId;
  const current = worker;
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent<{ id: number; result: LineResult | null }>) => {
      if (event.data.id !== id) return;
      current.removeEventListener('message', onMessage);
      resolve(event.data.result);
    };
    current.addEventListener('message', onMessage);
    current.addEventListener('error', () => resolve(null), { once: true });
    current.postMessage({ id, line } satisfies VerdictRequest);
  });
}

export async function runQuery(input: string, filters: SearchFilters = {}, limit?: number): Promise<QueryOutcome> {
  const query = prepareQuery(input);
  const [outcome, verdict] = await Promise.all([
    search(query.terms, filters, limit),
    // The verdict is a bonus: without the rules file the results still show.
    query.fromLogLine ? askChecker(input) : undefined,
  ]);
  // Ranked against the whole input: a pasted line contains the error string its owner lists.
  return { ...outcome, hits: rankByErrorStrings(outcome.hits, input), query, ...(verdict !== undefined ? { verdict } : {}) };
}

/**
 * One search as both the dialog and the search page run it: a pasted log line is cut to its words
 * (in log-line-worker.ts, which also asks the checker what the line is), the words are searched, and
 * the article that owns the pasted error string moves first.
 */
import type { PreparedQuery } from '../../lib/search/query.ts';
import { queryText } from '../../lib/search/query-text.ts';
import { looksLikeLogLine } from '../../lib/search/log-line.ts';
import { rankByErrorStrings } from '../../lib/search/rank.ts';
import type { LineResult } from '../../lib/checker/types.ts';
import { search, type SearchFilters, type SearchOutcome } from './pagefind-client.ts';
import type { LogLineReply, LogLineRequest } from './log-line-worker.ts';

export interface QueryOutcome extends SearchOutcome {
  query: PreparedQuery;
  /** The checker's reading of the line when the query was a log line (null if it could not run). */
  verdict?: LineResult | null;
}

let worker: Worker | undefined;
let nextId = 0;

/** The worker starts on the first log line: the checker code is only downloaded when one is pasted. */
function readLogLine(line: string): { query: Promise<PreparedQuery>; verdict: Promise<LineResult | null> } {
  worker ??= new Worker(new URL('./log-line-worker.ts', import.meta.url), { type: 'module' });
  const current = worker;
  const id = ++nextId;
  let gotQuery: (query: PreparedQuery) => void = () => {};
  let gotVerdict: (verdict: LineResult | null) => void = () => {};
  const reading = {
    query: new Promise<PreparedQuery>((resolve) => (gotQuery = resolve)),
    verdict: new Promise<LineResult | null>((resolve) => (gotVerdict = resolve)),
  };
  const onMessage = ({ data }: MessageEvent<LogLineReply>) => {
    if (data.id !== id) return;
    if ('query' in data) return gotQuery(data.query);
    current.removeEventListener('message', onMessage);
    gotVerdict(data.verdict);
  };
  current.addEventListener('message', onMessage);
  // Without the worker the line is searched as it is (it finds little) and shows no verdict.
  current.addEventListener('error', () => (gotQuery({ terms: line, fromLogLine: true }), gotVerdict(null)), { once: true });
  current.postMessage({ id, line } satisfies LogLineRequest);
  return reading;
}

export async function runQuery(input: string, filters: SearchFilters = {}, limit?: number): Promise<QueryOutcome> {
  const text = queryText(input);
  const reading = looksLikeLogLine(text) ? readLogLine(text) : undefined;
  const query = reading ? await reading.query : { terms: text, fromLogLine: false };
  const [outcome, verdict] = await Promise.all([search(query.terms, filters, limit), reading?.verdict]);
  // Ranked against the whole input: a pasted line contains the error string its owner lists.
  return { ...outcome, hits: rankByErrorStrings(outcome.hits, input), query, ...(verdict !== undefined ? { verdict } : {}) };
}

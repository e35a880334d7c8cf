/**
 * Reads a pasted log line off the main thread: first its meaningful words for the search, then the
 * checker's verdict. Being a separate file keeps the checker's normaliser, engine and rules out of
 * the search code a reader downloads for ordinary queries (the normaliser alone is ≈ 3.5 KB gzipped).
 */
import { prepareQuery, type PreparedQuery } from '../../lib/search/query.ts';
import type { LineResult } from '../../lib/checker/types.ts';
import { checkLogLine } from './line-verdict.ts';

export interface LogLineRequest {
  id: number;
  line: string;
}

export type LogLineReply = { id: number; query: PreparedQuery } | { id: number; verdict: LineResult | null };

async function answer({ id, line }: LogLineRequest): Promise<void> {
  postMessage({ id, query: prepareQuery(line) } satisfies LogLineReply);
  postMessage({ id, verdict: await checkLogLine(line).catch(() => null) } satisfies LogLineReply);
}

addEventListener('message', (event: MessageEvent<LogLineRequest>) => void answer(event.data));

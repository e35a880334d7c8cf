/**
 * Classifies a pasted line for the search verdict off the main thread. Being a separate file keeps
 * the checker engine and its rules out of the search code a reader downloads for ordinary queries.
 */
import { checkLogLine } from './line-verdict.ts';

export interface VerdictRequest {
  id: number;
  line: string;
}

addEventListener('message', async (event: MessageEvent<VerdictRequest>) => {
  const { id, line } = event.data;
  postMessage({ id, result: await checkLogLine(line).catch(() => null) });
});

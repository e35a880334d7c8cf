/**
 * One search as both the dialog and the search page run it: a pasted log line is cut to its words
 * (in log-line-worker.ts, which also asks the checker what the line is), any other query long enough
 * to be an error is matched against the checker's rules here; the reader's own names are taken out,
 * the rest is searched, and the article a rule or an error string points to moves first.
 */
import type { PreparedQuery } from '../../lib/search/query.ts';
import { couldBeError, queryText } from '../../lib/search/query-text.ts';
import { looksLikeLogLine } from '../../lib/search/log-line.ts';
import { stripInstanceWords } from '../../lib/search/instance-words.ts';
import type { LineResult, RuleMatch } from '../../lib/checker/types.ts';
import { withHighlight, type SearchHit } from '../../lib/search/result.ts';
import type { SearchFilters } from './pagefind-client.ts';
import { ownsQuery, searchLeniently, type SearchOutcome } from './lenient-search.ts';
import type { Verdict } from './verdict-view.ts';
import type { LogLineReply, LogLineRequest } from './log-line-worker.ts';

export interface QueryOutcome extends SearchOutcome {
  query: PreparedQuery;
  /** What of the query was not searched for: the reader's own names and words no article holds. */
  ignored: string[];
  /** The checker's reading of the query (null if it could not run; absent for short queries). */
  verdict?: Verdict | null;
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

/** A message is no log line: the rules run on it as it is, on the main thread (it is short). */
async function classifyMessage(text: string): Promise<Verdict | null> {
  try {
    // The matcher and the rule loader come with the rules: most searches never need any of them.
    const [{ matchRules }, rules] = await Promise.all([
      import('../../lib/checker/rules.ts'),
      import('./query-rules.ts').then(({ rulesFor }) => rulesFor(text, { logLine: false })),
    ]);
    return { matches: matchRules(rules, text, 'generic') };
  } catch {
    return null;
  }
}

/**
 * The rule's article first: from the results when it is there, else as a result of its own; unless
 * the first result owns the error string the query is (the verdict above the results still names the
 * rule's article).
 */
function ruleFirst(hits: SearchHit[], match: RuleMatch | undefined, words: string[], owned: boolean): SearchHit[] {
  if (!match || match.secondary || owned) return hits;
  const found = hits.find((hit) => hit.url.replace(/[?#].*$/, '') === match.url);
  if (found) return [found, ...hits.filter((hit) => hit !== found)];
  const url = withHighlight(match.url, words);
  const rule: SearchHit = {
    url,
    title: match.title,
    category: 'Log checker match',
    excerptHtml: '',
    errorStrings: [],
    secondaryErrorStrings: [],
    section: { title: match.causeTitle, url: `${url}#${match.cause}` },
  };
  return [rule, ...hits];
}

export async function runQuery(input: string, filters: SearchFilters = {}, limit?: number): Promise<QueryOutcome> {
  const text = queryText(input);
  const stripped = stripInstanceWords(text);
  // Judged without the reader's names: an address or a dated path alone makes no log line.
  const reading = looksLikeLogLine(stripped.text) ? readLogLine(text) : undefined;
  const verdict = reading ? reading.verdict : couldBeError(text) ? classifyMessage(text) : undefined;
  const query = reading ? await reading.query : { terms: stripped.text, fromLogLine: false };
  // Error strings are looked for in the whole input too: a pasted line contains the string its owner lists.
  const [outcome, read] = await Promise.all([
    searchLeniently(query.terms, [input, query.terms], filters, limit, stripped.quoted, stripped.kept),
    verdict,
  ]);
  const owned = outcome.hits[0] !== undefined && ownsQuery(outcome.hits[0], [input, query.terms], query.terms);
  const hits = ruleFirst(
    outcome.hits,
    read?.matches[0],
    query.terms.split(/\s+/).filter((word) => !outcome.dropped.includes(word)),
    owned,
  );
  return {
    ...outcome,
    hits,
    total: outcome.total + hits.length - outcome.hits.length,
    query,
    ignored: [...new Set([...stripped.ignored, ...outcome.dropped])],
    ...(read !== undefined ? { verdict: read } : {}),
  };
}

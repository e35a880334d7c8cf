/**
 * One search as both the dialog and the search page run it: prepare the query (a pasted log line is
 * cut to its words), search, and move the article that owns the pasted error string first.
 */
import { prepareQuery, type PreparedQuery } from '../../lib/search/query.ts';
import { rankByErrorStrings } from '../../lib/search/rank.ts';
import { search, type SearchFilters, type SearchOutcome } from './pagefind-client.ts';

export interface QueryOutcome extends SearchOutcome {
  query: PreparedQuery;
}

export async function runQuery(input: string, filters: SearchFilters = {}, limit?: number): Promise<QueryOutcome> {
  const query = prepareQuery(input);
  const outcome = await search(query.terms, filters, limit);
  // Ranked against the whole input: a pasted line contains the error string its owner lists.
  return { ...outcome, hits: rankByErrorStrings(outcome.hits, input), query };
}

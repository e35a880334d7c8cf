/**
 * One search as both the dialog and the search page run it: prepare the query (a pasted log line is
 * cut to its words) and search.
 */
import { prepareQuery, type PreparedQuery } from '../../lib/search/query.ts';
import { search, type SearchFilters, type SearchOutcome } from './pagefind-client.ts';

export interface QueryOutcome extends SearchOutcome {
  query: PreparedQuery;
}

export async function runQuery(input: string, filters: SearchFilters = {}, limit?: number): Promise<QueryOutcome> {
  const query = prepareQuery(input);
  return { ...(await search(query.terms, filters, limit)), query };
}

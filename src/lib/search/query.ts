/**
 * What the search box sends to Pagefind for what the reader typed. Error messages go as typed
 * (Pagefind strips their punctuation itself); a pasted log line is cut down to its meaningful words
 * with the same normaliser the log checker uses, so search and checker agree on what a line says.
 */
import { meaningfulWords } from '../checker/search-terms.ts';
import { looksLikeLogLine } from './log-line.ts';
import { stripInstanceWords } from './instance-words.ts';
import { queryText } from './query-text.ts';

export interface PreparedQuery {
  /** The text to search for; empty when there is nothing to search. */
  terms: string;
  /** True when the input was recognised as a log line and reduced to its words. */
  fromLogLine: boolean;
}

export function prepareQuery(input: string): PreparedQuery {
  const text = queryText(input);
  if (!looksLikeLogLine(text)) return { terms: text, fromLogLine: false };
  // The reader's own names first: the normaliser keeps host names and paths as words.
  return { terms: meaningfulWords(stripInstanceWords(text).text).join(' '), fromLogLine: true };
}

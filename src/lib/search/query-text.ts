/**
 * The text a search starts from. Apart from query.ts so that the search code for ordinary queries
 * does not pull in query.ts's log-line reduction (the checker's normaliser, ≈ 3.5 KB gzipped), which
 * only runs in log-line-worker.ts.
 */

/** Queries longer than this are cut: no error message is longer, and Pagefind's cost grows with terms. */
export const MAX_QUERY_LENGTH = 500;

/** What is searched for when the input is not a log line: trimmed, and cut at MAX_QUERY_LENGTH. */
export function queryText(input: string): string {
  return input.trim().slice(0, MAX_QUERY_LENGTH);
}

/**
 * Whether a query could be an error message, and so is worth the checker's rules: three words or more
 * and at least this many characters. `nginx` or `502` is a topic; a two-word error such as
 * `Connection refused` is an article's own error string, which the index finds without the rules,
 * so the first search stays within its download budget.
 */
const MIN_ERROR_LENGTH = 12;

const MIN_ERROR_WORDS = 3;
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

export function couldBeError(text: string): boolean {
  if (text.length < MIN_ERROR_LENGTH) return false;
  return text.split(/\s+/).filter((word) => HAS_WORD_CHARACTER.test(word)).length >= MIN_ERROR_WORDS;
}

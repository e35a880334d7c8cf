/**
 * Puts the article that owns the error string the reader pasted first. Pagefind ranks by word
 * statistics, so an article that merely mentions `403 Forbidden` in its title can outrank the one
 * whose errorStrings list it. Among the results Pagefind returned, the article with the longest of
 * its error strings contained in the query (or pasted log line) moves up; a primary string beats a
 * secondary one of the same length; otherwise Pagefind's order stays.
 */
export interface OwnedStrings {
  errorStrings: string[];
  secondaryErrorStrings: string[];
}

/** Words only, lower-case, padded with spaces so containment means whole words. */
function key(text: string): string {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.length === 0 ? '' : ` ${words.join(' ')} `;
}

function longestContained(queryKey: string, strings: string[]): number {
  let longest = 0;
  for (const text of strings) {
    const k = key(text);
    if (k !== '' && queryKey.includes(k)) longest = Math.max(longest, k.length);
  }
  return longest;
}

export function rankByErrorStrings<T extends OwnedStrings>(hits: T[], query: string): T[] {
  const queryKey = key(query);
  if (queryKey === '') return hits;
  const score = (hit: T) =>
    Math.max(longestContained(queryKey, hit.errorStrings), longestContained(queryKey, hit.secondaryErrorStrings) - 0.5);
  return hits
    .map((hit, order) => ({ hit, order, score: score(hit) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ hit }) => hit);
}

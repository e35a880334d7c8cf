/**
 * Pages that hold some of a query's words, best first, for when no page holds them all or the pages
 * that do are not what the reader meant. Pagefind needs every word of a query on one page, so one word
 * an article lacks (the reader's user name, which another article happens to use as an example; the
 * `service` of a unit name) hides the article or leaves only pages that merely mention that word.
 */
export interface ScoredPage {
  id: string;
  /**
   * The sum of Pagefind's scores for each word alone, the order of the list: rarer words weigh more,
   * so a page holding the error's words beats one holding those and a common word (`service`) weakly.
   */
  score: number;
  /** The query words the page holds, in query order. */
  words: string[];
}

/** `found[i]` is what Pagefind found for `words[i]` alone. */
export function pagesByWords(words: string[], found: { id: string; score: number }[][]): ScoredPage[] {
  const pages = new Map<string, ScoredPage>();
  words.forEach((word, i) => {
    for (const { id, score } of found[i] ?? []) {
      const page = pages.get(id) ?? { id, score: 0, words: [] };
      if (page.words.includes(word)) continue;
      page.score += score;
      page.words.push(word);
      pages.set(id, page);
    }
  });
  return [...pages.values()].sort((a, b) => b.score - a.score);
}

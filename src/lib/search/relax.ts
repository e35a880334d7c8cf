/**
 * What to search when no page holds every known word of a query: the words of the page that holds the
 * most of them. Pagefind needs all words on one page, so a single word the article lacks (a cause
 * the reader guessed, a word from another program's message) would otherwise hide it.
 */

/** `pagesOf[i]` lists the pages holding `words[i]`. Returns the best page's words, in query order. */
export function bestSubset(words: string[], pagesOf: string[][]): string[] {
  const held = new Map<string, number[]>();
  pagesOf.forEach((pages, i) => {
    for (const page of new Set(pages)) held.set(page, [...(held.get(page) ?? []), i]);
  });
  // Most words first; among pages with as many, the one with the longer (more specific) words.
  const weight = (indexes: number[]) => indexes.length * 1000 + indexes.reduce((sum, i) => sum + words[i]!.length, 0);
  let best: number[] = [];
  for (const indexes of held.values()) if (weight(indexes) > weight(best)) best = indexes;
  return best.map((i) => words[i]!);
}

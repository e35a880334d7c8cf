/**
 * Search ranking, all of it: what the index weighs (error strings, page sections), what Pagefind is
 * told about ranking, and how its results are re-ranked.
 *
 * Pagefind ranks by word statistics with its default ranking options (the site passes none to
 * `pagefind.options()`; pagefind-client.ts sets only `noWorker`), so an article that merely mentions
 * `403 Forbidden` in its title can outrank the one whose errorStrings list it. Two things correct
 * that: the error strings are indexed with a higher weight (ERROR_STRING_WEIGHT), and among the results
 * Pagefind returned the article with the longest of its error strings in the query moves up
 * (rankByErrorStrings): contained whole (as a phrase), or else most of its words in the same order
 * (the reader's own names sit between them: `Failed to start myworker.service`); a primary string
 * beats a secondary one, or the page title, of the same length; otherwise Pagefind's order stays.
 */

/** `data-pagefind-weight` of an article's error strings (ErrorStrings.astro); body text weighs 1. */
export const ERROR_STRING_WEIGHT = { primary: 10, secondary: 5 } as const;

/**
 * The ids of an article page's sections (ArticleLayout.astro and its components): anchors of the table
 * of contents, and of the sub-results Pagefind returns for a page (result.ts links the best one).
 */
export const SECTION_ID = {
  quickAnswer: 'quick-answer',
  errorMessages: 'error-messages',
  overview: 'overview',
  keyDetails: 'key-details',
  causes: 'causes',
  fix: 'fix',
  faq: 'faq',
  seenInTheWild: 'seen-in-the-wild',
  references: 'references',
  more: 'more',
} as const;

/** Sections that summarise the whole page: a match there is a match on the page, not on a section. */
export const PAGE_LEVEL_SECTIONS: ReadonlySet<string> = new Set([
  SECTION_ID.quickAnswer,
  SECTION_ID.errorMessages,
  SECTION_ID.overview,
  SECTION_ID.keyDetails,
  SECTION_ID.references,
  SECTION_ID.more,
]);

/**
 * The share of the query's characters an error string of a first result must cover, whole, to settle a
 * search (lenient-search.ts): that result answers the query and no word is looked up alone.
 */
export const COVERED_SHARE = 0.6;

/**
 * The words of a query an error string must cover (COVERED_SHARE) to answer it: all but the words left of
 * the reader's own names (a unit name's type, instance-words.ts), which are searched but belong to no
 * message. All the words when nothing else is left.
 */
export function coverageBase(words: string[], leftovers: string[]): string {
  const rest = words.filter((word) => !leftovers.includes(word));
  return (rest[0] ? rest : words).join(' ');
}

/** How many times the shown number of results the search loads as candidates when words are looked up alone. */
export const EXTRA_CANDIDATES = 2;

/** A secondary error string scores this much below a primary one of the same length. */
const SECONDARY_PENALTY = 0.5;

export interface OwnedStrings {
  errorStrings: string[];
  secondaryErrorStrings: string[];
  /** The page title: a query that is most of it (a title pasted or followed from elsewhere) means that page. */
  title?: string;
}

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Words only, lower-case, padded with spaces so containment means whole words. */
const keyOf = (words: string[]) => (words.length === 0 ? '' : ` ${words.join(' ')} `);

/** A string of at least this many words counts when this share of them appears in order. */
const IN_ORDER_MIN_WORDS = 2;
const IN_ORDER_SHARE = 0.75;

/** How many words of `b` appear in `a` in the same order (longest common subsequence). */
function wordsInOrder(a: string[], b: string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const row = [0];
    // Cells outside the table count 0.
    b.forEach((other, j) => row.push(word === other ? (previous[j] ?? 0) + 1 : Math.max(previous[j + 1] ?? 0, row[j] ?? 0)));
    previous = row;
  }
  return previous[b.length] ?? 0;
}

interface Query {
  words: string[];
  key: string;
}

/** The score of one string: its length when contained whole, a lower share of it when most words are in order (unless `whole`). */
function phraseScore(query: Query, text: string, whole: boolean): number {
  const words = wordsOf(text);
  const key = keyOf(words);
  if (key === '') return 0;
  if (query.key.includes(key)) return key.length;
  if (whole || words.length < IN_ORDER_MIN_WORDS) return 0;
  const found = wordsInOrder(query.words, words);
  return found >= Math.ceil(words.length * IN_ORDER_SHARE) ? (key.length * found) / words.length - 1 : 0;
}

const best = (query: Query, strings: string[], whole: boolean) =>
  strings.reduce((top, text) => Math.max(top, phraseScore(query, text, whole)), 0);

/**
 * How well a result's error strings match the best of `queries` (the input as typed, the searched
 * words): 0 for not at all. `owned` counts only its own strings, contained whole.
 */
export function phraseMatch(hit: OwnedStrings, queries: string[], { owned = false } = {}): number {
  let top = 0;
  for (const text of queries) {
    const words = wordsOf(text);
    if (words.length === 0) continue;
    const query = { words, key: keyOf(words) };
    top = Math.max(
      top,
      best(query, hit.errorStrings, owned),
      owned ? 0 : best(query, hit.secondaryErrorStrings, false) - SECONDARY_PENALTY,
      owned || hit.title === undefined ? 0 : best(query, [hit.title], false) - SECONDARY_PENALTY,
    );
  }
  return top;
}

export function rankByErrorStrings<T extends OwnedStrings>(hits: T[], queries: string | string[]): T[] {
  const texts = typeof queries === 'string' ? [queries] : queries;
  return hits
    .map((hit, order) => ({ hit, order, score: phraseMatch(hit, texts) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ hit }) => hit);
}

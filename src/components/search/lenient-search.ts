/**
 * Searches the words of a query so that a word no article holds, or one that only some unrelated
 * article holds, does not hide the article the reader wants:
 *
 * 1. Pagefind's own search for all the words. When one of the first results owns an error string
 *    that is most of the query, whole (rank.ts), that is the answer, in Pagefind's order re-ranked by the
 *    strings; unless a quoted word taken out of the query is one the index knows (it may belong to a
 *    longer string of another page).
 * 2. Otherwise Pagefind's next results and then the pages holding the most of the words looked up alone
 *    (Pagefind already loaded the index chunks each word needs, so this downloads nothing more but the
 *    added results) are added after those of step 1; a page listing a string that is most of the query
 *    moves first, and the words the first result does not hold are reported as left out.
 */
import { pagesByWords } from '../../lib/search/relax.ts';
import { COVERED_SHARE, coverageBase, EXTRA_CANDIDATES, phraseMatch, rankByErrorStrings } from '../../lib/search/rank.ts';
import { toSearchHit, type SearchHit } from '../../lib/search/result.ts';
import { findPages, type FoundPage, type SearchFilters } from './pagefind-client.ts';

export interface SearchOutcome {
  hits: SearchHit[];
  /** How many pages matched in all, of which `hits` holds the first few. */
  total: number;
  /** Words of the query the first result was found without (none when Pagefind's own search found it). */
  dropped: string[];
}

/** Words as Pagefind reads a query: split at spaces, those without a letter or digit ignored. */
const wordsOf = (terms: string) => terms.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));

/**
 * The words looked up alone: Pagefind's words, or the parts of one token such as `status=226/NAMESPACE`
 * (Pagefind finds that token as typed only on pages that hold all of it, the overview of every status
 * before the article on 226). Underscores stay: `proxy_read_timeout` is one directive.
 */
function lookupWordsOf(terms: string): string[] {
  const words = wordsOf(terms);
  return words.length === 1 ? terms.split(/[^\p{L}\p{N}_]+/u).filter(Boolean) : words;
}

/** Each page's result, with the words it was found by (they are marked in it). */
const load = (pages: { found: FoundPage; words: string[] }[]) =>
  Promise.all(pages.map(async ({ found, words }) => ({ hit: toSearchHit(await found.data(), words), words })));

/**
 * Whether `hit` owns an error string, contained whole, that is most of the query: it answers the
 * query. `Permission denied` alone in a longer query may not.
 */
export function ownsQuery(hit: SearchHit, phrases: string[], terms: string): boolean {
  return phraseMatch(hit, phrases, { owned: true }) >= COVERED_SHARE * wordsOf(terms).join(' ').length;
}

/**
 * `terms` are searched; `phrases` (the input as typed and `terms`) are what error strings are looked
 * for in; `hints` (words taken out of the query that may still be the program's own) are only looked
 * up alone, to bring their pages into the candidates; `leftovers` (words of `terms` left of the
 * reader's own names) are searched, but among the candidates a string need not cover them to move
 * first. (Pagefind's first results still have to own most of the whole query to settle the search
 * early: a short string such as `No such file or directory` must not end it before the owner of a
 * longer one is looked up.)
 */
export async function searchLeniently(
  terms: string,
  phrases: string[],
  filters: SearchFilters = {},
  limit = 8,
  hints: string[] = [],
  leftovers: string[],
): Promise<SearchOutcome> {
  const filtered = Object.values(filters).some((values) => values.length > 0);
  if (terms === '' && !filtered) return { hits: [], total: 0, dropped: [] };
  const words = lookupWordsOf(terms);
  const all = await findPages(terms, filters);
  const first = (await load(all.slice(0, limit).map((found) => ({ found, words })))).map(({ hit }) => hit);
  const enough = COVERED_SHARE * coverageBase(words, leftovers).length;
  const settled = (): SearchOutcome => ({ hits: rankByErrorStrings(first, phrases), total: all.length, dropped: [] });
  if (words.length < 2) return settled();
  const hinted = [...new Set(hints.flatMap((hint) => lookupWordsOf(hint)))].filter((word) => word.length >= 3 && !words.includes(word));
  // A quoted word taken out that the index knows may be the program's own and belong to a longer
  // string of another page, so a string that merely covers the rest does not settle the search then.
  // Known means found in quotes: for a word it lacks, Pagefind would otherwise answer a shorter prefix.
  const exact = await Promise.all(hinted.map((word) => findPages(`"${word}"`, filters)));
  const knownWords = hinted.filter((_, i) => (exact[i]?.length ?? 0) > 0);
  const known = await Promise.all(knownWords.map(async (word) => ({ word, pages: await findPages(word, filters) })));
  if (known.length === 0 && first.some((hit) => ownsQuery(hit, phrases, terms))) return settled();

  const lookups = [...words, ...known.map(({ word }) => word)];
  const alone = [...(await Promise.all(words.map((word) => findPages(word, filters)))), ...known.map(({ pages }) => pages)];
  const byId = new Map(alone.flat().map((found) => [found.id, found]));
  // More candidates than are shown, the strings decide which of them come first: Pagefind's next
  // results (they hold every word; an owner of a longer string can rank just below the shown ones),
  // then the pages holding the most of the words alone.
  const next = all.slice(limit, 2 * limit).map((found) => ({ found, words }));
  const taken = new Set(all.slice(0, 2 * limit).map((found) => found.id));
  const byWords = pagesByWords(lookups, alone)
    .flatMap((page) => {
      const found = byId.get(page.id);
      return found && !taken.has(page.id) ? [{ found, words: page.words }] : [];
    })
    .slice(0, EXTRA_CANDIDATES * limit);
  const more = [...next, ...byWords];
  const loaded = await load(more);
  const extra = loaded.map(({ hit }) => hit);
  const held = new Map<SearchHit, string[]>([
    ...first.map((hit): [SearchHit, string[]] => [hit, words]),
    ...loaded.map(({ hit, words: its }): [SearchHit, string[]] => [hit, its]),
  ]);
  // Pagefind's results first, unless another page lists a string that is most of the query.
  const ranked = [...rankByErrorStrings(first, phrases), ...rankByErrorStrings(extra, phrases)];
  const settles = (hit: SearchHit) => {
    const score = phraseMatch(hit, phrases);
    return score >= enough ? score : 0;
  };
  const hits = ranked
    .map((hit, order) => ({ hit, order, score: settles(hit) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ hit }) => hit);
  const top = new Set(hits[0] ? held.get(hits[0]) : []);
  return { hits, total: Math.max(all.length, hits.length), dropped: words.filter((word) => !top.has(word)) };
}

/**
 * The one place the browser talks to Pagefind. `/pagefind/pagefind.js` and its WebAssembly are
 * loaded on the first call only, so pages carry no search code until a reader starts a search.
 */
import { toSearchHit, type PagefindPage, type SearchHit } from '../../lib/search/result.ts';
import { bestSubset } from '../../lib/search/relax.ts';

export type SearchFilters = Record<string, string[]>;

interface PagefindResponse {
  results: { id: string; data: () => Promise<PagefindPage> }[];
  filters: Record<string, Record<string, number>>;
}

interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: { filters?: SearchFilters }) => Promise<PagefindResponse | null>;
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** How many pages matched in all, of which `hits` holds the first few. */
  total: number;
  /** The words searched for in the end, and those of the query left out to find anything. */
  searched: string;
  dropped: string[];
}

let api: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    // A runtime URL, not a module Vite should bundle: the index is written after the site is built.
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // No Web Worker: it would download pagefind-worker.js (≈ 14 KB gzipped) on top of pagefind.js for
    // an index this small. `highlightParam` adds ?highlight=word to result URLs for the article page.
    await pagefind.options({ noWorker: true, highlightParam: 'highlight' });
    return pagefind;
  })();
  api.catch(() => (api = undefined));
  return api;
}

/** Starts downloading Pagefind without searching, e.g. when the search box opens. */
export function warmUp(): void {
  loadPagefind().catch(() => {});
}

/** Words as Pagefind reads a query: split at spaces, those without a letter or digit ignored. */
const wordsOf = (terms: string) => terms.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));

/**
 * Searches for `terms`; with no terms but some filters, lists every page the filters allow. When no
 * page holds every word, the words no page holds are left out (each word is looked up alone: the
 * index chunks it needs are the ones the whole query loaded), then, if still nothing, the words of
 * the page that holds the most of them are searched.
 */
export async function search(terms: string, filters: SearchFilters = {}, limit = 8): Promise<SearchOutcome> {
  const filtered = Object.values(filters).some((values) => values.length > 0);
  const nothing = { hits: [], total: 0, searched: terms, dropped: [] };
  if (terms === '' && !filtered) return nothing;
  const pagefind = await loadPagefind();
  const find = async (text: string) => (await pagefind.search(text === '' ? null : text, { filters }))?.results ?? [];
  let searched = terms;
  let results = await find(terms);
  const words = wordsOf(terms);
  if (results.length === 0 && words.length > 1) {
    const pagesOf = await Promise.all(words.map(async (word) => (await find(word)).map((result) => result.id)));
    const known = words.filter((_, i) => pagesOf[i]!.length > 0);
    if (known.length < words.length && known.length > 0) results = await find((searched = known.join(' ')));
    if (results.length === 0 && known.length > 0) {
      results = await find((searched = bestSubset(words, pagesOf).join(' ')));
    }
  }
  if (results.length === 0) return nothing;
  const kept = new Set(wordsOf(searched));
  const pages = await Promise.all(results.slice(0, limit).map((result) => result.data()));
  return {
    hits: pages.map((page) => toSearchHit(page, searched)),
    total: results.length,
    searched,
    dropped: words.filter((word) => !kept.has(word)),
  };
}

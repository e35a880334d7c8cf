/**
 * The one place the browser talks to Pagefind. `/pagefind/pagefind.js` and its WebAssembly are
 * loaded on the first call only, so pages carry no search code until a reader starts a search.
 */
import { toSearchHit, type PagefindPage, type SearchHit } from '../../lib/search/result.ts';

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

/** Searches for `terms`; with no terms but some filters, lists every page the filters allow. */
export async function search(terms: string, filters: SearchFilters = {}, limit = 8): Promise<SearchOutcome> {
  const filtered = Object.values(filters).some((values) => values.length > 0);
  if (terms === '' && !filtered) return { hits: [], total: 0 };
  const pagefind = await loadPagefind();
  const response = await pagefind.search(terms === '' ? null : terms, { filters });
  if (!response) return { hits: [], total: 0 };
  const pages = await Promise.all(response.results.slice(0, limit).map((result) => result.data()));
  return { hits: pages.map((page) => toSearchHit(page, terms)), total: response.results.length };
}

/**
 * The one place the browser talks to Pagefind. `/pagefind/pagefind.js` and its WebAssembly are
 * loaded on the first call only, so pages carry no search code until a reader starts a search.
 */
import type { PagefindPage } from '../../lib/search/result.ts';

export type SearchFilters = Record<string, string[]>;

/** A page Pagefind found: its id, its score for the query, and its data (one fragment download). */
export interface FoundPage {
  id: string;
  score: number;
  data: () => Promise<PagefindPage>;
}

/** What the site uses of the API pagefind.js exports. */
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: { filters?: SearchFilters }) => Promise<{ results: FoundPage[] } | null>;
}

let api: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    // A runtime URL, not a module Vite should bundle: the index is written after the site is built.
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // No Web Worker: it would download pagefind-worker.js (≈ 14 KB gzipped) on top of pagefind.js for
    // an index this small. Result URLs get their ?highlight= words from result.ts.
    await pagefind.options({ noWorker: true });
    return pagefind;
  })();
  api.catch(() => (api = undefined));
  return api;
}

/** Starts downloading Pagefind without searching, e.g. when the search box opens. */
export function warmUp(): void {
  loadPagefind().catch(() => {});
}

/** The pages holding every word of `text` (every page the filters allow when `text` is empty), best first. */
export async function findPages(text: string, filters: SearchFilters = {}): Promise<FoundPage[]> {
  const pagefind = await loadPagefind();
  return (await pagefind.search(text === '' ? null : text, { filters }))?.results ?? [];
}

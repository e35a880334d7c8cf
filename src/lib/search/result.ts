/**
 * Turns what Pagefind returns for a page into what a search result shows: title, category, the
 * page's summary with the searched words marked, and a link to the section (cause, step, FAQ) that
 * matched.
 */
import { highlightHtml, highlightTerms } from './highlight.ts';
import { PAGE_LEVEL_SECTIONS } from './rank.ts';

/**
 * The part of Pagefind's page data (`await result.data()`) the results use. Not its `excerpt`: the
 * build empties the page text in the fragments (src/integrations/pagefind-fragments.ts).
 */
export interface PagefindPage {
  url: string;
  meta: Record<string, string | undefined>;
  sub_results: { title: string; url: string; weighted_locations: { weight: number }[] }[];
}

export interface SearchHit {
  url: string;
  title: string;
  /** The category name, or "Category" for a category page itself. */
  category: string;
  excerptHtml: string;
  /** The article's error strings (PagefindMeta.astro), for ranking the owner of a pasted string first. */
  errorStrings: string[];
  secondaryErrorStrings: string[];
  /** The best-matching section below the top of the article, when there is one. */
  section?: { title: string; url: string };
}

/** Separates the error strings inside one Pagefind meta value; no error message contains it. */
export const STRING_SEPARATOR = ' \u241e ';

const splitStrings = (value: string | undefined) => (value ? value.split(STRING_SEPARATOR).filter(Boolean) : []);

function anchorOf(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? '' : url.slice(hash + 1);
}

export function bestSection(page: PagefindPage): SearchHit['section'] {
  let best: { title: string; url: string; score: number } | undefined;
  for (const sub of page.sub_results) {
    const anchor = anchorOf(sub.url);
    if (anchor === '' || PAGE_LEVEL_SECTIONS.has(anchor)) continue;
    const score = sub.weighted_locations.reduce((sum, location) => sum + location.weight, 0);
    if (score > 0 && (!best || score > best.score)) best = { title: sub.title, url: sub.url, score };
  }
  return best && { title: best.title, url: best.url };
}

/**
 * The excerpt is the article's quick answer (the fix, in two or three sentences) or a category's
 * description: a summary says more about a result than the few words around a match, and the
 * section link shows where the words matched.
 */
export function toSearchHit(page: PagefindPage, words: string[]): SearchHit {
  const found = bestSection(page);
  const section = found && { title: found.title, url: withHighlight(found.url, words) };
  return {
    url: withHighlight(page.url, words),
    title: page.meta.title ?? page.url,
    category: page.meta.category ?? 'Category',
    excerptHtml: highlightHtml(page.meta.quick_answer ?? page.meta.summary ?? '', highlightTerms(words.join(' '))),
    errorStrings: splitStrings(page.meta.error_strings),
    secondaryErrorStrings: splitStrings(page.meta.secondary_error_strings),
    ...(section ? { section } : {}),
  };
}

/**
 * `url` with `?highlight=` for each word (the article marks them, highlight-on-page.ts): only the
 * words this page holds, not Pagefind's whole query, so words left out of a search are not marked.
 */
export function withHighlight(url: string, words: string[]): string {
  const hash = url.indexOf('#');
  const path = (hash === -1 ? url : url.slice(0, hash)).replace(/\?.*$/, '');
  const query = new URLSearchParams(words.map((word) => ['highlight', word])).toString();
  return `${path}${query ? `?${query}` : ''}${hash === -1 ? '' : url.slice(hash)}`;
}

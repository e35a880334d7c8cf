/**
 * Turns what Pagefind returns for a page into what a search result shows: title, category, an
 * excerpt with the searched words marked, and a link to the section (cause, step, FAQ) that matched.
 */
import { findTermRanges, highlightHtml, highlightTerms } from './highlight.ts';

/** The part of Pagefind's page data (`await result.data()`) the results use. */
export interface PagefindPage {
  url: string;
  /** HTML: Pagefind escapes the page text and wraps matches in <mark>. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: { title: string; url: string; excerpt: string; weighted_locations: { weight: number }[] }[];
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

/** Sections that summarise the whole page: a match there is a match on the page, not on a section. */
/** Separates the error strings inside one Pagefind meta value; no error message contains it. */
export const STRING_SEPARATOR = ' \u241e ';

const splitStrings = (value: string | undefined) => (value ? value.split(STRING_SEPARATOR).filter(Boolean) : []);

const PAGE_LEVEL_ANCHORS = new Set(['quick-answer', 'error-messages', 'overview', 'key-details', 'references', 'more']);

function anchorOf(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? '' : url.slice(hash + 1);
}

export function bestSection(page: PagefindPage): SearchHit['section'] {
  let best: { title: string; url: string; score: number } | undefined;
  for (const sub of page.sub_results) {
    const anchor = anchorOf(sub.url);
    if (anchor === '' || PAGE_LEVEL_ANCHORS.has(anchor)) continue;
    const score = sub.weighted_locations.reduce((sum, location) => sum + location.weight, 0);
    if (score > 0 && (!best || score > best.score)) best = { title: sub.title, url: sub.url, score };
  }
  return best && { title: best.title, url: best.url };
}

/** Whether every term occurs in `text`, so the text speaks to the whole query. */
function coversAll(text: string, terms: string[]): boolean {
  const words = new Set(findTermRanges(text, terms).map(({ start, end }) => text.slice(start, end).toLowerCase()));
  return terms.length > 0 && terms.every((term) => [...words].some((word) => word.startsWith(term)));
}

/**
 * The quick answer is the better excerpt (it is the fix) when it contains every searched word;
 * otherwise Pagefind's excerpt shows where the words were found.
 */
export function toSearchHit(page: PagefindPage, query: string): SearchHit {
  const terms = highlightTerms(query);
  const quickAnswer = page.meta.quick_answer;
  const quickAnswerFits = quickAnswer !== undefined && coversAll(quickAnswer, terms);
  const section = bestSection(page);
  return {
    url: page.url,
    title: page.meta.title ?? page.url,
    category: page.meta.category ?? 'Category',
    excerptHtml: quickAnswerFits ? highlightHtml(quickAnswer, terms) : page.excerpt,
    errorStrings: splitStrings(page.meta.error_strings),
    secondaryErrorStrings: splitStrings(page.meta.secondary_error_strings),
    ...(section ? { section } : {}),
  };
}

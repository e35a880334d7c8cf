/**
 * sitemap.xml (sitemaps.org protocol 0.9): one <url> per published page, with <lastmod> when the
 * page's content has a date (an article's `updated`, or the newest article a listing shows).
 */
import { escapeXml, isoDay } from './xml.ts';

export interface SitemapEntry {
  /** Absolute URL of the page. */
  url: string;
  /** Undefined when the page has no date (a listing with no articles yet). */
  lastmod?: Date | undefined;
}

/** The newest of some dates, or undefined when there are none (a listing with no articles yet). */
export function newest(dates: Date[]): Date | undefined {
  return dates.length === 0 ? undefined : new Date(Math.max(...dates.map((date) => date.getTime())));
}

export function renderSitemap(entries: SitemapEntry[]): string {
  const seen = new Set<string>();
  for (const { url } of entries) {
    if (!/^https?:\/\//.test(url)) throw new Error(`sitemap URLs must be absolute, got "${url}".`);
    if (seen.has(url)) throw new Error(`sitemap lists "${url}" twice.`);
    seen.add(url);
  }
  const urls = entries.map(
    ({ url, lastmod }) => `  <url><loc>${escapeXml(url)}</loc>${lastmod ? `<lastmod>${isoDay(lastmod)}</lastmod>` : ''}</url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

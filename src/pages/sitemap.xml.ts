/**
 * /sitemap.xml: every published page. Articles carry their `updated` date; category and tag pages
 * the newest date among the articles they list. A build test checks that no built page is missing.
 */
import type { APIRoute } from 'astro';
import { articleUrl, categoryUrl, getArticles, getArticlesInCategory, getCategories, getTags, tagUrl } from '../content/queries.ts';
import { newest, renderSitemap, type SitemapEntry } from '../lib/seo/sitemap.ts';

/** Pages that are not derived from articles. */
const FIXED_PAGES = ['/', '/articles/', '/tags/', '/checker/', '/search/'];

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(path, site).href;
  const articles = await getArticles();
  const latest = newest(articles.map((article) => article.data.updated));
  const listings = ['/', '/articles/', '/tags/'];

  const entries: SitemapEntry[] = [
    ...FIXED_PAGES.map((path) => ({ url: absolute(path), lastmod: listings.includes(path) ? latest : undefined })),
    ...(await Promise.all(
      (await getCategories()).map(async (category) => ({
        url: absolute(categoryUrl(category.id)),
        lastmod: newest((await getArticlesInCategory(category.id)).map((article) => article.data.updated)),
      })),
    )),
    ...[...(await getTags())].map(([tag, tagged]) => ({
      url: absolute(tagUrl(tag)),
      lastmod: newest(tagged.map((article) => article.data.updated)),
    })),
    ...articles.map((article) => ({ url: absolute(articleUrl(article)), lastmod: article.data.updated })),
  ];
  return new Response(renderSitemap(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};

/** /feed.xml: Atom feed of published articles, newest change first. */
import type { APIRoute } from 'astro';
import { articleUrl, getArticles, getCategories } from '../content/queries.ts';
import { renderAtomFeed } from '../lib/seo/atom-feed.ts';
import { SITE_NAME } from '../lib/seo/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(path, site).href;
  const categories = new Map((await getCategories()).map((category) => [category.id, category.data.name]));
  const xml = renderAtomFeed({
    title: SITE_NAME,
    subtitle: 'New and updated articles: causes and fixes for the errors servers print.',
    siteUrl: absolute('/'),
    feedUrl: absolute('/feed.xml'),
    entries: (await getArticles()).map((article) => ({
      url: absolute(articleUrl(article)),
      title: article.data.title,
      summary: article.data.description,
      updated: article.data.updated,
      category: categories.get(article.data.category.id) ?? article.data.category.id,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

/**
 * Social preview images, generated at build time: /og/<category>/<article>.png for every published
 * article (its title and category), and /og/site.png for every other page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleUrl, getArticles, getCategories } from '../../content/queries.ts';
import type { CardText } from '../../lib/social-card/render-social-card.ts';
import { cachedSocialCard, cardKey, prepareSocialCards } from '../../lib/social-card/cached-social-card.ts';
import { socialImagePath } from '../../lib/seo/site.ts';

export const getStaticPaths = (async () => {
  const categories = new Map((await getCategories()).map((category) => [category.id, category.data.name]));
  const cardParam = (path: string) => path.replace(/^\/og\//, '').replace(/\.png$/, '');
  const articles = (await getArticles()).map((article) => ({
    params: { card: cardParam(socialImagePath(articleUrl(article))) },
    props: { title: article.data.title, kicker: categories.get(article.data.category.id) ?? article.data.category.id },
  }));
  const paths = [
    ...articles,
    {
      params: { card: cardParam(socialImagePath()) },
      props: { title: 'Fix the error your server just printed', kicker: 'Causes and fixes for server errors' },
    },
  ];
  prepareSocialCards(paths.map((path) => path.props));
  // An unchanged card is copied from the last build (experimental.incrementalBuild) instead of being
  // served again through the route: a thousand cards took ≈ 2 s of a one-article rebuild.
  return paths.map((path) => ({ ...path, cacheKey: cardKey(path.props) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<CardText> = async ({ props }) =>
  new Response(new Uint8Array(await cachedSocialCard(props)), { headers: { 'Content-Type': 'image/png' } });

/**
 * What the search offers before a search and after one that finds nothing (suggestions-view.ts):
 * the most linked articles and the categories that have articles. A file of its own, fetched when a
 * search opens, so pages do not carry these lists in their HTML.
 */
import type { APIRoute } from 'astro';
import { articleUrl, categoryUrl, getArticles, getCategories } from '../../content/queries.ts';
import { headline, mostLinked } from '../../lib/search/popular.ts';
import type { SearchSuggestions } from '../../components/search/suggestions-view.ts';

export const GET: APIRoute = async () => {
  const articles = await getArticles();
  const used = new Set(articles.map((article) => article.data.category.id));
  const suggestions: SearchSuggestions = {
    popular: mostLinked(
      articles.map((article) => ({
        id: article.id,
        title: article.data.title,
        related: article.data.related.map((ref) => ref.id),
        url: articleUrl(article),
      })),
      5,
    ).map(({ title, url }) => ({ title: headline(title), url })),
    categories: (await getCategories())
      .filter((category) => used.has(category.id))
      .map((category) => ({ title: category.data.name, url: categoryUrl(category.id) })),
  };
  return Response.json(suggestions);
};

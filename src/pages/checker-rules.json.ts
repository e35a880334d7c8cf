/**
 * The checker's rules as one JSON file, built from every published article's `patterns`. The widget
 * fetches it when a reader first uses the checker, before any line is classified. compileRules throws
 * on a pattern that could backtrack catastrophically, which fails the build.
 */
import type { APIRoute } from 'astro';
import { articleUrl, getArticles } from '../content/queries.ts';
import { compileRules } from '../lib/checker/compile-rules.ts';

export const GET: APIRoute = async () => {
  const articles = await getArticles();
  const compiled = compileRules(
    articles.map((article) => ({
      id: article.id,
      title: article.data.title,
      url: articleUrl(article),
      causes: article.data.causes,
      patterns: article.data.patterns,
    })),
  );
  return new Response(JSON.stringify(compiled), { headers: { 'Content-Type': 'application/json' } });
};

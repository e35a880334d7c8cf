/**
 * The checker's rules as one JSON file, built from every published article's `patterns`, each rule
 * marked with the engine that runs it. The widget fetches it when a reader first uses the checker,
 * before any line is classified. buildRules throws on a pattern that could freeze the page, which
 * fails the build, as does a pattern without a verdict in regex-verdicts.json (`npm run verdicts`).
 */
import type { APIRoute } from 'astro';
import { articleUrl, getArticles } from '../content/queries.ts';
import { buildRules } from '../lib/checker-build/compile-rules.ts';

export const GET: APIRoute = async () => {
  const articles = await getArticles();
  const compiled = buildRules(
    articles.map((article) => ({
      id: article.id,
      title: article.data.title,
      url: articleUrl(article),
      causes: article.data.causes,
      patterns: article.data.patterns,
      fallback: article.data.fallback,
    })),
  );
  return new Response(JSON.stringify(compiled), { headers: { 'Content-Type': 'application/json' } });
};

/**
 * The checker's rules as one JSON file, built from every published article's `patterns`, each rule
 * marked with the engine that runs it. The widget fetches it when a reader first uses the checker,
 * before any line is classified. buildRules throws on a pattern that could freeze the page, which
 * fails the build, and analyses new or changed patterns with recheck (regex-verdicts.ts).
 */
import type { APIRoute } from 'astro';
import { articleUrl, getArticles } from '../content/queries.ts';
import { buildRules } from '../lib/checker/regex-verdicts.ts';

export const GET: APIRoute = async () => {
  const articles = await getArticles();
  const compiled = await buildRules(
    articles.map((article) => ({
      id: article.id,
      title: article.data.title,
      url: articleUrl(article),
      causes: article.data.causes,
      patterns: article.data.patterns,
      fallback: article.data.fallback,
    })),
    { complete: true },
  );
  return new Response(JSON.stringify(compiled), { headers: { 'Content-Type': 'application/json' } });
};

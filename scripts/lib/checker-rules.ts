/**
 * The checker's rules for Node tools (check-log CLI, tests, bench), read from the article files with
 * the same schema and built by the same buildRules() the site build uses. Drafts are left out, as on
 * the site.
 */
import { readAllArticles, type SourceArticle } from './read-articles.ts';
import { articlePath } from '../../src/lib/content/urls.ts';
import { buildRules, type ArticleForRules } from '../../src/lib/checker-build/compile-rules.ts';
import type { CompiledRules } from '../../src/lib/checker/types.ts';

export function articleForRules(article: SourceArticle): ArticleForRules {
  return {
    id: article.id,
    title: article.data.title,
    url: articlePath(article.data.category, article.id),
    causes: article.data.causes,
    patterns: article.data.patterns,
    fallback: article.data.fallback,
  };
}

export function publishedArticles(dir?: string): SourceArticle[] {
  return readAllArticles(dir).filter((article) => !article.data.draft);
}

/** Without `dir`, the site's own articles. */
export function loadCompiledRules(dir?: string): CompiledRules {
  return buildRules(publishedArticles(dir).map(articleForRules));
}

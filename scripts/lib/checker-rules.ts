/**
 * The checker's rules for Node tools (check-log CLI, tests, bench), read from the article files with
 * the same schema and built by the same buildRules() the site build uses. Drafts are left out, as on
 * the site.
 */
import { readAllArticles, type SourceArticle } from './read-articles.ts';
import type { ArticleForRules } from '../../src/lib/checker/compile-rules.ts';
import { buildRules } from '../../src/lib/checker/regex-verdicts.ts';
import type { CompiledRules } from '../../src/lib/checker/types.ts';

export function articleForRules(article: SourceArticle): ArticleForRules {
  return {
    id: article.id,
    title: article.data.title,
    url: `/${article.data.category}/${article.id}/`,
    causes: article.data.causes,
    patterns: article.data.patterns,
    fallback: article.data.fallback,
  };
}

export function publishedArticles(dir?: string): SourceArticle[] {
  return readAllArticles(dir).filter((article) => !article.data.draft);
}

/** Without `dir`, the site's own articles: then the verdict file is kept to exactly their patterns. */
export function loadCompiledRules(dir?: string): Promise<CompiledRules> {
  return buildRules(publishedArticles(dir).map(articleForRules), { complete: dir === undefined });
}

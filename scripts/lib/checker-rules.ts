/**
 * The checker's rules for Node tools (check-log CLI, tests, bench), read from the article files with
 * the same schema and compiled by the same compileRules() the site build uses. Drafts are left out,
 * as on the site.
 */
import { readAllArticles, type SourceArticle } from './read-articles.ts';
import { compileRules, type ArticleForRules } from '../../src/lib/checker/compile-rules.ts';
import type { CompiledRules } from '../../src/lib/checker/types.ts';

export function articleForRules(article: SourceArticle): ArticleForRules {
  return {
    id: article.id,
    title: article.data.title,
    url: `/${article.data.category}/${article.id}/`,
    causes: article.data.causes,
    patterns: article.data.patterns,
  };
}

export function publishedArticles(dir?: string): SourceArticle[] {
  return readAllArticles(dir).filter((article) => !article.data.draft);
}

export function loadCompiledRules(dir?: string): CompiledRules {
  return compileRules(publishedArticles(dir).map(articleForRules));
}

/**
 * The references between entries that no per-article schema can check: an article's category must be
 * one of categories.json, and each `related` id a published article other than itself. One function,
 * used by the build (src/content/queries.ts) and by `npm run lint:content` (scripts/lib/content-checks.ts),
 * so the linter passes exactly what the build passes. (A pattern's `cause` is checked by the schema
 * itself, article-rules.ts, in both.)
 */

export interface ReferringArticle {
  id: string;
  category: string;
  related: string[];
}

export interface ReferenceProblem {
  article: string;
  /** Dotted path into the front matter, e.g. `related.1`. */
  path: string;
  /** The id that names nothing, to find its line. */
  value: string;
  message: string;
}

export function checkReferences(
  articles: ReferringArticle[],
  known: { articleIds: ReadonlySet<string>; categoryIds: ReadonlySet<string> },
): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  for (const article of articles) {
    if (!known.categoryIds.has(article.category)) {
      problems.push({
        article: article.id,
        path: 'category',
        value: article.category,
        message: `"${article.category}" does not exist. Use an id from src/content/categories.json.`,
      });
    }
    article.related.forEach((id, i) => {
      const message =
        id === article.id
          ? 'an article cannot be related to itself. Remove its own id.'
          : known.articleIds.has(id)
            ? null
            : `"${id}" is not a published article. Use the file name (without .mdx) of an existing article, or remove the entry.`;
      if (message) problems.push({ article: article.id, path: `related.${i}`, value: id, message });
    });
  }
  return problems;
}

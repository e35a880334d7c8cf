/**
 * The one place pages read content from. It hides drafts, sorts, builds URLs and enforces the
 * rules that span several entries (cross-references.ts, shared with the content linter).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkReferences } from '../lib/content/cross-references.ts';
import { articlePath } from '../lib/content/urls.ts';

export type Article = CollectionEntry<'articles'>;
export type Category = CollectionEntry<'categories'>;

export const articleUrl = (article: Article) => articlePath(article.data.category.id, article.id);
export const categoryUrl = (categoryId: string) => `/${categoryId}/`;
export const tagUrl = (tag: string) => `/tags/${tag}/`;

let cached: Promise<Article[]> | undefined;

/** Published articles, A–Z by title, with cross-entry rules checked once per build. */
export function getArticles(): Promise<Article[]> {
  cached ??= loadArticles();
  return cached;
}

async function loadArticles(): Promise<Article[]> {
  const all = await getCollection('articles');
  const published = all.filter((article) => !article.data.draft);
  const categoryIds = new Set((await getCollection('categories')).map((category) => category.id));
  const files = new Map(published.map((article) => [article.id, article.filePath ?? article.id]));
  const problems = checkReferences(
    published.map((article) => ({
      id: article.id,
      category: article.data.category.id,
      related: article.data.related.map((ref) => ref.id),
    })),
    { articleIds: new Set(files.keys()), categoryIds },
  ).map((problem) => `${files.get(problem.article)}: ${problem.path} ${problem.message}`);
  if (problems.length > 0) {
    throw new Error(`Invalid article front matter:\n  ${problems.join('\n  ')}`);
  }
  return published.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
}

export async function getCategories(): Promise<Category[]> {
  return (await getCollection('categories')).sort((a, b) => a.data.order - b.data.order);
}

interface ArticleIndex {
  byId: Map<string, Article>;
  /** Each category's published articles, A–Z. */
  byCategory: Map<string, Article[]>;
}
let index: Promise<ArticleIndex> | undefined;

/** Built once per build: every article page looks up its category and related entries here. */
function getArticleIndex(): Promise<ArticleIndex> {
  index ??= getArticles().then((articles) => {
    const byCategory = new Map<string, Article[]>();
    for (const article of articles) {
      const inCategory = byCategory.get(article.data.category.id);
      if (inCategory) inCategory.push(article);
      else byCategory.set(article.data.category.id, [article]);
    }
    return { byId: new Map(articles.map((article) => [article.id, article])), byCategory };
  });
  return index;
}

export async function getArticlesInCategory(categoryId: string): Promise<Article[]> {
  return [...((await getArticleIndex()).byCategory.get(categoryId) ?? [])];
}

/** Tags with the published articles that carry them, most used first. */
export async function getTags(): Promise<Map<string, Article[]>> {
  const tags = new Map<string, Article[]>();
  for (const article of await getArticles()) {
    for (const tag of article.data.tags) {
      const tagged = tags.get(tag);
      if (tagged) tagged.push(article);
      else tags.set(tag, [article]);
    }
  }
  return new Map([...tags].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])));
}

/** "More in <category>": the article's related entries first, then the rest of its category. */
export async function getMoreLike(article: Article, limit = 5): Promise<Article[]> {
  const { byId, byCategory } = await getArticleIndex();
  const more = article.data.related.map((ref) => byId.get(ref.id)).filter((a): a is Article => a !== undefined);
  for (const other of byCategory.get(article.data.category.id) ?? []) {
    if (more.length >= limit) break;
    if (other.id !== article.id && !more.includes(other)) more.push(other);
  }
  return more.slice(0, limit);
}

export async function getLatestArticles(limit = 6): Promise<Article[]> {
  return [...(await getArticles())]
    .sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.data.title.localeCompare(b.data.title))
    .slice(0, limit);
}

/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): an article page is
 * reused from the last build only when everything it shows is unchanged. Astro itself checks the
 * page's code and the rendered body; the key covers the rest the page reads: its own entry, its
 * category, what "More in …" shows of its neighbours, the repository links and the footer's year.
 */
import { createHash } from 'node:crypto';
import type { Article, Category } from './queries.ts';

/** Inputs every page reads from outside the content: a change to any of them rebuilds all pages. */
export function siteWideInputs(env: NodeJS.ProcessEnv = process.env, now = new Date()) {
  return { repoUrl: env.REPO_URL ?? '', repoBranch: env.REPO_BRANCH ?? '', year: now.getFullYear() };
}

const entryState = (entry: { id: string; digest?: string | number | undefined; data: unknown }) =>
  // Entries from our loader always carry a digest of their file; the data is the fallback for any other.
  [entry.id, entry.digest ?? JSON.stringify(entry.data)];

/** What "More in …" shows of a neighbour (ArticleList.astro): editing its body leaves this page alone. */
const listed = (article: Article) => [article.id, article.data.category.id, article.data.title, article.data.description];

export function articlePageKey(article: Article, category: Category, more: Article[], site = siteWideInputs()): string {
  return createHash('sha256')
    .update(JSON.stringify([site, entryState(article), entryState(category), more.map(listed)]))
    .digest('hex');
}

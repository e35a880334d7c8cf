/**
 * Where the article loader (article-loader.ts) keeps each article's rendered body: one file per entry
 * digest in Astro's cache folder, read by the article page when it renders. Kept out of the content
 * data store, whose every byte is held in memory (and serialized whole, at once) during the content
 * sync and again while pages render: the bodies are half of it.
 */
import { readFileSync } from 'node:fs';

export const articleBodyDir = (cacheDir: URL) => new URL('article-bodies/', cacheDir);

export const articleBodyFile = (cacheDir: URL, digest: string | number) => new URL(`${digest}.html`, articleBodyDir(cacheDir));

/** The body HTML of an entry stored by the article loader. */
export function readArticleBody(cacheDir: URL, entry: { id: string; digest?: string | number | undefined }): string {
  if (entry.digest === undefined) throw new Error(`article ${entry.id} has no digest: it was not stored by the article loader`);
  return readFileSync(articleBodyFile(cacheDir, entry.digest), 'utf8');
}

/**
 * The pages Pagefind would index, in the order it numbers them, cut into parts that can each be indexed
 * by a binary of their own (pagefind-index.ts) and merged afterwards (pagefind-merge.ts).
 *
 * Pagefind numbers pages in the order its directory walk meets them: each directory's entries in the
 * order the file system lists them (not sorted), descending into a directory where it is met. Node's
 * `opendir` lists entries in that same order (`readdir` order); the merge test checks the result
 * against a single run. Once one page has `data-pagefind-body`, Pagefind leaves out every page without
 * it, so only files carrying the attribute are listed (a file that only mentions it in its text is
 * passed on and dropped by Pagefind itself, as in a single run).
 */
import { opendirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Pages per part. A binary holds ≈ 0.2–0.4 GB per 1,000 pages, depending on their text: 5,000 of the
 * bench's synthetic articles peaked at 1.1–1.5 GB, 5,000 pages the size of this site's articles at
 * 2.1 GB (README, "Pagefind's memory"); 2,500 keeps the binary near 1 GB for either.
 */
export const DEFAULT_PART_SIZE = 2_500;

/** The part size, overridable with PAGEFIND_PART_SIZE (the merge test uses a tiny one). */
export function partSize(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.PAGEFIND_PART_SIZE;
  if (value === undefined || value === '') return DEFAULT_PART_SIZE;
  const size = Number(value);
  if (!Number.isSafeInteger(size) || size < 1) throw new Error(`PAGEFIND_PART_SIZE must be a whole number ≥ 1, not "${value}"`);
  return size;
}

/** HTML files under `site`, as paths relative to it with "/", in Pagefind's walk order. */
export function htmlFilesInWalkOrder(site: string): string[] {
  const files: string[] = [];
  const visit = (dir: string) => {
    const handle = opendirSync(dir);
    try {
      for (let entry = handle.readSync(); entry; entry = handle.readSync()) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (entry.isFile() && entry.name.endsWith('.html')) files.push(relative(site, path).split(sep).join('/'));
      }
    } finally {
      handle.closeSync();
    }
  };
  visit(site);
  return files;
}

/** The files (default: every HTML file, htmlFilesInWalkOrder) that opt in with `data-pagefind-body`, in walk order. */
export function indexedPages(site: string, files = htmlFilesInWalkOrder(site)): string[] {
  return files.filter((file) => readFileSync(join(site, file), 'latin1').includes('data-pagefind-body'));
}

/** Consecutive runs of at most `size` items. */
export function cutIntoParts<T>(items: T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < items.length; start += size) parts.push(items.slice(start, start + size));
  return parts;
}

/**
 * How to hand a part's files to Pagefind, in order: globs naming exactly the given files, for
 * `addDirectory`, each naming at most GLOB_FILES (its glob parser refuses an alternation of ≈ 5,000
 * paths). A file whose name holds anything but letters, digits and `._~/-` (glob syntax, which
 * escaping might not cover) is added alone with `addHTMLFile`. Pagefind appends the pages of each
 * call after those already added, in walk order within a call, so the order is kept.
 */
export type FeedStep = { glob: string; files: number } | { file: string };

const GLOB_FILES = 1_000;
const PLAIN_NAME = /^[\p{L}\p{N}._~/-]+$/u;

export function feedSteps(files: string[]): FeedStep[] {
  const steps: FeedStep[] = [];
  let batch: string[] = [];
  const flush = () => {
    if (batch.length > 0) steps.push({ glob: `{${batch.join(',')}}`, files: batch.length });
    batch = [];
  };
  for (const file of files) {
    if (PLAIN_NAME.test(file)) {
      batch.push(file);
      if (batch.length === GLOB_FILES) flush();
    } else {
      flush();
      steps.push({ file });
    }
  }
  flush();
  return steps;
}

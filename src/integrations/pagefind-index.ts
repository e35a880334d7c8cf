/**
 * Builds the Pagefind search index over a finished site and writes it to its pagefind/ folder, with
 * the index chunks re-cut (pagefind-chunks.ts), the result fragments trimmed (pagefind-fragments.ts)
 * and the browser script minified (pagefind-script.ts). Pages opt in with `data-pagefind-body`;
 * everything else (navigation, footers, the tag and A–Z lists) stays out of the index.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { splitIndexChunks } from './pagefind-chunks.ts';
import { emptyFragmentText } from './pagefind-fragments.ts';
import { minifyPagefindScript } from './pagefind-script.ts';

/**
 * Parts inside an indexed body that are not what a reader searches for: breadcrumbs and other
 * navigation, the tag and edit-link footer, copy buttons, the log-checker widget at the end of each
 * article, and the `#` self-links in cause headings (they would end up in section titles as "… #").
 */
export const NOT_CONTENT = ['nav', 'footer', 'button', '[data-log-checker]', 'h2 > a[href^="#"]', 'h3 > a[href^="#"]'];

export interface IndexSummary {
  pages: number;
  output: string;
  /** Seconds spent by Pagefind reading the pages, by Pagefind building its files, by the rewriting and writing here. */
  seconds: { read: number; build: number; rewrite: number };
}

export async function writeSearchIndex(site: string): Promise<IndexSummary> {
  const fail = (step: string, errors: string[]) => {
    throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
  };
  let lap = performance.now();
  const seconds = () => {
    const now = performance.now();
    const elapsed = (now - lap) / 1000;
    lap = now;
    return elapsed;
  };
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: NOT_CONTENT });
    if (!index) return fail('start', errors);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) fail('index the site', added.errors);
    if (added.page_count === 0) fail('find pages', [`no HTML files in ${site}`]);
    const read = seconds();
    const built = await index.getFiles();
    if (built.errors.length > 0) fail('build the index', built.errors);
    const build = seconds();
    const output = join(site, 'pagefind');
    await rm(output, { recursive: true, force: true });
    for (const file of await minifyPagefindScript(emptyFragmentText(splitIndexChunks(built.files)))) {
      const path = join(output, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content);
    }
    return { pages: added.page_count, output, seconds: { read, build, rewrite: seconds() } };
  } finally {
    await pagefind.close();
  }
}

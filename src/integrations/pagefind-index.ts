/**
 * Builds the Pagefind search index over a finished site and writes it to its pagefind/ folder, with
 * the index chunks re-cut (pagefind-chunks.ts), the result fragments trimmed (pagefind-fragments.ts)
 * and the browser script minified (pagefind-script.ts). Pages opt in with `data-pagefind-body`;
 * everything else (navigation, footers, the tag and A–Z lists) stays out of the index.
 *
 * Pagefind's binary holds every page it is given until it has built the index (≈ 0.2 GB per 1,000
 * pages), so a site with more pages than one part (pagefind-pages.ts) is indexed part by part, one
 * binary at a time, each merged as it arrives into the index one run would have written
 * (pagefind-merge.ts).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { readIndex, splitIndexChunks, writeRecutIndex } from './pagefind-chunks.ts';
import { packPagefindFile, unpackPagefindFile, type PagefindFile } from './pagefind-files.ts';
import { emptyFragmentText } from './pagefind-fragments.ts';
import { FILTER, fragmentHashes, IndexMerger, type PartIndex } from './pagefind-merge.ts';
import { cutIntoParts, feedSteps, htmlFilesInWalkOrder, indexedPages, partSize } from './pagefind-pages.ts';
import { minifyPagefindScript } from './pagefind-script.ts';
import { childPids, waitForExit } from './reap-children.ts';

/**
 * Parts inside an indexed body that are not what a reader searches for: breadcrumbs and other
 * navigation, the tag and edit-link footer, copy buttons, the log-checker widget at the end of each
 * article, and the `#` self-links in cause headings (they would end up in section titles as "… #").
 */
export const NOT_CONTENT = ['nav', 'footer', 'button', '[data-log-checker]', 'h2 > a[href^="#"]', 'h3 > a[href^="#"]'];

export interface IndexSummary {
  pages: number;
  output: string;
  /** How many binaries indexed the pages, one after the other. */
  parts: number;
  /** Seconds spent by Pagefind reading the pages, by Pagefind building its files, by the rewriting and writing here. */
  seconds: { read: number; build: number; rewrite: number };
}

const fail = (step: string, errors: string[]): never => {
  throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
};

/** Seconds since the last call, added to the step named. */
function stopwatch() {
  const seconds = { read: 0, build: 0, rewrite: 0 };
  let lap = performance.now();
  return {
    seconds,
    lap(step: keyof typeof seconds) {
      const now = performance.now();
      seconds[step] += (now - lap) / 1000;
      lap = now;
    },
  };
}

/**
 * Runs one Pagefind binary: `feed` adds the pages, and the files it builds are returned. The binary is
 * closed and waited for (reap-children.ts) before this returns, so parts never overlap in memory.
 */
async function runPagefind(feed: (index: pagefind.PagefindIndex) => Promise<number>, watch: ReturnType<typeof stopwatch>) {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: NOT_CONTENT });
    if (!index) return fail('start', errors);
    const pages = await feed(index);
    watch.lap('read');
    const built = await index.getFiles();
    if (built.errors.length > 0) fail('build the index', built.errors);
    watch.lap('build');
    return { pages, files: built.files };
  } finally {
    await pagefind.close();
    // "pagefind" or "pagefind_extended"
    await waitForExit(childPids('pagefind'));
  }
}

/**
 * Pagefind gzips its filter files itself; they are written with this project's gzip, as the merged
 * ones are, so both ways give the same bytes.
 */
const repackFilters = (files: PagefindFile[]) =>
  files.map((file) => (FILTER.test(file.path) ? packPagefindFile(file.path, unpackPagefindFile(file)) : file));

/**
 * Indexes the given pages of `site` (relative paths, in Pagefind's walk order) with a binary of their
 * own and reads its output for the merge, the fragments' text already emptied.
 */
export async function indexPart(site: string, files: string[], watch = stopwatch()): Promise<PartIndex & { files: number }> {
  const run = await runPagefind(async (index) => {
    for (const step of feedSteps(files)) {
      if ('glob' in step) {
        const added = await index.addDirectory({ path: site, glob: step.glob });
        if (added.errors.length > 0) fail('index the site', added.errors);
        if (added.page_count !== step.files)
          fail('find pages', [`${added.page_count} of ${step.files} files found by ${step.glob.slice(0, 200)}…`]);
      } else {
        const added = await index.addHTMLFile({ sourcePath: step.file, content: await readFile(join(site, step.file), 'utf8') });
        if (added.errors.length > 0) fail(`index ${step.file}`, added.errors);
      }
    }
    return files.length;
  }, watch);
  // Fragments are named by the hash of their full text, taken before the text is emptied (to save memory while the parts wait).
  const hashes = fragmentHashes(run.files);
  return { ...readIndex(emptyFragmentText(run.files)), fragmentHashes: hashes, files: run.pages };
}

export async function writeSearchIndex(site: string): Promise<IndexSummary> {
  const watch = stopwatch();
  const size = partSize();
  // A site with no more HTML files than one part needs no list of its indexed pages: none is read twice.
  const html = htmlFilesInWalkOrder(site);
  const pages = html.length <= size ? html : indexedPages(site, html);
  let written: { pages: number; parts: number; files: PagefindFile[] };
  if (pages.length <= size) {
    // One binary over the whole directory, as Pagefind is meant to be run.
    const run = await runPagefind(async (index) => {
      const added = await index.addDirectory({ path: site });
      if (added.errors.length > 0) fail('index the site', added.errors);
      if (added.page_count === 0) fail('find pages', [`no HTML files in ${site}`]);
      return added.page_count;
    }, watch);
    written = { pages: run.pages, parts: 1, files: splitIndexChunks(emptyFragmentText(repackFilters(run.files))) };
  } else {
    // Each part is merged as soon as it is read, so only the merged index is held, never every part.
    const merger = new IndexMerger();
    const parts = cutIntoParts(pages, size);
    let added = 0;
    for (const part of parts) {
      const index = await indexPart(site, part, watch);
      added += index.files;
      merger.add(index);
      watch.lap('rewrite');
    }
    written = { pages: added, parts: parts.length, files: writeRecutIndex(merger.finish()) };
  }

  const output = join(site, 'pagefind');
  await rm(output, { recursive: true, force: true });
  for (const file of await minifyPagefindScript(written.files)) {
    const path = join(output, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content);
  }
  watch.lap('rewrite');
  return { pages: written.pages, parts: written.parts, output, seconds: watch.seconds };
}

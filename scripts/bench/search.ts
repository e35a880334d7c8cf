/**
 * Search figures on the built site (`npm run build` first, or BENCH_DIST): the Pagefind index on disk, in total and
 * per indexed page, and what a reader's browser really downloads — measured in Chromium — for the
 * first search from an article page (pagefind.js, WebAssembly, index chunks, fragments, our UI code
 * and the checker rules the query could match) and for each further query. Bytes are gzipped as the
 * server sends them (Pagefind's index files are already compressed, so gzip barely changes them).
 * Then how often an error string with a reader's own words in it (tests/e2e/search-variants.ts)
 * finds its article in the top 3 of the dialog.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from '../../tests/e2e/browser.ts';
import { readerVariants, searchAllInDialog } from '../../tests/e2e/search-variants.ts';
import { FIRST_SEARCH_TARGET_GZIP, gzipBytes, type Bytes } from '../lib/page-weight.ts';
import { withStaticServer } from '../lib/static-server.ts';
import { printRows, type BenchPart, type BenchRow } from './types.ts';
import { REFUSED } from '../../tests/lib/golden-lines.ts';

const GROUP = 'search';
/** BENCH_DIST measures another build folder (e.g. `astro build --outDir /tmp/x`), as E2E_DIST does for tests. */
const DIST = process.env.BENCH_DIST ?? 'dist';
const ARTICLE = '/web-server/nginx-502-bad-gateway/';
/** An article's own two-word error string: the index finds it without the checker's rules (query-text.ts). */
const FIRST_QUERY = 'connection refused';
const FURTHER_QUERIES = ['permission denied', 'upstream timed out', 'EADDRINUSE', 'pm.max_children', 'no space left on device'];

const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

/** The index proper: what grows with the content (not Pagefind's own JS/CSS/WebAssembly). */
function indexFigures(): BenchRow[] {
  const files = filesUnder(join(DIST, 'pagefind'));
  const sum = (list: string[]) => list.reduce((total, file) => total + gzipBytes(readFileSync(file)).gzip, 0);
  const index = files.filter((file) => /[/\\](index|fragment|filter)[/\\]|\.pf_meta$/.test(file));
  const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const pages = Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0);
  const indexBytes = sum(index);
  return [
    { group: GROUP, metric: 'indexed pages (articles and categories)', value: pages, unit: 'pages' },
    { group: GROUP, metric: 'Pagefind output on disk, incl. its unused UI bundles, gzip', value: kb(sum(files)), unit: 'KB' },
    { group: GROUP, metric: 'index (chunks, fragments, filters, meta), gzip', value: kb(indexBytes), unit: 'KB' },
    { group: GROUP, metric: 'index per indexed page, gzip', value: kb(indexBytes / Math.max(pages, 1)), unit: 'KB' },
  ];
}

/** Records every response from now on; `take()` returns their gzipped sizes and starts afresh. */
function recordDownloads(page: Page) {
  let bodies: Promise<{ url: string; bytes: Bytes } | undefined>[] = [];
  page.on('response', (response) => {
    if (response.status() !== 200) return;
    bodies.push(
      response.body().then(
        (body) => ({ url: response.url(), bytes: gzipBytes(body) }),
        () => undefined,
      ),
    );
  });
  return async () => {
    const done = (await Promise.all(bodies)).filter((b): b is { url: string; bytes: Bytes } => b !== undefined);
    bodies = [];
    return done;
  };
}

async function searchFor(page: Page, text: string): Promise<number> {
  const started = Date.now();
  await page.locator('#search-input').fill(text);
  await page.waitForFunction(
    (href) =>
      document.querySelector('#search-page-link')?.getAttribute('href') === href &&
      document.querySelector('#search-status')?.textContent !== '',
    `/search/?q=${encodeURIComponent(text)}`,
  );
  await page.waitForLoadState('networkidle');
  return Date.now() - started;
}

async function downloadFigures(baseUrl: string): Promise<BenchRow[]> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(new URL(ARTICLE, baseUrl).href, { waitUntil: 'networkidle' });
    const take = recordDownloads(page);
    const opened = Date.now();
    await page.keyboard.press('/');
    await searchFor(page, FIRST_QUERY);
    const firstMs = Date.now() - opened;
    const first = await take();
    // BENCH_VERBOSE=1 lists each file of the first search with its gzipped size.
    if (process.env.BENCH_VERBOSE) for (const file of first) console.error(`  ${file.url} ${file.bytes.gzip} B`);
    const firstGzip = first.reduce((total, file) => total + file.bytes.gzip, 0);
    const part = (test: RegExp) => kb(first.filter((file) => test.test(file.url)).reduce((total, file) => total + file.bytes.gzip, 0));

    const further: number[] = [];
    const furtherMs: number[] = [];
    for (const query of FURTHER_QUERIES) {
      furtherMs.push(await searchFor(page, query));
      further.push((await take()).reduce((total, file) => total + file.bytes.gzip, 0));
    }
    await searchFor(page, REFUSED.line);
    const logLine = (await take()).reduce((total, file) => total + file.bytes.gzip, 0);
    const average = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

    return [
      {
        group: GROUP,
        metric: `first search from an article ("${FIRST_QUERY}"), downloaded gzip`,
        value: kb(firstGzip),
        unit: 'KB',
        target: `≤ ${kb(FIRST_SEARCH_TARGET_GZIP)} KB`,
        pass: firstGzip <= FIRST_SEARCH_TARGET_GZIP,
      },
      { group: GROUP, metric: 'first search: pagefind.js', value: part(/\/pagefind\/pagefind\.js$/), unit: 'KB' },
      { group: GROUP, metric: 'first search: WebAssembly', value: part(/\/pagefind\/wasm\.\w+\.pagefind$/), unit: 'KB' },
      { group: GROUP, metric: 'first search: index chunks, fragments, meta', value: part(/\.pf_\w+$/), unit: 'KB' },
      {
        group: GROUP,
        metric: 'first search: our search UI code (incl. the checker rule matcher)',
        value: part(/\/_astro\/.+\.js$/),
        unit: 'KB',
      },
      {
        group: GROUP,
        metric: 'first search: checker rules (key list and the files the query needs)',
        value: part(/\/search\/rules\/.+\.json$/),
        unit: 'KB',
      },
      {
        group: GROUP,
        metric: 'first search: suggestions (popular articles, categories)',
        value: part(/\/search\/suggestions\.json$/),
        unit: 'KB',
      },
      { group: GROUP, metric: 'first search: requests', value: first.length, unit: 'files' },
      { group: GROUP, metric: 'first search: open to results shown (local server)', value: firstMs, unit: 'ms' },
      {
        group: GROUP,
        metric: `further query, average of ${FURTHER_QUERIES.length}, downloaded gzip`,
        value: kb(average(further)),
        unit: 'KB',
      },
      { group: GROUP, metric: 'further query, largest, downloaded gzip', value: kb(Math.max(...further)), unit: 'KB' },
      { group: GROUP, metric: 'further query, average time to results', value: Math.round(average(furtherMs)), unit: 'ms' },
      { group: GROUP, metric: 'pasted log line (adds the checker worker and its rules), downloaded gzip', value: kb(logLine), unit: 'KB' },
      ...(await variantFigures(page)),
    ];
  } finally {
    await browser.close();
  }
}

/** The share of generated reader's queries whose article the dialog shows in the top 3. */
async function variantFigures(page: Page): Promise<BenchRow[]> {
  const variants = readerVariants();
  const shown = await searchAllInDialog(
    page,
    variants.map((variant) => variant.query),
  );
  const found = variants.filter((variant, i) => shown[i]!.slice(0, 3).includes(variant.url)).length;
  const share = Number(((100 * found) / variants.length).toFixed(1));
  return [
    {
      group: GROUP,
      metric: `error strings with a reader's own words (${variants.length}), article in the top 3`,
      value: share,
      unit: '%',
    },
  ];
}

export const run: BenchPart = async () => [...indexFigures(), ...(await withStaticServer(4353, downloadFigures, DIST))];

if (import.meta.main) printRows(await run());

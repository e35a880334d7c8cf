/**
 * Search in a real browser against the built site: every error string of every article finds its
 * article, pasted log lines are reduced to their words, filters narrow, the keyboard does everything,
 * deep links work, and axe finds nothing on the open dialog or the search page.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import * as pagefind from 'pagefind';
import { test, expect } from './fixtures.ts';
import { readAllArticles } from '../../scripts/lib/read-articles.ts';
import { articlePath } from '../../src/lib/content/urls.ts';
import { NOT_CONTENT } from '../../src/integrations/pagefind-index.ts';
import type { PagefindApi } from '../../src/components/search/pagefind-client.ts';
import { BUDGETS, gzipBytes } from '../../scripts/lib/page-weight.ts';
import { readerVariants, searchAllInDialog } from './search-variants.ts';
import { REFUSED } from '../lib/golden-lines.ts';

const ARTICLES = readAllArticles().filter((article) => !article.data.draft);
const urlOf = (article: (typeof ARTICLES)[number]) => articlePath(article.data.category, article.id);
/** How many articles list each string as secondary. Its owner then only has to reach the top 3. */
const SECONDARY_COUNT = new Map<string, number>();
for (const text of ARTICLES.flatMap((article) => article.data.secondaryErrorStrings)) {
  SECONDARY_COUNT.set(text, (SECONDARY_COUNT.get(text) ?? 0) + 1);
}
/**
 * The owner comes first (rank 1) unless others share the string; a sharer reaches the top 3, or, when
 * more than two articles share one string, the places right after the owner (all of them cannot be in 3).
 */
const allowedRank = (text: string, owner: boolean) =>
  owner && !SECONDARY_COUNT.has(text) ? 1 : Math.max(3, 1 + (SECONDARY_COUNT.get(text) ?? 0));
const NGINX_502 = ARTICLES.find((article) => article.id === 'nginx-502-bad-gateway')!;

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the error articles' });
const searchBox = (page: Page) => dialog(page).getByRole('combobox', { name: 'Error message or log line' });

/** Types into the open dialog and waits until the results for exactly this text are shown. */
async function searchInDialog(page: Page, text: string): Promise<string[]> {
  await searchBox(page).fill(text);
  await expect(dialog(page).getByRole('link', { name: 'All results and filters' })).toHaveAttribute(
    'href',
    `/search/?q=${encodeURIComponent(text.trim())}`,
  );
  await expect(page.locator('#search-status')).not.toBeEmpty();
  // Article results carry their URL; section sub-results (ids ending in -section) are left out.
  return page
    .locator('#search-results [role="option"]:not([id$="-section"])')
    .evaluateAll((options) => options.map((option) => option.getAttribute('data-url')!.replace(/[?#].*$/, '')));
}

async function openDialog(page: Page) {
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await expect(page.locator('#search-page-link')).toBeAttached();
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

// In batches inside one page each: one test an article would cost a page load each, and the corpus grows.
const STRING_BATCHES = 6;

test.describe('every error string finds its article', () => {
  for (let batch = 0; batch < STRING_BATCHES; batch++) {
    const articles = ARTICLES.filter((_, i) => i % STRING_BATCHES === batch);
    test(`batch ${batch + 1} of ${STRING_BATCHES} (${articles.length} articles)`, async ({ page }) => {
      const cases = articles.flatMap((article) => [
        ...article.data.errorStrings.map((text) => ({ article, text, wanted: allowedRank(text, true) })),
        ...article.data.secondaryErrorStrings.map((text) => ({ article, text, wanted: allowedRank(text, false) })),
      ]);
      test.setTimeout(30_000 + cases.length * 1_000);
      await page.goto('/');
      await page.getByRole('banner').getByRole('link', { name: 'Search', exact: true }).click();
      const misses: string[] = [];
      for (const { article, text, wanted } of cases) {
        const urls = await searchInDialog(page, text);
        const rank = urls.indexOf(urlOf(article)) + 1;
        if (rank < 1 || rank > wanted) {
          misses.push(`${article.id} "${text}": rank ${rank || 'none'} (wanted ≤ ${wanted}), got ${urls.slice(0, wanted).join(' ')}`);
        }
      }
      expect(misses).toEqual([]);
    });
  }
});

test("a whole nginx error-log line finds the 502 article first, under the checker's verdict", async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const urls = await searchInDialog(page, REFUSED.line);
  expect(urls[0]).toBe(urlOf(NGINX_502));
  await expect(page.locator('#search-status')).toContainText('for the words of this log line');
  const verdict = page.locator('#search-verdict');
  await expect(verdict).toContainText('Log checker: nginx error log line, level error');
  await expect(verdict.getByRole('link', { name: NGINX_502.data.title })).toHaveAttribute('href', `${urlOf(NGINX_502)}#upstream-down`);
  await expect(verdict.getByRole('link', { name: 'log checker' })).toHaveAttribute('href', '/checker/');
});

test("an error message (not a log line) gets the checker's verdict too; a short query loads no rules", async ({ page }) => {
  const rules: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/search/rules/')) rules.push(request.url());
  });
  await page.goto('/');
  await page.keyboard.press('/');
  await searchInDialog(page, 'nginx');
  await expect(page.locator('#search-verdict')).toBeHidden();
  expect(rules).toEqual([]);

  const urls = await searchInDialog(page, 'connect() failed (111: Connection refused) while connecting to upstream');
  expect(urls[0]).toBe(urlOf(NGINX_502));
  const verdict = page.locator('#search-verdict');
  await expect(verdict).toContainText('Log checker: this message matches a known error');
  await expect(verdict.getByRole('link', { name: NGINX_502.data.title })).toHaveAttribute('href', `${urlOf(NGINX_502)}#upstream-down`);
  expect(rules.length).toBeGreaterThan(0);
});

test('keyboard only: / opens, arrows choose, Enter opens the article with the words marked', async ({ page }) => {
  await page.goto('/tags/');
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('no live upstreams');
  await expect(page.locator('#search-page-link')).toHaveAttribute('href', '/search/?q=no%20live%20upstreams');
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  const first = page.locator('#search-results [role="option"]').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await expect(first).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${urlOf(NGINX_502)}\\?highlight=no`));
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('searched-terms')?.size ?? 0)).toBeGreaterThan(0);
});

test('Ctrl+K opens the dialog, Esc closes it and gives focus back', async ({ page }) => {
  await page.goto(urlOf(NGINX_502));
  const opener = page.getByRole('banner').getByRole('link', { name: 'Search', exact: true });
  await opener.focus();
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(opener).toBeFocused();
});

test('article pages load no search code until the search opens', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(urlOf(NGINX_502));
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => path.startsWith('/pagefind/') || /search-dialog|suggestions/.test(path))).toEqual([]);
  await expect(page.locator('dialog')).toHaveCount(0);
  await page.keyboard.press('/');
  await searchInDialog(page, '502 Bad Gateway');
  expect(requested.some((path) => path === '/pagefind/pagefind.js')).toBe(true);
  expect(requested.some((path) => path === '/pagefind/pagefind-worker.js')).toBe(false);
});

test(`a first search from an article downloads at most ${BUDGETS.firstSearchGzip / 1024} KB gzipped`, async ({ page }) => {
  await page.goto(urlOf(NGINX_502));
  await page.waitForLoadState('networkidle');
  const bodies: Promise<number>[] = [];
  page.on('response', (response) => {
    if (response.status() === 200) bodies.push(response.body().then((body) => gzipBytes(body).gzip));
  });
  await page.keyboard.press('/');
  await searchInDialog(page, 'connection refused');
  await page.waitForLoadState('networkidle');
  const total = (await Promise.all(bodies)).reduce((sum, bytes) => sum + bytes, 0);
  expect(total, `${bodies.length} responses`).toBeLessThanOrEqual(BUDGETS.firstSearchGzip);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header search is a link to the search page and its form', async ({ page }) => {
    await page.goto(urlOf(NGINX_502));
    await page.getByRole('banner').getByRole('link', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByRole('search').getByRole('searchbox', { name: 'Error message or log line' })).toBeVisible();
  });
});

test('no results: the dialog says so and offers articles, categories and the checker', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  // No index word starts with its first letter: Pagefind also matches a query word against shorter
  // index words that start it (`qqqq…` finds the `q` of `grep -q`, `zzzz…` the `z` of `zone`).
  await searchInDialog(page, 'ѯѯѯѯ');
  await expect(page.locator('#search-status')).toContainText('No article matches');
  await expect(dialog(page).getByRole('link', { name: 'log checker' })).toBeVisible();
  await expect(dialog(page).getByRole('heading', { name: 'Categories' })).toBeVisible();
});

test('on the search page, / goes to its own search field', async ({ page }) => {
  await page.goto('/search/');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Error message or log line' })).toBeFocused();
  await expect(dialog(page)).toBeHidden();
});

test('the ?q= link runs the search on the search page', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('no live upstreams while connecting to upstream')}`);
  await expect(page.getByRole('searchbox', { name: 'Error message or log line' })).toHaveValue(
    'no live upstreams while connecting to upstream',
  );
  await expect(page.locator('#search-page-results h2 a').first()).toHaveAttribute('href', new RegExp(`^${urlOf(NGINX_502)}`));
});

test('a log line linked to the search page gets the verdict and the 502 article first', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent(REFUSED.line)}`);
  await expect(page.locator('#search-page-verdict').getByRole('link', { name: NGINX_502.data.title })).toBeVisible();
  await expect(page.locator('#search-page-results h2 a').first()).toHaveAttribute('href', new RegExp(`^${urlOf(NGINX_502)}`));
});

test('filters narrow the results and stay in the address bar', async ({ page }) => {
  await page.goto('/search/?q=connection');
  const results = page.locator('#search-page-results > li');
  await expect(results.first()).toBeVisible();
  const categoriesShown = () => results.evaluateAll((items) => items.map((item) => item.querySelector('p')!.textContent));
  // The total, not the list: both may fill the page once the corpus is large.
  const total = async () => Number((await page.locator('#search-page-status').textContent())?.match(/^(\d+) results?/)?.[1]);
  const before = await categoriesShown();
  const totalBefore = await total();
  expect(new Set(before).size).toBeGreaterThan(1);
  await page.getByLabel('Category').selectOption('Web Server');
  await expect(page).toHaveURL(/category=Web\+Server/);
  await expect.poll(total).toBeLessThan(totalBefore);
  expect(new Set(await categoriesShown())).toEqual(new Set(['Web Server']));
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the open search dialog in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(urlOf(NGINX_502));
    await page.keyboard.press('/');
    await searchInDialog(page, 'upstream');
    await page.keyboard.press('ArrowDown');
    await expectNoAxeViolations(page);
  });

  test(`axe finds no violations on the search page with results in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/search/?q=upstream');
    await expect(page.locator('#search-page-results > li').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('the OpenSearch description sends address-bar searches to /search/?q=', async ({ page, request, baseURL }) => {
  const xml = await (await request.get('/opensearch.xml')).text();
  const template = /<Url type="text\/html" method="get" template="([^"]+)"/.exec(xml)?.[1];
  expect(template).toMatch(/^https?:\/\/[^/]+\/search\/\?q=\{searchTerms\}$/);
  // Follow it as a browser would, on this server instead of the configured public origin.
  const url = new URL(template!.replace('{searchTerms}', encodeURIComponent('no live upstreams')));
  await page.goto(new URL(url.pathname + url.search, baseURL).href);
  await expect(page.locator('#search-page-results h2 a').first()).toHaveAttribute('href', new RegExp(`^${urlOf(NGINX_502)}`));
});

/**
 * How Pagefind 1.6 itself tokenises punctuation-heavy error strings: each string is put on its own
 * page of a throwaway index, and searching for it exactly as typed must find that page (and for the
 * distinctive ones, only that page). This is why the site indexes the raw strings and no normalised copy.
 */
test('Pagefind finds punctuation-heavy error strings as typed', async ({ page }) => {
  const strings = [
    'connect() failed (111: Connection refused) while connecting to upstream',
    'ECONNREFUSED',
    'EADDRINUSE',
    '502',
    'AH01630',
    'pm.max_children',
    'unix:/run/php/php-fpm.sock',
    'net::ERR_CONNECTION_REFUSED',
    'status=203/EXEC',
  ];
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-tokens-'));
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    expect(errors).toEqual([]);
    for (const [i, text] of strings.entries()) {
      const escaped = text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
      await index!.addHTMLFile({
        url: `/p${i}/`,
        content: `<html lang="en"><body><h1>Page ${i}</h1><p>Some text <code>${escaped}</code> here.</p></body></html>`,
      });
    }
    await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
    await pagefind.close();

    await page.route('http://tokens.test/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/') return route.fulfill({ body: '<html lang="en"><body></body></html>', contentType: 'text/html' });
      const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream';
      return route.fulfill({ body: readFileSync(join(dir, path)), contentType: type });
    });
    await page.goto('http://tokens.test/');
    const found = await page.evaluate(async (queries) => {
      const url = '/pagefind/pagefind.js';
      const api = (await import(url)) as PagefindApi;
      await api.options({ noWorker: true });
      const out: Record<string, string[]> = {};
      for (const query of queries) {
        const response = await api.search(query);
        out[query] = await Promise.all((response?.results ?? []).map(async (result) => (await result.data()).url));
      }
      return out;
    }, strings);
    for (const [i, text] of strings.entries()) expect(found[text], text).toContain(`/p${i}/`);
    expect(found['unix:/run/php/php-fpm.sock']).toEqual(['/p6/']);
    expect(found['connect() failed (111: Connection refused) while connecting to upstream']).toEqual(['/p0/']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Every built HTML page but Pagefind's own files. */
function builtHtmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html') && !name.startsWith('pagefind'))
    .map((name) => join(dir, name));
}

test("the re-cut index finds everything Pagefind's own index finds, for every word, prefix and error string", async ({ page }) => {
  test.setTimeout(180_000);
  // Pagefind's own output for the same built pages, served beside ours from disk.
  const site = process.env.E2E_DIST ?? 'dist';
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-stock-'));
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: NOT_CONTENT });
    expect(errors).toEqual([]);
    await index!.addDirectory({ path: site });
    await index!.writeFiles({ outputPath: dir });
    await pagefind.close();
    await page.route('**/stock-pagefind/**', (route) => {
      const path = new URL(route.request().url()).pathname.replace('/stock-pagefind/', '');
      const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream';
      return route.fulfill({ body: readFileSync(join(dir, path)), contentType: type });
    });

    // Words (and their 2–5 letter starts) that some built page holds. When no indexed word starts with
    // a query, Pagefind's own index falls back to shorter words ("lemmy" finds pages with "l…"); ours
    // answers nothing, which is right, so such queries are not compared.
    const pageWords = new Set<string>();
    for (const file of builtHtmlFiles(site)) {
      // Only what Pagefind reads: not the navigation, footer, scripts or sections it is told to ignore.
      const text = readFileSync(file, 'utf8')
        .replace(/<(nav|footer|script)\b[\s\S]*?<\/\1>|<(section|div)\b[^>]*data-pagefind-ignore[\s\S]*?<\/\2>/g, ' ')
        .replace(/<[^>]*>/g, ' ')
        .toLowerCase();
      for (const word of text.match(/[a-z][a-z0-9_]+/g) ?? []) {
        pageWords.add(word);
        for (const length of [2, 3, 4, 5]) if (word.length > length) pageWords.add(word.slice(0, length));
      }
    }
    const queries = new Set<string>();
    const addQuery = (query: string) => {
      if (query.includes(' ') || pageWords.has(query)) queries.add(query);
    };
    for (const article of ARTICLES) {
      // Words of the text (not the MDX import lines) and of the front matter, with their prefixes.
      // "Seen in the wild" (example lines and their sources) is kept out of the index, reference URLs are
      // links, and an apostrophe joins a word ("we'll" is not "ll").
      const notIndexed = new Set(['examples', 'counterexamples', 'source', 'url']);
      const data = JSON.stringify(article.data, (key, value: unknown) => (notIndexed.has(key) ? undefined : value));
      const text = `${article.body.replace(/^import .*$/gm, '')} ${data}`.replace(/['’]/g, '');
      for (const word of text.toLowerCase().match(/[a-z][a-z0-9_]+/g) ?? []) {
        addQuery(word);
        for (const length of [2, 3, 4, 5]) if (word.length > length) addQuery(word.slice(0, length));
      }
      for (const text of [...article.data.errorStrings, article.data.title]) addQuery(text);
    }
    await page.goto('/');
    const differing = await page.evaluate(
      async (queries) => {
        type Pagefind = { options(o: object): Promise<void>; search(q: string): Promise<{ results: { id: string }[] }> };
        const load = (url: string) => import(url) as Promise<Pagefind>;
        const [ours, stock] = await Promise.all([load('/pagefind/pagefind.js'), load('/stock-pagefind/pagefind.js')]);
        await ours.options({ noWorker: true });
        await stock.options({ noWorker: true, basePath: '/stock-pagefind/' });
        const ids = (response: { results: { id: string }[] }) => response.results.map((result) => result.id);
        const out: string[] = [];
        for (const query of queries) {
          const [a, b] = await Promise.all([ours.search(query), stock.search(query)]);
          // Ours may find more: a one- or two-letter prefix split across Pagefind's own chunks misses some.
          const found = new Set(ids(a));
          if (!ids(b).every((id) => found.has(id)))
            out.push(`${query}: ${a.results.length} results, Pagefind's own index ${b.results.length}`);
        }
        return out;
      },
      [...queries],
    );
    expect(queries.size).toBeGreaterThan(5000);
    expect(differing).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a result links to the section that matched, and the anchor exists on the article', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Search', exact: true }).click();
  await searchInDialog(page, 'proxy_read_timeout');
  const section = page.locator('#search-results [role="option"][id$="-section"]').first();
  await expect(section).toBeVisible();
  const url = (await section.getAttribute('data-url'))!;
  expect(url).toMatch(/^\/[a-z-]+\/[a-z0-9-]+\/\?highlight=proxy_read_timeout#[a-z0-9-]+$/);
  await page.goto(url);
  await expect(page.locator(`[id="${url.split('#')[1]}"]`)).toBeAttached();
});

/**
 * What each query found first before search learnt to ignore a reader's own words (recorded from
 * main's build by SEARCH_RECORD_TOP=1): the queries of these tests and the bench, every error string
 * and every title. A query that found something then must find the same article first now.
 */
const TOP_RESULTS_FILE = 'tests/fixtures/search-top-results.json';
const RECORDED_QUERIES = [
  ...new Set([
    ...ARTICLES.flatMap((article) => [...article.data.errorStrings, ...article.data.secondaryErrorStrings, article.data.title]),
    ...[
      'no live upstreams',
      'no live upstreams while connecting to upstream',
      '502 Bad Gateway',
      'proxy_read_timeout',
      'upstream',
      'connection',
    ],
    ...[
      'connection refused',
      'permission denied',
      'upstream timed out',
      'EADDRINUSE',
      'pm.max_children',
      'no space left on device',
      REFUSED.line,
    ],
  ]),
];

test('every query that found an article before still finds it first', async ({ page }) => {
  test.setTimeout(240_000);
  await openDialog(page);
  if (process.env.SEARCH_RECORD_TOP) {
    const shown = await searchAllInDialog(page, RECORDED_QUERIES);
    const top = Object.fromEntries(RECORDED_QUERIES.flatMap((query, i) => (shown[i]![0] ? [[query, shown[i]![0]]] : [])));
    writeFileSync(TOP_RESULTS_FILE, `${JSON.stringify(top, null, 1)}\n`);
    return;
  }
  const recorded = JSON.parse(readFileSync(TOP_RESULTS_FILE, 'utf8')) as Record<string, string>;
  const queries = Object.keys(recorded);
  const shown = await searchAllInDialog(page, queries);
  const lost = queries.flatMap((query, i) =>
    shown[i]![0] === recorded[query] ? [] : [`"${query}": was ${recorded[query]}, now ${shown[i]!.slice(0, 3).join(' ') || 'nothing'}`],
  );
  expect(queries.length).toBeGreaterThan(400);
  expect(lost).toEqual([]);
});

/** The queries of issue 19, as readers paste them with their own names, paths and numbers. */
const READERS_QUERIES: [string, string, string | null][] = [
  ['password authentication failed for user "alice"', 'postgresql-password-authentication-failed', 'alice'],
  ["EACCES: permission denied, open '/var/www/app/logs/app.log'", 'permission-denied-eacces', '/var/www/app/logs/app.log'],
  ['No space left on device /var/lib/docker', 'no-space-left-on-device', '/var/lib/docker'],
  // The article's own example line has process 4711, so the index knows the number.
  ['Out of memory: Killed process 4711 (java)', 'oom-killer-killed-process', null],
  ['myworker.service: Start request repeated too quickly.', 'systemd-start-request-repeated-too-quickly', 'myworker'],
];

test("a reader's own names, paths and numbers do not hide the article, and the status says what was left out", async ({ page }) => {
  test.setTimeout(60_000);
  await openDialog(page);
  for (const [query, id, ignored] of READERS_QUERIES) {
    const urls = await searchInDialog(page, query);
    const article = ARTICLES.find((a) => a.id === id)!;
    expect(urls[0], query).toBe(urlOf(article));
    if (ignored) await expect(page.locator('#search-status'), query).toContainText(`searched without: ${ignored}`);
  }
});

/**
 * Every error string with a reader's own words at the start, in the middle and at the end
 * (search-variants.ts) finds its article in the top 3. In batches, each inside one page, so the
 * batches run in parallel and the whole set stays within about two minutes at 150 articles.
 */
test.describe('every error string with instance words finds its article in the top 3', () => {
  const variants = readerVariants();
  const BATCHES = 4;
  for (let batch = 0; batch < BATCHES; batch++) {
    test(`batch ${batch + 1} of ${BATCHES}`, async ({ page }) => {
      test.setTimeout(150_000);
      const mine = variants.filter((_, i) => i % BATCHES === batch);
      await openDialog(page);
      const shown = await searchAllInDialog(
        page,
        mine.map((v) => v.query),
      );
      const misses = mine.flatMap((v, i) => {
        const rank = shown[i]!.indexOf(v.url) + 1;
        return rank >= 1 && rank <= 3
          ? []
          : [`"${v.errorString}" (${v.variant}): rank ${rank || 'none'}, got ${shown[i]!.slice(0, 3).join(' ') || 'nothing'}`];
      });
      expect(misses).toEqual([]);
    });
  }
});

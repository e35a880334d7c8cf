/**
 * Search in a real browser against the built site: every error string of every article finds its
 * article, pasted log lines are reduced to their words, filters narrow, the keyboard does everything,
 * deep links work, and axe finds nothing on the open dialog or the search page.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import AxeBuilder from '@axe-core/playwright';
import { readAllArticles } from '../../scripts/lib/read-articles.ts';

const ARTICLES = readAllArticles().filter((article) => !article.data.draft);
const urlOf = (article: (typeof ARTICLES)[number]) => `/${article.data.category}/${article.id}/`;
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
const NGINX_LINE =
  '2020/05/07 03:15:12 [error] 6#6: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 172.21.0.1, server: , request: "GET / HTTP/1.1", upstream: "http://172.21.0.19:9000/", host: "0.0.0.0:9000"';

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
  return page.locator('#search-results [role="option"]:not([id$="-section"])').evaluateAll((options) =>
    options.map((option) => option.getAttribute('data-url')!.replace(/[?#].*$/, '')),
  );
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('every error string finds its article', () => {
  for (const article of ARTICLES) {
    test(`${article.id}`, async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Search' }).click();
      const cases = [
        ...article.data.errorStrings.map((text) => ({ text, wanted: allowedRank(text, true) })),
        ...article.data.secondaryErrorStrings.map((text) => ({ text, wanted: allowedRank(text, false) })),
      ];
      const misses: string[] = [];
      for (const { text, wanted } of cases) {
        const urls = await searchInDialog(page, text);
        const rank = urls.indexOf(urlOf(article)) + 1;
        if (rank < 1 || rank > wanted) {
          misses.push(`"${text}": rank ${rank || 'none'} (wanted ≤ ${wanted}), got ${urls.slice(0, wanted).join(' ')}`);
        }
      }
      expect(misses).toEqual([]);
    });
  }
});

test("a whole nginx error-log line finds the 502 article first, under the checker's verdict", async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const urls = await searchInDialog(page, NGINX_LINE);
  expect(urls[0]).toBe(urlOf(NGINX_502));
  await expect(page.locator('#search-status')).toContainText('for the words of this log line');
  const verdict = page.locator('#search-verdict');
  await expect(verdict).toContainText('Log checker: nginx error log line, level error');
  await expect(verdict.getByRole('link', { name: NGINX_502.data.title })).toHaveAttribute('href', `${urlOf(NGINX_502)}#upstream-down`);
  await expect(verdict.getByRole('link', { name: 'Open the line in the log checker' })).toHaveAttribute(
    'href',
    `/checker/?log=${encodeURIComponent(NGINX_LINE)}`,
  );
});

test('an error message (not a log line) shows no verdict', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await searchInDialog(page, 'connect() failed (111: Connection refused) while connecting to upstream');
  await expect(page.locator('#search-verdict')).toBeHidden();
});

test('keyboard only: / opens, arrows choose, Enter opens the article with the words marked', async ({ page }) => {
  await page.goto('/tags/');
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('no live upstreams');
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
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.get('searched-terms')?.size ?? 0))
    .toBeGreaterThan(0);
});

test('Ctrl+K opens the dialog, Esc closes it and gives focus back', async ({ page }) => {
  await page.goto(urlOf(NGINX_502));
  const opener = page.getByRole('button', { name: 'Search' });
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
  expect(requested.filter((path) => path.startsWith('/pagefind/') || /search-dialog|run-query/.test(path))).toEqual([]);
  await page.keyboard.press('/');
  await searchInDialog(page, '502 Bad Gateway');
  expect(requested.some((path) => path === '/pagefind/pagefind.js')).toBe(true);
  expect(requested.some((path) => path === '/pagefind/pagefind-worker.js')).toBe(false);
});

test('no results: the dialog says so and offers articles, categories and the checker', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await searchInDialog(page, 'qqqqzzzz');
  await expect(page.locator('#search-status')).toContainText('No article matches');
  await expect(dialog(page).getByRole('link', { name: 'log checker' })).toBeVisible();
  await expect(dialog(page).getByRole('heading', { name: 'Categories' })).toBeVisible();
});

test('the ?q= link runs the search on the search page', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('no live upstreams while connecting to upstream')}`);
  await expect(page.getByRole('searchbox', { name: 'Error message or log line' })).toHaveValue('no live upstreams while connecting to upstream');
  await expect(page.locator('#search-page-results h2 a').first()).toHaveAttribute('href', new RegExp(`^${urlOf(NGINX_502)}`));
});

test('filters narrow the results and stay in the address bar', async ({ page }) => {
  await page.goto('/search/?q=connection');
  const results = page.locator('#search-page-results > li');
  await expect(results.first()).toBeVisible();
  const categoriesShown = () => results.evaluateAll((items) => items.map((item) => item.querySelector('p')!.textContent));
  const before = await categoriesShown();
  expect(new Set(before).size).toBeGreaterThan(1);
  await page.getByLabel('Category').selectOption('Web Server');
  await expect(page).toHaveURL(/category=Web\+Server/);
  await expect.poll(async () => (await categoriesShown()).length).toBeLessThan(before.length);
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

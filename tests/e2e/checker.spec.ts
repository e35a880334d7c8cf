import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import AxeBuilder from '@axe-core/playwright';
import { readAllArticles } from '../../scripts/lib/read-articles.ts';
import { pasteAndTimeMainThread, tenMegabyteLog } from './paste-delay.ts';

// The lines come from the articles themselves, so the test follows the content instead of copying it.
const article502 = readAllArticles().find((article) => article.id === 'nginx-502-bad-gateway')!;
const refusedPattern = article502.data.patterns.find((pattern) => pattern.id === 'connect-refused')!;
const REFUSED_LINE = refusedPattern.examples[0]!.line;
// A successful request in nginx's combined format (Docker issue docker-library/php#655): no error in it.
const REFUSED_UPSTREAM = /upstream: "([^"]*)"/.exec(REFUSED_LINE)![1]!;
const REFUSED_TIMESTAMP = REFUSED_LINE.slice(0, 'yyyy/mm/dd hh:mm:ss'.length);
const ACCESS_LINE = '172.20.0.1 - - [28/May/2018:10:31:17 +0000] "GET / HTTP/1.1" 200 18 "-" "Mozilla/5.0 (pc-x86_64-linux-gnu) Siege/4.0.4"';

/** Opens the checker and waits until its rules (and worker) are loaded, so later requests are counted. */
async function openChecker(page: Page, path = '/checker/') {
  await page.goto(path);
  const input = page.getByRole('textbox', { name: 'Log text' });
  await input.focus();
  await expect(page.getByRole('status').filter({ hasText: /Ready/ })).toBeVisible();
  return input;
}

async function pasteText(page: Page, text: string) {
  // Setting the value and firing `input` is what a paste does to a textarea; fill() would type 10 MB slowly.
  await page.locator('[data-checker-input]').evaluate((element, value) => {
    (element as HTMLTextAreaElement).value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

test('a pasted 502 line names the 502 article and its cause, and the fix link lands on the cause', async ({ page }) => {
  const input = await openChecker(page);
  await input.fill(REFUSED_LINE);
  const results = page.locator('[data-checker-results]');
  await expect(results).toContainText(article502.data.title);
  const cause = article502.data.causes.find((c) => c.id === refusedPattern.cause)!;
  await expect(page.getByRole('status')).toContainText(cause.title);
  await expect(results.locator('pre')).toContainText('connect() failed (111: Connection refused)');
  await expect(results).toContainText('ECONNREFUSED');
  // The fields: marked in the line and listed below it.
  await expect(results.locator('pre span[title="upstream"]')).toHaveText(REFUSED_UPSTREAM);
  await expect(results.locator('pre span[title="timestamp"]')).toHaveText(REFUSED_TIMESTAMP);
  await expect(results.locator('dl > div').filter({ hasText: 'upstream:' })).toContainText(REFUSED_UPSTREAM);
  const fix = results.locator('[data-checker-fix]');
  await expect(fix).toHaveAttribute('href', `/web-server/nginx-502-bad-gateway/#${cause.id}`);
  await fix.click();
  await expect(page).toHaveURL(new RegExp(`/web-server/nginx-502-bad-gateway/#${cause.id}$`));
  await expect(page.locator(`#${cause.id}`)).toBeInViewport();
});

test('a 1,000-line log is summarised with the right counts', async ({ page }) => {
  await openChecker(page);
  const lines: string[] = [];
  for (let i = 0; i < 1000; i++) lines.push(i % 5 < 3 ? REFUSED_LINE : ACCESS_LINE);
  await pasteText(page, lines.join('\n'));
  await expect(page.getByRole('status')).toContainText('1,000 lines checked');
  const refused = page.locator(`[data-summary-row="nginx-502-bad-gateway#${refusedPattern.cause}"]`);
  await expect(refused.locator('td').first()).toHaveText('600');
  await expect(refused).toContainText('1–998');
  await expect(page.locator('[data-summary-row="none"] td').first()).toHaveText('400');
  // One page of lines first, the rest on request.
  await expect(page.locator('[data-checker-results] li[data-line]')).toHaveCount(50);
  await page.getByRole('button', { name: /Show 50 more lines/ }).click();
  await expect(page.locator('[data-checker-results] li[data-line]')).toHaveCount(100);
  await expect(page.locator('li[data-line="51"]')).toBeFocused();
  // Lines come from the worker as plain data, with their fields.
  for (const line of ['1', '51']) {
    await expect(page.locator(`li[data-line="${line}"] pre span[title="upstream"]`)).toHaveText(REFUSED_UPSTREAM);
    await expect(page.locator(`li[data-line="${line}"] pre span[title="timestamp"]`)).toHaveText(REFUSED_TIMESTAMP);
  }
});

test('pasted HTML is shown as text and never run', async ({ page }) => {
  const input = await openChecker(page);
  const payload = '2026/11/25 10:01:02 [error] 1#1: <img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
  await input.fill(payload);
  const results = page.locator('[data-checker-results]');
  await expect(results.locator('pre')).toHaveText(payload);
  await expect(results.locator('img, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test('no network request is made while classifying, on the page or in the worker', async ({ page }) => {
  const input = await openChecker(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await input.fill(REFUSED_LINE);
  await expect(page.getByRole('status')).toContainText('Known error');
  await pasteText(page, Array.from({ length: 2000 }, (_, i) => (i % 2 ? REFUSED_LINE : ACCESS_LINE)).join('\n'));
  await expect(page.getByRole('status')).toContainText('2,000 lines checked');
  expect(requests).toEqual([]);
});

test('a 10 MB paste finishes in the worker while the page stays responsive', async ({ page }) => {
  test.setTimeout(90_000);
  await openChecker(page);
  const text = tenMegabyteLog(REFUSED_LINE, ACCESS_LINE);
  // The progress bar must have been shown while the worker ran.
  const { longestDelay, progressShown, status } = await pasteAndTimeMainThread(page, text);
  expect(status).toMatch(/lines checked/);
  expect(progressShown).toBe(true);
  // The figure (target < 100 ms on an idle machine) is reported, not asserted tightly: timings flake on a
  // loaded machine. A bound of one second still fails if the work ever runs on the main thread, which
  // blocks it for several seconds on 10 MB.
  test.info().annotations.push({ type: 'longest main-thread task during a 10 MB paste', description: `${Math.round(longestDelay)} ms` });
  console.log(`checker: longest main-thread delay during a 10 MB paste: ${Math.round(longestDelay)} ms`);
  expect(longestDelay).toBeLessThan(1000);
  await expect(page.locator('[data-checker-progress]')).toBeHidden();
  await expect(page.locator('[data-checker-pasted]')).toContainText('10.0 MB');
  const { lines } = { lines: text.split('\n').length - 1 };
  await expect(page.getByRole('status')).toContainText(`${lines.toLocaleString('en')} lines checked`);
});

test('an article offers its own example line one click away', async ({ page }) => {
  await page.goto('/web-server/nginx-502-bad-gateway/');
  await page.getByRole('button', { name: "Try this article's example line" }).click();
  await expect(page.getByRole('textbox', { name: 'Log text' })).toHaveValue(REFUSED_LINE);
  await expect(page.locator('[data-checker-results]')).toContainText(article502.data.title);
});

test('keyboard only: tab to the box, type, reach the fix link', async ({ page }) => {
  await page.goto('/checker/');
  const input = page.getByRole('textbox', { name: 'Log text' });
  for (let i = 0; i < 40 && !(await input.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  await page.keyboard.insertText(REFUSED_LINE);
  await expect(page.getByRole('status')).toContainText('Known error');
  // The first link after the box is the article title, then the fix link.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-checker-fix]')).toBeFocused();
});

test('a line typed while the checker loads is checked once: focus in its results stays put', async ({ page }) => {
  await page.clock.install();
  // Hold the rules until the line is typed: the checker then checks the box as soon as it has loaded.
  let releaseRules!: () => void;
  const rulesHeld = new Promise<void>((resolve) => (releaseRules = resolve));
  await page.route('**/checker-rules.json', async (route) => {
    await rulesHeld;
    await route.continue();
  });
  await page.goto('/checker/');
  const input = page.getByRole('textbox', { name: 'Log text' });
  await input.focus();
  // The widget is running (it hears the typing) but its rules have not arrived. From here the page's
  // timers run only when told, so the typing's debounced check waits until the results are shown.
  await expect(page.locator('[data-log-checker][data-checker-started]')).toBeAttached();
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await page.keyboard.insertText(REFUSED_LINE);
  releaseRules();
  await expect(page.getByRole('status')).toContainText('Known error');
  const fix = page.locator('[data-checker-fix]');
  await fix.focus();
  // Now the debounced check of the same text: it must not redraw the results under the reader's focus.
  await page.clock.runFor(1000);
  await expect(fix).toBeFocused();
});

test('a line that matches nothing says so and offers a search with its words', async ({ page }) => {
  const input = await openChecker(page);
  await input.fill('Nov 25 10:01:02 web1 myapp[4242]: widget frobnication stalled (111: Connection refused)');
  const results = page.locator('[data-checker-results]');
  await expect(results).toContainText('No known error matches this line.');
  await expect(results).toContainText('syslog');
  await expect(results).toContainText('ECONNREFUSED');
  const search = results.getByRole('link', { name: /Search the site for/ });
  const href = await search.getAttribute('href');
  expect(decodeURIComponent(href!)).toContain('widget frobnication stalled');
  expect(href).not.toContain('4242');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the checker with results has no axe violations in the ${theme} theme`, async ({ page }) => {
    const input = await openChecker(page);
    await page.evaluate((value) => document.documentElement.setAttribute('data-theme', value), theme);
    await pasteText(page, `${REFUSED_LINE}\n${ACCESS_LINE}\nplain words that match nothing`);
    await expect(page.getByRole('status')).toContainText('3 lines checked');
    await input.blur();
    const { violations } = await new AxeBuilder({ page }).include('[data-log-checker]').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

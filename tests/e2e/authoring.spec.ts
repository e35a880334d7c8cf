/**
 * Links back to the repository (npm test builds with REPO_URL set): "Edit this page" points at the
 * article's file, and "Suggest an article" carries a line the checker did not know only after the click.
 */
import { test, expect } from './fixtures.ts';

const REPO = process.env.REPO_URL;
const UNKNOWN_LINE = 'frobnicator[77]: flux capacitor misaligned by 3 degrees';

test.skip(!process.env.REPO_URL, 'the site was built without REPO_URL, so the repository links are hidden');

test('the edit link points at the article source file', async ({ page }) => {
  await page.goto('/web-server/nginx-502-bad-gateway/');
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
    'href',
    `${REPO}/edit/main/src/content/articles/nginx-502-bad-gateway.mdx`,
  );
  const report = new URL((await page.getByRole('link', { name: 'Report a problem' }).getAttribute('href'))!);
  expect(report.searchParams.get('title')).toBe('Problem with: Nginx 502 Bad Gateway: the upstream failed or did not answer');
});

test('suggest an article shows the line for editing and sends it only on click', async ({ page }) => {
  await page.addInitScript(() => {
    const opened: string[] = [];
    (window as unknown as { __opened: string[] }).__opened = opened;
    window.open = (url?: string | URL) => {
      opened.push(String(url));
      return null;
    };
  });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/checker/');
  await page.getByLabel('Log text').fill(UNKNOWN_LINE);
  await expect(page.getByText('No known error matches this line.')).toBeVisible();

  // Before the click, the line is in no link to the repository and in no request.
  expect(await page.locator('a[href*="flux"]:not([href^="/"])').count()).toBe(0);
  expect(requests.filter((url) => url.includes('flux') || url.includes('github.com'))).toEqual([]);

  await page.getByText('Suggest an article for this line').click();
  const text = page.getByLabel(/goes into a new public issue/);
  await expect(text).toHaveValue(UNKNOWN_LINE);
  await text.fill(`${UNKNOWN_LINE} (edited)`);
  expect(await page.evaluate(() => (window as unknown as { __opened: string[] }).__opened)).toEqual([]);

  await page.getByRole('button', { name: 'Open a prefilled issue' }).click();
  const [opened] = await page.evaluate(() => (window as unknown as { __opened: string[] }).__opened);
  const url = new URL(opened!);
  expect(`${url.origin}${url.pathname}`).toBe(`${REPO}/issues/new`);
  expect(url.searchParams.get('body')).toContain(`${UNKNOWN_LINE} (edited)`);
});

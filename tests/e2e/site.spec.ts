import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const ARTICLE = '/web-server/nginx-502-bad-gateway/';

test('home page lists categories with counts and the latest articles', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const webServer = page.getByRole('link', { name: /Web Server/ });
  await expect(webServer).toContainText(/\d+ articles?/);
  // Which articles are latest changes with every edit, so check the shape: six article links.
  const latest = page.getByRole('region', { name: 'Latest articles' });
  const hrefs = await latest.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  expect(hrefs.filter((href) => /^\/(?!tags\/)[^/]+\/[^/]+\/$/.test(href))).toHaveLength(6);
});

test('article page renders every section of the anatomy', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Nginx 502 Bad Gateway/);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Web Server');
  for (const heading of [
    'Quick answer',
    'Overview',
    'Key details',
    'Common causes',
    'How to fix it',
    'Frequently asked questions',
    'References',
  ]) {
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  for (const cause of ['upstream-down', 'socket-permissions', 'buffer-too-small', 'upstream-timeout']) {
    await expect(page.locator(`h3#${cause}`)).toHaveCount(1);
  }
  await expect(page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: '#nginx' })).toHaveAttribute('href', '/tags/nginx/');
  await expect(page.locator('time[datetime]')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('section:has(> #fix) pre').first()).toHaveText('sudo tail -50 /var/log/nginx/error.log');
});

test('every example line is shown with a link to where it was seen', async ({ page }) => {
  await page.goto(ARTICLE);
  const section = page.locator('section:has(> #seen-in-the-wild)');
  await expect(section.getByRole('heading', { name: 'Seen in the wild' })).toBeVisible();
  const items = section.getByRole('listitem');
  await expect(items.first().locator('code')).toContainText('connect() failed (111: Connection refused) while connecting to upstream');
  const links = await section
    .locator('a')
    .evaluateAll((anchors) => anchors.map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel'), text: a.textContent })));
  expect(links.length).toBe(await items.count());
  for (const link of links) {
    expect(link.href).toMatch(/^https:\/\//);
    expect(link.rel).toContain('noopener');
    expect(link.text?.trim()).not.toBe('');
  }
  await expect(section.getByRole('link', { name: 'nginx/nginx: src/event/ngx_event_connect.c' }).first()).toHaveAttribute(
    'href',
    'https://github.com/nginx/nginx/blob/master/src/event/ngx_event_connect.c',
  );
  await expect(page.locator('nav[aria-labelledby="toc-heading"] a[href="#seen-in-the-wild"]')).toHaveText('Seen in the wild');
});

test('a cause anchor scrolls its heading into view', async ({ page }) => {
  await page.goto(`${ARTICLE}#socket-permissions`);
  await expect(page.locator('h3#socket-permissions')).toBeInViewport();
});

test('FAQ entries are disclosure widgets that open with the keyboard', async ({ page }) => {
  await page.goto(ARTICLE);
  const first = page.locator('details#faq-1');
  await expect(first).not.toHaveAttribute('open');
  await first.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('open', '');
});

test('the copy button puts the step command on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(ARTICLE);
  await page.getByRole('button', { name: 'Copy step 1 command' }).click();
  await expect(page.getByRole('button', { name: 'Copy step 1 command' })).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('sudo tail -50 /var/log/nginx/error.log');
});

test('category and tag pages list the article', async ({ page }) => {
  await page.goto('/web-server/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Web Server errors');
  await expect(page.getByRole('link', { name: /Nginx 502 Bad Gateway/ })).toHaveAttribute('href', ARTICLE);
  await page.goto('/tags/nginx/');
  await expect(page.getByRole('link', { name: /Nginx 502 Bad Gateway/ })).toHaveAttribute('href', ARTICLE);
  await page.goto('/articles/');
  await expect(page.getByRole('link', { name: /Nginx 502 Bad Gateway/ })).toBeVisible();
});

test('an unknown URL serves the 404 page with a way forward', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('404');
  await expect(page.getByRole('main').getByRole('link', { name: 'log checker' })).toBeVisible();
});

test('the theme toggle switches theme and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(ARTICLE);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
});

test('without a stored choice the theme follows the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

const PAGES = ['/', ARTICLE, '/web-server/', '/tags/', '/tags/nginx/', '/articles/', '/no/such/page/'];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  for (const path of PAGES) {
    test(`axe finds no violations on ${path} in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expectNoAxeViolations(page);
    });
  }
}

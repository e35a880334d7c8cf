/**
 * What search engines, feed readers and link previews read from the built site: head metadata on
 * every page type, JSON-LD that validates and says what the page shows, per-article social images,
 * the sitemap, robots.txt, the feed and the manifest. Also proves the CSP fixture catches violations.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { validateJsonLd } from '../lib/validate-json-ld.ts';
import { metaContentSecurityPolicy } from '../../src/lib/seo/security-policy.ts';

const SITE = new URL(process.env.SITE_URL ?? 'https://errorcodes.wiki');
const DIST = resolve(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist');
const ARTICLE = '/web-server/nginx-502-bad-gateway/';
const PAGE_TYPES = ['/', ARTICLE, '/web-server/', '/tags/', '/tags/nginx/', '/articles/', '/search/', '/checker/'];
const absolute = (path: string) => new URL(path, SITE).href;

/** Site paths of every built HTML page (Pagefind's output is not pages). */
function builtPages(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' && dir === DIST ? [] : builtPages(path);
    return name.endsWith('.html') ? [`/${relative(DIST, path).replace(/(^|\/)index\.html$/, '$1')}`] : [];
  });
}

async function sitemapEntries(page: Page): Promise<{ loc: string; lastmod: string | undefined }[]> {
  const xml = await (await page.request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g)].map((m) => ({ loc: m[1]!, lastmod: m[2] }));
}

const isArticlePath = (path: string) => /^\/(?!tags\/)[^/]+\/[^/]+\/$/.test(path);

/** What this test reads of an article page's three JSON-LD blocks: TechArticle, FAQPage, BreadcrumbList. */
type ArticleJsonLd = [
  { headline: string; description: string; url: string; dateModified: string; keywords: string },
  { mainEntity: { name: string; acceptedAnswer: { text: string } }[] },
  { itemListElement: { name: string; item: string }[] },
];

const meta = (page: Page, key: string) => page.locator(`meta[name="${key}"], meta[property="${key}"]`);

for (const path of PAGE_TYPES) {
  test(`${path} has title, description, canonical URL, social cards, icons and language`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', metaContentSecurityPolicy());
    await expect(page).toHaveTitle(/\S.*Error Codes Wiki|^Error Codes Wiki$/);
    const description = await meta(page, 'description').getAttribute('content');
    expect(description?.length).toBeGreaterThan(20);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', absolute(path));
    await expect(meta(page, 'og:url')).toHaveAttribute('content', absolute(path));
    await expect(meta(page, 'og:title')).toHaveAttribute('content', /\S/);
    await expect(meta(page, 'og:description')).toHaveAttribute('content', description!);
    await expect(meta(page, 'twitter:card')).toHaveAttribute('content', 'summary_large_image');
    const image = await meta(page, 'og:image').getAttribute('content');
    expect(image).toMatch(new RegExp(`^${SITE.origin}/og/.+\\.png$`));
    await expect(meta(page, 'twitter:image')).toHaveAttribute('content', image!);
    for (const link of [
      'link[rel="icon"]',
      'link[rel="manifest"]',
      'link[rel="apple-touch-icon"]',
      'link[rel="alternate"][type="application/atom+xml"]',
      'link[rel="search"]',
    ]) {
      const href = await page.locator(link).getAttribute('href');
      expect((await page.request.get(href!)).status(), `${link} ${href}`).toBe(200);
    }
  });
}

test('the 404 page is not indexed and claims no canonical URL', async ({ page }) => {
  await page.goto('/no/such/page/');
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await expect(meta(page, 'robots')).toHaveAttribute('content', 'noindex');
});

test('each article has its own 1200×630 social image', async ({ page }) => {
  const articles = (await sitemapEntries(page)).map((e) => new URL(e.loc).pathname).filter(isArticlePath);
  expect(articles.length).toBeGreaterThan(1);
  // Two requests an article and no rendering: the time grows with the corpus, so allow for it.
  test.setTimeout(30_000 + articles.length * 500);
  const images = new Set<string>();
  for (const path of articles) {
    const html = await (await page.request.get(path)).text();
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(image, path).toBe(absolute(`/og${path.replace(/\/$/, '')}.png`));
    images.add(image);
    const png = await (await page.request.get(new URL(image).pathname)).body();
    // PNG signature, then the IHDR chunk: width and height as 32-bit big-endian integers.
    expect(png.subarray(1, 4).toString('latin1'), path).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
  }
  expect(images.size).toBe(articles.length);
});

test('JSON-LD on every article validates and says what the page shows', async ({ page }) => {
  const entries = (await sitemapEntries(page)).filter((e) => isArticlePath(new URL(e.loc).pathname));
  // One page visit per article, so the time allowed grows with the corpus.
  test.setTimeout(30_000 + entries.length * 1_500);
  for (const { loc } of entries) {
    const path = new URL(loc).pathname;
    await page.goto(path);
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (text) => JSON.parse(text) as { '@type': string },
    );
    expect(
      blocks.map((b) => b['@type']),
      path,
    ).toEqual(['TechArticle', 'FAQPage', 'BreadcrumbList']);
    for (const block of blocks) expect(validateJsonLd(block), `${path} ${block['@type']}`).toEqual([]);
    // Their types were checked just above.
    const [article, faq, breadcrumb] = blocks as unknown as ArticleJsonLd;

    expect(article.headline, path).toBe((await page.getByRole('heading', { level: 1 }).textContent())?.trim());
    expect(article.description, path).toBe(await meta(page, 'description').getAttribute('content'));
    expect(article.url, path).toBe(loc);
    expect(article.dateModified, path).toBe(await page.locator('article header time').getAttribute('datetime'));
    const tags = (await page.getByRole('list', { name: 'Tags' }).getByRole('link').allTextContents()).map((t) =>
      t.trim().replace(/^#/, ''),
    );
    expect(article.keywords, path).toBe(tags.join(', '));

    const details = page.locator('details[id^="faq-"]');
    const shown = await details.evaluateAll((items) =>
      items.map((item) => ({
        q: item.querySelector('summary')!.textContent.trim(),
        a: item.querySelector('summary + *')!.textContent.trim(),
      })),
    );
    expect(
      faq.mainEntity.map((q) => ({ q: q.name, a: q.acceptedAnswer.text })),
      path,
    ).toEqual(shown);

    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem');
    const names = (await crumbs.allTextContents()).map((t) => t.replace(/^\s*\/\s*/, '').trim());
    const hrefs = await crumbs.evaluateAll((items) => items.map((item) => item.querySelector('a')?.getAttribute('href') ?? null));
    expect(
      breadcrumb.itemListElement.map((i) => i.name),
      path,
    ).toEqual(names);
    expect(
      breadcrumb.itemListElement.map((i) => i.item),
      path,
    ).toEqual(hrefs.map((href) => absolute(href ?? path)));
  }
});

test('the sitemap lists every built page once, each answering 200, with article dates', async ({ page }) => {
  const entries = await sitemapEntries(page);
  const listed = entries.map((e) => new URL(e.loc).pathname);
  expect(new Set(listed).size).toBe(listed.length);
  expect(entries.every((e) => e.loc.startsWith(`${SITE.origin}/`))).toBe(true);
  const pages = builtPages().filter((path) => path !== '/404.html');
  expect([...listed].sort()).toEqual([...pages].sort());
  for (const path of listed) expect((await page.request.get(path)).status(), path).toBe(200);
  const article = entries.find((e) => e.loc === absolute(ARTICLE))!;
  await page.goto(ARTICLE);
  expect(article.lastmod).toBe(await page.locator('article header time').getAttribute('datetime'));
});

test('robots.txt allows crawling and points to the sitemap', async ({ page }) => {
  const robots = await (await page.request.get('/robots.txt')).text();
  expect(robots).toContain('User-agent: *');
  expect(robots).toContain(`Sitemap: ${absolute('/sitemap.xml')}`);
});

test('the Atom feed has every article, newest change first, linking to live pages', async ({ page }) => {
  const xml = await (await page.request.get('/feed.xml')).text();
  const entries = [...xml.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>[\s\S]*?<updated>([^<]+)<\/updated>[\s\S]*?<\/entry>/g)].map((m) => ({
    id: m[1]!,
    updated: m[2]!,
  }));
  const articles = (await sitemapEntries(page)).filter((e) => isArticlePath(new URL(e.loc).pathname)).map((e) => e.loc);
  expect(entries.map((e) => e.id).sort()).toEqual([...articles].sort());
  const dates = entries.map((e) => e.updated);
  expect(dates).toEqual([...dates].sort().reverse());
  expect(xml).toContain(`<updated>${dates[0]}</updated>`);
});

test('the web manifest names the site and its icons exist', async ({ page }) => {
  const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as {
    name: string;
    start_url: string;
    icons: { src: string }[];
  };
  expect(manifest.name).toBe('Error Codes Wiki');
  expect(manifest.start_url).toBe('/');
  for (const icon of manifest.icons) expect((await page.request.get(icon.src)).status(), icon.src).toBe(200);
});

test('no built page has an inline script, which the CSP header would block', () => {
  // Executable inline scripts only: JSON-LD data blocks are not run and not subject to script-src.
  const inline = /<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/;
  const offenders = builtPages().filter((path) =>
    inline.test(readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8')),
  );
  expect(offenders).toEqual([]);
});

test('the CSP fixture catches a blocked inline script', async ({ page, cspViolations }) => {
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.injected = "yes";';
    document.head.append(script);
  });
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  expect(cspViolations.join('\n')).toMatch(/script-src/);
  await expect(page.locator('body')).not.toHaveAttribute('data-injected', 'yes');
  // Seen and proven: clear them so the fixture's own check passes.
  cspViolations.length = 0;
});

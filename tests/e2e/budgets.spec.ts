/**
 * Byte budgets (bytes are deterministic, so they are asserted; timings are only printed by the bench).
 * Each failure names the page, the asset kind and the size.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { readAllArticles } from '../../scripts/lib/read-articles.ts';
import { BUDGETS, gzipBytes, measurePage } from '../../scripts/lib/page-weight.ts';

const PAGE_TYPES = ['/', '/web-server/nginx-502-bad-gateway/', '/web-server/', '/tags/nginx/', '/articles/', '/checker/', '/search/'];
const ARTICLE = '/web-server/nginx-502-bad-gateway/';

for (const path of PAGE_TYPES) {
  test(`CSS on ${path} stays within ${BUDGETS.cssGzip / 1024} KB gzipped`, async ({ page, baseURL }) => {
    const weight = await measurePage(page, baseURL!, path);
    const css = weight.assets.filter((a) => a.kind === 'css').map((a) => `${a.url}: ${a.bytes.gzip} B`);
    expect(weight.css.gzip, `${path} CSS is ${weight.css.gzip} B gzipped (${css.join(', ')})`).toBeLessThanOrEqual(BUDGETS.cssGzip);
  });
}

test(`JavaScript before interaction on an article stays within ${BUDGETS.articleJsGzip / 1024} KB gzipped`, async ({ page, baseURL }) => {
  const weight = await measurePage(page, baseURL!, ARTICLE);
  const scripts = weight.assets.filter((a) => a.kind === 'js').map((a) => `${a.url}: ${a.bytes.gzip} B`);
  expect(
    weight.js.gzip,
    `${ARTICLE} loads ${weight.js.gzip} B of JS gzipped before interaction: ${scripts.join(', ')}`,
  ).toBeLessThanOrEqual(BUDGETS.articleJsGzip);
});

test(`every article's HTML stays within ${BUDGETS.articleHtmlGzip / 1024} KB gzipped`, () => {
  const oversized = readAllArticles()
    .filter((article) => !article.data.draft)
    .map((article) => {
      const file = join('dist', article.data.category, article.id, 'index.html');
      return { file, gzip: gzipBytes(readFileSync(file)).gzip };
    })
    .filter(({ gzip }) => gzip > BUDGETS.articleHtmlGzip)
    .map(({ file, gzip }) => `${file}: ${gzip} B gzipped`);
  expect(oversized).toEqual([]);
});

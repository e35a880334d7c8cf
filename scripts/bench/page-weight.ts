/**
 * Page weight on the real built site: HTML, CSS and JavaScript loaded before any interaction, raw and
 * gzipped, for each page type. Needs a build (`npm run build`).
 */
import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from '../../tests/e2e/browser.ts';
import { BUDGETS, measurePage } from '../lib/page-weight.ts';
import { withStaticServer } from '../lib/static-server.ts';
import { printRows, type BenchPart, type BenchRow } from './types.ts';

export const PAGE_TYPES = [
  { name: 'home', path: '/' },
  { name: 'article', path: '/web-server/nginx-502-bad-gateway/' },
  { name: 'category', path: '/web-server/' },
  { name: 'checker', path: '/checker/' },
  { name: 'search', path: '/search/' },
];

const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));

export const run: BenchPart = async () =>
  withStaticServer(4351, async (baseUrl) => {
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    const rows: BenchRow[] = [];
    try {
      for (const { name, path } of PAGE_TYPES) {
        const page = await browser.newPage();
        const weight = await measurePage(page, baseUrl, path);
        await page.close();
        const group = `page weight: ${name} (${path})`;
        const isArticle = name === 'article';
        rows.push({ group, metric: 'HTML raw', value: kb(weight.html.raw), unit: 'KB' });
        rows.push({
          group,
          metric: 'HTML gzip',
          value: kb(weight.html.gzip),
          unit: 'KB',
          ...(isArticle && { target: `≤ ${kb(BUDGETS.articleHtmlGzip)} KB`, pass: weight.html.gzip <= BUDGETS.articleHtmlGzip }),
        });
        rows.push({ group, metric: 'CSS raw', value: kb(weight.css.raw), unit: 'KB' });
        rows.push({
          group,
          metric: 'CSS gzip',
          value: kb(weight.css.gzip),
          unit: 'KB',
          target: `≤ ${kb(BUDGETS.cssGzip)} KB`,
          pass: weight.css.gzip <= BUDGETS.cssGzip,
        });
        rows.push({ group, metric: 'JS before interaction raw', value: kb(weight.js.raw), unit: 'KB' });
        rows.push({
          group,
          metric: 'JS before interaction gzip',
          value: kb(weight.js.gzip),
          unit: 'KB',
          ...(isArticle && { target: `≤ ${kb(BUDGETS.articleJsGzip)} KB`, pass: weight.js.gzip <= BUDGETS.articleJsGzip }),
        });
      }
    } finally {
      await browser.close();
    }
    return rows;
  });

if (import.meta.main) printRows(await run());

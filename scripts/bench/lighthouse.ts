/**
 * Lighthouse (from npm) in Debian Chromium against the built site for home, an article and the
 * checker: prints the four category scores and the audits that failed. Targets: Performance ≥ 98,
 * Accessibility, Best Practices and SEO 100.
 */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { chromiumExecutable, CHROMIUM_ARGS } from '../../tests/e2e/browser.ts';
import { withStaticServer } from '../lib/static-server.ts';
import { printRows, type BenchPart, type BenchRow } from './types.ts';

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'article', path: '/web-server/nginx-502-bad-gateway/' },
  { name: 'checker', path: '/checker/' },
];
const TARGETS: Record<string, number> = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };

export const run: BenchPart = async () =>
  withStaticServer(4352, async (baseUrl) => {
    const chrome = await launch({
      chromePath: chromiumExecutable(),
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    });
    const rows: BenchRow[] = [];
    try {
      for (const { name, path } of PAGES) {
        const result = await lighthouse(new URL(path, baseUrl).href, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: Object.keys(TARGETS),
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned no result for ${path}`);
        if (lhr.runtimeError) console.error(`lighthouse ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const group = `lighthouse: ${name} (${path})`;
        for (const [id, target] of Object.entries(TARGETS)) {
          const score = Math.round((lhr.categories[id]?.score ?? 0) * 100);
          rows.push({
            group,
            metric: lhr.categories[id]?.title ?? id,
            value: score,
            unit: '',
            target: `≥ ${target}`,
            pass: score >= target,
          });
        }
        // Only audits that carry weight in a category's score count as failures; "insights" are advice.
        const weighted = new Set(Object.values(lhr.categories).flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id)));
        const failing = Object.values(lhr.audits)
          .filter((audit) => weighted.has(audit.id) && audit.score !== null && audit.score < 0.9)
          .map((audit) => audit.id);
        if (failing.length > 0) console.error(`lighthouse ${path}: audits below 0.9: ${failing.join(', ')}`);
        rows.push({
          group,
          metric: `failing audits${failing.length ? `: ${failing.join(', ')}` : ''}`,
          value: failing.length,
          unit: '',
          target: '0',
          pass: failing.length === 0,
        });
      }
    } finally {
      chrome.kill();
    }
    return rows;
  });

if (import.meta.main) printRows(await run());

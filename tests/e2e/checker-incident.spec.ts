/** The checker during an incident: a shared link re-runs the same check, and a timeline shows when errors happened. */
import { test, expect } from './fixtures.ts';
import { ACCESS_LINE, openChecker, pasteText, REFUSED_LINE, REFUSED_PATTERN } from './checker-page.ts';

const ROW_502 = `[data-summary-row="nginx-502-bad-gateway#${REFUSED_PATTERN.cause}"]`;

// 10,000-line checks and their charts: more than the default 30 s on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

const two = (n: number) => String(n).padStart(2, '0');

/** 10,000 lines over one hour: access lines each second or so, a 502 now and then, and 300 in one minute. */
function incidentLog(): { text: string; burstMinute: string } {
  const lines: string[] = [];
  const refusedMessage = REFUSED_LINE.slice('2020/05/07 03:15:12'.length);
  const accessRest = ACCESS_LINE.slice(ACCESS_LINE.indexOf(']'));
  for (let i = 0; i < 10_000; i++) {
    const second = Math.floor((i * 3600) / 10_000);
    const [m, s] = [Math.floor(second / 60), second % 60];
    const burst = i >= 6000 && i < 6300;
    if (burst) lines.push(`2018/05/28 10:37:${two((i - 6000) % 60)}${refusedMessage}`);
    else if (i % 500 === 0) lines.push(`2018/05/28 10:${two(m)}:${two(s)}${refusedMessage}`);
    else lines.push(`172.20.0.1 - - [28/May/2018:10:${two(m)}:${two(s)} +0000${accessRest}`);
  }
  return { text: lines.join('\n'), burstMinute: '2018-05-28T10:37' };
}

test('a copied link opens the same check in a new page; the log never goes over the network', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const requests: string[] = [];
  context.on('request', (request) => requests.push(`${request.url()} ${request.postData() ?? ''}`));
  await openChecker(page);
  const log = [REFUSED_LINE, ACCESS_LINE, REFUSED_LINE, 'plain words that match nothing'].join('\n');
  await pasteText(page, log);
  await expect(page.getByRole('status').first()).toContainText('4 lines checked');
  const summary = await page.locator('[data-summary-row]').allInnerTexts();
  await page.getByRole('button', { name: 'Copy link to this check' }).click();
  await expect(page.locator('[data-checker-share-status]')).toContainText('Link copied');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toMatch(/\/checker\/#log1=[\w-]+$/);

  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole('status').first()).toContainText('4 lines checked');
  expect(await other.locator('[data-summary-row]').allInnerTexts()).toEqual(summary);
  await expect(other.locator('[data-checker-input]')).toHaveValue(log);
  const marker = 'connect() failed';
  expect(
    requests.filter((entry) => entry.includes('log1=') || entry.includes(marker) || entry.includes(encodeURIComponent(marker))),
  ).toEqual([]);
});

test('a damaged or hostile shared link shows an error, never HTML', async ({ page }) => {
  for (const hash of ['#log1=AAAA', '#log1=<img src=x onerror="document.title=1">', '#log1=3q2-7w']) {
    await page.goto(`/checker/${hash}`);
    await expect(page.getByRole('status').first()).toContainText('This shared link could not be opened', { timeout: 20_000 });
    await expect(page.locator('[data-checker-results] img')).toHaveCount(0);
    expect(await page.title()).not.toBe('1');
  }
});

test('a log too long for a link says so instead of making a broken link', async ({ page }) => {
  await openChecker(page);
  // Lines that do not compress: each carries a different pseudo-random token.
  const lines = Array.from(
    { length: 12_000 },
    (_, i) => `${ACCESS_LINE} ${(((i + 1) * 2654435761) % 4294967296).toString(36)}${(i * 40503).toString(36)}`,
  );
  await pasteText(page, lines.join('\n'));
  await expect(page.getByRole('status').first()).toContainText('12,000 lines checked', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Copy link to this check' }).click();
  await expect(page.locator('[data-checker-share-status]')).toContainText('too large to share as a link', { timeout: 20_000 });
});

test('a burst of 502s in one minute is the peak of its timeline, with a text alternative', async ({ page }) => {
  await openChecker(page);
  const { text, burstMinute } = incidentLog();
  await pasteText(page, text);
  await expect(page.getByRole('status').first()).toContainText('10,000 lines checked', { timeout: 60_000 });
  const strip = page.locator(`${ROW_502} [data-timeline]`);
  await expect(strip).toHaveAttribute('data-peak', /^2018-05-28T/, { timeout: 15_000 });
  // The peak's bin (its width depends on the span: one hour gives two-minute bins) holds the burst.
  const [peakStart, peakEnd] = [
    Date.parse((await strip.getAttribute('data-peak'))!),
    Date.parse((await strip.getAttribute('data-peak-end'))!),
  ];
  const burst = Date.parse(`${burstMinute}:00Z`);
  expect(peakStart <= burst && burst + 59_000 < peakEnd).toBe(true);
  const peakLabel = new Date(peakStart).toISOString().slice(11, 16);
  await expect(strip.locator('.sr-only')).toContainText(
    new RegExp(`319 records from 2018-05-28 10:00.* to 2018-05-28 10:5\\d.*; peak 30\\d at 2018-05-28 ${peakLabel}`),
  );
  const overall = page.locator('figure[data-timeline="overall"]');
  await expect(overall.locator('figcaption')).toContainText(new RegExp(`peak \\d[\\d,]* at 2018-05-28 ${peakLabel}`));
  await expect(overall.locator('svg rect').first()).toBeAttached();
});

for (const theme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    test(`the timeline fits and reads at ${width} px in the ${theme} theme`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await openChecker(page);
      await page.evaluate((value) => document.documentElement.setAttribute('data-theme', value), theme);
      await pasteText(page, incidentLog().text);
      const overall = page.locator('figure[data-timeline="overall"]');
      await expect(overall).toBeVisible({ timeout: 60_000 });
      const box = (await overall.boundingBox())!;
      expect(box.width).toBeGreaterThan(width * 0.6);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      // Bars are drawn, in a colour that differs from the page's background in this theme.
      const [bar, background] = await page.evaluate(() => {
        const rect = document.querySelector('figure[data-timeline="overall"] svg rect:nth-of-type(2)')!;
        return [getComputedStyle(rect).fill, getComputedStyle(document.body).backgroundColor];
      });
      expect(bar).not.toBe(background);
      await page.locator('[data-summary-count]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`timeline-${theme}-${width}.png`) });
    });
  }
}

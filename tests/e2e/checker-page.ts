/** What the checker's browser tests share: its real example lines, and opening and pasting into the checker. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { readAllArticles } from '../../scripts/lib/read-articles.ts';

// The lines come from the articles themselves, so the tests follow the content instead of copying it.
const article502 = readAllArticles().find((article) => article.id === 'nginx-502-bad-gateway');
const refusedPattern = article502?.data.patterns.find((pattern) => pattern.id === 'connect-refused');
const refusedExample = refusedPattern?.examples[0];
if (!article502 || !refusedPattern || !refusedExample)
  throw new Error('nginx-502-bad-gateway has no connect-refused pattern with an example');
export const ARTICLE_502 = article502;
export const REFUSED_PATTERN = refusedPattern;
/** nginx-502-bad-gateway's own example of an upstream refusing the connection. */
export const REFUSED_LINE = refusedExample.line;
/** A successful request in nginx's combined format (Docker issue docker-library/php#655): no error in it. */
export const ACCESS_LINE =
  '172.20.0.1 - - [28/May/2018:10:31:17 +0000] "GET / HTTP/1.1" 200 18 "-" "Mozilla/5.0 (pc-x86_64-linux-gnu) Siege/4.0.4"';

/** Opens the checker and waits until its rules (and worker) are loaded, so later requests are counted. */
export async function openChecker(page: Page, path = '/checker/'): Promise<Locator> {
  await page.goto(path);
  const input = page.getByRole('textbox', { name: 'Log text' });
  await input.focus();
  await expect(page.getByRole('status').filter({ hasText: /Ready/ })).toBeVisible({ timeout: 30_000 });
  return input;
}

export async function pasteText(page: Page, text: string): Promise<void> {
  // Setting the value and firing `input` is what a paste does to a textarea; fill() would type 10 MB slowly.
  await page.locator('[data-checker-input]').evaluate((element, value) => {
    (element as HTMLTextAreaElement).value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

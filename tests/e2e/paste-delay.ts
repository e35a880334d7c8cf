/**
 * Pastes text into the checker on `page` (its rules already loaded) and measures how long the main
 * thread was unresponsive until the result was announced: the longest wait for a zero-delay timer.
 * Shared by the browser test (which bounds it loosely) and the bench (which reports it).
 */
import type { Page } from '@playwright/test';

export interface PasteTiming {
  longestDelay: number;
  progressShown: boolean;
  status: string | null;
}

export function pasteAndTimeMainThread(page: Page, text: string): Promise<PasteTiming> {
  return page.evaluate(async (value) => {
    const input = document.querySelector<HTMLTextAreaElement>('[data-checker-input]')!;
    const status = document.querySelector<HTMLElement>('[data-checker-status]')!;
    const progress = document.querySelector<HTMLProgressElement>('[data-checker-progress]')!;
    let progressShown = false;
    new MutationObserver(() => (progressShown ||= !progress.hidden)).observe(progress, { attributes: true });
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', value);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    let longestDelay = 0;
    const started = performance.now();
    while (!/lines checked/.test(status.textContent ?? '') && performance.now() - started < 60_000) {
      const before = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 0));
      longestDelay = Math.max(longestDelay, performance.now() - before);
    }
    return { longestDelay, progressShown, status: status.textContent };
  }, text);
}

/** About 10 MB of log: an error line and an access line, repeated. */
export function tenMegabyteLog(errorLine: string, accessLine: string): string {
  const pair = `${errorLine}\n${accessLine}\n`;
  return pair.repeat(Math.ceil((10 * 1024 * 1024) / pair.length));
}

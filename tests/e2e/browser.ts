/**
 * Which Chromium the browser tests drive: $CHROMIUM_PATH if set, else a browser Playwright installed
 * itself (a normal laptop after `npx playwright install`), else Debian's /usr/bin/chromium (CI here).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumExecutable(): string {
  const candidates = [process.env.CHROMIUM_PATH, safePlaywrightPath(), '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => path !== undefined && existsSync(path));
  if (!found) {
    throw new Error("No Chromium found. Set CHROMIUM_PATH, run `npx playwright install chromium`, or install Debian's chromium package.");
  }
  return found;
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

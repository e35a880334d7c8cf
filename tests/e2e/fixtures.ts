/**
 * The `test` every browser spec imports: it fails a test when the page reports a Content-Security-
 * Policy violation, so a script, style, worker or fetch the policy blocks cannot slip through while
 * the page still looks fine. Violations are caught two ways: the browser's console message
 * ("Refused to … because it violates the following Content Security Policy directive") and the
 * `securitypolicyviolation` DOM event (which also reports violations Chrome does not log).
 *
 *   import { test, expect } from './fixtures.ts';
 */
import { test as base, expect } from '@playwright/test';

export { expect };

const CSP_MESSAGE = /Content[ -]Security[ -]Policy/i;

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (CSP_MESSAGE.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
      });
      await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
          const blocked = event.blockedURI || 'inline code';
          void report(`${location.href}: ${event.effectiveDirective} blocked ${blocked} (${event.sourceFile}:${event.lineNumber})`);
        });
      });
      await use(violations);
      expect([...new Set(violations)], 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

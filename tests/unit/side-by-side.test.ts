import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { sideBySide } from '../../src/integrations/side-by-side.ts';

/** A stand-in for Astro's logger: fork() names the integration a line comes from. */
const logger = (label: string, lines: string[]) =>
  ({
    label,
    fork: (name: string) => logger(name, lines),
    info: (line: string) => lines.push(`${label}: ${line}`),
  }) as unknown as AstroIntegrationLogger;

type Hook = (options: { logger: AstroIntegrationLogger }) => unknown;
const call = (integration: AstroIntegration, hook: string, lines: string[]) =>
  (integration.hooks as Record<string, Hook>)[hook]!({ logger: logger(integration.name, lines) });

test('build:done hooks run at the same time; other hooks one after the other; lines keep their names', async () => {
  const lines: string[] = [];
  const started: string[] = [];
  let release!: () => void;
  const bothStarted = new Promise<void>((resolve) => (release = resolve));
  const step = (name: string): AstroIntegration => ({
    name,
    hooks: {
      'astro:config:done': async ({ logger }) => {
        await new Promise((resolve) => setTimeout(resolve, name === 'first' ? 20 : 0));
        logger.info('configured');
      },
      // Each waits until both have started: run one after the other, they would never finish.
      'astro:build:done': async ({ logger }) => {
        started.push(name);
        if (started.length === 2) release();
        await bothStarted;
        logger.info('done');
      },
    },
  });
  const merged = sideBySide('both', step('first'), step('second'));
  await call(merged, 'astro:config:done', lines);
  assert.deepEqual(lines, ['first: configured', 'second: configured'], 'in order, though the first is slower');
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('build:done hooks ran one after the other')), 2000).unref());
  await Promise.race([call(merged, 'astro:build:done', lines), timeout]);
  assert.deepEqual(lines.slice(2).sort(), ['first: done', 'second: done']);
});

test('a failing build:done hook fails the build, once the others have finished', async () => {
  let otherFinished = false;
  const merged = sideBySide(
    'both',
    { name: 'fails', hooks: { 'astro:build:done': () => Promise.reject(new Error('broken links')) } },
    {
      name: 'slow',
      hooks: {
        'astro:build:done': async () => {
          await new Promise((resolve) => setTimeout(resolve, 30));
          otherFinished = true;
        },
      },
    },
  );
  await assert.rejects(call(merged, 'astro:build:done', []) as Promise<unknown>, /broken links/);
  assert.ok(otherFinished, 'the other step was not left running');
});

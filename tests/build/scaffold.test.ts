/** `npm run new` output must fail the build until its placeholder is replaced, then pass. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scaffold, slugify } from '../../scripts/new-article.ts';
import { EXAMPLE_PLACEHOLDER, EXAMPLE_SOURCE_PLACEHOLDER } from '../../src/lib/content/article-rules.ts';
import { runAstro, withScratchSite } from '../../scripts/lib/scratch-site.ts';

test('slugify turns a title into a readable file name', () => {
  assert.equal(slugify('Nginx 413: Request Entity Too Large!'), 'nginx-413-request-entity-too-large');
  assert.equal(slugify('  ÉTAT: ça marche?  '), 'etat-ca-marche');
});

test('a scaffolded article fails the build until a real example line and its source replace the placeholders', () => {
  withScratchSite((dir) => {
    const file = join(dir, 'src/content/articles/scaffold-check.mdx');
    writeFileSync(file, scaffold('Scaffold check', 'php', '2026-11-25'));

    const rejected = runAstro(dir, 'sync');
    assert.notEqual(rejected.status, 0);
    assert.match(rejected.output, /scaffold-check/);
    assert.match(rejected.output, /patterns\.0\.examples\.0/);
    assert.match(rejected.output, /scaffold placeholder/);
    assert.match(rejected.output, /placeholder source/);

    const filled = readFileSync(file, 'utf8')
      .replace(
        `'${EXAMPLE_PLACEHOLDER}'`,
        `'[23-Mar-2018 16:51:58] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it'`,
      )
      .replace(/match: '[^']*'/, "match: 'server reached pm\\.max_children setting \\(\\d+\\)'")
      .replace(EXAMPLE_SOURCE_PLACEHOLDER, 'https://github.com/php/php-src/blob/master/sapi/fpm/fpm/fpm_process_ctl.c');
    writeFileSync(file, filled);
    const accepted = runAstro(dir, 'sync');
    assert.equal(accepted.status, 0, accepted.output);
  });
});

/**
 * A malformed article must fail the real Astro build with a message naming the file, the field and
 * the fix. Each fixture is dropped into a scratch copy of the site, which is then synced or built.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runAstro, withScratchSite } from '../../scripts/lib/scratch-site.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/broken-articles');

function buildWithFixture(fixture: string, command: 'sync' | 'build') {
  return withScratchSite((dir) => {
    cpSync(join(FIXTURES, fixture), join(dir, 'src/content/articles', fixture));
    return runAstro(dir, command);
  });
}

const cases: { fixture: string; command: 'sync' | 'build'; expect: RegExp[] }[] = [
  {
    fixture: 'unknown-cause.mdx',
    command: 'sync',
    expect: [/patterns\.0\.cause/, /"missing-cause", which this article does not define/, /Use one of the ids under causes: "first-cause"/],
  },
  {
    fixture: 'example-does-not-match.mdx',
    command: 'sync',
    expect: [/patterns\.0\.examples\.0/, /example line does not match pattern "fixture-line"/],
  },
  {
    fixture: 'example-without-source.mdx',
    command: 'sync',
    expect: [/patterns\.0\.examples\.0/, /an example needs its source/, /source: 'https:\/\/…'/],
  },
  {
    fixture: 'regex-does-not-compile.mdx',
    command: 'sync',
    expect: [/patterns\.0\.match/, /not a valid regular expression/],
  },
  {
    fixture: 'duplicate-cause.mdx',
    command: 'sync',
    expect: [/causes\.1\.id/, /cause id "first-cause" is used twice/],
  },
  {
    fixture: 'description-too-long.mdx',
    command: 'sync',
    expect: [/description/, /longer than 160 characters/],
  },
  {
    fixture: 'unknown-related.mdx',
    command: 'build',
    expect: [/related\.0 "no-such-article" is not a published article/],
  },
];

for (const { fixture, command, expect } of cases) {
  test(`the build rejects ${fixture} and names the file and field`, () => {
    const { status, output } = buildWithFixture(fixture, command);
    assert.notEqual(status, 0, `astro ${command} should fail for ${fixture}`);
    assert.match(output, new RegExp(fixture.replace('.', '\\.')), 'the message names the file');
    for (const pattern of expect) assert.match(output, pattern);
  });
}

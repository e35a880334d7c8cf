/**
 * A malformed article must fail the real Astro build with a message naming the file, the field and
 * the fix. Each fixture is dropped into a scratch copy of the site, which is then synced or built.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runAstro, withScratchSite } from '../../scripts/lib/scratch-site.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/broken-articles');

/** `verdicts`: run `npm run verdicts` in the scratch site first, as a contributor would. */
function buildWithFixture(fixture: string, command: 'sync' | 'build', verdicts = false) {
  return withScratchSite((dir) => {
    cpSync(join(FIXTURES, fixture), join(dir, 'src/content/articles', fixture));
    if (verdicts) {
      const run = spawnSync(process.execPath, [join(ROOT, 'scripts/verdicts.ts')], { cwd: dir, encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
    }
    return runAstro(dir, command);
  });
}

const cases: { fixture: string; command: 'sync' | 'build'; verdicts?: boolean; expect: RegExp[] }[] = [
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
    // Bodies are rendered when content loads (src/content/article-loader.ts): their errors name the file too.
    fixture: 'callout-unknown-kind.mdx',
    command: 'sync',
    expect: [/callout-unknown-kind\.mdx: the MDX body could not be rendered: <Callout> needs kind= note, tip or warning \(got "danger"\)/],
  },
  {
    fixture: 'unknown-component.mdx',
    command: 'sync',
    expect: [/unknown-component\.mdx: the MDX body could not be rendered: .*`Unknown`/],
  },
  {
    fixture: 'unclosed-component.mdx',
    command: 'sync',
    expect: [/unclosed-component\.mdx: the MDX body could not be rendered/],
  },
  {
    fixture: 'unknown-related.mdx',
    command: 'build',
    expect: [/related\.0 "no-such-article" is not a published article/],
  },
  {
    // A pattern that only recheck can prove, added without `npm run verdicts`.
    fixture: 'missing-verdict.mdx',
    command: 'build',
    expect: [
      /has no verdict for 1 regex\. Run `npm run verdicts`/,
      /missing-verdict\.mdx, pattern "fixture-line": \/fixture error \\S\+x\\S\+ \\d\+\//,
    ],
  },
  {
    // "Up to 16 words" then a lookahead: exponential on V8, and re2js has no lookahead.
    fixture: 'exponential-pattern.mdx',
    command: 'build',
    verdicts: true,
    expect: [
      new RegExp(
        RegExp.escape('exponential-pattern.mdx, pattern "up-to-16-words" (fixture error: (?:\\w{1,16} ?){1,16}x(?=y)): ') +
          'recheck finds it can backtrack exponentially',
      ),
    ],
  },
];

for (const { fixture, command, verdicts, expect } of cases) {
  test(`the build rejects ${fixture} and names the file and field`, () => {
    const { status, output } = buildWithFixture(fixture, command, verdicts);
    assert.notEqual(status, 0, `astro ${command} should fail for ${fixture}`);
    assert.match(output, new RegExp(fixture.replace('.', '\\.')), 'the message names the file');
    for (const pattern of expect) assert.match(output, pattern);
  });
}

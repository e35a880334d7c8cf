/**
 * A malformed article must fail the real Astro build with a message naming the file, the field and
 * the fix. Each fixture is dropped into a scratch copy of the site, which is then synced or built.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/broken-articles');

function buildWithFixture(fixture: string, command: 'sync' | 'build') {
  const dir = mkdtempSync(join(tmpdir(), 'ecw-broken-'));
  try {
    for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    cpSync(join(FIXTURES, fixture), join(dir, 'src/content/articles', fixture));
    const result = spawnSync('npx', ['astro', command], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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

/** The packed `errcheck` command installs from its tarball alone and runs on the machine's own Node (≥ 20). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonLine } from '../../scripts/lib/check-log-output.ts';
import { QUIET, REFUSED } from '../lib/golden-lines.ts';

/** The oldest Node on the machine (a server's), else the one running the tests. */
function serverNode(): string {
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node']) if (existsSync(candidate)) return candidate;
  return process.execPath;
}

test('npm pack → install the tarball offline → errcheck checks a log with absolute article links', () => {
  const dir = mkdtempSync(join(tmpdir(), 'errcheck-test-'));
  try {
    const tarball = execFileSync(process.execPath, ['scripts/pack-cli.ts', join(dir, 'pack')], { encoding: 'utf8' }).trim();
    assert.match(tarball, /errcheck-\d+\.\d+\.\d+\.tgz$/);
    const install = join(dir, 'server');
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--prefix', install, tarball], { encoding: 'utf8' });
    const installed = JSON.parse(readFileSync(join(install, 'node_modules/errcheck/package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    assert.deepEqual(Object.keys(installed.dependencies ?? {}), [], 'no runtime dependencies');
    const bin = join(install, 'node_modules/errcheck/errcheck.mjs');
    const log = join(dir, 'error.log');
    writeFileSync(log, `${QUIET.line}\n${REFUSED.line}\n`);
    const node = serverNode();
    const run = spawnSync(node, [bin, log], { encoding: 'utf8' });
    assert.equal(run.status, 1, `${node}: ${run.stderr}`);
    assert.match(run.stdout, /fix: https:\/\/errorcodes\.wiki\/web-server\/nginx-502-bad-gateway\/#upstream-down/);
    const json = spawnSync(node, [bin, '--json', '--errors-only'], { input: `${QUIET.line}\n${REFUSED.line}\n`, encoding: 'utf8' });
    assert.equal((JSON.parse(json.stdout) as JsonLine).matches[0]?.article, 'nginx-502-bad-gateway');
    assert.equal(spawnSync(node, [bin, log.replace('error', 'missing')], { encoding: 'utf8' }).status, 2);
    assert.equal(spawnSync(node, [bin], { input: `${QUIET.line}\n`, encoding: 'utf8' }).status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

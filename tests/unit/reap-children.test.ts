/**
 * reap-children.ts: a child killed without waiting (as Pagefind's close() does to its binary) is
 * counted in the parent's resource usage once the parent waits for it, and children of other names
 * (esbuild's service, which lives as long as its parent) are not waited for.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const MODULE = resolve(import.meta.dirname, '../../src/integrations/reap-children.ts');

// A parent that starts a 300 MB child and a long `sleep`, kills the first without waiting, then waits for "node" children.
const PARENT = `
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { childPids, waitForExit } from ${JSON.stringify(MODULE)};
spawn('sleep', ['20'], { stdio: 'ignore' }).unref();
const hold300Mb = 'Buffer.alloc(300 * 2 ** 20, 1); console.log(1); setInterval(() => {}, 1000)';
const hog = spawn(process.execPath, ['-e', hold300Mb], { stdio: ['ignore', 'pipe', 'ignore'] });
await once(hog.stdout, 'data');
hog.stdout.destroy();
hog.unref();
const waitedFor = childPids('node');
hog.kill();
await waitForExit(waitedFor);
console.log(JSON.stringify({ waitedFor, hog: hog.pid }));
`;

test(
  'a killed child is reaped and counted in the resource usage; children of other names are not waited for',
  { skip: !existsSync('/usr/bin/time') || !existsSync('/proc/self/task') },
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecw-reap-'));
    try {
      writeFileSync(join(dir, 'parent.mjs'), PARENT);
      const started = performance.now();
      const run = spawnSync('/usr/bin/time', ['-f', '%M', '-o', join(dir, 'time'), process.execPath, join(dir, 'parent.mjs')], {
        encoding: 'utf8',
      });
      assert.equal(run.status, 0, run.stderr);
      const { waitedFor, hog } = JSON.parse(run.stdout) as { waitedFor: number[]; hog: number };
      assert.deepEqual(waitedFor, [hog]);
      assert.ok(performance.now() - started < 15_000, 'the sleep child was waited for');
      // GNU time reports the largest process reaped in its tree: the 300 MB child, not the small parent.
      const largestMb = Number(readFileSync(join(dir, 'time'), 'utf8').trim().split('\n').at(-1)) / 1024;
      assert.ok(largestMb >= 300, `largest process ${largestMb.toFixed(0)} MB`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

test(
  'a child that has exited but is not reaped yet is still found by name, and waited for until reaped',
  { skip: !existsSync('/proc/self/task') },
  async () => {
    const { spawn } = await import('node:child_process');
    const { childPids, waitForExit } = await import('../../src/integrations/reap-children.ts');
    const child = spawn('sleep', ['0'], { stdio: 'ignore' });
    // Blocking the event loop keeps Node from reaping it: it stays a zombie, with no executable left to read.
    const deadline = Date.now() + 5000;
    const state = () => readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]![0];
    while (state() !== 'Z' && Date.now() < deadline);
    assert.equal(state(), 'Z');
    assert.deepEqual(childPids('sleep'), [child.pid]);
    await waitForExit([child.pid!], 5000);
    assert.equal(existsSync(`/proc/${child.pid}`), false);
  },
);

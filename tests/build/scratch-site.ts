/** A disposable copy of the site (sharing node_modules) for tests that must run the real Astro build. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export function withScratchSite<T>(use: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'ecw-site-'));
  try {
    for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function runAstro(dir: string, command: 'sync' | 'build', env: Record<string, string> = {}) {
  const result = spawnSync('npx', ['astro', command], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * A disposable copy of the site (sharing node_modules) for the build tests and the build-scaling bench,
 * which must run the real Astro build without touching the working tree's dist/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
// .gitignore too: Tailwind skips ignored paths (dist/) when it scans for class names.
const SITE_ENTRIES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', '.gitignore'];
const BUILD_CACHES = ['.astro', '.cache', '.vite'];

/** Copies the site into a new temporary folder and returns it; the caller removes it. */
export function createScratchSite(prefix = 'ecw-site-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of SITE_ENTRIES) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  // The packages are shared, the caches are not: Astro (.astro), Vite (.vite) and the social cards
  // (.cache) keep build state in node_modules, and a scratch build must neither read the working tree's
  // nor overwrite it.
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (!BUILD_CACHES.includes(entry)) symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

export function withScratchSite<T>(use: (dir: string) => T): T {
  const dir = createScratchSite();
  try {
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

/**
 * `npm start`: build the site (pages + search index) when dist/ is missing or older than the sources,
 * then serve dist/ on http://localhost:4321.
 */
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'public', 'astro.config.mjs', 'package.json'];
const BUILD_MARKER = 'dist/index.html';

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

const needsBuild =
  process.argv.includes('--rebuild') ||
  !existsSync(BUILD_MARKER) ||
  SOURCES.filter(existsSync).some((source) => newestMtime(source) > statSync(BUILD_MARKER).mtimeMs);

if (needsBuild) {
  console.log('Building the site…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else {
  console.log('dist/ is up to date; serving it (pass --rebuild to force a build).');
}

const port = process.env.PORT ?? '4321';
const server = spawn('npx', ['astro', 'preview', '--port', port], { stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));

/**
 * `npm start`: build the site (pages + search index) when dist/ is missing or older than the sources,
 * then serve dist/ on http://localhost:4321.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createStaticServer } from './lib/static-server.ts';

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

const port = Number(process.env.PORT ?? 4321);
createStaticServer('dist').listen(port, 'localhost', () => {
  console.log(`Error Codes Wiki is being served on http://localhost:${port}/ (Ctrl+C to stop)`);
});

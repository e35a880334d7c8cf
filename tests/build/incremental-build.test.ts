/**
 * Incremental builds (experimental.incrementalBuild with the cache keys of page-cache-key.ts) must give
 * the same site as a cold build. A scratch copy is built cold, one article's text and another's title
 * are edited, and it is rebuilt with its caches kept; then the edited tree is built again from nothing.
 * Every file of the two outputs must be byte for byte the same (a page restored when it should have been
 * rendered again, e.g. one listing the retitled article, would differ).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createScratchSite, runAstro } from '../../scripts/lib/scratch-site.ts';

const ENV = { REPO_URL: 'https://github.com/example/error-codes-wiki' };

function filesUnder(dir: string, root = dir): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) for (const [file, bytes] of filesUnder(path, root)) files.set(file, bytes);
    else files.set(relative(root, path), readFileSync(path));
  }
  return files;
}

function build(dir: string): string {
  const { status, output } = runAstro(dir, 'build', ENV);
  assert.equal(status, 0, `the scratch build failed:\n${output.slice(-3000)}`);
  return output;
}

test('a rebuild after edits gives byte for byte the site a cold build of the edited tree gives', () => {
  const dir = createScratchSite('ecw-incremental-');
  const kept = `${dir}-incremental-dist`;
  try {
    build(dir);
    const articles = join(dir, 'src/content/articles');
    const edited = join(articles, 'connection-refused.mdx');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nA sentence added for the incremental build test.\n`);
    const retitled = join(articles, 'no-route-to-host.mdx');
    writeFileSync(retitled, readFileSync(retitled, 'utf8').replace(/^title: "/m, 'title: "Retitled: '));

    build(dir);
    // What Astro reuses is recorded in its manifest: every article page with the key it was built under.
    const manifest = JSON.parse(readFileSync(join(dir, 'node_modules/.astro/incremental-build.json'), 'utf8')) as {
      routes: Record<string, { paths: Record<string, { cacheKey?: string }> }>;
    };
    const articlePaths = manifest.routes['src/pages/[category]/[slug].astro']?.paths ?? {};
    assert.ok(Object.keys(articlePaths).length > 100, 'the incremental manifest lists the article pages');
    const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
    assert.match(page('networking/connection-refused'), /A sentence added for the incremental build test\./, 'the edited page is new');
    assert.match(page('networking/no-route-to-host'), /Retitled: /, 'the retitled page is new');
    // Kept outside the site, so the cold build neither scans nor serves it.
    renameSync(join(dir, 'dist'), kept);

    for (const cache of ['.astro', '.cache', '.vite']) rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
    build(dir);
    const incremental = filesUnder(kept);
    const cold = filesUnder(join(dir, 'dist'));
    assert.deepEqual([...incremental.keys()].sort(), [...cold.keys()].sort(), 'the same files');
    const differing = [...cold].filter(([file, bytes]) => !bytes.equals(incremental.get(file)!)).map(([file]) => file);
    assert.deepEqual(differing, [], 'every file has the same bytes');
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(kept, { recursive: true, force: true });
  }
});

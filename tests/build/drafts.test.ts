/**
 * `draft: true` keeps an article out of everything the build publishes. A scratch copy of the site is
 * built with two fixture articles, a draft and its published twin; the draft's marker must appear in
 * no built file (pages, sitemap, feed, social images, search index, checker rules), while the twin
 * must appear on its page, in the sitemap, the feed and the search index — proof that the test looks
 * in the right places. The same build (it takes a while) also shows how the twin's Markdown links render.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createScratchSite, ROOT, runAstro } from '../../scripts/lib/scratch-site.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/drafts');
const DRAFT = { id: 'zz-draft-fixture', marker: 'QXDRAFTMARKER', tag: 'zz-draft-only-tag' };
const CONTROL = { id: 'zz-published-control', marker: 'QXCONTROLMARKER', tag: 'zz-control-only-tag' };

let scratch = '';
let dist = '';
/** Every built file as text, keyed by site path; Pagefind's gzipped fragments are unpacked. */
let files = new Map<string, string>();

function readBuiltFiles(dir: string, root = dir): [string, string][] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return readBuiltFiles(path, root);
    const raw = readFileSync(path);
    const text = name.endsWith('.pf_fragment') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
    return [[`/${relative(root, path)}`, text] as [string, string]];
  });
}

before(() => {
  scratch = createScratchSite('ecw-drafts-');
  for (const fixture of [DRAFT, CONTROL]) {
    cpSync(join(FIXTURES, `${fixture.id}.mdx`), join(scratch, 'src/content/articles', `${fixture.id}.mdx`));
  }
  const build = runAstro(scratch, 'build');
  assert.equal(build.status, 0, `the scratch build failed:\n${build.output}`);
  dist = join(scratch, 'dist');
  files = new Map(readBuiltFiles(dist));
});

after(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const filesWith = (marker: string) => [...files].filter(([, text]) => text.includes(marker)).map(([path]) => path);

test('the draft has no page, tag page or social image; its published twin has all three', () => {
  assert.ok(existsSync(join(dist, 'web-server', CONTROL.id, 'index.html')));
  assert.ok(existsSync(join(dist, 'tags', CONTROL.tag, 'index.html')));
  assert.ok(existsSync(join(dist, 'og/web-server', `${CONTROL.id}.png`)));
  assert.ok(!existsSync(join(dist, 'web-server', DRAFT.id)), 'no page for the draft');
  assert.ok(!existsSync(join(dist, 'tags', DRAFT.tag)), 'no page for a tag only the draft uses');
  assert.ok(!existsSync(join(dist, 'og/web-server', `${DRAFT.id}.png`)), 'no social image for the draft');
});

test('the draft appears in no built file, not even as a link', () => {
  assert.deepEqual(filesWith(DRAFT.marker), []);
  assert.deepEqual(filesWith(DRAFT.id), []);
});

test('the published twin is in the sitemap, the feed and the search index', () => {
  const found = filesWith(CONTROL.marker);
  assert.ok(found.includes('/feed.xml'), 'feed');
  assert.ok(
    found.some((path) => path.startsWith('/pagefind/fragment/')),
    'search index',
  );
  assert.ok(files.get('/sitemap.xml')!.includes(`/web-server/${CONTROL.id}/`), 'sitemap');
  assert.ok(files.get('/articles/index.html')!.includes(`/web-server/${CONTROL.id}/`), 'A–Z list');
});

test('links written in article Markdown get rel="noopener" when they leave the site', () => {
  const html = files.get(`/web-server/${CONTROL.id}/index.html`)!;
  assert.match(html, /<a href="https:\/\/nginx\.org\/en\/docs\/" rel="noopener">Markdown link to nginx\.org<\/a>/);
  assert.match(html, /<a href="\/web-server\/nginx-502-bad-gateway\/">the 502 article<\/a>/);
});

/**
 * Indexing in parts (pagefind-pages.ts, pagefind-merge.ts) must write the index one Pagefind run
 * writes, byte for byte: same page numbers, words, variants, filters, fragment names, meta. A small
 * synthetic site (written here, so the test needs no Astro build) is indexed both ways with the real
 * binary: once whole, once in parts of PART_SIZE pages. Its pages make every merge rule matter: words
 * on pages of several parts and of one, a diacritic variant ("café") in several parts, filter values
 * shared across parts, a meta field only the first part has (the later parts number their fields
 * differently) and one only the last part has (it renumbers the fields of every word merged before
 * it), a page outside `data-pagefind-body` between indexed ones, and a folder name that is glob
 * syntax (added with `addHTMLFile`). A second test merges the same parts in the wrong order, so the
 * comparison is shown to notice wrongly numbered pages.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { writeRecutIndex } from '../../src/integrations/pagefind-chunks.ts';
import { pagefindHash } from '../../src/integrations/pagefind-files.ts';
import { indexPart, writeSearchIndex } from '../../src/integrations/pagefind-index.ts';
import { byCodePoint, mergeIndexes } from '../../src/integrations/pagefind-merge.ts';
import { cutIntoParts, feedSteps, indexedPages } from '../../src/integrations/pagefind-pages.ts';

const PART_SIZE = 9;
const CATEGORIES = ['Databases', 'Web Servers', 'Containers'];
const WORDS = ['connection', 'refused', 'timeout', 'socket', 'permission', 'denied', 'memory', 'disk', 'certificate', 'handshake'];

let root = '';

/** A page as the site writes it: indexed body, filters and meta as attributes, navigation left out. */
function page(i: number): string {
  const words = Array.from({ length: 30 }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ');
  const cafe = i % 4 === 0 ? 'Le café est fermé.' : i % 4 === 1 ? 'The cafe is open.' : '';
  return `<!doctype html><html lang="en"><head><title>Page ${i}</title></head><body>
<nav>navigation words navwordonly</nav>
<main data-pagefind-body>
<h1 data-pagefind-meta="title">Error number ${i} uniqueword${i}</h1>
<p data-pagefind-meta="summary">Summary ${WORDS[i % WORDS.length]} ${i}</p>
<span data-pagefind-filter="category">${CATEGORIES[i % CATEGORIES.length]}</span>
<span data-pagefind-filter="tag">tag-${i % 5}</span><span data-pagefind-filter="tag">shared</span>
<h2 id="cause-${i}">Cause ${i}</h2><p>${words} ${cafe}</p>
<h2 id="fix">Fix</h2><p data-pagefind-weight="3">${WORDS[(i + 3) % WORDS.length]} weighted ${i}</p>
</main></body></html>`;
}

function writeSite(dir: string): void {
  const put = (path: string, html: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  };
  put('index.html', '<!doctype html><html lang="en"><body><h1>Home, not indexed</h1></body></html>');
  for (let i = 0; i < 30; i++) put(`${['db', 'web', 'containers'][i % 3]}/error-${i}/index.html`, page(i));
  put('web/index.html', '<!doctype html><html lang="en"><body><h1>A listing, not indexed</h1></body></html>');
  put('web/c++ (errors)/index.html', page(30));
  // Which pages fall in the first and the last part depends on the walk order, known once the files exist.
  const pages = indexedPages(dir);
  pages.forEach((file, position) => {
    const lastPart = pages.length - (pages.length % PART_SIZE || PART_SIZE);
    const field = position < PART_SIZE ? 'first' : position >= lastPart ? 'aardvark' : undefined;
    if (!field) return;
    const marked = `<main data-pagefind-body><p data-pagefind-meta="${field}">only in one part ${position}</p>`;
    writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace('<main data-pagefind-body>', marked));
  });
}

/** Every file of a written index folder: path → bytes. */
function readFolder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const visit = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) visit(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  visit(dir);
  return files;
}

function assertSameFiles(actual: Map<string, Uint8Array>, expected: Map<string, Uint8Array>, what: string): void {
  assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort(), `${what}: the same file names`);
  for (const [path, bytes] of expected) assert.ok(Buffer.from(actual.get(path)!).equals(bytes), `${what}: ${path} has the same bytes`);
}

const whole = () => join(root, 'whole');
const inParts = () => join(root, 'parts');

before(() => {
  root = mkdtempSync(join(tmpdir(), 'ecw-pagefind-parts-'));
  writeSite(whole());
  writeSite(inParts());
});

after(() => rmSync(root, { recursive: true, force: true }));

test('an index built in parts is byte for byte the index one Pagefind run writes', async () => {
  const saved = process.env.PAGEFIND_PART_SIZE;
  try {
    delete process.env.PAGEFIND_PART_SIZE;
    const one = await writeSearchIndex(whole());
    process.env.PAGEFIND_PART_SIZE = String(PART_SIZE);
    const parts = await writeSearchIndex(inParts());
    assert.equal(one.parts, 1);
    assert.equal(parts.parts, 4, '31 indexed pages in parts of 9');
  } finally {
    if (saved === undefined) delete process.env.PAGEFIND_PART_SIZE;
    else process.env.PAGEFIND_PART_SIZE = saved;
  }
  const expected = readFolder(join(whole(), 'pagefind'));
  const entry = JSON.parse(expected.get('pagefind-entry.json')!.toString()) as { languages: { en: { page_count: number } } };
  assert.equal(entry.languages.en.page_count, 31, 'every page with data-pagefind-body, and no other, is indexed');
  assert.ok(
    [...expected.keys()].some((path) => path.startsWith('filter/')),
    'the site has filters',
  );
  assertSameFiles(readFolder(join(inParts(), 'pagefind')), expected, 'in parts');
});

test('the comparison notices pages numbered wrongly: the same parts merged out of order differ', async () => {
  const pages = indexedPages(whole());
  assert.ok(
    feedSteps(pages).some((step) => 'file' in step),
    'a page is added alone (its folder name is glob syntax)',
  );
  const parts: Awaited<ReturnType<typeof indexPart>>[] = [];
  for (const files of cutIntoParts(pages, PART_SIZE)) parts.push(await indexPart(whole(), files));
  const written = (list: typeof parts) =>
    new Map(
      writeRecutIndex(mergeIndexes(list))
        .filter((file) => file.path !== 'pagefind.js') // minified only when written
        .map((file) => [file.path, file.content]),
    );
  const expected = new Map([...readFolder(join(whole(), 'pagefind'))].filter(([path]) => path !== 'pagefind.js'));
  assertSameFiles(written(parts), expected, 'merged in order');
  const swapped = [parts[0]!, parts[2]!, parts[1]!, parts[3]!];
  assert.throws(() => assertSameFiles(written(swapped), expected, 'merged out of order'));
});

test("Pagefind's hash drops each byte's leading zero, and its order is by code point", () => {
  // SHA-1 of "abc" is a9993e36 4706816a ba3e2571 7850c26c 9cd0d89d: its byte 06 is written "6".
  assert.equal(pagefindHash(new TextEncoder().encode('abc')), 'a9993e36476816aba3e25717850c26c9cd0d89d');
  const words = ['zz', 'a', '\u{1F600}', '\uFF5E', 'é', 'ab', 'a\u{10000}', 'a\uFFFF'];
  assert.deepEqual(
    [...words].sort(byCodePoint),
    [...words].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))),
  );
});

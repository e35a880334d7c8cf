import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cborItemEnd, decodeCbor, encodeCbor, encodeCborHead, type CborValue } from '../../src/integrations/cbor.ts';
import { chunkRanges, groupWords, lookupChunks, splitIndexChunks } from '../../src/integrations/pagefind-chunks.ts';
import type { PagefindFile } from '../../src/integrations/pagefind-files.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const bytes = (hexText: string) => Uint8Array.from(Buffer.from(hexText, 'hex'));

test('CBOR: the RFC 8949 Appendix A examples encode and decode', () => {
  const examples: [CborValue, string][] = [
    [0, '00'],
    [23, '17'],
    [24, '1818'],
    [100, '1864'],
    [1000, '1903e8'],
    [1000000, '1a000f4240'],
    [-1, '20'],
    [-1000, '3903e7'],
    ['a', '6161'],
    ['\u00fc', '62c3bc'],
    [false, 'f4'],
    [null, 'f6'],
    [Uint8Array.from([1, 2, 3, 4]), '4401020304'],
    [[1, [2, 3], [4, 5]], '8301820203820405'],
    [
      new Map<CborValue, CborValue>([
        ['a', 1],
        ['b', [2, 3]],
      ]),
      'a26161016162820203',
    ],
  ];
  for (const [value, encoded] of examples) {
    assert.equal(hex(encodeCbor(value)), encoded, `encode to ${encoded}`);
    assert.deepEqual(decodeCbor(bytes(encoded)), value, `decode ${encoded}`);
  }
});

test('CBOR: floats, indefinite lengths and trailing bytes are refused, not guessed', () => {
  assert.throws(() => decodeCbor(bytes('f93c00')), /float/);
  assert.throws(() => decodeCbor(bytes('9f01ff')), /length encoding/);
  assert.throws(() => decodeCbor(bytes('0101')), /after the end/);
  assert.throws(() => encodeCbor(1.5), /only integers/);
});

test('CBOR: an item can be passed over without decoding it, and its first bytes written alone', () => {
  // [1, [2, 3], {"a": h'01'}] followed by 7: the item ends where the 7 starts.
  const item = encodeCbor([1, [2, 3], new Map<CborValue, CborValue>([['a', Uint8Array.from([1])]])]);
  const bytesWithTail = Uint8Array.from([...item, 0x07]);
  assert.equal(cborItemEnd(bytesWithTail, 0), item.length);
  assert.equal(cborItemEnd(bytesWithTail, 1), 2, 'from the first element');
  assert.throws(() => cborItemEnd(bytes('c074'), 0), /major type 6/, 'tags are refused');
  assert.throws(() => cborItemEnd(bytes('9f01ff'), 0), /length encoding/, 'indefinite lengths are refused');
  assert.throws(() => cborItemEnd(bytes('8301'), 0), /end of data/, 'a truncated array is noticed');
  assert.equal(hex(encodeCborHead(4, 1000)), '9903e8');
});

const entry = (word: string, size = 10) => ({ word, size });

test('chunks are cut once the target size is reached, between words sharing at most two letters', () => {
  const words = ['apple', 'apricot', 'apron', 'banana'].map((w) => entry(w));
  // Past the target after "apricot", but "apr" is shared with "apron": the cut waits.
  assert.deepEqual(
    groupWords(words, 15).map((chunk) => chunk.map((w) => w.word)),
    [['apple', 'apricot', 'apron'], ['banana']],
  );
});

test('a chunk twice its target or more may end inside a longer shared prefix, not after a stem', () => {
  const words = ['banana', 'band', 'bandwidth', 'bank', 'cache'].map((w) => entry(w));
  // 30 bytes after "bandwidth", twice the target: "ban" may be split.
  assert.deepEqual(
    groupWords(words, 15).map((chunk) => chunk.map((w) => w.word)),
    [
      ['banana', 'band', 'bandwidth'],
      ['bank', 'cache'],
    ],
  );
  // "ban" on several pages is a stem "bans" is looked up by, after the cut: no cut inside "ban".
  const stem = (pages: number) => [{ word: 'ban', size: 10, pages }, ...['banana', 'band', 'bank', 'cache'].map((w) => entry(w))];
  assert.deepEqual(
    groupWords(stem(40), 10).map((chunk) => chunk.map((w) => w.word)),
    [['ban', 'banana', 'band', 'bank'], ['cache']],
  );
  // On one page only (a fragment of some log line's token), it does not hold the cut back.
  assert.deepEqual(
    groupWords(stem(1), 10).map((chunk) => chunk.map((w) => w.word)),
    [['ban', 'banana'], ['band', 'bank'], ['cache']],
  );
});

test('chunk ranges leave no gap: each ends just before the next one starts', () => {
  const top = String.fromCodePoint(0x10ffff);
  assert.deepEqual(chunkRanges([[entry('apple')], [entry('apricot'), entry('banana')], [entry('peach')]]), [
    ['', `apq${top}`],
    ['apr', `o${top}`],
    ['p', top],
  ]);
});

/** What Pagefind's browser code does for one search word: the first chunk whose range holds it. */
const chunkFor = <C extends { range: [string, string] }>(chunks: C[], term: string) =>
  chunks.find(({ range: [from, to] }) => term >= from && term <= to);

test('every word of the articles, and every prefix of it, is looked up in a chunk holding every word it starts', () => {
  const words = [
    ...new Set(
      readdirSync('src/content/articles').flatMap(
        (name) =>
          readFileSync(join('src/content/articles', name), 'utf8')
            .toLowerCase()
            .match(/[a-z0-9]+/g) ?? [],
      ),
    ),
  ].sort();
  const chunks = lookupChunks(
    words.map((word) => entry(word)),
    300,
  );
  assert.ok(chunks.length > 50, `expected many small chunks, got ${chunks.length}`);
  const terms = new Set(words.flatMap((word) => Array.from(word, (_, i) => word.slice(0, i + 1))));
  for (const term of terms) {
    const found = chunkFor(chunks, term)?.words.filter((w) => w.word.startsWith(term)).length ?? 0;
    assert.equal(found, words.filter((word) => word.startsWith(term)).length, `words starting "${term}" in the chunk it is looked up in`);
  }
  // Searches arrive unstemmed ("refused" for the stem "refus"): they must land beside their stem
  // (cuts fall only between words sharing at most two letters, so stems of three letters or more).
  for (const word of words.filter((w) => w.length >= 3)) {
    assert.ok(
      chunkFor(chunks, `${word}ed`)?.words.some((w) => w.word === word),
      `"${word}ed" is looked up beside "${word}"`,
    );
  }
});

// A miniature of what Pagefind 1.6 writes: gzip("pagefind_dcd" + CBOR).
const pagefindFile = (path: string, value: CborValue): PagefindFile => ({
  path,
  content: gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encodeCbor(value)])),
});
const read = (file: PagefindFile) => decodeCbor(gunzipSync(file.content).subarray('pagefind_dcd'.length)) as CborValue[];

test('splitting keeps every word entry, renames the chunks and points the meta and entry files at them', () => {
  const word = (w: string, page: number) => [w, [[page, Array.from({ length: 200 }, (_, i) => i), []]], []];
  const first = Array.from({ length: 30 }, (_, i) => word(`a${String.fromCharCode(97 + (i % 26))}${i}`, i));
  const second = Array.from({ length: 30 }, (_, i) => word(`z${String.fromCharCode(97 + (i % 26))}${i}`, i));
  const files = [
    pagefindFile('pagefind.en_0000000000.pf_meta', [
      '1.6.0',
      [['en_p1', 10, '']],
      [
        ['aa0', 'az', 'en_one'],
        ['za', 'zz9', 'en_two'],
      ],
      [],
      [],
      ['title'],
    ]),
    pagefindFile('index/en_one.pf_index', [first]),
    pagefindFile('index/en_two.pf_index', [second]),
    {
      path: 'pagefind-entry.json',
      content: new TextEncoder().encode(
        JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_0000000000', wasm: 'en', page_count: 1 } } }),
      ),
    },
    { path: 'pagefind.js', content: new TextEncoder().encode('// untouched') },
  ];
  const out = new Map(splitIndexChunks(files).map((file) => [file.path, file]));

  const entry = JSON.parse(new TextDecoder().decode(out.get('pagefind-entry.json')?.content)) as { languages: { en: { hash: string } } };
  const hash = entry.languages.en.hash;
  assert.match(hash, /^en_[0-9a-f]{10}$/);
  assert.ok(!out.has('pagefind.en_0000000000.pf_meta') && !out.has('index/en_one.pf_index'));
  assert.equal(new TextDecoder().decode(out.get('pagefind.js')!.content), '// untouched');
  const meta = read(out.get(`pagefind.${hash}.pf_meta`)!);
  const chunks = meta[2] as [string, string, string][];
  assert.ok(chunks.length > 2, `expected more, smaller chunks, got ${chunks.length}`);
  assert.deepEqual(
    meta.filter((_, i) => i !== 2),
    ['1.6.0', [['en_p1', 10, '']], [], [], ['title']],
  );
  const words = chunks.flatMap(([, , name]) => read(out.get(`index/${name}.pf_index`)!)[0] as CborValue[][]);
  // Prefix chunks repeat some words; each word entry must still appear, unchanged.
  const byWord = (list: CborValue[][]) => new Map(list.map((w) => [w[0] as string, w]));
  assert.deepEqual(byWord(words), byWord([...first, ...second] as CborValue[][]));
  assert.equal(out.size, 3 + chunks.length);
});

test('an index in an unknown shape fails the build instead of being rewritten', () => {
  const files = [
    pagefindFile('pagefind.en_0000000000.pf_meta', new Map<CborValue, CborValue>([['version', '9']])),
    { path: 'pagefind-entry.json', content: new TextEncoder().encode(JSON.stringify({ languages: { en: { hash: 'en_0000000000' } } })) },
  ];
  assert.throws(() => splitIndexChunks(files), /format has changed/);
});

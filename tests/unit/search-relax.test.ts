import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pagesByWords } from '../../src/lib/search/relax.ts';

test('pages come in the order of their summed scores, with the words they hold', () => {
  const pages = pagesByWords(
    ['alice', 'connection', 'refused'],
    [
      [{ id: 'eacces', score: 0.5 }],
      [
        { id: 'refused', score: 5 },
        { id: 'eacces', score: 1 },
        { id: 'timeout', score: 4 },
      ],
      [
        { id: 'refused', score: 6 },
        { id: 'timeout', score: 0.5 },
      ],
    ],
  );
  assert.deepEqual(
    pages.map((page) => [page.id, page.words.join(' ')]),
    [
      ['refused', 'connection refused'],
      ['timeout', 'connection refused'],
      ['eacces', 'alice connection'],
    ],
  );
});

test('a word repeated in the query counts once per page', () => {
  const [page] = pagesByWords(['out', 'out'], [[{ id: 'a', score: 1 }], [{ id: 'a', score: 1 }]]);
  assert.deepEqual(page, { id: 'a', score: 1, words: ['out'] });
});

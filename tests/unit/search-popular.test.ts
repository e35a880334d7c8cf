import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mostLinked } from '../../src/lib/search/popular.ts';

test('articles other articles link to most come first, then A–Z, up to the limit', () => {
  const articles = [
    { id: 'a', title: 'Alpha', related: ['c'] },
    { id: 'b', title: 'Beta', related: ['c', 'd', 'c'] },
    { id: 'c', title: 'Gamma', related: ['c'] },
    { id: 'd', title: 'Delta', related: [] },
    { id: 'e', title: 'Epsilon', related: ['d'] },
  ];
  // c: 2 inbound (a, b; its self-link and b's duplicate do not count), d: 2 (b, e), then A–Z.
  assert.deepEqual(
    mostLinked(articles, 4).map((a) => a.id),
    ['d', 'c', 'a', 'b'],
  );
  assert.deepEqual(mostLinked(articles, 0), []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTermRanges, highlightHtml, highlightTerms } from '../../src/lib/search/highlight.ts';

test('query words are lower-cased, split on punctuation, de-duplicated, one-letter words dropped', () => {
  assert.deepEqual(highlightTerms('connect() failed (111: Connection refused) a'), ['connect', 'failed', '111', 'connection', 'refused']);
  assert.deepEqual(highlightTerms('pm.max_children PM'), ['pm', 'max_children']);
});

test('a term marks every whole word it starts, in any case', () => {
  const text = 'Connection refused; the connection was REFUSED again';
  const marked = findTermRanges(text, ['refus']).map(({ start, end }) => text.slice(start, end));
  assert.deepEqual(marked, ['refused', 'REFUSED']);
});

test('a term inside a word is not a match', () => {
  assert.deepEqual(findTermRanges('unrefused', ['refused']), []);
});

test('highlighted HTML escapes the text around and inside the marks', () => {
  assert.equal(
    highlightHtml('<script> refused & "quoted"', ['refused', 'script']),
    '&lt;<mark>script</mark>&gt; <mark>refused</mark> &amp; &quot;quoted&quot;',
  );
  assert.equal(highlightHtml('nothing here', []), 'nothing here');
});

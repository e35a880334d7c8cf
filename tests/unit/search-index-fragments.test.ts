import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyFragmentText } from '../../src/integrations/pagefind-fragments.ts';
import { packPagefindFile, unpackPagefindFile } from '../../src/integrations/pagefind-files.ts';

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const fragment = {
  url: '/web-server/nginx-502-bad-gateway/',
  content: 'Nginx 502 Bad Gateway. Quick answer …',
  word_count: 1385,
  filters: { category: ['Web Server'] },
  meta: { title: 'Nginx 502 Bad Gateway', quick_answer: 'Start the backend.' },
  anchors: [
    { element: 'h3', id: 'upstream-down', text: 'The backend is down', location: 696 },
    { element: 'details', id: 'faq-1', text: '', location: 1458 },
    { element: 'div', id: 'titled', text: '', title: 'A titled anchor', location: 1500 },
    { element: 'h2', id: 'blank', text: ' ', location: 1600 },
  ],
};

test('fragments keep their URL, meta and the anchors sub-results use, with page text and filter values emptied', () => {
  const [out] = emptyFragmentText([packPagefindFile('fragment/en_1234567.pf_fragment', json(fragment))]);
  assert.ok(out);
  assert.equal(out.path, 'fragment/en_1234567.pf_fragment');
  assert.deepEqual(JSON.parse(new TextDecoder().decode(unpackPagefindFile(out))), {
    ...fragment,
    content: '',
    filters: {},
    anchors: [fragment.anchors[0], fragment.anchors[2]],
  });
});

test('other files pass through untouched', () => {
  const index = packPagefindFile('index/en_1234567.pf_index', Uint8Array.from([0x80]));
  assert.equal(emptyFragmentText([index])[0], index);
});

test('a fragment without page text or anchors (a changed format) fails the build', () => {
  const { content: _, ...withoutText } = fragment;
  assert.throws(() => emptyFragmentText([packPagefindFile('fragment/en_1.pf_fragment', json(withoutText))]), /format has changed/);
  const { anchors: __, ...withoutAnchors } = fragment;
  assert.throws(() => emptyFragmentText([packPagefindFile('fragment/en_1.pf_fragment', json(withoutAnchors))]), /format has changed/);
});

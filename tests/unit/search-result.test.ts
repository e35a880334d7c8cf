import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestSection, STRING_SEPARATOR, toSearchHit, type PagefindPage } from '../../src/lib/search/result.ts';

const page = (overrides: Partial<PagefindPage> = {}): PagefindPage => ({
  url: '/web-server/nginx-502-bad-gateway/?highlight=refused',
  excerpt: 'nginx logs <mark>refused</mark> when nothing listens',
  meta: {
    title: 'Nginx 502 Bad Gateway',
    category: 'Web Server',
    quick_answer: 'Start the backend: nginx got Connection refused from it.',
    error_strings: ['502 Bad Gateway', 'no live upstreams while connecting to upstream'].join(STRING_SEPARATOR),
  },
  sub_results: [],
  ...overrides,
});
const sub = (anchor: string, weights: number[]) => ({
  title: `Section ${anchor}`,
  url: `/web-server/nginx-502-bad-gateway/?highlight=refused#${anchor}`,
  excerpt: '',
  weighted_locations: weights.map((weight) => ({ weight })),
});

test('the quick answer is the excerpt when it contains every searched word, marked', () => {
  const hit = toSearchHit(page(), 'connection refused');
  assert.equal(hit.excerptHtml, 'Start the backend: nginx got <mark>Connection</mark> <mark>refused</mark> from it.');
});

test("Pagefind's excerpt is used when the quick answer misses a searched word", () => {
  assert.equal(toSearchHit(page(), 'refused upstream').excerptHtml, 'nginx logs <mark>refused</mark> when nothing listens');
});

test('title, category and the error strings come from the page meta', () => {
  const hit = toSearchHit(page(), 'x');
  assert.equal(hit.title, 'Nginx 502 Bad Gateway');
  assert.equal(hit.category, 'Web Server');
  assert.deepEqual(hit.errorStrings, ['502 Bad Gateway', 'no live upstreams while connecting to upstream']);
  assert.deepEqual(hit.secondaryErrorStrings, []);
});

test('a category page (no category meta) is labelled as a category', () => {
  assert.equal(toSearchHit(page({ meta: { title: 'Web Server errors' } }), 'x').category, 'Category');
});

test('the section link goes to the cause, step or FAQ with the most matched weight', () => {
  const section = bestSection(page({ sub_results: [sub('upstream-down', [1, 1]), sub('step-2', [7]), sub('faq', [1])] }));
  assert.deepEqual(section, { title: 'Section step-2', url: '/web-server/nginx-502-bad-gateway/?highlight=refused#step-2' });
});

test('matches at the top of the page or in summary sections give no section link', () => {
  const top = { ...sub('x', [9]), url: '/web-server/nginx-502-bad-gateway/' };
  assert.equal(bestSection(page({ sub_results: [top, sub('quick-answer', [9]), sub('error-messages', [9]), sub('overview', [3])] })), undefined);
  assert.equal('section' in toSearchHit(page(), 'x'), false);
});

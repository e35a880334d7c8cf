import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestSection, STRING_SEPARATOR, toSearchHit, type PagefindPage } from '../../src/lib/search/result.ts';

const page = (overrides: Partial<PagefindPage> = {}): PagefindPage => ({
  url: '/web-server/nginx-502-bad-gateway/?highlight=refused',
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
  weighted_locations: weights.map((weight) => ({ weight })),
});

test('the quick answer is the excerpt, with the searched words it contains marked', () => {
  const hit = toSearchHit(page(), ['connection', 'refused', 'upstream']);
  assert.equal(hit.excerptHtml, 'Start the backend: nginx got <mark>Connection</mark> <mark>refused</mark> from it.');
});

test("a category page's description is its excerpt, escaped", () => {
  const category = page({ meta: { title: 'Web Server errors', summary: 'nginx & Apache: 5xx <errors>' } });
  assert.equal(toSearchHit(category, ['apache']).excerptHtml, 'nginx &amp; <mark>Apache</mark>: 5xx &lt;errors&gt;');
});

test('title, category and the error strings come from the page meta', () => {
  const hit = toSearchHit(page(), ['x']);
  assert.equal(hit.title, 'Nginx 502 Bad Gateway');
  assert.equal(hit.category, 'Web Server');
  assert.deepEqual(hit.errorStrings, ['502 Bad Gateway', 'no live upstreams while connecting to upstream']);
  assert.deepEqual(hit.secondaryErrorStrings, []);
});

test('a category page (no category meta) is labelled as a category', () => {
  assert.equal(toSearchHit(page({ meta: { title: 'Web Server errors' } }), ['x']).category, 'Category');
});

test('the section link goes to the cause, step or FAQ with the most matched weight', () => {
  const section = bestSection(page({ sub_results: [sub('upstream-down', [1, 1]), sub('step-2', [7]), sub('faq', [1])] }));
  assert.deepEqual(section, { title: 'Section step-2', url: '/web-server/nginx-502-bad-gateway/?highlight=refused#step-2' });
});

test('matches at the top of the page or in summary sections give no section link', () => {
  const top = { ...sub('x', [9]), url: '/web-server/nginx-502-bad-gateway/' };
  assert.equal(
    bestSection(page({ sub_results: [top, sub('quick-answer', [9]), sub('error-messages', [9]), sub('overview', [3])] })),
    undefined,
  );
  assert.equal('section' in toSearchHit(page(), ['x']), false);
});

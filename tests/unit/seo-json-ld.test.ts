import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleJsonLd, breadcrumbList, faqPage, serializeJsonLd, techArticle, type ArticleFacts } from '../../src/lib/seo/json-ld.ts';
import { validateJsonLd } from '../lib/validate-json-ld.ts';

const FACTS: ArticleFacts = {
  url: 'https://errorcodes.wiki/web-server/nginx-502-bad-gateway/',
  title: 'Nginx 502 Bad Gateway: the upstream failed or did not answer',
  description: 'Why nginx returns 502 Bad Gateway.',
  updated: new Date('2026-11-25'),
  tags: ['nginx', '502', 'upstream'],
  image: 'https://errorcodes.wiki/og/web-server/nginx-502-bad-gateway.png',
  faq: [{ q: 'Is **502** the same as `504`?', a: 'No: *502* means the upstream refused; `504` means nginx gave up waiting.' }],
  breadcrumb: [
    { name: 'Home', url: 'https://errorcodes.wiki/' },
    { name: 'Web Server', url: 'https://errorcodes.wiki/web-server/' },
    { name: 'Nginx 502 Bad Gateway', url: 'https://errorcodes.wiki/web-server/nginx-502-bad-gateway/' },
  ],
  siteName: 'Error Codes Wiki',
  siteUrl: 'https://errorcodes.wiki/',
};

test('an article emits TechArticle, FAQPage and BreadcrumbList that all validate', () => {
  const blocks = articleJsonLd(FACTS);
  assert.deepEqual(
    blocks.map((block) => block['@type']),
    ['TechArticle', 'FAQPage', 'BreadcrumbList'],
  );
  for (const block of blocks) assert.deepEqual(validateJsonLd(block), [], String(block['@type']));
});

test('TechArticle carries headline, description, dateModified and keywords from the front matter', () => {
  const article = techArticle(FACTS);
  assert.equal(article.headline, FACTS.title);
  assert.equal(article.description, FACTS.description);
  assert.equal(article.dateModified, '2026-11-25');
  assert.equal(article.keywords, 'nginx, 502, upstream');
});

test('FAQ text is the reader-visible text: inline Markdown markers are stripped', () => {
  const [question] = faqPage(FACTS).mainEntity as { name: string; acceptedAnswer: { text: string } }[];
  assert.equal(question!.name, 'Is 502 the same as 504?');
  assert.equal(question!.acceptedAnswer.text, 'No: 502 means the upstream refused; 504 means nginx gave up waiting.');
});

test('breadcrumb positions count from 1 and keep their order', () => {
  const items = breadcrumbList(FACTS).itemListElement as { position: number; name: string }[];
  assert.deepEqual(
    items.map((item) => `${item.position} ${item.name}`),
    ['1 Home', '2 Web Server', '3 Nginx 502 Bad Gateway'],
  );
});

test('a relative URL is refused when building, naming the field', () => {
  assert.throws(() => techArticle({ ...FACTS, image: '/og/x.png' }), /article image must be an absolute http\(s\) URL/);
  assert.throws(
    () => breadcrumbList({ ...FACTS, breadcrumb: [{ name: 'Home', url: '/' }, FACTS.breadcrumb[1]!] }),
    /breadcrumb "Home" url must be an absolute/,
  );
});

test('the validator reports missing properties, relative URLs and wrong positions', () => {
  const article = { ...techArticle(FACTS), headline: '', image: '/og/x.png', dateModified: '25/11/2026' };
  assert.deepEqual(validateJsonLd(article), [
    'TechArticle: "headline" must be non-empty text.',
    'TechArticle: "image" must be an absolute http(s) URL, got "/og/x.png".',
    'TechArticle: "dateModified" must be an ISO 8601 date, got "25/11/2026".',
  ]);
  assert.deepEqual(
    validateJsonLd({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'q' }] }),
    ['FAQPage mainEntity[0]: "acceptedAnswer" must be an Answer with text.'],
  );
  const crumbs = breadcrumbList(FACTS);
  const swapped = { ...crumbs, itemListElement: [...(crumbs.itemListElement as object[])].reverse() };
  assert.deepEqual(validateJsonLd(swapped), [
    'BreadcrumbList itemListElement[0]: "position" must be 1, got 3.',
    'BreadcrumbList itemListElement[2]: "position" must be 3, got 1.',
  ]);
  assert.deepEqual(validateJsonLd({ '@context': 'https://schema.org', '@type': 'HowTo' }), [
    '"@type" "HowTo" is not one this site emits (TechArticle, FAQPage, BreadcrumbList).',
  ]);
});

test('serialized JSON-LD cannot close its <script> element early', () => {
  const text = serializeJsonLd(techArticle({ ...FACTS, title: 'Oops </script><script>alert(1)</script>' }));
  assert.doesNotMatch(text, /<\/script>/i);
  assert.equal((JSON.parse(text) as { headline: string }).headline, 'Oops </script><script>alert(1)</script>');
});

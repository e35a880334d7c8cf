import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newest, renderSitemap } from '../../src/lib/seo/sitemap.ts';
import { renderAtomFeed } from '../../src/lib/seo/atom-feed.ts';
import { socialImagePath } from '../../src/lib/seo/site.ts';

test('the sitemap lists each URL once with its lastmod day, escaping XML', () => {
  const xml = renderSitemap([
    { url: 'https://errorcodes.wiki/', lastmod: new Date('2026-11-25T10:00:00Z') },
    { url: 'https://errorcodes.wiki/search/?a=1&b=2' },
  ]);
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
  assert.match(xml, /<url><loc>https:\/\/errorcodes.wiki\/<\/loc><lastmod>2026-11-25<\/lastmod><\/url>/);
  assert.match(xml, /<url><loc>https:\/\/errorcodes.wiki\/search\/\?a=1&amp;b=2<\/loc><\/url>/);
});

test('the sitemap refuses relative and duplicate URLs', () => {
  assert.throws(() => renderSitemap([{ url: '/web-server/' }]), /must be absolute, got "\/web-server\/"/);
  assert.throws(() => renderSitemap([{ url: 'https://a.example/' }, { url: 'https://a.example/' }]), /lists "https:\/\/a.example\/" twice/);
});

test('newest picks the latest date, and nothing for an empty listing', () => {
  assert.equal(
    newest([new Date('2026-01-02'), new Date('2026-03-04'), new Date('2025-12-31')])
      ?.toISOString()
      .slice(0, 10),
    '2026-03-04',
  );
  assert.equal(newest([]), undefined);
});

test('the Atom feed lists the most recently updated article first and its own updated is that date', () => {
  const xml = renderAtomFeed({
    title: 'Error Codes Wiki',
    subtitle: 'New & updated',
    siteUrl: 'https://errorcodes.wiki/',
    feedUrl: 'https://errorcodes.wiki/feed.xml',
    entries: [
      { url: 'https://errorcodes.wiki/a/old/', title: 'Old <one>', summary: 's', updated: new Date('2026-01-01'), category: 'A' },
      { url: 'https://errorcodes.wiki/a/new/', title: 'New one', summary: 's', updated: new Date('2026-06-01'), category: 'A' },
    ],
  });
  const ids = [...xml.matchAll(/<entry>\s*<title>[^<]*<\/title>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]);
  assert.deepEqual(ids, ['https://errorcodes.wiki/a/new/', 'https://errorcodes.wiki/a/old/']);
  assert.match(xml, /<subtitle>New &amp; updated<\/subtitle>/);
  assert.match(xml, /<title>Old &lt;one&gt;<\/title>/);
  assert.match(xml, /<\/author>\n {2}<entry>/);
  assert.equal(xml.match(/<updated>([^<]+)<\/updated>/)?.[1], '2026-06-01T00:00:00.000Z');
  assert.match(xml, /<link rel="self" type="application\/atom\+xml" href="https:\/\/errorcodes.wiki\/feed.xml"\/>/);
});

test('each article gets its own social image path; other pages share the site card', () => {
  assert.equal(socialImagePath('/web-server/nginx-502-bad-gateway/'), '/og/web-server/nginx-502-bad-gateway.png');
  assert.equal(socialImagePath(), '/og/site.png');
});

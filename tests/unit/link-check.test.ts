import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkBuiltSite, checkInOwnProcess, formatProblems } from '../../src/integrations/link-check.ts';
import { openScanCache } from '../../src/integrations/link-scan-cache.ts';
import { scanHtml } from '../../src/lib/seo/scan-html.ts';

const SITE = new URL('https://errorcodes.wiki');
const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

/** A scratch built site: path → file contents; removed when `run` returns (or its promise settles). */
function withSite<T>(files: Record<string, string>, run: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'ecw-links-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  let pending = false;
  try {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    const result = run(dir);
    pending = result instanceof Promise;
    return pending ? ((result as Promise<unknown>).finally(remove) as T) : result;
  } finally {
    if (!pending) remove();
  }
}

const GOOD_SITE = {
  'index.html': page(
    '<a href="/web-server/nginx-502/">502</a><a href="/web-server/nginx-502/#upstream-down">cause</a>' +
      '<a href="#main">skip</a><main id="main"></main>',
  ),
  'web-server/nginx-502/index.html': page(
    '<h3 id="upstream-down">Down</h3><details id="faq-1"></details><a href="../">up</a>' +
      '<a href="https://nginx.org/en/docs/" rel="noopener">docs</a><a href="mailto:x@example.com">mail</a>',
  ),
  'web-server/index.html': page(
    '<a href="https://errorcodes.wiki/web-server/nginx-502/#faq-1">absolute same-site link</a><img src="/og/site.png" alt="">',
  ),
  'og/site.png': 'png',
  '404.html': page('<a href="/">home</a>'),
  'sitemap.xml': '<urlset><url><loc>https://errorcodes.wiki/web-server/nginx-502/</loc></url></urlset>',
  'pagefind/fragment/en_1.pf_fragment': 'not a page',
};

test('a site whose links and anchors all resolve passes and lists external URLs', () => {
  withSite(GOOD_SITE, (dir) => {
    const report = checkBuiltSite(dir, SITE);
    assert.deepEqual(report.problems, []);
    assert.equal(report.pages, 4);
    assert.deepEqual([...report.external], [['https://nginx.org/en/docs/', ['/web-server/nginx-502/']]]);
  });
});

test('a link to a missing page fails, naming the page and the link', () => {
  withSite({ ...GOOD_SITE, 'web-server/index.html': page('<a href="/web-server/nginx-503/">gone</a>') }, (dir) => {
    const { problems } = checkBuiltSite(dir, SITE);
    assert.deepEqual(problems, [
      { page: '/web-server/', link: '/web-server/nginx-503/', reason: 'a[href]: no page or file at /web-server/nginx-503/' },
    ]);
  });
});

test('a #fragment that no element carries fails: cause ids, FAQ ids and headings', () => {
  withSite({ ...GOOD_SITE, 'index.html': page('<a href="/web-server/nginx-502/#no-such-cause">x</a><a href="#faq-9">y</a>') }, (dir) => {
    const reasons = checkBuiltSite(dir, SITE).problems.map((p) => `${p.page} ${p.reason}`);
    assert.deepEqual(reasons, [
      '/ a[href]: /web-server/nginx-502/ has no element with id="no-such-cause"',
      '/ a[href]: / has no element with id="faq-9"',
    ]);
  });
});

test('a page link without its trailing slash fails with the URL to use', () => {
  withSite({ ...GOOD_SITE, 'index.html': page('<a href="/web-server">x</a>') }, (dir) => {
    assert.equal(checkBuiltSite(dir, SITE).problems[0]?.reason, 'a[href]: page URLs end in a slash: link to /web-server/');
  });
});

test('an external link without rel="noopener" fails', () => {
  withSite({ ...GOOD_SITE, 'index.html': page('<a href="https://example.com/" rel="nofollow">x</a>') }, (dir) => {
    assert.equal(checkBuiltSite(dir, SITE).problems[0]?.reason, 'a[href]: external link without rel="noopener"');
  });
});

test('sitemap URLs, missing assets and empty links are checked too; Pagefind output is not a page', () => {
  withSite(
    {
      ...GOOD_SITE,
      'sitemap.xml': '<urlset><url><loc>https://errorcodes.wiki/old-page/</loc></url></urlset>',
      'index.html': page('<img src="/og/missing.png" alt=""><a href="">empty</a>'),
      'pagefind/broken.html': page('<a href="/nowhere/">not checked</a>'),
    },
    (dir) => {
      const problems = checkBuiltSite(dir, SITE).problems.map((p) => `${p.page} ${p.link} ${p.reason}`);
      assert.deepEqual(problems, [
        '/ /og/missing.png img[src]: no page or file at /og/missing.png',
        '/  a[href]: the link is empty',
        '/sitemap.xml https://errorcodes.wiki/old-page/ <loc>: no page or file at /old-page/',
      ]);
    },
  );
});

test('the build error groups one broken link with every page that has it', () => {
  const text = formatProblems([
    { page: '/', link: '/checker/', reason: 'a[href]: no page or file at /checker/' },
    { page: '/tags/', link: '/checker/', reason: 'a[href]: no page or file at /checker/' },
  ]);
  assert.equal(text, '"/checker/" — a[href]: no page or file at /checker/; on /, /tags/');
});

test('the scanner ignores links inside scripts, styles and comments and decodes entities', () => {
  const scan = scanHtml(
    '<!-- <a href="/commented/"> --><script>const a = \'<a href="/in-script/">\';</script><style>a[href="/x/"]{}</style>' +
      '<script src="/_astro/app.js"></script><a href="/search/?q=a&amp;b" id=top>ok</a><a name="legacy"></a>',
  );
  assert.deepEqual(
    scan.links.map((l) => `${l.source} ${l.url}`),
    ['script[src] /_astro/app.js', 'a[href] /search/?q=a&b'],
  );
  assert.deepEqual([...scan.anchors], ['top', 'legacy']);
});

test('scans kept between builds: only pages whose bytes changed are scanned again, with the same report', () => {
  withSite(GOOD_SITE, (dir) => {
    const cacheFile = join(dir, 'link-scans.json');
    const first = openScanCache(cacheFile);
    const cold = checkBuiltSite(dir, SITE, first.scan);
    first.save();
    assert.equal(first.scanned, 4);
    assert.deepEqual(cold, checkBuiltSite(dir, SITE));

    writeFileSync(join(dir, 'index.html'), page('<a href="/web-server/nginx-502/#gone">changed</a>'));
    const second = openScanCache(cacheFile);
    const warm = checkBuiltSite(dir, SITE, second.scan);
    second.save();
    assert.equal(second.scanned, 1, 'only the changed page is scanned');
    assert.deepEqual(warm, checkBuiltSite(dir, SITE), 'the cached scans give the report a fresh check gives');
    assert.equal(warm.problems[0]?.reason, 'a[href]: /web-server/nginx-502/ has no element with id="gone"');

    writeFileSync(cacheFile, '{ not json');
    const broken = openScanCache(cacheFile);
    assert.deepEqual(checkBuiltSite(dir, SITE, broken.scan), warm, 'an unreadable cache is only a cold start');
    assert.equal(broken.scanned, 4);
  });
});

test('the build runs the check in a process of its own and gets the same report back', () =>
  withSite(
    { ...GOOD_SITE, 'index.html': page('<a href="/nowhere/">x</a><a href="https://example.com/" rel="noopener">y</a>') },
    async (dir) => {
      const cacheFile = join(dir, 'link-scans.json');
      const { scanned, ...report } = await checkInOwnProcess({ dir, site: SITE.href, cacheFile });
      assert.deepEqual(report, checkBuiltSite(dir, SITE));
      assert.equal(scanned, 4);
      assert.equal((await checkInOwnProcess({ dir, site: SITE.href, cacheFile })).scanned, 0, 'the second check reuses the scans');
      await assert.rejects(checkInOwnProcess({ dir: join(dir, 'og'), site: SITE.href, cacheFile }), /has no index\.html/);
    },
  ));

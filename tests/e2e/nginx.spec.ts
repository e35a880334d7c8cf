/**
 * The deployment, tested the way it runs in production: Debian's nginx serves the built site with
 * deploy/nginx.conf on a loopback port. Checks status codes, security and caching headers,
 * compression, the 404 page and the trailing-slash redirect over raw HTTP, then drives search, the
 * checker and an article in Chromium with the Content-Security-Policy arriving as a header.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './fixtures.ts';
import { startNginx, type RunningNginx } from '../deploy/nginx-server.ts';
import { SECURITY_HEADERS } from '../../src/lib/seo/security-policy.ts';
import { REFUSED } from '../lib/golden-lines.ts';

const SITE_DIR = resolve(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist');
const PORT = Number(process.env.E2E_NGINX_PORT ?? 4340);
const ARTICLE = '/web-server/nginx-502-bad-gateway/';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300, must-revalidate';

// One nginx for the whole file: the tests share it and run in order in one worker.
test.describe.configure({ mode: 'serial' });
let nginx: RunningNginx;
test.beforeAll(async () => {
  nginx = await startNginx(PORT, SITE_DIR);
});
test.afterAll(async () => {
  await nginx?.stop();
});
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A plain HTTP GET that shows exactly what nginx sent: no redirects followed, nothing decompressed. */
function get(path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const req = httpRequest(`${nginx.origin}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

function expectSecurityHeaders(response: RawResponse, path: string) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(response.headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
  }
}

/** The first file in a dist/ folder whose name matches, as a URL path. */
function builtFile(folder: string, pattern: RegExp): string {
  const name = readdirSync(resolve(SITE_DIR, folder)).find((file) => pattern.test(file));
  if (!name) throw new Error(`no file matching ${pattern} in ${folder}`);
  return `/${folder}/${name}`;
}

test('pages are served as UTF-8 HTML with the security headers and a short cache', async () => {
  for (const path of ['/', ARTICLE, '/articles/', '/search/', '/tags/']) {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    expect(response.headers['content-type'], path).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control'], path).toBe(SHORT);
    expectSecurityHeaders(response, path);
  }
  expect((await get('/')).headers.server, 'server_tokens off hides the version').toBe('nginx');
});

test('hashed assets are cached for a year as immutable; unhashed files are not', async () => {
  const hashed = [
    builtFile('_astro', /\.css$/),
    builtFile('_astro', /\.js$/),
    builtFile('pagefind/fragment', /\.pf_fragment$/),
    builtFile('pagefind', /\.pf_meta$/),
  ];
  for (const path of hashed) {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    expect(response.headers['cache-control'], path).toBe(IMMUTABLE);
    expectSecurityHeaders(response, path);
  }
  for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/theme-init.js', '/favicon.svg']) {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    expect(response.headers['cache-control'], path).toBe(SHORT);
  }
});

test('feeds, sitemap, robots.txt, manifest, OpenSearch description and social images have the right types', async () => {
  const types: Record<string, string> = {
    '/feed.xml': 'application/atom+xml; charset=utf-8',
    '/sitemap.xml': 'text/xml; charset=utf-8',
    '/robots.txt': 'text/plain; charset=utf-8',
    '/manifest.webmanifest': 'application/manifest+json; charset=utf-8',
    '/opensearch.xml': 'application/opensearchdescription+xml',
    '/og/web-server/nginx-502-bad-gateway.png': 'image/png',
  };
  for (const [path, type] of Object.entries(types)) {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    expect(response.headers['content-type'], path).toBe(type);
  }
});

test('an unknown path gets the site 404 page with status 404 and all headers', async () => {
  for (const path of ['/no/such/page/', '/web-server/no-such-article/', '/404.html']) {
    const response = await get(path);
    expect(response.status, path).toBe(404);
    expect(response.headers['content-type'], path).toBe('text/html; charset=utf-8');
    expect(response.body.toString(), path).toContain('404: this page does not exist');
    expectSecurityHeaders(response, path);
  }
});

test('a page URL without its trailing slash redirects to the canonical URL', async () => {
  for (const path of ['/web-server', ARTICLE.replace(/\/$/, ''), '/tags/nginx']) {
    const response = await get(path);
    expect(response.status, path).toBe(301);
    expect(response.headers.location, path).toBe(`${path}/`);
    expectSecurityHeaders(response, path);
  }
});

test('text responses are compressed with gzip', async () => {
  const css = builtFile('_astro', /\.css$/);
  for (const path of ['/', css, '/pagefind/pagefind.js']) {
    const gzip = await get(path, { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding'], path).toBe('gzip');
    expect(gzip.headers.vary, path).toContain('Accept-Encoding');
    expect((await get(path)).headers['content-encoding'], `${path} without Accept-Encoding`).toBeUndefined();
  }
});

test('browsers that accept brotli get brotli when nginx has the module', async () => {
  test.skip(!nginx.brotli, 'ngx_brotli is not installed (apt-get install libnginx-mod-http-brotli-filter; .ci/run does)');
  for (const path of ['/', builtFile('_astro', /\.css$/)]) {
    expect((await get(path, { 'Accept-Encoding': 'br, gzip' })).headers['content-encoding'], path).toBe('br');
  }
});

test('the CSP arrives as a header and the article works under it', async ({ page }) => {
  const response = await page.goto(ARTICLE);
  expect(response?.headers()['content-security-policy']).toBe(SECURITY_HEADERS['Content-Security-Policy']);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('502 Bad Gateway');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/web-server');
  expect(page.url()).toBe(`http://127.0.0.1:${PORT}/web-server/`);
});

test('search works through nginx', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('no live upstreams while connecting to upstream')}`);
  await expect(page.locator('#search-page-results h2 a').first()).toHaveAttribute('href', new RegExp(`^${ARTICLE}`));
});

test('the log checker (module scripts, Web Worker, rules fetch) works through nginx', async ({ page }) => {
  await page.goto('/checker/');
  await page.getByRole('textbox', { name: 'Log text' }).fill(REFUSED.line);
  await expect(page.locator(`[data-checker-results] a[href^="${ARTICLE}"]`).first()).toBeVisible();
});

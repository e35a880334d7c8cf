/**
 * A small static file server for dist/, behaving like the production nginx config: directory URLs
 * serve index.html, a directory requested without its trailing slash redirects (301) to it, unknown
 * paths get the site's 404 page with status 404. Used by `npm start`, the browser tests and the bench
 * (astro preview allows only one server per project, which parallel test runs cannot share).
 * Like deploy/nginx.conf it gzips text and caches hashed assets for a year and HTML briefly.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { SECURITY_HEADERS } from '../../src/lib/seo/security-policy.ts';

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg)/;

/** Hashed build output never changes under the same name; everything else may change on deploy. */
export function cacheControl(pathname: string): string {
  if (
    pathname.startsWith('/_astro/') ||
    /^\/pagefind\/.+\.(pf_\w+|wasm\.\w+)$/.test(pathname) ||
    pathname.includes('/fragment/') ||
    pathname.includes('/index/')
  ) {
    return 'public, max-age=31536000, immutable';
  }
  return 'public, max-age=300, must-revalidate';
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export function createStaticServer(root: string): Server {
  const base = resolve(root);
  return createServer((request, response) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    const file = normalize(join(base, pathname));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    const send = (path: string, status = 200) => {
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      response.writeHead(status, {
        'Content-Type': type,
        'Cache-Control': status === 200 ? cacheControl(pathname) : 'no-cache',
        // The same security headers as deploy/nginx.conf, so local runs and tests see the CSP as a header too.
        ...SECURITY_HEADERS,
        Vary: 'Accept-Encoding',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : { 'Content-Length': statSync(path).size }),
      });
      if (request.method === 'HEAD') response.end();
      else if (gzip) createReadStream(path).pipe(createGzip()).pipe(response);
      else createReadStream(path).pipe(response);
    };
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        const query = request.url?.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
        response.writeHead(301, { Location: `${pathname}/${query}` }).end();
        return;
      }
      const index = join(file, 'index.html');
      if (existsSync(index)) return send(index);
    } else if (existsSync(file)) {
      return send(file);
    }
    const notFound = join(base, '404.html');
    if (existsSync(notFound)) return send(notFound, 404);
    response.writeHead(404).end('Not found');
  });
}

export async function withStaticServer<T>(port: number, use: (baseUrl: string) => Promise<T>, root = 'dist'): Promise<T> {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root}/ is missing: run \`npm run build\` first.`);
  const server = createStaticServer(root);
  await new Promise<void>((ready) => server.listen(port, '127.0.0.1', ready));
  try {
    return await use(`http://127.0.0.1:${port}/`);
  } finally {
    server.closeAllConnections();
    await new Promise((closed) => server.close(closed));
  }
}

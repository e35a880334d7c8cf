/**
 * Runs Debian's nginx, unprivileged, on a loopback port with deploy/nginx.conf serving a built site:
 * a scratch prefix directory holds the generated main config, pid file, logs and temp paths. The
 * site's server block is the deploy file itself with only `listen` and `root` swapped, so the tests
 * exercise exactly what production runs.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const MIME_TYPES = '/etc/nginx/mime.types';
/** Debian's libnginx-mod-http-brotli-filter; .ci/run installs it. */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';

export interface RunningNginx {
  origin: string;
  brotli: boolean;
  stop: () => Promise<void>;
}

/** deploy/nginx.conf with the loopback port and the built site's directory put in. */
export function siteConfig(port: number, siteDir: string, withBrotli: boolean): string {
  const deploy = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');
  const listens = deploy.match(/^\s*listen .*;$/gm) ?? [];
  const roots = deploy.match(/^\s*root .*;$/gm) ?? [];
  if (listens.length === 0 || roots.length !== 1) {
    throw new Error('deploy/nginx.conf changed shape: expected `listen …;` lines and one `root …;` line in its server block.');
  }
  let config = deploy.replace(/^(\s*)listen .*;$/gm, '').replace(roots[0], `    listen 127.0.0.1:${port};\n    root ${siteDir};`);
  if (withBrotli) {
    config = config.replace(/^(\s*)gzip on;$/m, `$1include ${join(ROOT, 'deploy/brotli.conf')};\n$1gzip on;`);
  }
  return config;
}

export async function startNginx(port: number, siteDir: string): Promise<RunningNginx> {
  if (!existsSync(NGINX)) {
    throw new Error(`nginx not found at ${NGINX}: install Debian's nginx (apt-get install nginx; .ci/run does) or set NGINX_PATH.`);
  }
  if (!existsSync(join(siteDir, 'index.html'))) throw new Error(`${siteDir} has no index.html: build the site first.`);
  const prefix = mkdtempSync(join(tmpdir(), 'ecw-nginx-'));
  for (const dir of ['logs', 'temp']) mkdirSync(join(prefix, dir));
  const brotli = existsSync(BROTLI_MODULE);
  writeFileSync(join(prefix, 'site.conf'), siteConfig(port, siteDir, brotli));
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      'daemon off;',
      // Started as root (CI containers), nginx would run its worker as `nobody`, who may not be able to
      // read a checkout under /root; the test's workers keep the user that runs the tests.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'worker_processes 1;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'logs/error.log')} warn;`,
      ...(brotli ? [`load_module ${BROTLI_MODULE};`] : []),
      'events { worker_connections 256; }',
      'http {',
      `  include ${MIME_TYPES};`,
      '  default_type application/octet-stream;',
      `  access_log ${join(prefix, 'logs/access.log')};`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(prefix, 'temp', kind)};`),
      '  sendfile on;',
      `  include ${join(prefix, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const args = ['-p', prefix, '-c', join(prefix, 'nginx.conf')];
  const syntax = spawnSync(NGINX, ['-t', ...args], { encoding: 'utf8' });
  if (syntax.status !== 0) throw new Error(`nginx rejected the configuration:\n${syntax.stderr}`);

  const child: ChildProcess = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(origin, child, () => stderr);
  return {
    origin,
    brotli,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

async function waitUntilServing(origin: string, child: ChildProcess, stderr: () => string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${stderr()}`);
    try {
      await fetch(`${origin}/`);
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  child.kill('SIGQUIT');
  throw new Error(`nginx did not answer on ${origin} within 5 s:\n${stderr()}`);
}

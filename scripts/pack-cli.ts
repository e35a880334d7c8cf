/**
 * npm run pack-cli [-- OUT_DIR]
 *
 * Makes the `errcheck` package: the checker's command line as one JavaScript file for Node ≥ 20 with the
 * rules compiled from the articles embedded, so `npx ./errcheck-<version>.tgz /var/log/nginx/error.log`
 * works on a server that has Node and nothing else. Writes the tarball to OUT_DIR (default dist-cli/)
 * and prints its path. Article links point at SITE_URL (default: the public site).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { loadCompiledRules } from './lib/checker-rules.ts';
import { DEFAULT_SITE_URL } from '../src/lib/seo/site.ts';

const outDir = resolve(process.argv[2] ?? 'dist-cli');
const root = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; description: string };
const stage = mkdtempSync(join(tmpdir(), 'errcheck-'));

try {
  const rules = loadCompiledRules();
  // Away from the site, a link must name it: article paths become full URLs of the public origin.
  const site = process.env.SITE_URL ?? DEFAULT_SITE_URL;
  for (const article of Object.values(rules.articles)) article.url = new URL(article.url, site).href;
  await build({
    entryPoints: ['scripts/errcheck/main.ts'],
    outfile: join(stage, 'errcheck.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'linked',
    banner: { js: '#!/usr/bin/env node' },
    define: { ERRCHECK_RULES: JSON.stringify(rules) },
    logLevel: 'warning',
  });
  writeFileSync(
    join(stage, 'package.json'),
    `${JSON.stringify(
      {
        name: 'errcheck',
        version: root.version,
        description: 'Names the known errors in a server log and links the Error Codes Wiki article that fixes each. Runs offline.',
        type: 'module',
        bin: { errcheck: 'errcheck.mjs' },
        files: ['errcheck.mjs', 'errcheck.mjs.LEGAL.txt'],
        engines: { node: '>=20' },
        license: 'UNLICENSED',
      },
      null,
      2,
    )}\n`,
  );
  writeFileSync(
    join(stage, 'README.md'),
    [
      '# errcheck',
      '',
      'The Error Codes Wiki log checker as a command: it names the known errors in a log and links the article',
      'that explains each. Nothing is sent anywhere; the rules are inside the package.',
      '',
      '```sh',
      'npx ./errcheck-<version>.tgz /var/log/nginx/error.log',
      'journalctl -fu nginx | npx ./errcheck-<version>.tgz --follow',
      '```',
      '',
      'Run `errcheck --help` for the options and exit statuses.',
      '',
    ].join('\n'),
  );
  mkdirSync(outDir, { recursive: true });
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', outDir], { cwd: stage, encoding: 'utf8' })
    .trim()
    .split('\n')
    .at(-1)!;
  console.log(join(outDir, tarball));
} finally {
  rmSync(stage, { recursive: true, force: true });
}

/**
 * Browser code stays small and free of build tools: from every client script (`<script>` in .astro
 * files) through every module, worker and chunk it loads, no module of the build folders, no checker
 * barrel, no Node built-in and no build-time package is reached, and re2js only as its own chunk
 * (loaded when a rule needs it). A failure names the chain of imports that led there.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { RULES_URL } from '../../src/lib/checker/rules.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILD_ONLY_FOLDERS = ['src/lib/checker-build/', 'src/lib/social-card/'];
const BARREL = 'src/lib/checker/index.ts';
const BUILD_ONLY_PACKAGES = ['recheck', '@eslint-community/regexpp', 'satori', '@resvg/resvg-js', 'typescript', 'yaml'];
const LAZY_ONLY_PACKAGES = ['re2js'];

interface Import {
  specifier: string;
  dynamic: boolean;
}

/** What a module loads: imports, dynamic imports and workers or assets (`new URL('./x.ts', import.meta.url)`). */
function importsOf(code: string): Import[] {
  const info = ts.preProcessFile(code, true, true);
  const dynamic = new Set([...code.matchAll(/\bimport\(\s*(?:\/\*[^*]*\*\/\s*)?['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!));
  const urls = [...code.matchAll(/new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g)].map((m) => ({
    specifier: m[1]!,
    dynamic: true,
  }));
  return [...info.importedFiles.map((file) => ({ specifier: file.fileName, dynamic: dynamic.has(file.fileName) })), ...urls];
}

/** The client scripts of an .astro file (bundled by Vite; `is:inline` and JSON-LD ones are not modules). */
function clientScripts(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)].filter((m) => !/is:inline|type=/.test(m[1] ?? '')).map((m) => m[2]!);
}

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.astro'))
    .map((name) => join(dir, name));
}

test('browser code never reaches build-time code, the checker barrel or Node', () => {
  const reached = new Map<string, string[]>();
  const problems: string[] = [];
  const visit = (from: string, code: string, chain: string[]) => {
    for (const { specifier, dynamic } of importsOf(code)) {
      const path = specifier.replace(/\?.*$/, '');
      if (!path.startsWith('.')) {
        const name = path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0]!;
        if (path.startsWith('node:') || BUILD_ONLY_PACKAGES.includes(name) || (LAZY_ONLY_PACKAGES.includes(name) && !dynamic)) {
          problems.push(`${[...chain, `${dynamic ? 'import()' : 'import'} ${path}`].join(' → ')}`);
        }
        continue;
      }
      const file = relative(ROOT, resolve(dirname(from), path));
      if (BUILD_ONLY_FOLDERS.some((folder) => file.startsWith(folder)) || file === BARREL) problems.push([...chain, file].join(' → '));
      if (reached.has(file) || !/\.(ts|js|mjs)$/.test(file)) continue;
      reached.set(file, chain);
      visit(join(ROOT, file), readFileSync(join(ROOT, file), 'utf8'), [...chain, file]);
    }
  };
  for (const file of astroFiles(join(ROOT, 'src'))) {
    for (const script of clientScripts(file)) visit(file, script, [relative(ROOT, file)]);
  }
  assert.deepEqual(problems, []);
  // The walk reaches the checker and search code the pages run, so it would see a bad import there.
  for (const file of [
    'src/lib/checker/rules.ts',
    'src/lib/checker/classify.ts',
    'src/components/checker/checker-worker.ts',
    'src/components/search/line-verdict.ts',
  ]) {
    assert.ok(reached.has(file), `${file} is not reached from any client script`);
  }
});

test('the rules URL the widgets fetch is the page the build writes', () => {
  assert.ok(existsSync(join(ROOT, 'src/pages', `${RULES_URL}.ts`)), `no page src/pages${RULES_URL}.ts`);
});

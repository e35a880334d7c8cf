import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyPagefindScript } from '../../src/integrations/pagefind-script.ts';

const file = (path: string, text: string) => ({ path, content: new TextEncoder().encode(text) });

test('pagefind.js is minified with its exports and property names kept; other files pass through', async () => {
  const source = [
    'const pagefind_version="1.6.0";',
    'function loadChunk(longLocalName){return longLocalName.loaded_chunks}',
    'export{loadChunk,pagefind_version};',
  ].join('');
  const other = file('pagefind-ui.js', 'const untouched = 1;');
  const [script, ui] = await minifyPagefindScript([file('pagefind.js', source), other]);
  const code = new TextDecoder().decode(script!.content);
  assert.ok(code.length < source.length, code);
  assert.match(code, /\.loaded_chunks/);
  assert.doesNotMatch(code, /longLocalName/);
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
    loadChunk: (x: object) => unknown;
    pagefind_version: string;
  };
  assert.equal(module.pagefind_version, '1.6.0');
  assert.equal(module.loadChunk({ loaded_chunks: 7 }), 7);
  assert.equal(ui, other);
});

test('a Pagefind output without pagefind.js fails the build', async () => {
  await assert.rejects(minifyPagefindScript([file('pagefind-ui.js', '')]), /pagefind\.js is missing/);
});

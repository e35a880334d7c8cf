/**
 * Article bodies are rendered to HTML when content loads (src/integrations/article-body/). These tests
 * pin what readers and the link check rely on: text is escaped, author components keep their markup,
 * off-site links get rel="noopener", headings get ids, and a mistake names what is wrong.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderArticleBody } from '../../src/integrations/article-body/render-article-body.ts';
import { codeBlockHtml } from '../../src/components/code-block-html.ts';

const SITE = new URL('https://errorcodes.example/');
const render = async (body: string) => (await renderArticleBody(body, SITE)).html;

test('Markdown renders with smart punctuation and escaped text', async () => {
  const html = await render("It's **bold** and `<code>` & \"quotes\" -- ok\n");
  assert.match(html, /<p>It’s <strong>bold<\/strong> and <code>&lt;code&gt;<\/code> &amp; “quotes” – ok<\/p>/);
});

test('a LogExample shows hostile lines as text, never as markup', async () => {
  const html = await render(`<LogExample caption="x" lines={['<script>alert(1)</script>', 'a "b" & c']} />\n`);
  assert.ok(!html.includes('<script>'));
  assert.match(html, /<code>&lt;script&gt;alert\(1\)&lt;\/script&gt;\na &quot;b&quot; &amp; c<\/code>/);
});

test('a Callout keeps its role, kind and title', async () => {
  const html = await render('<Callout kind="warning" title="Mind the gap">\nText with `code`.\n</Callout>\n');
  assert.match(html, /^<div role="note" class="not-prose [^"]*border-amber-600[^"]*"> <p class="font-semibold">Mind the gap<\/p>/);
  assert.match(html, /<p>Text with <code>code<\/code>\.<\/p><\/div> <\/div>$/);
  assert.match(await render('<Callout>\nPlain.\n</Callout>\n'), /<p class="font-semibold">Note<\/p>/);
});

test('a ConfigSnippet is the same code block as the steps use, under its file name', async () => {
  const code = '[Service]\nRestart=on-failure';
  const html = await render(`<ConfigSnippet file="/etc/app.conf" lang="ini" code={\`${code}\`} />\n`);
  assert.ok(html.includes(await codeBlockHtml({ code, lang: 'ini', label: '/etc/app.conf' })));
  assert.match(html, /<figcaption class="font-mono[^"]*">\/etc\/app\.conf<\/figcaption>/);
  assert.match(html, /data-language="ini"/);
  assert.ok(!/style=/.test(html), 'highlighting must not write style attributes (CSP)');
});

test('a fenced code block becomes the same highlighted, copyable block; inline code stays plain', async () => {
  const html = await render('Run `ss -ltnp`:\n\n```sh\nsudo ss -ltnp\n```\n');
  assert.ok(html.includes(await codeBlockHtml({ code: 'sudo ss -ltnp\n', lang: 'sh' })));
  assert.match(html, /<p>Run <code>ss -ltnp<\/code>:<\/p>/);
  assert.ok(!html.includes('<pre><code'), 'no unhighlighted fence is left');
});

test('off-site links get rel="noopener"; site and relative links stay as written', async () => {
  const html = await render('[a](https://nginx.org/en/docs/) [b](https://errorcodes.example/x/) [c](/web-server/)\n');
  assert.match(html, /<a href="https:\/\/nginx\.org\/en\/docs\/" rel="noopener">a<\/a>/);
  assert.match(html, /<a href="https:\/\/errorcodes\.example\/x\/">b<\/a>/);
  assert.match(html, /<a href="\/web-server\/">c<\/a>/);
});

test('headings get unique slug ids', async () => {
  const html = await render('## What it means\n\n## What it means\n');
  assert.match(html, /<h2 id="what-it-means">What it means<\/h2>\s*<h2 id="what-it-means-1">/);
});

test('mistakes in a body are errors that say what is wrong', async () => {
  await assert.rejects(render('<Callout kind="danger">x</Callout>\n'), /<Callout> needs kind= note, tip or warning \(got "danger"\)/);
  await assert.rejects(render('<LogExample lines={42} />\n'), /<LogExample> needs lines= a string or an array of strings/);
  await assert.rejects(render('See <Widget />.\n'), /`Widget`/);
  await assert.rejects(render('<ConfigSnippet file="/x" />\n'), /<ConfigSnippet> needs code= a string/);
  await assert.rejects(render("import Foo from '../../components/mdx/Foo.astro';\n\nText.\n"), /unsupported import/);
});

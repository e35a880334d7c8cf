/**
 * Code highlighting without style attributes (the CSP allows none): every declaration the theme can
 * produce has a class, and anything else stops the build with the place to add it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledThemes, codeToHtml } from 'shiki';
import { CODE_THEME, classesForStyle, styleToClasses } from '../../src/components/code-classes.ts';

test('declarations become classes: colours, backgrounds, font styles', () => {
  assert.deepEqual(classesForStyle('color:#9ECBFF'), ['text-[#9ecbff]']);
  assert.deepEqual(classesForStyle('background-color:#24292e;color:#e1e4e8; overflow-x: auto;'), [
    'bg-[#24292e]',
    'text-[#e1e4e8]',
    'overflow-x-auto',
  ]);
  assert.deepEqual(classesForStyle('color:#F97583;font-style:italic;text-decoration:underline'), ['text-[#f97583]', 'italic', 'underline']);
});

test('a declaration outside the theme fails with the file to add it to', () => {
  assert.throws(() => classesForStyle('color:#123456'), /style "color:#123456".*src\/components\/code-classes\.ts/);
  assert.throws(() => classesForStyle('position:fixed'), /style "position:fixed"/);
});

test(`every colour of ${CODE_THEME}, text and background, has a class`, async () => {
  const githubDark = (await bundledThemes[CODE_THEME]()).default;
  assert.equal(githubDark.name, CODE_THEME);
  const editor = githubDark.colors!;
  for (const color of [editor['editor.foreground']!, ...githubDark.tokenColors!.map((rule) => rule.settings.foreground).filter(Boolean)]) {
    assert.doesNotThrow(() => classesForStyle(`color:${color}`), color);
  }
  for (const color of [editor['editor.background']!, ...githubDark.tokenColors!.map((rule) => rule.settings.background).filter(Boolean)]) {
    assert.doesNotThrow(() => classesForStyle(`background-color:${color}`), color);
  }
});

test('highlighted code of several languages has no style attribute left', async () => {
  const samples: [string, string][] = [
    ['sh', 'sudo systemctl restart nginx && tail -f /var/log/nginx/error.log # check'],
    ['nginx', 'location / {\n  proxy_pass http://127.0.0.1:9000;\n  proxy_read_timeout 300s;\n}'],
    ['yaml', 'services:\n  web:\n    image: "nginx:1.27"\n    ports: [80]'],
    ['python', 'def f(x: int) -> str:\n    """doc"""\n    return f"{x!r}"  # note'],
    ['json', '{"a": [1, true, null]}'],
    ['ini', '[www]\npm.max_children = 10'],
    ['diff', '- old\n+ new'],
  ];
  for (const [lang, code] of samples) {
    const html = await codeToHtml(code, { lang, theme: CODE_THEME, transformers: [styleToClasses] });
    assert.doesNotMatch(html, /style=/, `${lang}: ${html}`);
    assert.match(html, /class="[^"]*text-\[#/, lang);
  }
});

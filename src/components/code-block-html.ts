/**
 * A highlighted code block with a copy button, as HTML. The layout's `CodeBlock.astro` and the
 * `<ConfigSnippet>` of article bodies (rendered when content loads, outside any Astro component)
 * both write it, so every code block on the site is the same markup. The pre element carries what
 * Astro's own `<Code>` gives it (`astro-code`, `data-language`, `tabindex`), with styles as classes.
 */
import { bundledLanguages, createHighlighter, type Highlighter, type ShikiTransformer } from 'shiki';
import { CODE_THEME, styleToClasses } from './code-classes.ts';

const PRE_CLASSES = 'overflow-x-auto rounded-md border border-slate-200 p-3 pr-20 text-sm dark:border-slate-700';
const BUTTON_CLASSES =
  'absolute right-2 top-2 rounded border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-100 ' +
  'dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';

let highlighter: Promise<Highlighter> | undefined;

async function highlighterWith(lang: string): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: [CODE_THEME], langs: ['plaintext'] });
  const loaded = await highlighter;
  if (!loaded.getLoadedLanguages().includes(lang)) await loaded.loadLanguage(lang as keyof typeof bundledLanguages);
  return loaded;
}

const preAttributes = (lang: string): ShikiTransformer => ({
  name: 'error-codes-wiki:pre-attributes',
  pre(node) {
    node.properties.class = `${String(node.properties.class ?? '').replace(/shiki/g, 'astro-code')} ${PRE_CLASSES}`;
    node.properties.dataLanguage = lang;
    node.properties.style = `${String(node.properties.style ?? '')}; overflow-x: auto;`;
  },
});

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export async function codeBlockHtml({
  code,
  lang = 'sh',
  label,
}: {
  code: string;
  lang?: string;
  label?: string | undefined;
}): Promise<string> {
  const known = lang in bundledLanguages ? lang : 'plaintext';
  const text = code.replace(/\n+$/, '');
  const pre = (await highlighterWith(known)).codeToHtml(text, {
    lang: known,
    theme: CODE_THEME,
    transformers: [preAttributes(known), styleToClasses],
    // No time limit per line: Shiki's default (500 ms) leaves the rest of a slow line plain, so on a
    // busy machine the same article came out differently (the incremental-build test caught it).
    tokenizeTimeLimit: 0,
  });
  const name = escapeAttribute(label ? `Copy ${label}` : 'Copy to clipboard');
  const button = `<button type="button" data-copy-code class="${BUTTON_CLASSES}" aria-label="${name}">Copy</button>`;
  return `<div class="not-prose group relative my-3" data-code-block> ${pre} ${button} </div>`;
}

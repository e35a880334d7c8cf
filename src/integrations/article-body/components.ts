/**
 * The author components of article bodies (`<Callout>`, `<LogExample>`, `<ConfigSnippet>`) and the link
 * rule for Markdown links, as functions that return HTML. They write the markup the layout's own
 * components write, so an article body looks the same as the rest of its page.
 */
import { codeBlockHtml } from '../../components/code-block-html.ts';
import { Html, markup, jsx, type Child, type Props } from './html.ts';

const CALLOUT_STYLES = {
  note: 'border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/40',
  tip: 'border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/40',
  warning: 'border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40',
} as const;
const CALLOUT_BODY_CLASSES = 'mt-1 leading-relaxed [&_code]:font-mono [&_code]:text-[0.9em]';
const CALLOUT_LABELS = { note: 'Note', tip: 'Tip', warning: 'Warning' } as const;
const LOG_PRE_CLASSES = 'overflow-x-auto whitespace-pre-wrap break-all rounded-md bg-slate-900 p-3 font-mono text-sm text-slate-100';
const FILE_NAME_CLASSES = 'font-mono text-sm text-slate-600 dark:text-slate-400';

type CalloutKind = keyof typeof CALLOUT_STYLES;

/** The text of a code element's children (Markdown gives a fence's content as one string). */
const textOf = (children: Child): string =>
  Array.isArray(children) ? children.map(textOf).join('') : typeof children === 'string' ? children : '';

/** Fails the article's build with what the author wrote wrong, instead of rendering a broken page. */
function requireProp<T>(component: string, name: string, value: unknown, valid: (value: unknown) => value is T, expected: string): T {
  if (!valid(value)) throw new Error(`<${component}> needs ${name}= ${expected} (got ${JSON.stringify(value)})`);
  return value;
}
const isString = (value: unknown): value is string => typeof value === 'string';
const isOptionalString = (value: unknown): value is string | undefined => value === undefined || typeof value === 'string';

// role="note", not <aside>: several unnamed complementary landmarks in one article would be noise.
function Callout({ kind = 'note', title, children }: Props): Html {
  const valid = requireProp(
    'Callout',
    'kind',
    kind,
    (value): value is CalloutKind => typeof value === 'string' && value in CALLOUT_STYLES,
    'note, tip or warning',
  );
  const heading = requireProp('Callout', 'title', title, isOptionalString, 'a string');
  const classes = `not-prose my-6 rounded-lg border-l-4 p-4 ${CALLOUT_STYLES[valid]}`;
  const label = heading ?? CALLOUT_LABELS[valid];
  const body = markup`<div class="${CALLOUT_BODY_CLASSES}">${children}</div>`;
  return markup`<div role="note" class="${classes}"> <p class="font-semibold">${label}</p> ${body} </div>`;
}

// Lines come as a prop, so Markdown never reinterprets `*`, `_` or quotes inside them.
function LogExample({ caption, lines }: Props): Html {
  const joined = Array.isArray(lines)
    ? lines.map(String).join('\n')
    : requireProp('LogExample', 'lines', lines, isString, 'a string or an array of strings');
  // Some programs end lines with a space (pam_unix's empty `user=`); it is invisible and invalid HTML.
  const text = joined.replace(/[ \t]+$/gm, '');
  const label = requireProp('LogExample', 'caption', caption, isOptionalString, 'a string');
  const figcaption = label ? markup`<figcaption class="mb-1 text-sm text-slate-600 dark:text-slate-400">${label}</figcaption>` : '';
  return markup`<figure class="not-prose my-6"> ${figcaption} <pre class="${LOG_PRE_CLASSES}"><code>${text}</code></pre> </figure>`;
}

/**
 * Components for one body. Highlighting is asynchronous and a JSX runtime is not, so a config snippet
 * leaves a placeholder that `fillPlaceholders` replaces once every snippet of the body is highlighted.
 */
export function bodyComponents(site: URL | undefined) {
  const pending: Promise<string>[] = [];

  function ConfigSnippet({ file, lang = 'ini', code }: Props): Html {
    const name = requireProp('ConfigSnippet', 'file', file, isString, 'a file name');
    const language = requireProp('ConfigSnippet', 'lang', lang, isString, 'a language id');
    const snippet = requireProp('ConfigSnippet', 'code', code, isString, 'a string');
    const placeholder = `\uE000snippet-${pending.length}\uE000`;
    pending.push(codeBlockHtml({ code: snippet, lang: language, label: name }));
    const caption = markup`<figcaption class="${FILE_NAME_CLASSES}">${name}</figcaption>`;
    return markup`<figure class="not-prose my-6"> ${caption} ${new Html(placeholder)} </figure>`;
  }

  // Off-site links get rel="noopener" (the build's link check requires it, and Markdown cannot say it).
  function a({ href, rel, children, ...rest }: Props): Html {
    const target = typeof href === 'string' && URL.canParse(href) ? new URL(href) : undefined;
    const offSite = target !== undefined && /^https?:$/.test(target.protocol) && target.origin !== site?.origin;
    const words = new Set((typeof rel === 'string' ? rel : '').split(/\s+/).filter(Boolean));
    if (offSite) words.add('noopener');
    const attributes = { href, rel: words.size > 0 ? [...words].join(' ') : undefined, ...rest };
    const rendered = Object.entries(attributes)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([name, value]) => markup` ${name}="${String(value)}"`);
    return markup`<a${rendered}>${children}</a>`;
  }

  // A fenced code block arrives as <pre><code class="language-x">: it becomes the site's code block.
  function code({ children, ...rest }: Props): Html {
    const rendered = jsx('code', { ...rest, children });
    const lang = typeof rest.class === 'string' ? /(?:^|\s)language-(\S+)/.exec(rest.class)?.[1] : undefined;
    return Object.assign(rendered, { fence: { text: textOf(children), lang } });
  }

  function pre({ children, ...rest }: Props): Html {
    const fence = children instanceof Html ? (children as Html & { fence?: { text: string; lang: string | undefined } }).fence : undefined;
    if (!fence) return jsx('pre', { ...rest, children });
    const placeholder = `\uE000snippet-${pending.length}\uE000`;
    pending.push(codeBlockHtml({ code: fence.text, lang: fence.lang ?? 'plaintext' }));
    return new Html(placeholder);
  }

  async function fillPlaceholders(body: string): Promise<string> {
    const snippets = await Promise.all(pending);
    return body.replace(/\uE000snippet-(\d+)\uE000/g, (_, index: string) => snippets[Number(index)]!);
  }

  return { components: { Callout, LogExample, ConfigSnippet, a, code, pre }, fillPlaceholders };
}

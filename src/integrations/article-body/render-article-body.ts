/**
 * Turns the MDX body of an article into HTML with the author components. Satteri (Astro's own
 * Markdown/MDX compiler) compiles the body; the compiled function runs with the HTML-string JSX
 * runtime of html.ts, so no per-article module ever reaches the site bundle.
 */
import Slugger from 'github-slugger';
import { evaluate } from 'satteri';
import { bodyComponents } from './components.ts';
import { Fragment, jsx, type Child, type Html, type Props } from './html.ts';

/** The author components. Bodies use them without an import; older articles still import them from here. */
const AUTHOR_COMPONENTS = new Set(['Callout', 'LogExample', 'ConfigSnippet']);
const IMPORT_LINE = /^import\s+(\w+)\s+from\s+(['"])\.\.\/\.\.\/components\/mdx\/(\w+)\.astro\2;?[ \t]*$/gm;

/** Drops imports of the author components (they are passed in); an import of anything else is an error. */
function withoutImports(body: string): string {
  return body.replace(IMPORT_LINE, (line, local: string, _quote, file: string) => {
    if (!AUTHOR_COMPONENTS.has(file) || local !== file) {
      throw new Error(`unsupported import "${line.trim()}": bodies use ${[...AUTHOR_COMPONENTS].join(', ')} without importing them, and nothing else`);
    }
    return '';
  });
}

/** Headings get the ids Astro's Markdown gives them, so links to them keep working. */
function headingWithId(level: number, slugger: Slugger) {
  return ({ children, id, ...rest }: Props): Html => {
    const text = plainText(children);
    return jsx(`h${level}`, { id: id ?? slugger.slug(text), ...rest, children });
  };
}

function plainText(children: Child): string {
  if (Array.isArray(children)) return children.map(plainText).join('');
  if (children === null || children === undefined || typeof children === 'boolean') return '';
  return String(children).replace(/<[^>]*>/g, '');
}

export interface RenderedBody {
  html: string;
}

export async function renderArticleBody(body: string, site: URL | undefined): Promise<RenderedBody> {
  const { components, fillPlaceholders } = bodyComponents(site);
  const slugger = new Slugger();
  const headings = Object.fromEntries([1, 2, 3, 4, 5, 6].map((level) => [`h${level}`, headingWithId(level, slugger)]));
  // Compiled MDX passes only tag names, our components and Fragment as `type`, and props objects.
  const runtime = (type: unknown, props: unknown) => jsx(type as Parameters<typeof jsx>[0], props as Props);
  const compiled = (await evaluate(withoutImports(body), {
    Fragment,
    jsx: runtime,
    jsxs: runtime,
    elementAttributeNameCase: 'html',
    // Astro's Markdown defaults (gfm, smartypants), so bodies read as they did through @astrojs/mdx.
    features: { gfm: true, smartPunctuation: true },
  })) as {
    default: (props: { components: Record<string, unknown> }) => Html;
  };
  const html = compiled.default({ components: { ...headings, ...components } }).value;
  return { html: await fillPlaceholders(html) };
}

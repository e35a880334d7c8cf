/**
 * A JSX runtime whose elements are HTML strings: compiled MDX calls `jsx(type, props)` for every
 * element, and this one renders it on the spot. Article bodies become HTML at content-load time
 * instead of one JavaScript module per article in the site bundle (which is what made memory rise
 * with the corpus).
 */

/** Markup that is already HTML, as opposed to text that still needs escaping. */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

export type Child = Html | string | number | boolean | null | undefined | Child[];
export type Props = Record<string, unknown> & { children?: Child };
export type Component = (props: Props) => Html;

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text the way Astro escapes expressions, so bodies read the same as before. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);

export function renderChildren(children: Child): string {
  if (children === null || children === undefined || typeof children === 'boolean') return '';
  if (Array.isArray(children)) return children.map(renderChildren).join('');
  if (children instanceof Html) return children.value;
  return escapeHtml(String(children));
}

function renderAttributes(props: Props): string {
  let out = '';
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || value === undefined || value === null || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}

export const Fragment = Symbol('Fragment');

export function jsx(type: string | Component | typeof Fragment | undefined, props: Props): Html {
  if (type === Fragment) return new Html(renderChildren(props.children));
  if (typeof type === 'function') return type(props);
  if (typeof type !== 'string') throw new Error('the body uses a component that is not one of the author components (Callout, LogExample, ConfigSnippet)');
  const open = `<${type}${renderAttributes(props)}>`;
  return new Html(VOID_ELEMENTS.has(type) ? open : `${open}${renderChildren(props.children)}</${type}>`);
}

/** A tagged template for component markup: interpolated values are escaped unless they are `Html`. */
export function html(strings: TemplateStringsArray, ...values: Child[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += renderChildren(value) + strings[i + 1]!;
  });
  return new Html(out);
}

/**
 * Shiki colours code with style attributes, which the site's Content-Security-Policy does not allow
 * (no 'unsafe-inline' for styles). This transformer turns each declaration Shiki writes into a Tailwind
 * class instead. Code is highlighted with one theme, github-dark, so the declarations form a closed set:
 * every colour of that theme is listed below (the literal class names are what makes Tailwind generate
 * them), and a declaration outside the set fails the build with the line to add.
 */
import type { ShikiTransformer } from 'shiki';

export const CODE_THEME = 'github-dark';

// github-dark's foreground colours (its token colours and editor foreground), lower case.
const TEXT: Record<string, string> = {
  '#6a737d': 'text-[#6a737d]',
  '#79b8ff': 'text-[#79b8ff]',
  '#b392f0': 'text-[#b392f0]',
  '#e1e4e8': 'text-[#e1e4e8]',
  '#85e89d': 'text-[#85e89d]',
  '#f97583': 'text-[#f97583]',
  '#9ecbff': 'text-[#9ecbff]',
  '#ffab70': 'text-[#ffab70]',
  '#fdaeb7': 'text-[#fdaeb7]',
  '#24292e': 'text-[#24292e]',
  '#dbedff': 'text-[#dbedff]',
  '#2f363d': 'text-[#2f363d]',
  '#d1d5da': 'text-[#d1d5da]',
};

// github-dark's background colours (token backgrounds and the editor background).
const BACKGROUND: Record<string, string> = {
  '#24292e': 'bg-[#24292e]',
  '#f97583': 'bg-[#f97583]',
  '#86181d': 'bg-[#86181d]',
  '#144620': 'bg-[#144620]',
  '#c24e00': 'bg-[#c24e00]',
  '#79b8ff': 'bg-[#79b8ff]',
};

const KEYWORDS: Record<string, string> = {
  'font-style:italic': 'italic',
  'font-weight:bold': 'font-bold',
  'text-decoration:underline': 'underline',
  'text-decoration:line-through': 'line-through',
  'overflow-x:auto': 'overflow-x-auto',
};

/** The classes for a style attribute Shiki wrote, e.g. `color:#9ECBFF;font-style:italic`. */
export function classesForStyle(style: string): string[] {
  return style
    .split(';')
    .map((declaration) => declaration.replace(/\s+/g, '').toLowerCase())
    .filter((declaration) => declaration !== '')
    .map((declaration) => {
      const [property, value = ''] = declaration.split(':');
      const found = property === 'color' ? TEXT[value] : property === 'background-color' ? BACKGROUND[value] : KEYWORDS[declaration];
      if (!found) {
        throw new Error(
          `code highlighting wrote the style "${declaration}", which has no class in src/components/code-classes.ts; ` +
            `add it there (the theme is ${CODE_THEME}).`,
        );
      }
      return found;
    });
}

function moveStyleToClasses(node: { properties: Record<string, unknown> }): void {
  const style = node.properties.style;
  if (typeof style !== 'string') return;
  delete node.properties.style;
  const existing = node.properties.class;
  const classes = [
    ...(typeof existing === 'string' ? existing.split(' ') : Array.isArray(existing) ? existing.map(String) : []),
    ...classesForStyle(style),
  ];
  node.properties.class = [...new Set(classes.filter(Boolean))].join(' ');
}

export const styleToClasses: ShikiTransformer = {
  name: 'error-codes-wiki:style-to-classes',
  pre: moveStyleToClasses,
  span: moveStyleToClasses,
};

/**
 * Reads the links and anchor targets out of one built HTML page without a DOM. Astro's output is
 * well-formed, so a tag scanner is enough: it skips comments and the bodies of <script> and <style>,
 * and reads attributes whether quoted or not.
 */
export interface PageLink {
  /** The attribute value as the browser sees it (entities decoded). */
  url: string;
  /** e.g. `a[href]`, `link[href]`, `img[src]`: where the link was found, for error messages. */
  source: string;
  /** The `rel` attribute split into words (lower-case). */
  rel: string[];
}

export interface PageScan {
  links: PageLink[];
  /** Every id (and <a name>) a `#fragment` may point to. */
  anchors: Set<string>;
}

const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  iframe: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  form: ['action'],
};

// The tag grammar from named parts, so that TAG and ATTRIBUTE read attributes alike.
const ATTRIBUTE_NAME = '[^\\s"\'=<>`/]+';
const DOUBLE_QUOTED = '"([^"]*)"';
const SINGLE_QUOTED = "'([^']*)'";
const UNQUOTED = '([^\\s"\'=<>`]+)';
/** An attribute; its groups: the name, then its value as written in one of the three ways. */
const ATTRIBUTE_SOURCE = `(${ATTRIBUTE_NAME})(?:\\s*=\\s*(?:${DOUBLE_QUOTED}|${SINGLE_QUOTED}|${UNQUOTED}))?`;
/** The same source without capturing groups, to repeat inside a tag. */
const uncaptured = (source: string) => source.replace(/\((?!\?)/g, '(?:');
const COMMENT = '<!--[\\s\\S]*?-->';
/** A script or style element and its text, skipped whole; groups: the element's name, its attributes. */
const RAW_TEXT_ELEMENT = '<(script|style)\\b([^>]*)>[\\s\\S]*?<\\/\\1\\s*>';
/** Any other start tag; groups: its name, its attributes. */
const START_TAG = `<([a-zA-Z][\\w-]*)((?:\\s+${uncaptured(ATTRIBUTE_SOURCE)})*)\\s*\\/?>`;
const TAG = new RegExp(`${COMMENT}|${RAW_TEXT_ELEMENT}|${START_TAG}`, 'g');
const ATTRIBUTE = new RegExp(ATTRIBUTE_SOURCE, 'g');

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

export function scanHtml(html: string): PageScan {
  const links: PageLink[] = [];
  const anchors = new Set<string>();
  for (const match of html.matchAll(TAG)) {
    if (match[0].startsWith('<!--')) continue;
    // A <script> or <style> element: only its opening tag's attributes matter (e.g. script src).
    const tag = (match[1] ?? match[3])!.toLowerCase();
    const attributes = parseAttributes(match[2] ?? match[4] ?? '');
    const id = attributes.get('id');
    if (id) anchors.add(id);
    if (tag === 'a' && attributes.get('name')) anchors.add(attributes.get('name')!);
    for (const name of LINK_ATTRIBUTES[tag] ?? []) {
      const url = attributes.get(name);
      if (url === undefined) continue;
      const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      links.push({ url: url.trim(), source: `${tag}[${name}]`, rel });
    }
  }
  // Copies: V8 keeps a substring as a slice of the string it was cut from, so a kept scan would keep
  // its page's whole text (1,000 pages' scans held 95 MB instead of 20).
  return structuredClone({ links, anchors });
}

/**
 * Escapes text for XML element content and attribute values (sitemap, feed). The HTML escaper's five
 * replacements are exactly XML's (its `&#39;` is a character reference both languages accept).
 */
export { escapeHtml as escapeXml } from '../text/inline-markdown.ts';

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Escapes text for XML element content and attribute values (sitemap, feed). */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

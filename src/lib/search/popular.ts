/**
 * The articles suggested before a search and after one that finds nothing. Without visitor figures,
 * "popular" means the articles other articles point readers to most (their `related` lists), then A–Z.
 */
export interface LinkedArticle {
  id: string;
  title: string;
  related: string[];
}

export function mostLinked<T extends LinkedArticle>(articles: T[], limit: number): T[] {
  const inbound = new Map<string, number>();
  for (const article of articles) {
    for (const id of new Set(article.related)) {
      if (id !== article.id) inbound.set(id, (inbound.get(id) ?? 0) + 1);
    }
  }
  return [...articles]
    .sort((a, b) => (inbound.get(b.id) ?? 0) - (inbound.get(a.id) ?? 0) || a.title.localeCompare(b.title, 'en'))
    .slice(0, limit);
}

/**
 * A title's headline: the part before its explanation (`Nginx 502 Bad Gateway: the upstream failed …` →
 * `Nginx 502 Bad Gateway`), for short link lists. A `: ` inside brackets or quotes belongs to the error
 * text (`connect() failed (111: Connection refused)`), so only one outside them ends the headline.
 */
export function headline(title: string): string {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < title.length - 1; i++) {
    const char = title[i]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === '`') {
      quote = char;
    } else if (char === '(' || char === '[') {
      depth++;
    } else if ((char === ')' || char === ']') && depth > 0) {
      depth--;
    } else if (char === ':' && title[i + 1] === ' ' && depth === 0 && i > 0) {
      return title.slice(0, i);
    }
  }
  return title;
}

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

/**
 * The hub articles of system errors: each article's `fallback:` block names the errno symbols, HTTP
 * statuses, signals and exit statuses it explains, and the checker links a line that no article
 * pattern matches to the hub of the system error it names (tier 2). A value may belong to one article
 * only; the site build (compileRules) and lint:content both report a value claimed twice.
 */
import type { FallbackLinks, SystemErrorKind } from './types.ts';

/** An article's `fallback:` block, as the schema reads it (every list defaults to empty). */
export interface FallbackBlock {
  errno: string[];
  httpStatus: number[];
  signal: string[];
  exitStatus: number[];
}

export const FALLBACK_KINDS: SystemErrorKind[] = ['errno', 'httpStatus', 'signal', 'exitStatus'];

export interface FallbackConflict {
  kind: SystemErrorKind;
  value: string;
  /** The articles claiming the value, sorted. */
  articles: string[];
}

/** The lookup tables, and every value more than one article claims. */
export function collectFallbacks(articles: { id: string; fallback?: FallbackBlock | undefined }[]): {
  links: FallbackLinks;
  conflicts: FallbackConflict[];
} {
  const claims = new Map<string, { kind: SystemErrorKind; value: string; articles: string[] }>();
  for (const article of articles) {
    if (!article.fallback) continue;
    for (const kind of FALLBACK_KINDS) {
      for (const raw of article.fallback[kind]) {
        const value = String(raw);
        const key = `${kind}:${value}`;
        const claim = claims.get(key) ?? { kind, value, articles: [] };
        if (!claim.articles.includes(article.id)) claim.articles.push(article.id);
        claims.set(key, claim);
      }
    }
  }
  const links: FallbackLinks = { errno: {}, httpStatus: {}, signal: {}, exitStatus: {} };
  const conflicts: FallbackConflict[] = [];
  for (const claim of [...claims.values()].sort((a, b) => `${a.kind}:${a.value}`.localeCompare(`${b.kind}:${b.value}`))) {
    if (claim.articles.length > 1) conflicts.push({ ...claim, articles: claim.articles.sort() });
    else links[claim.kind][claim.value] = claim.articles[0]!;
  }
  return { links, conflicts };
}

/** One sentence per conflict, saying what to do. */
export function describeConflict(conflict: FallbackConflict): string {
  return (
    `fallback ${conflict.kind} ${conflict.value} is claimed by ${conflict.articles.join(', ')}: a value can have only one hub article. ` +
    'Keep it in the most general of them and remove it from the others.'
  );
}

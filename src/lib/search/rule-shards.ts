/**
 * The checker's rules cut into small files for search, so classifying a query downloads only the
 * rules that could match it instead of every rule (the whole file grows with every article).
 *
 * A rule can only match text that holds every required text of one of its alternatives (the
 * `literals` the build computes, lower-cased). Each alternative is filed under one key: the piece of
 * its required texts (a run of letters and digits) that the fewest alternatives share, longest first.
 * A query needs the files whose key it contains; the list of keys is the only file every
 * classification loads. Rules with an alternative that has no key go in a file loaded every time.
 */
import type { CompiledRules, RuleSource } from '../checker/types.ts';

export interface RuleShards {
  /** Each key, and the rules filed under it (a rule is in as many files as it has keys). */
  shards: Record<string, CompiledRules>;
  /** Rules some alternative of which has no key: loaded for every classified query. */
  always: CompiledRules;
}

/** The files besides the keys' own (keys are [a-z0-9]+, so these names cannot clash): the rules every query needs, and the list of keys. */
export const ALWAYS = '_always';
export const KEY_LIST = '_keys';

/** Pieces shorter than this occur in too many queries to narrow anything. */
const MIN_KEY = 3;

interface Piece {
  text: string;
  /** Bounded inside the required text on both sides, so a whole word; an edge piece may be a word's end or start. */
  whole: boolean;
}

function piecesOf(texts: string[]): Piece[] {
  return texts.flatMap((text) =>
    [...text.matchAll(/[a-z0-9]+/g)]
      .filter((run) => run[0].length >= MIN_KEY)
      .map((run) => ({ text: run[0], whole: run.index > 0 && run.index + run[0].length < text.length })),
  );
}

function subset(compiled: CompiledRules, rules: RuleSource[]): CompiledRules {
  const articles: CompiledRules['articles'] = {};
  for (const rule of rules) {
    const { title, url, causes } = compiled.articles[rule.article]!;
    const entry = (articles[rule.article] ??= { title, url, causes: {} });
    entry.causes[rule.cause] = causes[rule.cause]!;
  }
  return { version: compiled.version, articles, rules };
}

export function cutRules(compiled: CompiledRules): RuleShards {
  const alternatives = compiled.rules.flatMap((rule) => (rule.literals ?? []).map((texts) => ({ rule, pieces: piecesOf(texts) })));
  const uses = new Map<string, number>();
  for (const { pieces } of alternatives) for (const piece of new Set(pieces.map((p) => p.text))) uses.set(piece, (uses.get(piece) ?? 0) + 1);
  // Whole words first (a query holding the rule's text holds them as words), then the rarest, then the longest.
  const better = (a: Piece, b: Piece) => Number(b.whole) - Number(a.whole) || uses.get(a.text)! - uses.get(b.text)! || b.text.length - a.text.length || (a.text < b.text ? -1 : 1);

  const filed = new Map<string, Set<RuleSource>>();
  const always = new Set<RuleSource>(compiled.rules.filter((rule) => !rule.literals || rule.literals.length === 0));
  for (const { rule, pieces } of alternatives) {
    const key = pieces.sort(better)[0]?.text;
    if (key === undefined) always.add(rule);
    else filed.set(key, (filed.get(key) ?? new Set()).add(rule));
  }
  const shards = Object.fromEntries([...filed].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, rules]) => [key, subset(compiled, [...rules])]));
  return { shards, always: subset(compiled, [...always]) };
}

/** The keys a query contains: the files of rules it needs besides ALWAYS. */
export function keysIn(query: string, keys: string[]): string[] {
  const text = query.toLowerCase();
  return keys.filter((key) => text.includes(key));
}

/** Several files of rules as one, each rule once. */
export function mergeRules(parts: CompiledRules[]): CompiledRules {
  const rules = new Map<string, RuleSource>();
  const articles: CompiledRules['articles'] = {};
  for (const part of parts) {
    Object.assign(articles, part.articles);
    for (const rule of part.rules) rules.set(`${rule.article}/${rule.pattern}`, rule);
  }
  return { version: 2, articles, rules: [...rules.values()] };
}

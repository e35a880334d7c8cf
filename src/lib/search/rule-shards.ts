/**
 * The checker's rules cut into small files for search, so classifying a query downloads only the
 * rules that could match it instead of every rule (the whole file grows with every article).
 *
 * A rule can only match text that holds every required text of one of its alternatives (the
 * `literals` the build computes, lower-cased). Each alternative is filed under one key: a piece of
 * its required texts (a run of letters and digits), a whole word where it has one, the rarest
 * among alternatives, then the longest. A query needs the files of the keys it contains (a whole-word
 * key as a whole word); the list of keys is the only other file a classification loads. Rules with
 * an alternative that has no key go in a file every classification loads.
 */
import type { CompiledRules, FallbackLinks, RuleSource, SystemMeanings } from '../checker/types.ts';

/**
 * The list of keys: whole-word keys and the others (which may be part of a word) apart, and whether
 * there are rules every classification needs (ALWAYS).
 */
export interface RuleKeys {
  words: string[];
  parts: string[];
  always: boolean;
}

/**
 * One file of rules, compact: the rules as tuples (field names repeated for each of a few rules
 * would be a good part of a small file, gzip or not), their articles with only the causes they use.
 */
export interface RuleFile {
  articles: CompiledRules['articles'];
  /** Only in FALLBACKS: the hub articles of system errors (tier 2), for pasted log lines. */
  fallbacks?: FallbackLinks;
  /** Only in FALLBACKS: what those system errors mean, as the checker names them. */
  meanings?: SystemMeanings;
  rules: [
    RuleSource['article'],
    RuleSource['pattern'],
    RuleSource['format'],
    RuleSource['match'],
    RuleSource['flags'],
    RuleSource['engine'],
    RuleSource['cause'],
    RuleSource['secondary'],
    RuleSource['literals'],
    RuleSource['starts'],
  ][];
}

export interface RuleShards {
  keys: RuleKeys;
  /** Each key's file, and ALWAYS's (a rule is in as many files as it has keys). */
  files: Record<string, RuleFile>;
}

/** The files besides the keys' own (keys are [a-z0-9]+, so these names cannot clash). */
export const ALWAYS = '_always';
export const KEY_LIST = '_keys';
export const FALLBACKS = '_fallbacks';

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

function articleOf(compiled: CompiledRules, id: string): CompiledRules['articles'][string] {
  const article = compiled.articles[id];
  if (!article) throw new Error(`rule shards: a rule or fallback names article ${id}, which the compiled rules do not hold`);
  return article;
}

function fileOf(compiled: CompiledRules, rules: Iterable<RuleSource>): RuleFile {
  const file: RuleFile = { articles: {}, rules: [] };
  for (const rule of rules) {
    const { title, url, causes } = articleOf(compiled, rule.article);
    const cause = causes[rule.cause];
    if (cause === undefined) throw new Error(`rule shards: article ${rule.article} has no cause ${rule.cause}`);
    const entry = (file.articles[rule.article] ??= { title, url, causes: {} });
    entry.causes[rule.cause] = cause;
    file.rules.push([
      rule.article,
      rule.pattern,
      rule.format,
      rule.match,
      rule.flags,
      rule.engine,
      rule.cause,
      rule.secondary,
      rule.literals,
      rule.starts,
    ]);
  }
  return file;
}

export function cutRules(compiled: CompiledRules): RuleShards {
  const alternatives = compiled.rules.flatMap((rule) => (rule.literals ?? []).map((texts) => ({ rule, pieces: piecesOf(texts) })));
  const uses = new Map<string, number>();
  for (const { pieces } of alternatives)
    for (const piece of new Set(pieces.map((p) => p.text))) uses.set(piece, (uses.get(piece) ?? 0) + 1);
  const better = (a: Piece, b: Piece) =>
    Number(b.whole) - Number(a.whole) ||
    (uses.get(a.text) ?? 0) - (uses.get(b.text) ?? 0) ||
    b.text.length - a.text.length ||
    (a.text < b.text ? -1 : 1);

  const filed = new Map<string, { rules: Set<RuleSource>; whole: boolean }>();
  const always = new Set<RuleSource>(compiled.rules.filter((rule) => !rule.literals || rule.literals.length === 0));
  for (const { rule, pieces } of alternatives) {
    const key = pieces.sort(better)[0];
    if (key === undefined) {
      always.add(rule);
      continue;
    }
    const entry = filed.get(key.text) ?? { rules: new Set(), whole: true };
    entry.rules.add(rule);
    // A key some alternative only has as part of a word is looked for as part of a word.
    entry.whole &&= key.whole;
    filed.set(key.text, entry);
  }
  const sorted = [...filed].sort(([a], [b]) => (a < b ? -1 : 1));
  const files: Record<string, RuleFile> = Object.fromEntries(sorted.map(([key, { rules }]) => [key, fileOf(compiled, rules)]));
  if (always.size > 0) files[ALWAYS] = fileOf(compiled, always);
  const hubs = new Set(Object.values(compiled.fallbacks).flatMap((links) => Object.values(links)));
  files[FALLBACKS] = {
    articles: Object.fromEntries(
      [...hubs].map((id) => {
        const { title, url } = articleOf(compiled, id);
        return [id, { title, url, causes: {} }];
      }),
    ),
    rules: [],
    fallbacks: compiled.fallbacks,
    meanings: compiled.meanings,
  };
  return {
    keys: {
      words: sorted.filter(([, { whole }]) => whole).map(([key]) => key),
      parts: sorted.filter(([, { whole }]) => !whole).map(([key]) => key),
      always: always.size > 0,
    },
    files,
  };
}

/** The files of rules a query needs. */
export function filesFor(query: string, keys: RuleKeys): string[] {
  const text = query.toLowerCase();
  const words = new Set(text.match(/[a-z0-9]+/g));
  return [
    ...(keys.always ? [ALWAYS] : []),
    ...keys.words.filter((key) => words.has(key)),
    ...keys.parts.filter((key) => text.includes(key)),
  ];
}

const NO_FALLBACKS: FallbackLinks = { errno: {}, httpStatus: {}, signal: {}, exitStatus: {} };
const NO_MEANINGS: SystemMeanings = { httpStatus: {}, signal: {}, systemd: {} };

/** Several files of rules as the checker's rules, each rule once; hub links only when FALLBACKS is among them. */
export function mergeRules(files: RuleFile[]): CompiledRules {
  const rules = new Map<string, RuleSource>();
  const articles: CompiledRules['articles'] = {};
  let fallbacks = NO_FALLBACKS;
  let meanings = NO_MEANINGS;
  for (const file of files) {
    fallbacks = file.fallbacks ?? fallbacks;
    meanings = file.meanings ?? meanings;
    for (const [id, article] of Object.entries(file.articles)) {
      const entry = (articles[id] ??= { ...article, causes: {} });
      Object.assign(entry.causes, article.causes);
    }
    for (const [article, pattern, format, match, flags, engine, cause, secondary, literals, starts] of file.rules) {
      rules.set(`${article}/${pattern}`, { article, pattern, format, match, flags, engine, cause, secondary, literals, starts });
    }
  }
  return { version: 2, articles, rules: [...rules.values()], fallbacks, meanings };
}

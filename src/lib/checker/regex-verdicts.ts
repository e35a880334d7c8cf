/**
 * Build-time only (Node: the rules endpoint, the CLI, tests, the bench): what recheck says about each
 * regex the checker runs on pasted text, which decides the engine that may run it (see rules.ts).
 *
 * recheck analyses a regex the way a backtracking engine searches with it (from every start
 * position), with automata theory when the regex is small enough and by fuzzing otherwise (lookaround,
 * counted repetition, a large automaton). Its verdicts take 50 ms to 15 s a pattern, minutes for all of them, so
 * they are kept in regex-verdicts.json (committed): a build or a clean CI checkout only analyses the
 * patterns that are new or changed since. Fuzzing has time limits, so a verdict can differ on a busy
 * machine; the file also makes builds repeatable.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { check } from 'recheck';
import recheckPackage from 'recheck/package.json' with { type: 'json' };
import { anchoredSource, compileRules, leadingTexts, type ArticleForRules } from './compile-rules.ts';
import stored from './regex-verdicts.json' with { type: 'json' };
import type { CompiledRules } from './types.ts';

export type Complexity = 'safe' | 'polynomial' | 'exponential' | 'unknown';

export interface Verdict {
  complexity: Complexity;
  /**
   * How it was reached: recheck's `automaton` analysis is a proof, `fuzz` means its fuzzer found no
   * attack; `shape` is the proof of boundedBacktracking below, which needs no recheck.
   */
  checker: 'automaton' | 'fuzz' | 'shape' | null;
}

/** The article patterns, and the engine's own regexes (formats.ts and the other modules that read lines). */
export type Scope = 'patterns' | 'engine';

type VerdictFile = { analysis: string } & Record<Scope, Record<string, Verdict>>;

/** Per-regex time limit; a regex that needs longer is `unknown`, which is treated like `polynomial`. */
const TIMEOUT_MS = 60_000;
/** Verdicts made by another recheck version or with other limits are not reused. */
const ANALYSIS = `recheck ${recheckPackage.version}, timeout ${TIMEOUT_MS} ms`;
/** Resolved from the working directory, not this module: the site build runs a bundled copy of it. */
const FILE = resolve('src/lib/checker/regex-verdicts.json');
/** Two analyses at a time: the machines that build the site have two cores. */
const PARALLEL = 2;

export const verdictKey = (source: string, flags: string) => `/${source}/${flags}`;

/** recheck's verdict on one regex, analysed now. */
export async function recheckVerdict(source: string, flags: string): Promise<Verdict> {
  const diagnostics = await check(source, flags, { timeout: TIMEOUT_MS });
  if (diagnostics.status === 'safe') return { complexity: 'safe', checker: diagnostics.checker };
  if (diagnostics.status === 'vulnerable') return { complexity: diagnostics.complexity.type, checker: diagnostics.checker };
  return { complexity: 'unknown', checker: diagnostics.checker ?? null };
}

/** The largest count `{m,n}` may have in a pattern that boundedBacktracking accepts. */
const SMALL_COUNT = 16;

/**
 * True for a pattern whose search cannot backtrack beyond a bound set by the pattern alone, so its
 * time is linear in the line: no lookaround or backreference, no repetition but `?` and small counts,
 * except one unbounded repetition of a single character, class or escape that ends the pattern (nothing
 * after it can fail, so it never gives characters back). Most hand-written patterns have this shape,
 * `synthetic failure E1234 in module \w+` for instance; recheck would take 0.1–0.5 s on each.
 */
export function boundedBacktracking(source: string): boolean {
  if (/\(\?<?[=!]|\\[1-9]|\\k</.test(source)) return false;
  let depth = 0;
  for (let i = 0; i < source.length; ) {
    const ch = source[i]!;
    if (ch === '(') {
      depth++;
      i += /^\(\?(?::|<\w+>)/.exec(source.slice(i))?.[0].length ?? 1;
      continue;
    }
    if (ch === '|') {
      i++;
      continue;
    }
    let end = i + 1;
    if (ch === ')') depth--;
    else if (ch === '\\') end = escapeEnd(source, i);
    else if (ch === '[') {
      end = i + 1;
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      end++;
    }
    const quantifier = /^(?:[*+?]|\{(\d+)(,(\d*))?\})\??/.exec(source.slice(end));
    if (quantifier) {
      const [text, min, comma, max] = quantifier;
      const unbounded = text[0] === '*' || text[0] === '+' || (comma !== undefined && max === '');
      const count = text[0] === '{' ? Number(comma === undefined ? min : max || min) : 1;
      if (unbounded ? ch === ')' || depth !== 0 || end + text.length !== source.length : count > SMALL_COUNT) return false;
      end += text.length;
    }
    i = end;
  }
  return true;
}

/** Index after the escape starting at `i` (`\d`, `\x41`, `\u{1F600}`, `\p{L}`). */
function escapeEnd(source: string, i: number): number {
  const kind = source[i + 1];
  if (kind === 'x') return i + 4;
  if (kind === 'u') return source[i + 2] === '{' ? source.indexOf('}', i) + 1 : i + 6;
  if ((kind === 'p' || kind === 'P') && source[i + 2] === '{') return source.indexOf('}', i) + 1;
  if (kind === 'c') return i + 3;
  return i + 2;
}

/**
 * The verdict of every regex: `shape` when boundedBacktracking proves it, else from the file when it
 * has one, else analysed with recheck now and added to the file. With `complete` (the regexes are all
 * of the scope's), verdicts of regexes no longer used are dropped from the file.
 */
export async function regexVerdicts(
  scope: Scope,
  regexes: { source: string; flags: string }[],
  { complete = false } = {},
): Promise<Map<string, Verdict>> {
  const file = stored as VerdictFile;
  const known = file.analysis === ANALYSIS ? file[scope] : {};
  const result = new Map<string, Verdict>();
  const analysed = new Map<string, Verdict>();
  const missing = new Map<string, { source: string; flags: string }>();
  for (const regex of regexes) {
    const key = verdictKey(regex.source, regex.flags);
    const verdict = known[key];
    if (boundedBacktracking(regex.source)) result.set(key, { complexity: 'safe', checker: 'shape' });
    else if (verdict) analysed.set(key, verdict);
    else missing.set(key, regex);
  }
  const queue = [...missing];
  const work = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) analysed.set(next[0], await recheckVerdict(next[1].source, next[1].flags));
  };
  await Promise.all(Array.from({ length: PARALLEL }, work));
  if (missing.size > 0 || (complete && Object.keys(known).length !== analysed.size)) save(scope, analysed, complete);
  for (const [key, verdict] of analysed) result.set(key, verdict);
  return result;
}

/** Merges into the file as it is now (tests in other processes may have added to it), atomically. */
function save(scope: Scope, verdicts: Map<string, Verdict>, complete: boolean): void {
  if (!existsSync(FILE)) return;
  const read = JSON.parse(readFileSync(FILE, 'utf8')) as VerdictFile;
  const current: VerdictFile = read.analysis === ANALYSIS ? read : { analysis: ANALYSIS, patterns: {}, engine: {} };
  const merged: Record<string, Verdict> = complete ? {} : { ...current[scope] };
  for (const [key, verdict] of verdicts) merged[key] = verdict;
  current[scope] = Object.fromEntries(Object.keys(merged).sort().map((key) => [key, merged[key]!]));
  // One verdict a line, so a changed pattern shows as a one-line diff.
  const section = (scope: Scope) =>
    Object.entries(current[scope])
      .map(([key, verdict]) => `    ${JSON.stringify(key)}: ${JSON.stringify(verdict)}`)
      .join(',\n');
  const text = `{\n  "analysis": ${JSON.stringify(ANALYSIS)},\n  "patterns": {\n${section('patterns')}\n  },\n  "engine": {\n${section('engine')}\n  }\n}\n`;
  const temporary = `${FILE}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, FILE);
}

/**
 * The checker's rules from articles, each pattern on the engine its verdict allows (compileRules).
 * `complete` when the articles are all of the site's published ones.
 */
export async function buildRules(articles: ArticleForRules[], { complete = false } = {}): Promise<CompiledRules> {
  const patterns = articles.flatMap((article) => article.patterns.map((pattern) => ({ source: pattern.match, flags: pattern.flags })));
  // Patterns for the linear engine are also analysed anchored (compileRules: RuleSource.starts).
  const plain = await regexVerdicts('patterns', patterns);
  const anchored = patterns
    .filter((pattern) => plain.get(verdictKey(pattern.source, pattern.flags))!.complexity !== 'safe' && pattern.flags === '' && leadingTexts(pattern.source))
    .map((pattern) => ({ source: anchoredSource(pattern.source), flags: pattern.flags }));
  const verdicts = await regexVerdicts('patterns', [...patterns, ...anchored], { complete });
  return compileRules(articles, (source, flags) => verdicts.get(verdictKey(source, flags))!);
}

/**
 * Turns the `patterns` of every published article into the checker's rules (plain JSON). The one
 * function used by the site build (src/pages/checker-rules.json.ts) and by Node tools (CLI, tests,
 * bench), through buildRules() in regex-verdicts.ts, so the browser and the command line classify with
 * exactly the same rules, each on the engine its recheck verdict allows.
 */
import { RE2JS } from 're2js';
import { collectFallbacks, describeConflict, type FallbackBlock } from './fallback-links.ts';
import { linearRegex } from './rules.ts';
import { skipGroup, topLevelBranches, unwrapGroup } from './regex-source.ts';
import type { LogFormatId } from '../log-formats.ts';
import type { CompiledRules, RuleEngine, RuleSource } from './types.ts';
import type { Verdict } from './regex-verdicts.ts';

/** What compileRules needs from an article, whichever way it was read (Astro collection or disk). */
export interface ArticleForRules {
  id: string;
  title: string;
  url: string;
  causes: { id: string; title: string }[];
  patterns: {
    id: string;
    format: LogFormatId;
    match: string;
    flags: '' | 'i';
    cause: string;
    secondary: boolean;
  }[];
  /** The system errors the article is the hub for (fallback-links.ts). */
  fallback?: FallbackBlock | undefined;
}

const EXPONENTIAL =
  'recheck finds it can backtrack exponentially (a repeated group whose body can match the same text in more than one way). Rewrite it so that each part of a line can match only one way, e.g. `(a+)+` as `a+`, `(\\w+\\s?)*` as `[\\w\\s]*`';

/** Whether the linear-time engine accepts the pattern: it has no lookahead, lookbehind or backreferences. */
function linearEngineProblem(pattern: { match: string; flags: string }): string | null {
  try {
    linearRegex(RE2JS, pattern.match, pattern.flags);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Throws, listing every pattern that could freeze the page (so the build fails on it). `verdictOf`
 * gives recheck's verdict on a pattern (regex-verdicts.ts).
 */
export function compileRules(articles: ArticleForRules[], verdictOf: (source: string, flags: string) => Verdict): CompiledRules {
  const { links, conflicts } = collectFallbacks(articles);
  const compiled: CompiledRules = { version: 2, articles: {}, rules: [], fallbacks: links };
  if (conflicts.length > 0) throw new Error(`Checker fallbacks claimed twice:\n  ${conflicts.map(describeConflict).join('\n  ')}`);
  const problems: string[] = [];
  for (const article of [...articles].sort((a, b) => a.id.localeCompare(b.id))) {
    compiled.articles[article.id] = {
      title: article.title,
      url: article.url,
      causes: Object.fromEntries(article.causes.map((cause) => [cause.id, cause.title])),
    };
    for (const pattern of article.patterns) {
      const where = `src/content/articles/${article.id}.mdx, pattern "${pattern.id}" (${pattern.match})`;
      // V8's backtracking RegExp only runs what recheck found safe; the linear-time engine runs what
      // can take super-linear time or what recheck could not decide. Exponential patterns fail the build
      // although the linear engine could run them: such a pattern is ambiguous, and easy to fix.
      const verdict = verdictOf(pattern.match, pattern.flags);
      if (verdict.complexity === 'exponential') {
        problems.push(`${where}: ${EXPONENTIAL}.`);
        continue;
      }
      const engine: RuleEngine = verdict.complexity === 'safe' ? 'backtracking' : 'linear';
      const unsupported = engine === 'linear' ? linearEngineProblem(pattern) : null;
      if (unsupported) {
        problems.push(
          `${where}: ${verdict.complexity === 'unknown' ? 'recheck could not decide whether its search takes linear time' : 'recheck finds its search can take polynomial time'}, so it must run on the linear-time engine, which cannot run it (${unsupported}). Rewrite it without lookahead, lookbehind or backreferences, or so that recheck finds it safe: e.g. a bounded \`[^)]{0,200}\` for an unbounded \`[^)]*\` that the text after it can also match.`,
        );
        continue;
      }
      const rule: RuleSource = {
        article: article.id,
        pattern: pattern.id,
        format: pattern.format,
        match: pattern.match,
        flags: pattern.flags,
        engine,
        cause: pattern.cause,
        secondary: pattern.secondary,
        literals: requiredLiterals(pattern.match),
        starts: engine === 'linear' ? attemptStarts(pattern, verdictOf) : null,
      };
      compiled.rules.push(rule);
    }
  }
  if (problems.length > 0) throw new Error(`Checker patterns that could freeze the page:\n  ${problems.join('\n  ')}`);
  return compiled;
}

/** The pattern as one match attempt from the start of the text: what recheck analyses for `starts`. */
export const anchoredSource = (source: string) => `^(?:${source})`;

/**
 * The texts a linear-engine rule can be tried at (RuleSource.starts): every match starts with one of
 * them, and an attempt from one position is linear. Case-sensitive patterns only (the texts are found
 * with indexOf).
 */
function attemptStarts(pattern: { match: string; flags: string }, verdictOf: (source: string, flags: string) => Verdict): string[] | null {
  if (pattern.flags !== '') return null;
  const starts = leadingTexts(pattern.match);
  return starts && verdictOf(anchoredSource(pattern.match), pattern.flags).complexity === 'safe' ? starts : null;
}

/**
 * Texts every match of `source` starts with (one per alternative), or null when some alternative can
 * start with something else: a class, a wildcard, an optional character, an anchor or lookaround.
 */
export function leadingTexts(source: string): string[] | null {
  const texts = new Set<string>();
  for (const branch of topLevelBranches(unwrapGroup(source))) {
    if (branch.startsWith('(?:')) {
      // A branch that opens with a group of alternatives starts with one of theirs.
      const end = skipGroup(branch, 0);
      if (QUANTIFIER_START.test(branch[end] ?? '')) return null;
      const inner = leadingTexts(branch.slice(0, end));
      if (!inner) return null;
      for (const text of inner) texts.add(text);
      continue;
    }
    const text = leadingRun(branch);
    if (text === '') return null;
    texts.add(text);
  }
  return [...texts];
}

/** The plain text a branch starts with, up to the first character that is not plain or not required. */
function leadingRun(branch: string): string {
  let run = '';
  let i = 0;
  while (i < branch.length) {
    const ch = branch[i]!;
    let literal: string;
    let width = 1;
    if (ch === '\\') {
      const next = branch[i + 1] ?? '';
      // An escaped punctuation character is itself; letters and digits are classes, anchors or codes.
      if (next === '' || /[A-Za-z0-9]/.test(next)) break;
      literal = next;
      width = 2;
    } else if ('()[]{}|.^$?*+'.includes(ch)) {
      break;
    } else {
      literal = ch;
    }
    const quantifier = branch[i + width];
    if (quantifier === '?' || quantifier === '*' || (quantifier === '{' && /^\{0[,}]/.test(branch.slice(i + width, i + width + 3)))) break;
    run += literal;
    if (quantifier === '+' || quantifier === '{') break;
    i += width;
  }
  return run;
}

const QUANTIFIER_START = /[?*+{]/;
const MIN_LITERAL = 3;
/**
 * Texts kept per alternative, and their length: enough to tell rules apart (`" 504 ` and ` http/` for
 * an access-log rule), while the literal index stays small enough for the processor's cache.
 */
const MAX_TEXTS = 3;
const MAX_TEXT_LENGTH = 24;

/**
 * For a pattern with top-level alternatives (`a|b|c`, or one group `(?:a|b)` around everything), the
 * texts each alternative requires; a line can only match if it contains all the texts of one of them.
 * Null when some alternative requires no text.
 */
export function requiredLiterals(source: string): string[][] | null {
  const alternatives: string[][] = [];
  for (const branch of topLevelBranches(unwrapGroup(source))) {
    const texts = requiredTexts(branch);
    // A required group of alternatives, each with its own texts, splits the branch into one alternative
    // per choice: `Error: (?:ImagePullBackOff|ErrImagePull)` needs `error: ` and one of the two names.
    const fromGroup = requiredGroupLiterals(branch);
    if (fromGroup) alternatives.push(...fromGroup.map((choice) => [...new Set([...texts, ...choice])]));
    else if (texts.length > 0) alternatives.push(texts);
    else return null;
  }
  const seen = new Set<string>();
  return alternatives.filter((texts) => !seen.has(texts.join('\n')) && seen.add(texts.join('\n')));
}

/** How selective a set of alternatives is: the total text length of its weakest alternative. */
const strength = (alternatives: string[][]) => Math.min(...alternatives.map((texts) => texts.join('').length));

/** The literal sets of the groups a branch must match (not optional), the most selective one. */
function requiredGroupLiterals(branch: string): string[][] | null {
  let best: string[][] | null = null;
  for (let i = 0; i < branch.length; i++) {
    const ch = branch[i];
    if (ch === '\\') {
      i++;
    } else if (ch === '[') {
      i = skipGroup(branch, i) - 1;
    } else if (ch === '(') {
      const end = skipGroup(branch, i);
      const quantifier = branch[end];
      const optional = quantifier === '?' || quantifier === '*' || (quantifier === '{' && /^\{0[,}]/.test(branch.slice(end, end + 3)));
      const inner = branch.slice(i, end);
      // Only plain non-capturing or capturing groups: lookarounds do not consume text.
      if (!optional && !/^\(\?[=!<]/.test(inner) || /^\(\?<\w/.test(inner)) {
        const body = inner.replace(/^\((?:\?:|\?<\w+>)?/, '').slice(0, -1);
        const set = optional ? null : requiredLiterals(`(?:${body})`);
        if (set && (!best || strength(set) > strength(best))) best = set;
      }
      i = end - 1;
    }
  }
  return best;
}

/**
 * The runs of plain text that every match of `source` must contain, lower-cased, longest first (at most
 * MAX_TEXTS, each cut to MAX_TEXT_LENGTH); none when there is no run worth using or `source` has a
 * top-level alternative. They let the matcher skip a rule without running its regex; a wrong answer
 * here can only make a rule run more often, never miss a line, as long as each stays a real substring
 * of every match, so anything unusual ends a run.
 */
export function requiredTexts(source: string): string[] {
  const runs: string[] = [];
  let run = '';
  const flush = () => {
    if (run.length >= MIN_LITERAL) runs.push(run.toLowerCase());
    run = '';
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    let literal: string | null = null;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      // An escaped punctuation character is itself; letters and digits are classes, anchors or codes.
      if (next !== '' && !/[A-Za-z0-9]/.test(next)) literal = next;
      i += 2;
      if (literal === null) {
        flush();
        i = skipEscapeBody(source, i, next);
        i = skipQuantifier(source, i);
        continue;
      }
    } else if (ch === '(' || ch === '[') {
      flush();
      i = skipGroup(source, i);
      i = skipQuantifier(source, i);
      continue;
    } else if (ch === '|') {
      // A top-level alternative means no single text is required.
      return [];
    } else if (ch === '.') {
      flush();
      i = skipQuantifier(source, i + 1);
      continue;
    } else if (ch === '^' || ch === '$' || QUANTIFIER_START.test(ch) || ch === ')' || ch === ']' || ch === '}') {
      flush();
      i++;
      continue;
    } else {
      literal = ch;
      i++;
    }
    if (literal.charCodeAt(0) > 0x7e || literal.charCodeAt(0) < 0x20) {
      flush();
      continue;
    }
    const quantifier = source[i];
    if (quantifier === '?' || quantifier === '*' || (quantifier === '{' && /^\{0[,}]/.test(source.slice(i, i + 3)))) {
      // The character may be absent: the run ends before it.
      flush();
      i = skipQuantifier(source, i);
    } else if (quantifier === '+' || quantifier === '{') {
      run += literal;
      flush();
      i = skipQuantifier(source, i);
    } else {
      run += literal;
    }
  }
  flush();
  return [...new Set(runs.sort((a, b) => b.length - a.length).map((text) => text.slice(0, MAX_TEXT_LENGTH)))].slice(0, MAX_TEXTS);
}

function skipEscapeBody(source: string, i: number, kind: string): number {
  if (kind === 'x') return i + 2;
  if (kind === 'c') return i + 1;
  if (kind === 'u') return source[i] === '{' ? source.indexOf('}', i) + 1 || source.length : i + 4;
  if ((kind === 'p' || kind === 'P') && source[i] === '{') return source.indexOf('}', i) + 1 || source.length;
  if (kind === 'k' && source[i] === '<') return source.indexOf('>', i) + 1 || source.length;
  return i;
}

function skipQuantifier(source: string, i: number): number {
  const ch = source[i];
  if (ch === '?' || ch === '*' || ch === '+') i++;
  else if (ch === '{') {
    const close = source.indexOf('}', i);
    if (close !== -1 && /^\{\d+(?:,\d*)?\}$/.test(source.slice(i, close + 1))) i = close + 1;
  }
  if (source[i] === '?') i++;
  return i;
}

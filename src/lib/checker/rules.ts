/**
 * Compiled rules made ready to run: each rule's regex built once, and an index over the rules'
 * required texts so a line only runs the regexes that can match it.
 */
import { buildLiteralIndex, type LiteralIndex } from './literal-index.ts';
import type { LogFormatId } from '../log-formats.ts';
import type { CompiledRules, RuleMatch } from './types.ts';

/** What a match reports about its rule, plus what running the rule needs. */
type ReadyRule = Pick<RuleMatch, 'article' | 'title' | 'url' | 'cause' | 'causeTitle' | 'pattern' | 'secondary'> & {
  regex: RegExp;
  format: LogFormatId;
};

/**
 * Rules see at most this much of a line. Error messages sit at the start of a line; what follows is
 * request context. With no nested repetition allowed (regex-shape.ts), the remaining worst case of a
 * backtracking regex is quadratic in its input, so this bound keeps the cost per line constant.
 */
export const RULE_WINDOW = 4096;

export interface RuleSet {
  rules: ReadyRule[];
  literals: LiteralIndex;
  /** Rules listed per literal id. */
  byLiteral: number[][];
  /** Rules without a usable literal: they run on every line. */
  always: number[];
  /** Per rule, the number of the last line it was queued for (see matchRules), and the queue itself. */
  tried: Uint32Array;
  candidates: Int32Array;
  generation: number;
}

export function prepareRules(compiled: CompiledRules): RuleSet {
  if (compiled?.version !== 1 || !Array.isArray(compiled.rules)) {
    throw new Error('checker rules have an unknown shape: expected the output of compileRules() (version 1).');
  }
  const rules: ReadyRule[] = [];
  const literalIds = new Map<string, number>();
  const byLiteral: number[][] = [];
  const always: number[] = [];
  compiled.rules.forEach((rule, i) => {
    const article = compiled.articles[rule.article];
    if (!article) throw new Error(`checker rule ${rule.article}/${rule.pattern} names an article missing from the rules file.`);
    rules.push({
      regex: new RegExp(rule.match, rule.flags),
      format: rule.format,
      secondary: rule.secondary,
      article: rule.article,
      title: article.title,
      url: article.url,
      cause: rule.cause,
      causeTitle: article.causes[rule.cause] ?? rule.cause,
      pattern: rule.pattern,
    });
    if (!rule.literals || rule.literals.length === 0) {
      always.push(i);
      return;
    }
    for (const literal of rule.literals) {
      let id = literalIds.get(literal);
      if (id === undefined) {
        id = literalIds.size;
        literalIds.set(literal, id);
        byLiteral.push([]);
      }
      byLiteral[id]!.push(i);
    }
  });
  return {
    rules,
    literals: buildLiteralIndex([...literalIds.keys()]),
    byLiteral,
    always,
    tried: new Uint32Array(rules.length),
    candidates: new Int32Array(rules.length),
    generation: 0,
  };
}

/**
 * Ranking, as agreed for the checker: primary patterns before secondary ones (a secondary pattern marks
 * lines another article owns), then rules written for the detected format (or for `generic`), then
 * the longer matched text (more specific). Confidence encodes the same order on a 0..1 scale.
 */
function confidenceOf(secondary: boolean, formatAgrees: boolean, length: number): number {
  const specificity = Math.min(1, length / 200);
  return Math.round((0.3 + (secondary ? 0 : 0.4) + (formatAgrees ? 0.2 : 0) + 0.1 * specificity) * 1000) / 1000;
}

function compareMatches({ match: a, agrees: aAgrees }: Ranked, { match: b, agrees: bAgrees }: Ranked): number {
  if (a.secondary !== b.secondary) return a.secondary ? 1 : -1;
  if (aAgrees !== bAgrees) return aAgrees ? -1 : 1;
  return b.end - b.start - (a.end - a.start) || a.article.localeCompare(b.article) || a.cause.localeCompare(b.cause);
}

// Shared by every line that matches nothing, to spare an allocation per line; never mutated.
const NO_MATCHES: RuleMatch[] = Object.freeze([]) as unknown as RuleMatch[];

export function matchRules(set: RuleSet, text: string, format: LogFormatId): RuleMatch[] {
  const line = text.length > RULE_WINDOW ? text.slice(0, RULE_WINDOW) : text;
  // Collect each candidate rule once per line: `tried` holds the line stamp a rule was last queued on.
  const stamp = ++set.generation;
  const { tried, candidates } = set;
  let count = 0;
  for (const index of set.always) {
    tried[index] = stamp;
    candidates[count++] = index;
  }
  // The literal scan, inlined from findLiterals: this loop runs once per character of every line.
  const { classOf, width, next, output, hasOutput } = set.literals;
  let state = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    state = next[state * width + (code < 128 ? classOf[code]! : 0)]!;
    if (hasOutput[state] !== 1) continue;
    for (const id of output[state]!) {
      for (const index of set.byLiteral[id]!) {
        if (tried[index] === stamp) continue;
        tried[index] = stamp;
        candidates[count++] = index;
      }
    }
  }
  let found: Ranked[] | undefined;
  for (let i = 0; i < count; i++) {
    const rule = set.rules[candidates[i]!]!;
    const match = rule.regex.exec(line);
    if (match) (found ??= []).push(ranked(rule, match, format));
  }
  if (!found) return NO_MATCHES;
  if (found.length > 1) found.sort(compareMatches);
  // One entry per article and cause: the best-ranked pattern speaks for it.
  const matches: RuleMatch[] = [];
  for (const { match } of found) {
    if (!matches.some((m) => m.article === match.article && m.cause === match.cause)) matches.push(match);
  }
  return matches;
}

interface Ranked {
  match: RuleMatch;
  agrees: boolean;
}

function ranked(rule: ReadyRule, found: RegExpExecArray, format: LogFormatId): Ranked {
  const agrees = rule.format === format || rule.format === 'generic';
  const length = found[0].length;
  return {
    agrees,
    match: {
      article: rule.article,
      title: rule.title,
      url: rule.url,
      cause: rule.cause,
      causeTitle: rule.causeTitle,
      pattern: rule.pattern,
      secondary: rule.secondary,
      confidence: confidenceOf(rule.secondary, agrees, length),
      start: found.index,
      end: found.index + length,
    },
  };
}

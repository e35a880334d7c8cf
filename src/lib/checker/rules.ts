/**
 * Compiled rules made ready to run: each rule's regex built once, and an index over the rules'
 * required texts so a line only runs the regexes that can match it.
 */
import { buildLiteralIndex, findLiterals, type LiteralIndex } from './literal-index.ts';
import type { LogFormatId } from '../log-formats.ts';
import type { CompiledRules, RuleMatch } from './types.ts';

interface ReadyRule {
  regex: RegExp;
  format: LogFormatId;
  secondary: boolean;
  article: string;
  title: string;
  url: string;
  cause: string;
  causeTitle: string;
  pattern: string;
}

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
    if (rule.literal === null) {
      always.push(i);
      return;
    }
    let id = literalIds.get(rule.literal);
    if (id === undefined) {
      id = literalIds.size;
      literalIds.set(rule.literal, id);
      byLiteral.push([]);
    }
    byLiteral[id]!.push(i);
  });
  return { rules, literals: buildLiteralIndex([...literalIds.keys()]), byLiteral, always };
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

function compareMatches(a: RuleMatch & { agrees: boolean }, b: RuleMatch & { agrees: boolean }): number {
  if (a.secondary !== b.secondary) return a.secondary ? 1 : -1;
  if (a.agrees !== b.agrees) return a.agrees ? -1 : 1;
  return b.end - b.start - (a.end - a.start) || a.article.localeCompare(b.article) || a.cause.localeCompare(b.cause);
}

export function matchRules(set: RuleSet, text: string, format: LogFormatId): RuleMatch[] {
  const line = text.length > RULE_WINDOW ? text.slice(0, RULE_WINDOW) : text;
  const candidates = new Set<number>(set.always);
  findLiterals(set.literals, line.toLowerCase(), (id) => {
    for (const rule of set.byLiteral[id]!) candidates.add(rule);
  });
  const found: (RuleMatch & { agrees: boolean })[] = [];
  for (const index of candidates) {
    const rule = set.rules[index]!;
    const match = rule.regex.exec(line);
    if (!match) continue;
    const agrees = rule.format === format || rule.format === 'generic';
    found.push({
      article: rule.article,
      title: rule.title,
      url: rule.url,
      cause: rule.cause,
      causeTitle: rule.causeTitle,
      pattern: rule.pattern,
      secondary: rule.secondary,
      confidence: confidenceOf(rule.secondary, agrees, match[0].length),
      start: match.index,
      end: match.index + match[0].length,
      agrees,
    });
  }
  found.sort(compareMatches);
  // One entry per article and cause: the best-ranked pattern speaks for it.
  const seen = new Set<string>();
  const matches: RuleMatch[] = [];
  for (const { agrees: _agrees, ...match } of found) {
    const key = `${match.article}#${match.cause}`;
    if (seen.has(key)) continue;
    seen.add(key);
    matches.push(match);
  }
  return matches;
}

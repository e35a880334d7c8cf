/**
 * Compiled rules made ready to run: each rule's regex built once on the engine the build chose for it,
 * and an index over the rules' required texts so a line only runs the regexes that can match it.
 *
 * Why matching time is linear in the input: every article pattern was checked when the rules were
 * built (src/lib/checker-build/). Patterns proven linear, by their shape or by recheck's automaton
 * analysis, run on V8's RegExp, which is fast (0.3–0.5 µs a run) but backtracks; the others (an
 * unanchored `.*` or `[^)]*` followed by more text makes a backtracking search quadratic; nothing
 * proved others) run on re2js, whose automaton matching is linear by construction but 10–45 times
 * slower, and which is loaded only when a rule needs it (loadRuleSet; a separate file in the site
 * build). Most of those start with fixed texts and are proven linear as one attempt from a given
 * position (the anchored pattern): they run as a few V8 attempts where their start texts occur, and on
 * re2js only for lines where those texts occur too often (attemptSearcher). Patterns recheck finds
 * exponential fail the build. RULE_WINDOW bounds the cost per line whatever the engine.
 */
import type { RE2JS } from 're2js';
import { buildLiteralIndex, DENSE, type LiteralIndex } from './literal-index.ts';
import type { LogFormatId } from '../log-formats.ts';
import type { CompiledRules, FallbackLinks, RuleMatch, SystemMeanings } from './types.ts';

/** What both engines offer: the first match's start and text. */
interface Searcher {
  exec(text: string): Found | null;
}

interface Found {
  index: number;
  0: string;
}

/** What a match reports about its rule, plus what running the rule needs. */
type ReadyRule = Pick<RuleMatch, 'article' | 'title' | 'url' | 'cause' | 'causeTitle' | 'pattern' | 'secondary'> & {
  regex: Searcher;
  format: LogFormatId;
};

/** Where the site serves the compiled rules (src/pages/checker-rules.json.ts); the widgets fetch them from here. */
export const RULES_URL = '/checker-rules.json';

/**
 * Rules see at most this much of a line. Error messages sit at the start of a line; what follows is
 * request context. It bounds the cost per line whatever the engine.
 */
export const RULE_WINDOW = 4096;

/** A pattern compiled for re2js, which reads JavaScript syntax once translated (named groups). */
export function linearRegex(engine: typeof RE2JS, source: string, flags: string): RE2JS {
  return engine.compile(engine.translateRegExp(source), flags === 'i' ? engine.CASE_INSENSITIVE : 0);
}

/**
 * re2js answers yes or no with a DFA but finds where a match lies with a slower simulation (up to
 * fifteen times slower on a long line): a line can hold a rule's required texts without matching it,
 * so the cheap answer comes first. Where the rule matched the last line it ran on, the next is most
 * likely a repeat of that error and the answer would be wasted work: the search runs at once. Either
 * way the result is the search's. (re2js returns a RegExpExecArray look-alike that its types call `any[]`.)
 */
function linearSearcher(regex: RE2JS): Searcher {
  let matchedLast = false;
  return {
    exec(text) {
      const found = matchedLast || regex.test(text) ? (regex.exec(text) as Found | null) : null;
      matchedLast = found !== null;
      return found;
    },
  };
}

/**
 * At most this many V8 attempts per line for a rule with `starts`; a line where its start texts occur
 * more often goes to re2js. Each attempt is linear (recheck's verdict on the anchored pattern), so a
 * line costs at most this many linear passes.
 */
const MAX_ATTEMPTS = 4;

/** In RuleSource.starts, the start of the line: where an alternative that opens with `^` matches. */
export const LINE_START = '';

/**
 * A linear-engine rule that can run as single V8 attempts at the places its start texts occur
 * (RuleSource.starts): the first position, in text order, where an attempt succeeds is the match an
 * unanchored search returns, since every match starts with one of the texts (or at the line's start,
 * for LINE_START). re2js costs about 10 µs a run on a typical line; a few attempts cost well under 1 µs.
 */
function attemptSearcher(source: string, starts: string[], fallback: Searcher): Searcher {
  const sticky = new RegExp(source, 'y');
  const positions: number[] = [];
  return {
    exec(text) {
      positions.length = 0;
      for (const start of starts) {
        if (start === LINE_START) {
          if (positions.length === MAX_ATTEMPTS) return fallback.exec(text);
          positions.push(0);
          continue;
        }
        for (let at = text.indexOf(start); at !== -1; at = text.indexOf(start, at + 1)) {
          if (positions.length === MAX_ATTEMPTS) return fallback.exec(text);
          positions.push(at);
        }
      }
      if (starts.length > 1) positions.sort((a, b) => a - b);
      for (const at of positions) {
        sticky.lastIndex = at;
        const found = sticky.exec(text);
        if (found) return found;
      }
      return null;
    },
  };
}

/**
 * Stands in for re2js while it is not loaded: a line that needs the automaton is noted as reached and
 * gets no match from the rule, so the caller knows to load re2js and check again (RuleSet.deferred).
 */
function deferredSearcher(deferred: DeferredEngine): Searcher {
  return {
    exec() {
      deferred.reached = true;
      return null;
    },
  };
}

/** How a compiled rule searches a line, on the engine the build chose for it (or a stand-in, see deferredSearcher). */
function searcherOf(rule: CompiledRules['rules'][number], linear: typeof RE2JS | undefined, deferred: DeferredEngine): Searcher {
  if (rule.engine !== 'linear') return new RegExp(rule.match, rule.flags);
  const automaton = linear ? linearSearcher(linearRegex(linear, rule.match, rule.flags)) : deferredSearcher(deferred);
  return rule.starts ? attemptSearcher(rule.match, rule.starts, automaton) : automaton;
}

/** Rules ready to run, with re2js loaded first when some rule needs it (most rule sets need it not at all). */
export async function loadRuleSet(compiled: CompiledRules): Promise<RuleSet> {
  // re2js is a file of its own in the site build: pages load it only when a rule has to run on it.
  return prepareRules(compiled, needsLinearEngine(compiled) ? (await import('re2js')).RE2JS : undefined);
}

const needsLinearEngine = (compiled: CompiledRules): boolean => compiled?.rules?.some((rule) => rule.engine === 'linear') ?? false;

/** Whether a line reached a rule that needs re2js while it was not loaded, since `reached` was last cleared. */
export interface DeferredEngine {
  reached: boolean;
}

export interface RuleSet {
  rules: ReadyRule[];
  /** Titles and addresses of the articles, for the hub links of system errors (fallback.ts). */
  articles: CompiledRules['articles'];
  fallbacks: FallbackLinks;
  meanings: SystemMeanings;
  literals: LiteralIndex;
  /**
   * A rule is tried on a line when the line holds every text of one of its alternatives (see
   * requiredLiterals). Alternatives are numbered across all rules: per literal id, the alternatives
   * that need it (byLiteral from literalAt[id] to literalAt[id + 1], one flat array for fewer reads
   * from memory); per alternative, its rule and how many texts it needs.
   */
  literalAt: Int32Array;
  byLiteral: Int32Array;
  alternativeRule: Int32Array;
  alternativeSize: Uint8Array;
  /** Rules without a usable literal: they run on every line. */
  always: number[];
  /**
   * Per-line bookkeeping, reused: the number of the last line (`generation`) a literal was seen on, an
   * alternative counted on and a rule queued on, the texts of each alternative seen so far, and the queue.
   */
  literalSeen: Uint32Array;
  alternativeSeen: Uint32Array;
  alternativeCount: Uint8Array;
  tried: Uint32Array;
  candidates: Int32Array;
  generation: number;
  /**
   * Prepared without re2js while some rule needs it: those rules still run where a few V8 attempts
   * settle them (attemptSearcher) and mark `reached` where only the automaton could.
   */
  deferred: DeferredEngine | null;
}

/**
 * `linear` is re2js (loadRuleSet loads it when some rule runs on it). Without it, those rules are
 * deferred: the caller checks `deferred.reached` after classifying and, if set, checks again with it.
 */
export function prepareRules(compiled: CompiledRules, linear?: typeof RE2JS): RuleSet {
  if (compiled?.version !== 2 || !Array.isArray(compiled.rules)) {
    throw new Error('checker rules have an unknown shape: expected the output of compileRules() (version 2).');
  }
  const rules: ReadyRule[] = [];
  const literalIds = new Map<string, number>();
  const byLiteral: number[][] = [];
  const alternativeRule: number[] = [];
  const alternativeSize: number[] = [];
  const always: number[] = [];
  const deferred: DeferredEngine | null = !linear && needsLinearEngine(compiled) ? { reached: false } : null;
  compiled.rules.forEach((rule, i) => {
    const article = compiled.articles[rule.article];
    if (!article) throw new Error(`checker rule ${rule.article}/${rule.pattern} names an article missing from the rules file.`);
    rules.push({
      regex: searcherOf(rule, linear, deferred!),
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
    for (const texts of rule.literals) {
      const alternative = alternativeRule.length;
      alternativeRule.push(i);
      alternativeSize.push(texts.length);
      for (const literal of texts) {
        let id = literalIds.get(literal);
        if (id === undefined) {
          id = literalIds.size;
          literalIds.set(literal, id);
          byLiteral.push([]);
        }
        byLiteral[id]!.push(alternative);
      }
    }
  });
  return {
    rules,
    articles: compiled.articles,
    fallbacks: compiled.fallbacks,
    meanings: compiled.meanings,
    literals: buildLiteralIndex([...literalIds.keys()]),
    literalAt: startsOf(byLiteral),
    byLiteral: Int32Array.from(byLiteral.flat()),
    alternativeRule: Int32Array.from(alternativeRule),
    alternativeSize: Uint8Array.from(alternativeSize),
    always,
    literalSeen: new Uint32Array(literalIds.size),
    alternativeSeen: new Uint32Array(alternativeRule.length),
    alternativeCount: new Uint8Array(alternativeRule.length),
    tried: new Uint32Array(rules.length),
    candidates: new Int32Array(rules.length),
    generation: 0,
    deferred,
  };
}

/** Where each list starts in the lists laid end to end, and where the last one ends. */
function startsOf(lists: number[][]): Int32Array {
  const starts = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (starts[i + 1] = starts[i]! + list.length));
  return starts;
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

/**
 * The checker's order of a line's matches: by confidence (the ranking above), then the longer match
 * (confidence rounds it), then by article and cause, so ties never depend on the order rules ran in.
 */
export function compareMatches(a: RuleMatch, b: RuleMatch): number {
  return (
    b.confidence - a.confidence ||
    b.end - b.start - (a.end - a.start) ||
    a.article.localeCompare(b.article) ||
    a.cause.localeCompare(b.cause)
  );
}

// Shared by every line that matches nothing, to spare an allocation per line; never mutated.
export const NO_MATCHES: RuleMatch[] = Object.freeze([]) as unknown as RuleMatch[];

/**
 * The ranked matches of one line. `source` and `start` say where the line sits in the paste
 * (InputLine): the literal scan reads the paste there, which is faster than reading the line's own
 * string (a slice of the paste that V8 reads through an indirection).
 */
export function matchRules(set: RuleSet, text: string, format: LogFormatId, source = text, start = 0): RuleMatch[] {
  const line = text.length > RULE_WINDOW ? text.slice(0, RULE_WINDOW) : text;
  // Collect each candidate rule once per line: the `…Seen` arrays and `tried` hold the line stamp.
  const stamp = ++set.generation;
  const { tried, candidates, literalSeen, alternativeSeen, alternativeCount, alternativeRule, alternativeSize, literalAt, byLiteral } = set;
  let count = 0;
  // Indexed loops here and below: V8 made an iterator a line for for…of over these arrays.
  const always = set.always;
  for (let i = 0; i < always.length; i++) {
    tried[always[i]!] = stamp;
    candidates[count++] = always[i]!;
  }
  // The literal scan over the index's automaton (literal-index.ts), kept inline because this loop runs
  // once per character of every line.
  const { classOf, states, dense, outputAt, outputIds } = set.literals;
  let state = 0;
  for (let i = start, end = start + line.length; i < end; i++) {
    const cls = classOf[source.charCodeAt(i)]!;
    // No literal holds the character: every match so far is broken.
    if (cls === 0) {
      state = 0;
      continue;
    }
    // Fail links lead to shallower states, so this loop takes at most as many steps as characters read.
    for (;;) {
      const at = state * 4;
      const move = states[at]!;
      if (move === cls) {
        state = states[at + 1]!;
        break;
      }
      if (move === DENSE) {
        state = dense[states[at + 1]! + cls]!;
        break;
      }
      state = states[at + 2]!;
    }
    const ending = states[state * 4 + 3]!;
    if (ending === 0) continue;
    for (let k = outputAt[state]!, last = k + ending; k < last; k++) {
      const id = outputIds[k]!;
      if (literalSeen[id] === stamp) continue;
      literalSeen[id] = stamp;
      for (let j = literalAt[id]!, end = literalAt[id + 1]!; j < end; j++) {
        const alternative = byLiteral[j]!;
        const seen = alternativeSeen[alternative] === stamp ? alternativeCount[alternative]! + 1 : 1;
        alternativeSeen[alternative] = stamp;
        alternativeCount[alternative] = seen;
        const index = alternativeRule[alternative]!;
        if (seen < alternativeSize[alternative]! || tried[index] === stamp) continue;
        tried[index] = stamp;
        candidates[count++] = index;
      }
    }
  }
  // Most lines match one rule or none: a list is made only for a second match, and a single match gets
  // a list of its own size (results of a big paste are all kept, see field-store.ts).
  let first: RuleMatch | null = null;
  let found: RuleMatch[] | undefined;
  for (let i = 0; i < count; i++) {
    const rule = set.rules[candidates[i]!]!;
    const match = rule.regex.exec(line);
    if (!match) continue;
    if (first === null) first = matchOf(rule, match, format);
    else (found ??= [first]).push(matchOf(rule, match, format));
  }
  if (first === null) return NO_MATCHES;
  if (!found) return [first];
  found.sort(compareMatches);
  // One entry per article and cause: the best-ranked pattern speaks for it.
  const matches: RuleMatch[] = [];
  for (let i = 0; i < found.length; i++) {
    const match = found[i]!;
    if (!hasCause(matches, match)) matches.push(match);
  }
  // A copy has exactly the room it needs: results of a big paste are all kept (see field-store.ts).
  return matches.slice();
}

/** Whether `matches` has one for the article and cause of `match`. */
function hasCause(matches: RuleMatch[], match: RuleMatch): boolean {
  for (let i = 0; i < matches.length; i++) if (matches[i]!.article === match.article && matches[i]!.cause === match.cause) return true;
  return false;
}

function matchOf(rule: ReadyRule, found: Found, format: LogFormatId): RuleMatch {
  const agrees = rule.format === format || rule.format === 'generic';
  const length = found[0].length;
  return {
    tier: 1,
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
  };
}

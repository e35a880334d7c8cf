/**
 * What `npm run verdicts` writes: the verdict of every regex the checker runs (article patterns, drafts
 * included, and the engine's own), and the fixed start of every format layout. Tests compare the
 * committed files with what this computes.
 */
import { readAllArticles } from './read-articles.ts';
import { articleForRules } from './checker-rules.ts';
import { regexesOf } from '../../src/lib/checker-build/compile-rules.ts';
import { ENGINE_REGEXES, LAYOUT_PATTERNS } from '../../src/lib/checker-build/engine-regexes.ts';
import { fixedStartCodes } from '../../src/lib/checker-build/regex-tree.ts';
import {
  ANALYSIS,
  analyseRegex,
  needsRecheck,
  storedVerdictFile,
  verdictKey,
  type Regex,
  type Scope,
  type Verdict,
  type VerdictFile,
} from '../../src/lib/checker-build/regex-verdicts.ts';

/** Two analyses at a time: the machines that build the site have two cores. */
const PARALLEL = 2;

/** What computeVerdictFile reports: each regex it starts analysing, each verdict it gets. */
export interface Progress {
  /** Analyse stored `unknown` verdicts again (of `retryScope`, else all), with this time limit. */
  retryUnknown?: number;
  retryScope?: Scope;
  analysing?: (regex: Regex) => void;
  analysed?: (scope: Scope, key: string, verdict: Verdict) => void;
}

/** Verdicts of `regexes` that need recheck: reused from the file when current, else analysed now. */
async function verdictsOf(scope: Scope, regexes: Regex[], progress: Progress): Promise<Record<string, Verdict>> {
  const stored = storedVerdictFile();
  const known = stored.analysis === ANALYSIS ? stored[scope] : {};
  const result: Record<string, Verdict> = {};
  const queue: Regex[] = [];
  for (const regex of regexes.filter(needsRecheck)) {
    const key = verdictKey(regex.source, regex.flags);
    if (key in result || queue.some((queued) => verdictKey(queued.source, queued.flags) === key)) continue;
    const stored = known[key];
    const retry = progress.retryUnknown && stored?.complexity === 'unknown' && (progress.retryScope ?? scope) === scope;
    if (stored && !retry) result[key] = stored;
    else queue.push(regex);
  }
  const work = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      progress.analysing?.(next);
      const key = verdictKey(next.source, next.flags);
      result[key] = await analyseRegex(next.source, next.flags, progress.retryUnknown);
      progress.analysed?.(scope, key, result[key]);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, work));
  return result;
}

/** The complete verdict file for the articles in `dir` and the engine's regexes. */
export async function computeVerdictFile(dir?: string, progress: Progress = {}): Promise<VerdictFile> {
  const articles = readAllArticles(dir).map(articleForRules);
  const plain = await verdictsOf('patterns', regexesOf(articles), progress);
  const plainOf = (source: string, flags: string): Verdict =>
    plain[verdictKey(source, flags)] ??
    (needsRecheck({ source, flags }) ? { complexity: 'unknown', checker: null } : { complexity: 'safe', checker: 'shape' });
  const patterns = await verdictsOf('patterns', regexesOf(articles, plainOf), progress);
  const engine = await verdictsOf('engine', Object.values(ENGINE_REGEXES).flat(), progress);
  return { analysis: ANALYSIS, patterns, engine };
}

/** fixed-starts.json: each layout's fixed start (src/lib/checker/fixed-start.ts). */
export function computeFixedStarts(): Record<string, number[]> {
  return Object.fromEntries(
    LAYOUT_PATTERNS.map((pattern) => [verdictKey(pattern.source, pattern.flags), fixedStartCodes(pattern.source, pattern.flags)] as const)
      .filter(([, codes]) => codes.length > 0)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

export const FIXED_STARTS_FILE = 'src/lib/checker/fixed-starts.json';

/** One layout a line. */
export const fixedStartsText = (starts: Record<string, number[]>) =>
  `{\n${Object.entries(starts)
    .map(([key, codes]) => `  ${JSON.stringify(key)}: ${JSON.stringify(codes)}`)
    .join(',\n')}\n}\n`;

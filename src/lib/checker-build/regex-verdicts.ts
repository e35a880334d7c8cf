/**
 * Build time only (Node): whether each regex the checker runs on pasted text is proven linear, which
 * decides the engine that may run it (compile-rules.ts, rules.ts).
 *
 * A proof is one of two things. The pattern's shape (regex-tree.ts: boundedByShape), checked here in
 * microseconds. Or recheck's automaton analysis of the relaxed pattern (regex-tree.ts: relaxedSource):
 * it takes 50 ms to a minute a pattern, so its verdicts are kept in regex-verdicts.json like a lockfile.
 * `npm run verdicts` (scripts/verdicts.ts) is the only writer; the build and the tests only read it and
 * fail on a missing or stale verdict, naming the command. recheck's fuzzer is never used: finding no
 * attack is not a proof.
 */
import { check } from 'recheck';
import recheckPackage from 'recheck/package.json' with { type: 'json' };
import stored from './regex-verdicts.json' with { type: 'json' };
import { boundedByShape, relaxedSource, SHAPE_PATH_LIMIT } from './regex-tree.ts';

export type Complexity = 'safe' | 'polynomial' | 'exponential' | 'unknown';

export interface Verdict {
  complexity: Complexity;
  /** How it was reached: the shape proof, recheck's automaton analysis, or neither (`unknown`). */
  checker: 'shape' | 'automaton' | null;
}

/** The article patterns, and the engine's own regexes (engine-regexes.ts). */
export type Scope = 'patterns' | 'engine';

export interface Regex {
  source: string;
  flags: string;
}

export type VerdictFile = { analysis: string } & Record<Scope, Record<string, Verdict>>;

/**
 * Per-regex time limit; a regex that needs longer is `unknown`, which is treated like `polynomial`.
 * A verdict found with more time is as good a proof, so the limit is not part of ANALYSIS: on a busy
 * machine, `npm run verdicts -- --retry-unknown` gives the undecided ones RETRY_TIMEOUT_MS.
 */
export const TIMEOUT_MS = 60_000;
export const RETRY_TIMEOUT_MS = 300_000;
/** Verdicts made by another recheck version, another relaxation or shape rule are stale. */
export const ANALYSIS = `recheck ${recheckPackage.version} automaton, relaxed counts, shape limit ${SHAPE_PATH_LIMIT}`;
/** Where `npm run verdicts` writes, relative to the project root it runs in. */
export const VERDICTS_FILE = 'src/lib/checker-build/regex-verdicts.json';
export const VERDICTS_COMMAND = 'npm run verdicts';

export const verdictKey = (source: string, flags: string) => `/${source}/${flags}`;

/** The pattern as one match attempt from the start of the text: what recheck analyses for `starts`. */
export const anchoredSource = (source: string) => `^(?:${source})`;

const SHAPE: Verdict = { complexity: 'safe', checker: 'shape' };

/** recheck's automaton verdict on the relaxed form of one regex, analysed now (slow). */
export async function recheckVerdict(source: string, flags: string, timeout = TIMEOUT_MS): Promise<Verdict> {
  const diagnostics = await check(relaxedSource(source, flags), flags, { checker: 'automaton', timeout });
  if (diagnostics.status === 'safe') return { complexity: 'safe', checker: 'automaton' };
  if (diagnostics.status === 'vulnerable') return { complexity: diagnostics.complexity.type, checker: 'automaton' };
  return { complexity: 'unknown', checker: null };
}

/** The shape proof when there is one, else recheck's verdict analysed now (for `npm run verdicts`). */
export async function analyseRegex(source: string, flags: string, timeout = TIMEOUT_MS): Promise<Verdict> {
  return boundedByShape(source, flags) ? SHAPE : recheckVerdict(source, flags, timeout);
}

/** Whether `npm run verdicts` has to analyse the regex (its shape proves nothing). */
export const needsRecheck = (regex: Regex) => !boundedByShape(regex.source, regex.flags);

/** Thrown when the verdict file lacks verdicts; the message lists them and names the command. */
export class MissingVerdicts extends Error {}

/**
 * The verdict of every regex, from its shape or from the verdict file. Throws MissingVerdicts, listing
 * each regex (with `describe` saying where it comes from), when the file has no current verdict for some.
 */
export function readVerdicts<R extends Regex>(
  scope: Scope,
  regexes: R[],
  describe: (regex: R) => string = (regex) => `/${regex.source}/${regex.flags}`,
): Map<string, Verdict> {
  const file = stored as VerdictFile;
  const current = file.analysis === ANALYSIS;
  const known = current ? file[scope] : {};
  const verdicts = new Map<string, Verdict>();
  const missing: string[] = [];
  for (const regex of regexes) {
    const key = verdictKey(regex.source, regex.flags);
    const verdict = needsRecheck(regex) ? known[key] : SHAPE;
    if (verdict) verdicts.set(key, verdict);
    else missing.push(describe(regex));
  }
  if (missing.length > 0) {
    const why = current ? 'has no verdict for' : `was made by another analysis ("${file.analysis}", now "${ANALYSIS}") and so has none for`;
    throw new MissingVerdicts(
      `${VERDICTS_FILE} ${why} ${missing.length} regex${missing.length === 1 ? '' : 'es'}. ` +
        `Run \`${VERDICTS_COMMAND}\` and commit the file:\n  ${[...new Set(missing)].join('\n  ')}`,
    );
  }
  return verdicts;
}

/** The verdict file's text: one verdict a line, sorted, so a changed pattern shows as a one-line diff. */
export function verdictFileText(file: VerdictFile): string {
  const section = (scope: Scope) =>
    Object.keys(file[scope])
      .sort()
      .map((key) => `    ${JSON.stringify(key)}: ${JSON.stringify(file[scope][key])}`)
      .join(',\n');
  return [
    '{',
    `  "analysis": ${JSON.stringify(file.analysis)},`,
    '  "patterns": {',
    section('patterns'),
    '  },',
    '  "engine": {',
    section('engine'),
    '  }',
    '}',
    '',
  ].join('\n');
}

export const storedVerdictFile = () => stored as VerdictFile;

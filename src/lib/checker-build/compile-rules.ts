/**
 * Build time only (Node): turns the `patterns` of every published article into the checker's rules
 * (plain JSON). buildRules is the one function used by the site build (src/pages/checker-rules.json.ts)
 * and by Node tools (CLI, tests, bench), so the browser and the command line classify with exactly the
 * same rules, each on the engine its verdict allows (regex-verdicts.ts).
 */
import { RE2JS } from 're2js';
import { collectFallbacks, describeConflict, type FallbackBlock } from '../checker/fallback-links.ts';
import { SYSTEM_MEANINGS } from './system-meanings.ts';
import { linearRegex } from '../checker/rules.ts';
import type { LogFormatId } from '../log-formats.ts';
import type { CompiledRules, RuleEngine, RuleSource } from '../checker/types.ts';
import { leadingTexts, requiredLiterals } from './regex-tree.ts';
import { anchoredSource, readVerdicts, verdictKey, type Regex, type Verdict } from './regex-verdicts.ts';

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
  'recheck finds it can backtrack exponentially (a repeated group whose body can match the same text in more than one way; ' +
  'a count such as `{1,16}` is no limit, 16 words can be split 2^15 ways). ' +
  'Rewrite it so that each part of a line can match only one way, e.g. `(a+)+` as `a+`, `(?:\\w{1,16} ?){1,16}` as `[\\w ]*`';

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
 * gives the verdict on a pattern (regex-verdicts.ts).
 */
export function compileRules(articles: ArticleForRules[], verdictOf: (source: string, flags: string) => Verdict): CompiledRules {
  const { links, conflicts } = collectFallbacks(articles);
  const compiled: CompiledRules = { version: 2, articles: {}, rules: [], fallbacks: links, meanings: SYSTEM_MEANINGS };
  if (conflicts.length > 0) throw new Error(`Checker fallbacks claimed twice:\n  ${conflicts.map(describeConflict).join('\n  ')}`);
  const problems: string[] = [];
  for (const article of [...articles].sort((a, b) => a.id.localeCompare(b.id))) {
    // Only the causes a pattern names: the widget downloads this file, and a match is all that shows a cause.
    const named = new Set(article.patterns.map((pattern) => pattern.cause));
    compiled.articles[article.id] = {
      title: article.title,
      url: article.url,
      causes: Object.fromEntries(article.causes.filter((cause) => named.has(cause.id)).map((cause) => [cause.id, cause.title])),
    };
    for (const pattern of article.patterns) {
      const where = `src/content/articles/${article.id}.mdx, pattern "${pattern.id}" (${pattern.match})`;
      // V8's backtracking RegExp only runs what is proven linear; the linear-time engine runs what can
      // take super-linear time or what nothing proved. Exponential patterns fail the build
      // although the linear engine could run them: such a pattern is ambiguous, and easy to fix.
      const verdict = verdictOf(pattern.match, pattern.flags);
      if (verdict.complexity === 'exponential') {
        problems.push(`${where}: ${EXPONENTIAL}.`);
        continue;
      }
      const engine: RuleEngine = verdict.complexity === 'safe' ? 'backtracking' : 'linear';
      const unsupported = engine === 'linear' ? linearEngineProblem(pattern) : null;
      if (unsupported) {
        const finding =
          verdict.complexity === 'unknown'
            ? 'recheck could not decide whether its search takes linear time'
            : 'recheck finds its search can take polynomial time';
        problems.push(
          `${where}: ${finding}, so it must run on the linear-time engine, which cannot run it (${unsupported}). ` +
            'Rewrite it without lookahead, lookbehind or backreferences, or so that it is proven linear ' +
            '(CONTRIBUTING.md, "Keep it linear"): e.g. a lookaround without `*`, `+` or `{n,}` in it.',
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
        literals: requiredLiterals(pattern.match, pattern.flags),
        starts: engine === 'linear' ? attemptStarts(pattern, verdictOf) : null,
      };
      compiled.rules.push(rule);
    }
  }
  if (problems.length > 0) throw new Error(`Checker patterns that could freeze the page:\n  ${problems.join('\n  ')}`);
  return compiled;
}

/**
 * The texts a linear-engine rule can be tried at (RuleSource.starts): every match starts with one of
 * them, and an attempt from one position is proven linear. Case-sensitive patterns only (the texts are
 * found with indexOf).
 */
function attemptStarts(pattern: { match: string; flags: string }, verdictOf: (source: string, flags: string) => Verdict): string[] | null {
  if (pattern.flags !== '') return null;
  const starts = leadingTexts(pattern.match);
  return starts && verdictOf(anchoredSource(pattern.match), pattern.flags).complexity === 'safe' ? starts : null;
}

/** The regexes whose verdicts compileRules needs for these articles, each with where it comes from. */
export function regexesOf(
  articles: ArticleForRules[],
  verdictOf?: (source: string, flags: string) => Verdict,
): (Regex & { where: string })[] {
  return articles.flatMap((article) =>
    article.patterns.flatMap((pattern) => {
      const where = `src/content/articles/${article.id}.mdx, pattern "${pattern.id}"`;
      const plain = { source: pattern.match, flags: pattern.flags, where };
      // Patterns for the linear engine are also analysed anchored (RuleSource.starts).
      const anchored =
        verdictOf && pattern.flags === '' && verdictOf(pattern.match, pattern.flags).complexity !== 'safe' && leadingTexts(pattern.match)
          ? [{ source: anchoredSource(pattern.match), flags: '', where: `${where}, anchored` }]
          : [];
      return [plain, ...anchored];
    }),
  );
}

/** The checker's rules from articles, each pattern on the engine its verdict allows (regex-verdicts.json). */
export function buildRules(articles: ArticleForRules[]): CompiledRules {
  const describe = (regex: Regex & { where: string }) => `${regex.where}: /${regex.source}/${regex.flags}`;
  const plain = readVerdicts('patterns', regexesOf(articles), describe);
  const plainOf = (source: string, flags: string) => plain.get(verdictKey(source, flags))!;
  const verdicts = readVerdicts('patterns', regexesOf(articles, plainOf), describe);
  return compileRules(articles, (source, flags) => verdicts.get(verdictKey(source, flags))!);
}

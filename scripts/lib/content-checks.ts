/**
 * Corpus rules that the schema cannot see: minimum anatomy per published article (issue #5),
 * cross-article uniqueness of error strings, the references the build checks (category, related
 * articles: the same check, cross-references.ts), and ambiguous checker patterns.
 * Each problem says what is wrong and what to do, and names the file and (where it can) the line.
 */
import { renderArticleBody } from '../../src/integrations/article-body/render-article-body.ts';
import { readFileSync } from 'node:fs';
import categories from '../../src/content/categories.json' with { type: 'json' };
import { compilePattern } from '../../src/lib/content/article-rules.ts';
import { collectFallbacks, describeConflict } from '../../src/lib/checker/fallback-links.ts';
import { checkReferences } from '../../src/lib/content/cross-references.ts';
import { articleId, listArticleFiles, readArticle, type SourceArticle, type SourceProblem } from './read-articles.ts';

export const MINIMUMS = { causes: 2, steps: 4, faq: 2, related: 2, references: 1, patterns: 2, overviewWords: [150, 500] } as const;

/** The 1-based line of the first occurrence of `needle` in the file, else 1. */
function lineOf(file: string, needle: string): number {
  const text = readFileSync(file, 'utf8');
  const index = text.indexOf(needle);
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}

/** Words of the MDX overview, ignoring import lines, JSX tags and their attributes. */
export function overviewWordCount(body: string): number {
  const prose = body
    .replace(/^import .*$/gm, '')
    .replace(/<([A-Z]\w*)[\s\S]*?\/>/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/```[\s\S]*?```/g, '');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

// A step that tells the reader to run or edit something should show what to type.
const EXPECTS_COMMAND = /\b(run|execute|type the|restart|reload|edit|add (?:this|these|the following))\b/i;

export function checkArticleMinimums(article: SourceArticle): SourceProblem[] {
  const { data, file } = article;
  const problems: SourceProblem[] = [];
  const at = (path: string, needle: string, message: string) => problems.push({ file, line: lineOf(file, needle), path, message });

  for (const field of ['causes', 'steps', 'faq', 'related', 'references', 'patterns'] as const) {
    const min = MINIMUMS[field];
    if (data[field].length < min) {
      at(field, `${field}:`, `has ${data[field].length}, needs at least ${min}. Add ${min - data[field].length} more.`);
    }
  }
  const words = overviewWordCount(article.body);
  const [minWords, maxWords] = MINIMUMS.overviewWords;
  if (words < minWords || words > maxWords) {
    at('(body)', '\n---\n', `the overview has ${words} words; write between ${minWords} and ${maxWords}.`);
  }
  data.references.forEach((ref, i) => {
    if (!ref.url.startsWith('https://')) {
      at(`references.${i}.url`, ref.url, `"${ref.url}" is not https. Link the https version of the official page.`);
    }
  });
  data.steps.forEach((step, i) => {
    if (!step.command && EXPECTS_COMMAND.test(step.detail)) {
      at(
        `steps.${i}.command`,
        step.title,
        `step "${step.title}" tells the reader to run or edit something but has no command. ` +
          `Add the exact command or configuration lines.`,
      );
    }
  });
  const todo = /TODO/.exec(readFileSync(file, 'utf8'));
  if (todo) {
    at('(file)', 'TODO', 'a scaffold TODO is still in the article. Replace every TODO before publishing (or keep draft: true).');
  }
  return problems;
}

/**
 * `unparsedIds` are articles whose front matter failed the schema: they exist, so links to them are
 * not reported twice (their own schema problem is the one to fix).
 */
export function checkCorpus(articles: SourceArticle[], unparsedIds: string[] = []): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const published = articles.filter((a) => !a.data.draft);
  const files = new Map(published.map((a) => [a.id, a.file]));

  for (const article of published) problems.push(...checkArticleMinimums(article));
  const references = checkReferences(
    published.map((a) => ({ id: a.id, category: a.data.category, related: a.data.related })),
    { articleIds: new Set([...files.keys(), ...unparsedIds]), categoryIds: new Set(categories.map((category) => category.id)) },
  );
  for (const { article, path, value, message } of references) {
    const file = files.get(article)!;
    problems.push({ file, line: lineOf(file, value), path, message });
  }

  // Each primary error string belongs to exactly one article; others list it as secondary.
  const owners = new Map<string, SourceArticle[]>();
  for (const article of published) {
    for (const text of article.data.errorStrings) {
      const key = text.toLowerCase();
      owners.set(key, [...(owners.get(key) ?? []), article]);
    }
  }
  for (const [key, claimants] of owners) {
    if (claimants.length < 2) continue;
    for (const article of claimants.slice(1)) {
      const text = article.data.errorStrings.find((s) => s.toLowerCase() === key)!;
      problems.push({
        file: article.file,
        line: lineOf(article.file, text),
        path: 'errorStrings',
        message:
          `"${text}" is also a primary error string of ${claimants[0]!.id}. ` +
          `Keep it primary in one article and move it to secondaryErrorStrings in the other.`,
      });
    }
  }
  for (const article of published) {
    for (const text of article.data.secondaryErrorStrings) {
      if (!owners.has(text.toLowerCase())) {
        problems.push({
          file: article.file,
          line: lineOf(article.file, text),
          path: 'secondaryErrorStrings',
          message:
            `"${text}" is not a primary error string of any article. ` +
            `Move it to errorStrings (this article owns it) or fix its spelling.`,
        });
      }
    }
  }

  problems.push(...findAmbiguousPatterns(published));
  problems.push(...findFallbackConflicts(published));
  return problems;
}

/** A system error value (errno, HTTP status, signal, exit status) claimed by two articles' `fallback:`. */
function findFallbackConflicts(published: SourceArticle[]): SourceProblem[] {
  const { conflicts } = collectFallbacks(published.map((article) => ({ id: article.id, fallback: article.data.fallback })));
  return conflicts.flatMap((conflict) =>
    conflict.articles.map((id) => {
      const file = published.find((article) => article.id === id)!.file;
      return { file, line: lineOf(file, 'fallback:'), path: `fallback.${conflict.kind}`, message: describeConflict(conflict) };
    }),
  );
}

/** A primary pattern that also matches another article's primary example makes the checker's answer ambiguous. */
export function findAmbiguousPatterns(articles: SourceArticle[]): SourceProblem[] {
  const primary = articles.flatMap((article) =>
    article.data.patterns
      .filter((p) => !p.secondary)
      .map((pattern) => ({ article, pattern, regex: compilePattern(pattern.match, pattern.flags) })),
  );
  const problems: SourceProblem[] = [];
  for (const owner of primary) {
    for (const other of primary) {
      if (other.article === owner.article) continue;
      const example = owner.pattern.examples.find(({ line }) => other.regex.test(line))?.line;
      if (example) {
        problems.push({
          file: other.article.file,
          line: lineOf(other.article.file, `id: ${other.pattern.id}`),
          path: `patterns.${other.article.data.patterns.indexOf(other.pattern)}`,
          message:
            `pattern "${other.pattern.id}" also matches an example of ${owner.article.id} (pattern "${owner.pattern.id}"): ` +
            `${JSON.stringify(example.slice(0, 120))}. Tighten one of the two regexes, or mark the less specific one \`secondary: true\`.`,
        });
      }
    }
  }
  return problems;
}

/** Everything `npm run lint:content` checks, for every article in `dir`: schema problems and corpus rules. */
/** Renders every body as the build does, so a wrong component or prop is reported without a build. */
export async function checkBodies(articles: SourceArticle[]): Promise<SourceProblem[]> {
  const problems: SourceProblem[] = [];
  for (const article of articles) {
    try {
      await renderArticleBody(article.body, undefined);
    } catch (error) {
      problems.push({ file: article.file, path: '(body)', message: `the MDX body could not be rendered: ${(error as Error).message}` });
    }
  }
  return problems;
}

export function lintArticles(dir: string): { files: string[]; articles: SourceArticle[]; problems: SourceProblem[] } {
  const files = listArticleFiles(dir);
  const articles: SourceArticle[] = [];
  const problems: SourceProblem[] = [];
  const unparsedIds: string[] = [];
  for (const file of files) {
    const result = readArticle(file, dir);
    if (result.article) articles.push(result.article);
    else unparsedIds.push(articleId(file, dir));
    problems.push(...result.problems);
  }
  problems.push(...checkCorpus(articles, unparsedIds));
  return { files, articles, problems };
}
